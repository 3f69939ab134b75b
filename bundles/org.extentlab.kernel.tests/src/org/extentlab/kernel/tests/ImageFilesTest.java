package org.extentlab.kernel.tests;

import static org.extentlab.images.tests.ExternalTools.run;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import org.extentlab.images.VolumeFile;
import org.extentlab.images.tests.ExfatPopulator;
import org.extentlab.kernel.sim.KernelSettings;
import org.extentlab.kernel.sim.Scenario;
import org.extentlab.kernel.sim.ScenarioRunner;
import org.extentlab.kernel.sim.Simulation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Images that already hold files when the simulation starts, made by the formats' own tools (mke2fs -d,
 * mkfs.fat + mcopy, mkfs.exfat and the populator): every file read whole through the simulation with no
 * finding and the bytes debugfs, mcopy or icat read; then seeded changes to those files and folders,
 * Save As, the checker clean, every file read back by the tools equal to what it should hold, the
 * original untouched.
 */
class ImageFilesTest {

    /** The valid data length of the exFAT image's /big.bin, below its 300,000 bytes. */
    private static final int EXFAT_VALID = 123_457;

    @TempDir
    Path dir;

    /** The files put on every image: text, random bytes, an empty file, a folder of forty. */
    private static Map<String, byte[]> tree(long seed) {
        Random random = new Random(seed);
        Map<String, byte[]> files = new TreeMap<>();
        files.put("/docs/readme.txt", "Extent Lab reads the files already on an image.\n".repeat(66)
                .getBytes(StandardCharsets.US_ASCII));
        files.put("/docs/notes/deep.bin", bytes(random, 70_000));
        files.put("/big.bin", bytes(random, 300_000));
        files.put("/empty.txt", new byte[0]);
        for (int i = 0; i < 40; i++) {
            files.put(String.format(Locale.ROOT, "/many/f%03d.txt", i), bytes(random, 1 + random.nextInt(5000)));
        }
        return files;
    }

    private static byte[] bytes(Random random, int length) {
        byte[] bytes = new byte[length];
        random.nextBytes(bytes);
        return bytes;
    }

