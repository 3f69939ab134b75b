package org.extentlab.kernel;

/**
 * An item's attributes as replies carry them.
 *
 * @param id                       the module's item id
 * @param directory                whether the item is a directory
 * @param size                     the file size (EOF) in bytes
 * @param allocatedSize            bytes allocated to the item
 * @param modifyTime               seconds since 1970, from the simulated clock
 * @param inhibitKernelOffloadedIO whether I/O on the item must take the read/write path
 * @param validDataLength          bytes from the start that hold written data; the rest up to the size
 *                                 reads as zeros (exFAT's valid data length; the size elsewhere)
 */
public record FileAttributes(long id, boolean directory, long size, long allocatedSize, long modifyTime,
        boolean inhibitKernelOffloadedIO, long validDataLength) {

    /** Attributes of a format without a valid data length apart from the size. */
    public FileAttributes(long id, boolean directory, long size, long allocatedSize, long modifyTime,
            boolean inhibitKernelOffloadedIO) {
        this(id, directory, size, allocatedSize, modifyTime, inhibitKernelOffloadedIO, size);
    }
}
