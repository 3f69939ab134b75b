package org.extentlab.kernel.sim;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A lesson: a scenario script whose comments narrate it. Its first comment lines are a header of
 * {@code # Key: value} fields (a field goes on over indented comment lines):
 * <ul>
 * <li>{@code Lesson} its title; {@code Teaches} what a student learns; {@code Format} the formats it
 * runs on ({@code ext4}, {@code ext2/3/4}, {@code FAT}, {@code exFAT}, {@code any}, several separated by
 * commas); {@code Image} the image it opens when the open volume does not fit (a file beside the
 * lesson, in {@code images/}); {@code Source} where the behaviour comes from (a rule of the protocol, a
 * function of Apple's module, a third-party module's note);
 * <li>{@code Findings} how many findings the run shows on purpose (0 when left out): a lesson of the
 * bug museum shows a defect's damage, and those are its findings.
 * </ul>
 * Every other comment is narration: the comment lines above a group of operations (lines with no blank
 * line between them) say what each of them shows, and a comment after an operation on its line adds
 * to it. The lesson's lines are kept as written, each tied to the step it
 * belongs to, so that a view can show the script with the present step marked.
 */
public final class Lesson {
    /** One line of the script as written. {@code step} is the index of the step it belongs to, or -1. */
    public record Line(int number, String text, Kind kind, int step) {
    }

    /** What a line of a lesson is. */
    public enum Kind {
        /** Part of the header (title, format, ...). */
        HEADER,
        /** Narration: a comment line of its own. */
        PROSE,
        /** A setting before the first operation (seed, policy, set). */
        SETTING,
        /** An operation (or a line of a parallel block). */
        STEP,
        BLANK
    }

    private static final List<String> KEYS = List.of("lesson", "teaches", "format", "image", "source", "findings");

    private final String name;
    private final Map<String, String> header;
    private final Scenario scenario;
    private final List<Line> lines;
    private final List<String> narration;

    private Lesson(String name, Map<String, String> header, Scenario scenario, List<Line> lines,
            List<String> narration) {
        this.name = name;
        this.header = header;
        this.scenario = scenario;
        this.lines = lines;
        this.narration = narration;
    }

    public static Lesson read(Path file) throws IOException, ScenarioException {
        return parse(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8));
    }

    /** The lessons in {@code folder} ({@code *.txt}), in the order of their file names. */
    public static List<Path> list(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".txt") && Files.isRegularFile(f)).sorted()
                    .toList();
        }
    }

    public static Lesson parse(String name, String text) throws ScenarioException {
        Scenario scenario = Scenario.parse(name, text);
        Map<String, String> header = new LinkedHashMap<>();
        String[] raw = text.split("\r?\n", -1);
        int count = raw.length > 0 && raw[raw.length - 1].isEmpty() ? raw.length - 1 : raw.length;
        List<Line> lines = new ArrayList<>();
        // Where each step begins and ends: a parallel block spans its lines up to "end".
        List<Scenario.Step> steps = scenario.steps();
        boolean inHeader = true;
        String key = null;
        List<StringBuilder> prose = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            prose.add(new StringBuilder());
        }
        StringBuilder pending = new StringBuilder();
        String group = "";
        for (int index = 0; index < count; index++) {
            int number = index + 1;
            String line = raw[index];
            String stripped = line.strip();
            if (stripped.isEmpty()) {
                group = "";
                lines.add(new Line(number, line, Kind.BLANK, -1));
                inHeader = inHeader && header.isEmpty();
                key = null;
                if (!inHeader && pending.length() > 0 && !pending.toString().endsWith("\n\n")) {
                    pending.append('\n');
                }
                continue;
            }
            if (stripped.startsWith("#")) {
                String comment = stripped.substring(1).strip();
                if (inHeader) {
                    int colon = comment.indexOf(':');
                    String candidate = colon > 0 ? comment.substring(0, colon).strip().toLowerCase(Locale.ROOT) : "";
                    if (KEYS.contains(candidate)) {
                        key = candidate;
                        header.put(key, comment.substring(colon + 1).strip());
                        lines.add(new Line(number, line, Kind.HEADER, -1));
                        continue;
                    }
                    if (key != null && stripped.substring(1).startsWith("  ")) {
                        header.merge(key, comment, (a, b) -> a + " " + b);
                        lines.add(new Line(number, line, Kind.HEADER, -1));
                        continue;
                    }
                    inHeader = false;
                }
                pending.append(comment).append(comment.isEmpty() ? "\n" : " ");
                group = "";
                lines.add(new Line(number, line, Kind.PROSE, -1));
                continue;
            }
            inHeader = false;
            key = null;
            int step = stepOf(steps, number);
            lines.add(new Line(number, line, step < 0 ? Kind.SETTING : Kind.STEP, step));
            if (step < 0 && steps.stream().noneMatch(s -> s.line() < number)) {
                pending.setLength(0); // the introduction, said once above the settings
            }
            if (step >= 0) {
                StringBuilder said = prose.get(step);
                if (pending.length() > 0) {
                    group = pending.toString().strip();
                    pending.setLength(0);
                }
                if (said.length() == 0) {
                    // The lines of a parallel block, or a step written right under another: the prose
                    // above their group speaks for each of them.
                    said.append(group);
                }
                int hash = Scenario.commentStart(line);
                if (hash >= 0) {
                    String after = line.substring(hash + 1).strip();
                    if (!after.isEmpty()) {
                        said.append(said.length() > 0 ? "\n" : "").append(after);
                    }
                }
            }
        }
        if (!header.containsKey("lesson")) {
            throw new ScenarioException(name, 1, "a lesson begins with '# Lesson: its title'");
        }
        String findings = header.getOrDefault("findings", "0");
        if (!findings.matches("\\d{1,4}")) {
            throw new ScenarioException(name, 1, "'# Findings:' takes a count, not '" + findings + "'");
        }
        return new Lesson(name, header, scenario, List.copyOf(lines),
                prose.stream().map(b -> b.toString().strip()).toList());
    }

    /**
     * The index of the step written on line {@code number}, or -1 (a setting). The lines of a parallel
     * block belong to it up to its {@code end}.
     */
    private static int stepOf(List<Scenario.Step> steps, int number) {
        int found = -1;
        for (int i = 0; i < steps.size(); i++) {
            Scenario.Step step = steps.get(i);
            if (step.line() > number) {
                break;
            }
            int last = step.line();
            for (Scenario.Step inner : step.parallel()) {
                last = Math.max(last, inner.line());
            }
            if (step.line() == number || (!step.parallel().isEmpty() && number <= last + 1)) {
                found = i;
            }
        }
        return found;
    }

    /**
     * The paths the lesson uses before it makes them (with create, mkdir, import or rename): what must
     * be on a volume already for the lesson to run there, such as the sample's /lessons/big.bin.
     */
    public List<String> pathsItFinds() {
        java.util.Set<String> made = new java.util.HashSet<>();
        java.util.Set<String> found = new java.util.LinkedHashSet<>();
        List<Scenario.Step> flat = new ArrayList<>();
        for (Scenario.Step step : scenario.steps()) {
            flat.add(step);
            flat.addAll(step.parallel());
        }
        for (Scenario.Step step : flat) {
            switch (step.operation()) {
            case Operation.Create create -> made.add(create.path());
            case Operation.Mkdir mkdir -> made.add(mkdir.path());
            case Operation.Import imported -> made.add(imported.path());
            case Operation.Rename rename -> {
                if (!made.contains(rename.path())) {
                    found.add(rename.path());
                }
                made.add(rename.to());
            }
            case Operation operation -> {
                // settings, checks, random steps and blocks name no path
                if (operation.path() != null && !made.contains(operation.path())) {
                    found.add(operation.path());
                }
            }
            }
        }
        return List.copyOf(found);
    }

    /** The file name it was read from. */
    public String name() {
        return name;
    }

    public String title() {
        return header.get("lesson");
    }

    public String teaches() {
        return header.getOrDefault("teaches", "");
    }

    /** The formats it runs on, as written ("ext4", "FAT, exFAT", "any"). */
    public String format() {
        return header.getOrDefault("format", "any");
    }

    /** The image it opens when the open volume does not fit, a path relative to the lesson; null when none. */
    public String image() {
        return header.get("image");
    }

    public String source() {
        return header.getOrDefault("source", "");
    }

    /** How many findings the lesson shows on purpose. */
    public int findings() {
        return Integer.parseInt(header.getOrDefault("findings", "0"));
    }

    public Scenario scenario() {
        return scenario;
    }

    public List<Line> lines() {
        return lines;
    }

    /** What step {@code index} shows, from the comments above it and beside it; "" when it has none. */
    public String narration(int index) {
        return narration.get(index);
    }

    /** The prose between the header and the first setting or operation: the lesson's introduction. */
    public String introduction() {
        StringBuilder out = new StringBuilder();
        for (Line line : lines) {
            if (line.kind() == Kind.STEP || line.kind() == Kind.SETTING) {
                break;
            }
            if (line.kind() == Kind.PROSE) {
                String comment = line.text().strip().substring(1).strip();
                out.append(comment.isEmpty() ? "\n" : comment + " ");
            }
        }
        return out.toString().strip();
    }

    /**
     * Whether the lesson runs on a volume whose module calls its format {@code formatName} ("ext4",
     * "ext2", "FAT16", "exFAT").
     */
    public boolean fits(String formatName) {
        String have = formatName.toLowerCase(Locale.ROOT);
        for (String wanted : format().toLowerCase(Locale.ROOT).split("\\s*,\\s*")) {
            boolean fits = switch (wanted) {
            case "any" -> true;
            case "ext2/3/4", "ext" -> have.startsWith("ext");
            case "fat" -> have.startsWith("fat");
            default -> have.equals(wanted);
            };
            if (fits) {
                return true;
            }
        }
        return false;
    }
}
