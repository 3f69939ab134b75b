package org.extentlab.images;

import java.io.IOException;
import java.util.function.LongUnaryOperator;

/**
 * The data area of a FAT or exFAT volume: clusters numbered from 2, each {@code clusterSize} bytes,
 * starting {@code start} bytes into the source.
 */
final class ClusterHeap {
    /** The most a directory or bitmap may hold before it is taken for damage. */
    private static final long MAX_METADATA = 256L << 20;

    private final ImageSource source;
    private final long start;
    private final long clusterSize;

    ClusterHeap(ImageSource source, long start, long clusterSize) {
        this.source = source;
        this.start = start;
        this.clusterSize = clusterSize;
    }

    /** Where {@code cluster} begins, in bytes from the start of the image file. */
    long offset(long cluster) {
        return source.base() + start + (cluster - 2) * clusterSize;
    }

    /** The first {@code length} bytes held by {@code clusters} (a directory, a bitmap). */
    byte[] read(int[] clusters, long length) throws IOException {
        long bytes = Math.min(length, clusters.length * clusterSize);
        if (bytes > MAX_METADATA) {
            throw new ImageFormatException("a directory or bitmap of " + bytes + " bytes is implausible");
        }
        byte[] content = new byte[(int) bytes];
        for (int i = 0; i < clusters.length && i * clusterSize < bytes; i++) {
            source.readInto(offset(clusters[i]) - source.base(), content, (int) (i * clusterSize),
                    (int) Math.min(clusterSize, bytes - i * clusterSize));
        }
        return content;
    }

    /** Maps a byte offset within the content of {@code clusters} to its offset in the image file. */
    LongUnaryOperator locator(int[] clusters) {
        return at -> offset(clusters[(int) (at / clusterSize)]) + at % clusterSize;
    }
}
