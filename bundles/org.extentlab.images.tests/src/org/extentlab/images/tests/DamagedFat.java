package org.extentlab.images.tests;

import static org.extentlab.images.tests.ExternalTools.run;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * FAT12/16/32 volumes made by mkfs.fat and filled by mtools in the run (a 5,000-byte /a.bin,
 * /longer-name-file.txt with its long name, /dir/c.txt), then damaged one way each, the ways fsck.fat's
 * checks name: the dirty bit, lost clusters, FAT copies that differ, FSInfo, a FAT32 boot sector unlike
 * its backup, a folder's size and its "." and ".." slots, long-name chains, duplicate short names,
 * sizes against cluster chains, cross-links.
 */
public final class DamagedFat {
    /** The damages, by name; {@link #applies} says which a FAT type has. */
    public static final List<String> KINDS = List.of("dirty-boot", "dirty-fat", "lost-cluster", "fats-differ",
            "fsinfo-magic", "fsinfo-count", "backup-boot", "folder-size", "dot", "dotdot", "long-name-checksum",
            "long-name-order", "long-name-orphan", "duplicate-name", "past-end", "empty-with-cluster",
            "chain-short", "cross-link");

    private DamagedFat() {
    }

    /** Whether FAT{@code bits} has what {@code kind} damages: FSInfo and the backup boot sector are FAT32's. */
    public static boolean has(String kind, int bits) {
        return bits == 32 || !(kind.startsWith("fsinfo") || kind.equals("backup-boot"));
    }

    /** Whether fsck.fat checks for {@code kind} on FAT{@code bits} (FAT12's FAT[1] has no dirty bit). */
    public static boolean applies(String kind, int bits) {
        return has(kind, bits) && !(kind.equals("dirty-fat") && bits == 12);
    }

    /** A clean FAT{@code bits} volume in {@code dir} with the files named above. */
    public static Path clean(Path dir, int bits) throws IOException, InterruptedException {
        Path image = dir.resolve("fat" + bits + "-clean.img");
        Files.deleteIfExists(image);
        run("mkfs.fat", "-C", "-F", Integer.toString(bits), "-n", "DAMAGED", image.toString(),
                bits == 32 ? "66000" : bits == 16 ? "16384" : "4096");
        Path a = dir.resolve("a.bin");
        byte[] bytes = new byte[5000];
        new Random(bits).nextBytes(bytes);
        Files.write(a, bytes);
        Path text = Files.writeString(dir.resolve("longer-name-file.txt"), "a file with a long name\n");
        run("mcopy", "-i", image.toString(), a.toString(), text.toString(), "::/");
        run("mmd", "-i", image.toString(), "::/dir");
        Path c = Files.writeString(dir.resolve("c.txt"), "in a folder\n");
        run("mcopy", "-i", image.toString(), c.toString(), "::/dir/c.txt");
        return image;
    }

    /** A copy of {@code clean} (FAT{@code bits}) damaged as {@code kind} says, in {@code dir}. */
    public static Path damaged(Path dir, Path clean, int bits, String kind) throws IOException {
        byte[] b = Files.readAllBytes(clean);
        Geometry g = new Geometry(b, bits);
        int a = g.find(g.root(), "A       BIN");
        int longer = g.find(g.root(), "LONGER~1TXT");
        int folder = g.find(g.root(), "DIR        ");
        int folderData = g.cluster(g.u16(folder + 26) | (bits == 32 ? g.u16(folder + 20) << 16 : 0));
        int spare = (int) g.clusters - 3; // free: the files lie at the start of the data area
        switch (kind) {
        case "dirty-boot" -> b[bits == 32 ? 65 : 37] |= 1;
        case "dirty-fat" -> {
            for (int copy = 0; copy < g.fats; copy++) {
                g.setFat(copy, 1, g.fat(0, 1) & ~(bits == 32 ? 0x0800_0000 : 0x8000));
            }
        }
        case "lost-cluster" -> {
            for (int copy = 0; copy < g.fats; copy++) {
                g.setFat(copy, spare, 0x0FFF_FFFF);
            }
        }
        case "fats-differ" -> g.setFat(1, spare, 0x0FFF_FFFF);
        case "fsinfo-magic" -> b[g.fsInfo() + 510] ^= 1;
        case "fsinfo-count" -> g.put32(g.fsInfo() + 488, 12345);
        case "backup-boot" -> b[3] ^= 0x20;
        case "folder-size" -> g.put32(folder + 28, 1234);
        case "dot" -> g.put16(folderData + 26, g.u16(folderData + 26) + 1);
        case "dotdot" -> g.put16(folderData + 32 + 26, 5);
        case "long-name-checksum" -> b[longer - 32 + 13] ^= 0x5A;
        case "long-name-order" -> b[longer - 32] = (byte) ((b[longer - 32] & 0xE0) | 3);
        case "long-name-orphan" -> b[longer] = (byte) 0xE5;
        case "duplicate-name" -> System.arraycopy(b, a, b, longer, 11);
        case "past-end" -> g.put32(a + 28, 100);
        case "empty-with-cluster" -> g.put32(a + 28, 0);
        case "chain-short" -> g.put32(a + 28, 50_000);
        case "cross-link" -> {
            g.put16(longer + 26, g.u16(a + 26));
            g.put16(longer + 20, g.u16(a + 20));
        }
        default -> throw new IllegalArgumentException(kind);
        }
        Path image = dir.resolve("fat" + bits + "-" + kind + ".img");
        Files.write(image, b);
        return image;
    }

