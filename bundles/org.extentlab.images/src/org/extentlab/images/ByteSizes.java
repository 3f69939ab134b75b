package org.extentlab.images;

import java.util.Locale;

/** Human-readable byte counts in binary units, as the file-system tools print them. */
public final class ByteSizes {
    private static final String[] UNITS = { "KiB", "MiB", "GiB", "TiB", "PiB", "EiB" };

    private ByteSizes() {
    }

    /** "4 MiB (4,194,304 bytes)"; below 1 KiB just "512 bytes". */
    public static String describe(long bytes) {
        String brief = brief(bytes);
        return bytes < 1024 ? brief : String.format(Locale.ROOT, "%s (%,d bytes)", brief, bytes);
    }

    /** "4 MiB", "1.5 KiB" (a decimal only where the value is not whole), "512 bytes". */
    public static String brief(long bytes) {
        if (bytes < 1024) {
            return bytes + (bytes == 1 ? " byte" : " bytes");
        }
        double value = bytes;
        int unit = -1;
        while (value >= 1024 && unit < UNITS.length - 1) {
            value /= 1024;
            unit++;
        }
        boolean whole = value == Math.rint(value);
        return whole ? String.format(Locale.ROOT, "%d %s", (long) value, UNITS[unit])
                : String.format(Locale.ROOT, "%.1f %s", value, UNITS[unit]);
    }
}
