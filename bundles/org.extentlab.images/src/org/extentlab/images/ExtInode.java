package org.extentlab.images;

import java.nio.ByteBuffer;

/**
 * The fields of an ext inode the reader and the module use, read and written at one place: each
 * accessor takes a little-endian buffer and where in it the inode starts (an inode table, or one
 * inode's own bytes at 0). The 32-bit halves of 48- and 64-bit fields are joined here; times are
 * seconds since 1970 (the low 32 bits).
 */
public final class ExtInode {
    /** i_mode's file type bits, and the types the engine tells apart. */
    public static final int TYPE = 0xF000;
    public static final int DIRECTORY = 0x4000;
    public static final int REGULAR = 0x8000;
    public static final int SYMLINK = 0xA000;
    /** i_flags: an htree-indexed folder, huge_file block counting, extent-mapped, inline data. */
    public static final int INDEX_FL = 0x1000;
    public static final int HUGE_FILE_FL = 0x40000;
    public static final int EXTENTS_FL = 0x80000;
    public static final int INLINE_DATA_FL = 0x10000000;
    /** Where i_block lies (the extent tree root, the block pointers, or inline data) and its size. */
    public static final int IBLOCK = 0x28;
    public static final int IBLOCK_SIZE = 60;

    private ExtInode() {
    }

    public static int mode(ByteBuffer b, int at) {
        return b.getShort(at) & 0xFFFF;
    }

    public static void setMode(ByteBuffer b, int at, int mode) {
        b.putShort(at, (short) mode);
    }

    public static int flags(ByteBuffer b, int at) {
        return b.getInt(at + 0x20);
    }

    public static void setFlags(ByteBuffer b, int at, int flags) {
        b.putInt(at + 0x20, flags);
    }

    /** i_size: the low half and i_size_high. */
    public static long size(ByteBuffer b, int at) {
        return u32(b, at + 4) | (u32(b, at + 0x6C) << 32);
    }

    public static void setSize(ByteBuffer b, int at, long size) {
        b.putInt(at + 4, (int) size);
        b.putInt(at + 0x6C, (int) (size >>> 32));
    }

    /** i_links_count. */
    public static int links(ByteBuffer b, int at) {
        return b.getShort(at + 0x1A) & 0xFFFF;
    }

    public static void setLinks(ByteBuffer b, int at, int links) {
        b.putShort(at + 0x1A, (short) links);
    }

    public static int generation(ByteBuffer b, int at) {
        return b.getInt(at + 0x64);
    }

    public static long accessTime(ByteBuffer b, int at) {
        return u32(b, at + 0x8);
    }

    public static long changeTime(ByteBuffer b, int at) {
        return u32(b, at + 0xC);
    }

    public static long modifyTime(ByteBuffer b, int at) {
        return u32(b, at + 0x10);
    }

    /** i_dtime: when it was deleted; 0 for an inode in use. */
    public static long deletionTime(ByteBuffer b, int at) {
        return u32(b, at + 0x14);
    }

    public static void setTimes(ByteBuffer b, int at, Long access, Long change, Long modify) {
        if (access != null) {
            b.putInt(at + 0x8, (int) (long) access);
        }
        if (change != null) {
            b.putInt(at + 0xC, (int) (long) change);
        }
        if (modify != null) {
            b.putInt(at + 0x10, (int) (long) modify);
        }
    }

    public static void setDeletionTime(ByteBuffer b, int at, long time) {
        b.putInt(at + 0x14, (int) time);
    }

    /** i_blocks (48 bits): 512-byte sectors, or file-system blocks with the huge_file flag. */
    public static long blocks(ByteBuffer b, int at) {
        return u32(b, at + 0x1C) | ((b.getShort(at + 0x74) & 0xFFFFL) << 32);
    }

    public static void setBlocks(ByteBuffer b, int at, long blocks) {
        b.putInt(at + 0x1C, (int) blocks);
        b.putShort(at + 0x74, (short) (blocks >>> 32));
    }

    public static int uid(ByteBuffer b, int at) {
        return (b.getShort(at + 0x2) & 0xFFFF) | (b.getShort(at + 0x78) & 0xFFFF) << 16;
    }

    public static int gid(ByteBuffer b, int at) {
        return (b.getShort(at + 0x18) & 0xFFFF) | (b.getShort(at + 0x7A) & 0xFFFF) << 16;
    }

    /** i_file_acl (48 bits): the block holding its extended attributes, 0 for none. */
    public static long attributeBlock(ByteBuffer b, int at) {
        return u32(b, at + 0x68) | ((b.getShort(at + 0x76) & 0xFFFFL) << 32);
    }

    /**
     * Lays out the extra part of a new inode larger than 128 bytes: i_extra_isize 32 and the creation
     * time {@code created}.
     */
    public static void setExtra(ByteBuffer b, int at, long created) {
        b.putShort(at + 0x80, (short) 32);
        b.putInt(at + 0x90, (int) created);
    }

    private static long u32(ByteBuffer b, int at) {
        return b.getInt(at) & 0xFFFF_FFFFL;
    }
}
