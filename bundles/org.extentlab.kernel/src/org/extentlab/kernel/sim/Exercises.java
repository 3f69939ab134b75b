package org.extentlab.kernel.sim;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.extentlab.images.LoadedVolume;
import org.extentlab.images.VolumeFile;
import org.extentlab.kernel.AllocationPolicy;
import org.extentlab.kernel.FileSystemModule;
import org.extentlab.kernel.FreeSpace;
import org.extentlab.kernel.PackedExtent;
import org.extentlab.kernel.PackedExtentType;

/**
 * Exercises drawn from a seed on an image, as OSTEP's homework simulators draw theirs: the same image
 * and seed give the same questions, another seed others. Each question names a short script run from
 * a fresh start (default settings, seed 1, the policy it names) and the simulator computes its answer
 * by running it: how many blockmapFile calls a read makes with a packer of K, which extents the first
 * reply packs, what free space a write's reply reports, which units a write allocates under a policy,
 * who owns a unit, and the reverse (these calls were traced: which system call made them?).
 * {@link #grade} scores a student's answers.
 */
public final class Exercises {
    /** What a question asks. */
    public enum Kind {
        BLOCKMAP_CALLS, PACKED_EXTENTS, FREE_SPACE, ALLOCATED_UNITS, OWNER, WHICH_CALL
    }

    /**
     * One question: its number (from 1), what it asks, its text (one line, ending in "?"), the script
     * whose run answers it, the policy that run uses, and the answer as the simulator computed it.
     */
    public record Question(int number, Kind kind, String text, String script, AllocationPolicy policy, String answer) {
    }

    /** One graded answer. */
    public record Mark(int number, String given, boolean right, String expected) {
    }

    /** The grade of an answer file: the marks in question order. */
    public record Grade(List<Mark> marks) {
        public long right() {
            return marks.stream().filter(Mark::right).count();
        }
    }

    private static final Pattern ANSWER_LINE = Pattern.compile("\\s*(\\d+)\\s*[:.)]\\s*(.*)");
    private static final Pattern EXTENT = Pattern.compile("(data|zeroFill|readOnly)\\s+(\\S+)\\s+(\\S+)\\s+(\\S+)");

    private final Path image;
    private final LoadedVolume volume;

    private Exercises(Path image, LoadedVolume volume) {
        this.image = image;
        this.volume = volume;
    }

    /** {@code count} questions on {@code volume} of {@code image}, drawn from {@code seed}. */
    public static List<Question> generate(Path image, LoadedVolume volume, long seed, int count) throws IOException {
        if (count < 1) {
            throw new IllegalArgumentException("ask for at least one question, not " + count);
        }
        return new Exercises(image, volume).draw(seed, count);
    }

    private List<Question> draw(long seed, int count) throws IOException {
        Random random = new Random(seed);
        List<VolumeFile> files = volume.files().stream()
                .filter(f -> f.size() > 0 && !f.inline() && !f.isDamaged() && !f.path().contains("\"")).toList();
        List<Kind> kinds = new ArrayList<>(List.of(Kind.values()));
        Collections.shuffle(kinds, random);
        List<Question> questions = new ArrayList<>();
        for (int i = 0; questions.size() < count && i < count * 4; i++) {
            Kind kind = kinds.get(i % kinds.size());
            Question question = ask(questions.size() + 1, kind, files, random);
            if (question != null) {
                questions.add(question);
            }
        }
        return List.copyOf(questions);
    }

