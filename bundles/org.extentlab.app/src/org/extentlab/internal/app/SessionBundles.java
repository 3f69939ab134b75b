package org.extentlab.internal.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.eclipse.osgi.util.NLS;
import org.extentlab.images.CompressedImages;
import org.extentlab.ui.SimulationSession;

/**
 * Session bundles: one file a teacher hands out ({@code *.extentlab.zip}) holding a session and its
 * image, compressed (an image opened compressed goes in as it is; an uncompressed one is gzipped), the
 * session naming the image beside it. Open Session opens a bundle directly: it is unpacked once into
 * the workspace, under the bundle's SHA-256, and the session inside is opened from there.
 */
public final class SessionBundles {
    /** The file name ending of a bundle. */
    public static final String EXTENSION = "extentlab.zip";
    private static final String SESSION_ENTRY = "session." + SessionFiles.EXTENSION;

    private SessionBundles() {
    }

    /** Writes a bundle of {@code state} to {@code target}, through a temporary file. */
    public static void export(SimulationSession.State state, Path target) throws IOException {
        Path image = state.image();
        if (Files.exists(target) && Files.isSameFile(image, target)) {
            throw new IOException(NLS.bind(Messages.Session_IsTheImage, target));
        }
        Path work = Files.createTempDirectory(target.toAbsolutePath().getParent(), ".bundle");
        Path partial = target.resolveSibling(target.getFileName() + ".part");
        try {
            boolean compressed = CompressedImages.compression(image) != null;
            String name = image.getFileName().toString() + (compressed ? "" : ".gz");
            Path packed = work.resolve(name);
            if (compressed) {
                Files.copy(image, packed);
            } else {
                try (InputStream in = Files.newInputStream(image);
                        OutputStream out = new GZIPOutputStream(Files.newOutputStream(packed), 1 << 16)) {
                    in.transferTo(out);
                }
            }
            Path session = work.resolve(SESSION_ENTRY);
            SessionFiles.save(new SimulationSession.State(packed, state.partition(), state.seed(), state.policy(),
                    state.settings(), state.script(), state.position()), session);
            try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(partial))) {
                for (Path entry : new Path[] { session, packed }) {
                    zip.putNextEntry(new ZipEntry(entry.getFileName().toString()));
                    Files.copy(entry, zip);
                    zip.closeEntry();
                }
            }
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(partial);
            try (var files = Files.list(work)) {
                for (Path file : files.toList()) {
                    Files.deleteIfExists(file);
                }
            }
            Files.deleteIfExists(work);
        }
    }

    /** Whether {@code file} is a zip file (its first bytes are PK\3\4). */
    public static boolean isBundle(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(4);
            return head.length == 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
        }
    }

    /**
     * Unpacks {@code bundle} into a folder of its own under {@code cache} (named by its SHA-256, reused
     * when it is there already) and returns the session file inside. Only a session and one image, by
     * plain names, are taken: anything else (a path that climbs out, a second image) refuses the bundle.
     */
    public static Path unpack(Path bundle, Path cache) throws IOException {
        String sha = SessionFiles.sha256(bundle);
        Path folder = cache.resolve(sha);
        Path session = folder.resolve(SESSION_ENTRY);
        if (Files.isRegularFile(session)) {
            return session;
        }
        Files.createDirectories(cache);
        Path partial = Files.createTempDirectory(cache, sha + ".part");
        try {
            int images = 0;
            boolean sawSession = false;
            try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(bundle))) {
                for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                    String name = entry.getName();
                    if (entry.isDirectory() || name.contains("/") || name.contains("\\") || name.startsWith(".")) {
                        throw new IOException(NLS.bind(Messages.Bundle_Strange, bundle.getFileName(), name));
                    }
                    if (name.equals(SESSION_ENTRY)) {
                        sawSession = true;
                    } else if (++images > 1) {
                        throw new IOException(NLS.bind(Messages.Bundle_Strange, bundle.getFileName(), name));
                    }
                    Files.copy(zip, partial.resolve(name));
                }
            } catch (java.util.zip.ZipException e) {
                throw new IOException(NLS.bind(Messages.Bundle_Damaged, bundle.getFileName(), e.getMessage()), e);
            }
            if (!sawSession) {
                throw new IOException(NLS.bind(Messages.Bundle_NoSession, bundle.getFileName()));
            }
            try {
                Files.move(partial, folder, StandardCopyOption.ATOMIC_MOVE);
            } catch (java.nio.file.FileAlreadyExistsException e) {
                // Another open unpacked the same bundle meanwhile: use that one.
            }
            return session;
        } finally {
            if (Files.isDirectory(partial)) {
                try (var files = Files.list(partial)) {
                    for (Path file : files.toList()) {
                        Files.deleteIfExists(file);
                    }
                }
                Files.deleteIfExists(partial);
            }
        }
    }

    /** Where bundles are unpacked: beside the uncompressed images' cache. */
    public static Path defaultCache() {
        return CompressedImages.defaultCache().resolveSibling(".bundles");
    }
}
