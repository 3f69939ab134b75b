package org.extentlab.internal.ui;

import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;

/**
 * A legend under a view: a swatch and its words per entry, in rows as wide as the view, drawn with the
 * very colours the view draws with (the entries are read again at every paint), as Trace Compass's
 * legends say what each colour of a chart is.
 */
public final class Legend {
    /** How an entry's swatch looks. */
    public enum Swatch {
        /** A filled square. */
        FILL,
        /** A square frame (the map's stale frame). */
        FRAME,
        /** A hatched frame (the timeline's read/write path). */
        HATCH,
        /** A diamond (the timeline's mapping-only blockmapFile). */
        DIAMOND
    }

    /** One entry: what it means, its colour and the shape of its swatch. */
    public record Entry(String label, RGB colour, Swatch swatch) {
    }

    private final Canvas canvas;
    private final java.util.function.Supplier<List<Entry>> entries;

    /** A legend at the bottom of {@code parent} (a one-column grid) showing {@code entries}. */
    public Legend(Composite parent, java.util.function.Supplier<List<Entry>> entries) {
        this.entries = entries;
        canvas = new Canvas(parent, SWT.NONE);
        GridData data = new GridData(SWT.FILL, SWT.BOTTOM, true, false);
        canvas.setLayoutData(data);
        canvas.addListener(SWT.Paint, e -> paint(e.gc, canvas.getClientArea().width));
        canvas.addListener(SWT.Resize, e -> {
            int height = height(canvas.getClientArea().width);
            if (data.heightHint != height) {
                data.heightHint = height;
                canvas.getParent().layout(true);
            }
        });
        data.heightHint = 20;
    }

    /** The entries shown now (for tests: the same colours the view draws with). */
    public List<Entry> entries() {
        return entries.get();
    }

    public void redraw() {
        if (!canvas.isDisposed()) {
            canvas.redraw();
        }
    }

    private int height(int width) {
        GC gc = new GC(canvas);
        try {
            return layout(gc, width, null) + 4;
        } finally {
            gc.dispose();
        }
    }

    private void paint(GC gc, int width) {
        gc.setFont(canvas.getFont());
        int used = layout(gc, width, gc) + 4;
        GridData data = (GridData) canvas.getLayoutData();
        if (data.heightHint != used) {
            // Another font (a zoom level) or width needs another height: lay the view out again.
            data.heightHint = used;
            canvas.getDisplay().asyncExec(() -> {
                if (!canvas.isDisposed()) {
                    canvas.getParent().layout(true);
                }
            });
        }
    }

    /** Lays the entries out in rows of {@code width}, painting them when {@code painter} is given; the height used. */
    private int layout(GC measure, int width, GC painter) {
        measure.setFont(canvas.getFont());
        int line = measure.getFontMetrics().getHeight();
        int box = Math.max(8, line - 6);
        int x = 4;
        int y = 2;
        for (Entry entry : entries.get()) {
            Point text = measure.textExtent(entry.label());
            int needed = box + 4 + text.x + 14;
            if (x > 4 && x + needed > width) {
                x = 4;
                y += line + 2;
            }
            if (painter != null) {
                swatch(painter, entry, x, y + (line - box) / 2, box);
                painter.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_WIDGET_FOREGROUND));
                painter.drawString(entry.label(), x + box + 4, y, true);
            }
            x += needed;
        }
        return y + line;
    }

    private void swatch(GC gc, Entry entry, int x, int y, int box) {
        Color colour = new Color(gc.getDevice(), entry.colour());
        try {
            gc.setBackground(colour);
            gc.setForeground(colour);
            switch (entry.swatch()) {
            case FILL -> gc.fillRectangle(x, y, box, box);
            case FRAME -> {
                gc.setLineWidth(2);
                gc.drawRectangle(x + 1, y + 1, box - 2, box - 2);
                gc.setLineWidth(1);
            }
            case HATCH -> {
                gc.drawRectangle(x, y, box, box);
                for (int h = x; h < x + box; h += 4) {
                    gc.drawLine(h, y + box, Math.min(h + 4, x + box), y);
                }
            }
            case DIAMOND -> {
                int half = box / 2;
                gc.fillPolygon(new int[] { x, y + half, x + half, y, x + box, y + half, x + half, y + box });
            }
            }
        } finally {
            colour.dispose();
        }
    }
}
