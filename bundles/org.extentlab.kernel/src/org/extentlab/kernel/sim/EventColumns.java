package org.extentlab.kernel.sim;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.RandomAccess;

import org.extentlab.kernel.Errno;
import org.extentlab.kernel.FreeSpace;
import org.extentlab.kernel.PackedExtent;
import org.extentlab.kernel.PackedExtentType;

/**
 * A trace's events kept compactly: each event's fields as variable-length numbers in blocks of 4,096
 * events, its strings (kind, name, flags, a detail met more than once) as numbers into one table of
 * distinct strings, a detail met once as its UTF-8 bytes.
 * About 25 bytes an event instead of some 150 as objects, so a million-operation run's seven million
 * events fit in a few hundred MB. Read back as a list of {@link TraceEvent}s, made when asked for
 * (equal to the ones added, field by field).
 * <p>
 * One thread adds; others may read the events added before they asked for the size: a block's bytes
 * for an event are complete before the size counts it, and a block's array, once replaced by a larger
 * one, is never written again.
 */
final class EventColumns extends AbstractList<TraceEvent> implements RandomAccess {
    private static final int BLOCK_SHIFT = 12;
    private static final int BLOCK_EVENTS = 1 << BLOCK_SHIFT;
    private static final PackedExtentType[] TYPES = PackedExtentType.values();
    private static final Errno[] ERRORS = Errno.values();
    private static final FreeSpace.Kind[] SPACE_KINDS = FreeSpace.Kind.values();

    /** 4,096 events: where each starts in {@code bytes}, and the time they are counted from. */
    private static final class Block {
        final int[] starts = new int[BLOCK_EVENTS];
        final long baseTime;
        volatile byte[] bytes = new byte[16 << 10];
        int length;

        Block(long baseTime) {
            this.baseTime = baseTime;
        }
    }

    private final List<Block> blocks = new ArrayList<>();
    private final List<String> strings = new ArrayList<>();
    private final Map<String, Integer> stringNumbers = new HashMap<>();
    /** Details met once lately, not yet in the table. */
    private final Map<String, Boolean> metOnce = new HashMap<>();
    private volatile int size;
    /** The block events are added to (the adder's own reference). */
    private Block current;
    private byte[] scratch = new byte[256];
    private int at;

    @Override
    public int size() {
        return size;
    }

