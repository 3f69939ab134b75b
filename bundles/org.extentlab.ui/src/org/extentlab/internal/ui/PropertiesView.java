package org.extentlab.internal.ui;

import org.eclipse.osgi.util.NLS;
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
import org.extentlab.kernel.PackedExtent;
import org.extentlab.kernel.sim.Inspection;
import org.extentlab.kernel.sim.TraceEvent;

/**
 * The properties of what is selected in another view, at the present step or the moment shown: an
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
        column(Messages.Properties_Property, 150, Row::name);
        column(Messages.Properties_Value, 420, Row::value);
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

    /** It shows the volume at the moment chosen in the Protocol Trace. */
    @Override
    protected boolean followsMoments() {
        return true;
    }

    @Override
    protected void read(Inspection.Snapshot snapshot) {
        List<TraceEvent> events = snapshot.events();
        if (shown instanceof TraceEvent event && ExtentPackerView.indexOf(events, event) < 0) {
            shown = null; // a step back or a new scenario took the event away
        }
        if (shown instanceof SelectedItem item) {
            status.setText(NLS.bind(Messages.Properties_ItemStatus, item.id()));
            ask("rows", (inspection, monitor) -> {
                List<Row> found = new ArrayList<>();
                item(inspection.item(item.id()), item.id(), snapshot, found);
                return found;
            }, this::show);
        } else if (shown instanceof SelectedUnit unit) {
            status.setText(NLS.bind(Messages.Properties_UnitStatus, unit.unit()));
            ask("rows", (inspection, monitor) -> {
                List<Row> found = new ArrayList<>();
                found.add(new Row(Messages.Properties_Unit, Long.toString(unit.unit())));
                found.add(new Row(Messages.Properties_VolumeOffset, Long.toString(snapshot.unitOffset(unit.unit()))));
                found.add(new Row(Messages.Properties_Size, NLS.bind(Messages.Properties_Bytes, snapshot.unitBytes())));
                found.add(new Row(Messages.Properties_Holds, inspection.unit(unit.unit(), 0).holds()));
                if (unit.owner() > 0) {
                    item(inspection.item(unit.owner()), unit.owner(), snapshot, found);
                }
                return found;
            }, this::show);
        } else if (shown instanceof TraceEvent event) {
            forget("rows");
            List<Row> found = new ArrayList<>();
            operation(events, event, found);
            status.setText(NLS.bind(Messages.Properties_EventStatus, new Object[] { event.sequence(), event.kind(),
                    event.name() }));
            rows = found;
            viewer.setInput(rows);
        } else {
            forget("rows");
            status.setText(Messages.Properties_Nothing);
            rows = List.of();
            viewer.setInput(rows);
        }
    }

    /** Shows the rows a question answered. */
    private void show(List<Row> found) {
        rows = found;
        viewer.setInput(rows);
        say(status.getText());
    }

    /** The rows of item {@code id} ({@code item} its details, null when the volume holds no such item). */
    private static void item(Inspection.Item item, long id, Inspection.Snapshot snapshot, List<Row> into) {
        if (item == null) {
            into.add(new Row(NLS.bind(Messages.Properties_ItemStatus, id), Messages.Properties_Gone));
            return;
        }
        FileAttributes attributes = item.attributes();
        into.add(new Row(Messages.Properties_Path, item.path()));
        // What the reader found wrong with this file when the volume was loaded (it stays read-only);
        // a clean volume, the usual one, has nothing to look up.
        if (item.damage() != null) {
            into.add(new Row(Messages.Properties_Damaged, NLS.bind(Messages.Properties_DamagedValue, item.damage())));
        }
        into.add(new Row(Messages.Properties_ModuleId, Long.toString(id)));
        if (attributes != null) {
            into.add(new Row(Messages.Properties_Kind, attributes.directory() ? Messages.Properties_Directory
                    : Messages.Properties_File));
            into.add(new Row(Messages.Properties_Size, NLS.bind(Messages.Properties_Bytes, attributes.size())));
            into.add(new Row(Messages.Properties_Allocated, NLS.bind(Messages.Properties_Bytes, attributes.allocatedSize())));
            into.add(new Row("inhibitKernelOffloadedIO", Boolean.toString(attributes.inhibitKernelOffloadedIO()))); //$NON-NLS-1$
        }
        List<Inspection.Run> runs = item.runs();
        into.add(new Row(Messages.Properties_Extents, Integer.toString(runs.size())));
        int shownRuns = Math.min(runs.size(), 200);
        for (int i = 0; i < shownRuns; i++) {
            Inspection.Run run = runs.get(i);
            long firstUnit = snapshot.unitAt(run.physical());
            long lastUnit = snapshot.unitAt(run.physical() + run.length() - 1);
            into.add(new Row(NLS.bind(Messages.Properties_Extent, i), NLS.bind(Messages.Properties_Run,
                    new Object[] { run.logical(), run.length(), run.physical(), firstUnit, lastUnit })));
        }
        if (runs.size() > shownRuns) {
            into.add(new Row("  ...", NLS.bind(Messages.Properties_MoreExtents, runs.size() - shownRuns))); //$NON-NLS-1$
        }
    }

    /** The event's own fields, then what its operation did as a whole. */
    private static void operation(List<TraceEvent> events, TraceEvent event, List<Row> into) {
        into.add(new Row(Messages.Properties_Event, event.sequence() + ": " + event.kind() + " " + event.name())); //$NON-NLS-1$ //$NON-NLS-2$
        into.add(new Row(Messages.Properties_Time, NLS.bind(Messages.Properties_Microseconds,
                String.format("%.1f", event.time() / 1000.0)))); //$NON-NLS-1$
        // Fields an event does not have are -1 (0 for the task) in the trace; a student reads "none".
        into.add(new Row(Messages.Properties_Task, event.task() == 0 ? Messages.Properties_NoTask
                : Integer.toString(event.task())));
        into.add(new Row(Messages.Properties_Item, event.item() < 0 ? Messages.Properties_None : Long.toString(event.item())));
        into.add(new Row(Messages.Properties_OperationId, event.operationId() < 0 ? Messages.Properties_None
                : Views.operation(event)));
        into.add(new Row(Messages.Properties_OffsetLength, event.offset() < 0 && event.length() < 0 ? Messages.Properties_None
                : NLS.bind(Messages.Properties_OffsetLengthValue, String.format("%,d", Math.max(0, event.offset())), //$NON-NLS-1$
                        String.format("%,d", Math.max(0, event.length()))))); //$NON-NLS-1$
        if (event.flags() != null) {
            into.add(new Row(Messages.Properties_Flags, event.flags()));
        }
        if (event.continuation()) {
            into.add(new Row(Messages.Properties_Continuation, Messages.Properties_ContinuationValue));
        }
        if (event.extents() != null) {
            for (int i = 0; i < event.extents().size(); i++) {
                PackedExtent e = event.extents().get(i);
                into.add(new Row(NLS.bind(Messages.Properties_Extent, i), NLS.bind(Messages.Properties_Packed,
                        new Object[] { e.type().name().toLowerCase(java.util.Locale.ROOT), e.logicalOffset(), e.length(),
                                e.physicalOffset() })));
            }
        }
        if (event.error() != null) {
            into.add(new Row(Messages.Properties_Error, event.error().name()));
        }
        if (event.freeSpace() != null) {
            into.add(new Row(Messages.Properties_FreeSpace, event.freeSpace().kind() == org.extentlab.kernel.FreeSpace.Kind.VALUE
                    ? NLS.bind(Messages.Properties_FreeValue, event.freeSpace().freeBytes(), event.freeSpace().sequence())
                    : event.freeSpace().kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')));
        }
        if (event.detail() != null) {
            into.add(new Row(Messages.Properties_Detail, event.detail()));
        }
        if (event.operationId() <= 0) {
            return;
        }
        // The operation's calls, found as the Extent Packer finds them, without reading the whole trace.
        ExtentPackerView.Operation operation = ExtentPackerView.find(events, ExtentPackerView.indexOf(events, event));
        int calls = operation.calls().size();
        long continuations = operation.calls().stream().filter(c -> c.request().continuation()).count();
        int packed = operation.calls().stream().mapToInt(c -> c.reply().extents() == null ? 0 : c.reply().extents().size())
                .sum();
        TraceEvent end = operation.completion();
        String completion = end == null ? Messages.Properties_NotCompleted
                : NLS.bind(Messages.Properties_Completed, end.error() == null ? "ok" : end.error().name()); //$NON-NLS-1$
        into.add(new Row(NLS.bind(Messages.Properties_Operation, event.operationId()), NLS.bind(
                Messages.Properties_OperationValue, new Object[] {
                        NLS.bind(calls == 1 ? Messages.Properties_Call : Messages.Properties_Calls, calls),
                        NLS.bind(continuations == 1 ? Messages.Properties_OneContinuation
                                : Messages.Properties_Continuations, continuations),
                        packed, completion })));
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
