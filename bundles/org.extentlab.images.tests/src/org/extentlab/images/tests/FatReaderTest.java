package org.extentlab.images.tests;

import static org.extentlab.images.tests.ExternalTools.field;
import static org.extentlab.images.tests.ExternalTools.run;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

import org.extentlab.images.ImageFormat;
import org.extentlab.images.ImageFormatException;
import org.extentlab.images.LoadedVolume;
import org.extentlab.images.VolumeFile;
import org.extentlab.images.VolumeLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The FAT reader against images made by mkfs.fat and filled by mcopy in this run: files and their
 * sectors against sleuthkit's fls and istat, bytes against mcopy, free space against blkls and
 * fsck.fat.
 */
class FatReaderTest {

    @TempDir
    Path dir;

    @ParameterizedTest(name = "FAT{0}")
    @CsvSource({ "12, 4096", "16, 24000", "32, 40000" })
    void everyFileAndTheFreeSpaceMatchSleuthkitAndMtools(int bits, int kibibytes) throws Exception {
        Path image = dir.resolve("fat" + bits + ".img");
        run("mkfs.fat", "-C", "-F", Integer.toString(bits), "-n", "FATTEST", image.toString(), Integer.toString(kibibytes));
        Path tree = Files.createDirectories(dir.resolve("tree"));
        Random random = new Random(bits);
        Files.writeString(tree.resolve("Mixed Case Long Name.txt"), "long file name\n");
        Files.writeString(tree.resolve("SHORT.TXT"), "8.3\n");
        Files.write(tree.resolve("empty"), new byte[0]);
        Path sub = Files.createDirectories(tree.resolve("sub/deeper"));
        byte[] big = new byte[300_000];
        random.nextBytes(big);
        Files.write(sub.resolve("big.bin"), big);
        run("mcopy", "-s", "-i", image.toString(), tree.resolve("Mixed Case Long Name.txt").toString(),
                tree.resolve("SHORT.TXT").toString(), tree.resolve("empty").toString(), tree.resolve("sub").toString(), "::/");
        fragment(image, random);

        LoadedVolume volume = VolumeLoader.load(image);

        assertEquals(run("blkid", "-o", "value", "-s", "UUID", image.toString()).strip(), volume.uuid(),
                "the identifier blkid shows");
        assertEquals(Integer.parseInt(field(run("fsstat", image.toString()), "Sector Size: (\\d+)")), volume.sectorSize());

        assertEquals(ImageFormat.valueOf("FAT" + bits), volume.format());
        assertEquals("FATTEST", volume.label());
        assertEquals(List.of(), volume.problems());
        Sleuthkit.assertSameFilesAndSectors(image, volume);
        for (VolumeFile file : volume.files()) {
            Path copy = dir.resolve("copy");
            Files.deleteIfExists(copy);
            run("mcopy", "-n", "-i", image.toString(), "::" + file.path(), copy.toString());
            assertArrayEquals(Files.readAllBytes(copy), Truth.readThrough(image, file), file.path());
        }
        String fsck = run("fsck.fat", "-n", "-v", image.toString());
        long used = Long.parseLong(field(fsck, "(\\d+)/\\d+ clusters"));
        long total = Long.parseLong(field(fsck, "\\d+/(\\d+) clusters"));
        assertEquals(total, volume.blockCount());
        assertEquals(total - used, volume.freeBlocks());
        assertEquals(Sleuthkit.freeSectorsInClusterArea(image, "Cluster Area"), Sleuthkit.freeSectors(volume));
    }

    @Test
    void aLoopingClusterChainMarksTheFileAndEnds() throws Exception {
        Path image = dir.resolve("loop.img");
        run("mkfs.fat", "-C", "-F", "16", image.toString(), "24000");
        Path file = dir.resolve("looped.bin");
        Files.write(file, new byte[20_000]);
        run("mcopy", "-i", image.toString(), file.toString(), "::/looped.bin");
        LoadedVolume before = VolumeLoader.load(image);
        long firstCluster = 2 + (before.files().get(0).extents().physical(0) - fatDataStart(image)) / before.blockSize();
        // Point the file's third cluster back at its first: FAT16 entries are two bytes, after the reserved sectors.
        long fatStart = 512L * (Files.readAllBytes(image)[14] & 0xFF);
        SampleTrees.writeAt(image, fatStart + (firstCluster + 2) * 2,
                new byte[] { (byte) firstCluster, (byte) (firstCluster >>> 8) });

        LoadedVolume volume = VolumeLoader.load(image);

        VolumeFile looped = volume.files().get(0);
        assertTrue(looped.damage().contains("loops"), looped.damage());
        assertEquals(3 * volume.blockSize(), looped.extents().allocatedBytes());
    }

    @Test
    void aTruncatedImageIsRefusedWithItsSizes() throws Exception {
        Path image = dir.resolve("cut.img");
        run("mkfs.fat", "-C", "-F", "32", image.toString(), "40000");
        try (RandomAccessFile raf = new RandomAccessFile(image.toFile(), "rw")) {
            raf.setLength(20L << 20);
        }
        ImageFormatException e = assertThrows(ImageFormatException.class, () -> VolumeLoader.load(image));
        assertTrue(e.getMessage().contains("truncated"), e.getMessage());
    }

    /** Copies in three files, deletes the middle one, copies a larger file that must fill the gap and more. */
    private void fragment(Path image, Random random) throws Exception {
        for (String name : List.of("one.bin", "two.bin", "three.bin")) {
            byte[] bytes = new byte[9000];
            random.nextBytes(bytes);
            Path file = dir.resolve(name);
            Files.write(file, bytes);
            run("mcopy", "-i", image.toString(), file.toString(), "::/" + name);
        }
        run("mdel", "-i", image.toString(), "::/two.bin");
        byte[] bytes = new byte[40_000];
        random.nextBytes(bytes);
        Path file = dir.resolve("refill.bin");
        Files.write(file, bytes);
        run("mcopy", "-i", image.toString(), file.toString(), "::/refill.bin");
    }

    private static long fatDataStart(Path image) throws Exception {
        String fsstat = run("fsstat", image.toString());
        return Long.parseLong(field(fsstat, "Cluster Area:\\s+(\\d+) - ")) * 512;
    }
}
