package org.extentlab.kernel;

/** The replies of the protocol's calls; a null error means success. */
public final class Replies {
    private Replies() {
    }

    public record Blockmap(Errno error, FreeSpace freeSpace) {
    }

    public record Complete(Errno error, FileAttributes attributes) {
    }

    public record Create(Errno error, VolumeItem item, String name, FileAttributes attributes,
            FileAttributes directoryAttributes, FreeSpace freeSpace) {
    }

    public record Lookup(Errno error, VolumeItem item, String name, FileAttributes attributes) {
    }

    public record Preallocate(Errno error, long bytesAllocated, FileAttributes attributes, FreeSpace freeSpace) {
    }

    /** A read/write-path call: bytes moved by the module, and the item's attributes after. */
    public record Io(Errno error, long bytes, FileAttributes attributes) {
    }

    /** A namespace or attribute operation. */
    public record Done(Errno error, FileAttributes attributes) {
    }
}
