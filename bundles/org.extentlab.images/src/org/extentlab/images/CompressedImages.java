package org.extentlab.images;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.zip.GZIPInputStream;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.tukaani.xz.XZInputStream;

import io.airlift.compress.zstd.ZstdInputStream;

/**
 * Images shipped compressed (gzip, as e2fsprogs' test images are, xz or zstd): recognised by their first
 * bytes, decompressed once into a cache folder under a name made of the compressed file's SHA-256, and
 * opened from there, read-only like any image. The compressed file is never written; a decompression
 * that fails or is cancelled leaves nothing in the cache.
 */
public final class CompressedImages {
    private static final byte[] GZIP = { 0x1f, (byte) 0x8b };
    private static final byte[] XZ = { (byte) 0xFD, '7', 'z', 'X', 'Z', 0 };
    private static final byte[] ZSTD = { 0x28, (byte) 0xB5, 0x2F, (byte) 0xFD };
    private static final int BUFFER = 1 << 20;

    private CompressedImages() {
    }

    /** The compression of {@code image} by its first bytes: "gzip", "xz", "zstd", or null for none. */
    public static String compression(Path image) throws IOException {
        byte[] head = new byte[6];
        int read;
        try (InputStream in = Files.newInputStream(image)) {
            read = in.readNBytes(head, 0, head.length);
        }
        if (starts(head, read, GZIP)) {
            return "gzip";
        }
        if (starts(head, read, XZ)) {
            return "xz";
        }
        return starts(head, read, ZSTD) ? "zstd" : null;
    }

    private static boolean starts(byte[] head, int read, byte[] magic) {
        if (read < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (head[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }

    /**
     * Where decompressed copies are kept: the system property {@code extentlab.cache}, else the folder
     * {@code .uncompressed} of the workspace Extent Lab uses ({@code ~/.extentlab/workspace}).
     */
    public static Path defaultCache() {
        String chosen = System.getProperty("extentlab.cache");
        return chosen != null ? Path.of(chosen)
                : Path.of(System.getProperty("user.home"), ".extentlab", "workspace", ".uncompressed");
    }

    /** {@link #uncompressed(Path, Path, IProgressMonitor)} without progress. */
    public static Path uncompressed(Path image, Path cache) throws IOException {
        return uncompressed(image, cache, new NullProgressMonitor());
    }

    /**
     * The image to open for {@code image}: itself when it is not compressed, else its decompressed copy
     * in {@code cache}, made now unless an earlier open made it. Reports progress in compressed bytes
     * read; stops with {@link OperationCanceledException} when cancelled, leaving no partial copy.
     */
    public static Path uncompressed(Path image, Path cache, IProgressMonitor monitor) throws IOException {
        String compression = compression(image);
        if (compression == null) {
            return image;
        }
        long size = Files.size(image);
        int units = (int) Math.min(Integer.MAX_VALUE / 2, Math.max(1, size / BUFFER));
        SubMonitor progress = SubMonitor.convert(monitor, "Decompressing " + image.getFileName(), 2 * units);
        String digest = sha256(image, progress.split(units));
        SubMonitor copying = progress.split(units);
        Files.createDirectories(cache);
        Path target = cache.resolve(digest + ".img");
        if (Files.isRegularFile(target)) {
            return target;
        }
        Path partial = Files.createTempFile(cache, digest, ".part");
        try {
            try (CountingInput counted = new CountingInput(Files.newInputStream(image));
                    InputStream in = decompressing(compression, counted, image);
                    OutputStream out = Files.newOutputStream(partial)) {
                byte[] buffer = new byte[BUFFER];
                long reported = 0;
                for (int n; (n = read(in, buffer, compression, image)) > 0;) {
                    out.write(buffer, 0, n);
                    if (copying.isCanceled()) {
                        throw new OperationCanceledException();
                    }
                    long done = counted.count / BUFFER;
                    if (done > reported) {
                        copying.worked((int) (done - reported));
                        reported = done;
                    }
                }
            }
            try {
                Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
            }
            return target;
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    private static InputStream decompressing(String compression, InputStream in, Path image) throws IOException {
        try {
            return switch (compression) {
            case "gzip" -> new GZIPInputStream(in, BUFFER);
            case "xz" -> new XZInputStream(in);
            default -> new ZstdInputStream(in);
            };
        } catch (IOException | RuntimeException e) {
            throw damaged(compression, image, e);
        }
    }

    /** One read of the decompressed bytes: what the decompressor cannot decode is a damaged file. */
    private static int read(InputStream in, byte[] buffer, String compression, Path image) throws IOException {
        try {
            return in.read(buffer);
        } catch (IOException | RuntimeException e) {
            throw damaged(compression, image, e);
        }
    }

    private static ImageFormatException damaged(String compression, Path image, Exception e) {
        return new ImageFormatException(image.getFileName() + " is a damaged or truncated " + compression + " file ("
                + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()) + "); nothing was opened");
    }

    /** The SHA-256 of a file, in hex. */
    public static String sha256(Path file, IProgressMonitor monitor) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        byte[] buffer = new byte[BUFFER];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n; (n = in.read(buffer)) > 0;) {
                digest.update(buffer, 0, n);
                if (monitor.isCanceled()) {
                    throw new OperationCanceledException();
                }
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /** Counts the compressed bytes read, for progress. */
    private static final class CountingInput extends java.io.FilterInputStream {
        long count;

        CountingInput(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count += n;
            }
            return n;
        }
    }
}
