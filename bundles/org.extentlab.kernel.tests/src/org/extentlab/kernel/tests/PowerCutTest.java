package org.extentlab.kernel.tests;

import static org.extentlab.images.tests.ExternalTools.run;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.extentlab.images.ImageFormat;
import org.extentlab.images.VolumeLoader;
import org.extentlab.images.tests.ExternalTools;
import org.extentlab.kernel.AllocationPolicy;
import org.extentlab.kernel.sim.Checker;
import org.extentlab.kernel.sim.KernelSettings;
import org.extentlab.kernel.sim.PowerCut;
import org.extentlab.kernel.sim.RunCommand;
import org.extentlab.kernel.sim.Scenario;
import org.extentlab.kernel.sim.ScenarioPlayer;
import org.extentlab.kernel.sim.ScenarioRunner;
import org.extentlab.kernel.sim.Simulation;
import org.extentlab.kernel.sim.Trace;
import org.extentlab.kernel.sim.TraceEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A power cut after each event of a write, on images with a file already on them: the cut image holds
 * what the device held then, the format's checker says what a crash there leaves, and no reader of a
 * cut image ever sees bytes the run did not write for the file (completeIO persists the size after the
 * data). The opened image is never written.
 */
class PowerCutTest {
    private static final String WRITE = "create /f.bin\nwrite /f.bin 0 20K fill 0x41\nclose /f.bin\n";

    @TempDir
    Path dir;

    @Test
    void onFatTheSizeComesAfterTheDataAndLostClustersShowBetween() throws Exception {
        Path image = Simulations.fat(dir, 16, 16384, 4);
        Path old = Files.writeString(dir.resolve("old.txt"), "already on the volume\n");
        run("mcopy", "-i", image.toString(), old.toString(), "::/old.txt");
        String before = Simulations.sha256(image);
        List<TraceEvent> events = events(image, WRITE);
        long blockmapReply = sequence(events, "reply", "blockmapFile");
        long completeReply = sequence(events, "reply", "completeIO");
        for (long n = 0; n <= events.size(); n++) {
            Path cut = cutAt(image, WRITE, n);
            Checker.Report report = Checker.check(cut, ImageFormat.FAT16, 0);
            assertTrue(report.ran(), report.verdict());
            boolean allocatedNotSized = n >= blockmapReply && n < completeReply;
            assertEquals(!allocatedNotSized, report.clean(), "event " + n + ": " + report.output());
            if (allocatedNotSized) {
                assertTrue(report.output().contains("Reclaimed 10 unused clusters"),
                        "the blockmap's clusters, lost until completeIO gives the size: " + report.output());
            }
            String listing = run("mdir", "-i", cut.toString(), "-b", "::/");
            if (listing.toLowerCase().contains("f.bin")) {
                byte[] read = ExternalTools.runBytes("mtype", "-i", cut.toString(), "::/f.bin");
                byte[] written = new byte[read.length];
                Arrays.fill(written, (byte) 0x41);
                assertArrayEquals(written, read, "event " + n + ": only bytes the run wrote");
                assertEquals(n >= completeReply ? 20480 : 0, read.length, "event " + n + ": the size on the device");
            }
            assertEquals("already on the volume\n", run("mtype", "-i", cut.toString(), "::/old.txt"));
            Files.delete(cut);
        }
        assertEquals(before, Simulations.sha256(image), "the opened image is never written");
        Path untouched = cutAt(image, WRITE, 0);
        assertArrayEquals(Files.readAllBytes(image), Files.readAllBytes(untouched), "a cut before event 1");
    }

