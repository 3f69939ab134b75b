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
            assertNeverWorse(image, "FAT" + bits + " " + kind + ", its own files", AT_THE_DAMAGE, false, "fsck.fat", "-n");
        }
    }

    /**
     * Changes right at what the corpus damages: the folder (its size, "." and ".."), the long name, the
     * files whose chains or sizes are wrong; some fail (a damaged file is kept as it is), none may make
     * the volume worse.
     */
    private static final String EXT_AT_THE_DAMAGE = """
            create /sub/x.txt
            write /sub/x.txt 0 3000 fill 0x43
            close /sub/x.txt
            rename /sub /moved
            delete /moved/c.txt
            write /a.bin 0 9000 fill 0x44
            rename /a.bin /a2.bin
            write /hard.txt 0 10 fill 0x45
            """;

    private static final String AT_THE_DAMAGE = """
            create /dir/x.txt
            write /dir/x.txt 0 3000 fill 0x43
            close /dir/x.txt
            mkdir /dir/sub
            rename /dir /moved
            delete /moved/c.txt
            rename /longer-name-file.txt /renamed-long-name.txt
            create /another-long-name.txt
            write /a.bin 0 9000 fill 0x44
            rename /a.bin /a2.bin
            """;

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
            assertNeverWorse(image, type + " " + kind + ", its own files", EXT_AT_THE_DAMAGE, false, "e2fsck", "-fn");
        }
    }

    /**
     * A folder found damaged (FAT: its ".", "..", size or a long name in it; ext: an entry naming an
     * unused inode) keeps its name and place when simulated anyway, and so does the folder above a
     * damaged file; what they hold may still change.
     */
    @Test
    void aDamagedFolderAndTheFoldersAboveADamagedFileKeepTheirNames() throws Exception {
        Path fat = DamagedFat.clean(dir, 16);
        assertTrue(org.extentlab.images.VolumeLoader.load(fat).entries().stream().allMatch(e -> e.damage().isEmpty()));
        for (String kind : List.of("dot", "dotdot", "folder-size")) {
            assertKeepsItsName(DamagedFat.damaged(dir, fat, 16, kind), "/dir", "FAT16 " + kind);
        }
        Path ext = DamagedExt.clean(dir, "ext4");
        assertKeepsItsName(DamagedExt.damaged(dir, ext, "ext4", "inode-free-in-bitmap"), "/sub", "ext4 unused inode");
        assertKeepsItsName(DamagedExt.damaged(dir, DamagedExt.clean(dir, "ext2"), "ext2", "shared-block"), "/sub",
                "ext2 a damaged file's folder");
    }

    private static void assertKeepsItsName(Path image, String folder, String what) throws Exception {
        var volume = org.extentlab.images.VolumeLoader.load(image);
        boolean itself = volume.entries().stream().anyMatch(e -> e.path().equals(folder) && !e.damage().isEmpty());
        boolean above = volume.files().stream().anyMatch(f -> f.path().startsWith(folder + "/") && !f.damage().isEmpty());
        assertTrue(itself || above, what + ": the folder or a file in it is found damaged: " + volume.entries());
        try (Simulation simulation = Simulations.open(image, new KernelSettings().allowDamaged(true), 1)) {
            ScenarioRunner runner = new ScenarioRunner(simulation);
            runner.run(Scenario.parse("changes", "create " + folder + "/y.txt\nclose " + folder + "/y.txt\nrename "
                    + folder + " /moved\ndelete " + folder + "\n"));
            assertEquals(List.of("rename EROFS", "delete EROFS"), runner.failures().stream()
                    .map(f -> f.operation().split(" ")[0] + " " + f.error().name()).toList(), what + ": " + runner.failures());
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
        assertNeverWorse(image, what, "mkdir /made\nrandom 250 files 10\n", true, checker);
    }

    /**
     * Simulated anyway, {@code script} (which must write through the kernel when {@code mustWrite})
     * breaks no invariant not found broken, and the saved image's checker complains of nothing the
     * original did not have; the image itself is never written. Failed steps are allowed.
     */
    private void assertNeverWorse(Path image, String what, String script, boolean mustWrite, String... checker)
            throws Exception {
        Set<String> original = ExternalTools.complaints(with(checker, image));
        String before = Simulations.sha256(image);
        Path saved = dir.resolve("saved-" + image.getFileName());
        try (Simulation simulation = Simulations.open(image, new KernelSettings().allowDamaged(true).packerCapacity(3),
                what.hashCode())) {
            assertNull(simulation.kernel().readOnly(), what + ": simulated anyway");
            List<String> invariantsBefore = simulation.kernel().checkInvariants();
            ScenarioRunner runner = new ScenarioRunner(simulation);
            runner.run(Scenario.parse("changes", script));
            runner.closeAll();
            simulation.kernel().closeAll();
            assertEquals(List.of(), runner.problems(), what + ": findings during the run");
            assertEquals(List.of(), simulation.kernel().checkInvariants().stream()
                    .filter(p -> !invariantsBefore.contains(p)).toList(), what + ": what the run broke");
            assertTrue(!mustWrite || simulation.kernel().counters().blockmaps > 20, what + ": the run wrote through the kernel");
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
