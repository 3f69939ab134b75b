package org.extentlab.kernel.sim;

import java.util.List;

import org.extentlab.images.ExtentMapJson;
import org.extentlab.kernel.Errno;
import org.extentlab.kernel.FreeSpace;
import org.extentlab.kernel.PackedExtent;

/**
 * One step of a run as the trace records it: a system call entering or returning, a protocol call to
 * the module or its reply, a data transfer by the kernel, or a finding (stale mapping, fault,
 * invariant). Fields that do not apply are -1 or null.
 *
 * @param sequence    position in the trace, from 1
 * @param time        simulated nanoseconds since the run began
 * @param kind        syscall, return, call, reply, transfer, stale, fault, check
 * @param name        the call: write, blockmapFile, completeIO, ...
 * @param task        which system call of the script the event belongs to (from 1; 0: none)
 * @param item        the module's item id
 * @param operationId the protocol's operation ID (0: mapping only / no blockmap)
 * @param offset      bytes
 * @param length      bytes
 * @param flags       the call's flags by name
 * @param continuation whether this blockmap continues an operation whose packer was full
 * @param extents     the extents packed in a reply, or used by a transfer
 * @param error       the error, null for success
 * @param freeSpace   the free space a reply carried
 * @param size        the item's size after a reply, or a system call's result
 * @param detail      free text: a path, a name, a checksum, a finding
 */
public record TraceEvent(long sequence, long time, String kind, String name, int task, long item, long operationId,
        long offset, long length, String flags, boolean continuation, List<PackedExtent> extents, Errno error,
        FreeSpace freeSpace, long size, String detail) {

    /** The detail of a blockmapFile call: the capacity of the packer it was given. */
    static String packerDetail(int capacity) {
        return PACKER + capacity;
    }

    private static final String PACKER = "packer ";

    /** The capacity of the packer a blockmapFile call was given (its detail says it); 0 for other events. */
    public int packerCapacity() {
        if (detail == null || !detail.startsWith(PACKER) || !name.equals("blockmapFile")) {
            return 0;
        }
        try {
            return Integer.parseInt(detail.substring(PACKER.length()));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** This event as one line of JSON, its fields always in the same order. */
    public String toJson() {
        StringBuilder out = new StringBuilder(160);
        out.append("{\"seq\":").append(sequence).append(",\"t\":").append(time).append(",\"kind\":\"").append(kind)
                .append("\",\"name\":\"").append(name).append('"');
        if (task > 0) {
            out.append(",\"task\":").append(task);
        }
        if (item >= 0) {
            out.append(",\"item\":").append(item);
        }
        if (operationId >= 0) {
            out.append(",\"op\":").append(operationId);
        }
        if (offset >= 0) {
            out.append(",\"offset\":").append(offset);
        }
        if (length >= 0) {
            out.append(",\"length\":").append(length);
        }
        if (flags != null) {
            out.append(",\"flags\":\"").append(flags).append('"');
        }
        if (continuation) {
            out.append(",\"continuation\":true");
        }
        if (extents != null) {
            out.append(",\"extents\":[");
            for (int i = 0; i < extents.size(); i++) {
                PackedExtent e = extents.get(i);
                out.append(i == 0 ? "" : ",").append("{\"type\":\"").append(e.type().traceName())
                        .append("\",\"logical\":").append(e.logicalOffset()).append(",\"physical\":")
                        .append(e.physicalOffset()).append(",\"length\":").append(e.length()).append('}');
            }
            out.append(']');
        }
        if (kind.equals("reply") || kind.equals("return")) {
            out.append(",\"error\":").append(error == null ? "null" : "\"" + error.name() + "\"");
        }
        if (freeSpace != null) {
            out.append(",\"freeSpace\":");
            switch (freeSpace.kind()) {
            case VALUE -> out.append("{\"seq\":").append(freeSpace.sequence()).append(",\"bytes\":")
                    .append(freeSpace.freeBytes()).append('}');
            case NO_UPDATE -> out.append("\"no-update\"");
            default -> out.append("\"none\"");
            }
        }
        if (size >= 0) {
            out.append(",\"size\":").append(size);
        }
        if (detail != null) {
            out.append(",\"detail\":").append(ExtentMapJson.quote(detail));
        }
        return out.append('}').toString();
    }
}
