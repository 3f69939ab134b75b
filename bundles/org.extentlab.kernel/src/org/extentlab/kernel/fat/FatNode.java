package org.extentlab.kernel.fat;

import java.util.Arrays;
import java.util.Locale;
import java.util.TreeMap;

import org.extentlab.kernel.VolumeItem;

/** A file or directory of a FAT or exFAT volume as the module keeps it in memory. */
final class FatNode implements java.io.Serializable, VolumeItem {
    final long id;
    final boolean directory;
    String name;
    /** The 8.3 name as stored, 11 bytes. */
    byte[] shortName;
    FatNode parent;
    /** Device offsets of the entry set (long-name entries, then the short entry last). */
    long[] entries = new long[0];
    /** The cluster chain, in order. */
    int[] clusters = new int[0];
    int clusterCount;
    /**
     * The clusters the chain held on the image, less any a truncation cut since: what lies past the size
     * among them is the volume's (fsck.fat's to fix), not preallocation of this run to release.
     */
    int clustersAtLoad;
    /** The size in the directory entry. */
    long size;
    /**
     * The valid data length: bytes past it read as zeros whatever the clusters hold (exFAT; FAT keeps
     * it equal to the size). Advanced at completeIO, as the size is.
     */
    long validLength;
    /** The size the module has promised the kernel: grows at a write blockmap, persisted at completeIO. */
    long memorySize;
    long modifyTime;
    int attributes;
    boolean inhibit;
    /** exFAT: the clusters are one run and the FAT is not used for them. */
    boolean noFatChain;
    /** exFAT: the creation timestamp as stored, kept when the entry set is rewritten. */
    int createStamp;
    /** Children by upper-cased name; directories only. */
    final TreeMap<String, FatNode> children;

    FatNode(long id, boolean directory) {
        this.id = id;
        this.directory = directory;
        this.children = directory ? new TreeMap<>() : null;
    }

    @Override
    public long id() {
        return id;
    }

    int firstCluster() {
        return clusterCount == 0 ? 0 : clusters[0];
    }

    int lastCluster() {
        return clusters[clusterCount - 1];
    }

    void append(int cluster) {
        if (clusterCount == clusters.length) {
            clusters = Arrays.copyOf(clusters, Math.max(4, clusterCount * 2));
        }
        clusters[clusterCount++] = cluster;
    }

    String path() {
        if (parent == null) {
            return "/";
        }
        String above = parent.path();
        return (above.equals("/") ? "" : above) + "/" + name;
    }

    static String key(String name) {
        return name.toUpperCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return path();
    }
}
