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
 */
public record FileAttributes(long id, boolean directory, long size, long allocatedSize, long modifyTime,
        boolean inhibitKernelOffloadedIO) {
}
