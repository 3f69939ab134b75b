package org.extentlab.kernel;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicLong;

import org.extentlab.images.ImageFormatException;
import org.extentlab.images.ImageSource;

/**
 * Copy-on-write pages over a read-only image file: reads see the newest bytes, writes land in 4 KiB
 * pages, the image file is never written. {@link #saveAs} writes image + pages to a new file. Offsets
 * are bytes from the start of the image file.
 * <p>
 * The written pages' bytes live in a {@link PageStore} (a scratch file, not the Java heap); which page
 * is where is a two-level table, 512 pages a chunk. {@link #snapshot} freezes that table in O(chunks):
 * from then on a write copies the chunk and the page it changes before changing them, so a snapshot
 * keeps the device exactly as it was, and {@link #open(Snapshot)} starts a second overlay from it that
 * shares every unchanged page. That is what makes a checkpoint of a simulation cheap.
 */
public final class BlockOverlay implements AutoCloseable {
    public static final int PAGE = 4096;
    private static final int CHUNK_SHIFT = 9;
    private static final int CHUNK_PAGES = 1 << CHUNK_SHIFT;
    /** Every table state gets a number of its own: a chunk or page of another number is frozen. */
    private static final AtomicLong EPOCHS = new AtomicLong();
    /** Read only, the source of {@link #zero}. */
    private static final byte[] ZEROS = new byte[1 << 16];

    /** A chunk entry: the page is still the image's. */
    private static final int IMAGE = 0;
    /** A chunk entry: the page was written with zeros only, and holds no slot. */
    private static final int ZERO = -1;

    /** Where 512 pages are: slot + 1 in the store, {@link #IMAGE} or {@link #ZERO}. */
    private static final class Chunk {
        final long epoch;
        final int[] slots;
        /** The pages whose slot this chunk's epoch allocated, so they are written in place. */
        final long[] owned = new long[CHUNK_PAGES / 64];

        Chunk(long epoch, int[] slots) {
            this.epoch = epoch;
            this.slots = slots;
        }
    }

    /**
     * The device as it was at one moment, to {@link #open(Snapshot)} from; immutable. It keeps the pages it names
     * (the store they are in) until {@link #release}d, whatever overlays close meanwhile.
     */
    public static final class Snapshot {
        private final Chunk[] chunks;
        private final int dirty;
        private final long bytesWritten;
        private final PageStore store;
        private final Path image;
        private boolean released;

        private Snapshot(Path image, Chunk[] chunks, int dirty, long bytesWritten, PageStore store) {
            this.image = image;
            this.chunks = chunks;
            this.dirty = dirty;
            this.bytesWritten = bytesWritten;
            this.store = store;
            store.retain();
        }

        /** No fork will be made from this snapshot any more; its pages may go. Idempotent. */
        public synchronized void release() throws IOException {
            if (!released) {
                released = true;
                store.release();
            }
        }
    }

    private final Path image;
    private final ImageSource base;
    private final PageStore store;
    private final Chunk[] chunks;
    private long epoch = EPOCHS.incrementAndGet();
    private int dirty;
    private long bytesWritten;
    private final byte[] scratch = new byte[PAGE];
    private boolean closed;

    private BlockOverlay(Path image, ImageSource base, PageStore store, Chunk[] chunks) {
        this.image = image;
        this.base = base;
        this.store = store;
        this.chunks = chunks;
    }

    public static BlockOverlay open(Path image) throws IOException {
        ImageSource base = ImageSource.open(image);
        long pages = (base.length() + PAGE - 1) / PAGE;
        Chunk[] chunks = new Chunk[(int) ((pages + CHUNK_PAGES - 1) >> CHUNK_SHIFT)];
        return new BlockOverlay(image, base, new PageStore(), chunks);
    }

    public Path image() {
        return image;
    }

    public long size() {
        return base.length();
    }

    /**
     * The device as it is now. Later writes to this overlay do not change it; it costs a copy of the
     * top-level table (a reference per 2 MiB of image) and a chunk and a page the first time each is
     * written again.
     */
    public Snapshot snapshot() {
        Snapshot snapshot = new Snapshot(image, chunks.clone(), dirty, bytesWritten, store);
        epoch = EPOCHS.incrementAndGet();
        return snapshot;
    }

