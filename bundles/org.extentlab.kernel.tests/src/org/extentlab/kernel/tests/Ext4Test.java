package org.extentlab.kernel.tests;

import static org.extentlab.images.tests.ExternalTools.run;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.extentlab.kernel.ExtentPacker;
import org.extentlab.kernel.FileAttributes;
import org.extentlab.kernel.FileSystemModule;
import org.extentlab.kernel.Flags;
import org.extentlab.kernel.PackedExtent;
import org.extentlab.kernel.PackedExtentType;
import org.extentlab.kernel.VolumeItem;
import org.extentlab.kernel.sim.KernelSettings;
import org.extentlab.kernel.sim.ScenarioRunner;
import org.extentlab.kernel.sim.Simulation;
import org.extentlab.kernel.sim.TraceEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The ext4 module on images made by mke2fs in the test (metadata_csum, 64bit, flex_bg, the
 * defaults): holes packed as zeroFill, unwritten extents converted at completeIO, preallocation,
 * extent trees that grow to depth 2 and shrink back, and seeded random scenarios whose saved image
 * e2fsck accepts and whose files debugfs reads back as the model says.
 */
class Ext4Test {

    @TempDir
    Path dir;

    private Path ext4(int blockSize, String size) throws IOException, InterruptedException {
        return mke2fs("ext4", blockSize, size);
    }

    private Path mke2fs(String type, int blockSize, String size, String... options) throws IOException, InterruptedException {
        Path image = dir.resolve(type + "-" + blockSize + ".img");
        Files.deleteIfExists(image);
        List<String> command = new java.util.ArrayList<>(List.of("mke2fs", "-q", "-F", "-t", type, "-b",
                Integer.toString(blockSize)));
        command.addAll(List.of(options));
        command.addAll(List.of(image.toString(), size));
        run(command.toArray(new String[0]));
        return image;
    }

    @ParameterizedTest(name = "{0}, {1}-byte blocks, packer {2}, seed {3}")
    @CsvSource({ "ext4, 1024, 3, 21", "ext4, 4096, 1, 22", "ext4, 4096, 16, 23", "ext2, 1024, 2, 24",
            "ext3, 4096, 4, 25" })
    void randomScenarioSavesAnImageThatE2fsckAndDebugfsAgreeWith(String type, int blockSize, int packer, long seed)
            throws Exception {
        Path saved = dir.resolve("saved.img");
        ScenarioRunner runner = Simulations.randomRoundTrip(mke2fs(type, blockSize, "48M"), packer, seed, 2000, saved);
        ReferenceTools.assertE2fsckClean(saved);
        for (String path : runner.model().files()) {
            assertArrayEquals(runner.model().content(path), ReferenceTools.debugfsDump(saved, path, dir.resolve("copy")), path);
        }
    }

    @Test
    void holesArePackedAsZeroFillAndReadAsZeros() throws Exception {
        Path image = ext4(4096, "16M");
        try (Simulation simulation = Simulations.open(image, new KernelSettings(), 1)) {
            ScenarioRunner runner = Simulations.runScript(simulation,
                    "create /sparse\nwrite /sparse 1M 4K\nclose /sparse\nread /sparse 0 1028K\n");
            assertEquals(List.of(), runner.problems());
            List<TraceEvent> lookups = simulation.kernel().trace().events().stream()
                    .filter(e -> e.kind().equals("reply") && e.name().equals("lookupItem") && e.extents() != null
                            && !e.extents().isEmpty())
                    .toList();
            PackedExtent hole = lookups.get(lookups.size() - 1).extents().get(0);
            assertEquals(PackedExtentType.ZERO_FILL, hole.type());
            assertEquals(0, hole.logicalOffset());
            assertEquals(1 << 20, hole.length(), "the hole before the written block");
            FileSystemModule module = simulation.module();
            assertEquals(4096, module.attributes(module.lookupItem("sparse", module.root(), null).item()).allocatedSize(),
                    "one block allocated");
            simulation.kernel().saveAs(dir.resolve("sparse.img"));
        }
        ReferenceTools.assertE2fsckClean(dir.resolve("sparse.img"));
        byte[] content = ReferenceTools.debugfsDump(dir.resolve("sparse.img"), "/sparse", dir.resolve("copy"));
        assertEquals((1 << 20) + 4096, content.length);
        assertArrayEquals(new byte[1 << 20], java.util.Arrays.copyOf(content, 1 << 20));
    }

