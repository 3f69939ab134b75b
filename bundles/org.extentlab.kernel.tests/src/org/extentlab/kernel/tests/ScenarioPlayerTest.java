package org.extentlab.kernel.tests;

import static org.extentlab.images.tests.ExternalTools.run;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.extentlab.images.VolumeLoader;
import org.extentlab.kernel.AllocationPolicy;
import org.extentlab.kernel.FileSystemModule;
import org.extentlab.kernel.sim.KernelSettings;
import org.extentlab.kernel.sim.Scenario;
import org.extentlab.kernel.sim.ScenarioPlayer;
import org.extentlab.kernel.sim.Simulation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Stepping back through a history: every earlier position, reached again by starting over and
 * replaying, has exactly the trace, the block owners and the free space it had the first time.
 */
class ScenarioPlayerTest {
    private static final String SCRIPT = """
            packer-capacity 2
            create /a
            create /b
            write /a 0 12K
            write /b 0 8K
            write /a 12K 12K
            close /a
            read /a 0 24K
            truncate /a 4K
            parallel
              write /b 8K 16K
              write /a 4K 8K
            end
            rename /b /c
            delete /a
            random 40 files 4
            """;

    @TempDir
    Path dir;

    /** What a view can see at one position. */
    private record Snapshot(String trace, long[] owners, long free, long time) {
        static Snapshot of(Simulation simulation) {
            FileSystemModule module = simulation.module();
            long[] owners = new long[(int) module.unitCount()];
            module.unitOwners(0, owners);
            return new Snapshot(simulation.kernel().trace().toJsonLines(), owners, module.freeBytes(),
                    simulation.kernel().time());
        }

        void assertSame(Snapshot other, String where) {
            assertEquals(trace, other.trace, where + ": the trace");
            assertArrayEquals(owners, other.owners, where + ": the owner of every block");
            assertEquals(free, other.free, where + ": free space");
            assertEquals(time, other.time, where + ": simulated time");
        }
    }

    private Path image(String format) throws Exception {
        Path image = dir.resolve(format + ".img");
        if (format.equals("ext4")) {
            run("mke2fs", "-q", "-F", "-t", "ext4", "-b", "1024", image.toString(), "8M");
        } else {
            return Simulations.fat(dir, 16, 16384, 4);
        }
        return image;
    }

    @ParameterizedTest
    @ValueSource(strings = { "ext4", "fat16" })
    void everyEarlierPositionReturnsExactly(String format) throws Exception {
        Path image = image(format);
        String before = Simulations.sha256(image);
        try (ScenarioPlayer player = ScenarioPlayer.open(image, VolumeLoader.load(image), AllocationPolicy.NATIVE,
                new KernelSettings(), 7)) {
            player.queue(Scenario.parse("lesson", SCRIPT));
            int steps = player.history().size();
            assertEquals(13, steps, "one step per line, the parallel block one step");
            List<Snapshot> seen = new ArrayList<>();
            seen.add(Snapshot.of(player.simulation()));
            while (player.canStepForward()) {
                player.stepForward();
                seen.add(Snapshot.of(player.simulation()));
            }
            assertEquals(List.of(), player.problems());
            assertNotEquals(seen.get(0).free(), seen.get(5).free(), "the writes took space");

            for (int k = steps - 1; k >= 0; k--) {
                Simulation earlier = player.simulation();
                player.stepBack();
                assertNotSame(earlier, player.simulation(), "a step back is a new simulation");
                assertEquals(k, player.position());
                seen.get(k).assertSame(Snapshot.of(player.simulation()), "back at step " + k);
            }
            player.goTo(9);
            seen.get(9).assertSame(Snapshot.of(player.simulation()), "forward to step 9");
            player.goTo(4);
            seen.get(4).assertSame(Snapshot.of(player.simulation()), "back to step 4");
            player.runToEnd();
            seen.get(steps).assertSame(Snapshot.of(player.simulation()), "the end again");
            assertEquals(List.of(), player.simulation().kernel().checkInvariants());
        }
        assertEquals(before, Simulations.sha256(image), "the image file is never written");
    }

