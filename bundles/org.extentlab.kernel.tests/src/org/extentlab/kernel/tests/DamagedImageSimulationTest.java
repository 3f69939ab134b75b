package org.extentlab.kernel.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.extentlab.images.tests.PopulatedImages;
import org.extentlab.kernel.sim.KernelSettings;
import org.extentlab.kernel.sim.Scenario;
import org.extentlab.kernel.sim.ScenarioRunner;
import org.extentlab.kernel.sim.Simulation;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Seeded byte flips in the metadata of populated images: the simulation either refuses the variant
 * with a message (an IOException naming what is wrong: what the reader found damaged, or what the
 * module cannot follow) or, where the damage is invisible to the reader (a timestamp, an unused
 * field), runs a short random scenario on it without any other exception escaping; the variant file
 * itself is never written.
 */
class DamagedImageSimulationTest {
    private static final int VARIANTS = 120;

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = { "ext4", "ext2", "fat16", "fat32", "exfat" })
    void damagedVariantsAreRefusedWithAMessageOrSimulatedWithoutCrashing(String kind) throws Exception {
        int[] outcomes = new int[2];
        PopulatedImages.forEachVariant(dir, kind, kind.hashCode() * 17L + 20261124L, VARIANTS, (i, variant) -> {
            byte[] before = Files.readAllBytes(variant);
            Simulation simulation;
            try {
                simulation = Simulations.open(variant, new KernelSettings().packerCapacity(2), i);
            } catch (IOException e) {
                assertNotNull(e.getMessage(), "variant " + i);
                assertTrue(e.getMessage().length() > 20, "variant " + i + ": " + e.getMessage());
                outcomes[1]++;
                return;
            }
            try (simulation) {
                ScenarioRunner runner = new ScenarioRunner(simulation);
                runner.run(Scenario.parse("damaged", "random 60 files 6\n"));
                runner.closeAll();
                outcomes[0]++;
            } catch (RuntimeException e) {
                throw new AssertionError(kind + " variant " + i + " escaped the simulation: " + e, e);
            }
            assertTrue(Arrays.equals(before, Files.readAllBytes(variant)), "variant " + i + " was written");
        });
        System.out.printf("%s: %d variants simulated, %d refused with a message%n", kind, outcomes[0], outcomes[1]);
        assertEquals(VARIANTS, outcomes[0] + outcomes[1]);
        assertTrue(outcomes[0] > 0, kind + ": no variant could be simulated");
    }
}
