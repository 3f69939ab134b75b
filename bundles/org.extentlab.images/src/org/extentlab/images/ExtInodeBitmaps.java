package org.extentlab.images;

import java.io.IOException;

/**
 * The groups' inode bitmaps of an ext volume, each read once when first asked for, and how many
 * inodes each marks in use (counted once). A group flagged INODE_UNINIT on a volume with group
 * checksums has never had its bitmap written: none of its inodes is in use.
 */
final class ExtInodeBitmaps {
    private final ImageSource source;
    private final long[] bitmapBlocks;
    private final int[] groupFlags;
    private final int blockSize;
    private final long inodesPerGroup;
    private final boolean uninitHonoured;
    private final byte[][] bitmaps;
    private final long[] inUse;

    ExtInodeBitmaps(ImageSource source, long[] bitmapBlocks, int[] groupFlags, int blockSize, long inodesPerGroup,
            boolean uninitHonoured) {
        this.source = source;
        this.bitmapBlocks = bitmapBlocks;
        this.groupFlags = groupFlags;
        this.blockSize = blockSize;
        this.inodesPerGroup = inodesPerGroup;
        this.uninitHonoured = uninitHonoured;
        bitmaps = new byte[bitmapBlocks.length][];
        inUse = new long[bitmapBlocks.length];
        java.util.Arrays.fill(inUse, -1);
    }

    int groups() {
        return bitmapBlocks.length;
    }

    long inodesPerGroup() {
        return inodesPerGroup;
    }

    /** Whether the bitmap marks inode {@code number} in use. */
    boolean inUse(long number) throws IOException {
        long index = number - 1;
        int group = (int) (index / inodesPerGroup);
        byte[] bitmap = bitmap(group);
        int bit = (int) (index % inodesPerGroup);
        return bitmap != null && (bitmap[bit >>> 3] & (1 << (bit & 7))) != 0;
    }

    /** How many inodes group {@code g}'s bitmap marks in use. */
    long inUse(int g) throws IOException {
        if (inUse[g] < 0) {
            byte[] bitmap = bitmap(g);
            long used = 0;
            if (bitmap != null) {
                int whole = (int) (inodesPerGroup / 8);
                for (int i = 0; i < whole; i++) {
                    used += Integer.bitCount(bitmap[i] & 0xFF);
                }
                for (int i = whole * 8; i < inodesPerGroup; i++) {
                    used += (bitmap[i >>> 3] >>> (i & 7)) & 1;
                }
            }
            inUse[g] = used;
        }
        return inUse[g];
    }

    /** Group {@code g}'s bitmap; null for a group whose bitmap was never written. */
    private byte[] bitmap(int g) throws IOException {
        if (uninitHonoured && (groupFlags[g] & 0x1) != 0) {
            return null;
        }
        if (bitmaps[g] == null) {
            bitmaps[g] = source.read(bitmapBlocks[g] * blockSize, (int) ((inodesPerGroup + 7) / 8)).array();
        }
        return bitmaps[g];
    }
}
