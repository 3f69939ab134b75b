package org.extentlab.internal.app;

import java.nio.file.Path;

import org.extentlab.images.DetectedFormat;

/** What the workbench knows about the disk image the user asked to open. */
public sealed interface ImageState {

    /** Nothing opened yet. */
    record None() implements ImageState {
    }

    /** Being read in the background. */
    record Opening(Path path) implements ImageState {
    }

    /** Opened read-only; {@code format} says what it holds. */
    record Opened(Path path, DetectedFormat format) implements ImageState {
    }

    /** Could not be read; {@code message} says why. Nothing was changed. */
    record Failed(Path path, String message) implements ImageState {
    }
}
