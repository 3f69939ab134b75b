package org.extentlab.kernel.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.extentlab.kernel.sim.KernelSettings;
import org.extentlab.kernel.sim.Scenario;
import org.extentlab.kernel.sim.ScenarioException;
import org.extentlab.kernel.sim.ScenarioRunner;
import org.extentlab.kernel.sim.Simulation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Writes whose bytes the script chooses (fill, text, from a host file), and host files imported into
 * an image and exported out of it through the protocol, checked on the saved image with mcopy.
 */
class ChosenBytesTest {

    @TempDir
    Path dir;

    @Test
    void fillTextAndHostFileWritesPutThoseBytesOnTheVolume() throws Exception {
        Path image = Simulations.fat(dir, 16, 16384, 4);
        Path host = dir.resolve("host.bin");
        byte[] hostBytes = new byte[70_000];
        new Random(3).nextBytes(hostBytes);
        Files.write(host, hostBytes);
        Path saved = dir.resolve("saved.img");
        try (Simulation simulation = Simulations.open(image, new KernelSettings().packerCapacity(2), 1)) {
            ScenarioRunner runner = Simulations.runScript(simulation, "create /a\n"
                    + "write /a 0 4096 fill 0x41\n"
                    + "write /a 4096 10 fill B\n"
                    + "write /a 4106 20 text \"ab # not a comment\"\n"
                    + "write /a 5000 1000 from \"" + host + "\" 2000\n"
                    + "import \"" + host + "\" /copied.bin\n"
                    + "export /copied.bin \"" + dir.resolve("back.bin") + "\"\n"
                    + "write /a 0 1 from \"" + dir.resolve("missing.bin") + "\"\n");
            assertEquals(1, runner.problems().size(), runner.problems().toString());
            assertTrue(runner.problems().get(0).contains("missing.bin"), runner.problems().get(0));
            assertArrayEquals(hostBytes, Files.readAllBytes(dir.resolve("back.bin")), "exported as imported");
            runner.closeAll();
            simulation.kernel().saveAs(saved);
        }
        Simulations.assertFsckFatClean(saved);
        byte[] a = ReferenceTools.mcopy(saved, "/a", dir.resolve("a"));
        byte[] expected = new byte[6000];
        Arrays.fill(expected, 0, 4096, (byte) 'A');
        Arrays.fill(expected, 4096, 4106, (byte) 'B');
        byte[] text = "ab # not a comment".getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < 20; i++) {
            expected[4106 + i] = text[i % text.length];
        }
        System.arraycopy(hostBytes, 2000, expected, 5000, 1000);
        assertArrayEquals(expected, a, "/a as mcopy reads it");
        assertArrayEquals(hostBytes, ReferenceTools.mcopy(saved, "/copied.bin", dir.resolve("c")), "the imported file");
    }

    @Test
    void badChoicesAreRefusedWithTheLine() {
        for (String[] bad : new String[][] { { "write /a 0 4 fill 300", "one byte (0-255)" },
                { "write /a 0 4 fill", "after the length write fill BYTE" }, { "write /a 0 4 text \"\"", "at least one character" },
                { "write /a 0 4 sideways 3", "not 'sideways'" }, { "read /a 0 4 fill 1", "read takes 3 arguments" },
                { "import /host/only", "takes 2" } }) {
            ScenarioException refused = assertThrows(ScenarioException.class, () -> Scenario.parse("bad", bad[0]), bad[0]);
            assertTrue(refused.getMessage().contains(bad[1]), bad[0] + ": " + refused.getMessage());
        }
    }

    @Test
    void anExportNeverWritesOverTheDiskImage() throws Exception {
        Path image = Simulations.fat(dir, 16, 16384, 4);
        String before = Simulations.sha256(image);
        try (Simulation simulation = Simulations.open(image, new KernelSettings(), 1)) {
            ScenarioRunner runner = Simulations.runScript(simulation,
                    "create /a\nwrite /a 0 100\nexport /a \"" + image + "\"\n");
            assertEquals(List.of(), runner.failures());
            assertTrue(runner.problems().get(0).contains("does not write over the disk image"), runner.problems().toString());
        }
        assertEquals(before, Simulations.sha256(image));
    }
}
