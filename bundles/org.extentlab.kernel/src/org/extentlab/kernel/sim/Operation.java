package org.extentlab.kernel.sim;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.extentlab.kernel.Errno;
import org.extentlab.kernel.Flags;

/**
 * The vocabulary of what a script, a user or {@code random} asks the simulation to do: one record per
 * operation, parsed from a script line's words ({@link #parse}), written back as one ({@link #toScript}),
 * performed by the {@link ScenarioRunner} and offered by the navigator and the dialogs. Sizes are held
 * as numbers: nothing is parsed twice.
 */
public sealed interface Operation extends java.io.Serializable {
    /** The operation's word at the start of a script line. */
    String verb();

    /** The arguments as script words (sizes in plain digits, see {@link #size}). */
    List<String> words();

    /** The path of the volume it works on first, or null (a setting, a check, a block). */
    default String path() {
        return null;
    }

    /** The operation as a script line that parses back to an equal operation. */
    default String toScript() {
        StringBuilder out = new StringBuilder(verb());
        for (String word : words()) {
            out.append(' ').append(word(word));
        }
        return out.toString();
    }

    /** One word as a script line holds it: in double quotes when it has spaces or a #, or is empty. */
    public static String word(String word) {
        boolean plain = !word.isEmpty() && word.chars().noneMatch(c -> Character.isWhitespace(c) || c == '#');
        return plain ? word : "\"" + word + "\"";
    }

    /** The operations a {@code parallel} block may hold. */
    Set<String> CONCURRENT = Set.of("write", "read", "preallocate", "log2phys", "truncate", "fsync");

    // ---- the operations on files ----

    record Mkdir(String path) implements Operation {
        public String verb() {
            return "mkdir";
        }

        public List<String> words() {
            return List.of(path);
        }
    }

    /** create PATH [SIZE]: a new file, of SIZE bytes (a hole) when given. */
    record Create(String path, long size) implements Operation {
        public String verb() {
            return "create";
        }

        public List<String> words() {
            return size == 0 ? List.of(path) : List.of(path, Operation.size(size));
        }
    }

    record Open(String path) implements Operation {
        public String verb() {
            return "open";
        }

        public List<String> words() {
            return List.of(path);
        }
    }

    /** write PATH OFFSET LENGTH [fill BYTE | text "..." | from HOSTFILE [AT]]. */
    record Write(String path, long offset, long length, Bytes bytes) implements Operation {
        public String verb() {
            return "write";
        }

        public List<String> words() {
            List<String> words = new ArrayList<>(List.of(path, size(offset), size(length)));
            words.addAll(bytes.words());
            return words;
        }
    }

    record Read(String path, long offset, long length) implements Operation {
        public String verb() {
            return "read";
        }

        public List<String> words() {
            return List.of(path, size(offset), size(length));
        }
    }

    /** import HOSTFILE PATH: a host file copied into a new file of the volume. */
    record Import(String host, String path) implements Operation {
        public String verb() {
            return "import";
        }

        public List<String> words() {
            return List.of(host, path);
        }
    }

    /** export PATH HOSTFILE: a file of the volume copied out to the host. */
    record Export(String path, String host) implements Operation {
        public String verb() {
            return "export";
        }

        public List<String> words() {
            return List.of(path, host);
        }
    }

    /** preallocate PATH LENGTH [all] [contiguous]; {@code flags} of {@link Flags}. */
    record Preallocate(String path, long length, int flags) implements Operation {
        public String verb() {
            return "preallocate";
        }

        public List<String> words() {
            List<String> words = new ArrayList<>(List.of(path, size(length)));
            if ((flags & Flags.ALL) != 0) {
                words.add("all");
            }
            if ((flags & Flags.CONTIGUOUS) != 0) {
                words.add("contiguous");
            }
            return words;
        }
    }

    record Truncate(String path, long size) implements Operation {
        public String verb() {
            return "truncate";
        }

        public List<String> words() {
            return List.of(path, Operation.size(size));
        }
    }

    record Delete(String path) implements Operation {
        public String verb() {
            return "delete";
        }

        public List<String> words() {
            return List.of(path);
        }
    }

    record Rename(String path, String to) implements Operation {
        public String verb() {
            return "rename";
        }

        public List<String> words() {
            return List.of(path, to);
        }
    }

