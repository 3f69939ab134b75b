package org.extentlab.kernel.tests;

import static org.extentlab.images.tests.ExternalTools.run;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.extentlab.kernel.sim.Inspection;
import org.extentlab.kernel.sim.KernelSettings;
import org.extentlab.kernel.sim.Simulation;
import org.extentlab.kernel.sim.VolumeMapQuery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The read side the views use: what it answers of a volume with files already on it equals what
 * debugfs and mtools read from the image, and a snapshot taken before an operation still says what was
 * true then.
 */
class InspectionTest {
    @TempDir
    Path dir;

    /** An ext4 image made by mke2fs -d from a tree with a folder, a small and a multi-block file. */
    private Path ext4() throws Exception {
        Path tree = Files.createDirectories(dir.resolve("tree/docs"));
        Files.writeString(tree.resolve("notes.txt"), "already here\n");
        byte[] big = new byte[40_000];
        for (int i = 0; i < big.length; i++) {
            big[i] = (byte) (i * 7 + 3);
        }
        Files.write(tree.resolve("big.bin"), big);
        Path image = dir.resolve("ext4.img");
        run("mke2fs", "-q", "-F", "-t", "ext4", "-b", "1024", "-d", dir.resolve("tree").toString(), image.toString(), "8M");
        return image;
    }

    @Test
    void aFolderListsAsDebugfsListsIt() throws Exception {
        Path image = ext4();
        try (Simulation simulation = Simulations.open(image, new KernelSettings(), 1)) {
            Inspection inspection = Inspection.of(simulation);
            Map<String, String> listed = new TreeMap<>();
            for (Inspection.Entry entry : inspection.list("/docs", () -> false)) {
                listed.put(entry.name(), entry.id() + " " + (entry.directory() ? "dir" : Long.toString(entry.size())));
                assertEquals("/docs/" + entry.name(), entry.path());
            }
            // debugfs ls -p: /inode/mode/uid/gid/name/size/ per entry.
            Map<String, String> expected = new TreeMap<>();
            Matcher line = Pattern.compile("^/(\\d+)/(\\d+)/\\d+/\\d+/([^/]*)/(\\d*)/$", Pattern.MULTILINE)
                    .matcher(run("debugfs", "-R", "ls -p /docs", image.toString()));
            while (line.find()) {
                if (!line.group(3).equals(".") && !line.group(3).equals("..")) {
                    boolean directory = line.group(2).startsWith("4");
                    expected.put(line.group(3), line.group(1) + " " + (directory ? "dir" : line.group(4)));
                }
            }
            assertEquals(expected, listed);
            assertEquals(List.of(), inspection.list("/nowhere", () -> false), "no such folder lists nothing");
            assertNull(inspection.list("/docs", () -> true), "a cancelled listing answers nothing");
            assertTrue(inspection.exists("/docs/big.bin"));
            assertFalse(inspection.exists("/docs/none.bin"));
        }
    }

    @Test
    void anItemsRunsAreTheBlocksDebugfsNames() throws Exception {
        Path image = ext4();
        try (Simulation simulation = Simulations.open(image, new KernelSettings(), 1)) {
            Inspection inspection = Inspection.of(simulation);
            long inode = Long.parseLong(run("debugfs", "-R", "ls -p /docs", image.toString()).lines()
                    .filter(l -> l.contains("/big.bin/")).findFirst().orElseThrow().split("/")[1]);
            Inspection.Item item = inspection.item(inode);
            assertNotNull(item);
            assertEquals("/docs/big.bin", item.path());
            assertEquals(40_000, item.attributes().size());
            assertEquals(inode, Inspection.of(simulation).list("/docs", () -> false).stream()
                    .filter(e -> e.name().equals("big.bin")).findFirst().orElseThrow().id());
            List<Long> blocks = new ArrayList<>();
            for (Inspection.Run run : item.runs()) {
                for (long at = 0; at < run.length(); at += 1024) {
                    blocks.add((run.physical() + at) / 1024);
                }
            }
            List<Long> expected = Arrays.stream(run("debugfs", "-R", "blocks /docs/big.bin", image.toString()).trim()
                    .split("\\s+")).map(Long::parseLong).toList();
            assertEquals(expected, blocks);
            assertEquals("/docs/big.bin", inspection.pathOf(inode));
            assertNull(inspection.item(999_999), "no such item");
            assertNull(inspection.pathOf(999_999));
        }
    }

