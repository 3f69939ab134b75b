package org.extentlab.kernel.sim;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.extentlab.images.VolumeFile;
import org.extentlab.kernel.FileAttributes;
import org.extentlab.kernel.FileSystemModule;
import org.extentlab.kernel.VolumeItem;

/**
 * The read side of a simulation, apart from the protocol interface the kernel calls
 * ({@link FileSystemModule}): whoever shows the volume asks typed questions and gets answers that never
 * change afterwards — a {@link Snapshot} of what every view shows, a folder's {@link Entry}s, an
 * {@link Item}'s details, a {@link Unit}'s bytes. Ask only while nothing moves the simulation: in the
 * job that moved it, in a job under the same scheduling rule, or of a moment's copy, which never moves.
 * A view then renders the answer on its own thread and never touches the engine.
 */
public final class Inspection {
    private final Simulation simulation;
    private final FileSystemModule module;

    private Inspection(Simulation simulation) {
        this.simulation = simulation;
        this.module = simulation.module();
    }

    public static Inspection of(Simulation simulation) {
        return new Inspection(simulation);
    }

    /**
     * What the views show of a simulation at one moment without asking further.
     *
     * @param run             which simulation it was taken of: equal numbers, the same run (its trace
     *                        only grows, unless a step back restored it)
     * @param format          the format's name ("FAT16", "ext4")
     * @param units           allocation units on the volume
     * @param unitBytes       bytes in a unit
     * @param firstUnitOffset the volume offset of unit 0 (units follow each other)
     * @param volumeStart     the volume's offset in the image
     * @param freeBytes       free bytes on the volume
     * @param time            the simulated clock, in nanoseconds
     * @param events          the trace's events, a prefix that never changes
     * @param readOnly        why the volume is read-only (findings at load), or null
     * @param findingsAtLoad  what the reader found wrong when it loaded the volume
     * @param map             who holds each unit
     * @param freeRuns        the free runs of the volume
     * @param spans           the I/O spans of the trace (empty for a moment's snapshot)
     * @param freeSeries      the free space the replies reported (empty for a moment's snapshot)
     */
    public record Snapshot(long run, String format, long units, int unitBytes, long firstUnitOffset, long volumeStart,
            long freeBytes, long time, List<TraceEvent> events, String readOnly, List<String> findingsAtLoad,
            VolumeMapQuery map, FreeSpaceQuery.Runs freeRuns, List<TimelineQuery.Span> spans,
            List<FreeSpaceQuery.Point> freeSeries) {

        /** The volume offset of unit {@code unit}. */
        public long unitOffset(long unit) {
            return firstUnitOffset + unit * unitBytes;
        }

        /** The unit holding volume offset {@code offset}, or -1 before the first. */
        public long unitAt(long offset) {
            return offset < firstUnitOffset ? -1 : (offset - firstUnitOffset) / unitBytes;
        }

        /** Whether the format is ext2/3/4 (items are inodes; elsewhere, directory entries and clusters). */
        public boolean ext() {
            return format.startsWith("ext");
        }
    }

    /**
     * The snapshot of the simulation now, numbered {@code run}; with the trace's spans and reported free
     * space (counted from {@code initialFreeBytes}) when {@code series}, which walk the whole trace.
     */
    public Snapshot snapshot(long run, boolean series, long initialFreeBytes) {
        Trace trace = simulation.kernel().trace();
        List<TraceEvent> all = trace.events();
        List<TraceEvent> events = all.subList(0, all.size());
        return new Snapshot(run, module.formatName(), module.unitCount(), module.allocationUnit(), module.unitOffset(0),
                module.volumeStart(), module.freeBytes(), simulation.kernel().time(), events,
                simulation.kernel().readOnly(), List.copyOf(simulation.findingsAtLoad()), VolumeMapQuery.of(simulation),
                FreeSpaceQuery.runs(module), series ? TimelineQuery.spans(trace) : List.of(),
                series ? FreeSpaceQuery.series(trace, initialFreeBytes) : List.of());
    }

    /** A run of a file's mapping: {@code length} bytes at file offset {@code logical}, volume offset {@code physical}. */
    public record Run(long logical, long physical, long length) {
    }

    /**
     * One item of a folder as a listing shows it.
     *
     * @param path      its path
     * @param name      its name in the folder
     * @param id        the module's item id
     * @param directory whether it is a folder
     * @param size      its size in bytes (0 without attributes)
     * @param allocated bytes its mapping covers
     * @param extents   its mapping's extents, runs that follow each other on the device counted once
     * @param firstUnit the unit its first byte is in, or -1 when nothing is allocated
     * @param inhibit   whether its I/O takes the read/write path
     */
    public record Entry(String path, String name, long id, boolean directory, long size, long allocated, int extents,
            long firstUnit, boolean inhibit) {
    }

