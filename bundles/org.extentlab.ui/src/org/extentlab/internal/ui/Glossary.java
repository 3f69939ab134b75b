package org.extentlab.internal.ui;

import org.extentlab.kernel.sim.TraceEvent;

/**
 * What a thing on the screen is, in one sentence, for tooltips: the kinds and calls of the Protocol
 * Trace, its columns, the Extent Packer's slots and the I/O Timeline's spans (docs/glossary.md says
 * the same at more length).
 */
public final class Glossary {
    private Glossary() {
    }

    /** What an event of kind {@code kind} is. */
    public static String kind(String kind) {
        return switch (kind) {
        case "syscall" -> "A system call a program made: everything indented under it happens for it.";
        case "return" -> "What the system call returned to the program (bytes, a descriptor, or an error).";
        case "call" -> "The kernel calls the file-system module (a protocol call).";
        case "reply" -> "The module's answer to the call above it.";
        case "transfer" -> "The kernel moves the bytes itself, between memory and the block device: no module takes part.";
        case "data" -> "What the read returned, as a CRC-32 of its bytes.";
        case "invalidate" -> "The kernel drops mappings it had retained (after a truncate, a delete, a failed write).";
        case "stale" -> "I/O through a retained mapping the module no longer agrees with: the stale-mapping bug.";
        case "fault" -> "An injected fault, or an observed defect, strikes here.";
        case "wait" -> "A write waits for another write to the same allocation units (a range lock).";
        case "check" -> "A finding: a read returned bytes that differ from what the file holds.";
        default -> null;
        };
    }

    /** What the call or system call {@code name} is. */
    public static String call(String name) {
        return switch (name) {
        case "blockmapFile" -> "The kernel asks the module for the extent mapping of a file range; the module packs "
                + "extents into a bounded packer.";
        case "completeIO" -> "The kernel tells the module an I/O ended, with its status; the module then persists the "
                + "size, the valid data length and the modification time.";
        case "lookupItem" -> "The kernel asks the module for a name in a folder; the module may pack the file's "
                + "extents opportunistically.";
        case "createFile" -> "The kernel asks the module to create a file; it packs extents only when given a size.";
        case "preallocateSpace" -> "The kernel asks the module to allocate space past the end of the file "
                + "(F_PREALLOCATE) without changing its size.";
        case "reclaimItem" -> "The last close: the module lets the item go (FAT gives back clusters past the size).";
        case "setSize" -> "The kernel asks the module to change the file's size (truncate).";
        case "removeItem" -> "The kernel asks the module to delete an item.";
        case "renameItem" -> "The kernel asks the module to rename or move an item.";
        case "createDirectory" -> "The kernel asks the module to create a folder.";
        case "setAttributes" -> "The kernel asks the module to change attributes (inhibitKernelOffloadedIO here).";
        case "read", "write" -> "The module copies the bytes itself (the read/write path, when the call is the "
                + "module's), or the program's system call.";
        case "synchronize" -> "fsync: the module writes what it holds in memory to the device.";
        default -> null;
        };
    }

    /** The tooltip of the Protocol Trace's cell in {@code column} of {@code event}; null when none helps. */
    public static String traceCell(TraceEvent event, int column) {
        return switch (column) {
        case 2 -> kind(event.kind());
        case 3 -> call(event.name());
        case 4 -> "The task: the system call this event belongs to (rows of one task share its number).";
        case 5 -> "The module's id of the file or folder (the Properties view names it).";
        case 6 -> "The operation ID ties a blockmapFile, its continuations and its completeIO together; "
                + "0: a mapping only (F_LOG2PHYS), or a completeIO no blockmap began.";
        case 7, 8 -> "Offset and length in bytes, in the file.";
        case 9 -> event.continuation() ? "A continuation: the packer was full, so the kernel asks again with the "
                + "same operation ID from where the mapping ended."
                : "The call's flags: read 0x100, write 0x200, async 0x400; for preallocation contiguous, all, persist, fromEOF.";
        case 10 -> "The extents packed: data (the device holds the bytes), zeroFill (zeros, no device offset), "
                + "readOnly (may be read, not written); written type logical+length@physical, in bytes.";
        case 11 -> event.error() == null ? null : "The error the call or system call ended with.";
        case 12 -> "The free space the reply reports: a value with its sequence number, \"no update\", or none "
                + "(the kernel then works it out, which is slow).";
        default -> null;
        };
    }

    /** What a packer slot is. */
    public static String slot(String type) {
        return switch (type) {
        case "data" -> "A data extent: the device holds these bytes of the file, and the kernel transfers them itself.";
        case "zeroFill" -> "A zeroFill extent: a hole (or unwritten space); the kernel supplies zeros, no device offset.";
        case "readOnly" -> "A readOnly extent: may be read, must not be written (shared blocks).";
        default -> "An empty slot: the packer had room for another extent, and the module had none left to pack.";
        };
    }
}
