package org.extentlab.images.tests;

import static org.extentlab.images.tests.ExternalTools.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

import org.extentlab.images.ExtSuperblock;
import org.extentlab.images.ImageFormatException;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The ext superblock codec the reader and the module share: its fields as dumpe2fs -h prints them,
 * the largest file each kind of volume allows, and its checksum computed, checked and set.
 */
class ExtSuperblockTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource({
            // type, block size, size, extent-mapped limit, block-mapped limit
            "ext2, 1024, 16M, 2199023254528, 17247252480", // no huge_file: i_blocks counts 2^32 - 1 sectors
            "ext3, 4096, 32M, 2199023251456, 2194719883264",
            "ext4, 4096, 32M, 17592186040320, 4402345721856",
            "ext4, 1024, 16M, 4398046510080, 17247252480" })
    void fieldsAreWhatDumpe2fsPrintsAndTheLargestFileIsTheKernelsRule(String type, int blockSize, String size,
            long extentLimit, long indirectLimit) throws Exception {
        Path image = dir.resolve(type + "-" + blockSize + ".img");
        run("mke2fs", "-q", "-F", "-t", type, "-b", Integer.toString(blockSize), "-O", "metadata_csum,^huge_file",
                image.toString(), size);
        if (type.equals("ext4")) {
            run("tune2fs", "-O", "huge_file", image.toString());
        }
        byte[] raw = Arrays.copyOfRange(Files.readAllBytes(image), ExtSuperblock.OFFSET,
                ExtSuperblock.OFFSET + ExtSuperblock.SIZE);
        ExtSuperblock sb = ExtSuperblock.parse(raw);
        Map<String, String> header = dumpe2fs(image);
        assertEquals(Long.parseLong(header.get("Block count")), sb.blockCount());
        assertEquals(Long.parseLong(header.get("Inode count")), sb.inodeCount());
        assertEquals(Integer.parseInt(header.get("Block size")), sb.blockSize());
        assertEquals(Long.parseLong(header.get("Blocks per group")), sb.blocksPerGroup());
        assertEquals(Long.parseLong(header.get("Inodes per group")), sb.inodesPerGroup());
        assertEquals(Integer.parseInt(header.get("Inode size")), sb.inodeSize());
        assertEquals(Long.parseLong(header.get("First inode")), sb.firstInode());
        assertEquals(Long.parseLong(header.get("First block")), sb.firstDataBlock());
        assertEquals(Long.parseLong(header.get("Free blocks")), sb.freeBlocks());
        assertEquals(Long.parseLong(header.get("Free inodes")), sb.freeInodes());
        assertEquals(Integer.parseInt(header.getOrDefault("Reserved GDT blocks", "0")), sb.reservedDescriptorBlocks());
        assertEquals(type.equals("ext4"), sb.extents());
        assertTrue(sb.metadataChecksums() && sb.checksumMatches(), "mke2fs wrote a checksummed superblock");
        assertEquals(extentLimit, sb.maxFileSize(true), "extent-mapped");
        assertEquals(indirectLimit, sb.maxFileSize(false), "block-mapped");

        raw[12] ^= 1; // one bit of the free block count
        assertTrue(!ExtSuperblock.parse(raw).checksumMatches(), "a changed byte breaks the checksum");
        ExtSuperblock.setChecksum(raw);
        assertTrue(ExtSuperblock.parse(raw).checksumMatches(), "and setting it mends it");
        Path mended = dir.resolve("mended.img");
        byte[] all = Files.readAllBytes(image);
        System.arraycopy(raw, 0, all, ExtSuperblock.OFFSET, raw.length);
        Files.write(mended, all);
        String counts = run("dumpe2fs", "-h", mended.toString());
        assertTrue(counts.contains("Free blocks:              " + (sb.freeBlocks() ^ 1)), counts);
        assertTrue(!counts.contains("checksum does not match"), "dumpe2fs accepts the checksum we set: " + counts);
    }

    @ParameterizedTest
    @CsvSource({ "56, 0, no ext superblock", "24, 9, impossible block size", "40, 0, the ext superblock is damaged" })
    void aDamagedSuperblockIsAClearRefusal(int offset, int value, String words) throws Exception {
        Path image = dir.resolve("d.img");
        run("mke2fs", "-q", "-F", "-t", "ext4", image.toString(), "8M");
        byte[] raw = Arrays.copyOfRange(Files.readAllBytes(image), ExtSuperblock.OFFSET,
                ExtSuperblock.OFFSET + ExtSuperblock.SIZE);
        Arrays.fill(raw, offset, offset + 4, (byte) 0);
        raw[offset] = (byte) value;
        ImageFormatException refused = assertThrows(ImageFormatException.class, () -> ExtSuperblock.parse(raw));
        assertTrue(refused.getMessage().contains(words), refused.getMessage());
        assertThrows(ImageFormatException.class, () -> ExtSuperblock.parse(new byte[100]));
    }

    private static Map<String, String> dumpe2fs(Path image) throws Exception {
        Map<String, String> fields = new HashMap<>();
        for (String line : run("dumpe2fs", "-h", image.toString()).split("\n")) {
            int colon = line.indexOf(':');
            if (colon > 0) {
                fields.put(line.substring(0, colon).trim(), line.substring(colon + 1).trim());
            }
        }
        return fields;
    }
}