    /** Where things are on the volume, read from its boot sector. */
    private static final class Geometry {
        final ByteBuffer b;
        final int bits;
        final int bytesPerSector;
        final int clusterSize;
        final int fatStart;
        final int fatBytes;
        final int fats;
        final int rootStart;
        final int dataStart;
        final long clusters;

        Geometry(byte[] bytes, int bits) {
            b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
            this.bits = bits;
            bytesPerSector = u16(11);
            clusterSize = bytesPerSector * (bytes[13] & 0xFF);
            fatStart = u16(14) * bytesPerSector;
            fats = bytes[16] & 0xFF;
            int fatSectors = u16(22) != 0 ? u16(22) : b.getInt(36);
            fatBytes = fatSectors * bytesPerSector;
            rootStart = fatStart + fats * fatBytes;
            dataStart = rootStart + (u16(17) * 32 + bytesPerSector - 1) / bytesPerSector * bytesPerSector;
            long total = u16(19) != 0 ? u16(19) : b.getInt(32) & 0xFFFF_FFFFL;
            clusters = (total * bytesPerSector - dataStart) / clusterSize;
        }

        int root() {
            return bits == 32 ? cluster(b.getInt(44)) : rootStart;
        }

        int cluster(int number) {
            return dataStart + (number - 2) * clusterSize;
        }

        int fsInfo() {
            return u16(48) * bytesPerSector;
        }

        int find(int directory, String name) {
            byte[] wanted = name.getBytes(StandardCharsets.US_ASCII);
            for (int at = directory; b.get(at) != 0; at += 32) {
                byte[] here = new byte[11];
                b.get(at, here);
                if (Arrays.equals(here, wanted)) {
                    return at;
                }
            }
            throw new IllegalStateException(name + " is not in the directory");
        }

        int fat(int copy, int cluster) {
            int base = fatStart + copy * fatBytes;
            return switch (bits) {
            case 12 -> {
                int pair = u16(base + cluster * 3 / 2);
                yield (cluster & 1) == 0 ? pair & 0xFFF : pair >>> 4;
            }
            case 16 -> u16(base + cluster * 2);
            default -> b.getInt(base + cluster * 4);
            };
        }

        void setFat(int copy, int cluster, int value) {
            int base = fatStart + copy * fatBytes;
            switch (bits) {
            case 12 -> {
                int at = base + cluster * 3 / 2;
                int pair = u16(at);
                pair = (cluster & 1) == 0 ? (pair & 0xF000) | (value & 0xFFF) : (pair & 0x000F) | (value & 0xFFF) << 4;
                put16(at, pair);
            }
            case 16 -> put16(base + cluster * 2, value);
            default -> b.putInt(base + cluster * 4, value & 0x0FFF_FFFF | b.getInt(base + cluster * 4) & 0xF000_0000);
            }
        }

        int u16(int at) {
            return b.getShort(at) & 0xFFFF;
        }

        void put16(int at, int value) {
            b.putShort(at, (short) value);
        }

        void put32(int at, int value) {
            b.putInt(at, value);
        }
    }
}
