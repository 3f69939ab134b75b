package org.extentlab.internal.ui;

import java.util.function.LongToIntFunction;

import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.PaletteData;
import org.eclipse.swt.graphics.RGB;
import org.extentlab.kernel.FileSystemModule;
import org.extentlab.kernel.sim.VolumeMapQuery;

/**
 * Draws the volume map's cells into the pixels of an image, a row of bytes at a time: one cell row is
 * coloured once and copied into each of its pixel rows, so a frame costs one pass over the pixels
 * whatever the number of cells (not a rectangle call per cell). SWT only, no workbench: the benchmark
 * uses it as the view does.
 */
public final class MapPainter {
    private static final PaletteData DIRECT = new PaletteData(0xFF0000, 0xFF00, 0xFF);

    private MapPainter() {
    }

    /** The colour of an owner in the default colours. */
    public static RGB rgbOf(long owner) {
        return rgbOf(owner, MapColours.DEFAULT);
    }

    /**
     * The owners' palette: the seven colours of Okabe and Ito's colour-blind-safe set (black left out,
     * it is the selection's), then each darkened by a quarter, then each lightened by three tenths: 21
     * colours, in an order where consecutive ones differ in hue, so files created one after the other
     * (consecutive ids) never look alike, also to a reader with deuteranopia or protanopia.
     */
    private static final RGB[] OWNERS = palette();

    private static RGB[] palette() {
        int[][] base = { { 230, 159, 0 }, { 86, 180, 233 }, { 0, 158, 115 }, { 240, 228, 66 }, { 0, 114, 178 },
                { 213, 94, 0 }, { 204, 121, 167 } };
        RGB[] out = new RGB[base.length * 3];
        for (int i = 0; i < base.length; i++) {
            int[] c = base[i];
            out[i] = new RGB(c[0], c[1], c[2]);
            out[base.length + i] = new RGB(Math.round(c[0] * 0.75f), Math.round(c[1] * 0.75f), Math.round(c[2] * 0.75f));
            out[2 * base.length + i] = new RGB(Math.round(c[0] + (255 - c[0]) * 0.3f), Math.round(c[1] + (255 - c[1]) * 0.3f),
                    Math.round(c[2] + (255 - c[2]) * 0.3f));
        }
        return out;
    }

    /** How many colours files cycle through. */
    public static int paletteSize() {
        return OWNERS.length;
    }

    /** The colour of an owner: free, metadata, or one of the palette's for each item, by its id. */
    public static RGB rgbOf(long owner, MapColours colours) {
        if (owner == FileSystemModule.FREE_UNIT) {
            return colours.free();
        }
        if (owner == FileSystemModule.METADATA_UNIT) {
            return colours.metadata();
        }
        return OWNERS[(int) Math.floorMod(owner, (long) OWNERS.length)];
    }

    /** {@link #colourOf(long, long, MapColours)} in the default colours. */
    public static int colourOf(long owner, long selected) {
        return colourOf(owner, selected, MapColours.DEFAULT);
    }

    /** {@link #rgbOf} as 0xRRGGBB, {@code selected} drawn in the colours' selection colour. */
    public static int colourOf(long owner, long selected, MapColours colours) {
        return MapColours.packed(owner == selected ? colours.selected() : rgbOf(owner, colours));
    }

    /** {@code rgb} mixed 60 % with white: the tint of unwritten (preallocated) units. */
    public static int pale(int rgb) {
        int red = (rgb >>> 16 & 0xFF) * 2 / 5 + 153;
        int green = (rgb >>> 8 & 0xFF) * 2 / 5 + 153;
        int blue = (rgb & 0xFF) * 2 / 5 + 153;
        return red << 16 | green << 8 | blue;
    }

    /** The gap between cells: one pixel once cells are 4 pixels or more, so the grid shows. */
    public static int gap(int pitch) {
        return pitch >= 4 ? 1 : 0;
    }

    /**
     * The image of {@code cells} laid out {@code columns} to a row, each a {@code pitch}-pixel square
     * (less the gap), on {@code background} (0xRRGGBB); cells that are {@link VolumeMapQuery#BEYOND} are
     * left as background. {@code colour} maps an owner to 0xRRGGBB.
     */
    public static ImageData render(long[] cells, int columns, int pitch, int width, int height, int background,
            LongToIntFunction colour) {
        return render(cells, null, columns, pitch, width, height, background, colour);
    }

    /** {@link #render}, the cells flagged in {@code pale} (null: none) drawn in a pale tint of their colour. */
    public static ImageData render(long[] cells, boolean[] pale, int columns, int pitch, int width, int height,
            int background, LongToIntFunction colour) {
        ImageData data = new ImageData(Math.max(1, width), Math.max(1, height), 24, DIRECT);
        int stride = data.bytesPerLine;
        byte[] pixels = data.data;
        byte[] backgroundRow = new byte[stride];
        fill(backgroundRow, 0, Math.max(1, width), background);
        byte[] row = new byte[stride];
        int gap = gap(pitch);
        int rows = (cells.length + columns - 1) / Math.max(1, columns);
        long lastOwner = VolumeMapQuery.BEYOND;
        int lastColour = background;
        int y = 0;
        for (int r = 0; r < rows && y < height; r++) {
            System.arraycopy(backgroundRow, 0, row, 0, stride);
            for (int c = 0; c < columns; c++) {
                int index = r * columns + c;
                if (index >= cells.length) {
                    break;
                }
                long owner = cells[index];
                if (owner == VolumeMapQuery.BEYOND) {
                    continue;
                }
                if (owner != lastOwner) {
                    lastOwner = owner;
                    lastColour = colour.applyAsInt(owner);
                }
                boolean tinted = pale != null && index < pale.length && pale[index];
                int same = 1;
                if (gap == 0) {
                    // Without a gap, neighbours of one owner are one span of pixels.
                    while (c + same < columns && index + same < cells.length && cells[index + same] == owner
                            && (pale == null || index + same >= pale.length || pale[index + same] == tinted)) {
                        same++;
                    }
                }
                int x = c * pitch;
                fill(row, x, Math.min(width, x + same * pitch - gap), tinted ? pale(lastColour) : lastColour);
                c += same - 1;
            }
            for (int line = 0; line < pitch && y < height; line++, y++) {
                System.arraycopy(line < pitch - gap ? row : backgroundRow, 0, pixels, y * stride, stride);
            }
        }
        for (; y < height; y++) {
            System.arraycopy(backgroundRow, 0, pixels, y * stride, stride);
        }
        return data;
    }

    /** Pixels [from, to) of {@code row} in {@code rgb}: one pixel written, then copied in doubling blocks. */
    private static void fill(byte[] row, int from, int to, int rgb) {
        if (to <= from) {
            return;
        }
        int start = from * 3;
        int end = to * 3;
        row[start] = (byte) (rgb >>> 16);
        row[start + 1] = (byte) (rgb >>> 8);
        row[start + 2] = (byte) rgb;
        for (int done = 3; start + done < end; done *= 2) {
            System.arraycopy(row, start, row, start + done, Math.min(done, end - start - done));
        }
    }
}
