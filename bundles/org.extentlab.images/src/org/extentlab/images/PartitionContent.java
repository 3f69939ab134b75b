package org.extentlab.images;

/**
 * A partition of a partitioned image and what it holds, for a user choosing which one to open.
 *
 * @param partition the partition table entry
 * @param contents  what the partition's first sectors show: a format, supported or not
 */
public record PartitionContent(Partition partition, DetectedFormat contents) {

    /** Whether Extent Lab can read the volume in this partition. */
    public boolean isReadable() {
        return contents.format().isSupported();
    }
}
