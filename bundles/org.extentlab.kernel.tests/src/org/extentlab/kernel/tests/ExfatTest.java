package org.extentlab.kernel.tests;

import static org.extentlab.images.tests.ExternalTools.run;
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

    /** Every file read back with icat (zeros past its valid data length) equals what the run left in it. */
    private static void assertSleuthkitReads(Path image, ScenarioRunner runner) throws Exception {
        Map<String, byte[]> files = ReferenceTools.allFiles("exFAT", image, List.of(), null);
        assertEquals(runner.model().files().stream().map(p -> p.toUpperCase(java.util.Locale.ROOT)).sorted().toList(),
                List.copyOf(files.keySet()));
        for (String path : runner.model().paths()) {
            assertArrayEquals(runner.model().content(path), files.get(path.toUpperCase(java.util.Locale.ROOT)), path);
        }
    }

    @ParameterizedTest(name = "{0}-byte clusters, packer {1}, seed {2}")
    @CsvSource({ "4096, 3, 31", "32768, 1, 32" })
    void randomScenarioSavesAnImageThatFsckExfatAndSleuthkitAgreeWith(int clusterSize, int packer, long seed)
            throws Exception {
        Path saved = dir.resolve("saved.img");
        ScenarioRunner runner = Simulations.randomRoundTrip(exfat(clusterSize), packer, seed, 2000, saved);
        ReferenceTools.assertFsckExfatClean(saved);
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
        ReferenceTools.assertFsckExfatClean(saved);
        assertSleuthkitReads(saved, runner);
    }
}
