package org.extentlab.internal.ui;

import org.eclipse.osgi.util.NLS;
import java.util.List;

import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.IWorkbenchPart;
import org.extentlab.kernel.sim.FreeSpaceQuery;
import org.extentlab.kernel.sim.Inspection;
import org.extentlab.kernel.sim.TraceEvent;

/**
 * Free space over simulated time (every value a reply carried), and the free runs now: a histogram of
 * their lengths in powers of two, and the largest. A trace event selected anywhere is marked on the
 * series with the free space the kernel held at that moment.
 */
public class FreeSpaceView extends SessionView {
    public static final String ID = "org.extentlab.ui.views.freeSpace";

    private Canvas canvas;
    private List<FreeSpaceQuery.Point> series = List.of();
    private FreeSpaceQuery.Runs runs;
    private long unitBytes = 1;
    /** The trace event selected anywhere, whose moment the series marks; null: none. */
    private TraceEvent moment;
    /** The time of the trace's last event: the series is drawn to it, flat after the last value. */
    private long traceEnd;

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
        series = List.of();
        runs = null;
        traceEnd = 0;
        moment = null;
    }

    @Override
    protected void read(Inspection.Snapshot snapshot) {
        series = snapshot.freeSeries();
        runs = snapshot.freeRuns();
        unitBytes = snapshot.unitBytes();
        List<TraceEvent> events = snapshot.events();
        traceEnd = events.isEmpty() ? 0 : events.get(events.size() - 1).time();
        if (moment != null && ExtentPackerView.indexOf(events, moment) < 0) {
            moment = null; // a step back removed it, or another simulation began
        }
        status.setText(NLS.bind(Messages.Free_Status, new Object[] { snapshot.freeBytes(),
                Views.count(runs.count(), Messages.Noun_Run), Views.count(runs.largest(), Messages.Noun_Unit),
                runs.largest() * unitBytes, Views.count(series.size() - 1, Messages.Noun_Value) }));
    }

    /** A trace event selected in another view marks its moment on the series, as the timeline's cursor does. */
    @Override
    protected void selectionChanged(IWorkbenchPart part, ISelection selection) {
        if (part != this && selection instanceof IStructuredSelection structured
                && structured.getFirstElement() instanceof TraceEvent event && !event.equals(moment)) {
            moment = event;
            canvas.redraw();
        }
    }

    private void paint(GC gc) {
        Rectangle area = canvas.getClientArea();
        if (series.isEmpty() || area.width < 40 || area.height < 40) {
            return;
        }
        int chartHeight = area.height * 3 / 5;
        long maxFree = 1;
        long minFree = Long.MAX_VALUE;
        long end = end();
        for (FreeSpaceQuery.Point p : series) {
            maxFree = Math.max(maxFree, p.freeBytes());
            minFree = Math.min(minFree, p.freeBytes());
        }
        long low = Math.max(0, minFree - (maxFree - minFree) / 10 - 1);
        gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
        gc.drawString(NLS.bind(Messages.Free_Series, String.format("%.3f", end / 1e6)), 4, 2, true);
        gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_DARK_BLUE));
        gc.setLineWidth(2);
        int previousX = -1;
        int previousY = -1;
        for (FreeSpaceQuery.Point p : series) {
            int x = 4 + (int) ((area.width - 8) * (double) p.time() / end);
            int y = 20 + (int) ((chartHeight - 24) * (1 - (double) (p.freeBytes() - low) / Math.max(1, maxFree - low)));
            if (previousX >= 0) {
                gc.drawLine(previousX, previousY, x, previousY);
                gc.drawLine(x, previousY, x, y);
            }
            previousX = x;
            previousY = y;
        }
        gc.drawLine(previousX, previousY, area.width - 4, previousY);
        gc.setLineWidth(1);
        int cursor = momentX();
        if (cursor >= 0) {
            gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_RED));
            gc.drawLine(cursor, 18, cursor, chartHeight - 4);
            String text = NLS.bind(Messages.Free_Moment, new Object[] { moment.sequence(),
                    String.format(java.util.Locale.ROOT, "%.1f", moment.time() / 1e3), //$NON-NLS-1$
                    String.format(java.util.Locale.ROOT, "%,d", FreeSpaceQuery.freeAt(series, moment.time())) }); //$NON-NLS-1$
            int width = gc.textExtent(text).x;
            gc.drawString(text, Math.max(4, Math.min(cursor + 4, area.width - width - 4)), 18, true);
        }
        if (runs == null) {
            return;
        }
        int top = chartHeight + 8;
        gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
        gc.drawString(Messages.Free_Histogram, 4, top, true);
        int buckets = 64 - Long.numberOfLeadingZeros(Math.max(1, runs.largest()));
        long most = 1;
        for (int k = 0; k < buckets; k++) {
            most = Math.max(most, runs.histogram()[k]);
        }
        int barWidth = Math.max(8, (area.width - 8) / Math.max(1, buckets) - 4);
        int barBase = area.height - 18;
        gc.setBackground(canvas.getDisplay().getSystemColor(SWT.COLOR_DARK_CYAN));
        for (int k = 0; k < buckets; k++) {
            int height = (int) ((barBase - top - 36) * (double) runs.histogram()[k] / most);
            int x = 4 + k * (barWidth + 4);
            gc.fillRectangle(x, barBase - height, barWidth, height);
            gc.drawString((1L << k) + "+", x, barBase + 2, true);
            if (runs.histogram()[k] > 0) {
                gc.drawString(Long.toString(runs.histogram()[k]), x, barBase - height - 14, true);
            }
        }
    }

    /** Where the selected event's moment is drawn across the series; -1 when it is not. */
    public int momentX() {
        long end = end();
        int width = canvas.getClientArea().width;
        return moment == null || moment.time() > end || series.isEmpty() ? -1
                : 4 + (int) ((width - 8) * (double) moment.time() / end);
    }

    /** The time the series is drawn to: the trace's last event, or the last value if that is later. */
    private long end() {
        return Math.max(Math.max(1, traceEnd), series.isEmpty() ? 0 : series.get(series.size() - 1).time());
    }

    /** The trace event whose moment is marked; null when none (for tests). */
    public TraceEvent moment() {
        return moment;
    }

    /** The chart (for tests). */
    public Canvas canvas() {
        return canvas;
    }

    /** The series drawn (for tests). */
    public List<FreeSpaceQuery.Point> series() {
        return series;
    }

    /** The free runs drawn (for tests). */
    public FreeSpaceQuery.Runs runs() {
        return runs;
    }

    @Override
    public void setFocus() {
        canvas.setFocus();
    }
}
