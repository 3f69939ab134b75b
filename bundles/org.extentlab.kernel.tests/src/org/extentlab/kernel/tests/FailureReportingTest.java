package org.extentlab.kernel.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.extentlab.kernel.Errno;
import org.extentlab.kernel.sim.KernelSettings;
import org.extentlab.kernel.sim.RunCommand;
import org.extentlab.kernel.sim.ScenarioRunner;
import org.extentlab.kernel.sim.Simulation;
import org.extentlab.kernel.sim.TraceEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Failures reach whoever runs the scenario as they happened: an injected error stays that error, the
 * kernel completes no operation the module never mapped, and the headless run names every failed call
 * and exits saying one failed.
 */
class FailureReportingTest {

    @TempDir
    Path dir;

    private record Run(int code, String printed, List<String> trace) {
    }

    private Run run(Path image, String script) throws Exception {
        Path scriptFile = dir.resolve("script.txt");
        Files.writeString(scriptFile, script);
        Path trace = dir.resolve("trace.jsonl");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = RunCommand.run(new String[] { "--image", image.toString(), "--script", scriptFile.toString(), "--trace",
                trace.toString() }, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(out, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), Files.readAllLines(trace));
    }

    @Test
    void anInjectedBlockmapErrorIsPrintedAsAFailedCallAndTheRunSaysSo() throws Exception {
        Run run = run(Simulations.fat(dir, 16, 16384, 4), """
                create /a
                write /a 0 8192
                fault blockmap EIO
                write /a 65536 4096
                read /a 0 8192
                """);
        assertEquals(4, run.code(), run.printed());
        assertTrue(run.printed().contains("failed: script.txt:4: write /a 65536 4096: EIO"), run.printed());
        assertFalse(run.printed().contains("problem:"), run.printed());
        assertFalse(run.trace().stream().anyMatch(e -> e.contains("\"error\":\"EINVAL\"")), "no follow-on EINVAL");
    }

    @Test
    void aCompressedImageRunsHeadlessAsItsUncompressedSelf() throws Exception {
        Path image = Simulations.fat(dir, 16, 16384, 4);
        Path notes = dir.resolve("notes.txt");
        Files.writeString(notes, "on the image before the run\n".repeat(200));
        org.extentlab.images.tests.ExternalTools.run("mcopy", "-i", image.toString(), notes.toString(), "::/notes.txt");
        Path compressed = dir.resolve("course.img.gz");
        org.extentlab.images.tests.ExternalTools.run("sh", "-c", "gzip -c '" + image + "' > '" + compressed + "'");
        String before = Simulations.sha256(compressed);
        System.setProperty("extentlab.cache", dir.resolve("cache").toString());
        try {
            Run run = run(compressed, "read /notes.txt 0 5600\nwrite /notes.txt 0 10 fill A\nread /notes.txt 0 20\n");
            assertEquals(0, run.code(), run.printed());
            assertTrue(run.printed().startsWith("FAT16 on course.img.gz"), run.printed());
            assertFalse(run.printed().contains("problem:") || run.printed().contains("failed:"), run.printed());
        } finally {
            System.clearProperty("extentlab.cache");
        }
        assertEquals(before, Simulations.sha256(compressed), "the compressed file is never written");
    }

    @Test
    void aFailureTheScriptExpectsIsNotOne() throws Exception {
        Run run = run(Simulations.fat(dir, 16, 16384, 4), """
                create /a
                fault blockmap EIO
                write /a 0 4096 expect EIO
                """);
        assertEquals(0, run.code(), run.printed());
        assertFalse(run.printed().contains("failed:"), run.printed());
    }

    @Test
    void aWritePartlyMappedAlreadyKeepsTheBlockmapsErrorAndCompletesOnlyAsAnOverwrite() throws Exception {
        try (Simulation simulation = Simulations.open(Simulations.fat(dir, 16, 16384, 4),
                new KernelSettings().packerCapacity(4), 1)) {
            // 2048 bytes in 2 KiB clusters: the kernel maps [0, 2048); the write below also needs [2048, 4096).
            ScenarioRunner runner = Simulations.runScript(simulation, """
                    create /a
                    write /a 0 2048
                    fault blockmap EIO
                    write /a 1024 3072
                    """);
            List<ScenarioRunner.Failure> failures = runner.failures();
            assertEquals(1, failures.size(), failures.toString());
            assertEquals(Errno.EIO, failures.get(0).error(), "the injected error, not what followed from it");
            List<TraceEvent> events = simulation.kernel().trace().events();
            assertFalse(events.stream().anyMatch(e -> e.error() == Errno.EINVAL), "no completeIO of an unknown operation");
            TraceEvent last = events.stream().filter(e -> e.kind().equals("call") && e.name().equals("completeIO"))
                    .reduce((a, b) -> b).orElseThrow();
            assertEquals(0, last.operationId(), "what the kernel mapped already completes as an overwrite");
            assertEquals(List.of(), runner.problems());
        }
    }

    @Test
    void aReadWhoseFirstBlockmapFailsSendsNoCompleteIO() throws Exception {
        try (Simulation simulation = Simulations.open(Simulations.fat(dir, 16, 16384, 4), new KernelSettings(), 1)) {
            ScenarioRunner runner = Simulations.runScript(simulation, """
                    create /a
                    write /a 0 8192
                    truncate /a 8192
                    fault blockmap EIO
                    read /a 0 8192
                    """);
            assertEquals(Errno.EIO, runner.failures().get(0).error());
            List<TraceEvent> events = simulation.kernel().trace().events();
            int fault = events.indexOf(events.stream().filter(e -> e.kind().equals("fault")).findFirst().orElseThrow());
            assertFalse(events.subList(fault, events.size()).stream().anyMatch(e -> e.name().equals("completeIO")),
                    "no completeIO after the failed blockmap");
        }
    }
}
