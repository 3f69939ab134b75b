package org.extentlab.kernel.tests;

import static org.extentlab.images.tests.ExternalTools.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.extentlab.images.LoadedVolume;
import org.extentlab.images.VolumeLoader;
import org.extentlab.kernel.FileSystemModule;
import org.extentlab.kernel.sim.ExerciseCommand;
import org.extentlab.kernel.sim.Exercises;
import org.extentlab.kernel.sim.KernelSettings;
import org.extentlab.kernel.sim.RunCommand;
import org.extentlab.kernel.sim.ScenarioException;
import org.extentlab.kernel.sim.Simulation;
import org.extentlab.kernel.sim.Trace;
import org.extentlab.kernel.sim.VolumeMapQuery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Exercises drawn from a seed: the same seed gives the same questions and answers, another seed others;
 * every answer is what the simulation does when the asked operation runs, checked through the run
 * command's JSON trace and, on ext4, against debugfs (which blocks a file holds, who owns a block); a
 * correct, a wrong and a malformed answer file are graded as such, headless.
 */
class ExercisesTest {
    private static final Pattern TASK = Pattern.compile("\"task\":(\\d+)");

    @TempDir
    Path dir;

    private String[] words(String... words) {
        return words;
    }

    @Test
    void theSameSeedGivesTheSameQuestionsAndAnotherSeedOthers() throws Exception {
        for (String sample : new String[] { "images/sample-ext4.img.gz", "images/sample-fat16.img.gz",
                "images/sample-exfat.img.gz" }) {
            Path image = LessonsTest.image(dir, sample);
            LoadedVolume volume = VolumeLoader.load(image);
            List<Exercises.Question> first = Exercises.generate(image, volume, 42, 12);
            List<Exercises.Question> again = Exercises.generate(image, volume, 42, 12);
            List<Exercises.Question> other = Exercises.generate(image, volume, 43, 12);
            assertEquals(first, again, sample + ": the same seed, the same questions and answers");
            assertNotEquals(first.stream().map(Exercises.Question::text).toList(),
                    other.stream().map(Exercises.Question::text).toList(), sample + ": another seed, other questions");
            assertEquals(12, first.size());
            Set<Exercises.Kind> kinds = EnumSet.noneOf(Exercises.Kind.class);
            for (Exercises.Question question : first) {
                assertTrue(question.text().endsWith("?") && !question.text().contains("\n"), question.text());
                assertFalse(question.answer().isBlank(), question.text());
                assertTrue(Exercises.matches(question, question.answer()), "its own answer is right: " + question);
                kinds.add(question.kind());
            }
            assertEquals(EnumSet.allOf(Exercises.Kind.class), kinds, sample + ": twelve questions ask every kind");
        }
    }

    @Test
    void everyAnswerIsWhatTheSimulationThenDoes() throws Exception {
        for (String sample : new String[] { "images/sample-ext4.img.gz", "images/sample-fat16.img.gz",
                "images/sample-exfat.img.gz" }) {
            Path image = LessonsTest.image(dir, sample);
            LoadedVolume volume = VolumeLoader.load(image);
            for (long seed = 1; seed <= 3; seed++) {
                for (Exercises.Question question : Exercises.generate(image, volume, seed, 6)) {
                    check(image, volume, question);
                }
            }
        }
    }