    record Log2phys(String path, long offset) implements Operation {
        public String verb() {
            return "log2phys";
        }

        public List<String> words() {
            return List.of(path, size(offset));
        }
    }

    record Fsync(String path) implements Operation {
        public String verb() {
            return "fsync";
        }

        public List<String> words() {
            return List.of(path);
        }
    }

    record Close(String path) implements Operation {
        public String verb() {
            return "close";
        }

        public List<String> words() {
            return List.of(path);
        }
    }

    /** inhibit PATH on|off: the item's inhibitKernelOffloadedIO. */
    record Inhibit(String path, boolean on) implements Operation {
        public String verb() {
            return "inhibit";
        }

        public List<String> words() {
            return List.of(path, on ? "on" : "off");
        }
    }

    // ---- checks, settings, generated and concurrent operations ----

    /** check: the kernel's and the module's invariants. */
    record Check() implements Operation {
        public String verb() {
            return "check";
        }

        public List<String> words() {
            return List.of();
        }
    }

    /** verify: every file read back and compared with what was written. */
    record Verify() implements Operation {
        public String verb() {
            return "verify";
        }

        public List<String> words() {
            return List.of();
        }
    }

    /** random COUNT [files N] [max-size SIZE]: operations drawn from the run's seed. */
    record Random(long count, int files, long maxSize) implements Operation {
        public static final int FILES = 12;
        public static final long MAX_SIZE = 256 << 10;

        public String verb() {
            return "random";
        }

        public List<String> words() {
            List<String> words = new ArrayList<>(List.of(Long.toString(count)));
            if (files != FILES) {
                words.addAll(List.of("files", Integer.toString(files)));
            }
            if (maxSize != MAX_SIZE) {
                words.addAll(List.of("max-size", size(maxSize)));
            }
            return words;
        }
    }

    record PackerCapacity(int extents) implements Operation {
        public String verb() {
            return "packer-capacity";
        }

        public List<String> words() {
            return List.of(Integer.toString(extents));
        }
    }

    /** switch NAME on|off: an observed behaviour of the spec. */
    record SetSwitch(KernelSettings.Switch setting, boolean on) implements Operation {
        public String verb() {
            return "switch";
        }

        public List<String> words() {
            return List.of(setting.scriptName(), on ? "on" : "off");
        }
    }

    /** fault SITE [ERROR]: the next call at SITE fails with ERROR (EIO unless given). */
    record Fault(KernelSettings.FaultSite site, Errno error) implements Operation {
        public String verb() {
            return "fault";
        }

        public List<String> words() {
            return List.of(site.scriptName(), error.name());
        }
    }

    /** parallel ... end: data operations whose system calls run interleaved. */
    record Parallel(List<Scenario.Step> steps) implements Operation {
        public Parallel {
            steps = List.copyOf(steps);
        }

        public String verb() {
            return "parallel";
        }

        public List<String> words() {
            return List.of();
        }

        @Override
        public String toScript() {
            StringBuilder block = new StringBuilder("parallel\n");
            steps.forEach(s -> block.append("  ").append(s.toScript()).append('\n'));
            return block.append("end").toString();
        }
    }

    // ---- a write's bytes ----

    /** The bytes a write puts in the file: drawn from the run's seed, or chosen by the line. */
    sealed interface Bytes extends java.io.Serializable {
        List<String> words();
    }

    /** Bytes drawn from the run's seed (the line says nothing). */
    record Drawn() implements Bytes {
        public List<String> words() {
            return List.of();
        }
    }

    /** fill BYTE: one byte value repeated (written back in hexadecimal, as Block Hex shows it). */
    record Fill(byte value) implements Bytes {
        public List<String> words() {
            return List.of("fill", String.format(Locale.ROOT, "0x%02X", value & 0xFF));
        }
    }

    /** text "...": the text's UTF-8 bytes repeated to the length. */
    record Text(String text) implements Bytes {
        public List<String> words() {
            return List.of("text", text);
        }
    }

    /** from HOSTFILE [AT]: a host file's bytes from offset AT. */
    record From(String host, long at) implements Bytes {
        public List<String> words() {
            return at == 0 ? List.of("from", host) : List.of("from", host, size(at));
        }
    }

    Bytes DRAWN = new Drawn();

    // ---- parsing ----

