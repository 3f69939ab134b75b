package org.extentlab.images;

import java.util.List;

/**
 * What {@link FormatSniffer} found in an image.
 *
 * @param format     the recognised format, {@link ImageFormat#UNKNOWN} when nothing matched
 * @param imageSize  size of the image file in bytes
 * @param blockSize  the format's allocation unit in bytes (ext block, FAT/exFAT cluster), 0 if not known
 * @param blockCount number of allocation units, 0 if not known
 * @param label      the volume label, empty if none
 * @param partitions entries of a partition table, empty unless {@link ImageFormat#isPartitionTable()}
 * @param note       a short explanation for the user (why a format is refused, what looks damaged),
 *                   empty if there is nothing to add
 */
public record DetectedFormat(ImageFormat format, long imageSize, long blockSize, long blockCount,
        String label, List<Partition> partitions, String note) {

    public DetectedFormat {
        partitions = List.copyOf(partitions);
        label = label == null ? "" : label;
        note = note == null ? "" : note;
    }

    static DetectedFormat of(ImageFormat format, long imageSize, String note) {
        return new DetectedFormat(format, imageSize, 0, 0, "", List.of(), note);
    }

    /** One line for a status bar: format, size, geometry, label and note. */
    public String summary() {
        StringBuilder text = new StringBuilder(format.displayName());
        text.append(", ").append(ByteSizes.brief(imageSize));
        if (blockSize > 0) {
            text.append(", ").append(blockCount).append(" × ").append(ByteSizes.brief(blockSize)).append(' ')
                    .append(format == ImageFormat.FAT12 || format == ImageFormat.FAT16 || format == ImageFormat.FAT32
                            || format == ImageFormat.EXFAT ? "clusters" : "blocks");
        }
        if (!label.isEmpty()) {
            text.append(", label \"").append(label).append('"');
        }
        if (!partitions.isEmpty()) {
            text.append(", ").append(partitions.size()).append(partitions.size() == 1 ? " partition" : " partitions");
        }
        if (!note.isEmpty()) {
            text.append(" — ").append(note);
        }
        return text.toString();
    }
}
