package org.extentlab.images;

import java.util.List;

/**
 * Everything Extent Lab knows of a volume after reading it: geometry, free space, every regular file's
 * extent map, and the problems met on the way (checksum mismatches, damaged files). Offsets are bytes
 * from the start of the image file, also when the volume is a partition of it.
 *
 * @param format      the volume's format
 * @param imageSize   size of the image file
 * @param volumeStart where the volume begins in the image file (a partition's offset, else 0)
 * @param blockSize   block size (ext) or cluster size (FAT, exFAT) in bytes
 * @param blockCount  blocks (ext) or data clusters (FAT, exFAT)
 * @param freeBlocks  free blocks or clusters, counted in the allocation bitmap or FAT
 * @param freeRuns    free space as {physical, length} byte pairs, sorted, maximal
 * @param label       volume label, empty if none
 * @param uuid        the volume's identifier as blkid prints it (ext: a UUID; FAT, exFAT: the serial
 *                    number as XXXX-XXXX), empty if it has none
 * @param sectorSize  the sector size the format is laid out in (ext: 512, the image's)
 * @param features    the format's feature flags by name (ext: as dumpe2fs lists them), empty for FAT
 * @param files       regular files, sorted by path
 * @param entries     directories (the root among them) and symbolic links, sorted by path
 * @param problems    what did not look right, for the user; empty for a clean volume
 */
public record LoadedVolume(ImageFormat format, long imageSize, long volumeStart, long blockSize, long blockCount,
        long freeBlocks, long[] freeRuns, String label, String uuid, int sectorSize, List<String> features, List<VolumeFile> files, List<VolumeEntry> entries,
        List<String> problems) {

    public LoadedVolume {
        features = List.copyOf(features);
        files = List.copyOf(files);
        entries = List.copyOf(entries);
        problems = List.copyOf(problems);
    }

    /** A FAT or exFAT volume serial number as blkid prints it. */
    static String serial(int number) {
        return String.format("%04X-%04X", number >>> 16, number & 0xFFFF);
    }

    public int freeRunCount() {
        return freeRuns.length / 2;
    }
}
