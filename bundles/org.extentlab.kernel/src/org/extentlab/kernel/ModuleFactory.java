package org.extentlab.kernel;

import java.io.IOException;
import java.util.List;
import java.util.Set;

import org.extentlab.images.ImageFormat;
import org.extentlab.images.LoadedVolume;
import org.extentlab.kernel.ext4.Ext4Module;
import org.extentlab.kernel.fat.ExfatModule;
import org.extentlab.kernel.fat.FatModule;

/**
 * Makes the simulated module for the formats it knows, from the device and what the reader loaded.
 * The engine asks each of {@link #ALL} in turn; a new format is a new factory here, not a case in
 * the engine.
 */
public interface ModuleFactory {

    /** The formats this factory makes a module for. */
    Set<ImageFormat> formats();

    /** A module on {@code overlay} for {@code volume}, allocating by {@code policy}. */
    FileSystemModule open(BlockOverlay overlay, LoadedVolume volume, AllocationPolicy policy) throws IOException;

    /** FAT12, FAT16 and FAT32. */
    ModuleFactory FAT = factory(Set.of(ImageFormat.FAT12, ImageFormat.FAT16, ImageFormat.FAT32),
            (overlay, volume, policy) -> FatModule.open(overlay, volume.format(), volume.volumeStart(), policy));
    /** exFAT. */
    ModuleFactory EXFAT = factory(Set.of(ImageFormat.EXFAT),
            (overlay, volume, policy) -> ExfatModule.open(overlay, volume.volumeStart(), policy));
    /** ext2, ext3 and ext4: one module, which starts from the free runs the reader found. */
    ModuleFactory EXT = factory(Set.of(ImageFormat.EXT2, ImageFormat.EXT3, ImageFormat.EXT4),
            (overlay, volume, policy) -> Ext4Module.open(overlay, volume.volumeStart(), policy, volume.blockSize(),
                    volume.freeRuns(), volume.format().displayName()));
    /** Every factory the engine has. */
    List<ModuleFactory> ALL = List.of(EXT, FAT, EXFAT);

    /** The factory for {@code format}, or null when no module simulates it. */
    static ModuleFactory of(ImageFormat format) {
        return ALL.stream().filter(f -> f.formats().contains(format)).findFirst().orElse(null);
    }

    private static ModuleFactory factory(Set<ImageFormat> formats, Opener opener) {
        return new ModuleFactory() {
            @Override
            public Set<ImageFormat> formats() {
                return formats;
            }

            @Override
            public FileSystemModule open(BlockOverlay overlay, LoadedVolume volume, AllocationPolicy policy)
                    throws IOException {
                return opener.open(overlay, volume, policy);
            }
        };
    }

    /** How a factory opens its module. */
    interface Opener {
        FileSystemModule open(BlockOverlay overlay, LoadedVolume volume, AllocationPolicy policy) throws IOException;
    }
}
