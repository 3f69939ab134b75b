package org.extentlab.images;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/** Facts about the block groups of an ext2/3/4 volume that the reader and the simulation both need. */
public final class ExtGroups {
    private static final int COMPAT_SPARSE_SUPER2 = 0x200;
    private static final int RO_COMPAT_SPARSE_SUPER = 0x1;
    private static final int SB_BACKUP_BGS = 0x24C;

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
}