    /**
     * A new overlay on the snapshot's image holding what {@code snapshot} held, sharing its pages; its
     * writes are its own. Close it like any overlay.
     */
    public static BlockOverlay open(Snapshot snapshot) throws IOException {
        synchronized (snapshot) {
            if (snapshot.released) {
                throw new IllegalStateException("the snapshot was released");
            }
            snapshot.store.retain();
        }
        try {
            BlockOverlay forked = new BlockOverlay(snapshot.image, ImageSource.open(snapshot.image), snapshot.store,
                    snapshot.chunks.clone());
            forked.dirty = snapshot.dirty;
            forked.bytesWritten = snapshot.bytesWritten;
            return forked;
        } catch (IOException | RuntimeException e) {
            snapshot.store.release();
            throw e;
        }
    }

    /** What a chunk's entry says of a page: slot + 1 in the store, {@link #IMAGE} or {@link #ZERO}. */
    private int entry(long page) {
        Chunk chunk = chunks[(int) (page >>> CHUNK_SHIFT)];
        return chunk == null ? IMAGE : chunk.slots[(int) (page & (CHUNK_PAGES - 1))];
    }

    public void read(long offset, byte[] into, int at, int length) throws IOException {
        check(offset, length);
        if (dirty == 0) {
            base.readInto(offset, into, at, length);
            return;
        }
        // Runs of clean pages are read from the image in one piece.
        long cleanFrom = -1;
        long cleanTo = 0;
        for (int done = 0; done < length;) {
            long position = offset + done;
            int within = (int) (position % PAGE);
            int chunk = Math.min(length - done, PAGE - within);
            int entry = entry(position / PAGE);
            if (entry == IMAGE) {
                if (cleanFrom < 0) {
                    cleanFrom = done;
                }
                cleanTo = done + chunk;
            } else {
                if (cleanFrom >= 0) {
                    base.readInto(offset + cleanFrom, into, at + (int) cleanFrom, (int) (cleanTo - cleanFrom));
                    cleanFrom = -1;
                }
                if (entry == ZERO) {
                    Arrays.fill(into, at + done, at + done + chunk, (byte) 0);
                } else {
                    store.read(entry - 1, within, into, at + done, chunk);
                }
            }
            done += chunk;
        }
        if (cleanFrom >= 0) {
            base.readInto(offset + cleanFrom, into, at + (int) cleanFrom, (int) (cleanTo - cleanFrom));
        }
    }

    public byte[] read(long offset, int length) throws IOException {
        byte[] bytes = new byte[length];
        read(offset, bytes, 0, length);
        return bytes;
    }

    public void write(long offset, byte[] from, int at, int length) throws IOException {
        check(offset, length);
        for (int done = 0; done < length;) {
            long position = offset + done;
            int within = (int) (position % PAGE);
            int chunk = Math.min(length - done, PAGE - within);
            int slot = writableSlot(position / PAGE, chunk == PAGE);
            store.write(slot, within, from, at + done, chunk);
            done += chunk;
        }
        bytesWritten += length;
    }

    /**
     * The slot {@code page} is written in: its own when this epoch made it, else a new one holding the
     * page's bytes so far (from the image, or from the frozen slot), unless {@code whole} is to be written.
     */
    private int writableSlot(long page, boolean whole) throws IOException {
        Chunk chunk = writableChunk(page);
        int within = (int) (page & (CHUNK_PAGES - 1));
        int entry = chunk.slots[within];
        if (entry > 0 && (chunk.owned[within >>> 6] & (1L << within)) != 0) {
            return entry - 1;
        }
        int slot = store.allocate();
        if (!whole) {
            if (entry > 0) {
                store.read(entry - 1, 0, scratch, 0, PAGE);
            } else {
                Arrays.fill(scratch, (byte) 0);
                if (entry == IMAGE) {
                    base.readInto(page * PAGE, scratch, 0, (int) Math.min(PAGE, base.length() - page * PAGE));
                }
            }
            store.write(slot, 0, scratch, 0, PAGE);
        }
        if (entry == IMAGE) {
            dirty++;
        }
        chunk.slots[within] = slot + 1;
        chunk.owned[within >>> 6] |= 1L << within;
        return slot;
    }

    /** The chunk holding {@code page}, this epoch's own (made or copied now if it was not). */
    private Chunk writableChunk(long page) {
        int index = (int) (page >>> CHUNK_SHIFT);
        Chunk chunk = chunks[index];
        if (chunk == null) {
            chunk = chunks[index] = new Chunk(epoch, new int[CHUNK_PAGES]);
        } else if (chunk.epoch != epoch) {
            chunk = chunks[index] = new Chunk(epoch, chunk.slots.clone());
        }
        return chunk;
    }