    /**
     * The items of folder {@code folder} (a path), in the module's order; empty when there is no such
     * folder, null when {@code cancelled} said so on the way (a folder of 100,000 items takes a while).
     */
    public List<Entry> list(String folder, BooleanSupplier cancelled) {
        List<Entry> entries = new ArrayList<>();
        VolumeItem directory = itemAt(folder);
        if (directory == null) {
            return entries;
        }
        List<FileSystemModule.Entry> found = module.list(directory);
        String prefix = folder.equals("/") ? "/" : folder + "/";
        for (int i = 0; i < found.size(); i++) {
            if ((i & 0xFF) == 0 && cancelled.getAsBoolean()) {
                return null;
            }
            FileSystemModule.Entry entry = found.get(i);
            entries.add(entry(prefix + entry.name(), entry));
        }
        return entries;
    }

    private Entry entry(String path, FileSystemModule.Entry entry) {
        FileAttributes attributes = module.attributes(entry.item());
        List<long[]> runs = module.currentMapping(entry.item());
        int extents = 0;
        long allocated = 0;
        long end = -1;
        for (long[] run : runs) {
            allocated += run[2];
            if (run[1] != end) {
                extents++;
            }
            end = run[1] + run[2];
        }
        long firstUnit = runs.isEmpty() ? -1 : (runs.get(0)[1] - module.unitOffset(0)) / module.allocationUnit();
        return new Entry(path, entry.name(), entry.item().id(), entry.directory(),
                attributes == null ? 0 : attributes.size(), allocated, extents, firstUnit,
                attributes != null && attributes.inhibitKernelOffloadedIO());
    }

    private VolumeItem itemAt(String path) {
        VolumeItem item = module.root();
        for (String part : path.split("/")) {
            if (part.isEmpty()) {
                continue;
            }
            VolumeItem next = null;
            for (FileSystemModule.Entry entry : module.list(item)) {
                if (entry.name().equals(part)) {
                    next = entry.item();
                    break;
                }
            }
            if (next == null) {
                return null;
            }
            item = next;
        }
        return item;
    }

    /** Whether the volume holds an item at {@code path}. */
    public boolean exists(String path) {
        return itemAt(path) != null;
    }

    /** The path of item {@code id}, or null when the volume holds no such item. */
    public String pathOf(long id) {
        VolumeItem item = module.item(id);
        return item == null ? null : module.pathOf(item);
    }

    /**
     * An item's details.
     *
     * @param id         the module's item id
     * @param path       its path
     * @param attributes its attributes, or null when the module has none for it
     * @param runs       its mapping now, in file order
     * @param damage     what the reader found wrong with it at load, or null
     */
    public record Item(long id, String path, FileAttributes attributes, List<Run> runs, String damage) {
    }

    /** Item {@code id}'s details, or null when the volume holds no such item. */
    public Item item(long id) {
        VolumeItem item = module.item(id);
        if (item == null) {
            return null;
        }
        String path = module.pathOf(item);
        String damage = null;
        if (!simulation.findingsAtLoad().isEmpty()) {
            for (VolumeFile file : simulation.volume().files()) {
                if (file.path().equals(path) && !file.damage().isEmpty()) {
                    damage = file.damage();
                }
            }
        }
        List<Run> runs = new ArrayList<>();
        for (long[] run : module.currentMapping(item)) {
            runs.add(new Run(run[0], run[1], run[2]));
        }
        return new Item(id, path, module.attributes(item), List.copyOf(runs), damage);
    }

    /**
     * An allocation unit and what it holds.
     *
     * @param unit        its number
     * @param offset      its volume offset
     * @param holds       what the module says it holds
     * @param bytes       its first bytes as the device holds them now (at most what was asked)
     * @param unreadable  why its bytes could not be read, or null
     */
    public record Unit(long unit, long offset, String holds, byte[] bytes, String unreadable) {
        public Unit {
            bytes = bytes.clone();
        }

        @Override
        public byte[] bytes() {
            return bytes.clone();
        }
    }

    /** Unit {@code unit} (0 ≤ unit < units) with up to {@code most} of its bytes (0: none). */
    public Unit unit(long unit, int most) {
        long offset = module.unitOffset(unit);
        byte[] bytes = new byte[0];
        String unreadable = null;
        if (most > 0) {
            try {
                bytes = simulation.overlay().read(module.volumeStart() + offset, Math.min(most, module.allocationUnit()));
            } catch (IOException e) {
                unreadable = e.getMessage() == null ? e.toString() : e.getMessage();
            }
        }
        return new Unit(unit, offset, module.describeUnit(unit), bytes, unreadable);
    }
}