    @Test
    void aUnitsBytesAreTheImagesThenWhatAWriteLeft() throws Exception {
        Path image = ext4();
        try (Simulation simulation = Simulations.open(image, new KernelSettings(), 1)) {
            Inspection inspection = Inspection.of(simulation);
            Inspection.Snapshot before = inspection.snapshot(1, true, simulation.module().freeBytes());
            Inspection.Item big = inspection.item(inspection.list("/docs", () -> false).stream()
                    .filter(e -> e.name().equals("big.bin")).findFirst().orElseThrow().id());
            long unit = before.unitAt(big.runs().get(0).physical());
            byte[] onImage = new byte[1024];
            try (RandomAccessFile file = new RandomAccessFile(image.toFile(), "r")) {
                file.seek(before.volumeStart() + before.unitOffset(unit));
                file.readFully(onImage);
            }
            Inspection.Unit read = inspection.unit(unit, 4096);
            assertArrayEquals(onImage, read.bytes(), "the whole block (the unit is 1 KiB, 4 KiB were allowed)");
            assertNull(read.unreadable());
            assertTrue(read.holds().contains("big.bin"), read.holds());

            Simulations.runScript(simulation, "open /docs/big.bin\nwrite /docs/big.bin 0 1K fill 0x41\nclose /docs/big.bin\n");

            byte[] filled = new byte[1024];
            Arrays.fill(filled, (byte) 0x41);
            assertArrayEquals(filled, inspection.unit(unit, 1024).bytes(), "the device holds what the write wrote");
            Inspection.Snapshot after = inspection.snapshot(1, true, simulation.module().freeBytes());
            assertTrue(after.events().size() > before.events().size());
            int events = before.events().size();
            assertEquals(events, before.events().size(), "the earlier snapshot's trace did not grow");
            assertNotEquals(after.time(), before.time());
        }
    }

    @Test
    void anEarlierSnapshotKeepsItsVolume() throws Exception {
        Path image = dir.resolve("fat16.img");
        run("mkfs.fat", "-C", "-F", "16", "-s", "4", image.toString(), "16384");
        Path old = Files.writeString(dir.resolve("old.txt"), "already on the volume\n");
        run("mcopy", "-i", image.toString(), old.toString(), "::/old.txt");
        try (Simulation simulation = Simulations.open(image, new KernelSettings(), 1)) {
            Inspection inspection = Inspection.of(simulation);
            Inspection.Snapshot before = inspection.snapshot(7, true, simulation.module().freeBytes());
            assertEquals("FAT16", before.format());
            assertEquals(2048, before.unitBytes());
            assertFalse(before.ext());
            assertEquals(7, before.run());
            // mdir's free space line: "  N bytes free".
            Matcher free = Pattern.compile("([\\d ]+) bytes free").matcher(run("mdir", "-i", image.toString(), "::/"));
            assertTrue(free.find());
            assertEquals(Long.parseLong(free.group(1).replace(" ", "")), before.freeBytes());
            Inspection.Entry entry = inspection.list("/", () -> false).stream().filter(e -> e.name().equals("old.txt"))
                    .findFirst().orElseThrow();
            assertEquals(22, entry.size());
            assertEquals(1, entry.extents());
            byte[] first = inspection.unit(entry.firstUnit(), 22).bytes();
            assertArrayEquals(Files.readAllBytes(old), first, "the file's first cluster holds what mcopy wrote");
            long perCell = 1; // the first 64 clusters one by one: the new file is among them
            long[] ownersBefore = before.map().cells(0, perCell, 64, VolumeMapQuery.NO_HIGHLIGHT);

            Simulations.runScript(simulation, "create /new.bin 0\nopen /new.bin\nwrite /new.bin 0 64K\nclose /new.bin\n");

            Inspection.Snapshot after = inspection.snapshot(7, true, simulation.module().freeBytes());
            assertEquals(before.freeBytes() - 64 * 1024, after.freeBytes());
            assertArrayEquals(ownersBefore, before.map().cells(0, perCell, 64, VolumeMapQuery.NO_HIGHLIGHT),
                    "the earlier map is unchanged");
            assertFalse(Arrays.equals(ownersBefore, after.map().cells(0, perCell, 64, VolumeMapQuery.NO_HIGHLIGHT)),
                    "the new map holds the file");
            assertTrue(after.spans().size() > before.spans().size());
            assertEquals(List.of(), inspection.snapshot(8, false, 0).spans(), "a snapshot without series has no spans");
        }
    }
}
