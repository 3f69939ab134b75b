package org.extentlab.internal.ui;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.extentlab.kernel.FileSystemModule;
import org.extentlab.kernel.sim.Simulation;
import org.extentlab.kernel.sim.VolumeMapQuery;

/**
 * Every allocation unit of the volume as a cell coloured by its owner: free light grey, the format's
 * own metadata dark grey, each file its own hue. The engine aggregates units into as many cells as
 * fit the view ({@link VolumeMapQuery}); hovering a cell names the units and their owner.
 */
public class VolumeMapView extends SessionView {
    public static final String ID = "org.extentlab.ui.views.map";
    /** Cell pitch in pixels (a 5-pixel square and a 1-pixel gap). */
    public static final int CELL = 6;
    static final RGB FREE = new RGB(225, 225, 225);
    static final RGB METADATA = new RGB(96, 96, 96);

    private Canvas canvas;
    private long[] cells = new long[0];
    private int columns = 1;
    private long units;
    private final Map<RGB, Color> colours = new HashMap<>();

    @Override
    protected void createContent(Composite parent) {
        canvas = Views.canvas(parent, SWT.NONE, this::paint);
        canvas.addListener(SWT.Resize, e -> refresh());
        canvas.addListener(SWT.MouseHover, e -> canvas.setToolTipText(describe(e.x, e.y)));
    }

    /** The colour of an owner: free, metadata, or a hue of its own for each item (golden-angle steps). */
    public static RGB rgbOf(long owner) {
        if (owner == FileSystemModule.FREE_UNIT) {
            return FREE;
        }
        if (owner == FileSystemModule.METADATA_UNIT) {
            return METADATA;
        }
        float hue = (float) ((owner * 137.508) % 360.0);
        return new RGB(hue, 0.65f, 0.85f);
    }

    private Color colour(RGB rgb) {
        return colours.computeIfAbsent(rgb, key -> new Color(canvas.getDisplay(), key));
    }

    @Override
    protected Control content() {
        return canvas;
    }

    @Override
    protected void clear() {
        cells = new long[0];
        units = 0;
    }

    /** Samples the engine again for the canvas's current size. */
    @Override
    protected void read(Simulation simulation) {
        Rectangle area = canvas.getClientArea();
        columns = Math.max(1, area.width / CELL);
        int rows = Math.max(1, area.height / CELL);
        FileSystemModule module = simulation.module();
        units = module.unitCount();
        int count = (int) Math.min(units, (long) columns * rows);
        cells = VolumeMapQuery.sample(module, 0, units, Math.max(1, count));
        status.setText(module.formatName() + ": " + units + " units of " + module.allocationUnit() + " bytes, "
                + (units + cells.length - 1) / Math.max(1, cells.length) + " per cell; free " + module.freeBytes()
                + " bytes");
    }

    private void paint(GC gc) {
        for (int i = 0; i < cells.length; i++) {
            gc.setBackground(colour(rgbOf(cells[i])));
            gc.fillRectangle((i % columns) * CELL, (i / columns) * CELL, CELL - 1, CELL - 1);
        }
    }

    private String describe(int x, int y) {
        int index = (y / CELL) * columns + x / CELL;
        if (x / CELL >= columns || index < 0 || index >= cells.length) {
            return null;
        }
        long first = units * index / cells.length;
        long last = Math.max(first, units * (index + 1) / cells.length - 1);
        long owner = cells[index];
        String who = owner == FileSystemModule.FREE_UNIT ? "free" : owner == FileSystemModule.METADATA_UNIT
                ? "file-system metadata" : "item " + owner;
        return "units " + first + "–" + last + ": " + who;
    }

    /** Whether the cells were sampled for the canvas's present size (layout settled; for tests). */
    public boolean upToDate() {
        Rectangle area = canvas.getClientArea();
        int expected = (int) Math.min(units, (long) Math.max(1, area.width / CELL) * Math.max(1, area.height / CELL));
        return canvas.isVisible() && columns == Math.max(1, area.width / CELL) && cells.length == Math.max(1, expected);
    }

    /** The owners of the cells as last drawn, row by row (for tests). */
    public long[] cells() {
        return cells.clone();
    }

    /** Cells per row (for tests). */
    public int columns() {
        return columns;
    }

    /** The canvas the cells are drawn on (for tests and screenshots). */
    public Canvas canvas() {
        return canvas;
    }

    @Override
    public void setFocus() {
        canvas.setFocus();
    }

    @Override
    public void dispose() {
        colours.values().forEach(Color::dispose);
        super.dispose();
    }
}