    /**
     * ext4: blockmapFile gives the file unwritten extents, completeIO makes them written and sets the
     * size, so a cut anywhere leaves a volume e2fsck calls clean, and the file reads only what was written.
     */
    @Test
    void onExt4EveryCutIsConsistentTheBlocksStayUnwrittenUntilCompleteIO() throws Exception {
        Path tree = Files.createDirectories(dir.resolve("tree"));
        Files.writeString(tree.resolve("old.txt"), "already on the volume\n");
        Path image = dir.resolve("ext4.img");
        run("mke2fs", "-q", "-F", "-t", "ext4", "-d", tree.toString(), image.toString(), "16M");
        String script = "create /f.bin\nwrite /f.bin 0 20K fill 0x41\nfsync /f.bin\nclose /f.bin\n";
        List<TraceEvent> events = events(image, script);
        long created = sequence(events, "reply", "createFile");
        long blockmapReply = sequence(events, "reply", "blockmapFile");
        long completeReply = sequence(events, "reply", "completeIO");
        for (long n = 0; n <= events.size(); n++) {
            Path cut = cutAt(image, script, n);
            Checker.Report report = Checker.check(cut, ImageFormat.EXT4, 0);
            assertTrue(report.clean(), "event " + n + ": " + report.output());
            String listing = run("debugfs", "-R", "ls -l /", cut.toString());
            assertEquals(n >= created, listing.contains("f.bin"), "event " + n + ": " + listing);
            if (n >= created) {
                String stat = run("debugfs", "-R", "stat /f.bin", cut.toString());
                assertEquals(n >= blockmapReply && n < completeReply, stat.contains("[u]"),
                        "event " + n + ": unwritten from the blockmap to completeIO: " + stat);
                byte[] read = ExternalTools.runBytes("debugfs", "-R", "cat /f.bin", cut.toString());
                byte[] written = new byte[n >= completeReply ? 20480 : 0];
                Arrays.fill(written, (byte) 0x41);
                assertArrayEquals(written, read, "event " + n + ": the size and the bytes on the device");
            }
            assertEquals("already on the volume\n", run("debugfs", "-R", "cat /old.txt", cut.toString()));
            Files.delete(cut);
        }
    }

    @Test
    void thePlayerCutsAReplayAndLeavesTheRunningSimulationAlone() throws Exception {
        Path image = Simulations.fat(dir, 12, 1024, 1);
        var volume = VolumeLoader.load(image);
        try (ScenarioPlayer player = ScenarioPlayer.open(image, volume, AllocationPolicy.NATIVE, new KernelSettings(), 1)) {
            player.perform(Scenario.parse("write", WRITE));
            Simulation running = player.simulation();
            int events = running.kernel().trace().events().size();
            Path fromPlayer = dir.resolve("player-cut.img");
            PowerCut cut = player.powerCut(8, fromPlayer);
            assertEquals("transfer", cut.at().kind());
            assertTrue(cut.describe().contains("#8 (transfer device write)"), cut.describe());
            assertEquals(running, player.simulation(), "the same simulation runs on");
            assertEquals(events, running.kernel().trace().events().size(), "and its trace is as it was");
            assertArrayEquals(Files.readAllBytes(cutAt(image, WRITE, 8)), Files.readAllBytes(fromPlayer),
                    "the same cut as a run's: the engine is deterministic");
            java.io.IOException beyond = org.junit.jupiter.api.Assertions.assertThrows(java.io.IOException.class,
                    () -> player.powerCut(events + 1, dir.resolve("x.img")));
            assertTrue(beyond.getMessage().contains("the run has " + events + " events"), beyond.getMessage());
            assertFalse(Files.exists(dir.resolve("x.img")), "nothing written for an event that never was");
        }
    }

