package org.extentlab.internal.ui;

import org.eclipse.osgi.util.NLS;
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
import org.eclipse.ui.IWorkbenchPart;
import org.extentlab.kernel.sim.Inspection;
import org.extentlab.kernel.sim.TimelineQuery;
import org.extentlab.kernel.sim.TimelineQuery.Span;
import org.extentlab.kernel.sim.TraceEvent;
import org.extentlab.ui.SimulationSession;

/**
 * The I/O on simulated time, one lane per item (or, switched with the view's "By Operation" button or
 * the O key, one lane per operation in the order they began): kernel-offloaded operations as bars from their first
 * blockmapFile to their completeIO (a tick for each continuation), read/write-path calls hatched,
 * mapping-only blockmaps (operation ID 0) as diamonds, completeIO without a blockmap as a short mark;
 * failures in red.
 *
 * <p>Ctrl+wheel or +/- zoom about the pointer (0: the whole run, Z: the selected item's I/O), the wheel
 * and the arrow keys pan, Shift+wheel, Page Up/Down and the scroll bar move through the lanes; dragging along the time axis scrubs, and letting go selects the last event
 * before that moment in the Protocol Trace (the other views follow); double-clicking a span selects its
 * first event.
 */
public class TimelineView extends SessionView {
    public static final String ID = "org.extentlab.ui.views.timeline";
    private static final int LANE = 22;
    private static final int LABEL = 110;
    // Okabe and Ito's colour-blind-safe colours: sky blue, blue, vermillion; grey for the slow path.
    static final RGB READ = new RGB(86, 180, 233);
    static final RGB WRITE = new RGB(0, 114, 178);
    static final RGB FAILED = new RGB(213, 94, 0);
    static final RGB PATH = new RGB(150, 150, 150);

    private Canvas canvas;
    private List<Span> spans = List.of();
    private List<Long> lanes = List.of();
    private long end = 1;
    private List<String> names = List.of();
    /** The lane of each span, in the order of {@link #spans}. */
    private int[] laneOfSpan = new int[0];
    /** Lanes per operation (each span its own lane) rather than per item. */
    private boolean perOperation;
    /** The first lane shown (the lanes scroll under a fixed time axis). */
    private int firstLane;
    /** The paths of the lanes' items, as the last answer gave them (a lane without one is named by its id). */
    private java.util.Map<Long, String> paths = java.util.Map.of();
    private long selected = -1;
    /** The window of simulated time drawn, in ns; {@code to < 0}: the whole run. */
    private long from;
    private long to = -1;
    /** The scrubbing cursor's time; -1 when none. */
    private long cursor = -1;
    private boolean scrubbing;
    private List<TraceEvent> events = List.of();
    private static final int AXIS = 22;

    /** What a span is, in a sentence, and its numbers. */
    public static String spanTip(Span span) {
        String what = switch (span.kind()) {
        case OFFLOADED -> NLS.bind(Messages.Timeline_TipOffloaded, new Object[] { span.write() ? "write" : "read",
                span.operationId(), span.blockmaps() });
        case MAPPING_ONLY -> Messages.Timeline_TipMappingOnly;
        case COMPLETE_ONLY -> Messages.Timeline_TipCompleteOnly;
        case READ_WRITE_PATH -> Messages.Timeline_TipReadWritePath;
        };
        return what + " " + NLS.bind(Messages.Timeline_TipTime, String.format("%.1f", span.start() / 1000.0),
                String.format("%.1f", (span.end() - span.start()) / 1000.0))
                + (span.error() == null ? "" : " " + NLS.bind(Messages.Timeline_TipFailed, span.error().name()));
    }

    private Legend legend;

    /** What the timeline's spans and marks mean, in the colours it draws them with. */
    public static List<Legend.Entry> legendEntries() {
        return List.of(new Legend.Entry(Messages.Legend_Read, READ, Legend.Swatch.FILL),
                new Legend.Entry(Messages.Legend_Write, WRITE, Legend.Swatch.FILL),
                new Legend.Entry(Messages.Legend_Failed, FAILED, Legend.Swatch.FILL),
                new Legend.Entry(Messages.Legend_ReadWritePath, PATH, Legend.Swatch.HATCH),
                new Legend.Entry(Messages.Legend_MappingOnly, READ, Legend.Swatch.DIAMOND),
                new Legend.Entry(Messages.Legend_Continuations, WRITE, Legend.Swatch.FILL));
    }

    /** The legend under the timeline (for tests). */
    public Legend legend() {
        return legend;
    }

