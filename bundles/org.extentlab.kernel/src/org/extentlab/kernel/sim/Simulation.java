package org.extentlab.kernel.sim;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.extentlab.images.ImageSource;
import org.extentlab.images.LoadedVolume;
import org.extentlab.images.VolumeLoader;
import org.extentlab.kernel.AllocationPolicy;
import org.extentlab.kernel.BlockOverlay;
import org.extentlab.kernel.FileSystemModule;
import org.extentlab.kernel.ModuleFactory;

/**
 * One simulation on one image: the read-only image under a copy-on-write overlay, the module for its
 * format and the simulated kernel. Closing it releases the image; the image file is never written.
 */
public final class Simulation implements AutoCloseable {
    private final Path image;
    private final LoadedVolume volume;
    private final BlockOverlay overlay;
    private final FileSystemModule module;
    private final SimulatedKernel kernel;
    private ImageSource original;

    private Simulation(Path image, LoadedVolume volume, BlockOverlay overlay, FileSystemModule module,
            SimulatedKernel kernel) {
        this.image = image;
        this.volume = volume;
        this.overlay = overlay;
        this.module = module;
        this.kernel = kernel;
    }

    /**
     * Opens partition {@code partition} of {@code image} (0: the first readable one) and starts a kernel
     * on it; a volume with findings at load opens read-only unless the settings allow damaged volumes.
     */
    public static Simulation open(Path image, int partition, AllocationPolicy policy, KernelSettings settings, long seed,
            Trace trace) throws IOException {
        return open(image, VolumeLoader.load(image, partition), policy, settings, seed, trace);
    }

    /**
     * Starts a simulation on {@code volume}, already loaded from {@code image} (the workbench has it). A
     * volume its reader found damaged (what the format's checker would report) opens read-only, as a
     * system would mount it: every view, read and export works, and what would change the volume fails
     * with EROFS. With {@link KernelSettings#allowDamaged()} it is simulated anyway, but the files and
     * folders found damaged stay as they are (no write, rename or delete), so the run never makes their
     * damage worse.
     */
    public static Simulation open(Path image, LoadedVolume volume, AllocationPolicy policy, KernelSettings settings,
            long seed, Trace trace) throws IOException {
        BlockOverlay overlay = BlockOverlay.open(image);
        try {
            FileSystemModule module = module(overlay, volume, policy);
            SimulatedKernel kernel = new SimulatedKernel(module, overlay, settings, seed, trace);
            List<String> damaged = new java.util.ArrayList<>();
            volume.files().stream().filter(f -> !f.damage().isEmpty()).forEach(f -> damaged.add(f.path()));
            volume.entries().stream().filter(e -> !e.damage().isEmpty()).forEach(e -> damaged.add(e.path()));
            kernel.protect(damaged);
            if (!volume.problems().isEmpty() && !settings.allowDamaged()) {
                kernel.readOnly(readOnlyReason(volume));
            }
            return new Simulation(image, volume, overlay, module, kernel);
        } catch (IOException | RuntimeException e) {
            overlay.close();
            throw e;
        }
    }

    /** What a read-only damaged volume tells a user: its first findings and what to do about them. */
    public static String readOnlyReason(LoadedVolume volume) {
        List<String> problems = volume.problems();
        return "the volume is damaged: " + String.join("; ", problems.subList(0, Math.min(3, problems.size())))
                + (problems.size() > 3 ? " (and " + (problems.size() - 3) + " more)" : "")
                + ". It is open read-only: the views, reads and exports work, writes fail with EROFS. Repair a copy with "
                + repairCommand(volume) + " and open that, or simulate anyway (Simulation > Simulate Anyway, "
                + "--allow-damaged) to see what the damage does";
    }

    /** The format's checker, as run to repair a copy. */
    public static String repairCommand(LoadedVolume volume) {
        return switch (volume.format()) {
        case FAT12, FAT16, FAT32 -> "fsck.fat -a";
        case EXFAT -> "fsck.exfat -y";
        default -> "e2fsck -fy";
        };
    }

    /** What the reader found wrong with the volume before any step (empty for a clean volume). */
    public List<String> findingsAtLoad() {
        return volume.problems();
    }

    /** The module for the volume's format ({@link ModuleFactory}); a clear refusal for formats without one yet. */
    public static FileSystemModule module(BlockOverlay overlay, LoadedVolume volume, AllocationPolicy policy)
            throws IOException {
        ModuleFactory factory = ModuleFactory.of(volume.format());
        if (factory == null) {
            throw new UnsupportedFormatException("Extent Lab has no simulated module for "
                    + volume.format().displayName() + " yet; the simulation runs on ext2, ext3, ext4, FAT12, FAT16, FAT32"
                    + " and exFAT volumes");
        }
        return factory.open(overlay, volume, policy);
    }

    /** A volume the simulation cannot run on. */
    public static final class UnsupportedFormatException extends IOException {
        private static final long serialVersionUID = 1L;

        public UnsupportedFormatException(String message) {
            super(message);
        }
    }

    /**
     * A simulation on the same image and volume made of {@code overlay}, {@code module} and
     * {@code kernel} (a checkpoint's copies), reading the untouched image through {@code original}.
     */
    Simulation withState(BlockOverlay overlay, FileSystemModule module, SimulatedKernel kernel, ImageSource original) {
        Simulation simulation = new Simulation(image, volume, overlay, module, kernel);
        simulation.original = original;
        return simulation;
    }

    /** The untouched image the content model reads, once {@link #initialContent} opened it; else null. */
    ImageSource original() {
        return original;
    }

    public BlockOverlay overlay() {
        return overlay;
    }

    public FileSystemModule module() {
        return module;
    }

    public SimulatedKernel kernel() {
        return kernel;
    }

    /** The image file the simulation runs on (read, never written). */
    public Path image() {
        return image;
    }

    /** The volume as the reader found it on the image, before any step. */
    public LoadedVolume volume() {
        return volume;
    }

    /**
     * What every file holds at the start: the files already on the image, whose bytes are read from the
     * untouched image file when first needed.
     */
    public ContentModel initialContent() throws IOException {
        if (original == null) {
            original = ImageSource.open(image);
        }
        String format = module.formatName().toUpperCase(java.util.Locale.ROOT);
        return new ContentModel(format.startsWith("FAT") || format.equals("EXFAT"), volume, original);
    }

    @Override
    public void close() throws IOException {
        try {
            overlay.close();
        } finally {
            if (original != null) {
                original.close();
            }
        }
    }
}
