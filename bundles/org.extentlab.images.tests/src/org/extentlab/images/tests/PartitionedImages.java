package org.extentlab.images.tests;

import static org.extentlab.images.tests.ExternalTools.run;
import static org.extentlab.images.tests.ExternalTools.runWithInput;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;

/** Partitioned disk images made with sfdisk, mkfs.fat and mke2fs, for the reader and workbench tests. */
public final class PartitionedImages {
    /** Where the second partition of {@link #fatAndExt4} starts, in bytes. */
    public static final long SECOND_START = 20480L * 512;

    private PartitionedImages() {
    }

    /**
     * A 40 MiB GPT image {@code folder/disk.img}: FAT12 labelled PART1 at sector 2048, ext4 at sector
     * 20480 holding the one file {@code /second.txt} with {@code content}.
     */
    public static Path fatAndExt4(Path folder, byte[] content) throws IOException, InterruptedException {
        Path image = folder.resolve("disk.img");
        try (RandomAccessFile raf = new RandomAccessFile(image.toFile(), "rw")) {
            raf.setLength(40L << 20);
        }
        runWithInput("label: gpt\nstart=2048, size=16384, type=L\nstart=20480, size=40960, type=L\n", "sfdisk",
                "--quiet", image.toString());
        run("mkfs.fat", "-F", "12", "--offset", "2048", "-n", "PART1", image.toString(), "8192");
        Path tree = Files.createDirectories(folder.resolve("partition-tree"));
        Files.write(tree.resolve("second.txt"), content);
        run("mke2fs", "-q", "-F", "-t", "ext4", "-E", "offset=" + SECOND_START, "-d", tree.toString(), image.toString(),
                "20M");
        return image;
    }
}