    /** Runs the question's script with the run command and reads the answer from its JSON trace. */
    private void check(Path image, LoadedVolume volume, Exercises.Question question) throws Exception {
        String where = question.number() + " (" + question.kind() + "): " + question.text();
        if (question.kind() == Exercises.Kind.OWNER) {
            checkOwner(image, volume, question, where);
            return;
        }
        Path script = dir.resolve("question.txt");
        Files.writeString(script, question.script());
        Path trace = dir.resolve("question.jsonl");
        Path saved = dir.resolve("question.img");
        int code = RunCommand.run(words("--image", image.toString(), "--script", script.toString(), "--trace",
                trace.toString(), "--save-as", saved.toString(), "--policy", question.policy().scriptName()),
                new PrintStream(new ByteArrayOutputStream()), new PrintStream(new ByteArrayOutputStream()));
        assertTrue(code == 0 || code == 4, where + ": exit " + code);
        List<String> lines = Files.readAllLines(trace);
        // The script's last system call: --save-as closes every file afterwards, as an unmount would.
        int task = lines.stream().filter(l -> l.contains("\"kind\":\"syscall\"") && !l.contains("\"name\":\"close\""))
                .mapToInt(ExercisesTest::task).max().orElse(0);
        List<String> last = lines.stream().filter(l -> task(l) == task).toList();
        switch (question.kind()) {
        case BLOCKMAP_CALLS -> assertEquals(Long.toString(last.stream()
                .filter(l -> l.contains("\"kind\":\"call\"") && l.contains("\"name\":\"blockmapFile\"")).count()),
                question.answer(), where);
        case PACKED_EXTENTS -> {
            String reply = last.stream().filter(l -> l.contains("\"kind\":\"reply\"") && l.contains("\"name\":\"blockmapFile\""))
                    .findFirst().orElse(null);
            assertEquals(reply == null ? "none" : extentsOf(reply), question.answer(), where);
        }
        case FREE_SPACE -> {
            String reply = last.stream().filter(l -> l.contains("\"kind\":\"reply\"") && l.contains("\"name\":\"blockmapFile\""))
                    .findFirst().orElseThrow();
            Matcher bytes = Pattern.compile("\"freeSpace\":\\{\"seq\":\\d+,\"bytes\":(\\d+)\\}").matcher(reply);
            assertEquals(bytes.find() ? bytes.group(1) : "none", question.answer(), where);
        }
        case WHICH_CALL -> {
            String syscall = last.stream().filter(l -> l.contains("\"kind\":\"syscall\"")).findFirst().orElseThrow();
            Matcher name = Pattern.compile("\"name\":\"([a-z0-9]+)\"").matcher(syscall);
            assertTrue(name.find());
            assertEquals(name.group(1), question.answer(), where);
        }
        case ALLOCATED_UNITS -> {
            String path = question.script().lines().filter(l -> l.startsWith("create ")).findFirst().orElseThrow()
                    .substring("create ".length());
            TreeSet<Long> units = new TreeSet<>();
            if (volume.format().name().startsWith("EXT")) {
                // debugfs lists the file's data blocks: ext4's units are its blocks.
                for (String block : run("debugfs", "-R", "blocks " + path, saved.toString()).trim().split("\\s+")) {
                    units.add(Long.parseLong(block));
                }
            } else {
                try (Simulation reopened = Simulation.open(saved, VolumeLoader.load(saved), question.policy(),
                        new KernelSettings(), 1, new Trace())) {
                    FileSystemModule module = reopened.module();
                    var item = module.lookupItem(path.substring(1), module.root(),
                            new org.extentlab.kernel.ExtentPacker(1, module.sectorSize())).item();
                    for (long[] run : VolumeMapQuery.of(module).runsOf(item.id())) {
                        for (long u = run[0]; u < run[0] + run[1]; u++) {
                            units.add(u);
                        }
                    }
                }
            }
            assertTrue(Exercises.matches(question, units.stream().map(String::valueOf).collect(Collectors.joining(","))),
                    where + ": the saved image's units " + units + " vs " + question.answer());
        }
        default -> throw new AssertionError(question.kind());
        }
    }

    private void checkOwner(Path image, LoadedVolume volume, Exercises.Question question, String where) throws Exception {
        long unit = Long.parseLong(question.text().replaceAll(".*allocation unit (\\d+).*", "$1"));
        if (volume.format().name().startsWith("EXT")) {
            String used = run("debugfs", "-R", "testb " + unit, image.toString());
            if (used.contains("not in use")) {
                assertEquals("free", question.answer(), where);
                return;
            }
            String icheck = run("debugfs", "-R", "icheck " + unit, image.toString());
            Matcher inode = Pattern.compile("^" + unit + "\\s+(\\d+)", Pattern.MULTILINE).matcher(icheck);
            if (!inode.find()) {
                assertEquals("metadata", question.answer(), where + ": " + icheck);
                return;
            }
            String ncheck = run("debugfs", "-R", "ncheck " + inode.group(1), image.toString());
            Matcher path = Pattern.compile("^" + inode.group(1) + "\\s+(\\S+)", Pattern.MULTILINE).matcher(ncheck);
            if (path.find()) {
                assertEquals(path.group(1).replaceFirst("^//", "/"), question.answer(), where); // ncheck: "//README.txt"
            } else {
                // A block of an inode with no name (the journal, lost+found's own): metadata to a student.
                assertTrue(question.answer().equals("metadata") || question.answer().startsWith("/"), where);
            }
        } else {
            try (Simulation simulation = Simulation.open(image, volume, org.extentlab.kernel.AllocationPolicy.NATIVE,
                    new KernelSettings(), 1, new Trace())) {
                FileSystemModule module = simulation.module();
                String described = module.describeUnit(unit);
                if (question.answer().equals("free")) {
                    assertTrue(described.startsWith("free"), where + ": " + described); // "free cluster 5185"
                } else if (question.answer().startsWith("/")) {
                    assertTrue(described.contains(question.answer()), where + ": " + described);
                } else {
                    assertFalse(described.startsWith("free") || described.contains(" of /"), where + ": " + described);
                }
            }
        }
    }

    private static int task(String line) {
        Matcher m = TASK.matcher(line);
        return m.find() ? Integer.parseInt(m.group(1)) : -1;
    }

    /** The extents of a JSON reply line as the question writes them. */
    private static String extentsOf(String reply) {
        Matcher m = Pattern.compile("\\{\"type\":\"(\\w+)\",\"logical\":(\\d+),(?:\"physical\":(\\d+),)?\"length\":(\\d+)\\}")
                .matcher(reply);
        List<String> out = new ArrayList<>();
        while (m.find()) {
            out.add(m.group(1) + " " + m.group(2) + " " + (m.group(3) == null ? "-" : m.group(3)) + " " + m.group(4));
        }
        return out.isEmpty() ? "none" : String.join("; ", out);
    }

