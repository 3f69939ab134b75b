package org.extentlab.images;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * The ext2/3/4 superblock, decoded once for the reader and the simulated module alike: the volume's
 * geometry, its features, the metadata checksum seed and the largest file it allows, with the
 * superblock's own checksum computed, checked and set by one function. Built from its 1,024 bytes
 * (at byte 1,024 of the volume); a superblock no ext driver would mount is an
 * {@link ImageFormatException} saying what is wrong.
 */
public final class ExtSuperblock {
    /** Where the superblock lies in the volume, and its size, in bytes. */
    public static final int OFFSET = 1024;
    public static final int SIZE = 1024;
    /** Where its checksum lies (metadata_csum): crc32c(~0, the bytes before it). */
    private static final int CHECKSUM = 0x3FC;

    public static final int COMPAT_DIR_INDEX = 0x20;
    public static final int COMPAT_SPARSE_SUPER2 = 0x200;
    public static final int INCOMPAT_COMPRESSION = 0x1;
    public static final int INCOMPAT_FILETYPE = 0x2;
    public static final int INCOMPAT_META_BG = 0x10;
    public static final int INCOMPAT_EXTENTS = 0x40;
    public static final int INCOMPAT_64BIT = 0x80;
    public static final int INCOMPAT_MMP = 0x100;
    public static final int INCOMPAT_CSUM_SEED = 0x2000;
    public static final int INCOMPAT_INLINE_DATA = 0x8000;
    public static final int RO_COMPAT_HUGE_FILE = 0x8;
    public static final int RO_COMPAT_GDT_CSUM = 0x10;
    public static final int RO_COMPAT_BIGALLOC = 0x200;
    public static final int RO_COMPAT_METADATA_CSUM = 0x400;
    private static final int FLAGS_UNSIGNED_HASH = 0x2;

    private final byte[] raw;
    private final int blockSize;
    private final long blockCount;
    private final long inodeCount;
    private final long firstDataBlock;
    private final long blocksPerGroup;
    private final long inodesPerGroup;
    private final int inodeSize;
    private final int descSize;
    private final int groupCount;
    private final int compat;
    private final int incompat;
    private final int roCompat;
    private final int checksumSeed;

    private ExtSuperblock(byte[] raw) throws ImageFormatException {
        this.raw = raw.clone();
        ByteBuffer sb = le(this.raw);
        if ((sb.getShort(56) & 0xFFFF) != 0xEF53) {
            throw new ImageFormatException("no ext superblock (magic 0xEF53) at byte 1024");
        }
        long logBlockSize = u32(sb, 24);
        if (logBlockSize > 6) {
            throw new ImageFormatException("the ext superblock gives an impossible block size (log " + logBlockSize + ")");
        }
        blockSize = 1024 << logBlockSize;
        compat = sb.getInt(92);
        incompat = sb.getInt(96);
        roCompat = sb.getInt(100);
        blockCount = u32(sb, 4) | (wide() ? u32(sb, 0x150) << 32 : 0);
        inodeCount = u32(sb, 0);
        firstDataBlock = u32(sb, 20);
        blocksPerGroup = u32(sb, 32);
        inodesPerGroup = u32(sb, 40);
        inodeSize = u32(sb, 76) == 0 ? 128 : sb.getShort(88) & 0xFFFF;
        descSize = wide() ? Math.max(32, sb.getShort(0xFE) & 0xFFFF) : 32;
        if ((incompat & INCOMPAT_COMPRESSION) != 0) {
            throw new ImageFormatException("this ext volume uses compression, which Extent Lab does not read");
        }
        if ((roCompat & RO_COMPAT_BIGALLOC) != 0) {
            throw new ImageFormatException("this ext4 volume uses bigalloc (clusters of " + (1 << (u32(sb, 28) - logBlockSize))
                    + " blocks), which Extent Lab does not read or simulate yet");
        }
        if (blocksPerGroup == 0 || blocksPerGroup > 8L * blockSize || inodesPerGroup == 0
                || inodeSize < 128 || inodeSize > blockSize || Integer.bitCount(inodeSize) != 1
                || descSize > 1024 || Integer.bitCount(descSize) != 1 || blockCount <= firstDataBlock
                || firstDataBlock > 1) {
            throw new ImageFormatException("the ext superblock is damaged (blocks per group " + blocksPerGroup
                    + ", inodes per group " + inodesPerGroup + ", inode size " + inodeSize + ")");
        }
        long groups = (blockCount - firstDataBlock + blocksPerGroup - 1) / blocksPerGroup;
        if (groups > Integer.MAX_VALUE / 64 || groups * inodesPerGroup < inodeCount) {
            throw new ImageFormatException("the ext superblock is damaged: " + groups + " groups cannot hold "
                    + inodeCount + " inodes");
        }
        groupCount = (int) groups;
        checksumSeed = (incompat & INCOMPAT_CSUM_SEED) != 0 ? sb.getInt(0x270) : Crc32c.update(~0, uuid(), 0, 16);
    }

