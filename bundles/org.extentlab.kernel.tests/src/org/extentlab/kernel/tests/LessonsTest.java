package org.extentlab.kernel.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.GZIPInputStream;

import org.extentlab.images.VolumeLoader;
import org.extentlab.kernel.AllocationPolicy;
import org.extentlab.kernel.sim.KernelSettings;
import org.extentlab.kernel.sim.Lesson;
import org.extentlab.kernel.sim.Operation;
import org.extentlab.kernel.sim.ScenarioException;
import org.extentlab.kernel.sim.ScenarioPlayer;
import org.extentlab.kernel.sim.ScenarioRunner;
import org.extentlab.kernel.sim.TraceEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The lessons shipped in org.extentlab.doc/lessons, each run as the Lesson view runs it (a fresh start
 * with the default settings, the script's seed and policy) on the image it names: the run shows
 * exactly the findings the lesson says it demonstrates and no failure it does not expect, the saved
 * image passes the format's checker, and the image is never written. A lesson for any format runs on
 * the ext4, FAT16, exFAT and inline-data ext4 samples alike. The bug-museum lessons show their defect's trace.
 */
class LessonsTest {
    static final Path LESSONS = Path.of("../org.extentlab.doc/lessons");
    private static final List<String> SAMPLES = List.of("images/sample-ext4.img.gz", "images/sample-fat16.img.gz",
            "images/sample-exfat.img.gz", "images/sample-ext4-inline.img.gz");

    @TempDir
    Path dir;

    static List<Path> lessons() throws IOException {
        return Lesson.list(LESSONS);
    }

    /** The gzip image {@code relative} to the lessons folder, uncompressed into {@code dir}. */
    static Path image(Path dir, String relative) throws IOException {
        Path compressed = LESSONS.resolve(relative);
        assertTrue(Files.isRegularFile(compressed), "the lesson's image exists: " + compressed);
        Path image = dir.resolve(compressed.getFileName().toString().replace(".gz", ""));
        if (!Files.exists(image)) {
            try (InputStream in = new GZIPInputStream(Files.newInputStream(compressed))) {
                Files.copy(in, image);
            }
        }
        return image;
    }

    @Test
    void thereAreLessonsOnEveryFormatAndOnePerMuseumDefect() throws Exception {
        List<Path> files = lessons();
        assertTrue(files.size() >= 12, "at least 12 lessons: " + files);
        Set<String> formats = new TreeSet<>();
        Set<String> switches = new TreeSet<>();
        for (Path file : files) {
            Lesson lesson = Lesson.read(file);
            formats.add(lesson.format());
            assertFalse(lesson.teaches().isBlank(), file + " says what it teaches");
            assertFalse(lesson.source().isBlank(), file + " names its source");
            assertNotNull(lesson.image(), file + " names the image it opens");
            long narrated = java.util.stream.IntStream.range(0, lesson.scenario().steps().size())
                    .filter(i -> !lesson.narration(i).isBlank()).count();
            assertTrue(narrated * 3 >= lesson.scenario().steps().size(), file + ": a third of its steps or more are narrated");
            lesson.scenario().steps().stream().filter(s -> s.verb().equals("switch"))
                    .forEach(s -> switches.add(((Operation.SetSwitch) s.operation()).setting().scriptName()));
        }
        assertTrue(formats.containsAll(List.of("ext4", "FAT", "exFAT", "any")), "formats: " + formats);
        // One museum lesson per defect of the spec's third-party section, each switching its behaviour.
        for (String defect : List.of("silent-zero-byte-write", "inhibited-writes-blockmap", "keep-stale-mappings",
                "long-extents-fail-late", "block-numbers-as-bytes", "inhibit-every-file", "ignore-valid-data-length")) {
            assertTrue(switches.contains(defect), "a lesson shows " + defect);
        }
        assertEquals(7, files.stream().filter(f -> f.getFileName().toString().contains("-museum-")).count());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lessons")
    void theLessonShowsWhatItSaysAndNothingElse(Path file) throws Exception {
        Lesson lesson = Lesson.read(file);
        List<String> images = new ArrayList<>(List.of(lesson.image()));
        if (lesson.format().equals("any")) {
            SAMPLES.stream().filter(s -> !s.equals(lesson.image())).forEach(images::add);
        }
        for (String relative : images) {
            Path image = image(dir, relative);
            String before = Simulations.sha256(image);
            try (ScenarioPlayer player = ScenarioPlayer.open(image, VolumeLoader.load(image), AllocationPolicy.NATIVE,
                    new KernelSettings().packerCapacity(3), 99)) {
                player.begin(lesson.scenario(), new KernelSettings());
                assertEquals(0, player.position(), "a lesson opens at its first step");
                assertEquals(lesson.scenario().steps().size(), player.history().size());
                String format = player.simulation().module().formatName();
                assertTrue(lesson.fits(format), file + " fits " + format);
                player.runToEnd();
                String where = file.getFileName() + " on " + relative;
                assertEquals(lesson.findings(), player.problems().size(), where + ": " + player.problems());
                List<ScenarioRunner.Failure> failures = player.failures();
                assertTrue(failures.isEmpty(), where + " failed where it does not expect: " + failures);
                List<TraceEvent> checks = player.simulation().kernel().trace().events().stream()
                        .filter(e -> e.kind().equals("check")).toList();
                assertEquals(lesson.findings() > 0, !checks.isEmpty() || player.problems().stream()
                        .anyMatch(p -> p.contains("returned 0 bytes")), where + ": the finding is in the trace or run");
                Path saved = dir.resolve("saved-" + file.getFileName() + ".img");
                player.saveImageAs(saved);
                ReferenceTools.assertCheckerClean(format, saved);
            }
            assertEquals(before, Simulations.sha256(image), "the image is never written");
        }
    }

    @Test
    void theMuseumLessonsShowTheDefectInTheTrace() throws Exception {
        assertTrue(trace("15-museum-stale-mappings.txt").stream().anyMatch(e -> e.kind().equals("stale")),
                "stale transfers");
        assertTrue(trace("16-museum-long-extents.txt").stream()
                .anyMatch(e -> e.kind().equals("fault") && e.name().equals("long extent")), "the late failure");
        assertTrue(trace("17-museum-block-numbers.txt").stream()
                .anyMatch(e -> e.kind().equals("fault") && e.detail().contains("were block numbers packed?")),
                "the refused extent");
        List<TraceEvent> silent = trace("13-museum-silent-zero-byte-write.txt");
        assertTrue(silent.stream().anyMatch(e -> e.kind().equals("fault") && e.name().equals("silent zero-byte write")));
        List<TraceEvent> every = trace("18-museum-inhibit-every-file.txt");
        assertTrue(every.stream().anyMatch(e -> e.kind().equals("call") && e.name().equals("read")
                && "read/write path".equals(e.flags())), "reads on the read/write path");
        List<TraceEvent> inline = trace("14-museum-inhibited-writes-blockmap.txt");
        assertTrue(inline.stream().anyMatch(e -> e.kind().equals("call") && e.name().equals("write")
                && "read/write path".equals(e.flags())), "the documented write on the read/write path");
        assertTrue(inline.stream().anyMatch(e -> e.kind().equals("call") && e.name().equals("blockmapFile")),
                "the observed write reaching blockmapFile");
    }

    private List<TraceEvent> trace(String name) throws IOException, ScenarioException {
        Lesson lesson = Lesson.read(LESSONS.resolve(name));
        Path image = image(dir, lesson.image());
        try (ScenarioPlayer player = ScenarioPlayer.open(image, VolumeLoader.load(image), AllocationPolicy.NATIVE,
                new KernelSettings(), 1)) {
            player.begin(lesson.scenario(), new KernelSettings());
            player.runToEnd();
            return player.simulation().kernel().trace().events();
        }
    }

    @Test
    void aLessonsHeaderNarrationAndLinesAreRead() throws Exception {
        Lesson lesson = Lesson.parse("demo.txt", """
                # Lesson: A demonstration
                # Teaches: that a header field goes on
                #   over indented comment lines.
                # Format: FAT, exFAT
                # Image: images/sample-fat16.img.gz
                # Source: nowhere
                # Findings: 2

                # An introduction, said once.

                seed 4
                # The first step's words,
                # on two lines.
                create /a
                write /a 0 4K   # beside the line

                # Two at once.
                parallel
                  write /a 0 1K
                  read /a 0 1K
                end
                read /a 0 1K
                """);
        assertEquals("A demonstration", lesson.title());
        assertEquals("that a header field goes on over indented comment lines.", lesson.teaches());
        assertEquals(2, lesson.findings());
        assertTrue(lesson.fits("FAT16") && lesson.fits("exFAT") && !lesson.fits("ext4"));
        assertEquals("An introduction, said once.", lesson.introduction());
        assertEquals("The first step's words, on two lines.", lesson.narration(0));
        assertEquals("The first step's words, on two lines.\nbeside the line", lesson.narration(1));
        assertEquals("Two at once.", lesson.narration(2));
        assertEquals("Two at once.", lesson.narration(3));
        assertEquals(4, lesson.scenario().steps().size());
        List<Lesson.Line> lines = lesson.lines();
        assertEquals(Lesson.Kind.HEADER, lines.get(2).kind());
        assertEquals(Lesson.Kind.SETTING, lines.stream().filter(l -> l.text().equals("seed 4")).findFirst().get().kind());
        for (String inBlock : List.of("parallel", "  write /a 0 1K", "  read /a 0 1K", "end")) {
            assertEquals(2, lines.stream().filter(l -> l.text().equals(inBlock)).findFirst().get().step(), inBlock);
        }
        assertEquals(3, lines.stream().filter(l -> l.text().equals("read /a 0 1K")).findFirst().get().step());
        assertTrue(new Lesson[] { Lesson.parse("any.txt", "# Lesson: x\nread /a 0 1\n") }[0].fits("ext2"));
        assertEquals(List.of(), lesson.pathsItFinds(), "the demo makes what it uses");
        assertEquals(List.of("/lessons/big.bin"), Lesson.read(LESSONS.resolve("16-museum-long-extents.txt")).pathsItFinds());
        assertThrows(ScenarioException.class, () -> Lesson.parse("untitled.txt", "# Just a script\ncreate /a\n"));
        assertThrows(ScenarioException.class, () -> Lesson.parse("bad.txt", "# Lesson: x\n# Findings: many\n"));
    }
}
