package org.extentlab.kernel.sim;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.extentlab.kernel.AllocationPolicy;
import org.extentlab.kernel.Errno;

/**
 * A parsed scenario script (help/scenarios.md): one operation per line, {@code #} comments, sizes
 * such as 4K and 1M, variables ({@code set NAME VALUE}, then {@code $NAME}), settings that must come
 * before the first operation ({@code seed}, {@code policy}), and {@code parallel ... end} blocks whose
 * operations run interleaved.
 */
public final class Scenario {
    /** One operation: its verb, its arguments (variables and sizes resolved), where it was written. */
    public record Step(int line, String verb, List<String> arguments, List<Step> parallel, String expect) implements java.io.Serializable {
        public String argument(int index) {
            return arguments.get(index);
        }

        public long number(int index) {
            return parseSize(arguments.get(index));
        }
    }

    private static final Map<String, int[]> VERBS = new HashMap<>();

    static {
        // verb -> {minimum arguments, maximum arguments}
        VERBS.put("mkdir", new int[] { 1, 1 });
        VERBS.put("create", new int[] { 1, 2 });
        VERBS.put("open", new int[] { 1, 1 });
        VERBS.put("write", new int[] { 3, 6 });
        VERBS.put("import", new int[] { 2, 2 });
        VERBS.put("export", new int[] { 2, 2 });
        VERBS.put("read", new int[] { 3, 3 });
        VERBS.put("preallocate", new int[] { 2, 4 });
        VERBS.put("truncate", new int[] { 2, 2 });
        VERBS.put("delete", new int[] { 1, 1 });
        VERBS.put("rename", new int[] { 2, 2 });
        VERBS.put("log2phys", new int[] { 2, 2 });
        VERBS.put("fsync", new int[] { 1, 1 });
        VERBS.put("close", new int[] { 1, 1 });
        VERBS.put("inhibit", new int[] { 2, 2 });
        VERBS.put("check", new int[] { 0, 0 });
        VERBS.put("verify", new int[] { 0, 0 });
        VERBS.put("random", new int[] { 1, 5 });
        VERBS.put("packer-capacity", new int[] { 1, 1 });
        VERBS.put("switch", new int[] { 2, 2 });
        VERBS.put("fault", new int[] { 1, 2 });
    }

    private static final Set<String> PREAMBLE = Set.of("seed", "policy");

    private final String source;
    private final List<Step> steps;
    private final Long seed;
    private final AllocationPolicy policy;

    private Scenario(String source, List<Step> steps, Long seed, AllocationPolicy policy) {
        this.source = source;
        this.steps = steps;
        this.seed = seed;
        this.policy = policy;
    }

    public String source() {
        return source;
    }

    public List<Step> steps() {
        return steps;
    }

    /** The seed the script asks for, or null. */
    public Long seed() {
        return seed;
    }

    /** The allocation policy the script asks for, or null. */
    public AllocationPolicy policy() {
        return policy;
    }

    public static Scenario read(Path script) throws IOException, ScenarioException {
        return parse(script.getFileName().toString(), Files.readString(script, StandardCharsets.UTF_8));
    }

