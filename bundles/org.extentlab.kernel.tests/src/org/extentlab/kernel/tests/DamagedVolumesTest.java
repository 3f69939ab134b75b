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
            if (!DamagedFat.applies(kind, bits) || (bits != 32 && (kind.startsWith("fsinfo") || kind.equals("backup-boot")))) {
                continue;
            }
            Path image = DamagedFat.damaged(dir, clean, bits, kind);
            Set<String> original = ExternalTools.complaints("fsck.fat", "-n", image.toString());
            String before = Simulations.sha256(image);
            try (Simulation simulation = Simulations.open(image, new KernelSettings(), 1)) {
                assertNotNull(simulation.kernel().readOnly(), "FAT" + bits + " " + kind + ": read-only by default");
            }
            Path saved = dir.resolve("saved-" + bits + "-" + kind + ".img");
            try (Simulation simulation = Simulations.open(image, new KernelSettings().allowDamaged(true).packerCapacity(3),
                    kind.hashCode())) {
                assertNull(simulation.kernel().readOnly(), kind + ": simulated anyway");
                List<String> invariantsBefore = simulation.kernel().checkInvariants();
                ScenarioRunner runner = new ScenarioRunner(simulation);
                runner.run(Scenario.parse("random", "mkdir /sub\nrandom 250 files 10\n"));
                runner.closeAll();
                simulation.kernel().closeAll();
                assertEquals(List.of(), runner.problems(), kind + ": findings during the run");
                List<String> caused = simulation.kernel().checkInvariants().stream()
                        .filter(p -> !invariantsBefore.contains(p)).toList();
                assertEquals(List.of(), caused, kind + ": what the run broke");
                assertTrue(simulation.kernel().counters().blockmaps > 20, kind + ": the run wrote through the kernel");
                simulation.kernel().saveAs(saved);
            }
            Set<String> after = ExternalTools.complaints("fsck.fat", "-n", saved.toString());
            Set<String> added = new TreeSet<>(after);
            added.removeAll(original);
            assertEquals(Set.of(), added, "FAT" + bits + " " + kind + ": complaints the run added (before: " + original + ")");
            assertEquals(before, Simulations.sha256(image), kind + ": the image file is never written");
            Files.delete(saved);
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
            Set<String> original = ExternalTools.complaints("fsck.exfat", "-n", image.toString());
            String before = Simulations.sha256(image);
            try (Simulation simulation = Simulations.open(image, new KernelSettings(), 1)) {
                assertNotNull(simulation.kernel().readOnly(), kind + ": read-only");
                assertTrue(simulation.kernel().readOnly().contains("fsck.exfat -y"), simulation.kernel().readOnly());
                ScenarioRunner runner = new ScenarioRunner(simulation);
                runner.run(Scenario.parse("changes", "create /new.txt\nwrite /dir/c.txt 0 100 fill 0x41\n"));
                assertTrue(runner.failures().size() == 2
                        && runner.failures().stream().allMatch(f -> f.error() == Errno.EROFS), runner.failures().toString());
            }
            Path saved = dir.resolve("saved-exfat-" + kind + ".img");
            try (Simulation simulation = Simulations.open(image, new KernelSettings().allowDamaged(true).packerCapacity(3),
                    kind.hashCode())) {
                List<String> invariantsBefore = simulation.kernel().checkInvariants();
                ScenarioRunner runner = new ScenarioRunner(simulation);
                runner.run(Scenario.parse("random", "mkdir /sub\nrandom 250 files 10\n"));
                runner.closeAll();
                simulation.kernel().closeAll();
                assertEquals(List.of(), runner.problems(), kind + ": findings during the run");
                assertEquals(List.of(), simulation.kernel().checkInvariants().stream()
                        .filter(p -> !invariantsBefore.contains(p)).toList(), kind + ": what the run broke");
                simulation.kernel().saveAs(saved);
            }
            Set<String> added = new TreeSet<>(ExternalTools.complaints("fsck.exfat", "-n", saved.toString()));
            added.removeAll(original);
            assertEquals(Set.of(), added, "exFAT " + kind + ": complaints the run added (before: " + original + ")");
            assertEquals(before, Simulations.sha256(image), kind + ": the image file is never written");
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
            Set<String> original = ExternalTools.complaints("e2fsck", "-fn", image.toString());
            String before = Simulations.sha256(image);
            try (Simulation simulation = Simulations.open(image, new KernelSettings(), 1)) {
                assertNotNull(simulation.kernel().readOnly(), kind + ": read-only");
                assertTrue(simulation.kernel().readOnly().contains("e2fsck -fy"), simulation.kernel().readOnly());
                ScenarioRunner runner = new ScenarioRunner(simulation);
                runner.run(Scenario.parse("changes", "create /new.txt\nwrite /b.txt 0 100 fill 0x41\n"));
                assertTrue(runner.failures().size() == 2
                        && runner.failures().stream().allMatch(f -> f.error() == Errno.EROFS), runner.failures().toString());
            }
            Path saved = dir.resolve("saved-" + type + "-" + kind + ".img");
            try (Simulation simulation = Simulations.open(image, new KernelSettings().allowDamaged(true).packerCapacity(3),
                    kind.hashCode())) {
                List<String> invariantsBefore = simulation.kernel().checkInvariants();
                ScenarioRunner runner = new ScenarioRunner(simulation);
                runner.run(Scenario.parse("random", "mkdir /new\nrandom 250 files 10\n"));
                runner.closeAll();
                simulation.kernel().closeAll();
                assertEquals(List.of(), runner.problems(), kind + ": findings during the run");
                assertEquals(List.of(), simulation.kernel().checkInvariants().stream()
                        .filter(p -> !invariantsBefore.contains(p)).toList(), kind + ": what the run broke");
                simulation.kernel().saveAs(saved);
            }
            Set<String> added = new TreeSet<>(ExternalTools.complaints("e2fsck", "-fn", saved.toString()));
            added.removeAll(original);
            assertEquals(Set.of(), added, type + " " + kind + ": complaints the run added (before: " + original + ")");
            assertEquals(before, Simulations.sha256(image), kind + ": the image file is never written");
        }
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
