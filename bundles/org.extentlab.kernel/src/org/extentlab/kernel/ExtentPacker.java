package org.extentlab.kernel;

import java.util.ArrayList;
import java.util.List;

/**
 * The bounded container a module packs extents into. {@link #packExtent} answers whether the packer
 * can take more: {@code false} means full, and the module stops packing and replies success; the
 * kernel then asks again, with the same operation ID, for the rest. An extent longer than UINT32_MAX
 * bytes, or not aligned to the device's sectors, is invalid: the call throws, as a module bug.
 */
public final class ExtentPacker {
    public static final long MAX_EXTENT_LENGTH = 0xFFFF_FFFFL;

    private final int capacity;
    private final int sectorSize;
    private final List<PackedExtent> extents = new ArrayList<>();

    public ExtentPacker(int capacity, int sectorSize) {
        if (capacity < 1 || sectorSize < 1) {
            throw new IllegalArgumentException("a packer holds at least one extent (capacity " + capacity + ")");
        }
        this.capacity = capacity;
        this.sectorSize = sectorSize;
    }

    /** Packs one extent; returns whether there is room for another. */
    public boolean packExtent(PackedExtentType type, long logicalOffset, long physicalOffset, long length) {
        if (isFull()) {
            throw new IllegalStateException("the module packed into a full packer");
        }
        if (length <= 0 || length > MAX_EXTENT_LENGTH || logicalOffset < 0 || logicalOffset % sectorSize != 0
                || length % sectorSize != 0 || (type != PackedExtentType.ZERO_FILL && physicalOffset % sectorSize != 0)) {
            throw new IllegalArgumentException("invalid extent: " + type.traceName() + " logical " + logicalOffset
                    + " physical " + physicalOffset + " length " + length + " (sector " + sectorSize + ")");
        }
        extents.add(new PackedExtent(type, logicalOffset, type == PackedExtentType.ZERO_FILL ? -1 : physicalOffset,
                length));
        return !isFull();
    }

    public boolean isFull() {
        return extents.size() >= capacity;
    }

    public int capacity() {
        return capacity;
    }

    public int sectorSize() {
        return sectorSize;
    }

    public List<PackedExtent> extents() {
        return List.copyOf(extents);
    }
}
