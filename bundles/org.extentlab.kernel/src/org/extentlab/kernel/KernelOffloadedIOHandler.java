package org.extentlab.kernel;

/**
 * What a module implements for kernel-offloaded I/O (FSKit's FSVolume.KernelOffloadedIOHandler, with
 * the opportunistic packing of createFile and lookupItem): it maps file ranges to extents and never
 * moves file data itself.
 */
public interface KernelOffloadedIOHandler {

    /**
     * Packs the extents of {@code [offset, offset+length)} of {@code item} (and, if it likes, beyond);
     * with {@link Flags#WRITE} it allocates what is missing. {@code operationId} 0 asks for a mapping
     * only (F_LOG2PHYS): no completeIO follows.
     */
    Replies.Blockmap blockmapFile(VolumeItem item, long offset, long length, int flags, long operationId,
            ExtentPacker packer);

    /** Ends I/O {@code operationId} (0: an I/O that needed no blockmap) with {@code status} (null: success). */
    Replies.Complete completeIO(VolumeItem item, long offset, long length, Errno status, int flags, long operationId);

    /** Creates a file; packs extents only when {@code attributes} asks for a size above zero. */
    Replies.Create createFile(String name, VolumeItem directory, FileAttributes attributes, ExtentPacker packer);

    /** Finds {@code name} in {@code directory}; may pack the file's first extents, never at the cost of I/O. */
    Replies.Lookup lookupItem(String name, VolumeItem directory, ExtentPacker packer);

    /** Allocates {@code length} bytes from the end of the file's allocation; the size does not change. */
    Replies.Preallocate preallocateSpace(VolumeItem item, long offset, long length, int flags, ExtentPacker packer);
}
