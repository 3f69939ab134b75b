package org.extentlab.internal.app;

import java.nio.file.Path;

import org.extentlab.images.DetectedFormat;
import org.extentlab.images.LoadedVolume;

/** What the workbench knows about the disk image the user asked to open. */
public sealed interface ImageState {

    /** Nothing opened yet. */
    record None() implements ImageState {
    }

    /** Being read in the background. */
    record Opening(Path path) implements ImageState {
    }

    /**
     * Opened read-only; {@code format} says what it holds, {@code volume} what was read of it (null when
     * the format is not one Extent Lab reads, or reading failed: then {@code readError} says why).
     * {@code readFrom} is the file read: {@code path} itself, or its decompressed copy in the cache when
     * {@code path} is compressed.
     */
    record Opened(Path path, DetectedFormat format, LoadedVolume volume, String readError, Path readFrom)
            implements ImageState {
    }

    /** Could not be read; {@code message} says why. Nothing was changed. */
    record Failed(Path path, String message) implements ImageState {
    }
}
