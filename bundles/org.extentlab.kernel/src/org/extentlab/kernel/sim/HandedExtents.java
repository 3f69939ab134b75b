package org.extentlab.kernel.sim;

import java.util.ArrayList;
import java.util.List;

import org.extentlab.kernel.FileSystemModule;
import org.extentlab.kernel.PackedExtent;
import org.extentlab.kernel.PackedExtentType;

/**
 * The extents a module hands the kernel under the module behaviours the bug-museum lessons switch on
 * (clipping to the request, block numbers where bytes belong), and the kernel's check that what it was
 * handed is whole sectors. The simulated kernel applies them to every blockmapFile, lookupItem and
 * createFile reply.
 */
final class HandedExtents {
    private HandedExtents() {
    }

    /**
     * What the module hands over, under the module behaviours that can be switched on: extents clipped to
     * the range asked for ({@code clip-to-request}), or block numbers and counts where bytes belong
     * ({@code block-numbers-as-bytes}).
     */
    static List<PackedExtent> asModulePacks(KernelSettings settings, FileSystemModule module, long offset, long length,
            List<PackedExtent> packed) {
        List<PackedExtent> out = packed;
        int sector = module.sectorSize();
        if (settings.is(KernelSettings.Switch.CLIP_TO_REQUEST)) {
            long from = offset / sector * sector;
            long to = (offset + length + sector - 1) / sector * sector;
            out = new ArrayList<>();
            for (PackedExtent extent : packed) {
                long start = Math.max(from, extent.logicalOffset());
                long end = Math.min(to, extent.logicalEnd());
                if (end > start) {
                    out.add(new PackedExtent(extent.type(), start, extent.type() == PackedExtentType.ZERO_FILL ? -1
                            : extent.physicalAt(start), end - start));
                }
            }
        }
        if (settings.is(KernelSettings.Switch.BLOCK_NUMBERS_AS_BYTES)) {
            long unit = module.allocationUnit();
            List<PackedExtent> numbers = new ArrayList<>();
            for (PackedExtent extent : out) {
                numbers.add(new PackedExtent(extent.type(), extent.logicalOffset(),
                        extent.type() == PackedExtentType.ZERO_FILL ? -1 : extent.physicalOffset() / unit,
                        extent.length() / unit));
            }
            out = numbers;
        }
        return out;
    }

    /** Why the kernel refuses one of {@code packed} (lengths and offsets are whole sectors), or null. */
    static String invalid(FileSystemModule module, List<PackedExtent> packed) {
        int sector = module.sectorSize();
        for (PackedExtent extent : packed) {
            boolean physicalOk = extent.type() == PackedExtentType.ZERO_FILL || extent.physicalOffset() % sector == 0;
            if (extent.length() <= 0 || extent.length() % sector != 0 || !physicalOk) {
                return "the kernel refuses the extent " + extent.type().traceName() + " logical " + extent.logicalOffset()
                        + " physical " + extent.physicalOffset() + " length " + extent.length() + ": offsets and lengths"
                        + " are bytes, whole " + sector + "-byte sectors (were block numbers packed?)";
            }
        }
        return null;
    }
}
