package org.extentlab.kernel.sim;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * The bytes a script's write puts in a file: drawn from the run's seed when the line says nothing
 * else, or chosen: {@code fill BYTE} (one byte value, 0x41 or 65 or a single character, repeated),
 * {@code text "..."} (the text in UTF-8, repeated to the length), {@code from HOSTFILE [AT]} (the host
 * file's bytes from offset AT, 0 unless given).
 */
public final class WriteBytes {
    private WriteBytes() {
    }

    /** A write's chosen bytes could not be had (a host file missing or too short). */
    public static final class HostFileException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        HostFileException(String message) {
            super(message);
        }
    }

    static void validate(String source, int line, List<String> how) throws ScenarioException {
        String usage = "after the length write fill BYTE, text \"...\" or from HOSTFILE [OFFSET]";
        switch (how.get(0)) {
        case "fill" -> {
            if (how.size() != 2) {
                throw new ScenarioException(source, line, usage);
            }
            try {
                fillByte(how.get(1));
            } catch (IllegalArgumentException e) {
                throw new ScenarioException(source, line, e.getMessage());
            }
        }
        case "text" -> {
            if (how.size() != 2 || how.get(1).isEmpty()) {
                throw new ScenarioException(source, line, "write text \"...\": a text of at least one character, in quotes");
            }
        }
        case "from" -> {
            if (how.size() < 2 || how.size() > 3) {
                throw new ScenarioException(source, line, usage);
            }
            if (how.size() == 3) {
                try {
                    Scenario.parseSize(how.get(2));
                } catch (NumberFormatException e) {
                    throw new ScenarioException(source, line, "'" + how.get(2) + "' is not an offset in the host file");
                }
            }
        }
        default -> throw new ScenarioException(source, line, usage + ", not '" + how.get(0) + "'");
        }
    }

    /** 0x41, 65 or A: one byte. */
    static byte fillByte(String text) {
        if (text.length() == 1 && !Character.isDigit(text.charAt(0))) {
            if (text.charAt(0) > 0x7F) {
                throw new IllegalArgumentException("fill takes one byte: a number 0-255 or a plain ASCII character");
            }
            return (byte) text.charAt(0);
        }
        long value;
        try {
            value = Scenario.parseSize(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("fill takes one byte: 0x41, 65 or A, not '" + text + "'");
        }
        if (value > 255) {
            throw new IllegalArgumentException("fill takes one byte (0-255), not " + text);
        }
        return (byte) value;
    }

    /** Whether a write's line chooses its bytes (else they are drawn from the seed). */
    static boolean chosen(List<String> args) {
        return args.size() > 3;
    }

    /** The {@code length} bytes the write's line chooses ({@code args} as the script has them). */
    static byte[] of(List<String> args, int length) {
        byte[] bytes = new byte[length];
        switch (args.get(3)) {
        case "fill" -> Arrays.fill(bytes, fillByte(args.get(4)));
        case "text" -> {
            byte[] text = args.get(4).getBytes(StandardCharsets.UTF_8);
            for (int i = 0; i < length; i++) {
                bytes[i] = text[i % text.length];
            }
        }
        default -> {
            long at = args.size() > 5 ? Scenario.parseSize(args.get(5)) : 0;
            read(Path.of(args.get(4)), at, bytes);
        }
        }
        return bytes;
    }

    /** Fills {@code into} from the host file at {@code at}; a file too short or unreadable says so. */
    static void read(Path host, long at, byte[] into) {
        try (InputStream in = Files.newInputStream(host)) {
            in.skipNBytes(at);
            int got = in.readNBytes(into, 0, into.length);
            if (got < into.length) {
                throw new HostFileException("the host file " + host + " holds " + (at + got) + " bytes, fewer than the "
                        + (at + into.length) + " the write needs");
            }
        } catch (java.io.EOFException e) {
            throw new HostFileException("the host file " + host + " is shorter than the offset " + at);
        } catch (IOException e) {
            throw new HostFileException("cannot read the host file " + host + ": " + e.getMessage());
        }
    }
}
