package org.extentlab.images.tests;

import static org.extentlab.images.tests.ExternalTools.field;
import static org.extentlab.images.tests.ExternalTools.run;
import static org.extentlab.images.tests.ExternalTools.runWithInput;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.extentlab.images.DetectedFormat;
import org.extentlab.images.FormatSniffer;
import org.extentlab.images.ImageFormat;
import org.extentlab.images.LoadedVolume;
import org.extentlab.images.Partition;
import org.extentlab.images.VolumeLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Format recognition on images made by the real mkfs tools in this run, checked against what
 * dumpe2fs, blkid and sleuthkit's fsstat report for the same images.
 */
class FormatSnifferTest {

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0} with {1}-byte blocks")
    @CsvSource({ "ext2, 1024", "ext2, 4096", "ext3, 1024", "ext3, 4096", "ext4, 1024", "ext4, 4096" })
    void extVolumesMatchDumpe2fsAndBlkid(String type, int blockSize) throws Exception {
        Path image = dir.resolve(type + ".img");
        run("mke2fs", "-q", "-F", "-t", type, "-b", Integer.toString(blockSize), "-L", "lab-" + type,
                image.toString(), "8M");
        String dump = run("dumpe2fs", "-h", image.toString());

        DetectedFormat found = FormatSniffer.sniff(image);

        assertAll(() -> assertEquals(run("blkid", "-p", "-o", "value", "-s", "TYPE", image.toString()).strip(),
                found.format().displayName()),
                () -> assertEquals(Long.parseLong(field(dump, "^Block size:\\s+(\\d+)")), found.blockSize()),
                () -> assertEquals(Long.parseLong(field(dump, "^Block count:\\s+(\\d+)")), found.blockCount()),
                () -> assertEquals(field(dump, "^Filesystem volume name:\\s+(.*)$"), found.label()),
                () -> assertEquals(Files.size(image), found.imageSize()),
                () -> assertTrue(found.format().isSupported()), () -> assertEquals("", found.note()));
    }

    @ParameterizedTest(name = "FAT{0} on {1} KiB")
    @CsvSource({ "12, 2048", "16, 20000", "32, 40000" })
    void fatVolumesMatchFsstat(int bits, int kibibytes) throws Exception {
        Path image = dir.resolve("fat" + bits + ".img");
        run("mkfs.fat", "-C", "-F", Integer.toString(bits), "-n", "LAB" + bits, image.toString(),
                Integer.toString(kibibytes));
        String fsstat = run("fsstat", image.toString());

        DetectedFormat found = FormatSniffer.sniff(image);

        assertAll(() -> assertEquals(field(fsstat, "^File System Type:\\s+(\\S+)"), found.format().displayName()),
                () -> assertEquals(Long.parseLong(field(fsstat, "^Cluster Size:\\s+(\\d+)")), found.blockSize()),
                () -> assertEquals(Long.parseLong(field(fsstat, "^Total Cluster Range:\\s+2 - (\\d+)")) - 1,
                        found.blockCount()),
                () -> assertEquals("LAB" + bits, found.label()), () -> assertTrue(found.format().isSupported()));
    }

    @ParameterizedTest(name = "FAT{0} with jump bytes {1}")
    @CsvSource({ "16, eb3c00", "16, 000000", "32, e80000", "12, 909090" })
    void aBootSectorWithAnUnusualJumpThatFsckFatAcceptsIsFat(int bits, String jump) throws Exception {
        Path image = dir.resolve("jump" + bits + ".img");
        run("mkfs.fat", "-C", "-F", Integer.toString(bits), image.toString(), bits == 32 ? "40000" : bits == 16 ? "16384" : "2048");
        writeAt(image, 0, HexFormat.of().parseHex(jump));
        run("fsck.fat", "-n", image.toString()); // exits 0: the checker accepts the volume
        java.util.Set<String> warnings = ExternalTools.complaints("fsck.fat", "-n", image.toString());

        DetectedFormat found = FormatSniffer.sniff(image);
        LoadedVolume volume = VolumeLoader.load(image);

        assertEquals("FAT" + bits, found.format().displayName());
        if (bits == 32) {
            // FAT32 keeps a backup of its boot sector, and fsck.fat warns that the two now differ.
            assertTrue(warnings.stream().anyMatch(w -> w.contains("differences between boot sector and its backup")), warnings.toString());
            assertEquals(List.of("the boot sector and its backup (sector 6) differ at offsets 0, 1, 2"), volume.problems());
        } else {
            assertEquals(java.util.Set.of(), warnings);
            assertEquals(List.of(), volume.problems());
        }
        // Without its signature, media byte and type name as well, the same sector is nothing known.
        writeAt(image, 54, new byte[8]);
        writeAt(image, 82, new byte[8]);
        assertFalse(FormatSniffer.sniff(image).format().displayName().startsWith("FAT"), "no FAT without its marks");
    }

    @Test
    void exfatVolumeMatchesFsstat() throws Exception {
        Path image = sparseFile("exfat.img", 8L << 20);
        run("mkfs.exfat", "-L", "LABX", image.toString());
        String fsstat = run("fsstat", image.toString());

        DetectedFormat found = FormatSniffer.sniff(image);

        assertAll(() -> assertEquals(ImageFormat.EXFAT, found.format()),
                () -> assertEquals(field(fsstat, "^File System Type:\\s+(\\S+)"), found.format().displayName()),
                () -> assertEquals(Long.parseLong(field(fsstat, "^Cluster Size:\\s+(\\d+)")), found.blockSize()),
                () -> assertEquals(Long.parseLong(field(fsstat, "^Cluster Range:\\s+2 - (\\d+)")) - 1,
                        found.blockCount()));
    }

    @Test
    void mbrPartitionsAreListedAsSfdiskWroteThem() throws Exception {
        Path image = sparseFile("mbr.img", 8L << 20);
        runWithInput("label: dos\nstart=2048, size=4096, type=83\nstart=6144, size=8192, type=c\n", "sfdisk",
                "--quiet", image.toString());

        DetectedFormat found = FormatSniffer.sniff(image);

        assertEquals(ImageFormat.MBR_PARTITIONED, found.format());
        assertEquals(List.of(new Partition(1, "83", 2048L * 512, 4096L * 512),
                new Partition(2, "0c", 6144L * 512, 8192L * 512)), found.partitions());
        assertFalse(found.format().isSupported());
    }

    @Test
    void gptPartitionsMatchSfdiskDump() throws Exception {
        Path image = sparseFile("gpt.img", 16L << 20);
        runWithInput("label: gpt\nstart=2048, size=4096, type=L\nstart=8192, size=10240, type=U\n", "sfdisk",
                "--quiet", image.toString());
        String dump = run("sfdisk", "--dump", image.toString());

        DetectedFormat found = FormatSniffer.sniff(image);

        assertEquals(ImageFormat.GPT_PARTITIONED, found.format());
        assertEquals(2, found.partitions().size());
        List<String> dumpLines = dump.lines().filter(l -> l.startsWith(image.toString())).toList();
        for (int i = 0; i < 2; i++) {
            Partition partition = found.partitions().get(i);
            String line = dumpLines.get(i);
            assertEquals(Long.parseLong(field(line, "start=\\s*(\\d+)")) * 512, partition.startOffset());
            assertEquals(Long.parseLong(field(line, "size=\\s*(\\d+)")) * 512, partition.length());
            assertEquals(field(line, "type=([0-9A-Fa-f-]+)").toLowerCase(Locale.ROOT), partition.type());
        }
    }

    @Test
    void foreignFormatsMadeByTheirOwnToolsAreNamedAndRefused() throws Exception {
        Path content = Files.createDirectories(dir.resolve("content"));
        Files.writeString(content.resolve("hello.txt"), "hello\n");
        Path ntfs = sparseFile("ntfs.img", 16L << 20);
        run("mkntfs", "-F", "-Q", "-q", ntfs.toString());
        Path iso = dir.resolve("cd.iso");
        run("genisoimage", "-quiet", "-o", iso.toString(), content.toString());
        Path btrfs = sparseFile("btrfs.img", 128L << 20);
        run("mkfs.btrfs", "-q", btrfs.toString());
        Path xfs = sparseFile("xfs.img", 320L << 20);
        run("mkfs.xfs", "-q", xfs.toString());
        Path squashfs = dir.resolve("fs.squashfs");
        run("mksquashfs", content.toString(), squashfs.toString(), "-quiet", "-no-progress");

        assertRefused(ntfs, ImageFormat.NTFS, "ntfs");
        assertRefused(iso, ImageFormat.ISO9660, "iso9660");
        assertRefused(btrfs, ImageFormat.BTRFS, "btrfs");
        assertRefused(xfs, ImageFormat.XFS, "xfs");
        assertRefused(squashfs, ImageFormat.SQUASHFS, "squashfs");
    }

    /** No Debian tool makes HFS+ or APFS volumes, so their signatures are written by hand. */
    @Test
    void appleFormatsAreRecognisedBySignature() throws Exception {
        Path hfs = sparseFile("hfs.img", 1L << 20);
        writeAt(hfs, 1024, new byte[] { 'H', '+', 0, 4 });
        Path apfs = sparseFile("apfs.img", 1L << 20);
        writeAt(apfs, 32, "NXSB".getBytes(java.nio.charset.StandardCharsets.US_ASCII));

        assertEquals(ImageFormat.HFS_PLUS, FormatSniffer.sniff(hfs).format());
        assertEquals(ImageFormat.APFS, FormatSniffer.sniff(apfs).format());
    }

    @Test
    void truncatedExtImageIsReportedAsTruncated() throws Exception {
        Path image = dir.resolve("cut.img");
        run("mke2fs", "-q", "-F", "-t", "ext4", "-b", "1024", image.toString(), "8M");
        try (RandomAccessFile file = new RandomAccessFile(image.toFile(), "rw")) {
            file.setLength(64 * 1024);
        }

        DetectedFormat found = FormatSniffer.sniff(image);

        assertEquals(ImageFormat.EXT4, found.format());
        assertTrue(found.note().startsWith("truncated"), found.note());
    }

    @Test
    void zeroedSuperblockAndBootSectorLeaveNothingToRecognise() throws Exception {
        Path ext = dir.resolve("noext.img");
        run("mke2fs", "-q", "-F", "-t", "ext4", ext.toString(), "4M");
        writeAt(ext, 1024, new byte[1024]);
        Path fat = dir.resolve("nofat.img");
        run("mkfs.fat", "-C", "-F", "16", fat.toString(), "20000");
        writeAt(fat, 0, new byte[512]);

        assertEquals(ImageFormat.UNKNOWN, FormatSniffer.sniff(ext).format());
        assertEquals(ImageFormat.UNKNOWN, FormatSniffer.sniff(fat).format());
    }

    @Test
    void tinyImagesAndNonImagesGetClearMessages() throws Exception {
        Path empty = Files.createFile(dir.resolve("empty.img"));
        DetectedFormat nothing = FormatSniffer.sniff(empty);
        assertEquals(ImageFormat.UNKNOWN, nothing.format());
        assertTrue(nothing.note().contains("smaller than one sector"), nothing.note());

        IOException directory = assertThrows(IOException.class, () -> FormatSniffer.sniff(dir));
        assertTrue(directory.getMessage().contains("is a directory"), directory.getMessage());
        assertThrows(NoSuchFileException.class, () -> FormatSniffer.sniff(dir.resolve("missing.img")));
    }

    @Test
    void sniffingNeverWritesTheImage() throws Exception {
        Path image = dir.resolve("ro.img");
        run("mke2fs", "-q", "-F", "-t", "ext4", image.toString(), "4M");
        Files.setLastModifiedTime(image, FileTime.fromMillis(1_000_000_000_000L));
        String before = sha256(image);

        FormatSniffer.sniff(image);

        assertEquals(before, sha256(image));
        assertEquals(FileTime.fromMillis(1_000_000_000_000L), Files.getLastModifiedTime(image));
    }

    /**
     * Thousands of seeded byte flips in the probed region of real images: every variant yields a
     * result, never an unchecked exception.
     */
    @Test
    void randomByteFlipsNeverEscapeAsExceptions() throws Exception {
        Path ext = dir.resolve("m-ext.img");
        run("mke2fs", "-q", "-F", "-t", "ext4", "-b", "1024", ext.toString(), "4M");
        Path fat = dir.resolve("m-fat.img");
        run("mkfs.fat", "-C", "-F", "12", fat.toString(), "2048");
        Path gpt = sparseFile("m-gpt.img", 4L << 20);
        runWithInput("label: gpt\nstart=2048, size=2048, type=L\n", "sfdisk", "--quiet", gpt.toString());
        Random random = new Random(20261123L);
        Path variant = dir.resolve("variant.img");
        int variants = 0;
        for (Path original : List.of(ext, fat, gpt)) {
            byte[] head = new byte[68 * 1024];
            try (RandomAccessFile file = new RandomAccessFile(original.toFile(), "r")) {
                file.readFully(head);
            }
            for (int i = 0; i < 1000; i++) {
                byte[] mutated = head.clone();
                int flips = 1 + random.nextInt(16);
                for (int f = 0; f < flips; f++) {
                    // Mostly the first sectors and the ext superblock, where the probes read.
                    int at = random.nextInt(4) == 0 ? random.nextInt(mutated.length) : random.nextInt(2048);
                    mutated[at] = (byte) random.nextInt(256);
                }
                Files.write(variant, mutated);
                DetectedFormat found = FormatSniffer.sniff(variant);
                assertNotNull(found.format());
                assertNotNull(found.summary());
                variants++;
            }
        }
        assertEquals(3000, variants);
    }

    private void assertRefused(Path image, ImageFormat expected, String blkidType) throws Exception {
        DetectedFormat found = FormatSniffer.sniff(image);
        assertEquals(blkidType, run("blkid", "-p", "-o", "value", "-s", "TYPE", image.toString()).strip());
        assertEquals(expected, found.format(), image.getFileName().toString());
        assertFalse(found.format().isSupported());
        assertFalse(found.note().isEmpty(), "a refused format says why");
    }

    private Path sparseFile(String name, long size) throws IOException {
        Path file = dir.resolve(name);
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.setLength(size);
        }
        return file;
    }

    private static void writeAt(Path file, long offset, byte[] bytes) throws IOException {
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.seek(offset);
            raf.write(bytes);
        }
    }

    private static String sha256(Path file) throws IOException, NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
