package org.extentlab.kernel.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.extentlab.images.tests.DamagedExfat;
import org.extentlab.images.tests.DamagedExt;
import org.extentlab.images.tests.DamagedFat;
import org.extentlab.images.tests.ExternalTools;
import org.extentlab.kernel.Errno;
import org.extentlab.kernel.sim.KernelSettings;
import org.extentlab.kernel.sim.RunCommand;
import org.extentlab.kernel.sim.Scenario;
import org.extentlab.kernel.sim.ScenarioRunner;
import org.extentlab.kernel.sim.Simulation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A volume its checker calls damaged ({@link DamagedFat}'s corpus, checked against fsck.fat): it opens
 * read-only, reads work and every change fails with EROFS, the image untouched; simulated anyway, a
 * random run never leaves the saved image with a complaint of fsck.fat's the original did not have.
 */
class DamagedVolumesTest {
    private static final String CHANGES = """
            create /new.txt
            write /dir/c.txt 0 100 fill 0x41
            truncate /a.bin 0
            delete /dir/c.txt
            mkdir /folder
            rename /a.bin /b.bin
            """;

    @TempDir
    Path dir;

    @ParameterizedTest(name = "FAT{0}")
    @ValueSource(ints = { 12, 16, 32 })
    void aDamagedVolumeOpensReadOnlyAndRefusesEveryChange(int bits) throws Exception {
        Path clean = DamagedFat.clean(dir, bits);
        for (String kind : List.of("lost-cluster", "long-name-orphan", "cross-link", "dot")) {
            Path image = DamagedFat.damaged(dir, clean, bits, kind);
            String before = Simulations.sha256(image);
            try (Simulation simulation = Simulations.open(image, new KernelSettings(), 1)) {
                assertTrue(!simulation.findingsAtLoad().isEmpty(), kind);
                String reason = simulation.kernel().readOnly();
                assertNotNull(reason, kind + ": read-only");
                assertTrue(reason.contains(simulation.findingsAtLoad().get(0)) && reason.contains("fsck.fat -a"),
                        "it quotes the findings and says what to run: " + reason);
                ScenarioRunner runner = new ScenarioRunner(simulation);
                runner.run(Scenario.parse("reads", "open /dir/c.txt\nread /dir/c.txt 0 12\nclose /dir/c.txt\n"));
                assertEquals(List.of(), runner.failures(), kind + ": reads work");
                runner.run(Scenario.parse("changes", CHANGES));
                assertEquals(6, runner.failures().size(), kind + ": " + runner.failures());
                assertTrue(runner.failures().stream().allMatch(f -> f.error() == Errno.EROFS), runner.failures().toString());
                assertEquals(0, simulation.overlay().dirtyPages(), kind + ": nothing reached the device");
            }
            assertEquals(before, Simulations.sha256(image), kind + ": the image file is never written");
        }
        try (Simulation simulation = Simulations.open(clean, new KernelSettings(), 1)) {
            assertNull(simulation.kernel().readOnly(), "a clean volume may be written");
        }
    }

    @ParameterizedTest(name = "FAT{0}")
    @ValueSource(ints = { 12, 16, 32 })
    void simulatedAnywayARunNeverMakesTheVolumeWorse(int bits) throws Exception {
        Path clean = DamagedFat.clean(dir, bits);
        for (String kind : DamagedFat.KINDS) {
            if (!DamagedFat.applies(kind, bits)) {
                continue;
            }
            Path image = DamagedFat.damaged(dir, clean, bits, kind);
            assertReadOnly(image, "FAT" + bits + " " + kind, "fsck.fat -a", "write /dir/c.txt 0 100 fill 0x41");
            assertSimulatedAnywayNeverWorse(image, "FAT" + bits + " " + kind, "fsck.fat", "-n");
        }
    }

    @Test
    void exfatDamagedOpensReadOnlyAndSimulatedAnywayNeverGetsWorse() throws Exception {
        Path clean = DamagedExfat.clean(dir);
        for (String kind : DamagedExfat.KINDS) {
            if (!DamagedExfat.checked(kind)) {
                continue;
            }
            Path image = DamagedExfat.damaged(dir, clean, kind);
            assertReadOnly(image, "exFAT " + kind, "fsck.exfat -y", "write /dir/c.txt 0 100 fill 0x41");
            assertSimulatedAnywayNeverWorse(image, "exFAT " + kind, "fsck.exfat", "-n");
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = { "ext2", "ext4" })
    void extDamagedOpensReadOnlyAndSimulatedAnywayNeverGetsWorse(String type) throws Exception {
        Path clean = DamagedExt.clean(dir, type);
        for (String kind : DamagedExt.KINDS) {
            if (kind.equals("shared-block") && type.equals("ext4")) {
                continue;
            }
            Path image = DamagedExt.damaged(dir, clean, type, kind);
            assertReadOnly(image, type + " " + kind, "e2fsck -fy", "write /b.txt 0 100 fill 0x41");
            assertSimulatedAnywayNeverWorse(image, type + " " + kind, "e2fsck", "-fn");
        }
    }

    /** Opened as it comes, {@code image} is read-only, names {@code repair}, and refuses a create and {@code write}. */
    private static void assertReadOnly(Path image, String what, String repair, String write) throws Exception {
        try (Simulation simulation = Simulations.open(image, new KernelSettings(), 1)) {
            assertNotNull(simulation.kernel().readOnly(), what + ": read-only");
            assertTrue(simulation.kernel().readOnly().contains(repair), simulation.kernel().readOnly());
            ScenarioRunner runner = new ScenarioRunner(simulation);
            runner.run(Scenario.parse("changes", "create /new.txt\n" + write + "\n"));
            assertTrue(runner.failures().size() == 2 && runner.failures().stream().allMatch(f -> f.error() == Errno.EROFS),
                    what + ": " + runner.failures());
        }
    }

    /**
     * Simulated anyway, a random run of 250 operations on {@code image} finds nothing, breaks no invariant
     * it did not find broken, and leaves a saved image whose checker ({@code checker}) complains of
     * nothing the original did not have; the image file itself is never written.
     */
    private void assertSimulatedAnywayNeverWorse(Path image, String what, String... checker) throws Exception {
        Set<String> original = ExternalTools.complaints(with(checker, image));
        String before = Simulations.sha256(image);
        Path saved = dir.resolve("saved-" + image.getFileName());
        try (Simulation simulation = Simulations.open(image, new KernelSettings().allowDamaged(true).packerCapacity(3),
                what.hashCode())) {
            assertNull(simulation.kernel().readOnly(), what + ": simulated anyway");
            List<String> invariantsBefore = simulation.kernel().checkInvariants();
            ScenarioRunner runner = new ScenarioRunner(simulation);
            runner.run(Scenario.parse("random", "mkdir /made\nrandom 250 files 10\n"));
            runner.closeAll();
            simulation.kernel().closeAll();
            assertEquals(List.of(), runner.problems(), what + ": findings during the run");
            assertEquals(List.of(), simulation.kernel().checkInvariants().stream()
                    .filter(p -> !invariantsBefore.contains(p)).toList(), what + ": what the run broke");
            assertTrue(simulation.kernel().counters().blockmaps > 20, what + ": the run wrote through the kernel");
            simulation.kernel().saveAs(saved);
        }
        Set<String> added = new TreeSet<>(ExternalTools.complaints(with(checker, saved)));
        added.removeAll(original);
        assertEquals(Set.of(), added, what + ": complaints the run added (before: " + original + ")");
        assertEquals(before, Simulations.sha256(image), what + ": the image file is never written");
        Files.delete(saved);
    }

    private static String[] with(String[] command, Path image) {
        String[] all = java.util.Arrays.copyOf(command, command.length + 1);
        all[command.length] = image.toString();
        return all;
    }

    @Test
    void theRunCommandSaysWhatWasFoundAtLoadApartFromWhatTheRunCaused() throws Exception {
        Path image = DamagedFat.damaged(dir, DamagedFat.clean(dir, 16), 16, "lost-cluster");
        Path script = Files.writeString(dir.resolve("s.txt"), "create /x.txt\nwrite /x.txt 0 4K fill 0x42\nclose /x.txt\n");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int readOnly = RunCommand.run(new String[] { "--image", image.toString(), "--script", script.toString(), "--trace",
                dir.resolve("t.jsonl").toString() }, new PrintStream(out), System.err);
        String text = out.toString();
        assertEquals(4, readOnly, "a line of the script failed: " + text);
        assertTrue(text.contains("found at load: 1 cluster is marked in use in the FAT but no file or directory holds it (lost)"), text);
        assertTrue(text.contains("read-only: the volume is damaged") && text.contains("EROFS"), text);
        assertTrue(!text.contains("problem:"), "the lost cluster is the volume's, not the run's: " + text);
        out.reset();
        int anyway = RunCommand.run(new String[] { "--image", image.toString(), "--script", script.toString(), "--trace",
                dir.resolve("t.jsonl").toString(), "--allow-damaged" }, new PrintStream(out), System.err);
        text = out.toString();
        assertEquals(0, anyway, text);
        assertTrue(text.contains("found at load: ") && text.contains("simulated anyway"), text);
        assertTrue(!text.contains("failed:") && !text.contains("problem:"), text);
    }
}