    private Path hostTree(Map<String, byte[]> files) throws Exception {
        Path root = dir.resolve("tree");
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            Path path = root.resolve(file.getKey().substring(1));
            Files.createDirectories(path.getParent());
            Files.write(path, file.getValue());
        }
        return root;
    }

    /** An image of {@code kind} made by its own tools with {@code files} on it. */
    private Path image(String kind, Map<String, byte[]> files) throws Exception {
        Path image = dir.resolve(kind + ".img");
        Path tree = hostTree(files);
        switch (kind) {
        case "ext2", "ext3" -> run("mke2fs", "-q", "-F", "-t", kind, "-b", "1024", "-N", "512", "-d", tree.toString(),
                image.toString(), "8M");
        case "ext4-1k", "ext4-4k" -> run("mke2fs", "-q", "-F", "-t", "ext4", "-b", kind.endsWith("1k") ? "1024" : "4096",
                "-N", "512", "-d", tree.toString(), image.toString(), "16M");
        // Descriptors kept in their meta groups: 64 groups of 256 blocks, 16 descriptors a block, so four
        // meta groups; and the CRC16 descriptor checksums of uninit_bg.
        case "ext4-meta-bg" -> run("mke2fs", "-q", "-F", "-t", "ext4", "-b", "1024", "-g", "256", "-N", "1024", "-O",
                "meta_bg,^resize_inode", "-d", tree.toString(), image.toString(), "16M");
        case "ext4-uninit-bg" -> run("mke2fs", "-q", "-F", "-t", "ext4", "-b", "1024", "-N", "512", "-O",
                "^metadata_csum,uninit_bg", "-d", tree.toString(), image.toString(), "16M");
        case "fat12", "fat16", "fat32" -> {
            run("mkfs.fat", "-C", "-F", kind.substring(3), "-s", kind.equals("fat12") ? "4" : "1", image.toString(),
                    kind.equals("fat12") ? "4096" : kind.equals("fat16") ? "16384" : "66000");
            try (var entries = Files.list(tree)) {
                List<String> command = new ArrayList<>(List.of("mcopy", "-s", "-i", image.toString()));
                entries.sorted().forEach(p -> command.add(p.toString()));
                command.add("::/");
                run(command.toArray(new String[0]));
            }
        }
        default -> {
            // /big.bin's valid data length stops short of its size: its clusters hold other bytes past it.
            exfat(image, files, Map.of("/big.bin", (long) EXFAT_VALID));
            Arrays.fill(files.get("/big.bin"), EXFAT_VALID, files.get("/big.bin").length, (byte) 0);
        }
        }
        return image;
    }

    /**
     * An exFAT image with {@code files}, scattered and contiguous by turns; those named in {@code valid}
     * get that valid data length, their clusters past it holding other bytes (what a reader must not see).
     */
    private static void exfat(Path image, Map<String, byte[]> files, Map<String, Long> valid) throws Exception {
        try (RandomAccessFile raf = new RandomAccessFile(image.toFile(), "rw")) {
            raf.setLength(16L << 20);
        }
        run("mkfs.exfat", image.toString());
        try (ExfatPopulator exfat = new ExfatPopulator(image)) {
            Map<String, Long> folders = new TreeMap<>();
            folders.put("", exfat.rootCluster());
            int n = 0;
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                String path = file.getKey();
                String parent = path.substring(0, path.lastIndexOf('/'));
                long cluster = folder(exfat, folders, parent);
                exfat.file(cluster, path.substring(path.lastIndexOf('/') + 1), file.getValue(),
                        valid.getOrDefault(path, (long) file.getValue().length), n++ % 2 == 0);
            }
        }
    }

    private static long folder(ExfatPopulator exfat, Map<String, Long> folders, String path) throws Exception {
        Long cluster = folders.get(path);
        if (cluster == null) {
            String parent = path.substring(0, path.lastIndexOf('/'));
            cluster = exfat.directory(folder(exfat, folders, parent), path.substring(path.lastIndexOf('/') + 1));
            folders.put(path, cluster);
        }
        return cluster;
    }

    private static String key(String format, String path) {
        return format.startsWith("ext") ? path : path.toUpperCase(Locale.ROOT);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({ "ext2", "ext3", "ext4-1k", "ext4-4k", "ext4-meta-bg", "ext4-uninit-bg", "fat12", "fat16", "fat32",
            "exfat" })
    void filesAlreadyOnTheImageReadAsTheToolsReadThemAndSurviveSeededChanges(String kind) throws Exception {
        Map<String, byte[]> files = tree(kind.hashCode());
        Path image = image(kind, files);
        Path host = dir.resolve("host-file.bin");
        Files.write(host, bytes(new Random(kind.length()), 45_000));
        String before = Simulations.sha256(image);
        Path saved = dir.resolve("saved.img");
        String format;
        ScenarioRunner runner;
        try (Simulation simulation = Simulations.open(image, new KernelSettings().packerCapacity(3), 7)) {
            format = simulation.module().formatName();
            Map<String, byte[]> tools = ReferenceTools.allFiles(format, image, files.keySet(), dir.resolve("copy"));
            assertEquals(files.size(), simulation.volume().files().size(), "the reader finds every file");
            StringBuilder reads = new StringBuilder();
            for (VolumeFile file : simulation.volume().files()) {
                reads.append("read ").append(file.path()).append(" 0 ").append(Math.max(1, file.size())).append('\n');
                assertArrayEquals(files.get(file.path()), tools.get(key(format, file.path())), "the tool reads " + file.path());
            }
            runner = new ScenarioRunner(simulation);
            runner.run(Scenario.parse("reads", reads.toString()));
            assertEquals(List.of(), runner.problems(), "reading the files already on the image finds nothing");
            assertEquals(List.of(), runner.failures(), "every read succeeds");
            for (VolumeFile file : simulation.volume().files()) {
                assertArrayEquals(files.get(file.path()), runner.model().content(file.path()), file.path());
            }
            assertTrue(simulation.kernel().counters().bytesTransferred >= files.values().stream()
                    .mapToLong(b -> b.length).sum(), "the kernel moved every byte itself");

            runner.run(Scenario.parse("changes", """
                    write /docs/readme.txt 3168 5000
                    write /big.bin 100000 30000
                    truncate /docs/notes/deep.bin 1000
                    delete /many/f003.txt
                    rename /many/f004.txt /docs/moved.txt
                    create /many/new.bin
                    write /many/new.bin 0 9000 text "chosen bytes "
                    read /docs/readme.txt 0 9000
                    read /big.bin 90000 50000
                    import "HOST" /many/imported.bin
                    random 300 max-size 64K
                    verify
                    """.replace("HOST", host.toString())));
            assertEquals(List.of(), runner.problems(), "seeded changes to the files on the image");
            runner.closeAll();
            assertEquals(List.of(), simulation.kernel().checkInvariants());
            simulation.kernel().saveAs(saved);
        }
        assertEquals(before, Simulations.sha256(image), "the image file is never written");
        ReferenceTools.assertCheckerClean(format, saved);
        Map<String, byte[]> back = ReferenceTools.allFiles(format, saved, runner.model().paths(), dir.resolve("copy"));
        // The files on the saved image as a fresh read of it lists them (the reader is held to debugfs,
        // fls and mcopy by its own tests): exactly the ones the run left, none lost, none left over.
        assertEquals(runner.model().paths().stream().map(p -> key(format, p)).sorted().toList(),
                org.extentlab.images.VolumeLoader.load(saved).files().stream().map(f -> key(format, f.path())).sorted()
                        .toList(), "the saved image holds the files the run left");
        assertEquals(runner.model().paths().size(), back.size(), "the format's tool reads as many files");
        for (String path : runner.model().paths()) {
            byte[] expected = runner.model().content(path);
            assertNotNull(expected, path + " is still checked");
            assertArrayEquals(expected, back.get(key(format, path)), path + " read back by the format's tool");
        }
    }

    @Test
    void exfatReadsPastTheValidDataLengthNeverReturnStaleBytes() throws Exception {
        Random random = new Random(16);
        Map<String, byte[]> files = new TreeMap<>();
        Map<String, Long> valid = new TreeMap<>();
        for (int i = 0; i < 12; i++) {
            byte[] stale = new byte[4096 + random.nextInt(40_000)];
            Arrays.fill(stale, (byte) (0x41 + i));
            String path = "/vdl/f" + i + ".bin";
            files.put(path, stale);
            valid.put(path, (long) random.nextInt(stale.length));
        }
        Path image = dir.resolve("vdl.img");
        exfat(image, files, valid);
        ReferenceTools.assertFsckExfatClean(image);
        StringBuilder script = new StringBuilder();
        for (int i = 0; i < 400; i++) {
            String path = "/vdl/f" + random.nextInt(12) + ".bin";
            int size = files.get(path).length;
            script.append("read ").append(path).append(' ').append(random.nextInt(size)).append(' ')
                    .append(1 + random.nextInt(size)).append('\n');
        }
        Path saved = dir.resolve("saved.img");
        try (Simulation simulation = Simulations.open(image, new KernelSettings().packerCapacity(2), 3)) {
            for (VolumeFile file : simulation.volume().files()) {
                assertEquals(valid.get(file.path()), file.validDataLength(), file.path());
            }
            ScenarioRunner runner = new ScenarioRunner(simulation);
            runner.run(Scenario.parse("vdl", script.toString()));
            assertEquals(List.of(), runner.problems());
            int checked = 0;
            for (int i = 0; i < 12; i++) {
                String path = "/vdl/f" + i + ".bin";
                byte[] content = runner.model().content(path);
                long vdl = valid.get(path);
                for (int b = 0; b < content.length; b++) {
                    assertEquals(b < vdl ? (byte) (0x41 + i) : 0, content[b], path + " byte " + b);
                    checked++;
                }
            }
            assertTrue(checked > 48_000, "bytes checked: " + checked);
            // A write past the valid data length: the gap before it reads as zeros, before and after saving.
            runner.run(Scenario.parse("gap", """
                    write /vdl/f0.bin 4000 16 fill 0x5a
                    read /vdl/f0.bin 0 4096
                    """));
            assertEquals(List.of(), runner.problems());
            runner.closeAll();
            simulation.kernel().saveAs(saved);
        }
        ReferenceTools.assertFsckExfatClean(saved);
        Map<String, byte[]> back = ReferenceTools.allFiles("exFAT", saved, List.of(), dir.resolve("copy"));
        byte[] f0 = back.get("/VDL/F0.BIN");
        long vdl0 = valid.get("/vdl/f0.bin");
        for (int b = 0; b < 4016; b++) {
            byte expected = (byte) (b >= 4000 ? 0x5a : b < vdl0 ? 0x41 : 0);
            assertEquals(expected, f0[b], "icat byte " + b + " of /vdl/f0.bin (valid data length " + vdl0 + ")");
        }
    }
}
