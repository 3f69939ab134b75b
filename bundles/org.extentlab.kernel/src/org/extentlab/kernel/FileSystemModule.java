package org.extentlab.kernel;

import java.util.List;
import java.util.function.LongSupplier;

/**
 * A simulated user-space file system: the protocol's two I/O paths plus the volume operations the
 * kernel needs besides them (FSKit's FSVolume.Operations), and two questions only the simulator asks
 * ({@link #currentMapping} and {@link #checkInvariants}), to catch stale mappings and damage.
 */
public interface FileSystemModule extends KernelOffloadedIOHandler, ReadWriteHandler {

    /** The format's name, as traces show it: "FAT16". */
    String formatName();

    VolumeItem root();

    /** The device's logical sector size, to which packed extents are aligned. */
    int sectorSize();

    /** Where the volume starts in the image file, in bytes (device offsets count from there). */
    long volumeStart();

    /**
     * When the volume was last written, in seconds since 1970, as the image itself says (ext: the
     * superblock's write time; FAT, exFAT: the newest modification time of its entries); -1 when it
     * says nothing. The simulated clock starts there, so files the simulation changes are newer than
     * those already on the image.
     */
    default long lastWritten() {
        return -1;
    }

    /** The clock modification times come from: seconds since 1970, simulated. */
    void setClock(LongSupplier secondsSinceEpoch);

    /** The cost of the read/write path so far. */
    ModuleCounters counters();

    /**
     * Whether {@link #renameItem} would refuse this rename (EPERM, EINVAL...), asked before the kernel
     * removes an existing target, so that a refused rename changes nothing, as rename(2) promises.
     * Null when nothing stands in its way that the module knows of before trying.
     */
    default Errno renameRefused(VolumeItem item, VolumeItem directory, VolumeItem toDirectory) {
        return null;
    }

    /** The item's attributes now; null when the item no longer exists. */
    FileAttributes attributes(VolumeItem item);

    Replies.Lookup createDirectory(String name, VolumeItem directory);

    Replies.Done removeItem(VolumeItem item, String name, VolumeItem directory);

    Replies.Done renameItem(VolumeItem item, VolumeItem directory, String name, VolumeItem toDirectory, String toName);

    /** Truncates or extends (zeros) the file to {@code size}, now. */
    Replies.Done setSize(VolumeItem item, long size);

    /** Sets the inhibitKernelOffloadedIO attribute. */
    Replies.Done setInhibitKernelOffloadedIO(VolumeItem item, boolean inhibit);

    /** The kernel dropped its last reference (close): the module may release preallocated space. */
    void reclaimItem(VolumeItem item);

    /** Writes everything kept in memory to the device (FSInfo and the like). */
    void synchronize();

    FreeSpace freeSpace();

    /** Free bytes now, whatever the replies said. */
    long freeBytes();

    /**
     * Whether files keep a valid data length below their size (exFAT): the bytes past it read as zeros
     * whatever the device holds there, and a write past it starts at it (the kernel zero-fills the gap).
     */
    default boolean keepsValidDataLength() {
        return false;
    }

    /** Whether files can have holes (ext4: packed as zeroFill); FAT cannot, so gaps are zeroed. */
    boolean sparseFiles();

    /** The allocation unit in bytes (cluster, block). */
    int allocationUnit();

    /** The volume's size in bytes: every device offset a module packs lies below it. */
    long volumeBytes();

    /** Where byte {@code logical} of the item lies on the device now; -1 when it is not allocated. */
    long physicalOffset(VolumeItem item, long logical);

    /** How many allocation units the volume map shows (FAT and exFAT: the clusters; ext: every block). */
    long unitCount();

    /**
     * Who owns units [first, first + into.length) now: an item's id, {@link #FREE_UNIT} or
     * {@link #METADATA_UNIT} (used by the format itself, or by nothing the module knows).
     */
    void unitOwners(long first, long[] into);

    /** A unit no one holds. */
    long FREE_UNIT = 0;
    /** A unit the format holds for itself: bitmaps, tables, journals, directories of the root area. */
    long METADATA_UNIT = -1;

    /** An entry of a directory as the module holds it now. */
    record Entry(String name, VolumeItem item, boolean directory) {
    }

    /** The entries of {@code directory} now, in name order ("." and ".." left out); empty for a file. */
    List<Entry> list(VolumeItem directory);

    /** The item with module id {@code id} now; null when there is none. */
    VolumeItem item(long id);

    /** The item's path from the root now ("/" for the root); null when it no longer exists. */
    String pathOf(VolumeItem item);

    /**
     * What allocation unit {@code unit} holds now, in the format's words: "inode table of group 3
     * (inodes 6145-8192)", "extent tree node of /big.bin", "data of /notes.txt at file offset 8192",
     * "free".
     */
    String describeUnit(long unit);

    /**
     * The units allocated but not yet written (ext4 unwritten extents: preallocated, read as zeros until
     * a completeIO converts them), as {first, length} runs in device order; empty for formats without
     * that state.
     */
    default List<long[]> unwrittenUnits() {
        return List.of();
    }

    /** The device offset of allocation unit {@code unit} (as {@link #unitOwners} numbers them). */
    long unitOffset(long unit);

    /** The item's allocated runs now, in logical order: {logical, physical, length} triples, device offsets. */
    List<long[]> currentMapping(VolumeItem item);

    /** What is wrong with the on-device metadata now; empty when it is consistent. */
    List<String> checkInvariants();
}
