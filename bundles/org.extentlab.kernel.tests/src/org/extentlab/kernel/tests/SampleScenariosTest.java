package org.extentlab.kernel.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPInputStream;

import org.extentlab.kernel.sim.RunCommand;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Three of the shipped lessons run by the headless run command on the ext4 sample and on a FAT16
 * image made by mkfs.fat: each ends with the exit code its comments say (3 for the stale mapping
 * lesson's finding).
 */
class SampleScenariosTest {
    private static final Path SAMPLES = LessonsTest.LESSONS;
    private static final Path SAMPLE_IMAGE = Path.of("../org.extentlab.doc/lessons/images/sample-ext4.img.gz");

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0} on {1}")
    @CsvSource({ "02-continuations.txt, ext4, 0", "02-continuations.txt, FAT16, 0",
            "04-holes.txt, ext4, 0", "04-holes.txt, FAT16, 0", "15-museum-stale-mappings.txt, ext4, 3",
            "15-museum-stale-mappings.txt, FAT16, 3" })
    void theSampleScenarioEndsAsItsCommentsSay(String script, String format, int exit) throws Exception {
        Path image;
        if (format.equals("ext4")) {
            image = dir.resolve("sample.img");
            try (InputStream in = new GZIPInputStream(Files.newInputStream(SAMPLE_IMAGE))) {
                Files.copy(in, image);
            }
        } else {
            image = Simulations.fat(dir, 16, 16384, 4);
        }
        String before = Simulations.sha256(image);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Path trace = dir.resolve("trace.jsonl");
        int code = RunCommand.run(new String[] { "--image", image.toString(), "--script",
                SAMPLES.resolve(script).toString(), "--trace", trace.toString(), "--save-as",
                dir.resolve("saved.img").toString() }, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        String printed = out.toString(StandardCharsets.UTF_8) + err.toString(StandardCharsets.UTF_8);
        assertEquals(exit, code, printed);
        assertEquals(before, Simulations.sha256(image));
        List<String> events = Files.readAllLines(trace);
        if (script.startsWith("15-museum-stale")) {
            assertTrue(events.stream().anyMatch(e -> e.contains("\"kind\":\"stale\"")), "stale transfers in the trace");
            assertTrue(printed.contains("problem: /b: read at 0"), printed);
            assertTrue(events.stream().anyMatch(e -> e.contains("\"kind\":\"check\"") && e.contains("/b: read at 0")),
                    "the corrupted read is a finding in the trace");
        }
        if (script.startsWith("04-holes") && format.equals("ext4")) {
            assertTrue(events.stream().anyMatch(e -> e.contains("\"name\":\"createFile\"") && e.contains("zeroFill")),
                    "createFile packs the hole");
        }
        if (script.startsWith("02-continuations")) {
            assertTrue(events.stream().anyMatch(e -> e.contains("\"continuation\":true")), "continuations");
        }
    }
}
