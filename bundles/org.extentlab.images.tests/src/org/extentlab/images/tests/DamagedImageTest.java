package org.extentlab.images.tests;

import static org.extentlab.images.tests.ExternalTools.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Random;

import org.extentlab.images.ImageFormatException;
import org.extentlab.images.LoadedVolume;
import org.extentlab.images.VolumeLoader;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Seeded byte flips in the metadata of real, populated images: every variant loads (perhaps with
 * problems and damaged files) or ends in an ImageFormatException with a message. Never another
 * exception, an error, or a hang.
 */
class DamagedImageTest {
    private static final int VARIANTS = 1000;

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = { "ext4", "ext2", "fat16", "fat32", "exfat" })
    void seededByteFlipsEndInAVolumeOrAClearMessage(String kind) throws Exception {
        Path original = populated(kind);
        byte[] pristine = Files.readAllBytes(original);
        int metadataBytes = metadataRegion(kind, pristine.length);
        Random random = new Random(kind.hashCode() * 31L + 20261123L);
        Path variant = dir.resolve("variant.img");
        Files.write(variant, pristine);
        int[] outcomes = new int[2];
        assertTimeoutPreemptively(Duration.ofMinutes(3), () -> {
            for (int i = 0; i < VARIANTS; i++) {
                // Only the metadata region changes, so only it is rewritten from the pristine copy.
                byte[] bytes = Arrays.copyOf(pristine, metadataBytes);
                int flips = 1 + random.nextInt(8);
                for (int f = 0; f < flips; f++) {
                    bytes[random.nextInt(metadataBytes)] = (byte) random.nextInt(256);
                }
                SampleTrees.writeAt(variant, 0, bytes);
                try {
                    LoadedVolume volume = VolumeLoader.load(variant);
                    assertNotNull(volume.files());
                    outcomes[0]++;
                } catch (ImageFormatException e) {
                    assertNotNull(e.getMessage());
                    if (e.getMessage().contains("did not expect")) {
                        throw new AssertionError("variant " + i + " escaped a reader: " + e.getMessage(), e);
                    }
                    outcomes[1]++;
                }
            }
        });
        assertEquals(VARIANTS, outcomes[0] + outcomes[1]);
    }

    /** A small image of the kind with files in it, so that flips hit directories and maps too. */
    private Path populated(String kind) throws Exception {
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
    private static int metadataRegion(String kind, int size) {
        return switch (kind) {
        case "ext4", "ext2" -> Math.min(size, 400 * 1024);
        case "fat16" -> Math.min(size, 160 * 1024);
        case "fat32" -> Math.min(size, 700 * 1024);
        default -> Math.min(size, 1200 * 1024);
        };
    }
}
