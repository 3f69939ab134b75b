package org.extentlab.kernel;

/**
 * The free space a reply carries: a value with a sequence number (so the kernel keeps the newest),
 * "no update" (unchanged since the last value), or nothing (the kernel must recompute it, slowly).
 */
public record FreeSpace(Kind kind, long sequence, long freeBytes) {

    public enum Kind {
        VALUE, NO_UPDATE, NONE
    }

    public static final FreeSpace NONE = new FreeSpace(Kind.NONE, 0, -1);

    public static FreeSpace of(long sequence, long freeBytes) {
        return new FreeSpace(Kind.VALUE, sequence, freeBytes);
    }

    public static FreeSpace noUpdate(long sequence) {
        return new FreeSpace(Kind.NO_UPDATE, sequence, -1);
    }
}
