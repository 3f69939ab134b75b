package org.extentlab.kernel;

import java.util.ArrayList;
import java.util.List;

/** Flag values of the protocol's calls, as FSKit defines them. */
public final class Flags {
    /** blockmapFile / completeIO: the I/O reads. */
    public static final int READ = 0x100;
    /** blockmapFile / completeIO: the I/O writes. */
    public static final int WRITE = 0x200;
    /** completeIO: the I/O was asynchronous. */
    public static final int ASYNC = 0x400;

    /** preallocateSpace: best effort to allocate in one run. */
    public static final int CONTIGUOUS = 0x2;
    /** preallocateSpace: all of it or nothing. */
    public static final int ALL = 0x4;
    /** preallocateSpace: keep the space when the file is closed. */
    public static final int PERSIST = 0x8;
    /** preallocateSpace: from the end of the file (always set; the offset is ignored). */
    public static final int FROM_EOF = 0x10;

    private Flags() {
    }

    /** The I/O flags by name, for traces: "read|async". */
    public static String describeIo(int flags) {
        return describe(flags, new int[] { READ, WRITE, ASYNC }, new String[] { "read", "write", "async" });
    }

    /** The preallocation flags by name, for traces: "contiguous|all|fromEOF". */
    public static String describePreallocate(int flags) {
        return describe(flags, new int[] { CONTIGUOUS, ALL, PERSIST, FROM_EOF },
                new String[] { "contiguous", "all", "persist", "fromEOF" });
    }

    private static String describe(int flags, int[] values, String[] names) {
        List<String> set = new ArrayList<>();
        int rest = flags;
        for (int i = 0; i < values.length; i++) {
            if ((flags & values[i]) != 0) {
                set.add(names[i]);
                rest &= ~values[i];
            }
        }
        if (rest != 0) {
            set.add("0x" + Integer.toHexString(rest));
        }
        return String.join("|", set);
    }
}