    public static Scenario parse(String source, String text) throws ScenarioException {
        Map<String, String> variables = new HashMap<>();
        List<Step> steps = new ArrayList<>();
        List<Step> block = null;
        int blockLine = 0;
        Long seed = null;
        AllocationPolicy policy = null;
        String[] lines = text.split("\r?\n", -1);
        for (int index = 0; index < lines.length; index++) {
            int line = index + 1;
            String content = lines[index];
            int hash = commentStart(content);
            if (hash >= 0) {
                content = content.substring(0, hash);
            }
            content = content.strip();
            if (content.isEmpty()) {
                continue;
            }
            List<String> words = words(source, line, content);
            String verb = words.remove(0).toLowerCase(Locale.ROOT);
            for (int i = 0; i < words.size(); i++) {
                String word = words.get(i);
                if (word.startsWith("$")) {
                    String value = variables.get(word.substring(1));
                    if (value == null) {
                        throw new ScenarioException(source, line, "the variable " + word + " is not set (set it with: set "
                                + word.substring(1) + " VALUE)");
                    }
                    words.set(i, value);
                }
            }
            String expect = null;
            int expectAt = words.indexOf("expect");
            if (expectAt >= 0) {
                if (expectAt != words.size() - 2) {
                    throw new ScenarioException(source, line, "write 'expect' last, followed by ok or an error name such as ENOSPC");
                }
                expect = words.get(expectAt + 1).toUpperCase(Locale.ROOT);
                if (!expect.equals("OK")) {
                    try {
                        Errno.valueOf(expect);
                    } catch (IllegalArgumentException e) {
                        throw new ScenarioException(source, line, "unknown error '" + words.get(expectAt + 1)
                                + "' after expect; use ok or one of " + java.util.Arrays.toString(Errno.values()));
                    }
                }
                words = new ArrayList<>(words.subList(0, expectAt));
            }
            switch (verb) {
            case "set" -> {
                if (words.size() != 2 || !words.get(0).matches("[A-Za-z_][A-Za-z0-9_]*")) {
                    throw new ScenarioException(source, line, "write: set NAME VALUE (a name of letters, digits and _)");
                }
                variables.put(words.get(0), words.get(1));
                continue;
            }
            case "parallel" -> {
                if (block != null) {
                    throw new ScenarioException(source, line, "parallel blocks do not nest (the block of line "
                            + blockLine + " is still open)");
                }
                if (!words.isEmpty()) {
                    throw new ScenarioException(source, line, "parallel takes no arguments; its operations follow, one per line, until 'end'");
                }
                block = new ArrayList<>();
                blockLine = line;
                continue;
            }
            case "end" -> {
                if (block == null) {
                    throw new ScenarioException(source, line, "'end' without 'parallel'");
                }
                if (block.isEmpty()) {
                    throw new ScenarioException(source, line, "the parallel block of line " + blockLine + " is empty");
                }
                steps.add(new Step(blockLine, "parallel", List.of(), List.copyOf(block), null));
                block = null;
                continue;
            }
            default -> {
            }
            }
            if (PREAMBLE.contains(verb)) {
                if (!steps.isEmpty() || block != null) {
                    throw new ScenarioException(source, line, verb + " must come before the first operation");
                }
                if (words.size() != 1) {
                    throw new ScenarioException(source, line, verb + " takes one value");
                }
                if (verb.equals("seed")) {
                    seed = number(source, line, words.get(0));
                } else {
                    policy = policyNamed(source, line, words.get(0));
                }
                continue;
            }
            int[] arity = VERBS.get(verb);
            if (arity == null) {
                throw new ScenarioException(source, line, "unknown operation '" + verb + "'; the operations are "
                        + String.join(", ", new java.util.TreeSet<>(VERBS.keySet())) + ", set, parallel/end, seed, policy");
            }
            if (words.size() < arity[0] || words.size() > arity[1]) {
                throw new ScenarioException(source, line, verb + " takes " + (arity[0] == arity[1] ? arity[0]
                        : arity[0] + " to " + arity[1]) + " arguments, not " + words.size());
            }
            Step step = new Step(line, verb, List.copyOf(words), List.of(), expect);
            validate(source, step);
            if (block != null) {
                if (!Set.of("write", "read", "preallocate", "log2phys", "truncate", "fsync").contains(verb)) {
                    throw new ScenarioException(source, line, verb + " cannot run in a parallel block (only write, read, "
                            + "preallocate, log2phys, truncate and fsync can)");
                }
                block.add(step);
            } else {
                steps.add(step);
            }
        }
        if (block != null) {
            throw new ScenarioException(source, blockLine, "the parallel block is not closed with 'end'");
        }
        return new Scenario(source, List.copyOf(steps), seed, policy);
    }

    /** Where a line's comment starts: the first # outside double quotes; -1 when none. */
    static int commentStart(String content) {
        boolean quoted = false;
        for (int i = 0; i < content.length(); i++) {
            char ch = content.charAt(i);
            if (ch == '"') {
                quoted = !quoted;
            } else if (ch == '#' && !quoted) {
                return i;
            }
        }
        return -1;
    }

    /** Splits a line at white space; "double quotes" keep a name with spaces together. */
    private static List<String> words(String source, int line, String content) throws ScenarioException {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        for (int i = 0; i < content.length(); i++) {
            char ch = content.charAt(i);
            if (ch == '"') {
                quoted = !quoted;
                any = true;
            } else if (Character.isWhitespace(ch) && !quoted) {
                if (any) {
                    words.add(word.toString());
                    word.setLength(0);
                    any = false;
                }
            } else {
                word.append(ch);
                any = true;
            }
        }
        if (quoted) {
            throw new ScenarioException(source, line, "a quote is not closed");
        }
        if (any) {
            words.add(word.toString());
        }
        return words;
    }

