package org.extentlab.internal.ui;

import java.util.List;
import java.util.Locale;

import org.eclipse.jface.viewers.ILazyContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.extentlab.kernel.PackedExtent;
import org.extentlab.kernel.sim.Simulation;
import org.extentlab.kernel.sim.TraceEvent;
import org.extentlab.ui.SimulationSession;

/**
 * Every call and reply of the simulation, one row each, in a virtual table: rows are filled only when
 * they are shown, so a trace of millions of events costs what fits on the screen.
 */
public class ProtocolTraceView extends SessionView {
    public static final String ID = "org.extentlab.ui.views.trace";
    static final String[] COLUMNS = { "#", "Time (µs)", "Kind", "Call", "Task", "Item", "Op", "Offset", "Length",
            "Flags", "Extents", "Error", "Free space", "Detail" };
    private static final int[] WIDTHS = { 60, 80, 70, 110, 45, 45, 40, 80, 70, 90, 220, 70, 110, 260 };

    private TableViewer viewer;
    private List<TraceEvent> events = List.of();
    /** Rows added or removed in one slice of the UI thread's work (about 25 ms on GTK). */
    private static final int ROWS_PER_SLICE = 8000;
    private Simulation shownFrom;
    private int targetRows;

    @Override
    protected void createContent(Composite parent) {
        viewer = new TableViewer(parent, SWT.VIRTUAL | SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
        Table table = viewer.getTable();
        table.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        for (int i = 0; i < COLUMNS.length; i++) {
            TableColumn column = new TableColumn(table, SWT.LEFT);
            column.setText(COLUMNS[i]);
            column.setWidth(WIDTHS[i]);
        }
        viewer.setUseHashlookup(true);
        viewer.setContentProvider(new ILazyContentProvider() {
            @Override
            public void updateElement(int index) {
                if (index < events.size()) {
                    viewer.replace(events.get(index), index);
                }
            }

            @Override
            public void inputChanged(Viewer v, Object oldInput, Object newInput) {
                // The rows come from the event list the view holds.
            }
        });
        viewer.setLabelProvider(new org.eclipse.jface.viewers.ITableLabelProvider() {
            @Override
            public String getColumnText(Object element, int column) {
                return cell((TraceEvent) element, column);
            }

            @Override
            public org.eclipse.swt.graphics.Image getColumnImage(Object element, int column) {
                return null;
            }

            @Override
            public void addListener(org.eclipse.jface.viewers.ILabelProviderListener l) {
                // Labels never change for an event.
            }

            @Override
            public void removeListener(org.eclipse.jface.viewers.ILabelProviderListener l) {
                // Labels never change for an event.
            }

            @Override
            public boolean isLabelProperty(Object element, String property) {
                return false;
            }

            @Override
            public void dispose() {
                // Nothing held.
            }
        });
        viewer.setInput(this);
        getSite().setSelectionProvider(viewer);
    }

    /** The text of one cell: what the trace's JSON says, for people. */
    static String cell(TraceEvent e, int column) {
        return switch (column) {
        case 0 -> Long.toString(e.sequence());
        case 1 -> String.format(Locale.ROOT, "%.1f", e.time() / 1000.0);
        case 2 -> e.kind();
        case 3 -> e.name();
        case 4 -> e.task() > 0 ? Integer.toString(e.task()) : "";
        case 5 -> e.item() >= 0 ? Long.toString(e.item()) : "";
        case 6 -> e.operationId() >= 0 ? Long.toString(e.operationId()) : "";
        case 7 -> e.offset() >= 0 ? Long.toString(e.offset()) : "";
        case 8 -> e.length() >= 0 ? Long.toString(e.length()) : "";
        case 9 -> (e.flags() == null ? "" : e.flags()) + (e.continuation() ? " (continuation)" : "");
        case 10 -> extents(e.extents());
        case 11 -> e.error() == null ? "" : e.error().name();
        case 12 -> e.freeSpace() == null ? "" : switch (e.freeSpace().kind()) {
            case VALUE -> e.freeSpace().freeBytes() + " B (#" + e.freeSpace().sequence() + ")";
            case NO_UPDATE -> "no update";
            case NONE -> "none";
            };
        default -> e.detail() == null ? "" : e.detail();
        };
    }

    private static String extents(List<PackedExtent> extents) {
        if (extents == null) {
            return "";
        }
        StringBuilder text = new StringBuilder();
        for (PackedExtent x : extents) {
            text.append(text.length() == 0 ? "" : ", ").append(x.type().traceName()).append(' ')
                    .append(x.logicalOffset()).append('+').append(x.length());
            if (x.physicalOffset() >= 0) {
                text.append('@').append(x.physicalOffset());
            }
        }
        return text.toString();
    }

    @Override
    protected Control content() {
        return viewer == null ? null : viewer.getTable();
    }

    @Override
    protected void clear() {
        events = List.of();
        shownFrom = null;
        targetRows = 0;
        viewer.setItemCount(0);
    }

    /**
     * Takes the trace's events. When they only grew (a step forward) the rows shown stay and rows are
     * added; otherwise (a step back, a new simulation) the rows are filled again. A table gains or loses
     * rows at most {@link #ROWS_PER_SLICE} at a time, in slices of the UI thread's work, so tens of
     * thousands of new events never hold the UI thread for long.
     */
    @Override
    protected void read(Simulation simulation) {
        List<TraceEvent> all = simulation.kernel().trace().events();
        boolean grew = shownFrom == simulation && all.size() >= events.size()
                && (events.isEmpty() || all.get(events.size() - 1) == events.get(events.size() - 1));
        events = List.copyOf(all);
        shownFrom = simulation;
        status.setText(SimulationSession.getDefault().status() + (events.isEmpty() ? "" : " — " + events.size() + " rows"));
        Table table = viewer.getTable();
        if (!grew && table.getItemCount() > 0) {
            table.clear(0, Math.min(table.getItemCount(), events.size() + 1) - 1);
        }
        targetRows = events.size();
        resize();
    }

    /** One slice of bringing the table's row count to {@link #targetRows}. */
    private void resize() {
        Table table = viewer.getTable();
        if (table.isDisposed()) {
            return;
        }
        int now = table.getItemCount();
        if (now == targetRows) {
            return;
        }
        int next = now < targetRows ? Math.min(targetRows, now + ROWS_PER_SLICE) : Math.max(targetRows, now - ROWS_PER_SLICE);
        viewer.setItemCount(next);
        if (next != targetRows) {
            table.getDisplay().asyncExec(this::resize);
        }
    }

    /** Selects row {@code index}, as a click would, so that the linked views follow it. */
    public void select(int index) {
        viewer.getTable().setSelection(index);
        viewer.setSelection(new org.eclipse.jface.viewers.StructuredSelection(events.get(index)), true);
    }

    /** The number of rows the table holds (for tests). */
    public int rowCount() {
        return viewer.getTable().getItemCount();
    }

    /** The texts of row {@code index}, filling it if it was not shown yet (for tests). */
    public String[] row(int index) {
        TableItem item = viewer.getTable().getItem(index);
        String[] texts = new String[COLUMNS.length];
        for (int i = 0; i < texts.length; i++) {
            texts[i] = item.getText(i);
        }
        return texts;
    }

    @Override
    public void setFocus() {
        viewer.getControl().setFocus();
    }
}