    @Override
    protected void createContent(Composite parent) {
        canvas = Views.canvas(parent, SWT.V_SCROLL, this::paint);
        canvas.getVerticalBar().addListener(SWT.Selection, e -> {
            firstLane = canvas.getVerticalBar().getSelection();
            canvas.redraw();
        });
        canvas.addListener(SWT.Resize, e -> scrollLanes(0));
        legend = new Legend(parent, TimelineView::legendEntries);
        org.eclipse.jface.action.Action byOperation = new org.eclipse.jface.action.Action(Messages.Timeline_ByOperation,
                org.eclipse.jface.action.IAction.AS_CHECK_BOX) {
            @Override
            public void run() {
                setPerOperation(isChecked());
            }
        };
        byOperation.setToolTipText(Messages.Timeline_ByOperationTip);
        getViewSite().getActionBars().getToolBarManager().add(byOperation);
        org.eclipse.jface.action.Action goToEvent = new org.eclipse.jface.action.Action(Messages.Timeline_GoToEvent) {
            @Override
            public void run() {
                askForEvent();
            }
        };
        goToEvent.setToolTipText(Messages.Timeline_GoToEventTip);
        getViewSite().getActionBars().getToolBarManager().add(goToEvent);
        this.byOperation = byOperation;
        canvas.addListener(SWT.MouseDown, e -> {
            canvas.setFocus();
            if (e.button != 1) {
                return;
            }
            if (e.y >= axisTop()) {
                scrubbing = true;
                scrubTo(e.x);
                return;
            }
            int lane = laneAt(e.y);
            if (lane >= 0) {
                selected = itemOfLane(lane);
                getSite().getSelectionProvider().setSelection(new StructuredSelection(new SelectedItem(selected)));
                canvas.redraw();
            }
        });
        canvas.addListener(SWT.MouseMove, e -> {
            if (scrubbing) {
                scrubTo(e.x);
            }
            canvas.setToolTipText(null);
        });
        canvas.addListener(SWT.MouseHover, e -> {
            Span span = spanAt(e.x, e.y);
            canvas.setToolTipText(span == null ? null : spanTip(span));
        });
        canvas.addListener(SWT.MouseUp, e -> {
            if (scrubbing) {
                scrubbing = false;
                goToTime(cursor);
            }
        });
        canvas.addListener(SWT.MouseDoubleClick, e -> {
            Span span = spanAt(e.x, e.y);
            if (span != null) {
                goTo(span);
            }
        });
        canvas.addListener(SWT.MouseVerticalWheel, e -> {
            if ((e.stateMask & SWT.MOD1) != 0) {
                zoom(e.count > 0, e.x);
            } else if ((e.stateMask & SWT.SHIFT) != 0) {
                scrollLanes(e.count > 0 ? -3 : 3);
            } else {
                pan(e.count > 0 ? -0.2 : 0.2);
            }
            e.doit = false;
        });
        canvas.addListener(SWT.KeyDown, e -> {
            switch (e.keyCode) {
            case '+', '=', SWT.KEYPAD_ADD -> zoom(true, -1);
            case '-', SWT.KEYPAD_SUBTRACT -> zoom(false, -1);
            case '0', SWT.KEYPAD_0 -> fit();
            case 'z' -> zoomToSelection();
            case SWT.ARROW_LEFT -> pan(-0.2);
            case SWT.ARROW_RIGHT -> pan(0.2);
            case SWT.PAGE_UP -> scrollLanes(-visibleLanes());
            case SWT.PAGE_DOWN -> scrollLanes(visibleLanes());
            case 'o' -> setPerOperation(!perOperation);
            case 'g' -> askForEvent();
            default -> {
                return;
            }
            }
            e.doit = false;
        });
        getSite().setSelectionProvider(new Views.Selections());
    }

    @Override
    protected void selectionChanged(IWorkbenchPart part, ISelection selection) {
        SelectedItem item = SelectedItem.of(selection);
        if (part != this && item != null && item.id() != selected) {
            selected = item.id();
            canvas.redraw();
        }
        if (part != this && selection instanceof org.eclipse.jface.viewers.IStructuredSelection structured
                && structured.getFirstElement() instanceof TraceEvent event) {
            showMoment(event);
        }
    }

    /**
     * Moves to the moment of {@code event}, a trace row selected: the cursor at its time, the window
     * panned to hold it when zoomed in, and the lanes scrolled to the lane of its item or operation.
     */
    private void showMoment(TraceEvent event) {
        cursor = event.time();
        if (to >= 0 && (cursor < from || cursor > to)) {
            long width = to - from;
            from = Math.max(0, Math.min(end - width, cursor - width / 2));
            to = from + width;
        }
        int lane = -1;
        for (int i = 0; i < spans.size() && lane < 0; i++) {
            Span span = spans.get(i);
            if (span.item() == event.item() && (!perOperation || event.time() >= span.start() && event.time() <= span.end())) {
                lane = laneOfSpan[i];
            }
        }
        int visible = visibleLanes();
        if (lane >= 0 && (lane < firstLane || lane >= firstLane + visible)) {
            firstLane = lane;
            scrollLanes(0);
        }
        canvas.redraw();
    }