    private static void validate(String source, Step step) throws ScenarioException {
        List<String> args = step.arguments();
        int line = step.line();
        switch (step.verb()) {
        case "write", "read" -> {
            path(source, line, args.get(0));
            number(source, line, args.get(1));
            long length = number(source, line, args.get(2));
            if (length > Integer.MAX_VALUE - 8) {
                throw new ScenarioException(source, line, "one " + step.verb() + " moves at most 2 GiB");
            }
            if (step.verb().equals("read") && args.size() > 3) {
                throw new ScenarioException(source, line, "read takes 3 arguments: read PATH OFFSET LENGTH");
            }
            if (args.size() > 3) {
                WriteBytes.validate(source, line, args.subList(3, args.size()));
            }
        }
        case "import" -> path(source, line, args.get(1));
        case "export" -> path(source, line, args.get(0));
        case "create" -> {
            path(source, line, args.get(0));
            if (args.size() > 1) {
                number(source, line, args.get(1));
            }
        }
        case "truncate", "log2phys" -> {
            path(source, line, args.get(0));
            number(source, line, args.get(1));
        }
        case "preallocate" -> {
            path(source, line, args.get(0));
            number(source, line, args.get(1));
            for (String flag : args.subList(2, args.size())) {
                if (!flag.equals("all") && !flag.equals("contiguous")) {
                    throw new ScenarioException(source, line, "preallocate flags are 'all' and 'contiguous', not '" + flag + "'");
                }
            }
        }
        case "mkdir", "open", "delete", "fsync", "close" -> path(source, line, args.get(0));
        case "rename" -> {
            path(source, line, args.get(0));
            path(source, line, args.get(1));
        }
        case "inhibit" -> {
            path(source, line, args.get(0));
            onOff(source, line, args.get(1));
        }
        case "packer-capacity" -> {
            if (number(source, line, args.get(0)) < 1) {
                throw new ScenarioException(source, line, "the packer holds at least one extent");
            }
        }
        case "switch" -> {
            if (KernelSettings.Switch.byScriptName(args.get(0)) == null) {
                throw new ScenarioException(source, line, "unknown switch '" + args.get(0) + "'; the switches are "
                        + java.util.Arrays.stream(KernelSettings.Switch.values()).map(KernelSettings.Switch::scriptName).toList());
            }
            onOff(source, line, args.get(1));
        }
        case "fault" -> {
            KernelSettings.FaultSite site = KernelSettings.FaultSite.byScriptName(args.get(0));
            if (site == null) {
                throw new ScenarioException(source, line, "unknown fault site '" + args.get(0) + "'; the sites are "
                        + java.util.Arrays.stream(KernelSettings.FaultSite.values()).map(KernelSettings.FaultSite::scriptName).toList());
            }
            if (args.size() > 1) {
                try {
                    Errno.valueOf(args.get(1).toUpperCase(Locale.ROOT));
                } catch (IllegalArgumentException e) {
                    throw new ScenarioException(source, line, "unknown error '" + args.get(1) + "'");
                }
            }
        }
        case "random" -> {
            number(source, line, args.get(0));
            for (int i = 1; i < args.size(); i += 2) {
                if (i + 1 >= args.size() || !Set.of("files", "max-size").contains(args.get(i))) {
                    throw new ScenarioException(source, line, "write: random COUNT [files N] [max-size SIZE]");
                }
                number(source, line, args.get(i + 1));
            }
        }
        default -> {
        }
        }
    }

    private static void path(String source, int line, String path) throws ScenarioException {
        if (!path.startsWith("/") || path.equals("/")) {
            throw new ScenarioException(source, line, "'" + path + "' is not a path of a file in the volume (write /name)");
        }
    }

    private static void onOff(String source, int line, String value) throws ScenarioException {
        if (!value.equals("on") && !value.equals("off")) {
            throw new ScenarioException(source, line, "write on or off, not '" + value + "'");
        }
    }

    private static long number(String source, int line, String text) throws ScenarioException {
        try {
            return parseSize(text);
        } catch (NumberFormatException e) {
            throw new ScenarioException(source, line, "'" + text + "' is not a size (examples: 4096, 4K, 1M, 0x1000)");
        }
    }

    private static AllocationPolicy policyNamed(String source, int line, String name) throws ScenarioException {
        for (AllocationPolicy policy : AllocationPolicy.values()) {
            if (policy.scriptName().equals(name.toLowerCase(Locale.ROOT))) {
                return policy;
            }
        }
        throw new ScenarioException(source, line, "unknown policy '" + name + "'; use native, first-fit or next-fit");
    }

    /** 4096, 4K, 1M, 2G (binary multiples), 0x1000. */
    public static long parseSize(String text) {
        int length = text.length();
        if (length > 0 && length <= 18) { // plain digits, the runner's own numbers: no copy, no parse of a copy
            long value = 0;
            int i = 0;
            for (; i < length; i++) {
                char c = text.charAt(i);
                if (c < '0' || c > '9') {
                    break;
                }
                value = value * 10 + (c - '0');
            }
            if (i == length) {
                return value;
            }
        }
        String t = text.strip();
        if (t.startsWith("0x") || t.startsWith("0X")) {
            return Long.parseLong(t.substring(2), 16);
        }
        long multiplier = 1;
        char last = Character.toUpperCase(t.isEmpty() ? ' ' : t.charAt(t.length() - 1));
        switch (last) {
        case 'K' -> multiplier = 1L << 10;
        case 'M' -> multiplier = 1L << 20;
        case 'G' -> multiplier = 1L << 30;
        default -> {
        }
        }
        String digits = multiplier == 1 ? t : t.substring(0, t.length() - 1);
        long value = Long.parseLong(digits);
        if (value < 0) {
            throw new NumberFormatException("negative");
        }
        return Math.multiplyExact(value, multiplier);
    }
}
