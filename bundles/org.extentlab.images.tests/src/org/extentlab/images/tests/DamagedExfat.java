package org.extentlab.images.tests;

import static org.extentlab.images.tests.ExternalTools.run;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

/**
 * exFAT volumes made by mkfs.exfat and filled in the run (a contiguous /a.bin, a fragmented /frag.bin
 * with a FAT chain, /dir/c.txt), then damaged one way each: the ways fsck.exfat 1.2 complains of (a
 * file's cluster free in the bitmap, the boot region's checksum, a valid data length past the size,
 * a cross-link, a looping chain, an entry set's checksum) and three it accepts (the dirty flag, a
 * bitmap bit no file holds, the percent in use).
 */
public final class DamagedExfat {
    public static final List<String> KINDS = List.of("cluster-free-in-bitmap", "boot-checksum", "valid-past-size",
            "cross-link", "chain-loop", "entry-set-checksum", "dirty", "bitmap-bit-unowned", "percent-in-use");

    private DamagedExfat() {
    }

    /** Whether fsck.exfat (exfatprogs 1.2) reports {@code kind}. */
    public static boolean checked(String kind) {
        return !List.of("dirty", "bitmap-bit-unowned", "percent-in-use").contains(kind);
    }

    /** A clean exFAT volume of 16 MiB in {@code dir} with the files named above. */
    public static Path clean(Path dir) throws IOException, InterruptedException {
        Path image = dir.resolve("exfat-clean.img");
        Files.deleteIfExists(image);
        try (RandomAccessFile raf = new RandomAccessFile(image.toFile(), "rw")) {
            raf.setLength(16L << 20);
        }
        run("mkfs.exfat", "-L", "DAMAGED", image.toString());
        byte[] data = new byte[70_000];
        new Random(7).nextBytes(data);
        try (ExfatPopulator populator = new ExfatPopulator(image)) {
            populator.file(populator.rootCluster(), "a.bin", data, data.length, true);
            populator.file(populator.rootCluster(), "frag.bin", data, data.length, false);
            long folder = populator.directory(populator.rootCluster(), "dir");
            populator.file(folder, "c.txt", "in a folder\n".getBytes(), 12, true);
        }
        return image;
    }

    /** A copy of {@code clean} damaged as {@code kind} says, in {@code dir}. */
    public static Path damaged(Path dir, Path clean, String kind) throws IOException {
        byte[] bytes = Files.readAllBytes(clean);
        ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        int sector = 1 << bytes[108];
        int clusterSize = sector << bytes[109];
        int fat = b.getInt(80) * sector;
        int heap = b.getInt(88) * sector;
        int clusters = b.getInt(92);
        int root = heap + (b.getInt(96) - 2) * clusterSize;
        int bitmap = -1;
        for (int at = root; bytes[at] != 0; at += 32) {
            if ((bytes[at] & 0xFF) == 0x81) {
                bitmap = heap + (b.getInt(at + 20) - 2) * clusterSize;
            }
        }
        int a = stream(bytes, root, "a.bin");
        int frag = stream(bytes, root, "frag.bin");
        int first = b.getInt(a + 20);
        int fragFirst = b.getInt(frag + 20);
        switch (kind) {
        case "cluster-free-in-bitmap" -> bytes[bitmap + (first - 2) / 8] &= (byte) ~(1 << ((first - 2) % 8));
        case "boot-checksum" -> bytes[11 * sector + 4] ^= 1;
        case "valid-past-size" -> {
            b.putLong(a + 8, 80_000);
            checksum(bytes, a - 32);
        }
        case "cross-link" -> {
            b.putInt(frag + 20, first);
            checksum(bytes, frag - 32);
        }
        case "chain-loop" -> b.putInt(fat + 4 * b.getInt(fat + 4 * fragFirst), fragFirst);
        case "entry-set-checksum" -> b.putLong(a + 24, 100);
        case "dirty" -> bytes[106] |= 2;
        case "bitmap-bit-unowned" -> bytes[bitmap + (clusters - 5) / 8] |= (byte) (1 << ((clusters - 5) % 8));
        case "percent-in-use" -> bytes[112] = 77;
        default -> throw new IllegalArgumentException(kind);
        }
        Path image = dir.resolve("exfat-" + kind + ".img");
        Files.write(image, bytes);
        return image;
    }

    /** The stream extension entry of {@code name} in the directory at {@code directory}. */
    private static int stream(byte[] bytes, int directory, String name) {
        ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        for (int at = directory; bytes[at] != 0; at += 32) {
            if ((bytes[at] & 0xFF) == 0x85) {
                StringBuilder text = new StringBuilder();
                for (int k = 0; k < 15 && b.getChar(at + 66 + 2 * k) != 0; k++) {
                    text.append(b.getChar(at + 66 + 2 * k));
                }
                if (text.toString().equals(name)) {
                    return at + 32;
                }
            }
        }
        throw new IllegalStateException(name + " is not in the directory");
    }

    /** Writes the entry set checksum of the set whose file entry is at {@code primary}. */
    private static void checksum(byte[] bytes, int primary) {
        int count = (bytes[primary + 1] & 0xFF) + 1;
        int sum = 0;
        for (int i = 0; i < count * 32; i++) {
            if (i != 2 && i != 3) {
                sum = ((sum << 15) | (sum >>> 1)) + (bytes[primary + i] & 0xFF) & 0xFFFF;
            }
        }
        bytes[primary + 2] = (byte) sum;
        bytes[primary + 3] = (byte) (sum >>> 8);
    }
}
