package org.extentlab.images;

import java.util.zip.CRC32C;

/**
 * ext4's metadata checksums, each written once for the reader that checks them and the module that
 * sets them: inodes, extent tree blocks, directory leaf and htree index tails, bitmaps and group
 * descriptors. Every one is crc32c from the volume's seed over the covered words and bytes
 * ({@link Sum}); where the seed is the UUID's own crc32c, the JDK's hardware-assisted CRC32C runs over
 * the UUID and the data instead of a table-driven loop. Holds no state between calls, so one instance
 * serves any thread.
 */
public final class ExtChecksums {
    /** Where an inode keeps its checksum: the low half, and the high half when its extra part reaches it. */
    private static final int INODE_LOW = 0x7C;
    private static final int INODE_HIGH = 0x82;
    private static final byte[] ZEROS = new byte[4];

    private final int seed;
    private final byte[] uuid;
    private final boolean metadata;
    private final byte[] superblock;

    public ExtChecksums(ExtSuperblock superblock) {
        this.seed = superblock.checksumSeed();
        this.uuid = superblock.seedIsUuid() ? superblock.uuid() : null;
        this.metadata = superblock.metadataChecksums();
        this.superblock = superblock.bytes();
    }

    /** A checksum being summed, from the volume's seed. */
    public final class Sum {
        private final CRC32C fast;
        private int slow;

        private Sum() {
            if (uuid != null) {
                fast = new CRC32C();
                fast.update(uuid);
            } else {
                fast = null;
                slow = seed;
            }
        }

        /** Four little-endian bytes of {@code value}. */
        public Sum word(long value) {
            byte[] b = { (byte) value, (byte) (value >>> 8), (byte) (value >>> 16), (byte) (value >>> 24) };
            return bytes(b, 0, 4);
        }

        public Sum bytes(byte[] bytes, int offset, int length) {
            if (fast != null) {
                fast.update(bytes, offset, length);
            } else {
                slow = Crc32c.update(slow, bytes, offset, length);
            }
            return this;
        }

        /** {@code length} zero bytes (a checksum field as the sum sees it). */
        public Sum zeros(int length) {
            return bytes(ZEROS, 0, length);
        }

        public int value() {
            return fast != null ? ~(int) fast.getValue() : slow;
        }
    }

    /** A new sum from the seed. */
    public Sum sum() {
        return new Sum();
    }

    /** Whether the inode at {@code offset} (of {@code size} bytes) keeps the checksum's high half. */
    public static boolean inodeHasHigh(byte[] inode, int offset, int size) {
        return size > 128 && 0x80 + ((inode[offset + 0x80] & 0xFF) | (inode[offset + 0x81] & 0xFF) << 8) >= 0x84;
    }

    /**
     * The inode's checksum: over its number, its generation and its bytes with the checksum fields read
     * as zeros (the inode is not changed). Only the low 16 bits count when it has no high half.
     */
    public int inode(long number, int generation, byte[] inode, int offset, int size) {
        boolean high = inodeHasHigh(inode, offset, size);
        Sum sum = sum().word(number).word(generation).bytes(inode, offset, INODE_LOW).zeros(2)
                .bytes(inode, offset + INODE_LOW + 2, INODE_HIGH - INODE_LOW - 2);
        if (size > INODE_HIGH) {
            if (high) {
                sum.zeros(2);
            } else {
                sum.bytes(inode, offset + INODE_HIGH, 2);
            }
            sum.bytes(inode, offset + INODE_HIGH + 2, size - INODE_HIGH - 2);
        }
        return high ? sum.value() : sum.value() & 0xFFFF;
    }

    /** The checksum the inode holds, as {@link #inode} computes it. */
    public static int storedInode(byte[] inode, int offset, int size) {
        int low = (inode[offset + INODE_LOW] & 0xFF) | (inode[offset + INODE_LOW + 1] & 0xFF) << 8;
        if (!inodeHasHigh(inode, offset, size)) {
            return low;
        }
        return low | ((inode[offset + INODE_HIGH] & 0xFF) | (inode[offset + INODE_HIGH + 1] & 0xFF) << 8) << 16;
    }

    /** Writes the inode's checksum into it. */
    public void setInode(long number, int generation, byte[] inode, int size) {
        int value = inode(number, generation, inode, 0, size);
        inode[INODE_LOW] = (byte) value;
        inode[INODE_LOW + 1] = (byte) (value >>> 8);
        if (inodeHasHigh(inode, 0, size)) {
            inode[INODE_HIGH] = (byte) (value >>> 16);
            inode[INODE_HIGH + 1] = (byte) (value >>> 24);
        }
    }

    /** An extent tree block's tail: over the owner's number and generation and the block up to the tail. */
    public int extentBlock(long owner, int generation, byte[] block, int tail) {
        return sum().word(owner).word(generation).bytes(block, 0, tail).value();
    }

    /**
     * A directory leaf block's tail (the last 12 bytes, a fake entry holding the checksum): over the
     * owner's number and generation and the block before the tail.
     */
    public int directoryLeaf(long owner, int generation, byte[] bytes, int start, int blockSize) {
        return sum().word(owner).word(generation).bytes(bytes, start, blockSize - 12).value();
    }

    /**
     * An htree index block's tail: over the owner's number and generation, the block up to its last entry
     * in use ({@code used} bytes), and the tail's reserved word with the checksum as zeros.
     */
    public int htreeNode(long owner, int generation, byte[] bytes, int start, int used, int tail) {
        return sum().word(owner).word(generation).bytes(bytes, start, used).bytes(bytes, start + tail, 4).zeros(4)
                .value();
    }

    /** A block or inode bitmap's checksum: over its first {@code length} bytes (one bit per block or inode). */
    public int bitmap(byte[] bitmap, int length) {
        return sum().bytes(bitmap, 0, length).value();
    }

    /**
     * A group descriptor's 16-bit checksum, over {@code size} bytes at {@code offset} with the checksum
     * field (at 0x1E) read as zeros: crc32c over the group number and the descriptor with metadata_csum,
     * crc16 over the UUID, the group number and the descriptor with gdt_csum.
     */
    public int descriptor(int group, byte[] descriptor, int offset, int size) {
        byte[] covered = new byte[size];
        System.arraycopy(descriptor, offset, covered, 0, size);
        covered[0x1E] = 0;
        covered[0x1F] = 0;
        if (metadata) {
            return sum().word(group).bytes(covered, 0, size).value() & 0xFFFF;
        }
        return ExtGroups.descriptorCrc16(superblock, group, covered);
    }
}
