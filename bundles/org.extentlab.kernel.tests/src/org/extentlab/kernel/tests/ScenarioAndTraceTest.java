package org.extentlab.kernel.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.extentlab.kernel.sim.KernelSettings;
import org.extentlab.kernel.sim.RunCommand;
import org.extentlab.kernel.sim.Operation;
import org.extentlab.kernel.sim.Scenario;
import org.extentlab.kernel.sim.ScenarioException;
import org.extentlab.kernel.sim.Simulation;
import org.extentlab.kernel.sim.TraceEvent;
import org.extentlab.kernel.sim.TraceReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Scripts (parsing, line-numbered errors), deterministic traces, and the headless run command. */
class ScenarioAndTraceTest {
    private static final String SCRIPT = """
            # a small lesson
            seed 99
            set chunk 4K
            create "/Lesson Notes.txt"
            create /other
            write "/Lesson Notes.txt" 0 $chunk
            write /other 0 1K
            write "/Lesson Notes.txt" 4K $chunk
            write /other 1K 4K      # the two files' clusters alternate
            write "/Lesson Notes.txt" 8K $chunk
            close "/Lesson Notes.txt"
            """;

    @TempDir
    Path dir;

    @Test
    void scriptsResolveSizesVariablesAndParallelBlocks() throws Exception {
        Scenario scenario = Scenario.parse("s", """
                seed 42
                policy first-fit
                set big 1M
                create /a 4K   # a comment
                parallel
                  write /a 0 $big
                  read /a 0x1000 2K expect ok
                end
                """);
        assertEquals(42L, scenario.seed());
        assertEquals("first-fit", scenario.policy().scriptName());
        assertEquals(2, scenario.steps().size());
        Scenario.Step block = scenario.steps().get(1);
        assertEquals("parallel", block.verb());
        assertEquals(5, block.line());
        assertEquals(1L << 20, ((Operation.Write) block.parallel().get(0).operation()).length());
        assertEquals(4096L, ((Operation.Read) block.parallel().get(1).operation()).offset());
        assertEquals("OK", block.parallel().get(1).expect());
    }

    @Test
    void badScriptsAreRefusedWithTheLineAndWhatIsWrong() {
        assertLineError(3, "unknown operation 'wirte'", "create /a\n\nwirte /a 0 4K\n");
        assertLineError(2, "'4Q' is not a size", "create /a\nwrite /a 0 4Q\n");
        assertLineError(1, "the variable $size is not set", "create /a $size\n");
        assertLineError(2, "seed must come before the first operation", "create /a\nseed 3\n");
        assertLineError(2, "parallel block is not closed", "create /a\nparallel\nwrite /a 0 1\n");
        assertLineError(3, "mkdir cannot run in a parallel block", "create /a\nparallel\nmkdir /d\nend\n");
        assertLineError(1, "write takes 3 to 6 arguments, not 2", "write /a 0\n");
        assertLineError(1, "unknown switch 'fast'", "switch fast on\n");
        assertLineError(1, "'a' is not a path", "create a\n");
        assertLineError(1, "a quote is not closed", "create \"/a b\n");
    }

    private static void assertLineError(int line, String text, String script) {
        ScenarioException error = assertThrows(ScenarioException.class, () -> Scenario.parse("lesson.txt", script));
        assertEquals(line, error.line(), error.getMessage());
        assertTrue(error.getMessage().startsWith("lesson.txt:" + line + ": "), error.getMessage());
        assertTrue(error.getMessage().contains(text), error.getMessage());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = { "FAT16", "ext4", "exFAT" })
    void theSameImageSeedAndScriptGiveTheSameTraceByteForByte(String format) throws Exception {
        Path image = switch (format) {
        case "FAT16" -> Simulations.fat(dir, 16, 8192, 2);
        case "ext4" -> {
            Path ext4 = dir.resolve("ext4.img");
            org.extentlab.images.tests.ExternalTools.run("mke2fs", "-q", "-t", "ext4", ext4.toString(), "16M");
            yield ext4;
        }
        default -> {
            Path exfat = dir.resolve("exfat.img");
            Files.write(exfat, new byte[16 << 20]);
            org.extentlab.images.tests.ExternalTools.run("mkfs.exfat", exfat.toString());
            yield exfat;
        }
        };
        String script = "mkdir /d\nrandom 600 files 8\nverify\n";
        String first = trace(image, script, 5);
        String second = trace(image, script, 5);
        String other = trace(image, script, 6);
        assertTrue(first.lines().count() > 3000, "a substantial trace: " + first.lines().count() + " events");
        assertEquals(first, second);
        assertNotEquals(first, other, "another seed, another run");
    }