    @Test
    void answerFilesAreGradedAndBadOnesRefusedByLine() throws Exception {
        Path image = LessonsTest.image(dir, "images/sample-ext4.img.gz");
        List<Exercises.Question> questions = Exercises.generate(image, VolumeLoader.load(image), 5, 6);
        StringBuilder right = new StringBuilder("# my answers\n\n");
        StringBuilder wrong = new StringBuilder();
        for (Exercises.Question question : questions) {
            right.append(question.number()).append(": ").append(question.answer()).append('\n');
            if (question.number() % 2 == 0) {
                wrong.append(question.number()).append(". ").append(question.answer()).append('\n');
            } else {
                wrong.append(question.number()).append(": 999999\n");
            }
        }
        Exercises.Grade all = Exercises.grade(questions, "right.txt", right.toString());
        assertEquals(6, all.right());
        Exercises.Grade half = Exercises.grade(questions, "wrong.txt", wrong.toString());
        assertEquals(3, half.right(), half.toString());
        assertEquals(questions.get(0).answer(), half.marks().get(0).expected());
        ScenarioException malformed = assertThrows(ScenarioException.class,
                () -> Exercises.grade(questions, "bad.txt", "1: 4\nthe second is 7\n"));
        assertTrue(malformed.getMessage().startsWith("bad.txt:2: write each answer as 'N: answer'"), malformed.getMessage());
        assertThrows(ScenarioException.class, () -> Exercises.grade(questions, "bad.txt", "9: 4\n"));
        assertThrows(ScenarioException.class, () -> Exercises.grade(questions, "bad.txt", "1: 4\n1: 5\n"));

        // Headless: the questions, the answers, the export with its key, the grades and exit codes.
        Path answers = dir.resolve("answers.txt");
        Files.writeString(answers, right);
        assertEquals(0, exercise("--image", image.toString(), "--seed", "5", "--count", "6", "--grade", answers.toString()));
        Files.writeString(answers, wrong);
        assertEquals(5, exercise("--image", image.toString(), "--seed", "5", "--count", "6", "--grade", answers.toString()));
        assertTrue(printed.contains("score: 3 of 6"), printed);
        Files.writeString(answers, "first: 4\n");
        assertEquals(2, exercise("--image", image.toString(), "--seed", "5", "--grade", answers.toString()));
        assertTrue(printed.contains("answers.txt:1:"), printed);
        assertEquals(0, exercise("--image", image.toString(), "--seed", "5", "--count", "6"));
        List<String> asked = printed.lines().toList();
        assertEquals(6, asked.size(), printed);
        for (int i = 0; i < 6; i++) {
            assertEquals((i + 1) + ". " + questions.get(i).text(), asked.get(i));
        }
        assertEquals(0, exercise("--image", image.toString(), "--seed", "5", "--count", "6", "--solve"));
        assertTrue(printed.contains("   answer: " + questions.get(0).answer()), printed);
        Path set = dir.resolve("problems.md");
        assertEquals(0, exercise("--image", image.toString(), "--seed", "5", "--count", "6", "--export", set.toString()));
        String problems = Files.readString(set);
        String key = Files.readString(ExerciseCommand.keyFile(set));
        for (Exercises.Question question : questions) {
            assertTrue(problems.contains(question.text()) && key.contains(question.text()));
            assertTrue(key.contains("answer: " + question.answer()));
        }
        assertFalse(problems.contains("answer: "), "the problem set holds no answers");
        assertEquals(2, exercise("--image", image.toString(), "--seed", "5", "--export", image.toString()));
        assertEquals(1, exercise("--image", image.toString()));
        assertEquals(1, exercise("--image", image.toString(), "--seed", "5", "--count", "0"));
    }

    private String printed = "";

    private int exercise(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = ExerciseCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(out, true, StandardCharsets.UTF_8));
        printed = out.toString(StandardCharsets.UTF_8);
        return code;
    }

    @Test
    void answersAreReadAsAStudentWritesThem() throws Exception {
        Path image = LessonsTest.image(dir, "images/sample-ext4.img.gz");
        for (Exercises.Question question : Exercises.generate(image, VolumeLoader.load(image), 11, 12)) {
            String answer = question.answer();
            switch (question.kind()) {
            case FREE_SPACE, BLOCKMAP_CALLS -> {
                if (!answer.equals("none")) {
                    long value = Long.parseLong(answer);
                    assertTrue(Exercises.matches(question, String.format("%,d", value)), question.text());
                    assertFalse(Exercises.matches(question, Long.toString(value + 1)), question.text());
                }
            }
            case OWNER -> assertTrue(Exercises.matches(question, "  " + answer.toUpperCase() + " "), question.text());
            case WHICH_CALL -> assertTrue(Exercises.matches(question, answer + "(2)"), question.text());
            case PACKED_EXTENTS, ALLOCATED_UNITS -> assertFalse(Exercises.matches(question, "nonsense"), question.text());
            default -> throw new AssertionError();
            }
        }
    }
}
