package org.extentlab.kernel.tests;

import static org.extentlab.images.tests.ExternalTools.run;
import static org.extentlab.images.tests.ExternalTools.runBytes;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.extentlab.kernel.sim.KernelSettings;
import org.extentlab.kernel.sim.ScenarioRunner;
import org.extentlab.kernel.sim.Simulation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The exFAT module on images made by mkfs.exfat: seeded random scenarios saved and accepted by
 * fsck.exfat, every file read back with sleuthkit's icat; a NoFatChain file that stops being one run
 * gets its FAT chain.
 */
class ExfatTest {

    @TempDir
    Path dir;

    private Path exfat(int clusterSize) throws IOException, InterruptedException {
        Path image = dir.resolve("exfat-" + clusterSize + ".img");
        Files.deleteIfExists(image);
        Files.write(image, new byte[0]);
        run("truncate", "-s", "48M", image.toString());
        run("mkfs.exfat", "-c", Integer.toString(clusterSize), image.toString());
        return image;
    }

    private static void assertFsckExfatClean(Path image) throws IOException, InterruptedException {
        String report = run("fsck.exfat", "-n", image.toString());
        assertTrue(report.contains(image + ": clean."), "fsck.exfat reports: " + report);
    }

    private static void assertSleuthkitReads(Path image, ScenarioRunner runner) throws Exception {
        Map<String, String> inodes = liveFiles(image);
        assertEquals(runner.model().files().stream().map(p -> p.toUpperCase(java.util.Locale.ROOT)).sorted().toList(),
                inodes.keySet().stream().map(p -> p.toUpperCase(java.util.Locale.ROOT)).sorted().toList());
        for (Map.Entry<String, String> file : inodes.entrySet()) {
            byte[] expected = runner.model().content(file.getKey());
            assertArrayEquals(expected, runBytes("icat", image.toString(), file.getValue()), file.getKey());
        }
    }

    /** Regular files by path to their sleuthkit inode numbers; fls -u leaves deleted entries out. */
    private static Map<String, String> liveFiles(Path image) throws Exception {
        Map<String, String> files = new java.util.TreeMap<>();
        for (String line : run("fls", "-r", "-p", "-F", "-u", image.toString()).lines().toList()) {
            String[] parts = line.split("\t", 2);
            if (parts.length == 2 && parts[0].startsWith("r/r ") && !parts[1].startsWith("$")) {
                files.put("/" + parts[1], parts[0].substring(4).replace(":", "").strip());
            }
        }
        return files;
    }

    @ParameterizedTest(name = "{0}-byte clusters, packer {1}, seed {2}")
    @CsvSource({ "4096, 3, 31", "32768, 1, 32" })
    void randomScenarioSavesAnImageThatFsckExfatAndSleuthkitAgreeWith(int clusterSize, int packer, long seed)
            throws Exception {
        Path saved = dir.resolve("saved.img");
        ScenarioRunner runner = Simulations.randomRoundTrip(exfat(clusterSize), packer, seed, 2000, saved);
        assertFsckExfatClean(saved);
        assertSleuthkitReads(saved, runner);
    }

    @Test
    void aNoFatChainFileThatStopsBeingOneRunGetsItsFatChain() throws Exception {
        Path image = exfat(4096);
        Path saved = dir.resolve("chain.img");
        ScenarioRunner runner;
        try (Simulation simulation = Simulations.open(image, new KernelSettings(), 1)) {
            runner = Simulations.runScript(simulation, """
                    create /a
                    write /a 0 4K          # one cluster: NoFatChain
                    create /b
                    write /b 0 4K          # takes the next cluster
                    write /a 4K 8K         # /a continues elsewhere: now a FAT chain
                    check
                    verify
                    """);
            assertEquals(List.of(), runner.problems());
            assertEquals(2, simulation.module().currentMapping(
                    simulation.module().lookupItem("a", simulation.module().root(), null).item()).size(), "two runs");
            simulation.kernel().saveAs(saved);
        }
        assertFsckExfatClean(saved);
        assertSleuthkitReads(saved, runner);
    }
}
