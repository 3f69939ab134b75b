package org.extentlab.kernel.sim;

import java.util.Arrays;

import org.extentlab.kernel.FileSystemModule;

/**
 * Who holds each allocation unit of a volume at one moment, kept as runs of units with the same owner
 * (an item id, {@link FileSystemModule#FREE_UNIT} or {@link FileSystemModule#METADATA_UNIT}). Taken once
 * per step while the simulation is still; afterwards it is immutable, so a view may sample it from any
 * thread, as often as it zooms and pans, without touching the module.
 *
 * <p>A view asks for what fits its pixels: {@link #cells} gives, for each cell of a run of consecutive
 * units, the owner holding most of them. The work is proportional to the cells and the runs they
 * cover, not to the units, so a volume of 2^24 blocks samples as quickly as a small one.
 */
public final class VolumeMapQuery {
    /** A cell past the volume's last unit. */
    public static final long BEYOND = Long.MIN_VALUE;
    /** No owner to highlight. */
    public static final long NO_HIGHLIGHT = Long.MIN_VALUE + 1;
    private static final int CHUNK = 1 << 20;

    private final long units;
    /** starts[i] is the first unit of run i; the run ends where the next starts (the last at units). */
    private final long[] starts;
    private final long[] owners;
    /** Unwritten units as sorted, disjoint {first, length} runs. */
    private final long[][] unwritten;
    /** Units a file's retained mapping still points at although the file no longer holds them, sorted. */
    private final long[] stale;

    private VolumeMapQuery(long units, long[] starts, long[] owners, long[][] unwritten, long[] stale) {
        this.units = units;
        this.starts = starts;
        this.owners = owners;
        this.unwritten = unwritten;
        this.stale = stale;
    }

    /** {@link #of(FileSystemModule)}, with the units the simulated kernel maps stale. */
    public static VolumeMapQuery of(Simulation simulation) {
        VolumeMapQuery map = of(simulation.module());
        return new VolumeMapQuery(map.units, map.starts, map.owners, map.unwritten, simulation.kernel().staleUnits());
    }

    /** The owners of every unit of {@code module} now; the caller holds the simulation's monitor. */
    public static VolumeMapQuery of(FileSystemModule module) {
        long units = module.unitCount();
        long[] starts = new long[64];
        long[] owners = new long[64];
        int runs = 0;
        long[] chunk = new long[(int) Math.min(CHUNK, Math.max(1, units))];
        for (long first = 0; first < units; first += chunk.length) {
            long[] into = units - first < chunk.length ? new long[(int) (units - first)] : chunk;
            module.unitOwners(first, into);
            for (int i = 0; i < into.length; i++) {
                if (runs > 0 && owners[runs - 1] == into[i]) {
                    continue;
                }
                if (runs == starts.length) {
                    starts = Arrays.copyOf(starts, runs * 2);
                    owners = Arrays.copyOf(owners, runs * 2);
                }
                starts[runs] = first + i;
                owners[runs] = into[i];
                runs++;
            }
        }
        return new VolumeMapQuery(units, Arrays.copyOf(starts, runs), Arrays.copyOf(owners, runs),
                module.unwrittenUnits().toArray(long[][]::new), new long[0]);
    }

    /** How many units the volume has. */
    public long units() {
        return units;
    }

    /** How many runs of units with one owner the volume is made of. */
    public int runCount() {
        return starts.length;
    }

    /** Who holds {@code unit}; {@link #BEYOND} outside the volume. */
    public long ownerOf(long unit) {
        if (unit < 0 || unit >= units) {
            return BEYOND;
        }
        return owners[runAt(unit)];
    }

    /** Every unit {@code owner} holds, as {first, length} runs in device order. */
    public long[][] runsOf(long owner) {
        return java.util.stream.IntStream.range(0, owners.length).filter(i -> owners[i] == owner)
                .mapToObj(i -> new long[] { starts[i], end(i) - starts[i] }).toArray(long[][]::new);
    }

