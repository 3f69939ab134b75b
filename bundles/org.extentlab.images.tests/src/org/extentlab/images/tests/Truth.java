package org.extentlab.images.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.extentlab.model.bulk.ExtentRuns;
import org.extentlab.model.bulk.ExtentType;
import org.extentlab.images.LoadedVolume;
import org.extentlab.images.VolumeFile;

/** What the file-system tools say, parsed, and the comparisons the reader tests make with it. */
final class Truth {
    private static final Pattern DEBUGFS_RUN = Pattern
            .compile("\\((\\d+)(?:-(\\d+))?(\\[u\\])?\\):(\\d+)(?:-(\\d+))?");
    private static final Pattern RANGE = Pattern.compile("(\\d+)(?:-(\\d+))?");

    private Truth() {
    }

    /** The data runs of a debugfs {@code stat} report (EXTENTS or BLOCKS), normalised like the reader's. */
    static ExtentRuns debugfsRuns(String stat, long blockSize, long size) {
        int at = Math.max(stat.indexOf("EXTENTS:"), stat.indexOf("BLOCKS:"));
        ExtentRuns runs = new ExtentRuns();
        if (at >= 0) {
            Matcher m = DEBUGFS_RUN.matcher(stat.substring(at));
            while (m.find()) {
                long first = Long.parseLong(m.group(1));
                long last = m.group(2) == null ? first : Long.parseLong(m.group(2));
                long physical = Long.parseLong(m.group(4));
                runs.add(first * blockSize, physical * blockSize, (last - first + 1) * blockSize,
                        m.group(3) != null ? ExtentType.UNWRITTEN : ExtentType.DATA);
            }
        }
        return runs.normalized(size, blockSize);
    }

    /** Block or cluster ranges ("12-40, 57") as {start, end-exclusive} pairs. */
    static List<long[]> ranges(String text) {
        List<long[]> result = new ArrayList<>();
        Matcher m = RANGE.matcher(text);
        while (m.find()) {
            long first = Long.parseLong(m.group(1));
            long last = m.group(2) == null ? first : Long.parseLong(m.group(2));
            result.add(new long[] { first, last + 1 });
        }
        return result;
    }

    /** The free runs of {@code volume} as {first unit, end-exclusive} pairs of its allocation unit. */
    static List<long[]> freeUnits(LoadedVolume volume, long firstUnitOffset, long firstUnitNumber) {
        List<long[]> result = new ArrayList<>();
        long[] runs = volume.freeRuns();
        for (int i = 0; i < runs.length; i += 2) {
            long first = (runs[i] - firstUnitOffset) / volume.blockSize() + firstUnitNumber;
            result.add(new long[] { first, first + runs[i + 1] / volume.blockSize() });
        }
        return result;
    }

    /** Merges adjacent or touching pairs, so that per-group lists compare with maximal runs. */
    static List<long[]> merged(List<long[]> ranges) {
        List<long[]> result = new ArrayList<>();
        for (long[] r : ranges) {
            if (!result.isEmpty() && result.get(result.size() - 1)[1] == r[0]) {
                result.get(result.size() - 1)[1] = r[1];
            } else {
                result.add(r.clone());
            }
        }
        return result;
    }

    static String describe(List<long[]> ranges) {
        StringBuilder text = new StringBuilder();
        for (long[] r : ranges) {
            text.append(r[0]).append('-').append(r[1] - 1).append(' ');
        }
        return text.toString();
    }

    static String describe(ExtentRuns runs) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < runs.size(); i++) {
            text.append('[').append(runs.logical(i)).append('+').append(runs.length(i)).append(' ')
                    .append(runs.type(i).jsonName()).append('@').append(runs.physical(i)).append("] ");
        }
        return text.toString();
    }

    static void assertSameRuns(ExtentRuns expected, ExtentRuns actual, String what) {
        assertEquals(describe(expected), describe(actual), what);
    }

    /** The paths of the volume's regular files, sorted. */
    static TreeSet<String> paths(LoadedVolume volume) {
        TreeSet<String> paths = new TreeSet<>();
        volume.files().forEach(f -> paths.add(f.path()));
        return paths;
    }

    /** The file's bytes read through its extents: data from the image, zeros for holes and unwritten runs. */
    static byte[] readThrough(Path image, VolumeFile file) throws IOException {
        byte[] content = new byte[Math.toIntExact(file.size())];
        try (RandomAccessFile raf = new RandomAccessFile(image.toFile(), "r")) {
            ExtentRuns runs = file.extents();
            for (int i = 0; i < runs.size(); i++) {
                if (runs.type(i) != ExtentType.DATA || runs.logical(i) >= content.length) {
                    continue;
                }
                int length = (int) Math.min(runs.length(i), content.length - runs.logical(i));
                long validEnd = Math.min(file.validDataLength(), runs.logical(i) + length);
                int readable = (int) Math.max(0, validEnd - runs.logical(i));
                raf.seek(runs.physical(i));
                raf.readFully(content, (int) runs.logical(i), readable);
            }
        }
        return content;
    }
}
