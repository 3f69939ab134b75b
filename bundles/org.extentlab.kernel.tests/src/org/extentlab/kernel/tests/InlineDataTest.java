package org.extentlab.kernel.tests;

import static org.extentlab.images.tests.ExternalTools.run;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import org.extentlab.images.VolumeFile;
import org.extentlab.kernel.sim.KernelSettings;
import org.extentlab.kernel.sim.Scenario;
import org.extentlab.kernel.sim.ScenarioRunner;
import org.extentlab.kernel.sim.Simulation;
import org.extentlab.kernel.sim.TraceEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * ext4 inline data on an image made by mke2fs -O inline_data -d: inline files are read through the
 * read/write path with the bytes debugfs reads, grow inline while they fit and move to blocks (then
 * kernel-offloaded) when they do not; new small files are inline as ext4 makes them; inline folders get a
 * block at their first new entry; e2fsck -fn is clean after it all.
 */
class InlineDataTest {

    @TempDir
    Path dir;

    private static String stat(Path image, String path) throws Exception {
        return run("debugfs", "-R", "stat " + path, image.toString());
    }

    private static boolean inline(Path image, String path) throws Exception {
        return stat(image, path).contains("Size of inline data:");
    }

    @Test
    void inlineFilesTakeTheReadWritePathAndMoveToBlocksWhenTheyOutgrowTheInode() throws Exception {
        Random random = new Random(8);
        Map<String, byte[]> files = new TreeMap<>();
        for (int size : new int[] { 1, 11, 59, 60, 61, 100, 120 }) {
            byte[] bytes = new byte[size];
            random.nextBytes(bytes);
            files.put("/small-" + size + ".bin", bytes);
        }
        byte[] big = new byte[5000];
        random.nextBytes(big);
        files.put("/big.bin", big);
        files.put("/folder/inside.txt", "in an inline folder\n".getBytes());
        Path tree = dir.resolve("tree");
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            Path path = tree.resolve(file.getKey().substring(1));
            Files.createDirectories(path.getParent());
            Files.write(path, file.getValue());
        }
        Path image = dir.resolve("inline.img");
        run("mke2fs", "-q", "-F", "-t", "ext4", "-O", "inline_data", "-I", "256", "-d", tree.toString(), image.toString(),
                "8M");
        assertTrue(inline(image, "/small-100.bin") && inline(image, "/folder"), "mke2fs made inline files and folders");
        String before = Simulations.sha256(image);
        Path saved = dir.resolve("saved.img");
        ScenarioRunner runner;
        try (Simulation simulation = Simulations.open(image, new KernelSettings(), 4)) {
            for (VolumeFile file : simulation.volume().files()) {
                if (file.inline()) {
                    assertArrayEquals(files.get(file.path()), file.inlineData(), "the reader's bytes of " + file.path());
                }
            }
            runner = new ScenarioRunner(simulation);
            StringBuilder reads = new StringBuilder();
            files.forEach((path, bytes) -> reads.append("read ").append(path).append(" 0 ").append(bytes.length).append('\n'));
            runner.run(Scenario.parse("reads", reads.toString()));
            assertEquals(List.of(), runner.problems());
            assertEquals(List.of(), runner.failures());
            List<TraceEvent> events = simulation.kernel().trace().events();
            assertTrue(events.stream().anyMatch(e -> e.name().equals("read") && "read/write path".equals(e.flags())),
                    "inline files are read on the read/write path");
            long inlineItem = simulation.module().list(simulation.module().root()).stream()
                    .filter(e -> e.name().equals("small-11.bin")).findFirst().orElseThrow().item().id();
            assertFalse(events.stream().anyMatch(e -> e.name().equals("blockmapFile") && e.item() == inlineItem),
                    "no blockmapFile for an inline file");

            runner.run(Scenario.parse("changes", """
                    write /small-11.bin 5 20 text "grown inline"
                    write /small-59.bin 0 4000 fill 0x61
                    read /small-59.bin 0 4000
                    write /small-59.bin 4000 100
                    truncate /small-100.bin 30
                    truncate /small-120.bin 9000
                    create /new-small.txt
                    write /new-small.txt 0 40 text "a new small file"
                    create /folder/second.txt
                    write /folder/second.txt 0 10
                    delete /small-1.bin
                    rename /small-60.bin /folder/moved.bin
                    read /small-59.bin 0 4100
                    """));
            assertEquals(List.of(), runner.problems());
            assertTrue(simulation.kernel().trace().events().stream()
                    .anyMatch(e -> e.name().equals("blockmapFile") && e.item() != inlineItem), "moved files are offloaded");
            runner.closeAll();
            Path changed = dir.resolve("changed.img");
            simulation.kernel().saveAs(changed);
            ReferenceTools.assertE2fsckClean(changed);
            assertTrue(inline(changed, "/small-11.bin"), "a write that fits keeps the file inline");
            assertTrue(inline(changed, "/new-small.txt"), "a new small file is inline, as ext4 makes it");
            assertFalse(inline(changed, "/small-59.bin"), "a write that does not fit moves the file to blocks");
            assertFalse(inline(changed, "/small-120.bin"), "so does a truncate past the inode");
            assertFalse(inline(changed, "/folder"), "a folder given a new entry gets a block");

            runner.run(Scenario.parse("random", "random 300 max-size 8K\nverify\n"));
            assertEquals(List.of(), runner.problems());
            runner.closeAll();
            assertEquals(List.of(), simulation.kernel().checkInvariants());
            simulation.kernel().saveAs(saved);
        }
        assertEquals(before, Simulations.sha256(image));
        ReferenceTools.assertE2fsckClean(saved);
        for (String path : runner.model().paths()) {
            assertArrayEquals(runner.model().content(path), ReferenceTools.debugfsDump(saved, path, dir.resolve("copy")),
                    path);
        }
    }
}
