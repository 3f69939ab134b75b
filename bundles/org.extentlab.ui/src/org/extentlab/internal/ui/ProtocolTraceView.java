package org.extentlab.internal.ui;

import org.eclipse.osgi.util.NLS;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

import org.eclipse.jface.viewers.ILazyContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.swt.SWT;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchPart;
import org.extentlab.kernel.PackedExtent;
import org.extentlab.kernel.sim.Inspection;
import org.extentlab.kernel.sim.TraceEvent;
import org.extentlab.ui.SimulationSession;

/**
 * Every call and reply of the simulation, one row each, in a virtual table: rows are filled only when
 * they are shown, so a trace of millions of events costs what fits on the screen. The bar above the table
 * filters the rows: by kind, call, item, operation ID, failures and findings only.
 */
public class ProtocolTraceView extends SessionView {
    public static final String ID = "org.extentlab.ui.views.trace";
    static final String[] COLUMNS = Messages.Trace_Columns.split("\\|");
    private static final int[] WIDTHS = { 60, 80, 70, 110, 45, 45, 40, 80, 70, 90, 220, 70, 110, 260 };

    private RowViewer viewer;

    /**
     * The table's viewer, able to select a row by its position: the viewer's own search for an element
     * goes through the table items' data, which a filter change leaves behind on rows that now show
     * other events, so it could select the wrong row.
     */
    private static final class RowViewer extends TableViewer {
        RowViewer(Composite parent, int style) {
            super(parent, style);
        }

        /** Selects row {@code row}, which shows {@code event}, and tells the listeners as a click would. */
        void selectRow(int row, TraceEvent event) {
            keepRow(row, event, true);
            org.eclipse.jface.viewers.SelectionChangedEvent changed = new org.eclipse.jface.viewers.SelectionChangedEvent(
                    this, new org.eclipse.jface.viewers.StructuredSelection(event));
            fireSelectionChanged(changed);
            firePostSelectionChanged(changed);
        }

        /**
         * Selects row {@code row}, which shows {@code event}, quietly (the event chosen stays the same),
         * scrolling to it when {@code show}.
         */
        void keepRow(int row, TraceEvent event, boolean show) {
            replace(event, row);
            getTable().setSelection(row);
            if (show) {
                getTable().showSelection();
            }
        }
    }
    private List<TraceEvent> events = List.of();
    /** Rows added or removed in one slice of the UI thread's work (about 25 ms on GTK). */
    private static final int ROWS_PER_SLICE = 8000;
    /** The run of the snapshot shown ({@link Inspection.Snapshot#run}); -1 for none. */
    private long shownRun = -1;
    private int targetRows;
    /** Whether the table scrolls to its last rows once it has them all (no row chosen). */
    private boolean follow;
    private TraceFilter filter = TraceFilter.NONE;
    /** The positions in {@link #events} of the rows shown; null: every event, in order. */
    private int[] rows;
    private final TreeSet<String> names = new TreeSet<>();
    private Combo kindChoice;
    private Combo nameChoice;
    private Text itemField;
    private Text operationField;
    private Button problemsChoice;
    private long selectedItem = -1;
    private static final String ANY_KIND = Messages.Trace_AnyKind;
    private static final String ANY_CALL = Messages.Trace_AnyCall;