    /** verb → {minimum arguments, maximum arguments}. */
    Map<String, int[]> ARITY = arities();

    private static Map<String, int[]> arities() {
        Map<String, int[]> arity = new TreeMap<>();
        arity.put("mkdir", new int[] { 1, 1 });
        arity.put("create", new int[] { 1, 2 });
        arity.put("open", new int[] { 1, 1 });
        arity.put("write", new int[] { 3, 6 });
        arity.put("import", new int[] { 2, 2 });
        arity.put("export", new int[] { 2, 2 });
        arity.put("read", new int[] { 3, 3 });
        arity.put("preallocate", new int[] { 2, 4 });
        arity.put("truncate", new int[] { 2, 2 });
        arity.put("delete", new int[] { 1, 1 });
        arity.put("rename", new int[] { 2, 2 });
        arity.put("log2phys", new int[] { 2, 2 });
        arity.put("fsync", new int[] { 1, 1 });
        arity.put("close", new int[] { 1, 1 });
        arity.put("inhibit", new int[] { 2, 2 });
        arity.put("check", new int[] { 0, 0 });
        arity.put("verify", new int[] { 0, 0 });
        arity.put("random", new int[] { 1, 5 });
        arity.put("packer-capacity", new int[] { 1, 1 });
        arity.put("switch", new int[] { 2, 2 });
        arity.put("fault", new int[] { 1, 2 });
        return Map.copyOf(arity);
    }

    /**
     * The operation a script line's verb and words (variables resolved, {@code expect} taken off) name;
     * a line that names none says why, where.
     */
    static Operation parse(String source, int line, String verb, List<String> args) throws ScenarioException {
        int[] arity = ARITY.get(verb);
        if (arity == null) {
            throw new ScenarioException(source, line, "unknown operation '" + verb + "'; the operations are "
                    + String.join(", ", new java.util.TreeSet<>(ARITY.keySet())) + ", set, parallel/end, seed, policy");
        }
        if (args.size() < arity[0] || args.size() > arity[1]) {
            throw new ScenarioException(source, line, verb + " takes " + (arity[0] == arity[1] ? arity[0]
                    : arity[0] + " to " + arity[1]) + " arguments, not " + args.size());
        }
        Words w = new Words(source, line, args);
        return switch (verb) {
        case "mkdir" -> new Mkdir(w.path(0));
        case "create" -> new Create(w.path(0), args.size() > 1 ? w.number(1) : 0);
        case "open" -> new Open(w.path(0));
        case "delete" -> new Delete(w.path(0));
        case "fsync" -> new Fsync(w.path(0));
        case "close" -> new Close(w.path(0));
        case "write", "read" -> {
            String path = w.path(0);
            long offset = w.number(1);
            long length = w.number(2);
            if (length > Integer.MAX_VALUE - 8) {
                throw w.wrong("one " + verb + " moves at most 2 GiB");
            }
            if (verb.equals("read")) {
                yield new Read(path, offset, length);
            }
            yield new Write(path, offset, length, args.size() > 3 ? bytes(w, args.subList(3, args.size())) : DRAWN);
        }
        case "import" -> new Import(args.get(0), w.path(1));
        case "export" -> new Export(w.path(0), args.get(1));
        case "truncate" -> new Truncate(w.path(0), w.number(1));
        case "log2phys" -> new Log2phys(w.path(0), w.number(1));
        case "preallocate" -> {
            int flags = 0;
            for (String flag : args.subList(2, args.size())) {
                flags |= switch (flag) {
                case "all" -> Flags.ALL;
                case "contiguous" -> Flags.CONTIGUOUS;
                default -> throw w.wrong("preallocate flags are 'all' and 'contiguous', not '" + flag + "'");
                };
            }
            yield new Preallocate(w.path(0), w.number(1), flags);
        }
        case "rename" -> new Rename(w.path(0), w.path(1));
        case "inhibit" -> new Inhibit(w.path(0), w.onOff(1));
        case "check" -> new Check();
        case "verify" -> new Verify();
        case "packer-capacity" -> {
            long extents = w.number(0);
            if (extents < 1 || extents > Integer.MAX_VALUE) {
                throw w.wrong("the packer holds at least one extent");
            }
            yield new PackerCapacity((int) extents);
        }
        case "switch" -> {
            KernelSettings.Switch setting = KernelSettings.Switch.byScriptName(args.get(0));
            if (setting == null) {
                throw w.wrong("unknown switch '" + args.get(0) + "'; the switches are "
                        + Arrays.stream(KernelSettings.Switch.values()).map(KernelSettings.Switch::scriptName).toList());
            }
            yield new SetSwitch(setting, w.onOff(1));
        }
        case "fault" -> {
            KernelSettings.FaultSite site = KernelSettings.FaultSite.byScriptName(args.get(0));
            if (site == null) {
                throw w.wrong("unknown fault site '" + args.get(0) + "'; the sites are "
                        + Arrays.stream(KernelSettings.FaultSite.values()).map(KernelSettings.FaultSite::scriptName).toList());
            }
            Errno error = Errno.EIO;
            if (args.size() > 1) {
                try {
                    error = Errno.valueOf(args.get(1).toUpperCase(Locale.ROOT));
                } catch (IllegalArgumentException e) {
                    throw w.wrong("unknown error '" + args.get(1) + "'");
                }
            }
            yield new Fault(site, error);
        }
        case "random" -> {
            long count = w.number(0);
            int files = Random.FILES;
            long maxSize = Random.MAX_SIZE;
            for (int i = 1; i < args.size(); i += 2) {
                if (i + 1 >= args.size() || !Set.of("files", "max-size").contains(args.get(i))) {
                    throw w.wrong("write: random COUNT [files N] [max-size SIZE]");
                }
                long value = Math.max(1, w.number(i + 1));
                if (args.get(i).equals("files")) {
                    files = (int) Math.min(value, Integer.MAX_VALUE);
                } else {
                    maxSize = value;
                }
            }
            yield new Random(count, files, maxSize);
        }
        default -> throw new IllegalStateException(verb);
        };
    }

