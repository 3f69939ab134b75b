package org.extentlab.kernel;

/**
 * One extent as a module packed it: a range of the file (logical, bytes) and where it lies on the
 * block device (physical, bytes from the start of the device; ignored for zeroFill).
 */
public record PackedExtent(PackedExtentType type, long logicalOffset, long physicalOffset, long length) implements java.io.Serializable {

    public long logicalEnd() {
        return logicalOffset + length;
    }

    /** The device offset of {@code logical}, which must lie inside this extent. */
    public long physicalAt(long logical) {
        return physicalOffset + (logical - logicalOffset);
    }
}
