package org.extentlab.kernel.tests;

import static org.extentlab.images.tests.ExternalTools.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.extentlab.kernel.AllocationPolicy;
import org.extentlab.kernel.sim.KernelSettings;
import org.extentlab.kernel.sim.Scenario;
import org.extentlab.kernel.sim.ScenarioException;
import org.extentlab.kernel.sim.ScenarioRunner;
import org.extentlab.kernel.sim.Simulation;
import org.extentlab.kernel.sim.Trace;

/** Images made by mkfs.fat in the test, and simulations on them. */
final class Simulations {
    private Simulations() {
    }

    /** A fresh FAT{@code bits} image of {@code kib} KiB with {@code sectorsPerCluster}. */
    static Path fat(Path dir, int bits, int kib, int sectorsPerCluster) throws IOException, InterruptedException {
        Path image = dir.resolve("fat" + bits + "-" + kib + ".img");
        Files.deleteIfExists(image);
        run("mkfs.fat", "-C", "-F", Integer.toString(bits), "-s", Integer.toString(sectorsPerCluster), "-n", "LAB",
                image.toString(), Integer.toString(kib));
        return image;
    }

    /** fsck.fat -n -V finds nothing to repair: it exits 0 and says nothing but its banner and summary. */
    static void assertFsckFatClean(Path image) throws IOException, InterruptedException {
        String report = run("fsck.fat", "-n", "-V", image.toString());
        for (String line : report.split("\n")) {
            boolean routine = line.isBlank() || line.startsWith("fsck.fat ") || line.startsWith("Checking ")
                    || line.startsWith("Starting ") || line.startsWith(image.toString() + ":");
            org.junit.jupiter.api.Assertions.assertTrue(routine, "fsck.fat reports: " + report);
        }
    }

    static Simulation open(Path image, KernelSettings settings, long seed) throws IOException {
        return Simulation.open(image, 0, AllocationPolicy.NATIVE, settings, seed, new Trace());
    }

    /** Runs {@code script} and returns the runner (its model and problems). */
    static ScenarioRunner runScript(Simulation simulation, String script) throws IOException, ScenarioException {
        ScenarioRunner runner = new ScenarioRunner(simulation);
        runner.run(Scenario.parse("test", script));
        return runner;
    }

    /**
     * A seeded random scenario of {@code operations} operations (and a subdirectory) with the invariant
     * checker every 200, asserting no findings; saved to {@code saved}; the image itself unchanged.
     * Returns the runner, whose model the caller compares with what the format's tools read back.
     */
    static ScenarioRunner randomRoundTrip(Path image, int packer, long seed, int operations, Path saved)
            throws Exception {
        String before = sha256(image);
        ScenarioRunner runner;
        try (Simulation simulation = open(image, new KernelSettings().packerCapacity(packer), seed)) {
            runner = new ScenarioRunner(simulation).checkEvery(200);
            runner.run(Scenario.parse("random", "mkdir /sub\nrandom " + operations + " files 14\nverify\n"));
            runner.closeAll();
            org.junit.jupiter.api.Assertions.assertEquals(java.util.List.of(), runner.problems(), "findings during the run");
            org.junit.jupiter.api.Assertions.assertEquals(java.util.List.of(), simulation.kernel().checkInvariants(),
                    "invariants after the run");
            org.junit.jupiter.api.Assertions.assertTrue(simulation.kernel().counters().blockmaps > 100,
                    "the scenario mapped through the kernel");
            simulation.kernel().saveAs(saved);
        }
        org.junit.jupiter.api.Assertions.assertEquals(before, sha256(image), "the image file is never written");
        org.junit.jupiter.api.Assertions.assertTrue(runner.model().files().size() > 0, "files survived the scenario");
        return runner;
    }

    static String sha256(Path file) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
