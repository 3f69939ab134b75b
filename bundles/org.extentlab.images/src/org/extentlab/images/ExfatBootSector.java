package org.extentlab.images;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * An exFAT main boot sector's numbers, decoded once for the reader and the simulated module alike:
 * sector and cluster sizes, where the FAT and the cluster heap lie, how many clusters the heap holds,
 * the root folder's first cluster, the number of FATs and the serial number. Sizes and offsets are in
 * bytes from the volume's start. A boot sector no exFAT driver would mount is an
 * {@link ImageFormatException}.
 */
public final class ExfatBootSector {
    private final int sectorShift;
    private final int clusterShift;
    private final long volumeSectors;
    private final long fatSector;
    private final long heapSector;
    private final long clusterCount;
    private final long rootCluster;
    private final int serial;
    private final int fatCount;

    private ExfatBootSector(ByteBuffer boot) throws ImageFormatException {
        sectorShift = boot.get(108) & 0xFF;
        clusterShift = boot.get(109) & 0xFF;
        if (sectorShift < 9 || sectorShift > 12 || clusterShift > 25 - sectorShift) {
            throw new ImageFormatException("the exFAT boot sector is damaged (sector shift " + sectorShift
                    + ", cluster shift " + clusterShift + ")");
        }
        volumeSectors = boot.getLong(72);
        fatSector = boot.getInt(80) & 0xFFFF_FFFFL;
        heapSector = boot.getInt(88) & 0xFFFF_FFFFL;
        clusterCount = boot.getInt(92) & 0xFFFF_FFFFL;
        rootCluster = boot.getInt(96) & 0xFFFF_FFFFL;
        serial = boot.getInt(100);
        fatCount = boot.get(110) & 0xFF;
        if (volumeSectors <= 0 || volumeSectors > Long.MAX_VALUE / sectorSize() || clusterCount > Integer.MAX_VALUE - 2) {
            throw new ImageFormatException("the exFAT boot sector is damaged (volume length " + volumeSectors + ")");
        }
    }

    /** The main boot sector's first 512 bytes, decoded. */
    public static ExfatBootSector parse(ByteBuffer boot) throws ImageFormatException {
        if (boot.limit() < 512) {
            throw new ImageFormatException("the exFAT boot sector is cut short: " + boot.limit() + " of 512 bytes");
        }
        return new ExfatBootSector(boot.duplicate().order(ByteOrder.LITTLE_ENDIAN));
    }

    public int sectorSize() {
        return 1 << sectorShift;
    }

    public int clusterSize() {
        return 1 << (sectorShift + clusterShift);
    }

    /** The volume's size as the boot sector gives it. */
    public long volumeBytes() {
        return volumeSectors << sectorShift;
    }

    /** Where the (first) FAT starts. */
    public long fatOffset() {
        return fatSector << sectorShift;
    }

    /** Where the cluster heap (cluster 2) starts. */
    public long heapOffset() {
        return heapSector << sectorShift;
    }

    /** The clusters the heap holds, numbered from 2. */
    public long clusterCount() {
        return clusterCount;
    }

    public long rootCluster() {
        return rootCluster;
    }

    public int serial() {
        return serial;
    }

    /** 1, or 2 on TexFAT volumes. */
    public int fatCount() {
        return fatCount;
    }
}
