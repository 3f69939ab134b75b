package org.extentlab.kernel.tests;

import static org.extentlab.images.tests.ExternalTools.run;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;

import org.extentlab.kernel.FileSystemModule;
import org.extentlab.kernel.sim.KernelSettings;
import org.extentlab.kernel.sim.Simulation;
import org.extentlab.kernel.sim.VolumeMapQuery;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * The volume map's snapshot, sampled at any zoom and offset, against the module's owner of every unit
 * counted one by one, on a volume that a random scenario fragmented.
 */
class VolumeMapQueryTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = { "ext4", "FAT16" })
    void everyCellShowsTheOwnerOfMostOfItsUnitsAndTheHighlightWinsAnyCellItTouches(String format) throws Exception {
        Path image;
        if (format.equals("ext4")) {
            image = dir.resolve("ext4.img");
            run("mke2fs", "-q", "-F", "-t", "ext4", "-b", "1024", image.toString(), "8M");
        } else {
            image = Simulations.fat(dir, 16, 16384, 4);
        }
        try (Simulation simulation = Simulations.open(image, new KernelSettings(), 7)) {
            Simulations.runScript(simulation, "random 300 files 12 max-size 64K\n");
            FileSystemModule module = simulation.module();
            long[] owners = new long[(int) module.unitCount()];
            module.unitOwners(0, owners);
            VolumeMapQuery map = VolumeMapQuery.of(module);
            assertEquals(owners.length, map.units());
            int changes = 0;
            for (int u = 0; u < owners.length; u++) {
                assertEquals(owners[u], map.ownerOf(u), "unit " + u);
                changes += u > 0 && owners[u] != owners[u - 1] ? 1 : 0;
            }
            assertEquals(changes + 1, map.runCount(), "one run per change of owner");
            assertTrue(changes > 20, "the random scenario fragmented the volume: " + changes + " changes of owner");
            assertEquals(VolumeMapQuery.BEYOND, map.ownerOf(owners.length));

            long file = java.util.Arrays.stream(owners).filter(o -> o > 0).findFirst().orElseThrow();
            long[][] runs = map.runsOf(file);
            long held = java.util.Arrays.stream(owners).filter(o -> o == file).count();
            assertEquals(held, java.util.Arrays.stream(runs).mapToLong(r -> r[1]).sum(), "runsOf covers the file's units");
            for (long[] r : runs) {
                for (long u = r[0]; u < r[0] + r[1]; u++) {
                    assertEquals(file, owners[(int) u]);
                }
            }

            Random random = new Random(11);
            for (int trial = 0; trial < 200; trial++) {
                long perCell = 1 + random.nextInt(trial % 3 == 0 ? 3 : 300);
                long first = random.nextInt(owners.length);
                int count = 1 + random.nextInt(400);
                long highlight = trial % 2 == 0 ? file : VolumeMapQuery.NO_HIGHLIGHT;
                long[] cells = map.cells(first, perCell, count, highlight);
                for (int cell = 0; cell < count; cell++) {
                    long from = first + cell * perCell;
                    if (from >= owners.length) {
                        assertEquals(VolumeMapQuery.BEYOND, cells[cell], "past the end");
                        continue;
                    }
                    assertEquals(expected(owners, from, Math.min(owners.length, from + perCell), highlight), cells[cell],
                            "cell " + cell + " of " + perCell + " units from " + first);
                }
            }
            assertThrows(IllegalArgumentException.class, () -> map.cells(0, 0, 4, VolumeMapQuery.NO_HIGHLIGHT));
            assertArrayEquals(new long[0], map.cells(0, 1, 0, VolumeMapQuery.NO_HIGHLIGHT));
        }
    }

    @org.junit.jupiter.api.Test
    void preallocatedUnitsAreUnwrittenUntilWrittenAsDebugfsSeesThem() throws Exception {
        Path image = dir.resolve("unwritten.img");
        run("mke2fs", "-q", "-F", "-t", "ext4", "-b", "1024", image.toString(), "8M");
        Path saved = dir.resolve("saved.img");
        try (Simulation simulation = Simulations.open(image, new KernelSettings(), 3)) {
            Simulations.runScript(simulation, "create /p\npreallocate /p 64K\n");
            VolumeMapQuery before = VolumeMapQuery.of(simulation.module());
            long units = before.units();
            assertEquals(64, count(before.unwrittenCells(0, 1, (int) units)), "64 preallocated 1 KiB blocks");
            Simulations.runScript(simulation, "write /p 0 16K\n");
            FileSystemModule module = simulation.module();
            VolumeMapQuery after = VolumeMapQuery.of(module);
            boolean[] pale = after.unwrittenCells(0, 1, (int) units);
            assertEquals(48, count(pale), "completeIO converted the 16 written blocks");
            for (int u = 0; u < units; u++) {
                assertEquals(pale[u], after.isUnwritten(u));
                assertEquals(pale[u], module.describeUnit(u).contains("(unwritten"), "unit " + u);
            }
            boolean[] halves = after.unwrittenCells(0, 2, (int) (units / 2));
            assertEquals(24, count(halves), "two units a cell: 24 cells wholly unwritten");
            simulation.kernel().saveAs(saved);
        }
        String extents = run("debugfs", "-R", "ex /p", saved.toString());
        long uninit = extents.lines().filter(l -> l.contains("Uninit")).mapToLong(l -> {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d+) Uninit").matcher(l);
            return m.find() ? Long.parseLong(m.group(1)) : 0;
        }).sum();
        assertEquals(48, uninit, "debugfs counts the same unwritten blocks:\n" + extents);
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(booleans = { true, false })
    void unitsAFileLostWhileTheKernelKeptItsMappingAreStale(boolean keep) throws Exception {
        Path image = dir.resolve("stale.img");
        run("mke2fs", "-q", "-F", "-t", "ext4", "-b", "1024", image.toString(), "8M");
        try (Simulation simulation = Simulations.open(image, new KernelSettings(), 3)) {
            Simulations.runScript(simulation, (keep ? "switch keep-stale-mappings on\n" : "")
                    + "create /s\nwrite /s 0 8K\nread /s 0 8K\n");
            FileSystemModule module = simulation.module();
            long id = module.lookupItem("s", module.root(), null).item().id();
            long[][] held = VolumeMapQuery.of(module).runsOf(id);
            assertEquals(0, VolumeMapQuery.of(simulation).staleCount(), "nothing stale while /s holds its blocks");
            Simulations.runScript(simulation, "truncate /s 0\n");
            VolumeMapQuery after = VolumeMapQuery.of(simulation);
            long heldUnits = java.util.Arrays.stream(held).mapToLong(r -> r[1]).sum();
            assertEquals(8, heldUnits);
            if (keep) {
                assertEquals(heldUnits, after.staleCount(), "the kernel still maps the 8 freed blocks");
                for (long[] run : held) {
                    for (long u = run[0]; u < run[0] + run[1]; u++) {
                        assertTrue(after.isStale(u), "unit " + u);
                        assertEquals(FileSystemModule.FREE_UNIT, after.ownerOf(u), "and they are free");
                    }
                }
                assertEquals(8, count(after.staleCells(0, 1, (int) after.units())));
                assertEquals(1, count(after.staleCells(held[0][0] - held[0][0] % 16, 16, 1)),
                        "a 16-unit cell holding them is stale");
                assertTrue(simulation.kernel().checkInvariants().stream().anyMatch(p -> p.contains("stale")),
                        "the invariant checker says so too");
            } else {
                assertEquals(0, after.staleCount(), "truncate dropped the kernel's mapping");
            }
        }
    }

    private static int count(boolean[] flags) {
        int n = 0;
        for (boolean flag : flags) {
            n += flag ? 1 : 0;
        }
        return n;
    }

    /** Counted one unit at a time: the highlight if present, else the most frequent, the earliest on ties. */
    private static long expected(long[] owners, long from, long to, long highlight) {
        Map<Long, Long> counts = new LinkedHashMap<>();
        for (long u = from; u < to; u++) {
            if (owners[(int) u] == highlight) {
                return highlight;
            }
            counts.merge(owners[(int) u], 1L, Long::sum);
        }
        long most = java.util.Collections.max(counts.values());
        // Earliest to reach the maximum, unit by unit.
        Map<Long, Long> running = new LinkedHashMap<>();
        for (long u = from; u < to; u++) {
            long c = running.merge(owners[(int) u], 1L, Long::sum);
            if (c == most) {
                return owners[(int) u];
            }
        }
        throw new AssertionError();
    }
}