    @ParameterizedTest
    @ValueSource(strings = { "ext4", "fat16" })
    void newSettingsReplayTheHistoryAsIfTheSimulationHadStartedWithThem(String format) throws Exception {
        Path image = image(format);
        String script = """
                create /a
                create /b
                write /a 0 8K
                write /b 0 8K
                write /a 8K 8K
                write /b 8K 8K
                write /a 16K 8K
                close /a
                read /a 0 24K
                verify
                """;
        try (ScenarioPlayer player = ScenarioPlayer.open(image, VolumeLoader.load(image), AllocationPolicy.NATIVE,
                new KernelSettings(), 1)) {
            player.queue(Scenario.parse("lesson", script));
            player.goTo(9);
            long before = continuations(player.simulation());
            player.reconfigure(new KernelSettings().packerCapacity(1), AllocationPolicy.FIRST_FIT, 5);
            assertEquals(9, player.position(), "the same step, replayed");
            assertEquals(10, player.history().size(), "the history stays");
            assertTrue(continuations(player.simulation()) > before,
                    "a one-extent packer needs continuations: " + before + " before");
            try (ScenarioPlayer fresh = ScenarioPlayer.open(image, VolumeLoader.load(image), AllocationPolicy.FIRST_FIT,
                    new KernelSettings().packerCapacity(1), 5)) {
                fresh.queue(Scenario.parse("lesson", script));
                fresh.goTo(9);
                Snapshot.of(fresh.simulation()).assertSame(Snapshot.of(player.simulation()), "reconfigured");
                player.stepBack();
                fresh.stepBack();
                Snapshot.of(fresh.simulation()).assertSame(Snapshot.of(player.simulation()), "a step back keeps them");
            }
            player.runToEnd();
            assertEquals(List.of(), player.problems(), "the data read back is what was written");
        }
    }

