package org.extentlab.images.tests;

import static org.extentlab.images.tests.ExternalTools.run;
import static org.extentlab.images.tests.ExternalTools.runWithInput;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;

import org.extentlab.images.ImageFormat;
import org.extentlab.images.ImageFormatException;
import org.extentlab.images.LoadedVolume;
import org.extentlab.images.VolumeLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Images with a partition table: the first supported partition, a chosen one, and none. */
class PartitionedImageTest {

    @TempDir
    Path dir;

    @Test
    void theFirstSupportedPartitionOpensAndAChosenOneToo() throws Exception {
        Path image = dir.resolve("disk.img");
        try (RandomAccessFile raf = new RandomAccessFile(image.toFile(), "rw")) {
            raf.setLength(40L << 20);
        }
        runWithInput("label: gpt\nstart=2048, size=16384, type=L\nstart=20480, size=40960, type=L\n", "sfdisk",
                "--quiet", image.toString());
        run("mkfs.fat", "-F", "12", "--offset", "2048", "-n", "PART1", image.toString(), "8192");
        Path tree = Files.createDirectories(dir.resolve("tree"));
        byte[] content = "in the second partition\n".repeat(200).getBytes();
        Files.write(tree.resolve("second.txt"), content);
        run("mke2fs", "-q", "-F", "-t", "ext4", "-E", "offset=" + 20480L * 512, "-d", tree.toString(),
                image.toString(), "20M");

        LoadedVolume first = VolumeLoader.load(image);
        LoadedVolume second = VolumeLoader.load(image, 2);

        assertEquals(ImageFormat.FAT12, first.format());
        assertEquals(2048L * 512, first.volumeStart());
        assertEquals("PART1", first.label());
        assertEquals(ImageFormat.EXT4, second.format());
        assertEquals(20480L * 512, second.volumeStart());
        assertTrue(second.files().get(0).extents().physical(0) > second.volumeStart(),
                "physical offsets count from the start of the image");
        assertArrayEquals(content, Truth.readThrough(image, second.files().get(0)));
        ImageFormatException missing = assertThrows(ImageFormatException.class, () -> VolumeLoader.load(image, 7));
        assertTrue(missing.getMessage().contains("no partition 7"), missing.getMessage());
    }

    @Test
    void aTableWithoutSupportedVolumesNamesWhatItFound() throws Exception {
        Path image = dir.resolve("ntfs-only.img");
        try (RandomAccessFile raf = new RandomAccessFile(image.toFile(), "rw")) {
            raf.setLength(24L << 20);
        }
        runWithInput("label: dos\nstart=2048, size=40000, type=7\n", "sfdisk", "--quiet", image.toString());
        Path partition = dir.resolve("ntfs-part.img");
        try (RandomAccessFile raf = new RandomAccessFile(partition.toFile(), "rw")) {
            raf.setLength(40000L * 512);
        }
        run("mkntfs", "-F", "-Q", "-q", partition.toString());
        byte[] ntfs = Files.readAllBytes(partition);
        SampleTrees.writeAt(image, 2048L * 512, ntfs);

        ImageFormatException e = assertThrows(ImageFormatException.class, () -> VolumeLoader.load(image));

        assertTrue(e.getMessage().contains("no partition holds a supported volume (1: NTFS)"), e.getMessage());
    }
}
