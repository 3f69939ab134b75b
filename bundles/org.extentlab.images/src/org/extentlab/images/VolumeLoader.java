package org.extentlab.images;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Loads a disk image: recognises its format, picks a partition when it has a partition table, and
 * reads the volume with the reader for its format. Every way an image can be wrong ends in an
 * {@link ImageFormatException} whose message names what was found.
 */
public final class VolumeLoader {
    private VolumeLoader() {
    }

    /** Loads the image's volume, or its first partition holding a supported one. */
    public static LoadedVolume load(Path image) throws IOException {
        return load(image, 0);
    }

    /**
     * Loads partition {@code partition} (1-based, as fdisk numbers them) of a partitioned image, or with
     * 0 the whole image or else its first partition holding a supported volume.
     */
    public static LoadedVolume load(Path image, int partition) throws IOException {
        try (ImageSource whole = ImageSource.open(image)) {
            DetectedFormat detected = FormatSniffer.sniff(whole);
            if (!detected.format().isPartitionTable()) {
                if (partition != 0) {
                    throw new ImageFormatException(image.getFileName() + " has no partition table; it holds "
                            + detected.format().displayName());
                }
                return read(whole, detected);
            }
            StringBuilder seen = new StringBuilder();
            for (Partition entry : detected.partitions()) {
                if (partition != 0 && entry.index() != partition) {
                    continue;
                }
                ImageSource slice = whole.slice(entry.startOffset(), entry.length());
                DetectedFormat inside = FormatSniffer.sniff(slice);
                if (inside.format().isSupported() || partition != 0) {
                    return read(slice, inside);
                }
                seen.append(seen.length() == 0 ? "" : ", ").append(entry.index()).append(": ")
                        .append(inside.format().displayName());
            }
            if (partition != 0) {
                throw new ImageFormatException(image.getFileName() + " has no partition " + partition);
            }
            throw new ImageFormatException(image.getFileName() + " has a " + detected.format().displayName()
                    + " but no partition holds a supported volume" + (seen.length() == 0 ? "" : " (" + seen + ")"));
        }
    }

    private static LoadedVolume read(ImageSource source, DetectedFormat detected) throws IOException {
        ImageFormat format = detected.format();
        try {
            return switch (format) {
            case EXT2, EXT3, EXT4 -> ExtReader.read(source, format);
            case FAT12, FAT16, FAT32 -> FatReader.read(source, format);
            case EXFAT -> ExfatReader.read(source);
            default -> throw new ImageFormatException("the image holds " + format.displayName()
                    + (detected.note().isEmpty() ? "" : ": " + detected.note()));
            };
        } catch (RuntimeException | StackOverflowError e) {
            // A reader must turn damage into ImageFormatException itself; this is the last line of defence.
            throw new ImageFormatException("the " + format.displayName() + " volume is damaged in a way Extent Lab "
                    + "did not expect (" + e + ")");
        }
    }
}