    @Test
    void writesAllocateUnwrittenExtentsThatCompleteIOConvertsToWritten() throws Exception {
        Path image = ext4(4096, "16M");
        try (Simulation simulation = Simulations.open(image, new KernelSettings(), 1)) {
            FileSystemModule module = simulation.module();
            VolumeItem file = module.createFile("u", module.root(), new FileAttributes(0, false, 0, 0, 0, false),
                    null).item();
            ExtentPacker forWrite = new ExtentPacker(8, 512);
            assertNull(module.blockmapFile(file, 0, 8192, Flags.WRITE, 9, forWrite).error());
            assertEquals(PackedExtentType.DATA, forWrite.extents().get(0).type(), "a write is handed data");
            ExtentPacker before = new ExtentPacker(8, 512);
            assertNull(module.blockmapFile(file, 0, 8192, Flags.READ, 0, before).error());
            assertEquals(PackedExtentType.ZERO_FILL, before.extents().get(0).type(), "unwritten reads as zeroFill");
            assertEquals(List.of(), module.checkInvariants());
            assertNull(module.completeIO(file, 0, 8192, null, Flags.WRITE, 9).error());
            ExtentPacker after = new ExtentPacker(8, 512);
            assertNull(module.blockmapFile(file, 0, 8192, Flags.READ, 0, after).error());
            assertEquals(PackedExtentType.DATA, after.extents().get(0).type(), "written after completeIO");
            assertEquals(forWrite.extents().get(0).physicalOffset(), after.extents().get(0).physicalOffset());
            assertEquals(8192, module.attributes(file).size());
            assertEquals(List.of(), module.checkInvariants());
        }
    }

    @Test
    void preallocationAddsUnwrittenExtentsPastTheSizeAndAWriteConvertsOnlyItsBlocks() throws Exception {
        Path image = ext4(4096, "16M");
        Path saved = dir.resolve("prealloc.img");
        try (Simulation simulation = Simulations.open(image, new KernelSettings(), 1)) {
            ScenarioRunner runner = Simulations.runScript(simulation, """
                    create /p
                    write /p 0 100
                    preallocate /p 64K all contiguous
                    write /p 20000 3000
                    read /p 0 23000
                    """);
            assertEquals(List.of(), runner.problems());
            TraceEvent reply = simulation.kernel().trace().events().stream()
                    .filter(e -> e.kind().equals("reply") && e.name().equals("preallocateSpace")).findFirst().orElseThrow();
            assertEquals(1, reply.extents().size(), "contiguous");
            assertEquals(PackedExtentType.ZERO_FILL, reply.extents().get(0).type(), "preallocated space reads as zeros");
            assertEquals(65536, reply.length(), "bytes allocated");
            simulation.kernel().saveAs(saved);
        }
        ReferenceTools.assertE2fsckClean(saved);
        String extents = run("debugfs", "-R", "ex /p", saved.toString());
        assertTrue(extents.contains("Uninit"), extents);
        assertEquals(23000, ReferenceTools.debugfsDump(saved, "/p", dir.resolve("copy")).length);
    }

    @Test
    void theExtentTreeGrowsToDepthTwoAndShrinksBack() throws Exception {
        Path image = ext4(1024, "16M");
        StringBuilder script = new StringBuilder("create /a\n");
        for (int i = 0; i < 1400; i++) {
            script.append("write /a ").append(2 * i * 1024).append(" 1K\n");
        }
        script.append("verify\ncheck\n");
        Path deep = dir.resolve("deep.img");
        Path shallow = dir.resolve("shallow.img");
        try (Simulation simulation = Simulations.open(image, new KernelSettings(), 1)) {
            ScenarioRunner runner = Simulations.runScript(simulation, script.toString());
            assertEquals(List.of(), runner.problems());
            simulation.kernel().saveAs(deep);
            runner = Simulations.runScript(simulation, "truncate /a 3K\ncheck\nverify\n");
            assertEquals(List.of(), runner.problems());
            simulation.kernel().saveAs(shallow);
        }
        ReferenceTools.assertE2fsckClean(deep);
        String levels = run("debugfs", "-R", "ex /a", deep.toString());
        assertTrue(levels.contains(" 2/ 2 "), "1,400 extents need two levels of index: " + levels.substring(0, 300));
        assertEquals(1400, levels.lines().filter(l -> l.startsWith(" 2/ 2 ")).count());
        ReferenceTools.assertE2fsckClean(shallow);
        String after = run("debugfs", "-R", "ex /a", shallow.toString());
        assertTrue(after.lines().anyMatch(l -> l.startsWith(" 0/ 0 "))
                && after.lines().noneMatch(l -> l.startsWith(" 1/") || l.startsWith(" 2/")), "back in the inode: " + after);
    }

