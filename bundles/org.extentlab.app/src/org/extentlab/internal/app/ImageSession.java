package org.extentlab.internal.app;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.eclipse.osgi.util.NLS;

/**
 * The disk image the workbench shows. There is one per application: the window title, the status line
 * and the views follow it. Changed and read on the UI thread only.
 */
public final class ImageSession {
    private static final ImageSession INSTANCE = new ImageSession();

    private final List<Consumer<ImageState>> listeners = new CopyOnWriteArrayList<>();
    private ImageState state = new ImageState.None();

    public static ImageSession getDefault() {
        return INSTANCE;
    }

    public ImageState state() {
        return state;
    }

    public void set(ImageState newState) {
        state = Objects.requireNonNull(newState);
        for (Consumer<ImageState> listener : listeners) {
            listener.accept(newState);
        }
    }

    /** Adds {@code listener} and calls it at once with the current state. */
    public void addListener(Consumer<ImageState> listener) {
        listeners.add(listener);
        listener.accept(state);
    }

    public void removeListener(Consumer<ImageState> listener) {
        listeners.remove(listener);
    }

    /** The status-line text for {@code state}. */
    public static String describe(ImageState state) {
        return switch (state) {
        case ImageState.None none -> Messages.Status_NoImage;
        case ImageState.Opening opening -> NLS.bind(Messages.Status_Opening, fileName(opening.path()));
        case ImageState.Opened opened -> NLS.bind(Messages.Status_Opened, fileName(opened.path()),
                opened.format().summary());
        case ImageState.Failed failed -> NLS.bind(Messages.Status_Failed, fileName(failed.path()),
                failed.message());
        };
    }

    static String fileName(Path path) {
        Path name = path.getFileName();
        return name == null ? path.toString() : name.toString();
    }
}