    private Question ask(int number, Kind kind, List<VolumeFile> files, Random random) throws IOException {
        String fresh = "a fresh start (seed 1)";
        switch (kind) {
        case BLOCKMAP_CALLS, PACKED_EXTENTS -> {
            // A read of a whole file with a small packer: how many calls it makes, or what the first packs.
            Target file = target(number, files, random);
            int packer = 1 + random.nextInt(kind == Kind.BLOCKMAP_CALLS ? 3 : 2);
            String read = "read " + quote(file.path()) + " 0 " + file.size();
            String script = file.made() + "packer-capacity " + packer + "\n" + read + "\n";
            List<TraceEvent> events = lastCall(run(script, AllocationPolicy.NATIVE));
            String setting = "From " + fresh + file.story() + ", with a packer of " + packer;
            if (kind == Kind.BLOCKMAP_CALLS) {
                long calls = events.stream().filter(e -> e.kind().equals("call") && e.name().equals("blockmapFile"))
                        .count();
                return new Question(number, kind, setting + " extent" + (packer == 1 ? "" : "s")
                        + ", how many blockmapFile calls will `" + read + "` make (the read opens " + file.path()
                        + ", whose lookupItem may pack extents first)?", script, AllocationPolicy.NATIVE,
                        Long.toString(calls));
            }
            TraceEvent reply = events.stream().filter(e -> e.kind().equals("reply") && e.name().equals("blockmapFile"))
                    .findFirst().orElse(null);
            return new Question(number, kind, setting + ", which extents will the first blockmapFile reply of `" + read
                    + "` pack (each as: type logical physical length, in bytes, physical from the volume's start, - for "
                    + "zeroFill; separated by ;), or none if no blockmapFile is made?", script, AllocationPolicy.NATIVE,
                    reply == null || reply.extents() == null ? "none" : describe(reply.extents()));
        }
        case FREE_SPACE -> {
            long length = (1 + random.nextInt(64)) * 1024L;
            String path = "/exercise-" + number + ".bin";
            String script = "create " + path + "\nwrite " + path + " 0 " + length + "\n";
            List<TraceEvent> events = run(script, AllocationPolicy.NATIVE);
            TraceEvent reply = events.stream().filter(e -> e.kind().equals("reply") && e.name().equals("blockmapFile"))
                    .findFirst().orElse(null);
            String answer = reply == null || reply.freeSpace() == null || reply.freeSpace().kind() != FreeSpace.Kind.VALUE
                    ? "none" : Long.toString(reply.freeSpace().freeBytes());
            return new Question(number, kind, "From " + fresh + ", " + path + " is created and `write " + path + " 0 "
                    + length + "` runs: what free space, in bytes, will its blockmapFile reply report?", script,
                    AllocationPolicy.NATIVE, answer);
        }
        case ALLOCATED_UNITS -> {
            AllocationPolicy policy = random.nextBoolean() ? AllocationPolicy.FIRST_FIT : AllocationPolicy.NEXT_FIT;
            long length = (1 + random.nextInt(16)) * 4096L;
            String path = "/exercise-" + number + ".bin";
            String script = "create " + path + "\nwrite " + path + " 0 " + length + "\n";
            String units;
            try (Simulation simulation = open(policy)) {
                new ScenarioRunner(simulation).run(Scenario.parse("exercise", script));
                FileSystemModule module = simulation.module();
                var item = module.lookupItem(path.substring(1), module.root(),
                        new org.extentlab.kernel.ExtentPacker(1, module.sectorSize())).item();
                units = item == null ? "none" : ranges(unitsOf(module, module.currentMapping(item)));
            } catch (ScenarioException e) {
                throw new IllegalStateException("an exercise's own script is wrong: " + e.getMessage(), e);
            }
            return new Question(number, kind, "From " + fresh + " under the " + policy.scriptName() + " policy, "
                    + path + " is created and `write " + path + " 0 " + length + "` runs: which allocation units will "
                    + "it take (as ranges such as 120-127, separated by commas)?", "policy " + policy.scriptName() + "\n"
                    + script, policy, units);
        }
        case OWNER -> {
            String owner;
            long unit;
            try (Simulation simulation = open(AllocationPolicy.NATIVE)) {
                FileSystemModule module = simulation.module();
                VolumeMapQuery map = VolumeMapQuery.of(module);
                unit = random.nextLong(map.units());
                // Half the time a unit some file holds, when there is one: the interesting case.
                if (random.nextBoolean() && !files.isEmpty()) {
                    VolumeFile file = files.get(random.nextInt(files.size()));
                    long[][] runs = map.runsOf(file.id());
                    if (runs.length > 0) {
                        long[] run = runs[random.nextInt(runs.length)];
                        unit = run[0] + random.nextLong(run[1]);
                    }
                }
                long id = map.ownerOf(unit);
                owner = id == FileSystemModule.FREE_UNIT ? "free" : id == FileSystemModule.METADATA_UNIT ? "metadata"
                        : pathOf(module, id);
            }
            return new Question(number, kind, "On the volume as it is, who owns allocation unit " + unit
                    + " (a file's path, metadata, or free)?", "", AllocationPolicy.NATIVE, owner);
        }
        case WHICH_CALL -> {
            Target file = target(number, files, random);
            List<String> choices = new ArrayList<>(List.of("read", "write", "truncate", "log2phys"));
            if (volume.format() != org.extentlab.images.ImageFormat.EXT2
                    && volume.format() != org.extentlab.images.ImageFormat.EXT3) {
                choices.add("preallocate"); // a block map (ext2/3) cannot be preallocated
            }
            String verb = choices.get(random.nextInt(choices.size()));
            String path = quote(file.path());
            String line = switch (verb) {
            case "read" -> "read " + path + " 0 " + Math.min(file.size(), 8192);
            case "write" -> "write " + path + " " + file.size() + " 4096";
            case "truncate" -> "truncate " + path + " " + file.size() / 2;
            case "log2phys" -> "log2phys " + path + " 0";
            default -> "preallocate " + path + " 64K";
            };
            String script = file.made() + "open " + path + "\n" + line + "\n";
            List<String> calls = lastCall(run(script, AllocationPolicy.NATIVE)).stream().filter(e -> e.kind().equals("call"))
                    .map(e -> e.name() + (e.flags() == null ? "" : " (" + e.flags() + ")")
                            + (e.operationId() > 0 ? " op " + e.operationId() : e.operationId() == 0 ? " op 0" : ""))
                    .toList();
            String traced = calls.isEmpty() ? "no call at all reached the module" : String.join(", ", calls);
            return new Question(number, kind, (file.made().isEmpty() ? "After" : "From " + fresh + file.story()
                    + ", then after") + " `open " + file.path() + "`, one system call on it was traced as: "
                    + traced + ". Which system call was it (read, write, truncate, log2phys or preallocate)?", script,
                    AllocationPolicy.NATIVE, verb);
        }
        default -> throw new IllegalArgumentException(kind.toString());
        }
    }

