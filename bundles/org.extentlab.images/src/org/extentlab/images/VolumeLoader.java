package org.extentlab.images;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;

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
        return load(image, 0, new NullProgressMonitor());
    }

    /** {@link #load(Path, int, IProgressMonitor)} without progress reporting. */
    public static LoadedVolume load(Path image, int partition) throws IOException {
        return load(image, partition, new NullProgressMonitor());
    }

    /**
     * Loads partition {@code partition} (1-based, as fdisk numbers them) of a partitioned image, or with
     * 0 the whole image or else its first partition holding a supported volume. Reports progress to
     * {@code monitor} and stops with {@link OperationCanceledException} when it is cancelled.
     */
    public static LoadedVolume load(Path image, int partition, IProgressMonitor monitor) throws IOException {
        SubMonitor progress = SubMonitor.convert(monitor, "Reading " + image.getFileName(), 100);
        try (ImageSource whole = ImageSource.open(image)) {
            DetectedFormat detected = FormatSniffer.sniff(whole);
            if (!detected.format().isPartitionTable()) {
                if (partition != 0) {
                    throw new ImageFormatException(image.getFileName() + " has no partition table; it holds "
                            + detected.format().displayName());
                }
                return read(whole, detected, progress.split(100));
            }
            StringBuilder seen = new StringBuilder();
            for (Partition entry : detected.partitions()) {
                if (partition != 0 && entry.index() != partition) {
                    continue;
                }
                ImageSource slice = whole.slice(entry.startOffset(), entry.length());
                DetectedFormat inside = FormatSniffer.sniff(slice);
                if (inside.format().isSupported() || partition != 0) {
                    return read(slice, inside, progress.split(100));
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

    /**
     * The partitions of a partitioned image with what each holds, in table order; empty when the image
     * has no partition table.
     */
    public static List<PartitionContent> partitions(Path image) throws IOException {
        try (ImageSource whole = ImageSource.open(image)) {
            DetectedFormat detected = FormatSniffer.sniff(whole);
            List<PartitionContent> contents = new ArrayList<>();
            for (Partition entry : detected.partitions()) {
                contents.add(new PartitionContent(entry, FormatSniffer.sniff(whole.slice(entry.startOffset(), entry.length()))));
            }
            return contents;
        }
    }

    private static LoadedVolume read(ImageSource source, DetectedFormat detected, IProgressMonitor monitor)
            throws IOException {
        ImageFormat format = detected.format();
        try {
            return switch (format) {
            case EXT2, EXT3, EXT4 -> ExtReader.read(source, format, monitor);
            case FAT12, FAT16, FAT32 -> FatReader.read(source, format, monitor);
            case EXFAT -> ExfatReader.read(source, monitor);
            default -> throw new ImageFormatException("the image holds " + format.displayName()
                    + (detected.note().isEmpty() ? "" : ": " + detected.note()));
            };
        } catch (OperationCanceledException e) {
            throw e;
        } catch (RuntimeException | StackOverflowError e) {
            // A reader must turn damage into ImageFormatException itself; this is the last line of defence.
            throw new ImageFormatException("the " + format.displayName() + " volume is damaged in a way Extent Lab "
                    + "did not expect (" + e + ")");
        }
    }
}
