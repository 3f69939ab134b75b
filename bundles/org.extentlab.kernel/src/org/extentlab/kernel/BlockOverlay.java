package org.extentlab.kernel;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

import org.extentlab.images.ImageFormatException;
import org.extentlab.images.ImageSource;

/**
 * Copy-on-write pages over a read-only image file: reads see the newest bytes, writes land in 4 KiB
 * pages held in memory, the image file is never written. {@link #saveAs} writes image + pages to a
 * new file. Offsets are bytes from the start of the image file.
 */
public final class BlockOverlay implements AutoCloseable {
    public static final int PAGE = 4096;

    private final Path image;
    private final ImageSource base;
    private final Map<Long, byte[]> pages = new HashMap<>();
    private long bytesWritten;

    private BlockOverlay(Path image, ImageSource base) {
        this.image = image;
        this.base = base;
    }

    public static BlockOverlay open(Path image) throws IOException {
        return new BlockOverlay(image, ImageSource.open(image));
    }

    public Path image() {
        return image;
    }

    public long size() {
        return base.length();
    }

    public void read(long offset, byte[] into, int at, int length) throws IOException {
        check(offset, length);
        if (pages.isEmpty()) {
            base.readInto(offset, into, at, length);
            return;
        }
        // Runs of clean pages are read from the image in one piece.
        long[] clean = { -1, 0 };
        forEachPage(offset, length, (page, within, done, chunk) -> {
            byte[] copy = pages.get(page);
            if (copy == null) {
                if (clean[0] < 0) {
                    clean[0] = done;
                }
                clean[1] = done + chunk;
                return;
            }
            if (clean[0] >= 0) {
                base.readInto(offset + clean[0], into, at + (int) clean[0], (int) (clean[1] - clean[0]));
                clean[0] = -1;
            }
            System.arraycopy(copy, within, into, at + done, chunk);
        });
        if (clean[0] >= 0) {
            base.readInto(offset + clean[0], into, at + (int) clean[0], (int) (clean[1] - clean[0]));
        }
    }

    public byte[] read(long offset, int length) throws IOException {
        byte[] bytes = new byte[length];
        read(offset, bytes, 0, length);
        return bytes;
    }

    public void write(long offset, byte[] from, int at, int length) throws IOException {
        check(offset, length);
        forEachPage(offset, length, (page, within, done, chunk) -> {
            byte[] copy = pages.get(page);
            if (copy == null) {
                copy = new byte[PAGE];
                base.readInto(page * PAGE, copy, 0, (int) Math.min(PAGE, base.length() - page * PAGE));
                pages.put(page, copy);
            }
            System.arraycopy(from, at + done, copy, within, chunk);
        });
        bytesWritten += length;
    }

    public void write(long offset, byte[] bytes) throws IOException {
        write(offset, bytes, 0, bytes.length);
    }

    /** Writes {@code length} zero bytes at {@code offset}. */
    public void zero(long offset, long length) throws IOException {
        byte[] zeros = new byte[(int) Math.min(length, 1 << 16)];
        for (long done = 0; done < length; done += zeros.length) {
            write(offset + done, zeros, 0, (int) Math.min(zeros.length, length - done));
        }
    }

    public int dirtyPages() {
        return pages.size();
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
                Long[] order = pages.keySet().toArray(new Long[0]);
                Arrays.sort(order);
                for (long page : order) {
                    int present = (int) Math.min(PAGE, base.length() - page * PAGE);
                    ByteBuffer bytes = ByteBuffer.wrap(pages.get(page), 0, present);
                    while (bytes.hasRemaining()) {
                        out.write(bytes, page * PAGE + bytes.position());
                    }
                }
                out.force(true);
            }
            Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /** One piece of a range that falls in one page: the page, where in it, how far into the range, how long. */
    private interface PagePiece {
        void accept(long page, int within, int done, int chunk) throws IOException;
    }

    private static void forEachPage(long offset, int length, PagePiece piece) throws IOException {
        for (int done = 0; done < length;) {
            long position = offset + done;
            int within = (int) (position % PAGE);
            int chunk = Math.min(length - done, PAGE - within);
            piece.accept(position / PAGE, within, done, chunk);
            done += chunk;
        }
    }

    private void check(long offset, int length) throws ImageFormatException {
        if (offset < 0 || length < 0 || offset > base.length() - length) {
            throw new ImageFormatException("bytes " + offset + "-" + (offset + length) + " lie outside the "
                    + base.length() + "-byte image");
        }
    }

    @Override
    public void close() throws IOException {
        base.close();
    }
}
