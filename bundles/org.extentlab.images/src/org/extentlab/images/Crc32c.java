package org.extentlab.images;

/**
 * CRC-32C (Castagnoli) without the final inversion, chained from any seed, as ext4's metadata
 * checksums use it (java.util.zip.CRC32C always starts from ~0 and inverts at the end).
 */
public final class Crc32c {
    private static final int[] TABLE = new int[256];

    static {
        for (int n = 0; n < 256; n++) {
            int c = n;
            for (int k = 0; k < 8; k++) {
                c = (c & 1) != 0 ? (c >>> 1) ^ 0x82F63B78 : c >>> 1;
            }
            TABLE[n] = c;
        }
    }

    private Crc32c() {
    }

    public static int update(int crc, byte[] bytes, int offset, int length) {
        int c = crc;
        for (int i = offset; i < offset + length; i++) {
            c = TABLE[(c ^ bytes[i]) & 0xFF] ^ (c >>> 8);
        }
        return c;
    }
}
