package org.extentlab.kernel;

import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/** The DOS date and time FAT and exFAT store (two-second steps, 1980–2107), read and written as UTC. */
public final class DosTime {
    private static final long EPOCH_1980 = 315_532_800L;

    private DosTime() {
    }

    /** {date, time} for {@code seconds} since 1970. */
    public static int[] encode(long seconds) {
        LocalDateTime t = LocalDateTime.ofEpochSecond(Math.max(seconds, EPOCH_1980), 0, ZoneOffset.UTC);
        int year = Math.min(Math.max(t.getYear(), 1980), 2107);
        int date = (year - 1980) << 9 | t.getMonthValue() << 5 | t.getDayOfMonth();
        int time = t.getHour() << 11 | t.getMinute() << 5 | t.getSecond() / 2;
        return new int[] { date, time };
    }

    /** Seconds since 1970 for a stored date and time; 1980-01-01 for an empty or impossible one. */
    public static long decode(int date, int time) {
        if (date == 0) {
            return EPOCH_1980;
        }
        try {
            return LocalDateTime.of(1980 + (date >>> 9), Math.max(1, date >>> 5 & 0xF), Math.max(1, date & 0x1F),
                    Math.min(23, time >>> 11), Math.min(59, time >>> 5 & 0x3F), Math.min(58, (time & 0x1F) * 2))
                    .toEpochSecond(ZoneOffset.UTC);
        } catch (DateTimeException e) {
            return EPOCH_1980;
        }
    }
}