    @Test
    void theHistoryWrittenAsAScriptRunsToTheSameSimulation() throws Exception {
        Path image = image("fat16");
        try (ScenarioPlayer player = ScenarioPlayer.open(image, VolumeLoader.load(image), AllocationPolicy.NATIVE,
                new KernelSettings().packerCapacity(3), 9)) {
            player.queue(Scenario.parse("lesson", SCRIPT.replaceAll("/b(?=\\s)", "\"/b c\"")));
            player.runToEnd();
            String script = player.script();
            assertTrue(script.contains("\"/b c\"") && script.contains("parallel\n  write "), script);
            try (ScenarioPlayer again = ScenarioPlayer.open(image, VolumeLoader.load(image), AllocationPolicy.NATIVE,
                    player.settings(), player.seed())) {
                again.queue(Scenario.parse("saved", script));
                again.runToEnd();
                assertEquals(player.history().size(), again.history().size());
                Snapshot.of(player.simulation()).assertSame(Snapshot.of(again.simulation()), "the script run again");
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { "ext4", "fat16" })
    void saveImageAsWritesTheStepsSoFarAndLeavesTheRunningSimulationAsItWas(String format) throws Exception {
        Path image = image(format);
        String before = Simulations.sha256(image);
        try (ScenarioPlayer player = ScenarioPlayer.open(image, VolumeLoader.load(image), AllocationPolicy.NATIVE,
                new KernelSettings(), 1)) {
            player.queue(Scenario.parse("lesson", SCRIPT));
            player.goTo(6);
            Snapshot running = Snapshot.of(player.simulation());
            Path saved = dir.resolve(format + "-saved.img");
            player.saveImageAs(saved);
            running.assertSame(Snapshot.of(player.simulation()), "the running simulation, untouched");
            if (format.equals("ext4")) {
                run("e2fsck", "-fn", saved.toString());
                String listing = run("debugfs", "-R", "ls -l /", saved.toString());
                assertTrue(listing.contains(" a") && listing.contains(" b"), listing);
                assertTrue(run("debugfs", "-R", "stat /a", saved.toString()).contains("Size: 24576"),
                        "12K + 12K written to /a by step 6");
            } else {
                Simulations.assertFsckFatClean(saved);
                String listing = run("mdir", "-i", saved.toString(), "::/");
                assertTrue(listing.contains("24576"), listing);
            }
            IOException refused = assertThrows(IOException.class, () -> player.saveImageAs(image));
            assertTrue(refused.getMessage().contains("overwrite the opened image"), refused.getMessage());
            player.runToEnd();
            assertEquals(List.of(), player.problems(), "the steps after the save run as before");
        }
        assertEquals(before, Simulations.sha256(image), "the image file was never written");
    }

    private static long continuations(Simulation simulation) {
        return simulation.kernel().trace().events().stream().filter(e -> e.continuation() && e.kind().equals("call"))
                .count();
    }

    @Test
    void aNewOperationAfterStepsBackReplacesWhatLayAhead() throws Exception {
        Path image = image("fat16");
        try (ScenarioPlayer player = ScenarioPlayer.open(image, VolumeLoader.load(image), AllocationPolicy.NATIVE,
                new KernelSettings(), 1)) {
            player.perform(Scenario.parse("user", "create /x"));
            player.perform(Scenario.parse("user", "write /x 0 8K"));
            player.perform(Scenario.parse("user", "write /x 8K 8K"));
            assertEquals(3, player.position());
            player.stepBack();
            player.stepBack();
            assertTrue(player.canStepForward(), "what was undone can be redone");
            player.perform(Scenario.parse("user", "write /x 0 1K"));
            assertEquals(List.of("create /x", "write /x 0 1024"),
                    player.history().stream().map(ScenarioPlayer.Entry::describe).toList(),
                    "the new operation took the undone ones' place");
            assertTrue(!player.canStepForward(), "nothing left to redo");
            FileSystemModule module = player.simulation().module();
            assertEquals(1024, module.lookupItem("x", module.root(), null).attributes().size());
        }
    }

    @Test
    void settingsAScriptChangesAreTheScriptsAndAStartOverBeginsFromTheOnesGiven() throws Exception {
        Path image = image("fat16");
        try (ScenarioPlayer player = ScenarioPlayer.open(image, VolumeLoader.load(image), AllocationPolicy.NATIVE,
                new KernelSettings().packerCapacity(3), 1)) {
            player.perform(Scenario.parse("lesson", "packer-capacity 1\ncreate /x\n"));
            assertEquals(1, player.simulation().kernel().settings().packerCapacity());
            player.stepBack();
            player.stepBack();
            assertEquals(3, player.simulation().kernel().settings().packerCapacity(),
                    "position 0 has the settings the player was given");
        }
    }

    @Test
    void aScriptNamingItsSeedStartsAFreshHistoryAndImpossibleMovesAreRefused() throws Exception {
        Path image = image("fat16");
        try (ScenarioPlayer player = ScenarioPlayer.open(image, VolumeLoader.load(image), AllocationPolicy.NATIVE,
                new KernelSettings(), 1)) {
            assertThrows(IllegalStateException.class, player::stepBack);
            assertThrows(IllegalStateException.class, player::stepForward);
            player.perform(Scenario.parse("user", "create /x"));
            assertThrows(IllegalArgumentException.class, () -> player.goTo(2));
            player.queue(Scenario.parse("lesson", "seed 9\npolicy first-fit\ncreate /y\n"));
            assertEquals(0, player.position(), "a fresh start");
            assertEquals(1, player.history().size(), "only the script's step");
            assertEquals(9, player.seed());
            assertEquals(AllocationPolicy.FIRST_FIT, player.policy());
            player.runToEnd();
            FileSystemModule module = player.simulation().module();
            assertEquals(null, module.lookupItem("x", module.root(), null).item(), "the earlier history is gone");
        }
    }
}
