package org.extentlab.internal.ui;

import org.eclipse.swt.graphics.RGB;

/**
 * The volume map's colours: free units, the format's metadata, the selected item, the frame of units
 * mapped stale, and the flashes of units allocated, freed and written. Files keep a hue of their own
 * ({@link MapPainter#rgbOf}). SWT only, so the benchmark paints with them as the view does.
 */
public record MapColours(RGB free, RGB metadata, RGB selected, RGB stale, RGB allocated, RGB freed, RGB written) {
    /** The colours of a fresh workspace. */
    public static final MapColours DEFAULT = new MapColours(new RGB(225, 225, 225), new RGB(60, 60, 60),
            new RGB(20, 20, 20), new RGB(255, 0, 0), new RGB(255, 255, 0), new RGB(255, 0, 0), new RGB(0, 160, 255));

    /** {@code rgb} as 0xRRGGBB. */
    public static int packed(RGB rgb) {
        return rgb.red << 16 | rgb.green << 8 | rgb.blue;
    }
}
