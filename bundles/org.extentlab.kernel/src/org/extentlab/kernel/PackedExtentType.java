package org.extentlab.kernel;

/** The types of extent a module packs, with FSKit's raw values. */
public enum PackedExtentType {
    /** Allocated space holding the file's data. */
    DATA(0),
    /** An unallocated range of a sparse file (or space not yet written): reads return zeros. */
    ZERO_FILL(1),
    /** Space that may be read but not written (shared or cloned blocks). */
    READ_ONLY(2);

    private final int raw;

    PackedExtentType(int raw) {
        this.raw = raw;
    }

    public int raw() {
        return raw;
    }

    /** The name used in traces and scripts: data, zeroFill, readOnly. */
    public String traceName() {
        return switch (this) {
        case DATA -> "data";
        case ZERO_FILL -> "zeroFill";
        case READ_ONLY -> "readOnly";
        };
    }
}
