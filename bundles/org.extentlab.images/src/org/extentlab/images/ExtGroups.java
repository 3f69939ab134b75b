package org.extentlab.images;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/** Facts about the block groups of an ext2/3/4 volume that the reader and the simulation both need. */
public final class ExtGroups {
    private static final int COMPAT_SPARSE_SUPER2 = 0x200;
    private static final int RO_COMPAT_SPARSE_SUPER = 0x1;
    private static final int SB_BACKUP_BGS = 0x24C;
    private static final int INCOMPAT_META_BG = 0x10;
    private static final int INCOMPAT_64BIT = 0x80;
    private static final int SB_FIRST_META_BG = 0x104;

    private ExtGroups() {
    }

    /**
     * Whether group {@code group} starts with a copy of the superblock (and the descriptors after it), by
     * the volume's {@code superblock} (its 1,024 bytes): group 0 always; with sparse_super2 the two groups
     * it names; with sparse_super group 1 and the powers of 3, 5 and 7; otherwise every group.
     */
    public static boolean hasSuperblockCopy(byte[] superblock, int group) {
        ByteBuffer sb = ByteBuffer.wrap(superblock).order(ByteOrder.LITTLE_ENDIAN);
        long[] backups = (sb.getInt(92) & COMPAT_SPARSE_SUPER2) != 0
                ? new long[] { sb.getInt(SB_BACKUP_BGS) & 0xFFFFFFFFL, sb.getInt(SB_BACKUP_BGS + 4) & 0xFFFFFFFFL }
                : null;
        return hasSuperblockCopy(group, sb.getInt(100), backups);
    }

    /** {@link #hasSuperblockCopy(byte[], int)} from the read-only compatible features and the sparse_super2 groups (or null). */
    static boolean hasSuperblockCopy(long group, int roCompat, long[] backupGroups) {
        if (group == 0) {
            return true;
        }
        if (backupGroups != null) {
            return group == backupGroups[0] || group == backupGroups[1];
        }
        if (group == 1 || (roCompat & RO_COMPAT_SPARSE_SUPER) == 0) {
            return true;
        }
        for (int base : new int[] { 3, 5, 7 }) {
            long power = base;
            while (power < group) {
                power *= base;
            }
            if (power == group) {
                return true;
            }
        }
        return false;
    }

    /**
     * The block holding descriptor block {@code k} (the descriptors of groups k·B to k·B+B−1, B to a
     * block): the table after the superblock, except with meta_bg, where from block s_first_meta_bg on
     * each lives in the first group it describes, after that group's superblock copy if it has one.
     */
    public static long descriptorBlock(byte[] superblock, long k) {
        ByteBuffer sb = ByteBuffer.wrap(superblock).order(ByteOrder.LITTLE_ENDIAN);
        long firstDataBlock = sb.getInt(20) & 0xFFFFFFFFL;
        long firstMetaBg = (sb.getInt(96) & INCOMPAT_META_BG) != 0 ? sb.getInt(SB_FIRST_META_BG) & 0xFFFFFFFFL
                : Long.MAX_VALUE;
        if (k < firstMetaBg) {
            return firstDataBlock + 1 + k;
        }
        int blockSize = 1024 << sb.getInt(24);
        int descSize = (sb.getInt(96) & INCOMPAT_64BIT) != 0 ? Math.max(32, sb.getShort(0xFE) & 0xFFFF) : 32;
        long group = k * (blockSize / descSize);
        long start = firstDataBlock + group * (sb.getInt(32) & 0xFFFFFFFFL);
        return start + (hasSuperblockCopy(superblock, (int) group) ? 1 : 0);
    }

    /**
     * The CRC16 a descriptor carries on uninit_bg volumes without metadata_csum (ext2fs_group_desc_csum):
     * over the volume's UUID, the group number and the descriptor without its checksum field.
     */
    public static int descriptorCrc16(byte[] superblock, int group, byte[] descriptor) {
        int crc = crc16(0xFFFF, superblock, 104, 16);
        crc = crc16(crc, new byte[] { (byte) group, (byte) (group >>> 8), (byte) (group >>> 16), (byte) (group >>> 24) },
                0, 4);
        crc = crc16(crc, descriptor, 0, 0x1E);
        return crc16(crc, descriptor, 0x20, descriptor.length - 0x20);
    }

    /** CRC-16 with the polynomial 0x8005, bits reflected (as e2fsprogs' ext2fs_crc16). */
    static int crc16(int crc, byte[] bytes, int offset, int length) {
        for (int i = offset; i < offset + length; i++) {
            crc ^= bytes[i] & 0xFF;
            for (int bit = 0; bit < 8; bit++) {
                crc = (crc & 1) != 0 ? (crc >>> 1) ^ 0xA001 : crc >>> 1;
            }
        }
        return crc & 0xFFFF;
    }
}
