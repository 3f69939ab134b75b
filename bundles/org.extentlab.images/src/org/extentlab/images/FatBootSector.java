package org.extentlab.images;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * A FAT12/16/32 boot sector's numbers (the BIOS parameter block), decoded once for the reader and the
 * simulated module alike, and the layout they give: where the FATs, the fixed root folder (FAT12/16)
 * and the data area lie, in bytes from the volume's start, and how many clusters the data area holds.
 * A boot sector no FAT driver would mount is an {@link ImageFormatException}.
 */
public final class FatBootSector {
    private final int sectorSize;
    private final int clusterSize;
    private final int reservedSectors;
    private final int fatCount;
    private final int rootEntries;
    private final long totalSectors;
    private final long fatSectors;
    private final long rootCluster;
    private final int fsInfoSector;
    private final int backupBootSector;

    private FatBootSector(ByteBuffer boot) throws ImageFormatException {
        sectorSize = boot.getShort(11) & 0xFFFF;
        int sectorsPerCluster = boot.get(13) & 0xFF;
        reservedSectors = boot.getShort(14) & 0xFFFF;
        fatCount = boot.get(16) & 0xFF;
        rootEntries = boot.getShort(17) & 0xFFFF;
        totalSectors = (boot.getShort(19) & 0xFFFF) != 0 ? boot.getShort(19) & 0xFFFF : boot.getInt(32) & 0xFFFF_FFFFL;
        fatSectors = (boot.getShort(22) & 0xFFFF) != 0 ? boot.getShort(22) & 0xFFFF : boot.getInt(36) & 0xFFFF_FFFFL;
        if (sectorSize < 512 || Integer.bitCount(sectorSize) != 1 || Integer.bitCount(sectorsPerCluster) != 1
                || reservedSectors == 0 || fatCount == 0 || fatSectors == 0) {
            throw new ImageFormatException("the FAT boot sector is damaged");
        }
        clusterSize = sectorSize * sectorsPerCluster;
        rootCluster = boot.getInt(44) & 0xFFFF_FFFFL;
        fsInfoSector = boot.getShort(48) & 0xFFFF;
        backupBootSector = boot.getShort(50) & 0xFFFF;
    }

    /** The boot sector's first 512 bytes, decoded. */
    public static FatBootSector parse(ByteBuffer boot) throws ImageFormatException {
        if (boot.limit() < 512) {
            throw new ImageFormatException("the FAT boot sector is cut short: " + boot.limit() + " of 512 bytes");
        }
        return new FatBootSector(boot.duplicate().order(ByteOrder.LITTLE_ENDIAN));
    }

    /** Bytes per sector. */
    public int sectorSize() {
        return sectorSize;
    }

    /** Bytes per cluster. */
    public int clusterSize() {
        return clusterSize;
    }

    public int fatCount() {
        return fatCount;
    }

    /** Entries the fixed root folder holds (0 on FAT32, whose root is a cluster chain). */
    public int rootEntries() {
        return rootEntries;
    }

    /** Where the first FAT starts. */
    public long fatOffset() {
        return (long) reservedSectors * sectorSize;
    }

    /** The bytes of one FAT. */
    public long fatBytes() {
        return fatSectors * sectorSize;
    }

    /** Where the fixed root folder starts (FAT12/16): right after the FATs. */
    public long rootStart() {
        return fatOffset() + fatCount * fatBytes();
    }

    /** The bytes of the fixed root folder, whole sectors. */
    public long rootBytes() {
        return (rootEntries * 32L + sectorSize - 1) / sectorSize * sectorSize;
    }

    /** Where cluster 2, the data area's first, starts. */
    public long dataStart() {
        return rootStart() + rootBytes();
    }

    /** The volume's size as the boot sector gives it. */
    public long totalBytes() {
        return totalSectors * sectorSize;
    }

    /** The clusters the data area holds (numbered from 2). */
    public long clusterCount() {
        return (totalBytes() - dataStart()) / clusterSize;
    }

    /** FAT32: the root folder's first cluster. */
    public long rootCluster() {
        return rootCluster;
    }

    /** FAT32: the FSInfo sector (0 or 0xFFFF: none). */
    public int fsInfoSector() {
        return fsInfoSector;
    }

    /** FAT32: the backup boot sector (0 or 0xFFFF: none). */
    public int backupBootSector() {
        return backupBootSector;
    }
}
