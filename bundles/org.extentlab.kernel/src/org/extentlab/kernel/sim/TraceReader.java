package org.extentlab.kernel.sim;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.extentlab.kernel.Errno;
import org.extentlab.kernel.FreeSpace;
import org.extentlab.kernel.PackedExtent;
import org.extentlab.kernel.PackedExtentType;

/**
 * Reads a trace written by {@link Trace#writeJsonLines} back into events, so that a run can be
 * replayed (its events fed to a listener in order) or compared with a new run. Lines that are not
 * trace events are reported with their line number.
 */
public final class TraceReader {
    private final String text;
    private int at;

    private TraceReader(String text) {
        this.text = text;
    }

    public static Trace read(Path file) throws IOException {
        Trace trace = new Trace();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            try {
                trace.add(parse(lines.get(i)));
            } catch (RuntimeException e) {
                throw new IOException(file.getFileName() + ":" + (i + 1) + ": not a trace event (" + e.getMessage() + ")");
            }
        }
        return trace;
    }

    /** One event from its JSON line. */
    public static TraceEvent parse(String line) {
        TraceReader reader = new TraceReader(line);
        Object value = reader.value();
        reader.skipSpace();
        if (reader.at != line.length() || !(value instanceof Map<?, ?>)) {
            throw new IllegalArgumentException("one JSON object per line expected");
        }
        Map<?, ?> fields = (Map<?, ?>) value;
        List<PackedExtent> extents = null;
        if (fields.get("extents") instanceof List<?> list) {
            extents = new ArrayList<>();
            for (Object item : list) {
                Map<?, ?> e = (Map<?, ?>) item;
                extents.add(new PackedExtent(type((String) e.get("type")), number(e, "logical"), number(e, "physical"),
                        number(e, "length")));
            }
        }
        FreeSpace freeSpace = null;
        Object free = fields.get("freeSpace");
        if (free instanceof Map<?, ?> f) {
            freeSpace = FreeSpace.of(number(f, "seq"), number(f, "bytes"));
        } else if ("no-update".equals(free)) {
            freeSpace = FreeSpace.noUpdate(0);
        } else if ("none".equals(free)) {
            freeSpace = FreeSpace.NONE;
        }
        Object error = fields.get("error");
        return new TraceEvent(number(fields, "seq"), number(fields, "t"), (String) fields.get("kind"),
                (String) fields.get("name"), (int) optional(fields, "task", 0), optional(fields, "item", -1),
                optional(fields, "op", -1), optional(fields, "offset", -1), optional(fields, "length", -1),
                (String) fields.get("flags"), Boolean.TRUE.equals(fields.get("continuation")), extents,
                error instanceof String name ? Errno.valueOf(name) : null, freeSpace, optional(fields, "size", -1),
                (String) fields.get("detail"));
    }

    private static PackedExtentType type(String name) {
        for (PackedExtentType type : PackedExtentType.values()) {
            if (type.traceName().equals(name)) {
                return type;
            }
        }
        throw new IllegalArgumentException("unknown extent type " + name);
    }

    private static long number(Map<?, ?> fields, String name) {
        Object value = fields.get(name);
        if (!(value instanceof Long number)) {
            throw new IllegalArgumentException("no number \"" + name + "\"");
        }
        return number;
    }

    private static long optional(Map<?, ?> fields, String name, long otherwise) {
        return fields.containsKey(name) ? number(fields, name) : otherwise;
    }

    // ---- a small JSON reader: objects, arrays, strings, integers, true/false/null ----

    private Object value() {
        skipSpace();
        if (at >= text.length()) {
            throw new IllegalArgumentException("the line ends early");
        }
        char c = text.charAt(at);
        return switch (c) {
        case '{' -> object();
        case '[' -> array();
        case '"' -> string();
        case 't' -> word("true", Boolean.TRUE);
        case 'f' -> word("false", Boolean.FALSE);
        case 'n' -> word("null", null);
        default -> integer();
        };
    }

    private Map<String, Object> object() {
        Map<String, Object> fields = new LinkedHashMap<>();
        at++;
        skipSpace();
        if (peek() == '}') {
            at++;
            return fields;
        }
        while (true) {
            skipSpace();
            String name = string();
            skipSpace();
            expect(':');
            fields.put(name, value());
            skipSpace();
            if (peek() == ',') {
                at++;
            } else {
                expect('}');
                return fields;
            }
        }
    }

    private List<Object> array() {
        List<Object> items = new ArrayList<>();
        at++;
        skipSpace();
        if (peek() == ']') {
            at++;
            return items;
        }
        while (true) {
            items.add(value());
            skipSpace();
            if (peek() == ',') {
                at++;
            } else {
                expect(']');
                return items;
            }
        }
    }

    private String string() {
        expect('"');
        StringBuilder out = new StringBuilder();
        while (true) {
            char c = text.charAt(at++);
            if (c == '"') {
                return out.toString();
            }
            if (c != '\\') {
                out.append(c);
                continue;
            }
            char escaped = text.charAt(at++);
            switch (escaped) {
            case 'n' -> out.append('\n');
            case 't' -> out.append('\t');
            case 'r' -> out.append('\r');
            case 'u' -> {
                out.append((char) Integer.parseInt(text.substring(at, at + 4), 16));
                at += 4;
            }
            default -> out.append(escaped);
            }
        }
    }

    private Long integer() {
        int start = at;
        if (peek() == '-') {
            at++;
        }
        while (at < text.length() && Character.isDigit(text.charAt(at))) {
            at++;
        }
        if (start == at) {
            throw new IllegalArgumentException("unexpected '" + text.charAt(at) + "' at column " + (at + 1));
        }
        return Long.parseLong(text.substring(start, at));
    }

    private Object word(String word, Object value) {
        if (!text.startsWith(word, at)) {
            throw new IllegalArgumentException("unexpected text at column " + (at + 1));
        }
        at += word.length();
        return value;
    }

    private char peek() {
        return at < text.length() ? text.charAt(at) : '\0';
    }

    private void expect(char c) {
        if (peek() != c) {
            throw new IllegalArgumentException("'" + c + "' expected at column " + (at + 1));
        }
        at++;
    }

    private void skipSpace() {
        while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
            at++;
        }
    }
}
