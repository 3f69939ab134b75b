package org.extentlab.kernel;

/** Where a module looks for free space. */
public enum AllocationPolicy {
    /** What the format's own drivers do (FAT: next-fit from the FSInfo hint). */
    NATIVE,
    /** The lowest free unit every time. */
    FIRST_FIT,
    /** Onward from the last unit allocated, wrapping round. */
    NEXT_FIT;

    /** The name used in scripts and traces: native, first-fit, next-fit. */
    public String scriptName() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