    /** The superblock in {@code raw} (its 1,024 bytes, copied). */
    public static ExtSuperblock parse(byte[] raw) throws ImageFormatException {
        if (raw.length < SIZE) {
            throw new ImageFormatException("the ext superblock is cut short: " + raw.length + " of 1024 bytes");
        }
        return new ExtSuperblock(raw);
    }

    /** The superblock's bytes as read (a copy). */
    public byte[] bytes() {
        return raw.clone();
    }

    public int blockSize() {
        return blockSize;
    }

    public long blockCount() {
        return blockCount;
    }

    public long inodeCount() {
        return inodeCount;
    }

    public long firstDataBlock() {
        return firstDataBlock;
    }

    public long blocksPerGroup() {
        return blocksPerGroup;
    }

    public long inodesPerGroup() {
        return inodesPerGroup;
    }

    public int inodeSize() {
        return inodeSize;
    }

    /** A group descriptor's size: 32 bytes, or the superblock's with 64bit. */
    public int descriptorSize() {
        return descSize;
    }

    public int groupCount() {
        return groupCount;
    }

    /** The first inode files may use (11 on revision 0 volumes). */
    public long firstInode() {
        return u32(le(raw), 76) == 0 ? 11 : u32(le(raw), 0x54);
    }

    /** The free blocks the superblock counts. */
    public long freeBlocks() {
        ByteBuffer sb = le(raw);
        return u32(sb, 12) | (wide() ? u32(sb, 0x158) << 32 : 0);
    }

    /**
     * Writes into superblock bytes {@code raw} the free block and inode counts, and then its checksum
     * (with metadata_csum), as a driver does when it syncs.
     */
    public static void setFreeCounts(byte[] raw, long freeBlocks, long freeInodes) {
        ByteBuffer sb = le(raw);
        sb.putInt(12, (int) freeBlocks);
        if ((sb.getInt(96) & INCOMPAT_64BIT) != 0) {
            sb.putInt(0x158, (int) (freeBlocks >>> 32));
        }
        sb.putInt(16, (int) freeInodes);
        if ((sb.getInt(100) & RO_COMPAT_METADATA_CSUM) != 0) {
            setChecksum(raw);
        }
    }

    /** When the volume was last written or mounted, seconds since 1970; -1 when it never says. */
    public long lastWritten() {
        ByteBuffer sb = le(raw);
        long written = Math.max(u32(sb, 0x30), u32(sb, 0x2C));
        return written == 0 ? -1 : written;
    }

    /** The free inodes the superblock counts. */
    public long freeInodes() {
        return u32(le(raw), 16);
    }

    /** The blocks reserved after the descriptors for growing them (resize_inode). */
    public int reservedDescriptorBlocks() {
        return le(raw).getShort(0xCE) & 0xFFFF;
    }

    public int compatFeatures() {
        return compat;
    }

    public int incompatFeatures() {
        return incompat;
    }

    public int roCompatFeatures() {
        return roCompat;
    }

    /** 64bit: block numbers of 48 bits, descriptors of 64 bytes. */
    public boolean wide() {
        return (incompat & INCOMPAT_64BIT) != 0;
    }

    public boolean extents() {
        return (incompat & INCOMPAT_EXTENTS) != 0;
    }

    /** metadata_csum: crc32c checksums on every metadata block. */
    public boolean metadataChecksums() {
        return (roCompat & RO_COMPAT_METADATA_CSUM) != 0;
    }

