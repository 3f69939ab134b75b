package org.extentlab.model.bulk;

import java.util.Arrays;

/**
 * A file's extent map in primitive arrays: logical offset, physical offset (bytes from the start of
 * the image; -1 for a hole), length and type of each run. A file of a million extents costs about
 * 25 MB here, against several times that as objects.
 */
public final class ExtentRuns {
    private static final long NO_PHYSICAL = -1;
    private static final ExtentType[] TYPES = ExtentType.values();

    private long[] logical;
    private long[] physical;
    private long[] length;
    private byte[] type;
    private int size;

    public ExtentRuns() {
        this(4);
    }

    public ExtentRuns(int capacity) {
        int initial = Math.max(1, capacity);
        logical = new long[initial];
        physical = new long[initial];
        length = new long[initial];
        type = new byte[initial];
    }

    /**
     * Appends a run, merging it into the last one when it continues it (same type, contiguous logically
     * and physically). Runs may come in any order until {@link #normalized(long, long)}.
     */
    public void add(long logicalOffset, long physicalOffset, long bytes, ExtentType kind) {
        if (bytes <= 0) {
            return;
        }
        if (size > 0) {
            int last = size - 1;
            boolean sameType = type[last] == kind.ordinal();
            boolean logicallyNext = logical[last] + length[last] == logicalOffset;
            boolean physicallyNext = kind == ExtentType.HOLE || physical[last] + length[last] == physicalOffset;
            if (sameType && logicallyNext && physicallyNext) {
                length[last] += bytes;
                return;
            }
        }
        if (size == logical.length) {
            int grown = size * 2;
            logical = Arrays.copyOf(logical, grown);
            physical = Arrays.copyOf(physical, grown);
            length = Arrays.copyOf(length, grown);
            type = Arrays.copyOf(type, grown);
        }
        logical[size] = logicalOffset;
        physical[size] = kind == ExtentType.HOLE ? NO_PHYSICAL : physicalOffset;
        length[size] = bytes;
        type[size] = (byte) kind.ordinal();
        size++;
    }

    public int size() {
        return size;
    }

    public long logical(int index) {
        return logical[check(index)];
    }

    /** Bytes from the start of the image, or -1 for a hole. */
    public long physical(int index) {
        return physical[check(index)];
    }

    public long length(int index) {
        return length[check(index)];
    }

    public ExtentType type(int index) {
        return TYPES[type[check(index)]];
    }

    /** The total of the allocated (non-hole) runs, in bytes. */
    public long allocatedBytes() {
        long total = 0;
        for (int i = 0; i < size; i++) {
            if (type[i] != ExtentType.HOLE.ordinal()) {
                total += length[i];
            }
        }
        return total;
    }

    /**
     * The map as the tools print it: sorted by logical offset, runs merged into maximal ones (same type,
     * contiguous logically and physically), and the gaps below the end of the file's last block (its
     * size rounded up to {@code blockSize}) filled with holes. Allocated runs past that end stay.
     */
    public ExtentRuns normalized(long fileSize, long blockSize) {
        long end = blockSize <= 0 ? fileSize : (fileSize + blockSize - 1) / blockSize * blockSize;
        if (size == 1 && logical[0] == 0 && length[0] >= end && type[0] != ExtentType.HOLE.ordinal()) {
            return this; // one run from the start past the end: already normal (the common small file)
        }
        if (size == 0 && end == 0) {
            return this;
        }
        int[] order = new int[size];
        boolean sorted = true;
        for (int i = 0; i < size; i++) {
            order[i] = i;
            sorted &= i == 0 || logical[i - 1] <= logical[i];
        }
        if (!sorted) {
            order = Arrays.stream(order).boxed().sorted((a, b) -> Long.compare(logical[a], logical[b]))
                    .mapToInt(Integer::intValue).toArray();
        }
        ExtentRuns result = new ExtentRuns(size + 2);
        long cursor = 0;
        for (int index : order) {
            if (type[index] == ExtentType.HOLE.ordinal()) {
                continue;
            }
            if (logical[index] > cursor && cursor < end) {
                result.add(cursor, NO_PHYSICAL, Math.min(logical[index], end) - cursor, ExtentType.HOLE);
            }
            result.add(logical[index], physical[index], length[index], TYPES[type[index]]);
            cursor = Math.max(cursor, logical[index] + length[index]);
        }
        if (cursor < end) {
            result.add(cursor, NO_PHYSICAL, end - cursor, ExtentType.HOLE);
        }
        return result;
    }

    private int check(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException(index);
        }
        return index;
    }
}
