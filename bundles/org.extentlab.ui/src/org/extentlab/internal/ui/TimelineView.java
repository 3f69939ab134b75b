package org.extentlab.internal.ui;

import java.util.List;

import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.IWorkbenchPart;
import org.extentlab.kernel.FileSystemModule;
import org.extentlab.kernel.VolumeItem;
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
    private static final int LABEL = 110;
    private static final RGB READ = new RGB(70, 150, 90);
    private static final RGB WRITE = new RGB(70, 120, 200);
    private static final RGB FAILED = new RGB(200, 60, 60);
    private static final RGB PATH = new RGB(150, 150, 150);

    private Canvas canvas;
    private List<Span> spans = List.of();
    private List<Long> lanes = List.of();
    private long end = 1;
    private List<String> names = List.of();
    private long selected = -1;
    private final ISelectionListener selectionListener = this::selectionChanged;

    @Override
    protected void createContent(Composite parent) {
        canvas = Views.canvas(parent, SWT.NONE, this::paint);
        canvas.addListener(SWT.MouseDown, e -> {
            int lane = (e.y - 4) / LANE;
            if (e.y >= 4 && lane < lanes.size()) {
                selected = lanes.get(lane);
                getSite().getSelectionProvider().setSelection(new StructuredSelection(new SelectedItem(selected)));
                canvas.redraw();
            }
        });
        getSite().setSelectionProvider(new Views.Selections());
        getSite().getPage().addSelectionListener(selectionListener);
        // A view opened later shows what is already selected.
        selectionChanged(null, getSite().getPage().getSelection());
    }

    private void selectionChanged(IWorkbenchPart part, ISelection selection) {
        SelectedItem item = SelectedItem.of(selection);
        if (part != this && item != null && item.id() != selected) {
            selected = item.id();
            canvas.redraw();
        }
    }

    @Override
    protected Control content() {
        return canvas;
    }

    @Override
    protected void clear() {
        spans = List.of();
        lanes = List.of();
        names = List.of();
    }

    @Override
    protected void read(Simulation simulation) {
        spans = TimelineQuery.spans(simulation.kernel().trace());
        end = Math.max(1, simulation.kernel().time());
        lanes = TimelineQuery.lanes(spans);
        FileSystemModule module = simulation.module();
        names = lanes.stream().map(id -> {
            VolumeItem item = module.item(id);
            String path = item == null ? null : module.pathOf(item);
            return path == null ? "item " + id : path;
        }).toList();
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
            if (lanes.get(lane) == selected) {
                gc.setBackground(canvas.getDisplay().getSystemColor(SWT.COLOR_LIST_SELECTION));
                gc.setAlpha(60);
                gc.fillRectangle(0, y, area.width, LANE - 2);
                gc.setAlpha(255);
            }
            gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
            gc.drawString(label(names.get(lane), gc), 4, y + 3, true);
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

    /** {@code name}, cut from the left to fit the label column. */
    private static String label(String name, GC gc) {
        String shown = name;
        while (shown.length() > 2 && gc.textExtent(shown).x > LABEL - 8) {
            shown = shown.substring(1);
        }
        return shown.equals(name) ? name : "…" + shown.substring(1);
    }

    /** The item whose lane is highlighted; -1 when none (for tests). */
    public long selected() {
        return selected;
    }

    /** The lanes' labels: the items' paths (for tests). */
    public List<String> names() {
        return names;
    }

    @Override
    public void dispose() {
        getSite().getPage().removeSelectionListener(selectionListener);
        super.dispose();
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