    /** gdt_csum without metadata_csum: crc16 checksums on the group descriptors only. */
    public boolean descriptorCrc16() {
        return (roCompat & RO_COMPAT_GDT_CSUM) != 0 && !metadataChecksums();
    }

    public boolean directoryIndex() {
        return (compat & COMPAT_DIR_INDEX) != 0;
    }

    /** inline_data, which needs inodes larger than 128 bytes to hold any. */
    public boolean inlineData() {
        return (incompat & INCOMPAT_INLINE_DATA) != 0 && inodeSize > 128;
    }

    /** The volume's UUID (16 bytes). */
    public byte[] uuid() {
        byte[] uuid = new byte[16];
        System.arraycopy(raw, 104, uuid, 0, 16);
        return uuid;
    }

    /** The seed every metadata checksum starts from: the superblock's own (csum_seed), else crc32c(~0, UUID). */
    public int checksumSeed() {
        return checksumSeed;
    }

    /** Whether the seed is the UUID's crc32c, so a checksum is one crc32c over the UUID and the data. */
    public boolean seedIsUuid() {
        return (incompat & INCOMPAT_CSUM_SEED) == 0;
    }

    /** The directory hash's seed (four words) and default version, and whether its characters are unsigned. */
    public int[] hashSeed() {
        ByteBuffer sb = le(raw);
        return new int[] { sb.getInt(0xEC), sb.getInt(0xF0), sb.getInt(0xF4), sb.getInt(0xF8) };
    }

    public int defaultHashVersion() {
        return raw[0xFC] & 0xFF;
    }

    public boolean unsignedHash() {
        return (le(raw).getInt(0x160) & FLAGS_UNSIGNED_HASH) != 0;
    }

    /** The first descriptor block kept with its meta group (meta_bg), or Long.MAX_VALUE without meta_bg. */
    public long firstMetaGroup() {
        return (incompat & INCOMPAT_META_BG) != 0 ? u32(le(raw), 0x104) : Long.MAX_VALUE;
    }

    /** With sparse_super2, the two groups that hold superblock backups (0 = none); otherwise null. */
    public long[] backupGroups() {
        return (compat & COMPAT_SPARSE_SUPER2) != 0 ? new long[] { u32(le(raw), 0x24C), u32(le(raw), 0x250) } : null;
    }

    /**
     * The largest file the volume allows, in bytes. A file mapped by extents reaches 2^32 - 1 blocks
     * (an extent's first logical block is 32 bits); one mapped by indirect blocks what twelve direct
     * blocks and the single, double and triple indirect trees address. Without huge_file a file's
     * block count (i_blocks, in 512-byte sectors, 32 bits) caps both, indirect blocks included.
     */
    public long maxFileSize(boolean extentMapped) {
        int shift = Integer.numberOfTrailingZeros(blockSize);
        long blocks;
        long overhead = 0;
        if (extentMapped) {
            blocks = (1L << 32) - 1;
        } else {
            long perBlock = blockSize / 4;
            blocks = 12 + perBlock + perBlock * perBlock + perBlock * perBlock * perBlock;
            overhead = 1 + (1 + perBlock) + (1 + perBlock + perBlock * perBlock);
        }
        if ((roCompat & RO_COMPAT_HUGE_FILE) == 0) {
            long countable = (((1L << 32) - 1) >> (shift - 9)) - overhead;
            blocks = Math.min(blocks, countable);
        }
        return Math.min(blocks << shift, Long.MAX_VALUE >> 1);
    }

    /** Whether the superblock's own checksum is right (always, without metadata_csum). */
    public boolean checksumMatches() {
        return !metadataChecksums() || checksum(raw) == le(raw).getInt(CHECKSUM);
    }

    /** Writes into superblock bytes {@code raw} the checksum of what they now hold. */
    public static void setChecksum(byte[] raw) {
        le(raw).putInt(CHECKSUM, checksum(raw));
    }

    private static int checksum(byte[] raw) {
        return Crc32c.update(~0, raw, 0, CHECKSUM);
    }

    private static ByteBuffer le(byte[] bytes) {
        return ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
    }

    private static long u32(ByteBuffer b, int at) {
        return b.getInt(at) & 0xFFFF_FFFFL;
    }
}
