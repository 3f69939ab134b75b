package org.extentlab.kernel.sim;

import java.util.ArrayList;
import java.util.List;

import org.extentlab.kernel.FileSystemModule;
import org.extentlab.kernel.FreeSpace;

/**
 * Free space as a view draws it: the free bytes the replies reported over simulated time, and the
 * free runs of the volume now (how many of each length, the largest) for a fragmentation histogram.
 */
public final class FreeSpaceQuery {
    private FreeSpaceQuery() {
    }

    /** One reported value: when (simulated nanoseconds) and how many bytes were free. */
    public record Point(long time, long freeBytes) {
    }

    /** The free runs of the volume: {@code histogram[k]} runs of 2^k to 2^(k+1)-1 units; the largest run. */
    public record Runs(long[] histogram, long largest, long count, long freeUnits) {
    }

    /** Every free-space value the module's replies carried, in order, starting with {@code initial} at time 0. */
    public static List<Point> series(Trace trace, long initial) {
        List<Point> points = new ArrayList<>();
        points.add(new Point(0, initial));
        for (TraceEvent event : trace.events()) {
            FreeSpace free = event.freeSpace();
            if (free != null && free.kind() == FreeSpace.Kind.VALUE) {
                points.add(new Point(event.time(), free.freeBytes()));
            }
        }
        return points;
    }

    /**
     * The free space as last reported at or before {@code time} in {@code series} (a {@link #series},
     * in time order): the value the kernel held then; before any, the first value.
     */
    public static long freeAt(List<Point> series, long time) {
        long free = series.isEmpty() ? 0 : series.get(0).freeBytes();
        int low = 0;
        int high = series.size() - 1;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            if (series.get(middle).time() <= time) {
                free = series.get(middle).freeBytes();
                low = middle + 1;
            } else {
                high = middle - 1;
            }
        }
        return free;
    }

    /** The free runs of the module's units now. */
    public static Runs runs(FileSystemModule module) {
        long units = module.unitCount();
        long[] owners = new long[(int) Math.min(units, Integer.MAX_VALUE - 8)];
        module.unitOwners(0, owners);
        long[] histogram = new long[64];
        long largest = 0;
        long count = 0;
        long free = 0;
        long run = 0;
        for (int i = 0; i <= owners.length; i++) {
            if (i < owners.length && owners[i] == FileSystemModule.FREE_UNIT) {
                run++;
                continue;
            }
            if (run > 0) {
                histogram[63 - Long.numberOfLeadingZeros(run)]++;
                largest = Math.max(largest, run);
                count++;
                free += run;
                run = 0;
            }
        }
        return new Runs(histogram, largest, count, free);
    }
}
