package org.extentlab.internal.ui;

import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.extentlab.kernel.sim.Simulation;
import org.extentlab.kernel.sim.TimelineQuery;
import org.extentlab.kernel.sim.TimelineQuery.Span;

/**
 * The I/O on simulated time, one lane per item: kernel-offloaded operations as bars from their first
 * blockmapFile to their completeIO (a tick for each continuation), read/write-path calls hatched,
 * mapping-only blockmaps (operation ID 0) as diamonds, completeIO without a blockmap as a short mark;
 * failures in red.
 */
public class TimelineView extends SessionView {
    public static final String ID = "org.extentlab.ui.views.timeline";
    private static final int LANE = 22;
    private static final int LABEL = 70;
    private static final RGB READ = new RGB(70, 150, 90);
    private static final RGB WRITE = new RGB(70, 120, 200);
    private static final RGB FAILED = new RGB(200, 60, 60);
    private static final RGB PATH = new RGB(150, 150, 150);

    private Canvas canvas;
    private List<Span> spans = List.of();
    private List<Long> lanes = List.of();
    private long end = 1;

    @Override
    protected void createContent(Composite parent) {
        canvas = Views.canvas(parent, SWT.NONE, this::paint);
    }

    @Override
    protected Control content() {
        return canvas;
    }

    @Override
    protected void clear() {
        spans = List.of();
        lanes = List.of();
    }

    @Override
    protected void read(Simulation simulation) {
        spans = TimelineQuery.spans(simulation.kernel().trace());
        end = Math.max(1, simulation.kernel().time());
        lanes = TimelineQuery.lanes(spans);
        long offloaded = spans.stream().filter(s -> s.kind() == TimelineQuery.Kind.OFFLOADED).count();
        status.setText(spans.size() + " I/O spans on " + lanes.size() + " items over "
                + String.format("%.3f", end / 1e6) + " ms of simulated time; " + offloaded
                + " kernel-offloaded operations");
    }

    private void paint(GC gc) {
        Rectangle area = canvas.getClientArea();
        double scale = (area.width - LABEL - 8) / (double) end;
        for (int lane = 0; lane < lanes.size(); lane++) {
            int y = 4 + lane * LANE;
            gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
            gc.drawString("item " + lanes.get(lane), 4, y + 3, true);
            gc.drawLine(LABEL, y + LANE - 2, area.width - 4, y + LANE - 2);
        }
        for (Span span : spans) {
            int lane = lanes.indexOf(span.item());
            int y = 4 + lane * LANE + 4;
            int x = LABEL + (int) (span.start() * scale);
            int width = Math.max(3, (int) ((span.end() - span.start()) * scale));
            RGB rgb = span.error() != null ? FAILED : span.kind() == TimelineQuery.Kind.READ_WRITE_PATH ? PATH
                    : span.write() ? WRITE : READ;
            Color colour = new Color(canvas.getDisplay(), rgb);
            gc.setBackground(colour);
            gc.setForeground(colour);
            switch (span.kind()) {
            case MAPPING_ONLY -> gc.fillPolygon(new int[] { x, y + 6, x + 5, y + 1, x + 10, y + 6, x + 5, y + 11 });
            case COMPLETE_ONLY -> gc.fillRectangle(x, y + 3, 3, 8);
            case READ_WRITE_PATH -> {
                gc.drawRectangle(x, y, width, 12);
                for (int hatch = x; hatch < x + width; hatch += 4) {
                    gc.drawLine(hatch, y + 12, Math.min(hatch + 4, x + width), y);
                }
            }
            default -> {
                gc.fillRectangle(x, y, width, 12);
                gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_WHITE));
                for (int tick = 1; tick < span.blockmaps(); tick++) {
                    int tx = x + width * tick / span.blockmaps();
                    gc.drawLine(tx, y, tx, y + 12);
                }
            }
            }
            colour.dispose();
        }
    }

    /** The spans drawn (for tests). */
    public List<Span> spans() {
        return spans;
    }

    /** The lanes drawn, one per item (for tests). */
    public List<Long> lanes() {
        return lanes;
    }

    @Override
    public void setFocus() {
        canvas.setFocus();
    }
}
