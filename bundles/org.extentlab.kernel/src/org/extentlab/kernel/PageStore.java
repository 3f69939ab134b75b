package org.extentlab.kernel;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;

/**
 * Where the overlay's written pages live: numbered 4 KiB slots in a scratch file, mapped in segments
 * (sixteen of 1 MiB, then 16 MiB each), so a run that rewrites a whole large image costs page cache, not Java heap. The file is
 * made on the first slot, deleted when the last overlay sharing the store closes, and never named by
 * anything else. Each segment's bytes are written out (zeros) before it is mapped, so a full disk is an
 * IOException when the store grows, never a fault inside a mapped write.
 * <p>
 * One store is shared by an overlay and the overlays forked from its snapshots: slot allocation is
 * synchronized, and a slot's bytes are written only by the overlay that owns it (snapshots' slots are
 * never written again), so readers on other threads see settled bytes.
 */
final class PageStore {
    /** The first 16 segments are small (256 slots, 1 MiB), so a short run costs little to start. */
    private static final int SMALL_SHIFT = 8;
    private static final int SMALL_SEGMENTS = 16;
    private static final int SMALL_SLOTS = SMALL_SEGMENTS << SMALL_SHIFT;
    /** The rest are 4,096 slots, 16 MiB each. */
    private static final int LARGE_SHIFT = 12;

    private FileChannel channel;
    private Path file;
    private volatile MappedByteBuffer[] segments = new MappedByteBuffer[4];
    private int segmentCount;
    private int nextSlot;
    private int[] free = new int[0];
    private int freeCount;
    private int users = 1;

    /** A slot for one page, its bytes unspecified (the caller fills all of them). */
    synchronized int allocate() throws IOException {
        if (freeCount > 0) {
            return free[--freeCount];
        }
        if (nextSlot == slotsMapped()) {
            grow();
        }
        return nextSlot++;
    }

    /** Gives slots back for reuse: no page of any live overlay or snapshot may name them. */
    synchronized void release(int[] slots, int count) {
        if (freeCount + count > free.length) {
            free = Arrays.copyOf(free, Math.max(freeCount + count, free.length * 2));
        }
        System.arraycopy(slots, 0, free, freeCount, count);
        freeCount += count;
    }

    void read(int slot, int within, byte[] into, int at, int length) {
        segment(slot).get(offset(slot) + within, into, at, length);
    }

    void write(int slot, int within, byte[] from, int at, int length) {
        segment(slot).put(offset(slot) + within, from, at, length);
    }

    private MappedByteBuffer segment(int slot) {
        return segments[slot < SMALL_SLOTS ? slot >>> SMALL_SHIFT : SMALL_SEGMENTS + (slot - SMALL_SLOTS >>> LARGE_SHIFT)];
    }

    private static int offset(int slot) {
        int within = slot < SMALL_SLOTS ? slot & ((1 << SMALL_SHIFT) - 1) : slot - SMALL_SLOTS & ((1 << LARGE_SHIFT) - 1);
        return within * BlockOverlay.PAGE;
    }

    /** The slots the segments mapped so far hold. */
    private int slotsMapped() {
        return segmentCount <= SMALL_SEGMENTS ? segmentCount << SMALL_SHIFT
                : SMALL_SLOTS + (segmentCount - SMALL_SEGMENTS << LARGE_SHIFT);
    }

    private void grow() throws IOException {
        try {
            if (channel == null) {
                file = Files.createTempFile("extentlab-pages-", ".tmp");
                channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE,
                        StandardOpenOption.DELETE_ON_CLOSE);
            }
            long start = (long) slotsMapped() * BlockOverlay.PAGE;
            long bytes = (long) (segmentCount < SMALL_SEGMENTS ? 1 << SMALL_SHIFT : 1 << LARGE_SHIFT) * BlockOverlay.PAGE;
            ByteBuffer zeros = ByteBuffer.allocate(1 << 20);
            for (long done = 0; done < bytes; done += zeros.capacity()) {
                zeros.clear();
                while (zeros.hasRemaining()) {
                    channel.write(zeros, start + done + zeros.position());
                }
            }
            MappedByteBuffer mapped = channel.map(FileChannel.MapMode.READ_WRITE, start, bytes);
            MappedByteBuffer[] grown = segmentCount == segments.length ? Arrays.copyOf(segments, segmentCount * 2)
                    : segments;
            grown[segmentCount] = mapped;
            segments = grown;
            segmentCount++;
        } catch (IOException e) {
            throw new IOException("the simulation cannot keep more written pages: its scratch file "
                    + (file == null ? "in " + System.getProperty("java.io.tmpdir") : file) + " could not grow to "
                    + (((long) slotsMapped() * BlockOverlay.PAGE >> 20) + 1) + " MiB or more (" + e.getMessage()
                    + "); free some disk space there and run again", e);
        }
    }

    /** One more overlay shares the store. */
    synchronized void retain() {
        users++;
    }

    /** An overlay sharing the store closed; the last one deletes the scratch file. */
    synchronized void release() throws IOException {
        if (--users == 0 && channel != null) {
            segments = new MappedByteBuffer[0];
            channel.close();
            Files.deleteIfExists(file);
        }
    }
}