    /** Marks {@code page} as all zeros; a slot this epoch owned for it goes back to the store. */
    private void zeroPage(long page) {
        Chunk chunk = writableChunk(page);
        int within = (int) (page & (CHUNK_PAGES - 1));
        int entry = chunk.slots[within];
        long bit = 1L << within;
        if (entry > 0 && (chunk.owned[within >>> 6] & bit) != 0) {
            store.release(new int[] { entry - 1 }, 1);
            chunk.owned[within >>> 6] &= ~bit;
        } else if (entry == IMAGE) {
            dirty++;
        }
        chunk.slots[within] = ZERO;
    }

    public void write(long offset, byte[] bytes) throws IOException {
        write(offset, bytes, 0, bytes.length);
    }

    /** Writes {@code length} zero bytes at {@code offset}; whole pages of zeros hold no bytes. */
    public void zero(long offset, long length) throws IOException {
        if (offset < 0 || length < 0 || offset > base.length() - length) {
            throw new ImageFormatException("bytes " + offset + "-" + (offset + length) + " lie outside the "
                    + base.length() + "-byte image");
        }
        long end = offset + length;
        for (long position = offset; position < end;) {
            long page = position / PAGE;
            long pageLimit = Math.min((page + 1) * PAGE, base.length());
            long pieceEnd = Math.min(end, pageLimit);
            if (position == page * PAGE && pieceEnd == pageLimit) {
                zeroPage(page);
                bytesWritten += pieceEnd - position;
            } else {
                write(position, ZEROS, 0, (int) (pieceEnd - position));
            }
            position = pieceEnd;
        }
    }

    /** How many pages differ from the image file's (have been written). */
    public int dirtyPages() {
        return dirty;
    }

    public long bytesWritten() {
        return bytesWritten;
    }

    /**
     * Writes the image with every change to {@code target}, through a temporary file beside it that is
     * moved into place only when complete. Refuses the image file itself: it is never written.
     */
    public void saveAs(Path target) throws IOException {
        Path absolute = target.toAbsolutePath();
        if (Files.exists(absolute) && Files.isSameFile(absolute, image)) {
            throw new IOException("Save As would overwrite the opened image " + image + "; choose another file");
        }
        Path parent = absolute.getParent();
        Path temporary = Files.createTempFile(parent, absolute.getFileName().toString(), ".part");
        try {
            Files.copy(image, temporary, StandardCopyOption.REPLACE_EXISTING);
            try (FileChannel out = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
                byte[] page = new byte[PAGE];
                for (long number = 0; number * PAGE < base.length(); number++) {
                    int entry = entry(number);
                    if (entry == IMAGE) {
                        if (chunks[(int) (number >>> CHUNK_SHIFT)] == null) {
                            number = ((number >>> CHUNK_SHIFT) + 1 << CHUNK_SHIFT) - 1;
                        }
                        continue;
                    }
                    if (entry == ZERO) {
                        Arrays.fill(page, (byte) 0);
                    } else {
                        store.read(entry - 1, 0, page, 0, PAGE);
                    }
                    ByteBuffer bytes = ByteBuffer.wrap(page, 0, (int) Math.min(PAGE, base.length() - number * PAGE));
                    while (bytes.hasRemaining()) {
                        out.write(bytes, number * PAGE + bytes.position());
                    }
                }
                out.force(true);
            }
            Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private void check(long offset, int length) throws ImageFormatException {
        if (offset < 0 || length < 0 || offset > base.length() - length) {
            throw new ImageFormatException("bytes " + offset + "-" + (offset + length) + " lie outside the "
                    + base.length() + "-byte image");
        }
    }

    /** Closes the image and gives back the pages only this overlay's present held (not its snapshots'). */
    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        try {
            int[] mine = new int[CHUNK_PAGES];
            for (Chunk chunk : chunks) {
                if (chunk == null || chunk.epoch != epoch) {
                    continue;
                }
                int count = 0;
                for (int i = 0; i < CHUNK_PAGES; i++) {
                    if ((chunk.owned[i >>> 6] & (1L << i)) != 0 && chunk.slots[i] > 0) {
                        mine[count++] = chunk.slots[i] - 1;
                    }
                }
                store.release(mine, count);
            }
            Arrays.fill(chunks, null);
        } finally {
            try {
                base.close();
            } finally {
                store.release();
            }
        }
    }
}
