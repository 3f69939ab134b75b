package org.extentlab.kernel.sim;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.extentlab.kernel.Errno;

/**
 * The settings of a run: the packer's capacity, the observed behaviours of the spec that can be
 * switched on, and faults to inject. Scripts change them with {@code packer-capacity}, {@code switch}
 * and {@code fault}.
 */
public final class KernelSettings implements java.io.Serializable {
    /** Observed behaviours (off: the documented behaviour). */
    public enum Switch {
        /** Writes reach blockmapFile even for items with inhibitKernelOffloadedIO. */
        WRITES_REACH_BLOCKMAP_WHEN_INHIBITED("inhibited-writes-blockmap"),
        /** fcntl F_LOG2PHYS is answered "not supported" on FSKit volumes. */
        LOG2PHYS_UNSUPPORTED("log2phys-unsupported"),
        /** A write whose first blockmap fails returns 0 bytes and no error. */
        SILENT_ZERO_BYTE_WRITE("silent-zero-byte-write"),
        /** The kernel keeps its mappings across truncate, unlink and failed writes (the classic bug). */
        KEEP_STALE_MAPPINGS("keep-stale-mappings"),
        /**
         * The kernel hands a reader what the device holds past a file's valid data length (exFAT) instead
         * of zeros: the clusters' old bytes.
         */
        IGNORE_VALID_DATA_LENGTH("ignore-valid-data-length"),
        /**
         * A module bug: the physical offsets and lengths it packs are block numbers and block counts, not
         * bytes. The kernel refuses extents that are not whole sectors and reads where the others point.
         */
        BLOCK_NUMBERS_AS_BYTES("block-numbers-as-bytes"),
        /**
         * Observed: the part of a packed extent that lies past the range the kernel asked for fails
         * silently later (reads through it return zeros).
         */
        LONG_EXTENTS_FAIL_LATE("long-extents-fail-late"),
        /** A module's cure for the one above: it clips what it packs to the range the kernel asked for. */
        CLIP_TO_REQUEST("clip-to-request"),
        /**
         * A module that declares kernel-offloaded I/O and sets inhibitKernelOffloadedIO on every file: all
         * I/O takes the read/write path.
         */
        INHIBIT_EVERY_FILE("inhibit-every-file");

        private final String scriptName;

        Switch(String scriptName) {
            this.scriptName = scriptName;
        }

        public String scriptName() {
            return scriptName;
        }

        public static Switch byScriptName(String name) {
            for (Switch s : values()) {
                if (s.scriptName.equals(name.toLowerCase(Locale.ROOT))) {
                    return s;
                }
            }
            return null;
        }
    }

    /** Where an injected fault strikes. */
    public enum FaultSite {
        /** The next completeIO of a write carries this error as its status (the device failed the I/O). */
        COMPLETE_IO("complete-io"),
        /** The next blockmapFile fails with this error without asking the module. */
        BLOCKMAP("blockmap"),
        /** The next kernel transfer reading the device fails with EIO. */
        DEVICE_READ("device-read");

        private final String scriptName;

        FaultSite(String scriptName) {
            this.scriptName = scriptName;
        }

        public String scriptName() {
            return scriptName;
        }

        public static FaultSite byScriptName(String name) {
            for (FaultSite s : values()) {
                if (s.scriptName.equals(name.toLowerCase(Locale.ROOT))) {
                    return s;
                }
            }
            return null;
        }
    }

    public record Fault(FaultSite site, Errno error) {
    }

    private int packerCapacity = 64;
    private final boolean[] switches = new boolean[Switch.values().length];
    private final List<Fault> faults = new ArrayList<>();
    private boolean allowDamaged;

    public int packerCapacity() {
        return packerCapacity;
    }

    public KernelSettings packerCapacity(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("the packer capacity must be at least 1, not " + capacity);
        }
        this.packerCapacity = capacity;
        return this;
    }

    public boolean is(Switch s) {
        return switches[s.ordinal()];
    }

    public KernelSettings set(Switch s, boolean on) {
        switches[s.ordinal()] = on;
        return this;
    }

    /**
     * Whether a volume with findings at load (what its checker would call damaged) is simulated anyway,
     * writes and all; off, such a volume opens read-only. A teacher's choice, to show what damage does.
     */
    public boolean allowDamaged() {
        return allowDamaged;
    }

    public KernelSettings allowDamaged(boolean allow) {
        this.allowDamaged = allow;
        return this;
    }

    /** Arms a fault: it strikes once, at the next matching place. */
    public KernelSettings inject(FaultSite site, Errno error) {
        faults.add(new Fault(site, error));
        return this;
    }

    /** Takes the armed fault for {@code site}, if any. */
    Fault take(FaultSite site) {
        for (int i = 0; i < faults.size(); i++) {
            if (faults.get(i).site() == site) {
                return faults.remove(i);
            }
        }
        return null;
    }

    public List<Fault> armedFaults() {
        return List.copyOf(faults);
    }

    /** Settings of their own with the same values (a run changes its copy, not these). */
    public KernelSettings copy() {
        KernelSettings copy = new KernelSettings();
        copy.packerCapacity = packerCapacity;
        System.arraycopy(switches, 0, copy.switches, 0, switches.length);
        copy.faults.addAll(faults);
        copy.allowDamaged = allowDamaged;
        return copy;
    }
}
