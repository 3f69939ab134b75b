package org.extentlab.kernel.tests;

import static org.extentlab.images.tests.ExternalTools.run;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

import org.extentlab.images.VolumeLoader;
import org.extentlab.kernel.AllocationPolicy;
import org.extentlab.kernel.sim.KernelSettings;
import org.extentlab.kernel.sim.Scenario;
import org.extentlab.kernel.sim.ScenarioPlayer;
import org.extentlab.kernel.sim.ScenarioRunner;
import org.extentlab.kernel.sim.Simulation;
import org.extentlab.kernel.sim.Trace;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Checkpoints: a player that steps back, shows an earlier moment or cuts the power from a checkpoint
 * gives exactly what a run of the same steps from the image gives (trace line for line, image byte
 * for byte), on each format, with files already on the image.
 */
class CheckpointTest {
    private static final int STEPS = 300;

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = { "fat16", "exfat", "ext4", "ext4-htree-inline" })
    void stepsBackMomentsAndPowerCutsFromCheckpointsEqualRunsFromTheImage(String format) throws Exception {
        Path image = image(format);
        String script = script();
        try (ScenarioPlayer player = ScenarioPlayer.open(image, VolumeLoader.load(image, 0), AllocationPolicy.NATIVE,
                new KernelSettings().packerCapacity(2), 9)) {
            player.perform(Scenario.parse("test", script));
            assertEquals(STEPS, player.position());
            assertTrue(player.checkpoints().startsWith("4 checkpoints, every 64 steps"), player.checkpoints());
            for (int target : new int[] { 299, 250, 130, 128, 65, 3 }) {
                player.goTo(target);
                Reference expected = reference(image, script, target);
                assertEquals(expected.trace, player.simulation().kernel().trace().toJsonLines(), format + " at " + target);
                Path saved = dir.resolve(format + "-" + target + ".img");
                player.saveImageAs(saved);
                assertArrayEquals(Files.readAllBytes(expected.saved), Files.readAllBytes(saved), format + " at " + target);
                player.goTo(STEPS);
            }
            assertTrue(player.checkpoints().startsWith("4 checkpoints"), "going back and forth keeps them: "
                    + player.checkpoints());
            String all = player.simulation().kernel().trace().toJsonLines();
            long events = all.lines().count();
            for (long event : new long[] { events - 1, events * 2 / 3, events / 3, 5 }) {
                try (Simulation moment = player.momentAt(event)) {
                    String shown = moment.kernel().trace().toJsonLines();
                    assertEquals(all.lines().limit(event).map(l -> l + "\n").reduce("", String::concat), shown,
                            format + ": the moment at event " + event + " holds the run's first events");
                }
                Path cut = dir.resolve(format + "-cut.img");
                player.powerCut(event, cut);
                Path expected = dir.resolve(format + "-cut-expected.img");
                cutFromTheImage(image, script, event, expected);
                assertArrayEquals(Files.readAllBytes(expected), Files.readAllBytes(cut), format + ": cut at " + event);
            }
        }
    }

    /** A script of {@value #STEPS} steps, each one line, drawn with a fixed seed. */
    private static String script() {
        Random random = new Random(42);
        StringBuilder out = new StringBuilder("mkdir /w\n");
        int steps = 1;
        for (; steps < STEPS; steps++) {
            String file = "/w/f" + random.nextInt(6);
            switch (random.nextInt(7)) {
            case 0 -> out.append("create ").append(file).append(" ").append(random.nextInt(40_000)).append("\n");
            case 1, 2 -> out.append("write ").append(file).append(" ").append(random.nextInt(60_000)).append(" ")
                    .append(1 + random.nextInt(30_000)).append("\n");
            case 3 -> out.append("truncate ").append(file).append(" ").append(random.nextInt(50_000)).append("\n");
            case 4 -> out.append("read ").append(file).append(" 0 20000\n");
            case 5 -> out.append("read /keep.bin 1000 5000\n");
            default -> out.append("create /big/new").append(steps).append(" 100\n"); // an indexed folder, where there is one
            }
        }
        return out.toString();
    }

    private record Reference(String trace, Path saved) {
    }

    /** The first {@code steps} steps run on a simulation of their own from the image: trace, saved image. */
    private Reference reference(Path image, String script, int steps) throws Exception {
        String first = script.lines().limit(steps).map(l -> l + "\n").reduce("", String::concat);
        try (Simulation simulation = Simulation.open(image, 0, AllocationPolicy.NATIVE,
                new KernelSettings().packerCapacity(2), 9, new Trace())) {
            new ScenarioRunner(simulation).run(Scenario.parse("test", first));
            String trace = simulation.kernel().trace().toJsonLines();
            Path saved = dir.resolve("reference.img");
            Files.deleteIfExists(saved);
            simulation.kernel().saveAs(saved);
            return new Reference(trace, saved);
        }
    }

    private void cutFromTheImage(Path image, String script, long event, Path target) throws Exception {
        Trace trace = new Trace(false);
        try (Simulation simulation = Simulation.open(image, 0, AllocationPolicy.NATIVE,
                new KernelSettings().packerCapacity(2), 9, trace)) {
            org.extentlab.kernel.sim.PowerCut.arm(simulation, trace, event, target);
            new ScenarioRunner(simulation).run(Scenario.parse("test", script));
        }
    }

    /**
     * An image of {@code format} with a file already on it (/keep.bin, 100,000 bytes); the last kind
     * also holds an indexed folder of 400 entries (/big) and its small files inline.
     */
    private Path image(String format) throws Exception {
        Path content = dir.resolve("keep.bin");
        byte[] bytes = new byte[100_000];
        new Random(3).nextBytes(bytes);
        Files.write(content, bytes);
        Path image = dir.resolve(format + ".img");
        switch (format) {
        case "fat16" -> {
            run("mkfs.fat", "-C", "-F", "16", "-s", "4", image.toString(), "20000");
            run("mcopy", "-i", image.toString(), content.toString(), "::/keep.bin");
        }
        case "exfat" -> {
            run("truncate", "-s", "24M", image.toString());
            run("mkfs.exfat", image.toString());
            try (org.extentlab.images.tests.ExfatPopulator exfat = new org.extentlab.images.tests.ExfatPopulator(image)) {
                exfat.file(exfat.rootCluster(), "keep.bin", bytes, bytes.length, false);
            }
        }
        default -> {
            Path tree = Files.createDirectories(dir.resolve(format + "-tree"));
            Files.copy(content, tree.resolve("keep.bin"));
            if (format.equals("ext4")) {
                run("mke2fs", "-q", "-F", "-t", "ext4", "-d", tree.toString(), image.toString(), "24M");
            } else {
                Path big = Files.createDirectories(tree.resolve("big"));
                for (int i = 0; i < 400; i++) {
                    Files.writeString(big.resolve("entry-with-a-longer-name-" + i), "x" + i);
                }
                run("mke2fs", "-q", "-F", "-t", "ext4", "-O", "inline_data", "-d", tree.toString(), image.toString(),
                        "24M");
            }
        }
        }
        return image;
    }
}
