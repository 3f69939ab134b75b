package org.extentlab.kernel.tests;

import static org.extentlab.images.tests.ExternalTools.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.extentlab.kernel.FileSystemModule;
import org.extentlab.kernel.VolumeItem;
import org.extentlab.kernel.sim.KernelSettings;
import org.extentlab.kernel.sim.Simulation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the Block Hex view says a unit is, against dumpe2fs (the layout of each group) and debugfs (which
 * inode owns a block), and on FAT against the chain of a file mcopy wrote.
 */
class DescribeUnitTest {
    @TempDir
    Path dir;

    /** Block numbers of "NAME at A-B" or "NAME at A" in dumpe2fs's text for one group. */
    private static long[] range(String group, String name) {
        Matcher m = Pattern.compile(name + " at (\\d+)(?:-(\\d+))?").matcher(group);
        assertTrue(m.find(), name + " in\n" + group);
        long first = Long.parseLong(m.group(1));
        return new long[] { first, m.group(2) == null ? first : Long.parseLong(m.group(2)) };
    }

    @Test
    void ext4UnitsAreNamedAsDumpe2fsAndDebugfsSeeThem() throws Exception {
        Path tree = Files.createDirectories(dir.resolve("tree"));
        byte[] content = new byte[5000];
        java.util.Arrays.fill(content, (byte) 'x');
        Files.write(tree.resolve("notes.bin"), content);
        Files.writeString(tree.resolve("small.txt"), "hello\n");
        Path image = dir.resolve("ext4.img");
        run("mke2fs", "-q", "-F", "-t", "ext4", "-b", "1024", "-I", "256", "-d", tree.toString(), image.toString(), "32M");
        String dump = run("dumpe2fs", image.toString());
        String[] groups = dump.split("\nGroup (?=\\d+:)");
        assertTrue(groups.length >= 5, "four groups at least");
        try (Simulation simulation = Simulations.open(image, new KernelSettings(), 1)) {
            FileSystemModule module = simulation.module();
            String group0 = groups[1];
            assertEquals("superblock", module.describeUnit(range(group0, "Primary superblock")[0]));
            long[] descriptors = range(group0, "Group descriptors");
            assertTrue(module.describeUnit(descriptors[0]).startsWith("group descriptor table"));
            long[] reserved = range(group0, "Reserved GDT blocks");
            assertTrue(module.describeUnit(reserved[1]).startsWith("reserved group descriptor blocks"));
            for (int g = 0; g < 4; g++) {
                String group = groups[g + 1];
                assertEquals("block bitmap of group " + g, module.describeUnit(range(group, "Block bitmap")[0]));
                assertEquals("inode bitmap of group " + g, module.describeUnit(range(group, "Inode bitmap")[0]));
                long[] table = range(group, "Inode table");
                long perGroup = Long.parseLong(run("dumpe2fs", "-h", image.toString()).lines()
                        .filter(l -> l.startsWith("Inodes per group:")).findFirst().orElseThrow().replaceAll("\\D", ""));
                long firstInode = g * perGroup + 1;
                assertEquals("inode table of group " + g + " (inodes " + firstInode + "-" + (firstInode + 3) + ")",
                        module.describeUnit(table[0]), "four 256-byte inodes per 1 KiB block");
                long lastFirst = firstInode + (table[1] - table[0]) * 4;
                assertTrue(module.describeUnit(table[1]).endsWith("(inodes " + lastFirst + "-" + (lastFirst + 3) + ")"));
            }
            assertEquals("superblock copy in group 1", module.describeUnit(range(groups[2], "Backup superblock")[0]));
            assertEquals("superblock copy in group 3", module.describeUnit(range(groups[4], "Backup superblock")[0]),
                    "3 is a power of 3: sparse_super keeps a copy there");
            assertTrue(!groups[3].contains("Backup superblock"), "group 2 has no copy");
            Matcher free = Pattern.compile("Free blocks: (\\d+)-(\\d+)").matcher(groups[3]);
            assertTrue(free.find());
            assertEquals("free", module.describeUnit(Long.parseLong(free.group(2))));

            String blocks = run("debugfs", "-R", "blocks /notes.bin", image.toString()).trim();
            List<Long> list = java.util.Arrays.stream(blocks.split("\\s+")).map(Long::parseLong).toList();
            assertEquals(5, list.size(), "5000 bytes in 1 KiB blocks");
            String owner = run("debugfs", "-R", "icheck " + list.get(2), image.toString());
            String inode = owner.lines().skip(1).findFirst().orElseThrow().trim().split("\\s+")[1];
            assertEquals("data of /notes.bin at file offset 2048, inode " + inode, module.describeUnit(list.get(2)));
            VolumeItem rootItem = module.root();
            String rootBlocks = run("debugfs", "-R", "blocks /", image.toString()).trim();
            long rootBlock = Long.parseLong(rootBlocks.split("\\s+")[0]);
            assertEquals("directory entries of / at file offset 0, inode " + rootItem.id(), module.describeUnit(rootBlock));
            assertEquals("outside the volume", module.describeUnit(module.unitCount()));
        }
    }

    @Test
    void fatClustersAreNamedByTheFileAndTheChainEntry() throws Exception {
        Path image = Simulations.fat(dir, 16, 16384, 4);
        Path file = dir.resolve("NOTES.BIN");
        byte[] content = new byte[5000];
        java.util.Arrays.fill(content, (byte) 'y');
        Files.write(file, content);
        run("mcopy", "-i", image.toString(), file.toString(), "::/NOTES.BIN");
        try (Simulation simulation = Simulations.open(image, new KernelSettings(), 1)) {
            FileSystemModule module = simulation.module();
            VolumeItem notes = module.lookupItem("NOTES.BIN", module.root(), null).item();
            List<long[]> runs = module.currentMapping(notes);
            long clusterBytes = module.allocationUnit();
            long firstUnit = (runs.get(0)[1] - module.unitOffset(0)) / clusterBytes;
            assertEquals(runs.get(0)[1], module.unitOffset(firstUnit), "unitOffset is the inverse");
            assertEquals("data of /NOTES.BIN at file offset 0, cluster " + (firstUnit + 2) + " (entry 0 of its chain)",
                    module.describeUnit(firstUnit));
            long lastUnit = (runs.get(runs.size() - 1)[1] + runs.get(runs.size() - 1)[2] - 1 - module.unitOffset(0))
                    / clusterBytes;
            assertTrue(module.describeUnit(lastUnit).startsWith("data of /NOTES.BIN at file offset "
                    + (5000 / clusterBytes) * clusterBytes));
            long free = module.unitCount() - 1;
            assertEquals("free cluster " + (free + 2), module.describeUnit(free));
        }
    }
}
