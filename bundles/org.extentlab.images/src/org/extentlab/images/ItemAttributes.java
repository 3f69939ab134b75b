package org.extentlab.images;

import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * What a file system records of an item besides its data: POSIX mode (with the file type bits), owner,
 * group and times in seconds since 1970 (UTC). FAT and exFAT have no owners (0) and a mode made from
 * their attribute bits.
 */
public record ItemAttributes(int mode, int uid, int gid, long accessTime, long modifyTime, long changeTime) {

    public static final int TYPE_DIRECTORY = 0040000;
    public static final int TYPE_FILE = 0100000;
    public static final int TYPE_SYMLINK = 0120000;

    /** A FAT-style item: a directory, or a file that is read-only or not. */
    static ItemAttributes fromFatBits(boolean directory, boolean readOnly, long access, long modify, long create) {
        int permissions = directory ? 0755 : readOnly ? 0444 : 0644;
        return new ItemAttributes((directory ? TYPE_DIRECTORY : TYPE_FILE) | permissions, 0, 0, access, modify, create);
    }

    /** A DOS date and time (FAT, exFAT) as seconds since 1970, taking them as UTC; 0 when not a valid date. */
    static long dosTime(int date, int time) {
        if (date == 0) {
            return 0;
        }
        try {
            return LocalDateTime.of(1980 + (date >>> 9), (date >>> 5) & 0xF, date & 0x1F, time >>> 11, (time >>> 5) & 0x3F,
                    (time & 0x1F) * 2).toEpochSecond(ZoneOffset.UTC);
        } catch (DateTimeException e) {
            return 0;
        }
    }
}
