package org.extentlab.images;

import java.util.Arrays;
import java.util.BitSet;

/**
 * A cluster chain followed through a file allocation table (FAT12/16/32 and exFAT alike), with the
 * damage that stopped it, if any: a loop, a pointer outside the data area, a bad-cluster mark, a free
 * cluster in the middle of a chain.
 *
 * @param clusters the clusters in chain order
 * @param damage   why the chain ended early, or ""
 */
record ClusterChain(int[] clusters, String damage) {

    /**
     * Follows the chain from {@code first}. {@code fat} holds the table's entries; values at or above
     * {@code endOfChain} end it, {@code bad} marks a bad cluster; valid clusters are 2..fat.length-1.
     * At most {@code limit} clusters are followed (a chain longer than its file needs cannot be longer
     * than the volume).
     */
    static ClusterChain follow(int[] fat, long first, long endOfChain, long bad, long limit) {
        int[] clusters = new int[16];
        int count = 0;
        BitSet seen = new BitSet(fat.length);
        long cluster = first;
        while (count < limit) {
            if (cluster < 2 || cluster >= fat.length) {
                return new ClusterChain(Arrays.copyOf(clusters, count),
                        "the cluster chain points outside the data area (cluster " + cluster + ")");
            }
            if (seen.get((int) cluster)) {
                return new ClusterChain(Arrays.copyOf(clusters, count), "the cluster chain loops at cluster " + cluster);
            }
            seen.set((int) cluster);
            if (count == clusters.length) {
                clusters = Arrays.copyOf(clusters, count * 2);
            }
            clusters[count++] = (int) cluster;
            long next = fat[(int) cluster] & 0xFFFF_FFFFL;
            if (next >= endOfChain) {
                return new ClusterChain(Arrays.copyOf(clusters, count), "");
            }
            if (next == bad) {
                return new ClusterChain(Arrays.copyOf(clusters, count), "the cluster chain reaches a bad cluster");
            }
            if (next == 0) {
                return new ClusterChain(Arrays.copyOf(clusters, count),
                        "the cluster chain runs into a free cluster after cluster " + cluster);
            }
            cluster = next;
        }
        return new ClusterChain(Arrays.copyOf(clusters, count), "");
    }
}