    @Test
    void blockMapsReachTripleIndirectBlocksAndRefusePreallocation() throws Exception {
        Path image = mke2fs("ext2", 1024, "16M");
        Path saved = dir.resolve("ext2-saved.img");
        try (Simulation simulation = Simulations.open(image, new KernelSettings(), 1)) {
            // 12 direct + 256 single + 65,536 double indirect blocks of 1 KiB: block 66,000 is triple indirect.
            ScenarioRunner runner = Simulations.runScript(simulation, """
                    create /t
                    write /t 0 5000
                    write /t 300K 2K
                    write /t 66000K 3000
                    preallocate /t 64K expect ENOTSUP
                    check
                    verify
                    """);
            assertEquals(List.of(), runner.problems());
            assertEquals("ext2", simulation.module().formatName());
            simulation.kernel().saveAs(saved);
            byte[] expected = runner.model().content("/t");
            assertArrayEquals(expected, ReferenceTools.debugfsDump(saved, "/t", dir.resolve("copy")));
        }
        ReferenceTools.assertE2fsckClean(saved);
        String stat = run("debugfs", "-R", "stat /t", saved.toString());
        assertTrue(stat.contains("(TIND)") && stat.contains("(DIND)") && stat.contains("(IND)"), stat);
    }

    @Test
    void theVolumeMapQueryAgreesWithDebugfsAboutWhoOwnsEachBlock() throws Exception {
        Path image = dir.resolve("sample.img");
        try (var in = new java.util.zip.GZIPInputStream(
                Files.newInputStream(Path.of("../org.extentlab.doc/lessons/images/sample-ext4.img.gz")))) {
            Files.copy(in, image);
        }
        try (Simulation simulation = Simulations.open(image, new KernelSettings(), 1)) {
            FileSystemModule module = simulation.module();
            long[] owners = new long[(int) module.unitCount()];
            module.unitOwners(0, owners);
            for (String path : List.of("/lessons/big.bin", "/lessons/fragmented.txt", "/README.txt")) {
                long inode = Long.parseLong(run("debugfs", "-R", "stat " + path, image.toString())
                        .replaceAll("(?s).*?Inode: (\\d+).*", "$1"));
                String blocks = run("debugfs", "-R", "blocks " + path, image.toString()).strip();
                for (String block : blocks.split("\\s+")) {
                    assertEquals(inode, owners[Integer.parseInt(block)], path + " block " + block);
                }
            }
            long free = java.util.Arrays.stream(owners).filter(o -> o == FileSystemModule.FREE_UNIT).count();
            assertEquals(module.freeBytes() / module.allocationUnit(), free);
            String dumpe2fs = run("dumpe2fs", "-h", image.toString());
            assertEquals(Long.parseLong(dumpe2fs.replaceAll("(?s).*Free blocks:\\s+(\\d+).*", "$1")), free);
            org.extentlab.images.LoadedVolume loaded = org.extentlab.images.VolumeLoader.load(image);
            long largest = 0;
            for (int i = 1; i < loaded.freeRuns().length; i += 2) {
                largest = Math.max(largest, loaded.freeRuns()[i] / loaded.blockSize());
            }
            org.extentlab.kernel.sim.FreeSpaceQuery.Runs runs = org.extentlab.kernel.sim.FreeSpaceQuery.runs(module);
            assertEquals(free, runs.freeUnits());
            assertEquals(loaded.freeRunCount(), runs.count(), "as many free runs as the reader found");
            assertEquals(largest, runs.largest(), "the largest free run, as the reader found it");
            assertEquals(runs.count(), java.util.Arrays.stream(runs.histogram()).sum());
            long[] cells = org.extentlab.kernel.sim.VolumeMapQuery.sample(module, 0, owners.length, owners.length / 4);
            for (int cell = 0; cell < cells.length; cell++) {
                long owner = cells[cell];
                java.util.Map<Long, Long> votes = java.util.Arrays.stream(owners, cell * 4, cell * 4 + 4).boxed()
                        .collect(java.util.stream.Collectors.groupingBy(o -> o, java.util.stream.Collectors.counting()));
                assertEquals(java.util.Collections.max(votes.values()), votes.get(owner),
                        "cell " + cell + " shows the owner of most of its 4 blocks: " + votes);
            }
        }
    }

    @Test
    void volumesWithBigallocAreRefusedWithAClearMessage() throws Exception {
        Path image = mke2fs("ext4", 4096, "32M", "-O", "bigalloc", "-C", "16384");
        IOException refused = assertThrows(IOException.class, () -> Simulations.open(image, new KernelSettings(), 1));
        assertTrue(refused.getMessage().contains("bigalloc"), refused.getMessage());
    }
}
