package org.extentlab.images;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A read-only window onto an image file: the whole file, or one partition of it. Every read is
 * bounds-checked, so a pointer into the void becomes an {@link ImageFormatException} with a message,
 * never an unchecked exception. The file is opened for reading only and never written; it is mapped
 * read-only in windows, so that the many small reads of a metadata walk cost no system call each.
 */
public final class ImageSource implements Closeable {
    private static final int WINDOW_SHIFT = 28; // 256 MiB windows
    private static final long WINDOW = 1L << WINDOW_SHIFT;

    private final Path path;
    private final FileChannel channel;
    private final MappedByteBuffer[] windows;
    private final long base;
    private final long length;
    private final long fileSize;

    private ImageSource(Path path, FileChannel channel, MappedByteBuffer[] windows, long base, long length,
            long fileSize) {
        this.path = path;
        this.channel = channel;
        this.windows = windows;
        this.base = base;
        this.length = length;
        this.fileSize = fileSize;
    }

    public static ImageSource open(Path image) throws IOException {
        FileChannel channel = FileChannel.open(image, StandardOpenOption.READ);
        long size = channel.size();
        return new ImageSource(image, channel, new MappedByteBuffer[(int) ((size + WINDOW - 1) >>> WINDOW_SHIFT)], 0,
                size, size);
    }

    /** The part of this source from {@code offset} for {@code size} bytes (a partition); shares the file. */
    public ImageSource slice(long offset, long size) throws ImageFormatException {
        if (offset < 0 || size < 0 || offset > length) {
            throw new ImageFormatException("a partition at byte " + offset + " lies outside the image");
        }
        return new ImageSource(path, channel, windows, base + offset, Math.min(size, length - offset), fileSize);
    }

    public Path path() {
        return path;
    }

    /** Where this source starts in the image file, in bytes. */
    public long base() {
        return base;
    }

    public long length() {
        return length;
    }

    public long fileSize() {
        return fileSize;
    }

    /** Reads {@code size} bytes at {@code offset} (relative to this source) into a little-endian buffer. */
    public ByteBuffer read(long offset, int size) throws IOException {
        byte[] bytes = new byte[size];
        readInto(offset, bytes, 0, size);
        return ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
    }

    /**
     * The {@code size} bytes at {@code offset} as a read-only little-endian buffer, without copying when
     * they lie inside one mapped window (metadata blocks always do).
     */
    public ByteBuffer view(long offset, int size) throws IOException {
        checkRange(offset, size);
        long position = base + offset;
        int within = (int) (position & (WINDOW - 1));
        MappedByteBuffer window = window((int) (position >>> WINDOW_SHIFT));
        if (within + size <= window.capacity()) {
            return window.slice(within, size).order(ByteOrder.LITTLE_ENDIAN);
        }
        return read(offset, size);
    }

    /** Copies {@code size} bytes at {@code offset} into {@code target} at {@code targetOffset}. */
    public void readInto(long offset, byte[] target, int targetOffset, int size) throws IOException {
        checkRange(offset, size);
        long position = base + offset;
        int done = 0;
        while (done < size) {
            int index = (int) (position >>> WINDOW_SHIFT);
            int within = (int) (position & (WINDOW - 1));
            MappedByteBuffer window = window(index);
            int chunk = Math.min(size - done, window.capacity() - within);
            window.get(within, target, targetOffset + done, chunk);
            done += chunk;
            position += chunk;
        }
    }

    /**
     * Copies {@code size} bytes at {@code offset} into {@code target} with a positional read of the file,
     * not through the mapping: for blocks scattered across a large image, where the page faults of a
     * first touch of the mapping cost more than one system call each.
     */
    public void readScattered(long offset, ByteBuffer target) throws IOException {
        int size = target.remaining();
        checkRange(offset, size);
        long position = base + offset;
        while (target.hasRemaining()) {
            if (channel.read(target, position + size - target.remaining()) < 0) {
                throw new ImageFormatException("the image ends at byte " + (position + size - target.remaining()));
            }
        }
    }

    private void checkRange(long offset, int size) throws ImageFormatException {
        if (offset < 0 || size < 0 || offset > length - size) {
            throw new ImageFormatException("the image is truncated or damaged: bytes " + offset + "-" + (offset + size)
                    + " lie outside its " + length + " bytes");
        }
    }

    private MappedByteBuffer window(int index) throws IOException {
        MappedByteBuffer window = windows[index];
        if (window == null) {
            long start = (long) index << WINDOW_SHIFT;
            window = channel.map(FileChannel.MapMode.READ_ONLY, start, Math.min(WINDOW, fileSize - start));
            windows[index] = window;
        }
        return window;
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}
