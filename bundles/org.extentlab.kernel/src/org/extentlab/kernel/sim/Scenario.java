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
    /** One operation of the script, the line it was written on, and the outcome it expects (or null). */
    public record Step(int line, Operation operation, String expect) implements java.io.Serializable {
        public String verb() {
            return operation.verb();
        }

        /** The steps of a parallel block; none for any other step. */
        public List<Step> parallel() {
            return operation instanceof Operation.Parallel block ? block.steps() : List.of();
        }

        /** The step as script text that parses back to the same step (a parallel block on several lines). */
        public String toScript() {
            return operation.toScript() + (expect == null ? "" : " expect " + expect);
        }
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
                steps.add(new Step(blockLine, new Operation.Parallel(block), null));
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
            Step step = new Step(line, Operation.parse(source, line, verb, words), expect);
            if (block != null) {
                if (!Operation.CONCURRENT.contains(verb)) {
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