    /**
     * The owner of each of {@code count} cells, cell k covering units [first + k·perCell, first +
     * (k+1)·perCell): the owner holding most of them (ties: the one met first); {@code highlight} wins any
     * cell it holds a unit of, so a selected small file stays visible however far the view is zoomed
     * out. Cells past the last unit are {@link #BEYOND}.
     */
    public long[] cells(long first, long perCell, int count, long highlight) {
        if (perCell < 1 || count < 0 || first < 0) {
            throw new IllegalArgumentException("cells from " + first + ", " + perCell + " per cell, " + count + " cells");
        }
        long[] result = new long[count];
        long[] seen = new long[8];
        long[] covered = new long[8];
        int run = first < units ? runAt(first) : starts.length;
        for (int cell = 0; cell < count; cell++) {
            long from = first + cell * perCell;
            if (from >= units) {
                Arrays.fill(result, cell, count, BEYOND);
                break;
            }
            long to = Math.min(units, from + perCell);
            while (end(run) <= from) {
                run++;
            }
            if (end(run) >= to) {
                // The run covers this cell and maybe many more: fill them at once.
                int whole = (int) Math.min(count - cell, Math.max(1, (end(run) - from) / perCell));
                Arrays.fill(result, cell, cell + whole, owners[run]);
                cell += whole - 1;
                continue;
            }
            int distinct = 0;
            long best = owners[run];
            long bestCovered = 0;
            boolean highlighted = false;
            for (int r = run; r < starts.length && starts[r] < to; r++) {
                long owner = owners[r];
                highlighted |= owner == highlight;
                long length = Math.min(to, end(r)) - Math.max(from, starts[r]);
                int k = 0;
                while (k < distinct && seen[k] != owner) {
                    k++;
                }
                if (k == distinct) {
                    if (distinct == seen.length) {
                        seen = Arrays.copyOf(seen, distinct * 2);
                        covered = Arrays.copyOf(covered, distinct * 2);
                    }
                    seen[k] = owner;
                    covered[k] = 0;
                    distinct++;
                }
                covered[k] += length;
                if (covered[k] > bestCovered) {
                    bestCovered = covered[k];
                    best = owner;
                }
            }
            result[cell] = highlighted ? highlight : best;
        }
        return result;
    }

    /** How many units the kernel maps stale. */
    public int staleCount() {
        return stale.length;
    }

    /** Whether a file's retained mapping still points at {@code unit} though the file no longer holds it. */
    public boolean isStale(long unit) {
        return Arrays.binarySearch(stale, unit) >= 0;
    }

    /** For each of {@code count} cells laid out as in {@link #cells}: whether any of its units is mapped stale. */
    public boolean[] staleCells(long first, long perCell, int count) {
        boolean[] result = new boolean[count];
        for (long unit : stale) {
            long cell = (unit - first) / perCell;
            if (unit >= first && cell < count) {
                result[(int) cell] = true;
            }
        }
        return result;
    }

    /** Whether {@code unit} is allocated but unwritten (preallocated, read as zeros). */
    public boolean isUnwritten(long unit) {
        for (long[] run : unwritten) {
            if (unit >= run[0] && unit < run[0] + run[1]) {
                return true;
            }
        }
        return false;
    }

    /**
     * For each of {@code count} cells laid out as in {@link #cells}: whether more than half of its units
     * are unwritten (the view draws those pale).
     */
    public boolean[] unwrittenCells(long first, long perCell, int count) {
        long[] covered = new long[count];
        for (long[] run : unwritten) {
            long runEnd = run[0] + run[1];
            if (runEnd <= first) {
                continue;
            }
            long firstCell = Math.max(0, (run[0] - first) / perCell);
            long lastCell = Math.min(count - 1L, (runEnd - 1 - first) / perCell);
            for (long cell = firstCell; cell <= lastCell; cell++) {
                long from = first + cell * perCell;
                covered[(int) cell] += Math.max(0, Math.min(from + perCell, runEnd) - Math.max(from, run[0]));
            }
        }
        boolean[] result = new boolean[count];
        for (int cell = 0; cell < count; cell++) {
            long from = first + cell * perCell;
            long size = Math.min(units, from + perCell) - from;
            result[cell] = size > 0 && covered[cell] * 2 > size;
        }
        return result;
    }

    /**
     * The owner of each of {@code cells} cells dividing units [from, to) as evenly as whole units allow
     * (a test's view of a range; views use {@link #cells}).
     */
    public static long[] sample(FileSystemModule module, long from, long to, int cells) {
        VolumeMapQuery map = of(module);
        long units = Math.max(0, to - from);
        long[] result = new long[cells];
        for (int cell = 0; cell < cells; cell++) {
            long start = from + units * cell / cells;
            long end = Math.max(start + 1, from + units * (cell + 1) / cells);
            result[cell] = map.cells(start, end - start, 1, NO_HIGHLIGHT)[0];
        }
        return result;
    }

    private long end(int run) {
        return run + 1 < starts.length ? starts[run + 1] : units;
    }

    private int runAt(long unit) {
        int found = Arrays.binarySearch(starts, unit);
        return found >= 0 ? found : -found - 2;
    }
}
