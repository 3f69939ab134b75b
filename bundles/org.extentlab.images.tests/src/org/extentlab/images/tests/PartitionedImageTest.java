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
import java.util.List;

import org.extentlab.images.ImageFormat;
import org.extentlab.images.ImageFormatException;
import org.extentlab.images.LoadedVolume;
import org.extentlab.images.PartitionContent;
import org.extentlab.images.VolumeLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Images with a partition table: the first supported partition, a chosen one, and none. */
class PartitionedImageTest {

    @TempDir
    Path dir;

    @Test
    void theFirstSupportedPartitionOpensAndAChosenOneToo() throws Exception {
        byte[] content = "in the second partition\n".repeat(200).getBytes();
        Path image = PartitionedImages.fatAndExt4(dir, content);

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
        List<PartitionContent> listed = VolumeLoader.partitions(image);
        assertEquals(List.of(1, 2), listed.stream().map(p -> p.partition().index()).toList());
        assertEquals(List.of(ImageFormat.FAT12, ImageFormat.EXT4), listed.stream().map(p -> p.contents().format()).toList());
        assertEquals(List.of(2048L * 512, 20480L * 512), listed.stream().map(p -> p.partition().startOffset()).toList());
        assertEquals("PART1", listed.get(0).contents().label());
        assertTrue(listed.get(1).isReadable());
        assertEquals(List.of(), VolumeLoader.partitions(dir.resolve("partition-tree/second.txt")), "no table, no partitions");
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
