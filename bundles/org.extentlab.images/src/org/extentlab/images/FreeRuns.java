package org.extentlab.images;

import java.util.Arrays;

/** Collects free space as maximal {physical, length} byte runs, fed in ascending order. */
final class FreeRuns {
    private long[] pairs = new long[16];
    private int count;

    void add(long physical, long length) {
        if (length <= 0) {
            return;
        }
        if (count > 0 && pairs[count - 2] + pairs[count - 1] == physical) {
            pairs[count - 1] += length;
            return;
        }
        if (count == pairs.length) {
            pairs = Arrays.copyOf(pairs, pairs.length * 2);
        }
        pairs[count++] = physical;
        pairs[count++] = length;
    }

    long[] toArray() {
        return Arrays.copyOf(pairs, count);
    }
}
