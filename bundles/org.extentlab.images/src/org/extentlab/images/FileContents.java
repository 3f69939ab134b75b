package org.extentlab.images;

import java.io.IOException;
import java.util.Arrays;

import org.extentlab.model.bulk.ExtentRuns;
import org.extentlab.model.bulk.ExtentType;

/**
 * A regular file's bytes as its volume holds them, read through its extent map: data runs from the
 * image, holes and unwritten runs as zeros, and nothing past the size; an inline file's from its inode. What debugfs {@code cat},
 * sleuthkit's icat or mtools' mcopy print for the file, exFAT's bytes past the valid data length
 * being zeros as there.
 */
public final class FileContents {
    private FileContents() {
    }

    /**
     * Copies the file's bytes [offset, offset + length) clipped to its size into {@code into} at
     * {@code at}; returns how many were copied. {@code image} is the whole image file, as the extents'
     * physical offsets count from its start.
     */
    public static int read(ImageSource image, VolumeFile file, long offset, byte[] into, int at, int length)
            throws IOException {
        long end = Math.min(file.size(), offset + length);
        if (end <= offset) {
            return 0;
        }
        int count = (int) (end - offset);
        Arrays.fill(into, at, at + count, (byte) 0);
        if (file.inline()) {
            byte[] inline = file.inlineData() == null ? new byte[0] : file.inlineData();
            System.arraycopy(inline, (int) Math.min(offset, inline.length), into, at,
                    (int) Math.max(0, Math.min(count, inline.length - offset)));
            return count;
        }
        ExtentRuns runs = file.extents();
        // The runs are sorted by logical offset: start at the last one beginning at or before the offset.
        int low = 0;
        int high = runs.size() - 1;
        while (low < high) {
            int middle = (low + high + 1) >>> 1;
            if (runs.logical(middle) <= offset) {
                low = middle;
            } else {
                high = middle - 1;
            }
        }
        for (int i = low; i < runs.size() && runs.logical(i) < end; i++) {
            long from = Math.max(offset, runs.logical(i));
            long to = Math.min(end, runs.logical(i) + runs.length(i));
            if (from >= to || runs.type(i) != ExtentType.DATA) {
                continue;
            }
            image.readInto(runs.physical(i) + (from - runs.logical(i)), into, at + (int) (from - offset),
                    (int) (to - from));
        }
        return count;
    }

    /** The whole file, when it fits an array. */
    public static byte[] readAll(ImageSource image, VolumeFile file) throws IOException {
        if (file.size() > Integer.MAX_VALUE - 16) {
            throw new ImageFormatException(file.path() + " is too large to hold in memory (" + file.size() + " bytes)");
        }
        byte[] bytes = new byte[(int) file.size()];
        read(image, file, 0, bytes, 0, bytes.length);
        return bytes;
    }
}
