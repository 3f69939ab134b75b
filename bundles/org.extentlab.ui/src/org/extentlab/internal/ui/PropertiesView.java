package org.extentlab.internal.ui;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.IWorkbenchPart;
import org.extentlab.kernel.FileAttributes;
import org.extentlab.kernel.FileSystemModule;
import org.extentlab.kernel.PackedExtent;
import org.extentlab.kernel.VolumeItem;
import org.extentlab.kernel.sim.Simulation;
import org.extentlab.kernel.sim.TraceEvent;

/**
 * The properties of what is selected in another view, read from the simulation at the present step: an
 * item (path, ids, sizes, each extent's logical and device range), an allocation unit (what it holds),
 * or an operation (a trace row: the call or reply, and its whole operation: blockmapFile calls,
 * continuations, extents packed, how it completed).
 */
public class PropertiesView extends SessionView {
    public static final String ID = "org.extentlab.ui.views.properties";

    /** One row: a property and its value. */
    public record Row(String name, String value) {
    }

    private TableViewer viewer;
    private Object shown;
    private List<Row> rows = List.of();

    @Override
    protected void createContent(Composite parent) {
        viewer = new TableViewer(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
        viewer.getTable().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        column("Property", 150, Row::name);
        column("Value", 420, Row::value);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
    }

    private void column(String title, int width, java.util.function.Function<Row, String> text) {
        TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
        column.getColumn().setText(title);
        column.getColumn().setWidth(width);
        column.setLabelProvider(Views.labels(Row.class, text));
    }

    @Override
    protected void selectionChanged(IWorkbenchPart part, ISelection selection) {
        if (part == this || !(selection instanceof IStructuredSelection structured) || structured.isEmpty()) {
            return;
        }
        Object first = structured.getFirstElement();
        if (first instanceof VolumeNavigatorView.Node node) {
            first = new SelectedItem(node.id());
        }
        if (first instanceof SelectedItem || first instanceof SelectedUnit || first instanceof TraceEvent) {
            shown = first;
            refresh();
        }
    }

    @Override
    protected Control content() {
        return viewer == null ? null : viewer.getControl();
    }

    @Override
    protected void clear() {
        rows = List.of();
        viewer.setInput(rows);
    }

    @Override
    protected void read(Simulation simulation) {
        List<Row> found = new ArrayList<>();
        FileSystemModule module = simulation.module();
        if (shown instanceof SelectedItem item) {
            item(module, item.id(), found);
            status.setText("Item " + item.id());
        } else if (shown instanceof SelectedUnit unit) {
            found.add(new Row("Unit", Long.toString(unit.unit())));
            found.add(new Row("Volume offset", Long.toString(module.unitOffset(unit.unit()))));
            found.add(new Row("Size", module.allocationUnit() + " bytes"));
            found.add(new Row("Holds", module.describeUnit(unit.unit())));
            if (unit.owner() > 0) {
                item(module, unit.owner(), found);
            }
            status.setText("Unit " + unit.unit());
        } else if (shown instanceof TraceEvent event) {
            operation(simulation.kernel().trace().events(), event, found);
            status.setText("Event " + event.sequence() + ": " + event.kind() + " " + event.name());
        } else {
            status.setText("Select an item, a cell of the map or a trace row to see its properties.");
        }
        rows = found;
        viewer.setInput(rows);
    }

    private static void item(FileSystemModule module, long id, List<Row> into) {
        VolumeItem item = module.item(id);
        if (item == null) {
            into.add(new Row("Item " + id, "does not exist at this step"));
            return;
        }
        FileAttributes attributes = module.attributes(item);
        into.add(new Row("Path", module.pathOf(item)));
        into.add(new Row("Module id", Long.toString(id)));
        if (attributes != null) {
            into.add(new Row("Kind", attributes.directory() ? "directory" : "file"));
            into.add(new Row("Size", attributes.size() + " bytes"));
            into.add(new Row("Allocated", attributes.allocatedSize() + " bytes"));
            into.add(new Row("inhibitKernelOffloadedIO", Boolean.toString(attributes.inhibitKernelOffloadedIO())));
        }
        List<long[]> runs = module.currentMapping(item);
        into.add(new Row("Extents", Integer.toString(runs.size())));
        int shownRuns = Math.min(runs.size(), 200);
        for (int i = 0; i < shownRuns; i++) {
            long[] run = runs.get(i);
            long firstUnit = (run[1] - module.unitOffset(0)) / module.allocationUnit();
            long lastUnit = (run[1] + run[2] - 1 - module.unitOffset(0)) / module.allocationUnit();
            into.add(new Row("  extent " + i, "file offset " + run[0] + ", " + run[2] + " bytes at volume offset "
                    + run[1] + " (units " + firstUnit + "-" + lastUnit + ")"));
        }
        if (runs.size() > shownRuns) {
            into.add(new Row("  ...", (runs.size() - shownRuns) + " more extents"));
        }
    }

    /** The event's own fields, then what its operation did as a whole. */
    private static void operation(List<TraceEvent> events, TraceEvent event, List<Row> into) {
        into.add(new Row("Event", event.sequence() + ": " + event.kind() + " " + event.name()));
        into.add(new Row("Simulated time", String.format("%.1f µs", event.time() / 1000.0)));
        into.add(new Row("Task", Integer.toString(event.task())));
        into.add(new Row("Item", Long.toString(event.item())));
        into.add(new Row("Operation ID", event.operationId() == 0 ? "0 (mapping only, or none)"
                : Long.toString(event.operationId())));
        into.add(new Row("Offset, length", event.offset() + ", " + event.length()));
        if (event.flags() != null) {
            into.add(new Row("Flags", event.flags()));
        }
        if (event.continuation()) {
            into.add(new Row("Continuation", "yes: the packer of the call before was full"));
        }
        if (event.extents() != null) {
            for (int i = 0; i < event.extents().size(); i++) {
                PackedExtent e = event.extents().get(i);
                into.add(new Row("  extent " + i, e.type().name().toLowerCase(java.util.Locale.ROOT) + ": file offset "
                        + e.logicalOffset() + ", " + e.length() + " bytes at volume offset " + e.physicalOffset()));
            }
        }
        if (event.error() != null) {
            into.add(new Row("Error", event.error().name()));
        }
        if (event.freeSpace() != null) {
            into.add(new Row("Free space", event.freeSpace().kind() == org.extentlab.kernel.FreeSpace.Kind.VALUE
                    ? event.freeSpace().freeBytes() + " bytes (reply #" + event.freeSpace().sequence() + ")"
                    : event.freeSpace().kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')));
        }
        if (event.detail() != null) {
            into.add(new Row("Detail", event.detail()));
        }
        if (event.operationId() <= 0) {
            return;
        }
        int calls = 0;
        int continuations = 0;
        int packed = 0;
        String completion = "not completed";
        for (TraceEvent e : events) {
            if (e.operationId() != event.operationId()) {
                continue;
            }
            if (e.name().equals("blockmapFile") && e.kind().equals("call")) {
                calls++;
                continuations += e.continuation() ? 1 : 0;
            } else if (e.name().equals("blockmapFile") && e.kind().equals("reply") && e.extents() != null) {
                packed += e.extents().size();
            } else if (e.name().equals("completeIO") && e.kind().equals("reply")) {
                completion = e.error() == null ? "completeIO ok" : "completeIO " + e.error().name();
            }
        }
        into.add(new Row("Operation " + event.operationId(), calls + " blockmapFile call" + (calls == 1 ? "" : "s") + " ("
                + continuations + " continuation" + (continuations == 1 ? "" : "s") + "), " + packed
                + " extents packed, " + completion));
    }

    /** The rows shown (for tests). */
    public List<Row> rows() {
        return rows;
    }

    @Override
    public void setFocus() {
        viewer.getControl().setFocus();
    }

}
