package org.extentlab.kernel.sim;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

import org.extentlab.images.CompressedImages;
import org.extentlab.images.LoadedVolume;
import org.extentlab.images.VolumeLoader;

/**
 * The headless exercises: {@code exercise --image IMG --seed N [--count K] [--solve] [--export
 * problems.md] [--grade answers.txt]}. Prints the questions, one per line, numbered; {@code --solve}
 * prints each answer under its question; {@code --export} writes the problem set to a file and its
 * answer key beside it ({@code problems-answers.md}); {@code --grade} scores a student's answer file
 * ({@code N: answer} lines) and prints each mark and the score. Exit 0; 1 for a usage error; 2 when the
 * image or the answer file cannot be used (an answer file's line-numbered message); 5 when graded
 * answers are not all right.
 */
public final class ExerciseCommand {
    private ExerciseCommand() {
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        Path image = null;
        Path export = null;
        Path answers = null;
        Long seed = null;
        int count = 6;
        boolean solve = false;
        try {
            for (int i = 0; i < args.length; i++) {
                String option = args[i].startsWith("--") ? args[i].substring(1) : args[i];
                if (option.equals("-solve")) {
                    solve = true;
                    continue;
                }
                if (i + 1 >= args.length) {
                    return usage(err, option + " needs a value");
                }
                String value = args[++i];
                switch (option) {
                case "-image" -> image = Path.of(value);
                case "-seed" -> seed = Long.parseLong(value);
                case "-count" -> count = Integer.parseInt(value);
                case "-export" -> export = Path.of(value);
                case "-grade" -> answers = Path.of(value);
                default -> {
                    return usage(err, "unknown option " + args[i - 1]);
                }
                }
            }
        } catch (NumberFormatException e) {
            return usage(err, "a number was expected: " + e.getMessage());
        }
        if (image == null || seed == null) {
            return usage(err, "--image and --seed are required");
        }
        if (count < 1 || count > 100) {
            return usage(err, "--count takes 1 to 100 questions");
        }
        List<Exercises.Question> questions;
        Path readFrom;
        try {
            readFrom = CompressedImages.uncompressed(image, CompressedImages.defaultCache());
            LoadedVolume volume = VolumeLoader.load(readFrom);
            questions = Exercises.generate(readFrom, volume, seed, count);
        } catch (IOException e) {
            err.println("exercise: " + image + ": " + e.getMessage());
            return 2;
        }
        String title = "Extent Lab exercises on " + image.getFileName() + ", seed " + seed;
        if (export != null) {
            try {
                if (Files.exists(export) && Files.isSameFile(export, image)) {
                    err.println("exercise: " + export + " is the disk image: it is never overwritten");
                    return 2;
                }
                writeAtomically(export, problemSet(title, questions, false));
                Path key = keyFile(export);
                writeAtomically(key, problemSet(title + ": answer key", questions, true));
                out.println("wrote " + export + " and " + key);
            } catch (IOException e) {
                err.println("exercise: cannot write " + export + ": " + e.getMessage());
                return 2;
            }
        }
        if (answers != null) {
            Exercises.Grade grade;
            try {
                grade = Exercises.grade(questions, answers.getFileName().toString(),
                        Files.readString(answers, StandardCharsets.UTF_8));
            } catch (ScenarioException e) {
                err.println("exercise: " + e.getMessage());
                return 2;
            } catch (IOException e) {
                err.println("exercise: cannot read " + answers + ": " + e.getMessage());
                return 2;
            }
            for (Exercises.Mark mark : grade.marks()) {
                out.println(mark.number() + ". " + (mark.right() ? "right" : mark.given().isEmpty() ? "no answer" : "wrong")
                        + (mark.right() ? "" : " (the simulator: " + mark.expected() + ")"));
            }
            out.println("score: " + grade.right() + " of " + questions.size());
            return grade.right() == questions.size() ? 0 : 5;
        }
        if (export == null) {
            for (Exercises.Question question : questions) {
                out.println(question.number() + ". " + question.text());
                if (solve) {
                    out.println("   answer: " + question.answer());
                }
            }
        }
        return 0;
    }

    /** The answer key's file beside the problem set: problems.md gives problems-answers.md. */
    public static Path keyFile(Path problems) {
        String name = problems.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String key = dot > 0 ? name.substring(0, dot) + "-answers" + name.substring(dot) : name + "-answers";
        return problems.resolveSibling(key);
    }

    /** The problem set (or its key) as Markdown: each question, and with the key its answer and its script. */
    public static String problemSet(String title, List<Exercises.Question> questions, boolean key) {
        StringBuilder text = new StringBuilder("# ").append(title).append("\n\n");
        if (!key) {
            text.append("Answer each question on a line of its own, as `N: answer`.\n\n");
        }
        for (Exercises.Question question : questions) {
            text.append(question.number()).append(". ").append(question.text()).append('\n');
            if (key) {
                text.append("   - answer: ").append(question.answer()).append('\n');
                if (!question.script().isBlank()) {
                    text.append("   - what the simulator ran: `")
                            .append(question.script().strip().replace("\n", "` then `")).append("`\n");
                }
            }
        }
        return text.toString();
    }

    private static void writeAtomically(Path target, String text) throws IOException {
        Path folder = target.toAbsolutePath().getParent();
        Path partial = Files.createTempFile(folder, target.getFileName().toString(), ".part");
        try {
            Files.writeString(partial, text, StandardCharsets.UTF_8);
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    private static int usage(PrintStream err, String problem) {
        err.println("exercise: " + problem);
        err.println("usage: exercise --image IMG --seed N [--count K] [--solve] [--export problems.md]"
                + " [--grade answers.txt]");
        return 1;
    }
}