    private static String trace(Path image, String script, long seed) throws Exception {
        try (Simulation simulation = Simulations.open(image, new KernelSettings().packerCapacity(3), seed)) {
            assertEquals(List.of(), Simulations.runScript(simulation, script).problems());
            return simulation.kernel().trace().toJsonLines();
        }
    }

    @Test
    void theRunCommandWritesTheTraceAndTheSavedImageAndLeavesTheOriginalAlone() throws Exception {
        Path image = Simulations.fat(dir, 12, 1440, 1);
        String before = Simulations.sha256(image);
        Path script = dir.resolve("lesson.txt");
        Files.writeString(script, SCRIPT + "read \"/Lesson Notes.txt\" 0 12K\nparallel\n write \"/Lesson Notes.txt\" 12K 8K\n read /other 0 5K\nend\n");
        Path trace = dir.resolve("out.jsonl");
        Path saved = dir.resolve("out.img");
        String[] printed = new String[2];
        int code = command(printed, "--image", image.toString(), "--script", script.toString(), "--packer-capacity", "1",
                "--trace", trace.toString(), "--save-as", saved.toString());
        assertEquals(0, code, printed[0] + printed[1]);
        assertTrue(printed[0].contains("FAT12 on ") && printed[0].contains("seed 99, packer capacity 1"), printed[0]);
        List<String> lines = Files.readAllLines(trace);
        assertTrue(lines.size() > 20);
        assertTrue(lines.get(0).startsWith("{\"seq\":1,\"t\":"), lines.get(0));
        assertTrue(lines.stream().anyMatch(l -> l.contains("\"name\":\"blockmapFile\"") && l.contains("\"continuation\":true")));
        assertEquals(before, Simulations.sha256(image));
        Simulations.assertFsckFatClean(saved);
        Path copy = dir.resolve("copy");
        org.extentlab.images.tests.ExternalTools.run("mcopy", "-n", "-i", saved.toString(), "::/Lesson Notes.txt",
                copy.toString());
        assertEquals(20 * 1024, Files.size(copy));
    }

    @Test
    void theRunCommandExplainsBadScriptsAndImagesWithoutWritingAnything() throws Exception {
        Path image = Simulations.fat(dir, 12, 1440, 1);
        Path script = dir.resolve("bad.txt");
        Files.writeString(script, "create /a\nwrite /a zero 4K\n");
        String[] printed = new String[2];
        assertEquals(2, command(printed, "--image", image.toString(), "--script", script.toString(), "--trace",
                dir.resolve("t.jsonl").toString()));
        assertTrue(printed[1].contains("bad.txt:2: 'zero' is not a size"), printed[1]);
        Path notAnImage = dir.resolve("random.bin");
        Files.write(notAnImage, new byte[100_000]);
        Files.writeString(script, "create /a\n");
        assertEquals(2, command(printed, "--image", notAnImage.toString(), "--script", script.toString(), "--trace",
                dir.resolve("t.jsonl").toString()));
        assertTrue(printed[1].contains("random.bin"), printed[1]);
        assertEquals(1, command(printed, "--image", image.toString()));
        assertTrue(printed[1].contains("usage:"), printed[1]);
        assertTrue(Files.notExists(dir.resolve("t.jsonl")), "no trace from a run that did not start");
        Path bigalloc = dir.resolve("bigalloc.img");
        org.extentlab.images.tests.ExternalTools.run("mke2fs", "-q", "-t", "ext4", "-O", "bigalloc", "-C", "16384",
                bigalloc.toString(), "32M");
        assertEquals(2, command(printed, "--image", bigalloc.toString(), "--script", script.toString(), "--trace",
                dir.resolve("t.jsonl").toString()));
        assertTrue(printed[1].contains("uses bigalloc (clusters of 16 blocks)"), printed[1]);
    }

    private static int command(String[] printed, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = RunCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        printed[0] = out.toString(StandardCharsets.UTF_8);
        printed[1] = err.toString(StandardCharsets.UTF_8);
        return code;
    }
}