    private static Bytes bytes(Words w, List<String> how) throws ScenarioException {
        String usage = "after the length write fill BYTE, text \"...\" or from HOSTFILE [OFFSET]";
        switch (how.get(0)) {
        case "fill" -> {
            if (how.size() != 2) {
                throw w.wrong(usage);
            }
            try {
                return new Fill(WriteBytes.fillByte(how.get(1)));
            } catch (IllegalArgumentException e) {
                throw w.wrong(e.getMessage());
            }
        }
        case "text" -> {
            if (how.size() != 2 || how.get(1).isEmpty()) {
                throw w.wrong("write text \"...\": a text of at least one character, in quotes");
            }
            return new Text(how.get(1));
        }
        case "from" -> {
            if (how.size() < 2 || how.size() > 3) {
                throw w.wrong(usage);
            }
            long at = 0;
            if (how.size() == 3) {
                try {
                    at = Scenario.parseSize(how.get(2));
                } catch (NumberFormatException | ArithmeticException e) {
                    throw w.wrong("'" + how.get(2) + "' is not an offset in the host file");
                }
            }
            return new From(how.get(1), at);
        }
        default -> throw w.wrong(usage + ", not '" + how.get(0) + "'");
        }
    }

    /** A size as the line holds it: plain digits, the exact number of bytes (4K and 1M read back as 4096, 1048576). */
    static String size(long value) {
        return Long.toString(value);
    }

    /** A line's arguments with the checks every operation uses, each naming the line. */
    final class Words {
        private final String source;
        private final int line;
        private final List<String> args;

        private Words(String source, int line, List<String> args) {
            this.source = source;
            this.line = line;
            this.args = args;
        }

        ScenarioException wrong(String message) {
            return new ScenarioException(source, line, message);
        }

        String path(int index) throws ScenarioException {
            String path = args.get(index);
            if (!path.startsWith("/") || path.equals("/")) {
                throw wrong("'" + path + "' is not a path of a file in the volume (write /name)");
            }
            return path;
        }

        long number(int index) throws ScenarioException {
            String text = args.get(index);
            try {
                return Scenario.parseSize(text);
            } catch (NumberFormatException | ArithmeticException e) {
                throw wrong("'" + text + "' is not a size (examples: 4096, 4K, 1M, 0x1000)");
            }
        }

        boolean onOff(int index) throws ScenarioException {
            String value = args.get(index);
            if (!value.equals("on") && !value.equals("off")) {
                throw wrong("write on or off, not '" + value + "'");
            }
            return value.equals("on");
        }
    }
}