    @Override
    public boolean add(TraceEvent event) {
        int index = size;
        if ((index & (BLOCK_EVENTS - 1)) == 0) {
            if (current != null && current.bytes.length != current.length) {
                current.bytes = Arrays.copyOf(current.bytes, current.length); // full: no room kept
            }
            current = new Block(event.time());
            synchronized (blocks) {
                blocks.add(current);
            }
        }
        Block block = current;
        at = 0;
        signed(event.sequence() - (index + 1L));
        signed(event.time() - block.baseTime);
        unsigned(string(event.kind()));
        unsigned(string(event.name()));
        unsigned(event.task());
        signed(event.item());
        signed(event.operationId());
        signed(event.offset());
        signed(event.length());
        List<PackedExtent> extents = event.extents();
        FreeSpace space = event.freeSpace();
        int shape = (event.continuation() ? 1 : 0) | (extents != null ? 2 : 0) | (space != null ? 4 : 0);
        unsigned(shape);
        unsigned(event.flags() == null ? 0 : string(event.flags()) + 1);
        if (extents != null) {
            unsigned(extents.size());
            for (PackedExtent extent : extents) {
                unsigned(extent.type().ordinal());
                signed(extent.logicalOffset());
                signed(extent.physicalOffset());
                signed(extent.length());
            }
        }
        unsigned(event.error() == null ? 0 : event.error().ordinal() + 1);
        if (space != null) {
            unsigned(space.kind().ordinal());
            signed(space.sequence());
            signed(space.freeBytes());
        }
        signed(event.size());
        detail(event.detail());

        byte[] bytes = block.bytes;
        if (block.length + at > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(block.length + at, bytes.length * 2));
            block.bytes = bytes;
        }
        System.arraycopy(scratch, 0, bytes, block.length, at);
        block.starts[index & (BLOCK_EVENTS - 1)] = block.length;
        block.length += at;
        size = index + 1;
        return true;
    }

    @Override
    public TraceEvent get(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException("event " + index + " of " + size);
        }
        Block block;
        synchronized (blocks) {
            block = blocks.get(index >>> BLOCK_SHIFT);
        }
        Reader in = new Reader(block.bytes, block.starts[index & (BLOCK_EVENTS - 1)]);
        long sequence = in.signed() + index + 1L;
        long time = in.signed() + block.baseTime;
        String kind = text((int) in.unsigned());
        String name = text((int) in.unsigned());
        int task = (int) in.unsigned();
        long item = in.signed();
        long operationId = in.signed();
        long offset = in.signed();
        long length = in.signed();
        int shape = (int) in.unsigned();
        int flags = (int) in.unsigned();
        List<PackedExtent> extents = null;
        if ((shape & 2) != 0) {
            PackedExtent[] packed = new PackedExtent[(int) in.unsigned()];
            for (int i = 0; i < packed.length; i++) {
                packed[i] = new PackedExtent(TYPES[(int) in.unsigned()], in.signed(), in.signed(), in.signed());
            }
            extents = List.of(packed);
        }
        int error = (int) in.unsigned();
        FreeSpace space = null;
        if ((shape & 4) != 0) {
            space = new FreeSpace(SPACE_KINDS[(int) in.unsigned()], in.signed(), in.signed());
            if (space.equals(FreeSpace.NONE)) {
                space = FreeSpace.NONE;
            }
        }
        long eventSize = in.signed();
        int detail = (int) in.unsigned();
        String detailText = switch (detail) {
        case 0 -> null;
        case 1 -> in.text();
        default -> text(detail - 2);
        };
        return new TraceEvent(sequence, time, kind, name, task, item, operationId, offset, length,
                flags == 0 ? null : text(flags - 1), (shape & 1) != 0, extents, error == 0 ? null : ERRORS[error - 1],
                space, eventSize, detailText);
    }

    /**
     * A store holding the first {@code count} events: the full blocks before them shared (a full
     * block is never written again), the rest of the last one copied, the string table copied. Called
     * by the adding thread.
     */
    EventColumns prefix(int count) {
        EventColumns copy = new EventColumns();
        synchronized (strings) {
            copy.strings.addAll(strings);
        }
        copy.stringNumbers.putAll(stringNumbers);
        int full = count >>> BLOCK_SHIFT;
        int rest = count & (BLOCK_EVENTS - 1);
        synchronized (blocks) {
            copy.blocks.addAll(blocks.subList(0, full));
            if (rest > 0) {
                Block source = blocks.get(full);
                Block block = new Block(source.baseTime);
                int end = count < size ? source.starts[rest] : source.length;
                block.bytes = Arrays.copyOf(source.bytes, Math.max(end, 16 << 10));
                block.length = end;
                System.arraycopy(source.starts, 0, block.starts, 0, rest);
                copy.blocks.add(block);
                copy.current = block;
            }
        }
        copy.size = count;
        return copy;
    }

    /** How many bytes the events take: their blocks and the table's references (not its strings). */
    long bytes() {
        long total = 0;
        synchronized (blocks) {
            for (Block block : blocks) {
                total += block.bytes.length + 4L * BLOCK_EVENTS + 32;
            }
        }
        return total + 8L * strings.size();
    }

    /**
     * A detail: a number into the table once it has been met twice ("packer 8"), else its own
     * bytes, so that the many details met once (a system call's arguments, a checksum) cost no
     * table entry.
     */
    private void detail(String detail) {
        if (detail == null) {
            unsigned(0);
            return;
        }
        Integer number = stringNumbers.get(detail);
        if (number == null && metOnce.remove(detail) != null) {
            number = string(detail);
        }
        if (number != null) {
            unsigned(number + 2L);
            return;
        }
        if (metOnce.size() == 4096) {
            metOnce.clear();
        }
        metOnce.put(detail, Boolean.TRUE);
        unsigned(1);
        byte[] utf8 = detail.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        unsigned(utf8.length);
        if (at + utf8.length > scratch.length) {
            scratch = Arrays.copyOf(scratch, Math.max(scratch.length * 2, at + utf8.length + 16));
        }
        System.arraycopy(utf8, 0, scratch, at, utf8.length);
        at += utf8.length;
    }

    private int string(String text) {
        Integer number = stringNumbers.get(text);
        if (number == null) {
            synchronized (strings) {
                number = strings.size();
                strings.add(text);
            }
            stringNumbers.put(text, number);
        }
        return number;
    }

    private String text(int number) {
        synchronized (strings) {
            return strings.get(number);
        }
    }

    private void signed(long value) {
        unsigned((value << 1) ^ (value >> 63));
    }

    private void unsigned(long value) {
        if (at + 10 > scratch.length) {
            scratch = Arrays.copyOf(scratch, scratch.length * 2);
        }
        while ((value & ~0x7FL) != 0) {
            scratch[at++] = (byte) ((value & 0x7F) | 0x80);
            value >>>= 7;
        }
        scratch[at++] = (byte) value;
    }

    /** Reads the numbers of one event back. */
    private static final class Reader {
        private final byte[] bytes;
        private int at;

        Reader(byte[] bytes, int at) {
            this.bytes = bytes;
            this.at = at;
        }

        long unsigned() {
            long value = 0;
            for (int shift = 0;; shift += 7) {
                byte b = bytes[at++];
                value |= (long) (b & 0x7F) << shift;
                if (b >= 0) {
                    return value;
                }
            }
        }

        long signed() {
            long raw = unsigned();
            return (raw >>> 1) ^ -(raw & 1);
        }

        String text() {
            int length = (int) unsigned();
            String text = new String(bytes, at, length, java.nio.charset.StandardCharsets.UTF_8);
            at += length;
            return text;
        }
    }
}
