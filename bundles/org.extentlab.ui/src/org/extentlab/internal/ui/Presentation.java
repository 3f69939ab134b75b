package org.extentlab.internal.ui;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.osgi.service.prefs.BackingStoreException;

/**
 * Presentation mode: one zoom level for the whole window (View > Zoom In / Zoom Out / Actual Size,
 * Ctrl+= and Ctrl+-), for a projector at the back of a lecture hall. It scales the font of every control
 * of every window (each control keeps its own base font, so scaling never compounds) and the volume
 * map's cells, and is kept in the preferences so the next start looks the same.
 */
public final class Presentation {
    /** The lowest and highest levels; 0 is actual size. */
    public static final int MIN = -1;
    public static final int MAX = 4;
    private static final double[] SCALES = { 0.85, 1.0, 1.25, 1.5, 1.75, 2.0 };
    private static final int[] PITCHES = { 4, 6, 8, 12, 16, 24 };
    private static final String BASE_FONT = "org.extentlab.ui.baseFont";
    private static final String PREFERENCE = "zoom";
    private static final List<Runnable> LISTENERS = new CopyOnWriteArrayList<>();
    private static final Map<String, Font> FONTS = new HashMap<>();
    private static int level = readLevel();

    private Presentation() {
    }

    public static int level() {
        return level;
    }

    /** The factor fonts are scaled by at the present level. */
    public static double scale() {
        return SCALES[level - MIN];
    }

    /** The volume map's cell pitch, in pixels, when it fits the volume. */
    public static int cellPitch() {
        return PITCHES[level - MIN];
    }

    /** Goes to {@code newLevel} (clamped), rescales every window and tells the listeners. */
    public static void setLevel(int newLevel) {
        int clamped = Math.max(MIN, Math.min(MAX, newLevel));
        if (clamped == level) {
            return;
        }
        level = clamped;
        Display display = Display.getCurrent();
        if (display != null) {
            for (Shell shell : display.getShells()) {
                apply(shell);
                shell.layout(true, true);
            }
        }
        LISTENERS.forEach(Runnable::run);
        try {
            var node = InstanceScope.INSTANCE.getNode("org.extentlab.ui");
            node.putInt(PREFERENCE, level);
            node.flush();
        } catch (BackingStoreException | IllegalStateException e) {
            // The level still holds for this run; only the next start forgets it.
        }
    }

    private static int readLevel() {
        try {
            int saved = InstanceScope.INSTANCE.getNode("org.extentlab.ui").getInt(PREFERENCE, 0);
            return Math.max(MIN, Math.min(MAX, saved));
        } catch (IllegalStateException e) {
            return 0;
        }
    }

    /** Hears every change of level (on the UI thread). */
    public static void addListener(Runnable listener) {
        LISTENERS.add(listener);
    }

    public static void removeListener(Runnable listener) {
        LISTENERS.remove(listener);
    }

    /** {@code base} scaled to the present level (one font per size, kept for the run). */
    public static Font font(Font base) {
        if (base == null || base.isDisposed()) {
            return base;
        }
        FontData[] data = base.getFontData();
        StringBuilder key = new StringBuilder();
        for (FontData each : data) {
            key.append(each).append('|');
        }
        key.append(level);
        return FONTS.computeIfAbsent(key.toString(), k -> {
            FontData[] scaled = new FontData[data.length];
            for (int i = 0; i < data.length; i++) {
                scaled[i] = new FontData(data[i].getName(), Math.max(6, (int) Math.round(data[i].getHeight() * scale())),
                        data[i].getStyle());
            }
            return new Font(base.getDevice(), scaled);
        });
    }

    /** Gives {@code root} and every control under it its base font scaled to the present level. */
    public static void apply(Control root) {
        if (root.isDisposed()) {
            return;
        }
        Font base = (Font) root.getData(BASE_FONT);
        if (base == null || base.isDisposed()) {
            base = root.getFont();
            root.setData(BASE_FONT, base);
        }
        Font wanted = level == 0 ? base : font(base);
        if (root.getFont() != wanted) {
            root.setFont(wanted);
        }
        if (root instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                apply(child);
            }
        }
    }
}