    @Override
    protected void createContent(Composite parent) {
        createFilterBar(parent);
        viewer = new RowViewer(parent, SWT.VIRTUAL | SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
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
                int event = rows == null ? index : index < rows.length ? rows[index] : Integer.MAX_VALUE;
                if (event < events.size()) {
                    viewer.replace(events.get(event), index);
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
        // A row the user picks (a click, the arrow keys; not the row a table selects as it takes the focus)
        // is a moment: the map, the navigator, Block Hex and Properties show the volume as it was then.
        table.addListener(SWT.MouseUp, e -> showMoment());
        table.addListener(SWT.KeyUp, e -> {
            if (e.keyCode == SWT.ARROW_UP || e.keyCode == SWT.ARROW_DOWN || e.keyCode == SWT.PAGE_UP
                    || e.keyCode == SWT.PAGE_DOWN || e.keyCode == SWT.HOME || e.keyCode == SWT.END) {
                showMoment();
            }
        });
        // Over a cell the tooltip says what it is: the kind, the call, the operation ID, the extents...
        table.addListener(SWT.MouseHover, e -> table.setToolTipText(cellTip(table, e.x, e.y)));
        table.addListener(SWT.MouseMove, e -> table.setToolTipText(null));
    }

    private static String cellTip(Table table, int x, int y) {
        org.eclipse.swt.widgets.TableItem item = table.getItem(new org.eclipse.swt.graphics.Point(x, y));
        if (item == null || !(item.getData() instanceof TraceEvent event)) {
            return null;
        }
        for (int column = 0; column < table.getColumnCount(); column++) {
            if (item.getBounds(column).contains(x, y)) {
                return Glossary.traceCell(event, column);
            }
        }
        return null;
    }

    /** Kind, call, item, operation and failures-only choices, and a button to show everything again. */
    private void createFilterBar(Composite parent) {
        Composite bar = new Composite(parent, SWT.NONE);
        bar.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        GridLayout layout = new GridLayout(9, false);
        layout.marginHeight = 0;
        layout.marginWidth = 0;
        bar.setLayout(layout);
        kindChoice = new Combo(bar, SWT.READ_ONLY);
        kindChoice.add(ANY_KIND);
        TraceFilter.KINDS.forEach(kindChoice::add);
        kindChoice.select(0);
        kindChoice.setToolTipText(Messages.Trace_KindTip);
        nameChoice = new Combo(bar, SWT.READ_ONLY);
        nameChoice.add(ANY_CALL);
        nameChoice.select(0);
        nameChoice.setToolTipText(Messages.Trace_CallTip);
        new org.eclipse.swt.widgets.Label(bar, SWT.NONE).setText(Messages.Trace_Item);
        itemField = new Text(bar, SWT.BORDER);
        itemField.setLayoutData(new GridData(60, SWT.DEFAULT));
        itemField.setToolTipText(Messages.Trace_ItemTip);
        Button selectedButton = new Button(bar, SWT.PUSH);
        selectedButton.setText(Messages.Trace_Selected);
        selectedButton.setToolTipText(Messages.Trace_SelectedTip);
        new org.eclipse.swt.widgets.Label(bar, SWT.NONE).setText(Messages.Trace_Op);
        operationField = new Text(bar, SWT.BORDER);
        operationField.setLayoutData(new GridData(60, SWT.DEFAULT));
        operationField.setToolTipText(Messages.Trace_OperationTip);
        problemsChoice = new Button(bar, SWT.CHECK);
        problemsChoice.setText(Messages.Trace_Problems);
        Button clearButton = new Button(bar, SWT.PUSH);
        clearButton.setText(Messages.Trace_ShowAll);
        kindChoice.addListener(SWT.Selection, e -> filterFromBar());
        nameChoice.addListener(SWT.Selection, e -> filterFromBar());
        problemsChoice.addListener(SWT.Selection, e -> filterFromBar());
        itemField.addListener(SWT.DefaultSelection, e -> filterFromBar());
        itemField.addListener(SWT.FocusOut, e -> filterFromBar());
        operationField.addListener(SWT.DefaultSelection, e -> filterFromBar());
        operationField.addListener(SWT.FocusOut, e -> filterFromBar());
        selectedButton.addListener(SWT.Selection, e -> {
            itemField.setText(selectedItem >= 0 ? Long.toString(selectedItem) : "");
            filterFromBar();
        });
        clearButton.addListener(SWT.Selection, e -> setFilter(TraceFilter.NONE));
    }

    /** The filter the bar's choices describe; a field that is not a whole number is marked and ignored. */
    private void filterFromBar() {
        String kind = kindChoice.getSelectionIndex() > 0 ? kindChoice.getText() : null;
        String name = nameChoice.getSelectionIndex() > 0 ? nameChoice.getText() : null;
        apply(new TraceFilter(kind, name, number(itemField), number(operationField), problemsChoice.getSelection()));
    }

    /** The whole number in {@code field} (-1 when empty); not one: -1, and the field is marked yellow. */
    private static long number(Text field) {
        String text = field.getText().trim();
        boolean bad = false;
        long value = -1;
        if (!text.isEmpty()) {
            try {
                value = Long.parseLong(text);
                bad = value < 0;
            } catch (NumberFormatException e) {
                bad = true;
            }
        }
        field.setBackground(bad ? field.getDisplay().getSystemColor(SWT.COLOR_YELLOW) : null);
        return bad ? -1 : value;
    }

    /** Shows the rows {@code next} lets through, and sets the bar's choices to say so. */
    public void setFilter(TraceFilter next) {
        kindChoice.select(next.kind() == null ? 0 : Math.max(0, TraceFilter.KINDS.indexOf(next.kind()) + 1));
        if (next.name() != null && !names.contains(next.name())) {
            names.add(next.name());
            fillNames();
        }
        nameChoice.select(next.name() == null ? 0 : nameChoice.indexOf(next.name()));
        itemField.setText(next.item() >= 0 ? Long.toString(next.item()) : "");
        operationField.setText(next.operationId() >= 0 ? Long.toString(next.operationId()) : "");
        problemsChoice.setSelection(next.problemsOnly());
        filterFromBar();
    }

    public TraceFilter filter() {
        return filter;
    }

    private void apply(TraceFilter next) {
        if (next.equals(filter)) {
            return;
        }
        int selected = selectedEvent();
        filter = next;
        rows = filter.passesAll() ? null : filter.append(new int[0], events, 0);
        Table table = viewer.getTable();
        if (table.getItemCount() > 0) {
            table.clearAll();
        }
        targetRows = shown();
        showRowCount();
        resize();
        keepSelected(selected, true);
    }

    /** The views that follow moments show the volume right after the event on the selected row. */
    private void showMoment() {
        int index = selectedEvent();
        if (index >= 0) {
            Table table = viewer.getTable();
            org.eclipse.swt.widgets.Display display = table.getDisplay();
            // No dialog: a moment that cannot be shown leaves the views at the present, and the line says why.
            SimulationSession.getDefault().showMoment(events.get(index).sequence(), display, message -> display.asyncExec(() -> {
                if (!status.isDisposed()) {
                    status.setText(NLS.bind(Messages.Moment_Failed, message));
                }
            }));
        }
    }

    /** The position in the trace of the event on the selected row; -1 when none is. */
    private int selectedEvent() {
        int row = viewer.getTable().getSelectionIndex();
        int index = row < 0 ? -1 : rows == null ? row : row < rows.length ? rows[row] : -1;
        return index < events.size() ? index : -1;
    }

    /**
     * After the rows changed under the selection (a filter, the trace filled again): the row now showing
     * event {@code index} is the one selected, or none when the filter hides it, so a highlighted row never
     * stands for an event nobody chose; {@code show} scrolls to it.
     */
    private void keepSelected(int index, boolean show) {
        Table table = viewer.getTable();
        int row = index < 0 ? -1 : rows == null ? index : Arrays.binarySearch(rows, index);
        if (row < 0) {
            table.deselectAll();
            return;
        }
        if (table.getItemCount() <= row) {
            viewer.setItemCount(targetRows);
        }
        viewer.keepRow(row, events.get(index), show);
    }

    private int shown() {
        return rows == null ? events.size() : rows.length;
    }

    private void showRowCount() {
        String rowsText = events.isEmpty() ? ""
                : rows == null ? NLS.bind(Messages.Trace_Rows, Views.count(events.size(), Messages.Noun_Row))
                        : NLS.bind(Messages.Trace_RowsFiltered, new Object[] { rows.length, events.size(), filter.describe() });
        status.setText(SimulationSession.getDefault().status() + rowsText);
    }

    private void fillNames() {
        String chosen = nameChoice.getSelectionIndex() > 0 ? nameChoice.getText() : null;
        nameChoice.removeAll();
        nameChoice.add(ANY_CALL);
        names.forEach(nameChoice::add);
        nameChoice.select(chosen == null ? 0 : Math.max(0, nameChoice.indexOf(chosen)));
    }

    @Override
    protected void selectionChanged(IWorkbenchPart part, ISelection selection) {
        SelectedItem item = SelectedItem.of(selection);
        if (item != null) {
            selectedItem = item.id();
        }
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
        case 6 -> Views.operation(e);
        case 7 -> e.offset() >= 0 ? Long.toString(e.offset()) : "";
        case 8 -> e.length() >= 0 ? Long.toString(e.length()) : "";
        case 9 -> (e.flags() == null ? "" : e.flags()) + (e.continuation() ? Messages.Trace_Continuation : "");
        case 10 -> extents(e.extents());
        case 11 -> e.error() == null ? "" : e.error().name();
        case 12 -> e.freeSpace() == null ? "" : switch (e.freeSpace().kind()) {
            case VALUE -> NLS.bind(Messages.Trace_FreeValue, e.freeSpace().freeBytes(), e.freeSpace().sequence());
            case NO_UPDATE -> Messages.Trace_FreeNoUpdate;
            case NONE -> Messages.Trace_FreeNone;
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
        rows = filter.passesAll() ? null : new int[0];
        shownRun = -1;
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
    protected void read(Inspection.Snapshot snapshot) {
        List<TraceEvent> all = snapshot.events();
        boolean grew = shownRun == snapshot.run() && all.size() >= events.size()
                && (events.isEmpty() || all.get(events.size() - 1).equals(events.get(events.size() - 1)));
        int before = grew ? events.size() : 0;
        int selected = selectedEvent();
        TraceEvent chosen = selected < 0 ? null : events.get(selected);
        events = all;
        shownRun = snapshot.run();
        if (!filter.passesAll()) {
            rows = filter.append(grew && rows != null ? rows : new int[0], events, before);
        }
        int known = names.size();
        for (int i = before; i < events.size(); i++) {
            names.add(events.get(i).name());
        }
        if (names.size() != known) {
            fillNames();
        }
        showRowCount();
        Table table = viewer.getTable();
        if (!grew && table.getItemCount() > 0) {
            table.clear(0, Math.min(table.getItemCount(), shown() + 1) - 1);
        }
        targetRows = shown();
        // With no row chosen the table follows the simulation: its last rows, the step just run, in view.
        follow = chosen == null;
        resize();
        if (!grew && chosen != null) {
            keepSelected(selected < events.size() && events.get(selected).equals(chosen) ? selected : -1, false);
        }
    }

    /** One slice of bringing the table's row count to {@link #targetRows}. */
    private void resize() {
        Table table = viewer.getTable();
        if (table.isDisposed()) {
            return;
        }
        int now = table.getItemCount();
        if (now == targetRows) {
            followEnd(table);
            return;
        }
        int next = now < targetRows ? Math.min(targetRows, now + ROWS_PER_SLICE) : Math.max(targetRows, now - ROWS_PER_SLICE);
        viewer.setItemCount(next);
        if (next != targetRows) {
            table.getDisplay().asyncExec(this::resize);
        } else {
            followEnd(table);
        }
    }

    /** Scrolls to the last rows when the table follows the simulation. */
    private void followEnd(Table table) {
        int count = table.getItemCount();
        if (follow && count > 0) {
            int visible = Math.max(1, table.getClientArea().height / Math.max(1, table.getItemHeight()) - 1);
            table.setTopIndex(Math.max(0, count - visible));
        }
    }

    /**
     * Selects the row of event {@code index} (its position in the trace), as a click would, so that the
     * linked views follow it, to that moment; an event the filter hides brings every row back first.
     */
    public void select(int index) {
        int row = rows == null ? index : Arrays.binarySearch(rows, index);
        if (row < 0) {
            setFilter(TraceFilter.NONE);
            row = index;
        }
        if (viewer.getTable().getItemCount() <= row) {
            viewer.setItemCount(targetRows);
        }
        viewer.selectRow(row, events.get(index));
        showMoment();
    }

    /** The row selected in the table; -1 when none (for tests). */
    public int selectedRow() {
        return viewer.getTable().getSelectionIndex();
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
