package org.extentlab.images;

import java.nio.ByteBuffer;

/**
 * The fields of an ext group descriptor, read and written at one place for the reader and the module:
 * each descriptor is {@link #size()} bytes at {@code group * size()} of the descriptor table, its
 * 64-bit fields split in a low half and (on 64bit volumes with 64-byte descriptors) a high half.
 * Buffers are little-endian; offsets are absolute, so one buffer over the whole table serves.
 */
public final class ExtGroupDescriptor {
    /** bg_flags: the inode table and bitmap are not initialized, the block bitmap is not, the table is zeroed. */
    public static final int INODE_UNINIT = 0x1;
    public static final int BLOCK_UNINIT = 0x2;
    private static final int CHECKSUM = 0x1E;

    private final int size;
    private final boolean wide;

    public ExtGroupDescriptor(ExtSuperblock superblock) {
        this.size = superblock.descriptorSize();
        this.wide = superblock.wide() && size >= 64;
    }

    /** Bytes per descriptor. */
    public int size() {
        return size;
    }

    public long blockBitmap(ByteBuffer table, int group) {
        return block(table, group, 0x0, 0x20);
    }

    public long inodeBitmap(ByteBuffer table, int group) {
        return block(table, group, 0x4, 0x24);
    }

    public long inodeTable(ByteBuffer table, int group) {
        return block(table, group, 0x8, 0x28);
    }

    public long freeBlocks(ByteBuffer table, int group) {
        return count(table, group, 0xC, 0x2C);
    }

    public void setFreeBlocks(ByteBuffer table, int group, long value) {
        setCount(table, group, 0xC, 0x2C, value);
    }

    public long freeInodes(ByteBuffer table, int group) {
        return count(table, group, 0xE, 0x2E);
    }

    public void setFreeInodes(ByteBuffer table, int group, long value) {
        setCount(table, group, 0xE, 0x2E, value);
    }

    public void setUsedDirectories(ByteBuffer table, int group, long value) {
        setCount(table, group, 0x10, 0x30, value);
    }

    /** The inodes at the end of the group's table never used (uninit_bg, metadata_csum). */
    public long unusedInodes(ByteBuffer table, int group) {
        return count(table, group, 0x1C, 0x32);
    }

    public void setUnusedInodes(ByteBuffer table, int group, long value) {
        setCount(table, group, 0x1C, 0x32, value);
    }

    public int flags(ByteBuffer table, int group) {
        return table.getShort(group * size + 0x12) & 0xFFFF;
    }

    public void setFlags(ByteBuffer table, int group, int flags) {
        table.putShort(group * size + 0x12, (short) flags);
    }

    /** Sets the block bitmap's checksum (its low half, and its high half with 64-byte descriptors). */
    public void setBlockBitmapChecksum(ByteBuffer table, int group, int checksum) {
        setChecksum(table, group, 0x18, 0x38, checksum);
    }

    public void setInodeBitmapChecksum(ByteBuffer table, int group, int checksum) {
        setChecksum(table, group, 0x1A, 0x3A, checksum);
    }

    /** The descriptor's own 16-bit checksum, as stored. */
    public int checksum(ByteBuffer table, int group) {
        return table.getShort(group * size + CHECKSUM) & 0xFFFF;
    }

    public void setChecksum(ByteBuffer table, int group, int checksum) {
        table.putShort(group * size + CHECKSUM, (short) checksum);
    }

    /** A copy of the descriptor's bytes. */
    public byte[] bytes(ByteBuffer table, int group) {
        byte[] raw = new byte[size];
        table.get(group * size, raw);
        return raw;
    }

    private long block(ByteBuffer table, int group, int low, int high) {
        int at = group * size;
        return (table.getInt(at + low) & 0xFFFF_FFFFL) | (wide ? (table.getInt(at + high) & 0xFFFF_FFFFL) << 32 : 0);
    }

    private long count(ByteBuffer table, int group, int low, int high) {
        int at = group * size;
        return (table.getShort(at + low) & 0xFFFFL) | (wide ? (table.getShort(at + high) & 0xFFFFL) << 16 : 0);
    }

    private void setCount(ByteBuffer table, int group, int low, int high, long value) {
        int at = group * size;
        table.putShort(at + low, (short) value);
        if (wide) {
            table.putShort(at + high, (short) (value >>> 16));
        }
    }

    private void setChecksum(ByteBuffer table, int group, int low, int high, int checksum) {
        int at = group * size;
        table.putShort(at + low, (short) checksum);
        if (wide) {
            table.putShort(at + high, (short) (checksum >>> 16));
        }
    }
}