    /**
     * Go to Event: asks for an event's number in the trace and selects that row, so every view (this
     * one too) moves to its moment.
     */
    public void askForEvent() {
        if (events.isEmpty()) {
            status.setText(Messages.Timeline_NoEvents);
            return;
        }
        int count = events.size();
        org.eclipse.jface.dialogs.InputDialog dialog = new org.eclipse.jface.dialogs.InputDialog(
                canvas.getShell(), Messages.Timeline_GoToEventTitle, NLS.bind(Messages.Timeline_GoToEventMessage, count),
                "", text -> text.isBlank() ? "" // OK stays greyed, without a complaint before anything is typed
                        : eventNumber(text, count) < 0 ? NLS.bind(Messages.Timeline_GoToEventError, count) : null);
        if (dialog.open() == org.eclipse.jface.window.Window.OK) {
            goToEvent(eventNumber(dialog.getValue(), count));
        }
    }

    /** The number typed, from 1 to {@code count}; -1 when it is not one. */
    public static int eventNumber(String text, int count) {
        try {
            int number = Integer.parseInt(text.strip().replace(",", ""));
            return number >= 1 && number <= count ? number : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** Selects event {@code number} (from 1) in the Protocol Trace; every view follows. */
    public void goToEvent(int number) {
        if (number >= 1 && number <= events.size()) {
            selectRow(number - 1);
        }
    }

    @Override
    protected Control content() {
        return canvas;
    }

    private org.eclipse.jface.action.Action byOperation;

    @Override
    protected void clear() {
        spans = List.of();
        events = List.of();
        lanes = List.of();
        names = List.of();
        laneOfSpan = new int[0];
        paths = java.util.Map.of();
    }

    @Override
    protected void read(Inspection.Snapshot snapshot) {
        spans = snapshot.spans();
        events = snapshot.events();
        end = Math.max(1, snapshot.time());
        layLanes();
        List<Long> items = TimelineQuery.lanes(spans);
        ask("paths", (inspection, monitor) -> {
            java.util.Map<Long, String> found = new java.util.HashMap<>();
            for (long id : items) {
                String path = inspection.pathOf(id);
                if (path != null) {
                    found.put(id, path);
                }
            }
            return found;
        }, found -> {
            paths = found;
            layLanes();
            canvas.redraw();
        });
    }

    /** What the view shows: how many spans, items and offloaded operations, over how long; how laned. */
    private void showStatus() {
        long offloaded = spans.stream().filter(s -> s.kind() == TimelineQuery.Kind.OFFLOADED).count();
        status.setText(NLS.bind(Messages.Timeline_Status, new Object[] { Views.count(spans.size(), Messages.Noun_Span),
                Views.count(TimelineQuery.lanes(spans).size(), Messages.Noun_Item), String.format("%.3f", end / 1e6),
                Views.count(offloaded, Messages.Noun_Offloaded) }) + (perOperation ? Messages.Timeline_PerOperation : ""));
    }

    /**
     * The lanes for the spans read: one per item, by id, named by path; or one per span (an operation),
     * in the order they began, named by what it is and the item's path.
     */
    private void layLanes() {
        List<Long> items = TimelineQuery.lanes(spans);
        java.util.Map<Long, String> paths = new java.util.HashMap<>();
        for (long id : items) {
            String path = this.paths.get(id);
            paths.put(id, path == null ? NLS.bind(Messages.Timeline_Item, id) : path);
        }
        laneOfSpan = new int[spans.size()];
        if (perOperation) {
            lanes = spans.stream().map(Span::item).toList();
            List<String> labels = new java.util.ArrayList<>(spans.size());
            for (int i = 0; i < spans.size(); i++) {
                Span span = spans.get(i);
                laneOfSpan[i] = i;
                labels.add(operationLabel(span) + " " + paths.get(span.item()));
            }
            names = labels;
        } else {
            lanes = items;
            java.util.Map<Long, Integer> index = new java.util.HashMap<>();
            for (int i = 0; i < items.size(); i++) {
                index.put(items.get(i), i);
            }
            for (int i = 0; i < spans.size(); i++) {
                laneOfSpan[i] = index.get(spans.get(i).item());
            }
            names = items.stream().map(paths::get).toList();
        }
        showStatus();
        scrollLanes(0);
    }

    /** How a lane of one operation is labelled: its operation ID, or what kind of I/O it was. */
    private static String operationLabel(Span span) {
        return switch (span.kind()) {
        case OFFLOADED -> NLS.bind(Messages.Timeline_OperationLane, span.operationId());
        case MAPPING_ONLY -> Messages.Timeline_MappingLane;
        case COMPLETE_ONLY -> Messages.Timeline_CompletionLane;
        case READ_WRITE_PATH -> Messages.Timeline_ReadWriteLane;
        };
    }

    /** One lane per operation ({@code true}) or per item. */
    public void setPerOperation(boolean on) {
        if (on == perOperation) {
            return;
        }
        perOperation = on;
        firstLane = 0;
        if (byOperation != null && byOperation.isChecked() != on) {
            byOperation.setChecked(on);
        }
        layLanes();
        canvas.redraw();
    }

    /** How many lanes fit above the time axis. */
    private int visibleLanes() {
        return Math.max(1, (canvas.getClientArea().height - 12 - AXIS - 16) / LANE);
    }

    /** Moves the lanes shown by {@code by} lanes (0: only keeps the first lane in range), and sets the bar. */
    private void scrollLanes(int by) {
        if (canvas.isDisposed()) {
            return;
        }
        int visible = visibleLanes();
        firstLane = Math.max(0, Math.min(firstLane + by, lanes.size() - visible));
        org.eclipse.swt.widgets.ScrollBar bar = canvas.getVerticalBar();
        bar.setValues(firstLane, 0, Math.max(1, lanes.size()), Math.max(1, Math.min(visible, lanes.size())), 1,
                Math.max(1, visible - 1));
        bar.setVisible(lanes.size() > visible);
        canvas.redraw();
    }

    /** The lane at height {@code y}; -1 when none. */
    private int laneAt(int y) {
        if (y < 4) {
            return -1;
        }
        int lane = firstLane + (y - 4) / LANE;
        return y < axisTop() && lane < lanes.size() ? lane : -1;
    }

    /** The item of lane {@code lane}. */
    private long itemOfLane(int lane) {
        return lanes.get(lane);
    }

    private long windowStart() {
        return to < 0 ? 0 : from;
    }

    private long windowEnd() {
        return to < 0 ? end : to;
    }

    /** Pixels per ns of simulated time in the window. */
    private double scale() {
        Rectangle area = canvas.getClientArea();
        return Math.max(1, area.width - LABEL - 8) / (double) Math.max(1, windowEnd() - windowStart());
    }

    private int xOf(long time) {
        return LABEL + (int) Math.round((time - windowStart()) * scale());
    }

    private long timeAt(int x) {
        return windowStart() + Math.round((x - LABEL) / scale());
    }

    private int axisTop() {
        return 4 + Math.min(lanes.size(), visibleLanes()) * LANE + 4;
    }

    private void paint(GC gc) {
        Rectangle area = canvas.getClientArea();
        double scale = scale();
        long start = windowStart();
        gc.setClipping(0, 0, area.width, area.height);
        int lastLane = Math.min(lanes.size(), firstLane + visibleLanes());
        for (int lane = firstLane; lane < lastLane; lane++) {
            int y = 4 + (lane - firstLane) * LANE;
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
        for (int i = 0; i < spans.size(); i++) {
            Span span = spans.get(i);
            int lane = laneOfSpan[i];
            if (lane < firstLane || lane >= lastLane || span.end() < start || span.start() > windowEnd()) {
                continue;
            }
            int y = 4 + (lane - firstLane) * LANE + 4;
            int x = xOf(span.start());
            int width = Math.max(3, (int) ((span.end() - span.start()) * scale));
            gc.setClipping(LABEL, 0, Math.max(0, area.width - LABEL), axisTop());
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
        gc.setClipping((Rectangle) null);
        paintAxis(gc, area);
    }

    /** Ticks of simulated time under the lanes (µs), and the scrubbing cursor. */
    private void paintAxis(GC gc, Rectangle area) {
        int top = axisTop();
        gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
        gc.drawLine(LABEL, top, area.width - 4, top);
        gc.drawString("µs", 4, top + 3, true);
        long span = Math.max(1, windowEnd() - windowStart());
        long step = 1;
        for (int k = 0; span / step > 8; k++) {
            step = k % 3 == 1 ? step * 5 / 2 : step * 2;
        }
        for (long t = (windowStart() + step - 1) / step * step; t <= windowEnd(); t += step) {
            int x = xOf(t);
            gc.drawLine(x, top, x, top + 4);
            gc.drawString(String.format("%.1f", t / 1000.0), x + 2, top + 4, true);
        }
        if (cursor >= 0) {
            int x = xOf(cursor);
            gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_RED));
            gc.drawLine(x, 0, x, top + AXIS);
        }
    }

    /** One step in (half the window) or out (twice), about the time at {@code x} (-1: the middle). */
    public void zoom(boolean in, int x) {
        long start = windowStart();
        long width = Math.max(1, windowEnd() - start);
        long at = x < LABEL ? start + width / 2 : timeAt(x);
        double share = (double) (at - start) / width;
        long next = in ? Math.max(1000, width / 2) : Math.min(end, width * 2);
        from = Math.max(0, Math.min(end - next, at - Math.round(share * next)));
        to = from + next;
        if (next >= end) {
            fit();
            return;
        }
        canvas.redraw();
    }

    /** The whole run. */
    public void fit() {
        from = 0;
        to = -1;
        canvas.redraw();
    }

    /** Moves the window by {@code share} of its width. */
    public void pan(double share) {
        if (to < 0) {
            return;
        }
        long width = to - from;
        from = Math.max(0, Math.min(end - width, from + Math.round(share * width)));
        to = from + width;
        canvas.redraw();
    }

    /** The window around the selected item's spans. */
    public void zoomToSelection() {
        long first = Long.MAX_VALUE;
        long last = Long.MIN_VALUE;
        for (Span span : spans) {
            if (span.item() == selected) {
                first = Math.min(first, span.start());
                last = Math.max(last, span.end());
            }
        }
        if (first <= last) {
            long margin = Math.max(500, (last - first) / 20);
            from = Math.max(0, first - margin);
            to = Math.min(end, Math.max(from + 1000, last + margin));
            canvas.redraw();
        }
    }

    private void scrubTo(int x) {
        cursor = Math.max(windowStart(), Math.min(windowEnd(), timeAt(x)));
        canvas.redraw();
    }

    private Span spanAt(int x, int y) {
        int lane = laneAt(y);
        if (lane < 0) {
            return null;
        }
        long time = timeAt(x);
        long slack = Math.round(5 / scale());
        for (int i = 0; i < spans.size(); i++) {
            Span span = spans.get(i);
            if (laneOfSpan[i] == lane && time >= span.start() - slack && time <= span.end() + slack) {
                return span;
            }
        }
        return null;
    }

    /** Selects, in the Protocol Trace, the first event of {@code span}: the other views follow. */
    public void goTo(Span span) {
        for (int i = 0; i < events.size(); i++) {
            TraceEvent e = events.get(i);
            if (e.time() >= span.start() && e.item() == span.item()
                    && (span.operationId() <= 0 || e.operationId() == span.operationId())) {
                selectRow(i);
                return;
            }
        }
    }

    /** Selects, in the Protocol Trace, the last event at or before {@code time}. */
    public void goToTime(long time) {
        int found = -1;
        for (int i = 0; i < events.size() && events.get(i).time() <= time; i++) {
            found = i;
        }
        if (found >= 0) {
            selectRow(found);
        }
    }

    private void selectRow(int index) {
        try {
            // Activated, so that its selection reaches every view.
            ProtocolTraceView trace = (ProtocolTraceView) getSite().getPage().showView(ProtocolTraceView.ID);
            trace.select(index);
        } catch (org.eclipse.ui.PartInitException e) {
            status.setText(NLS.bind(Messages.Timeline_NoTrace, e.getMessage()));
        }
    }

    /** The time window drawn, {start, end} in ns (for tests). */
    public long[] window() {
        return new long[] { windowStart(), windowEnd() };
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


    /** The spans drawn (for tests). */
    public List<Span> spans() {
        return spans;
    }

    /** The lanes, by the item each belongs to: one per item, or one per operation (for tests). */
    public List<Long> lanes() {
        return lanes;
    }

    /** The lane of each span, as {@link #spans} orders them (for tests). */
    public int[] laneOfSpans() {
        return laneOfSpan.clone();
    }

    /** The canvas the lanes are drawn on (for tests). */
    public Canvas canvas() {
        return canvas;
    }

    /** The time of the cursor: the moment of the trace row selected, or where scrubbing left it; -1 when none. */
    public long cursor() {
        return cursor;
    }

    /** The first lane shown and how many fit (for tests). */
    public int[] lanesShown() {
        return new int[] { firstLane, Math.min(lanes.size(), visibleLanes()) };
    }

    @Override
    public void setFocus() {
        canvas.setFocus();
    }
}
