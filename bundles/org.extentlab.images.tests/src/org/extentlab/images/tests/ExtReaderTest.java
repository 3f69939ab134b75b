package org.extentlab.images.tests;

import static org.extentlab.images.tests.ExternalTools.field;
import static org.extentlab.images.tests.ExternalTools.run;
import static org.extentlab.images.tests.Truth.assertSameRuns;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.TreeMap;
import java.util.TreeSet;

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
 * The ext2/3/4 reader against images made by mke2fs -d and debugfs -w in this run: every file's
 * extent map against debugfs stat, every file's bytes against what was written, free space against
 * dumpe2fs.
 */
class ExtReaderTest {

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}, {1}-byte blocks")
    @CsvSource({ "ext2, 1024", "ext2, 4096", "ext3, 1024", "ext4, 1024", "ext4, 4096" })
    void everyFileAndTheFreeSpaceMatchDebugfsAndDumpe2fs(String type, int blockSize) throws Exception {
        Path tree = SampleTrees.varied(dir.resolve("tree"), new Random(7));
        Path image = dir.resolve(type + "-" + blockSize + ".img");
        run("mke2fs", "-q", "-F", "-t", type, "-b", Integer.toString(blockSize), "-L", "t", "-d", tree.toString(),
                image.toString(), "24M");
        Map<String, byte[]> written = SampleTrees.regularFiles(tree);
        written.putAll(fragmentAndPreallocate(image, type.equals("ext4")));

        LoadedVolume volume = VolumeLoader.load(image);

        assertEquals(run("blkid", "-o", "value", "-s", "UUID", image.toString()).strip(), volume.uuid(),
                "the identifier blkid shows");

        assertEquals(ImageFormat.valueOf(type.toUpperCase()), volume.format());
        assertEquals(List.of(), volume.problems());
        assertEquals(new TreeSet<>(written.keySet()), Truth.paths(volume));
        assertEveryFileMatchesDebugfs(image, volume, written, blockSize);
        assertFreeSpaceMatchesDumpe2fs(image, volume);
    }

    /**
     * Descriptor and backup layouts other than the classic table: meta_bg (descriptor blocks kept with
     * their meta group, more than one meta group here), sparse_super2 (two backups), and groups whose
     * bitmaps were never written, spread over 40 groups of 1 KiB blocks.
     */
    @ParameterizedTest(name = "-O {0}")
    @CsvSource({ "'meta_bg,^resize_inode'", "'64bit,meta_bg,^resize_inode'", "sparse_super2", "'^flex_bg'",
            "'^sparse_super,^resize_inode'" })
    void unusualGroupLayoutsMatchDebugfsAndDumpe2fs(String features) throws Exception {
        Path tree = SampleTrees.varied(dir.resolve("layout-tree"), new Random(11));
        Path image = dir.resolve("layout.img");
        run("mke2fs", "-q", "-F", "-t", "ext4", "-b", "1024", "-g", "8192", "-O", features, "-d", tree.toString(),
                image.toString(), "320M");
        String header = run("dumpe2fs", "-h", image.toString());
        for (String feature : features.split(",")) {
            boolean wanted = !feature.startsWith("^");
            assertEquals(wanted, field(header, "Filesystem features:\\s+(.*)").contains(feature.replace("^", "")),
                    feature);
        }
        Map<String, byte[]> written = SampleTrees.regularFiles(tree);

        LoadedVolume volume = VolumeLoader.load(image);

        assertEquals(List.of(), volume.problems());
        assertEquals(new TreeSet<>(written.keySet()), Truth.paths(volume));
        assertEveryFileMatchesDebugfs(image, volume, written, 1024);
        assertFreeSpaceMatchesDumpe2fs(image, volume);
    }

    @Test
    void directoriesSymlinksAndAttributesMatchDebugfs() throws Exception {
        Path tree = Files.createDirectories(dir.resolve("attr-tree/empty-dir"));
        Path root = dir.resolve("attr-tree");
        Files.writeString(root.resolve("private.txt"), "secret\n");
        Files.setPosixFilePermissions(root.resolve("private.txt"), PosixFilePermissions.fromString("rw-------"));
        Files.setLastModifiedTime(root.resolve("private.txt"), FileTime.fromMillis(1_700_000_000_000L));
        Files.createSymbolicLink(root.resolve("short-link"), Path.of("private.txt"));
        String longTarget = "a/target/long/enough/that/it/cannot/live/inside/the/inode/itself/" + "x".repeat(40);
        Files.createSymbolicLink(root.resolve("long-link"), Path.of(longTarget));
        Path image = dir.resolve("attr.img");
        run("mke2fs", "-q", "-F", "-t", "ext4", "-d", root.toString(), image.toString(), "8M");

        LoadedVolume volume = VolumeLoader.load(image);

        Map<String, org.extentlab.images.VolumeEntry> entries = new HashMap<>();
        volume.entries().forEach(e -> entries.put(e.path(), e));
        assertEquals(new TreeSet<>(List.of("/", "/empty-dir", "/long-link", "/lost+found", "/short-link")),
                new TreeSet<>(entries.keySet()));
        assertTrue(entries.get("/empty-dir").isDirectory());
        assertEquals("private.txt", entries.get("/short-link").target());
        assertEquals(longTarget, entries.get("/long-link").target());
        VolumeFile file = byPath(volume).get("/private.txt");
        String stat = run("debugfs", "-R", "stat /private.txt", image.toString());
        assertEquals(Integer.parseInt(field(stat, "Mode:\\s+(\\d+)"), 8), file.attributes().mode() & 07777);
        assertEquals(0100000, file.attributes().mode() & 0170000);
        assertEquals(Long.parseLong(field(stat, "User:\\s+(\\d+)")), file.attributes().uid());
        assertEquals(Long.decode(field(stat, "mtime: (0x[0-9a-f]+)")), file.attributes().modifyTime());
        assertEquals(1_700_000_000L, file.attributes().modifyTime());
        assertTrue(run("debugfs", "-R", "stat /short-link", image.toString()).contains("Fast link dest"),
                "the short target lives in the inode");
        assertFalse(run("debugfs", "-R", "stat /long-link", image.toString()).contains("Fast link dest"),
                "the long target lives in a block");
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({ "ext4, ''", "ext4, 'inline_data,^metadata_csum,quota'", "ext3, ''", "ext2, ''" })
    void featureNamesAreThoseDumpe2fsLists(String type, String options) throws Exception {
        Path image = dir.resolve("features.img");
        if (options.isEmpty()) {
            run("mke2fs", "-q", "-F", "-t", type, image.toString(), "8M");
        } else {
            run("mke2fs", "-q", "-F", "-t", type, "-O", options, image.toString(), "8M");
        }
        String listed = field(run("dumpe2fs", "-h", image.toString()), "^Filesystem features:\\s+(.*)$");

        assertEquals(List.of(listed.split("\\s+")), VolumeLoader.load(image).features());
    }

    /**
     * Volumes whose blocks and inodes are held by more than files and folders: the inodes the
     * superblock names (orphan file, project quota, MMP block), the bad blocks inode, an extended
     * attribute block, indirect blocks two levels deep, a resize inode. e2fsck finds nothing on them,
     * so neither may the reader: no unattached inode, no block bitmap difference.
     */
    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({ "ext4, 'orphan_file,mmp'", "ext4, 'quota,project'", "ext4, badblocks", "ext4, xattr-block",
            "ext3, double-indirect", "ext2, '^resize_inode'", "ext4, '^flex_bg,^metadata_csum,uninit_bg'" })
    void blocksAndInodesHeldByTheVolumeItselfAreNoFindings(String type, String variant) throws Exception {
        Path tree = SampleTrees.varied(dir.resolve("held-tree"), new Random(5));
        Path image = dir.resolve("held.img");
        List<String> mke2fs = new ArrayList<>(List.of("mke2fs", "-q", "-F", "-t", type, "-b", "1024"));
        switch (variant) {
        case "badblocks" -> {
            Path list = dir.resolve("bad-blocks");
            Files.writeString(list, "3000\n3001\n9000\n");
            mke2fs.addAll(List.of("-l", list.toString()));
        }
        case "xattr-block", "double-indirect" -> {
        }
        default -> mke2fs.addAll(List.of("-O", variant));
        }
        if (!variant.contains("quota")) { // mke2fs -d leaves the quota files' usage behind
            mke2fs.addAll(List.of("-d", tree.toString()));
        }
        mke2fs.addAll(List.of(image.toString(), "64M"));
        run(mke2fs.toArray(String[]::new));
        if (variant.equals("xattr-block")) {
            Path value = dir.resolve("value");
            Files.writeString(value, "v".repeat(600));
            run("debugfs", "-w", "-R", "ea_set -f " + value + " /lost+found user.long", image.toString());
            assertTrue(Long.parseLong(field(run("debugfs", "-R", "stat /lost+found", image.toString()), "File ACL: (\\d+)")) > 0,
                    "the attribute lives in a block of its own");
        }
        if (variant.equals("double-indirect")) {
            Path big = dir.resolve("big.bin");
            byte[] bytes = new byte[20 << 20]; // past 12 + 256 blocks of 1 KiB: a double indirect block
            new Random(3).nextBytes(bytes);
            Files.write(big, bytes);
            run("debugfs", "-w", "-R", "write " + big + " big.bin", image.toString());
        }
        assertEquals(java.util.Set.of(), ExternalTools.complaints("e2fsck", "-fn", image.toString()), "e2fsck: clean");

        assertEquals(List.of(), VolumeLoader.load(image).problems());
    }

    @Test
    void deepExtentTreesAreWalkedToTheirLeaves() throws Exception {
        Path tree = Files.createDirectories(dir.resolve("deep-tree"));
        byte[] checkerboard = SampleTrees.checkerboard(tree.resolve("checkerboard.bin"), 1024, 450);
        Path image = dir.resolve("deep.img");
        run("mke2fs", "-q", "-F", "-t", "ext4", "-b", "1024", "-d", tree.toString(), image.toString(), "8M");
        String dump = run("debugfs", "-R", "dump_extents /checkerboard.bin", image.toString());
        assertTrue(dump.contains(" 2/ 2 "), "the test file needs an extent tree of depth 2:\n" + dump);

        VolumeFile file = VolumeLoader.load(image).files().get(0);

        String stat = run("debugfs", "-R", "stat /checkerboard.bin", image.toString());
        assertSameRuns(Truth.debugfsRuns(stat, 1024, file.size()), file.extents(), file.path());
        assertEquals(2 * 450 - 1, file.extents().size(), "450 data runs and 449 holes between them");
        assertArrayEquals(checkerboard, Truth.readThrough(image, file));
    }

    @Test
    void inlineFilesAndDirectoriesAreRecognised() throws Exception {
        Path tree = Files.createDirectories(dir.resolve("inline-tree"));
        Files.writeString(tree.resolve("tiny.txt"), "inline data\n");
        Files.createDirectories(tree.resolve("small-dir"));
        Files.writeString(tree.resolve("small-dir/also-tiny"), "x");
        Files.writeString(tree.resolve("bigger.bin"), "too big to be inline\n".repeat(300));
        Path image = dir.resolve("inline.img");
        run("mke2fs", "-q", "-F", "-t", "ext4", "-O", "inline_data", "-d", tree.toString(), image.toString(), "8M");
        assertTrue(run("debugfs", "-R", "stat /tiny.txt", image.toString()).contains("Size of inline data"));

        LoadedVolume volume = VolumeLoader.load(image);

        Map<String, VolumeFile> byPath = byPath(volume);
        assertEquals(new TreeSet<>(List.of("/bigger.bin", "/small-dir/also-tiny", "/tiny.txt")), byPath.keySet());
        assertTrue(byPath.get("/tiny.txt").inline());
        assertEquals(0, byPath.get("/tiny.txt").extents().size());
        assertTrue(byPath.get("/small-dir/also-tiny").inline());
        assertFalse(byPath.get("/bigger.bin").inline());
        assertEquals(List.of(), volume.problems());
    }

    @Test
    void htreeDirectoriesListEveryEntry() throws Exception {
        Path tree = Files.createDirectories(dir.resolve("htree-tree/many"));
        for (int i = 0; i < 600; i++) {
            Files.writeString(tree.resolve("entry-with-a-longish-name-" + i), Integer.toString(i));
        }
        Path image = dir.resolve("htree.img");
        run("mke2fs", "-q", "-F", "-t", "ext4", "-b", "1024", "-d", dir.resolve("htree-tree").toString(),
                image.toString(), "16M");
        run("e2fsck", "-fyD", image.toString());
        assertTrue(run("debugfs", "-R", "htree_dump /many", image.toString()).contains("Root node dump"),
                "the directory has an htree index");

        LoadedVolume volume = VolumeLoader.load(image);

        assertEquals(600, volume.files().size());
        assertEquals(List.of(), volume.problems());
    }

    @Test
    void aDamagedInodeChecksumIsReportedNotRefused() throws Exception {
        Path tree = Files.createDirectories(dir.resolve("csum-tree"));
        Files.writeString(tree.resolve("victim.txt"), "checksummed\n");
        Files.writeString(tree.resolve("bystander.txt"), "fine\n");
        Path image = dir.resolve("csum.img");
        run("mke2fs", "-q", "-F", "-t", "ext4", "-O", "metadata_csum", "-d", tree.toString(), image.toString(), "8M");
        String inode = field(run("debugfs", "-R", "stat /victim.txt", image.toString()), "Inode: (\\d+)");
        SampleTrees.flipByte(image, inodeOffset(image, "/victim.txt") + 0x10); // the inode's mtime
        IOException fsck = assertThrows(IOException.class, () -> run("e2fsck", "-fn", image.toString()));
        assertTrue(fsck.getMessage().contains("checksum"), fsck.getMessage());

        LoadedVolume volume = VolumeLoader.load(image);

        assertEquals(List.of("inode " + inode + ": checksum does not match"), volume.problems());
        assertEquals(2, volume.files().size(), "the volume still loads, the file is still listed");
    }

    @Test
    void aDamagedExtentBlockChecksumIsReported() throws Exception {
        Path tree = Files.createDirectories(dir.resolve("extent-csum-tree"));
        SampleTrees.checkerboard(tree.resolve("fragmented.bin"), 1024, 100);
        Path image = dir.resolve("extent-csum.img");
        run("mke2fs", "-q", "-F", "-t", "ext4", "-O", "metadata_csum", "-b", "1024", "-d", tree.toString(),
                image.toString(), "8M");
        assertEquals(List.of(), VolumeLoader.load(image).problems(), "a clean image has no findings");
        String dump = run("debugfs", "-R", "dump_extents /fragmented.bin", image.toString());
        // 100 extents fill one 84-entry leaf and part of a second; the second's tail end is unused.
        long leaf = Long.parseLong(field(dump, "^\\s*0/\\s*1\\s+2/\\s*2\\s+\\d+ -\\s+\\d+\\s+(\\d+)"));
        String inode = field(run("debugfs", "-R", "stat /fragmented.bin", image.toString()), "Inode: (\\d+)");
        // Byte 1000 lies past the second leaf's 16 entries but before its checksum tail (at 1020).
        SampleTrees.flipByte(image, leaf * 1024 + 1000);
        IOException fsck = assertThrows(IOException.class, () -> run("e2fsck", "-fn", image.toString()));
        assertTrue(fsck.getMessage().toLowerCase().contains("checksum"), fsck.getMessage());

        LoadedVolume volume = VolumeLoader.load(image);

        assertEquals(List.of("inode " + inode + ": extent block " + leaf + " checksum does not match"), volume.problems());
        assertEquals(2 * 100 - 1, volume.files().get(0).extents().size(), "the map itself is intact");
    }

    @Test
    void aDamagedDirectoryBlockChecksumIsReported() throws Exception {
        Path tree = Files.createDirectories(dir.resolve("dir-csum-tree/sub"));
        Files.writeString(tree.resolve("named-file.txt"), "x");
        Path image = dir.resolve("dir-csum.img");
        run("mke2fs", "-q", "-F", "-t", "ext4", "-O", "metadata_csum", "-b", "1024", "-d",
                dir.resolve("dir-csum-tree").toString(), image.toString(), "8M");
        String stat = run("debugfs", "-R", "stat /sub", image.toString());
        String inode = field(stat, "Inode: (\\d+)");
        long block = Long.parseLong(field(stat, "\\(0\\):(\\d+)"));
        byte[] raw = Files.readAllBytes(image);
        int name = indexOf(raw, "named-file.txt".getBytes(), (int) (block * 1024));
        assertTrue(name > 0 && name < (block + 1) * 1024, "the entry's name is in the directory's block");
        raw[name] = 'N'; // the same structure, another name: only the checksum can tell
        Files.write(image, raw);
        IOException fsck = assertThrows(IOException.class, () -> run("e2fsck", "-fn", image.toString()));
        assertTrue(fsck.getMessage().toLowerCase().contains("checksum"), fsck.getMessage());

        LoadedVolume volume = VolumeLoader.load(image);

        assertEquals(List.of("inode " + inode + ": directory block 0 checksum does not match"), volume.problems());
        assertEquals("/sub/Named-file.txt", volume.files().get(0).path());
    }

    @Test
    void aDamagedHtreeIndexChecksumIsReported() throws Exception {
        Path tree = Files.createDirectories(dir.resolve("dx-tree/many"));
        for (int i = 0; i < 300; i++) {
            Files.writeString(tree.resolve("entry-with-a-longish-name-" + i), Integer.toString(i));
        }
        Path image = dir.resolve("dx.img");
        run("mke2fs", "-q", "-F", "-t", "ext4", "-O", "metadata_csum", "-b", "1024", "-d",
                dir.resolve("dx-tree").toString(), image.toString(), "16M");
        run("e2fsck", "-fyD", image.toString());
        assertEquals(List.of(), VolumeLoader.load(image).problems(), "e2fsck's index blocks check out");
        String stat = run("debugfs", "-R", "stat /many", image.toString());
        assertTrue(run("debugfs", "-R", "htree_dump /many", image.toString()).contains("Root node dump"));
        String inode = field(stat, "Inode: (\\d+)");
        long root = Long.parseLong(field(stat, "\\(0\\):(\\d+)"));
        // The root's first index entry after the count and limit: a hash, covered by the index checksum.
        SampleTrees.flipByte(image, root * 1024 + 0x20 + 8);

        LoadedVolume volume = VolumeLoader.load(image);

        assertEquals(List.of("inode " + inode + ": htree index block 0 checksum does not match"), volume.problems());
        assertEquals(300, volume.files().size());
    }

    /** Where debugfs says the inode of {@code path} lies, in bytes from the start of the image. */
    private static long inodeOffset(Path image, String path) throws Exception {
        String imap = run("debugfs", "-R", "imap " + path, image.toString());
        long blockSize = Long.parseLong(field(run("dumpe2fs", "-h", image.toString()), "^Block size:\\s+(\\d+)"));
        return Long.parseLong(field(imap, "located at block (\\d+)")) * blockSize
                + Long.decode(field(imap, "offset (0x[0-9a-f]+)"));
    }

    private static int indexOf(byte[] haystack, byte[] needle, int from) {
        outer: for (int i = from; i + needle.length <= haystack.length; i++) {
            for (int k = 0; k < needle.length; k++) {
                if (haystack[i + k] != needle[k]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    @Test
    void anExtentPointingOutsideTheVolumeMarksOnlyThatFile() throws Exception {
        Path tree = Files.createDirectories(dir.resolve("bad-tree"));
        // Not zeros: mke2fs -d would store a file of zeros as a hole, with no extent to damage.
        Files.writeString(tree.resolve("broken.bin"), "data\n".repeat(600));
        Files.writeString(tree.resolve("whole.bin"), "data\n".repeat(600));
        Path image = dir.resolve("bad.img");
        run("mke2fs", "-q", "-F", "-t", "ext4", "-O", "^metadata_csum", "-b", "1024", "-d", tree.toString(),
                image.toString(), "8M");
        long inodeAt = inodeOffset(image, "/broken.bin");
        // i_block starts at 0x28: a 12-byte extent header, then the first leaf; ee_start_lo is at +8 of it.
        SampleTrees.writeInt(image, inodeAt + 0x28 + 12 + 8, 0x7FFF_FFF0);

        LoadedVolume volume = VolumeLoader.load(image);

        Map<String, VolumeFile> byPath = byPath(volume);
        assertTrue(byPath.get("/broken.bin").isDamaged());
        assertTrue(byPath.get("/broken.bin").damage().contains("outside the volume"), byPath.get("/broken.bin").damage());
        assertFalse(byPath.get("/whole.bin").isDamaged());
    }

    @Test
    void anExtentTreeWhoseIndexEntriesAllPointAtOneNodeEndsAsDamage() throws Exception {
        Path tree = Files.createDirectories(dir.resolve("loop-tree"));
        SampleTrees.checkerboard(tree.resolve("looped.bin"), 1024, 450);
        Path image = dir.resolve("loop.img");
        run("mke2fs", "-q", "-F", "-t", "ext4", "-O", "^metadata_csum", "-b", "1024", "-d", tree.toString(),
                image.toString(), "8M");
        // The inode's root has one index entry, to a node of six; make that node's second entry point at
        // the same subtree as its first.
        String dump = run("debugfs", "-R", "dump_extents /looped.bin", image.toString());
        long node = Long.parseLong(field(dump, "^\\s*0/\\s*2\\s+1/\\s*1\\s+\\d+ -\\s+\\d+\\s+(\\d+)"));
        byte[] firstLeaf = new byte[4];
        try (RandomAccessFile raf = new RandomAccessFile(image.toFile(), "r")) {
            raf.seek(node * 1024 + 12 + 4);
            raf.readFully(firstLeaf);
        }
        SampleTrees.writeAt(image, node * 1024 + 24 + 4, firstLeaf);

        LoadedVolume volume = VolumeLoader.load(image);

        VolumeFile looped = volume.files().get(0);
        assertTrue(looped.isDamaged(), "the doubled subtree is reported");
        assertTrue(looped.damage().contains("overlap or are out of order"), looped.damage());
    }

    @Test
    void truncatedAndZeroedImagesGetClearMessages() throws Exception {
        Path image = dir.resolve("cut.img");
        run("mke2fs", "-q", "-F", "-t", "ext4", image.toString(), "8M");
        try (RandomAccessFile raf = new RandomAccessFile(image.toFile(), "rw")) {
            raf.setLength(3L << 20);
        }
        ImageFormatException truncated = assertThrows(ImageFormatException.class, () -> VolumeLoader.load(image));
        assertTrue(truncated.getMessage().contains("truncated"), truncated.getMessage());

        Path zeroed = dir.resolve("zeroed.img");
        run("mke2fs", "-q", "-F", "-t", "ext4", zeroed.toString(), "8M");
        SampleTrees.writeAt(zeroed, 1024, new byte[1024]);
        ImageFormatException unknown = assertThrows(ImageFormatException.class, () -> VolumeLoader.load(zeroed));
        assertTrue(unknown.getMessage().contains("unknown format"), unknown.getMessage());
    }

    /** Interleaves two files' writes with debugfs, deletes one, refills the gaps; preallocates (ext4). */
    private Map<String, byte[]> fragmentAndPreallocate(Path image, boolean ext4) throws Exception {
        Map<String, byte[]> written = new HashMap<>();
        StringBuilder script = new StringBuilder();
        Random random = new Random(99);
        for (int i = 0; i < 6; i++) {
            Path piece = dir.resolve("piece" + i);
            byte[] bytes = new byte[8192];
            random.nextBytes(bytes);
            Files.write(piece, bytes);
            script.append("write ").append(piece).append(" frag-filler").append(i).append('\n');
            if (i % 2 == 1) {
                written.put("/frag-filler" + i, bytes);
            }
        }
        script.append("rm frag-filler0\nrm frag-filler2\nrm frag-filler4\n");
        byte[] fragmented = new byte[20000];
        random.nextBytes(fragmented);
        Path source = dir.resolve("fragmented-source");
        Files.write(source, fragmented);
        script.append("write ").append(source).append(" fragmented.bin\n");
        written.put("/fragmented.bin", fragmented);
        if (ext4) {
            Path tiny = dir.resolve("tiny-source");
            Files.writeString(tiny, "preallocated beyond me\n");
            script.append("write ").append(tiny).append(" preallocated.txt\n");
            script.append("fallocate /preallocated.txt 4 40\n");
            written.put("/preallocated.txt", Files.readAllBytes(tiny));
        }
        Path commands = dir.resolve("debugfs-script");
        Files.writeString(commands, script);
        run("debugfs", "-w", "-f", commands.toString(), image.toString());
        return written;
    }

    private static Map<String, String> debugfsStats(Path image, Iterable<String> paths) throws Exception {
        StringBuilder script = new StringBuilder();
        for (String path : paths) {
            script.append("stat \"").append(path).append("\"\n");
        }
        Path commands = Files.createTempFile("stats", ".debugfs");
        Files.writeString(commands, script);
        String output = run("debugfs", "-f", commands.toString(), image.toString());
        Files.delete(commands);
        Map<String, String> stats = new HashMap<>();
        String[] parts = output.split("(?m)^debugfs: stat ");
        for (String part : parts) {
            if (part.startsWith("\"")) {
                String path = part.substring(1, part.indexOf('"', 1));
                stats.put(path, part);
            }
        }
        return stats;
    }

    /** Each file's size and extent map as debugfs stat gives them, and its bytes as they were written. */
    private static void assertEveryFileMatchesDebugfs(Path image, LoadedVolume volume, Map<String, byte[]> written,
            int blockSize) throws Exception {
        Map<String, String> stats = debugfsStats(image, written.keySet());
        for (VolumeFile file : volume.files()) {
            String stat = stats.get(file.path());
            long size = Long.parseLong(field(stat, "Size: (\\d+)"));
            assertEquals(size, file.size(), file.path());
            assertSameRuns(Truth.debugfsRuns(stat, blockSize, size), file.extents(), file.path());
            assertArrayEquals(written.get(file.path()), Truth.readThrough(image, file), file.path());
        }
    }

    private static void assertFreeSpaceMatchesDumpe2fs(Path image, LoadedVolume volume) throws Exception {
        String dump = run("dumpe2fs", image.toString());
        List<long[]> expected = new ArrayList<>();
        for (String line : dump.lines().toList()) {
            if (line.startsWith("  Free blocks: ")) {
                expected.addAll(Truth.ranges(line.substring("  Free blocks: ".length())));
            }
        }
        assertEquals(Long.parseLong(field(dump, "^Free blocks:\\s+(\\d+)")), volume.freeBlocks());
        assertEquals(Truth.describe(Truth.merged(expected)), Truth.describe(Truth.freeUnits(volume, 0, 0)));
    }

    private static Map<String, VolumeFile> byPath(LoadedVolume volume) {
        Map<String, VolumeFile> map = new HashMap<>();
        volume.files().forEach(f -> map.put(f.path(), f));
        return new TreeMap<>(map);
    }
}
