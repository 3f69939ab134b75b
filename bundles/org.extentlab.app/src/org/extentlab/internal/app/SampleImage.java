package org.extentlab.internal.app;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.zip.GZIPInputStream;

/**
 * The small ext4 image that ships with the lessons in org.extentlab.doc (made by
 * releng/samples/make-sample-image.sh).
 * It is unpacked once into a folder of the user's (the bundle's state location) and opened from there,
 * read-only like any other image.
 */
public final class SampleImage {
    /** The bundle holding the lessons and their images. */
    public static final String BUNDLE = org.extentlab.internal.ui.DocBundle.NAME;
    public static final String RESOURCE = "lessons/images/sample-ext4.img.gz";
    public static final String FILE_NAME = "sample-ext4.img";

    private SampleImage() {
    }

    /**
     * Unpacks {@code compressed} into {@code folder}, leaving an identical earlier copy untouched, and
     * returns the image's path. A partial copy (a crash mid-way) is never left under the final name.
     */
    public static Path materialize(InputStream compressed, Path folder) throws IOException {
        Files.createDirectories(folder);
        Path target = folder.resolve(FILE_NAME);
        Path partial = Files.createTempFile(folder, FILE_NAME, ".part");
        try (InputStream in = new GZIPInputStream(compressed)) {
            Files.copy(in, partial, StandardCopyOption.REPLACE_EXISTING);
            if (Files.exists(target) && Files.mismatch(partial, target) == -1) {
                return target;
            }
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return target;
        } finally {
            Files.deleteIfExists(partial);
        }
    }
}
