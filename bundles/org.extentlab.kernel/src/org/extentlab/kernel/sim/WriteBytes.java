package org.extentlab.kernel.sim;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

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

    /** The {@code length} bytes a write's line chooses. */
    static byte[] of(Operation.Bytes chosen, int length) {
        byte[] bytes = new byte[length];
        switch (chosen) {
        case Operation.Fill fill -> Arrays.fill(bytes, fill.value());
        case Operation.Text text -> {
            byte[] pattern = text.text().getBytes(StandardCharsets.UTF_8);
            for (int i = 0; i < length; i++) {
                bytes[i] = pattern[i % pattern.length];
            }
        }
        case Operation.From from -> read(Path.of(from.host()), from.at(), bytes);
        case Operation.Drawn drawn -> throw new IllegalArgumentException("drawn bytes come from the run's seed");
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
