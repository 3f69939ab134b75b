package org.extentlab.images.tests;

import static org.extentlab.images.tests.ExternalTools.run;

import java.io.RandomAccessFile;
import java.nio.file.Path;
import java.util.Random;

/**
 * Small real images of each kind with files in them (ext4 and ext2 by mke2fs -d, FAT by mcopy, exFAT
 * by the populator), and where their metadata lies: what damage tests flip bytes in.
 */
public final class PopulatedImages {
    private PopulatedImages() {
    }

    /** What to do with one damaged variant (its number, the variant file). */
    public interface VariantCheck {
        void check(int number, Path variant) throws Exception;
    }

    /**
     * Makes a populated image of {@code kind} and {@code variants} seeded variants of it, each with 1 to
     * 8 bytes of its metadata region replaced, written in turn to one file that {@code check} is given.
     */
    public static void forEachVariant(Path dir, String kind, long seed, int variants, VariantCheck check)
            throws Exception {
        byte[] pristine = java.nio.file.Files.readAllBytes(populated(dir, kind));
        int metadataBytes = metadataRegion(kind, pristine.length);
        Random random = new Random(seed);
        Path variant = dir.resolve("variant.img");
        java.nio.file.Files.write(variant, pristine);
        for (int i = 0; i < variants; i++) {
            // Only the metadata region changes, so only it is rewritten from the pristine copy.
            byte[] bytes = java.util.Arrays.copyOf(pristine, metadataBytes);
            int flips = 1 + random.nextInt(8);
            for (int f = 0; f < flips; f++) {
                bytes[random.nextInt(metadataBytes)] = (byte) random.nextInt(256);
            }
            SampleTrees.writeAt(variant, 0, bytes);
            check.check(i, variant);
        }
    }

    /** A small image of the kind with files in it, so that flips hit directories and maps too. */
    public static Path populated(Path dir, String kind) throws Exception {
        Path tree = SampleTrees.varied(dir.resolve("tree"), new Random(3));
        Path image = dir.resolve(kind + ".img");
        switch (kind) {
        case "ext4", "ext2" -> run("mke2fs", "-q", "-F", "-t", kind, "-b", "1024", "-N", "256", "-d", tree.toString(),
                image.toString(), "4M");
        case "fat16", "fat32" -> {
            run("mkfs.fat", "-C", "-F", kind.substring(3), "-s", "1", image.toString(), kind.equals("fat16") ? "8192" : "34000");
            run("mcopy", "-s", "-i", image.toString(), tree.resolve("many").toString(), tree.resolve("d1").toString(),
                    tree.resolve("small.txt").toString(), "::/");
        }
        default -> {
            try (RandomAccessFile raf = new RandomAccessFile(image.toFile(), "rw")) {
                raf.setLength(8L << 20);
            }
            run("mkfs.exfat", image.toString());
            try (ExfatPopulator exfat = new ExfatPopulator(image)) {
                long sub = exfat.directory(exfat.rootCluster(), "sub");
                for (int i = 0; i < 20; i++) {
                    exfat.file(i % 2 == 0 ? sub : exfat.rootCluster(), "file" + i, new byte[3000 + i], 3000 + i, i % 3 == 0);
                }
            }
        }
        }
        return image;
    }

    /** Where the metadata lives: superblock, descriptors, bitmaps, inode table; boot sector and FATs; and so on. */
    static int metadataRegion(String kind, int size) {
        return switch (kind) {
        case "ext4", "ext2" -> Math.min(size, 400 * 1024);
        case "fat16" -> Math.min(size, 160 * 1024);
        case "fat32" -> Math.min(size, 700 * 1024);
        default -> Math.min(size, 1200 * 1024);
        };
    }
}
