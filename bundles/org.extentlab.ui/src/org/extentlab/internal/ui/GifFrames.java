package org.extentlab.internal.ui;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.PaletteData;
import org.eclipse.swt.graphics.RGB;

/**
 * Frames of a run as one animated GIF. GIF holds 256 colours: the palette is the frames' most frequent
 * colours (the map's owners, free, metadata and the text are far fewer in practice), and any other pixel
 * takes the nearest of them.
 */
public final class GifFrames {
    private GifFrames() {
    }

    /** Writes {@code frames} (same size, direct colour) to {@code file}, {@code delay} hundredths of a second apart. */
    public static void save(List<ImageData> frames, int delay, String file) {
        Map<Integer, Integer> counts = new HashMap<>();
        for (ImageData frame : frames) {
            for (int y = 0; y < frame.height; y++) {
                for (int x = 0; x < frame.width; x++) {
                    counts.merge(rgb(frame, x, y), 1, Integer::sum);
                }
            }
        }
        int[] palette = counts.entrySet().stream().sorted((a, b) -> Integer.compare(b.getValue(), a.getValue()))
                .limit(256).mapToInt(Map.Entry::getKey).toArray();
        RGB[] colours = new RGB[palette.length];
        Map<Integer, Integer> index = new HashMap<>();
        for (int i = 0; i < palette.length; i++) {
            colours[i] = new RGB(palette[i] >>> 16 & 0xFF, palette[i] >>> 8 & 0xFF, palette[i] & 0xFF);
            index.put(palette[i], i);
        }
        PaletteData indexed = new PaletteData(colours);
        ImageData[] out = new ImageData[frames.size()];
        for (int f = 0; f < frames.size(); f++) {
            ImageData frame = frames.get(f);
            ImageData gif = new ImageData(frame.width, frame.height, 8, indexed);
            for (int y = 0; y < frame.height; y++) {
                for (int x = 0; x < frame.width; x++) {
                    gif.setPixel(x, y, index.computeIfAbsent(rgb(frame, x, y), c -> nearest(c, palette)));
                }
            }
            gif.delayTime = delay;
            gif.disposalMethod = SWT.DM_FILL_NONE;
            out[f] = gif;
        }
        ImageLoader loader = new ImageLoader();
        loader.data = out;
        loader.repeatCount = 0;
        loader.logicalScreenWidth = frames.get(0).width;
        loader.logicalScreenHeight = frames.get(0).height;
        loader.save(file, SWT.IMAGE_GIF);
    }

    private static int rgb(ImageData frame, int x, int y) {
        RGB rgb = frame.palette.getRGB(frame.getPixel(x, y));
        return rgb.red << 16 | rgb.green << 8 | rgb.blue;
    }

    private static int nearest(int colour, int[] palette) {
        int best = 0;
        long bestDistance = Long.MAX_VALUE;
        for (int i = 0; i < palette.length; i++) {
            long dr = (colour >>> 16 & 0xFF) - (palette[i] >>> 16 & 0xFF);
            long dg = (colour >>> 8 & 0xFF) - (palette[i] >>> 8 & 0xFF);
            long db = (colour & 0xFF) - (palette[i] & 0xFF);
            long distance = dr * dr + dg * dg + db * db;
            if (distance < bestDistance) {
                bestDistance = distance;
                best = i;
            }
        }
        return best;
    }
}