    /**
     * The file a question reads: one already on the volume (a fragmented one two times in three), or on
     * a volume without files one the question's script makes first: two files written in turns, so
     * that the one asked about is fragmented; {@code story} says so in the question.
     */
    private record Target(String path, long size, String made, String story) {
    }

    private static Target target(int number, List<VolumeFile> files, Random random) {
        if (!files.isEmpty()) {
            VolumeFile file = pick(files, random, true);
            return new Target(file.path(), file.size(), "", "");
        }
        String path = "/exercise-" + number + ".txt";
        String other = "/exercise-" + number + "-other.txt";
        int pieces = 2 + random.nextInt(3);
        StringBuilder made = new StringBuilder("create " + path + "\ncreate " + other + "\n");
        for (int i = 0; i < pieces; i++) {
            made.append("write ").append(path).append(' ').append(i * 4096).append(" 4096\n");
            made.append("write ").append(other).append(' ').append(i * 4096).append(" 4096\n");
        }
        made.append("close ").append(path).append('\n');
        return new Target(path, pieces * 4096L, made.toString(), ", after " + path + " and " + other + " were written "
                + "4 KiB at a time in turns (" + pieces + " pieces each) and " + path + " was closed");
    }

    private static VolumeFile pick(List<VolumeFile> files, Random random, boolean fragmentedFirst) {
        List<VolumeFile> fragmented = files.stream().filter(f -> f.extents().size() > 1).toList();
        List<VolumeFile> from = fragmentedFirst && !fragmented.isEmpty() && random.nextInt(3) > 0 ? fragmented : files;
        return from.get(random.nextInt(from.size()));
    }

    private static String quote(String path) {
        return path.chars().anyMatch(Character::isWhitespace) ? "\"" + path + "\"" : path;
    }

    private Simulation open(AllocationPolicy policy) throws IOException {
        return Simulation.open(image, volume, policy, new KernelSettings(), 1, new Trace());
    }

    /** Runs {@code script} from a fresh start and returns its trace. */
    private List<TraceEvent> run(String script, AllocationPolicy policy) throws IOException {
        try (Simulation simulation = open(policy)) {
            new ScenarioRunner(simulation).run(Scenario.parse("exercise", script));
            return simulation.kernel().trace().events();
        } catch (ScenarioException e) {
            throw new IllegalStateException("an exercise's own script is wrong: " + e.getMessage(), e);
        }
    }

    /** The events of the script's last system call (its task): what the question asks about. */
    static List<TraceEvent> lastCall(List<TraceEvent> events) {
        int task = events.stream().filter(e -> e.kind().equals("syscall")).mapToInt(TraceEvent::task).max().orElse(0);
        return events.stream().filter(e -> e.task() == task).toList();
    }

    private static String pathOf(FileSystemModule module, long id) {
        var item = module.item(id);
        String path = item == null ? null : module.pathOf(item);
        return path == null ? "item " + id : path;
    }

    /** "data 0 1363968 8192; zeroFill 8192 - 4096". */
    static String describe(List<PackedExtent> extents) {
        if (extents.isEmpty()) {
            return "none";
        }
        List<String> out = new ArrayList<>();
        for (PackedExtent extent : extents) {
            out.add(extent.type().traceName() + " " + extent.logicalOffset() + " "
                    + (extent.type() == PackedExtentType.ZERO_FILL ? "-" : Long.toString(extent.physicalOffset())) + " "
                    + extent.length());
        }
        return String.join("; ", out);
    }

    /** The allocation units {logical, physical, length} runs cover, in device order. */
    static TreeSet<Long> unitsOf(FileSystemModule module, List<long[]> mapping) {
        long unit = module.allocationUnit();
        long base = module.unitOffset(0);
        TreeSet<Long> units = new TreeSet<>();
        for (long[] run : mapping) {
            for (long at = run[1]; at < run[1] + run[2]; at += unit) {
                units.add((at - base) / unit);
            }
        }
        return units;
    }

