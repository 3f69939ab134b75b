package org.extentlab.model.bulk;

import java.util.Arrays;

/**
 * A file's extent map in one primitive array: logical offset, physical offset (bytes from the start
 * of the image; -1 for a hole), length and type of each run. A file of a million extents costs about
 * 24 MB here, against several times that as objects.
 */
public final class ExtentRuns {
    private static final long NO_PHYSICAL = -1;
    private static final ExtentType[] TYPES = ExtentType.values();
    /** The type sits in the top bits of the length word; lengths stay below 2^60 bytes (1 EiB). */
    private static final int TYPE_SHIFT = 60;
    private static final long LENGTH_MASK = (1L << TYPE_SHIFT) - 1;

    /** Three words a run, in one array (a file of one run costs two objects): logical, physical, type|length. */
    private long[] runs;
    private int size;

    public ExtentRuns() {
        this(4);
    }

    public ExtentRuns(int capacity) {
        runs = new long[3 * Math.max(1, capacity)];
    }

    /**
     * Appends a run, merging it into the last one when it continues it (same type, contiguous logically
     * and physically). Runs may come in any order until {@link #normalized(long, long)}.
     */
    public void add(long logicalOffset, long physicalOffset, long bytes, ExtentType kind) {
        if (bytes <= 0) {
            return;
        }
        if (bytes > LENGTH_MASK) {
            // Only a damaged size asks for this much; keep it, in pieces the packing can hold.
            add(logicalOffset, physicalOffset, LENGTH_MASK, kind);
            add(logicalOffset + LENGTH_MASK, kind == ExtentType.HOLE ? NO_PHYSICAL : physicalOffset + LENGTH_MASK,
                    bytes - LENGTH_MASK, kind);
            return;
        }
        if (size > 0) {
            int last = 3 * (size - 1);
            long lastLength = runs[last + 2] & LENGTH_MASK;
            boolean sameType = (int) (runs[last + 2] >>> TYPE_SHIFT) == kind.ordinal();
            boolean logicallyNext = runs[last] + lastLength == logicalOffset;
            boolean physicallyNext = kind == ExtentType.HOLE || runs[last + 1] + lastLength == physicalOffset;
            if (sameType && logicallyNext && physicallyNext && lastLength + bytes <= LENGTH_MASK) {
                runs[last + 2] += bytes;
                return;
            }
        }
        if (3 * size == runs.length) {
            runs = Arrays.copyOf(runs, runs.length * 2);
        }
        int at = 3 * size;
        runs[at] = logicalOffset;
        runs[at + 1] = kind == ExtentType.HOLE ? NO_PHYSICAL : physicalOffset;
        runs[at + 2] = ((long) kind.ordinal() << TYPE_SHIFT) | bytes;
        size++;
    }

    public int size() {
        return size;
    }

    public long logical(int index) {
        return runs[3 * check(index)];
    }

    /** Bytes from the start of the image, or -1 for a hole. */
    public long physical(int index) {
        return runs[3 * check(index) + 1];
    }

    public long length(int index) {
        return runs[3 * check(index) + 2] & LENGTH_MASK;
    }

    public ExtentType type(int index) {
        return TYPES[(int) (runs[3 * check(index) + 2] >>> TYPE_SHIFT)];
    }

    /** The total of the allocated (non-hole) runs, in bytes. */
    public long allocatedBytes() {
        long total = 0;
        for (int i = 0; i < size; i++) {
            if (type(i) != ExtentType.HOLE) {
                total += length(i);
            }
        }
        return total;
    }

    /**
     * The map as the tools print it: sorted by logical offset, runs merged into maximal ones (same type,
     * contiguous logically and physically), and the gaps below the end of the file's last block (its
     * size rounded up to {@code blockSize}) filled with holes. Allocated runs past that end stay. A map
     * that is already so may be returned itself; do not add to a map after normalising it.
     */
    public ExtentRuns normalized(long fileSize, long blockSize) {
        long end = blockSize <= 0 ? fileSize : (fileSize + blockSize - 1) / blockSize * blockSize;
        if (size == 1 && logical(0) == 0 && length(0) >= end && type(0) != ExtentType.HOLE) {
            return this; // one run from the start past the end: already normal (the common small file)
        }
        if (size == 0 && end == 0) {
            return this;
        }
        long covered = normalUpTo(end);
        if (covered >= 0) {
            if (covered < end) {
                add(covered, NO_PHYSICAL, end - covered, ExtentType.HOLE);
            }
            return this; // a reader that fills holes as it goes needs no copy (a million extents: 48 MB)
        }
        int[] order = new int[size];
        boolean sorted = true;
        for (int i = 0; i < size; i++) {
            order[i] = i;
            sorted &= i == 0 || logical(i - 1) <= logical(i);
        }
        if (!sorted) {
            order = Arrays.stream(order).boxed().sorted((a, b) -> Long.compare(logical(a), logical(b)))
                    .mapToInt(Integer::intValue).toArray();
        }
        ExtentRuns result = new ExtentRuns(2 * size + 1); // room for a hole before every run
        long cursor = 0;
        for (int index : order) {
            if (type(index) == ExtentType.HOLE) {
                continue;
            }
            long at = logical(index);
            if (at > cursor && cursor < end) {
                result.add(cursor, NO_PHYSICAL, Math.min(at, end) - cursor, ExtentType.HOLE);
            }
            result.add(at, physical(index), length(index), type(index));
            cursor = Math.max(cursor, at + length(index));
        }
        if (cursor < end) {
            result.add(cursor, NO_PHYSICAL, end - cursor, ExtentType.HOLE);
        }
        return result;
    }

    /**
     * Where the map's normal form would need only a trailing hole added: the end of the runs, when they
     * are sorted, disjoint, with every gap below {@code end} already a hole run and no hole run reaching
     * past {@code end}; -1 when the map needs rebuilding.
     */
    private long normalUpTo(long end) {
        long cursor = 0;
        for (int i = 0; i < size; i++) {
            int at = 3 * i;
            long start = runs[at];
            long stop = start + (runs[at + 2] & LENGTH_MASK);
            boolean hole = (int) (runs[at + 2] >>> TYPE_SHIFT) == ExtentType.HOLE.ordinal();
            if (start < cursor || (start > cursor && cursor < end) || (hole && stop > end)) {
                return -1;
            }
            cursor = stop;
        }
        return cursor;
    }

    private int check(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException(index);
        }
        return index;
    }
}
