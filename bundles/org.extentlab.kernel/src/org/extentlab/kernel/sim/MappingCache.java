package org.extentlab.kernel.sim;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.extentlab.kernel.PackedExtent;
import org.extentlab.kernel.PackedExtentType;

/**
 * The extents the kernel retained for one file: every extent it was handed, including past the
 * requested range. Extents never overlap: a newer extent replaces the parts of older ones it covers.
 */
public final class MappingCache implements java.io.Serializable {
    private final TreeMap<Long, PackedExtent> extents = new TreeMap<>();

    public void add(PackedExtent extent) {
        long start = extent.logicalOffset();
        long end = extent.logicalEnd();
        Map.Entry<Long, PackedExtent> before = extents.lowerEntry(start);
        if (before != null && before.getValue().logicalEnd() > start) {
            PackedExtent old = before.getValue();
            extents.put(old.logicalOffset(), slice(old, old.logicalOffset(), start));
            if (old.logicalEnd() > end) {
                extents.put(end, slice(old, end, old.logicalEnd()));
            }
        }
        for (Map.Entry<Long, PackedExtent> inside = extents.ceilingEntry(start); inside != null
                && inside.getKey() < end; inside = extents.ceilingEntry(start)) {
            PackedExtent old = extents.remove(inside.getKey());
            if (old.logicalEnd() > end) {
                extents.put(end, slice(old, end, old.logicalEnd()));
                break;
            }
        }
        extents.put(start, extent);
    }

    private static PackedExtent slice(PackedExtent extent, long from, long to) {
        long physical = extent.type() == PackedExtentType.ZERO_FILL ? -1 : extent.physicalAt(from);
        return new PackedExtent(extent.type(), from, physical, to - from);
    }

    /** The extent holding {@code logical}, or null. */
    public PackedExtent at(long logical) {
        Map.Entry<Long, PackedExtent> entry = extents.floorEntry(logical);
        return entry != null && entry.getValue().logicalEnd() > logical ? entry.getValue() : null;
    }

    /**
     * The first offset in [from, to) not covered by a usable extent (for writing: data only; for
     * reading: any type); {@code to} when all of it is covered.
     */
    public long firstUncovered(long from, long to, boolean forWrite) {
        long at = from;
        while (at < to) {
            PackedExtent extent = at(at);
            if (extent == null || (forWrite && extent.type() != PackedExtentType.DATA)) {
                return at;
            }
            at = extent.logicalEnd();
        }
        return to;
    }

    public void clear() {
        extents.clear();
    }

    public int size() {
        return extents.size();
    }

    public List<PackedExtent> extents() {
        return new ArrayList<>(extents.values());
    }
}