    /** "120-127, 200" for a set of units. */
    static String ranges(TreeSet<Long> units) {
        if (units.isEmpty()) {
            return "none";
        }
        List<String> out = new ArrayList<>();
        long start = -2;
        long last = -2;
        for (long unit : units) {
            if (unit != last + 1) {
                if (start >= 0) {
                    out.add(start == last ? Long.toString(start) : start + "-" + last);
                }
                start = unit;
            }
            last = unit;
        }
        out.add(start == last ? Long.toString(start) : start + "-" + last);
        return String.join(", ", out);
    }

    /** Whether {@code given} says what {@code question}'s answer says (spacing, case and order aside). */
    public static boolean matches(Question question, String given) {
        String answer = question.answer();
        String text = given.strip();
        if (text.isEmpty()) {
            return false;
        }
        try {
            return switch (question.kind()) {
            case BLOCKMAP_CALLS, FREE_SPACE -> answer.equals("none") ? text.equalsIgnoreCase("none")
                    : Scenario.parseSize(text.replace(",", "").replace(" bytes", "")) == Long.parseLong(answer);
            case PACKED_EXTENTS -> answer.equals("none") ? text.equalsIgnoreCase("none")
                    : extents(text).equals(extents(answer));
            case ALLOCATED_UNITS -> answer.equals("none") ? text.equalsIgnoreCase("none") : units(text).equals(units(answer));
            case OWNER -> normalPath(text).equalsIgnoreCase(normalPath(answer));
            case WHICH_CALL -> text.toLowerCase(Locale.ROOT).replace("(2)", "").replace("pwrite", "write")
                    .replace("pread", "read").replace("f_log2phys", "log2phys").strip().equals(answer);
            };
        } catch (IllegalArgumentException e) {
            return false; // not a number, not a range: not the answer
        }
    }

    private static String normalPath(String text) {
        String t = text.strip();
        return t.startsWith("/") || t.equalsIgnoreCase("free") || t.equalsIgnoreCase("metadata") ? t : "/" + t;
    }

    private static TreeSet<String> extents(String text) {
        TreeSet<String> out = new TreeSet<>();
        for (String part : text.split(";")) {
            Matcher m = EXTENT.matcher(part.strip());
            if (!m.matches()) {
                throw new IllegalArgumentException(part);
            }
            String physical = m.group(3).equals("-") ? "-" : Long.toString(Scenario.parseSize(m.group(3)));
            out.add(m.group(1) + " " + Scenario.parseSize(m.group(2)) + " " + physical + " " + Scenario.parseSize(m.group(4)));
        }
        return out;
    }

    private static TreeSet<Long> units(String text) {
        TreeSet<Long> out = new TreeSet<>();
        for (String part : text.split("[,;\\s]+")) {
            if (part.isBlank()) {
                continue;
            }
            String[] ends = part.split("-");
            long from = Long.parseLong(ends[0]);
            long to = ends.length > 1 ? Long.parseLong(ends[1]) : from;
            if (to < from || to - from > 1 << 24) {
                throw new IllegalArgumentException(part);
            }
            for (long u = from; u <= to; u++) {
                out.add(u);
            }
        }
        return out;
    }

    /**
     * Grades {@code answers} (a student's file, {@code source} naming it in messages): one line per
     * answer, {@code N: answer} (or {@code N. answer}), {@code #} comments and blank lines ignored; a
     * question left out is marked wrong. A line of another shape, or an answer to a question that does
     * not exist, is refused with its line number.
     */
    public static Grade grade(List<Question> questions, String source, String answers) throws ScenarioException {
        Map<Integer, String> given = new TreeMap<>();
        String[] lines = answers.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.isBlank() || line.strip().startsWith("#")) {
                continue;
            }
            Matcher m = ANSWER_LINE.matcher(line);
            if (!m.matches()) {
                throw new ScenarioException(source, i + 1, "write each answer as 'N: answer' (the question's number, a "
                        + "colon, the answer), not '" + line.strip() + "'");
            }
            int number = Integer.parseInt(m.group(1));
            if (number < 1 || number > questions.size()) {
                throw new ScenarioException(source, i + 1, "there is no question " + number + " (the set has "
                        + questions.size() + ")");
            }
            if (given.put(number, m.group(2).strip()) != null) {
                throw new ScenarioException(source, i + 1, "question " + number + " is answered twice");
            }
        }
        List<Mark> marks = new ArrayList<>();
        for (Question question : questions) {
            String answer = given.get(question.number());
            marks.add(new Mark(question.number(), answer == null ? "" : answer, answer != null && matches(question, answer),
                    question.answer()));
        }
        return new Grade(List.copyOf(marks));
    }
}