    @Test
    void theRunCommandSavesTheCutImageAndPrintsTheCheckersReport() throws Exception {
        Path image = Simulations.fat(dir, 16, 16384, 4);
        Path script = Files.writeString(dir.resolve("s.txt"), WRITE);
        Path cut = dir.resolve("cut.img");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exit = RunCommand.run(new String[] { "--image", image.toString(), "--script", script.toString(), "--trace",
                dir.resolve("t.jsonl").toString(), "--save-as", cut.toString(), "--crash-at", "7" },
                new PrintStream(out, true, StandardCharsets.UTF_8), System.err);
        String text = out.toString(StandardCharsets.UTF_8);
        assertEquals(0, exit, text);
        assertTrue(text.contains("power cut: power cut right after event #7 (reply blockmapFile)"), text);
        assertTrue(text.contains("checker: fsck.fat -n finds damage (exit 1)"), text);
        assertTrue(text.contains("checker: Reclaimed 10 unused clusters"), text);
        assertEquals(List.of("Reclaimed N unused clusters (N bytes)."), List.copyOf(ExternalTools.complaints("fsck.fat", "-n",
                cut.toString())), "the saved image is the cut one, not the one after the run");

        ByteArrayOutputStream err = new ByteArrayOutputStream();
        assertEquals(1, RunCommand.run(new String[] { "--image", image.toString(), "--script", script.toString(),
                "--trace", dir.resolve("t.jsonl").toString(), "--crash-at", "7" }, System.out,
                new PrintStream(err, true, StandardCharsets.UTF_8)));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("--crash-at needs --save-as"), err.toString());
        err.reset();
        assertEquals(2, RunCommand.run(new String[] { "--image", image.toString(), "--script", script.toString(),
                "--trace", dir.resolve("t.jsonl").toString(), "--save-as", dir.resolve("never.img").toString(),
                "--crash-at", "999" }, System.out, new PrintStream(err, true, StandardCharsets.UTF_8)));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("no event 999 to cut the power after: the run has 15 events"),
                err.toString());
        assertFalse(Files.exists(dir.resolve("never.img")));
    }

    /**
     * The power-cut lesson says what a cut at each of its write's events leaves on the sample: lost
     * clusters between the blockmap reply and completeIO's, a clean volume before and after.
     */
    @Test
    void thePowerCutLessonSaysWhatTheCheckerFinds() throws Exception {
        Path image = LessonsTest.image(dir, "images/sample-fat16.img.gz");
        String lesson = Files.readString(LessonsTest.LESSONS.resolve("20-power-cut.txt"));
        assertTrue(lesson.contains("reclaims 6 unused clusters"), "the lesson's words");
        List<TraceEvent> events = events(image, lesson);
        long blockmapReply = sequence(events, "reply", "blockmapFile");
        long completeReply = sequence(events, "reply", "completeIO");
        for (long n : new long[] { sequence(events, "reply", "createFile"), blockmapReply, blockmapReply + 1,
                completeReply, events.size() }) {
            Path cut = cutAt(image, lesson, n);
            Checker.Report report = Checker.check(cut, ImageFormat.FAT16, 0);
            boolean between = n >= blockmapReply && n < completeReply;
            assertEquals(!between, report.clean(), "event " + n + ": " + report.output());
            assertEquals(between, report.output().contains("Reclaimed 6 unused clusters"), report.output());
            Files.delete(cut);
        }
    }

    /** The events of {@code script} run on {@code image}. */
    private static List<TraceEvent> events(Path image, String script) throws Exception {
        try (Simulation simulation = Simulations.open(image, new KernelSettings(), 1)) {
            new ScenarioRunner(simulation).run(Scenario.parse("s", script));
            return List.copyOf(simulation.kernel().trace().events());
        }
    }

    /** The image as the device held it right after event {@code n} of {@code script} on {@code image}. */
    private Path cutAt(Path image, String script, long n) throws Exception {
        Path target = dir.resolve("cut-" + n + ".img");
        Trace trace = new Trace();
        try (Simulation simulation = Simulation.open(image, 0, AllocationPolicy.NATIVE, new KernelSettings(), 1, trace)) {
            PowerCut cut = PowerCut.arm(simulation, trace, n, target);
            new ScenarioRunner(simulation).run(Scenario.parse("s", script));
            cut.requireDone(trace.count());
            assertTrue(n == 0 ? cut.at() == null : cut.at().sequence() == n);
        }
        return target;
    }

    private static long sequence(List<TraceEvent> events, String kind, String name) {
        return events.stream().filter(e -> e.kind().equals(kind) && e.name().equals(name)).findFirst().orElseThrow()
                .sequence();
    }
}
