package org.extentlab.kernel.sim;

import java.util.HashMap;
import java.util.Map;

import org.extentlab.kernel.FileSystemModule;

/**
 * What a view of the volume's units can draw in {@code cells} cells: each cell stands for a run of
 * consecutive units and gets the owner holding most of them (an item id,
 * {@link FileSystemModule#FREE_UNIT} or {@link FileSystemModule#METADATA_UNIT}). Views ask for what fits
 * their pixels instead of walking the module.
 */
public final class VolumeMapQuery {
    private VolumeMapQuery() {
    }

    /** The owner of each of {@code cells} cells covering units [from, to). */
    public static long[] sample(FileSystemModule module, long from, long to, int cells) {
        long units = Math.max(0, to - from);
        long[] owners = new long[(int) Math.min(units, Integer.MAX_VALUE - 8)];
        module.unitOwners(from, owners);
        long[] result = new long[cells];
        Map<Long, Integer> counts = new HashMap<>();
        for (int cell = 0; cell < cells; cell++) {
            long start = units * cell / cells;
            long end = Math.max(start + 1, units * (cell + 1) / cells);
            if (start >= owners.length) {
                result[cell] = FileSystemModule.FREE_UNIT;
                continue;
            }
            counts.clear();
            long best = owners[(int) start];
            int bestCount = 0;
            for (long u = start; u < Math.min(end, owners.length); u++) {
                int count = counts.merge(owners[(int) u], 1, Integer::sum);
                if (count > bestCount) {
                    bestCount = count;
                    best = owners[(int) u];
                }
            }
            result[cell] = best;
        }
        return result;
    }
}
