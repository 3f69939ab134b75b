package org.extentlab.internal.ui;

import org.eclipse.osgi.util.NLS;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.IWorkbenchPart;
import org.extentlab.kernel.PackedExtent;
import org.extentlab.kernel.PackedExtentType;
import org.extentlab.kernel.sim.Inspection;
import org.extentlab.kernel.sim.TraceEvent;

/**
 * One I/O operation's extent packing: each blockmapFile call of the operation (the first, then the
 * continuations the kernel sends with the same operation ID when the packer was full), its request,
 * the packer's slots filling one extent at a time (extents beyond the request marked as such), and
 * the completeIO that ended it. Shows the operation of the row selected in the Protocol Trace, or the
 * last operation of the trace.
 */
public class ExtentPackerView extends SessionView {
    public static final String ID = "org.extentlab.ui.views.packer";
    private static final int SLOT_WIDTH = 150;
    private static final int SLOT_HEIGHT = 34;
    private static final int ROW_HEIGHT = 64;

    /** The slot and row sizes at the present zoom level (View > Zoom In). */
    private static int scaled(int pixels) {
        return (int) Math.round(pixels * Presentation.scale());
    }
    private static final RGB DATA = new RGB(70, 120, 200);
    private static final RGB ZERO_FILL = new RGB(200, 215, 235);
    private static final RGB READ_ONLY = new RGB(220, 150, 60);

    /** One blockmapFile call of the operation and what its reply packed. */
    public record Call(TraceEvent request, TraceEvent reply, int capacity) {
        /** Whether {@code extent} lies past the requested range. */
        public boolean beyond(PackedExtent extent) {
            return extent.logicalOffset() >= request.offset() + request.length();
        }
    }

    private Canvas canvas;
    private long operation = -1;
    private List<Call> calls = List.of();
    private TraceEvent completion;
    private TraceEvent selected;

    @Override
    protected void createContent(Composite parent) {
        canvas = Views.canvas(parent, SWT.V_SCROLL, this::paint);
        canvas.getVerticalBar().addListener(SWT.Selection, e -> canvas.redraw());
        canvas.addListener(SWT.Resize, e -> updateScrollBar());
        // Over a slot the tooltip says what that kind of extent is.
        canvas.addListener(SWT.MouseHover, e -> canvas.setToolTipText(slots.stream()
                .filter(slot -> slot.area().contains(e.x, e.y)).map(slot -> Glossary.slot(slot.type())).findFirst()
                .orElse(null)));
        canvas.addListener(SWT.MouseMove, e -> canvas.setToolTipText(null));
    }

    /** A slot as last painted: where, and the type of its extent ("" when empty). */
    private record Slot(org.eclipse.swt.graphics.Rectangle area, String type) {
    }

    private final List<Slot> slots = new ArrayList<>();

    /** Follows the row selected in the Protocol Trace. */
    @Override
    protected void selectionChanged(IWorkbenchPart part, ISelection selection) {
        if ((part == null || part instanceof ProtocolTraceView) && selection instanceof IStructuredSelection structured
                && structured.getFirstElement() instanceof TraceEvent event) {
            selected = event;
            refresh();
        }
    }

    @Override
    protected Control content() {
        return canvas;
    }

    @Override
    protected void clear() {
        calls = List.of();
        completion = null;
        updateScrollBar();
    }

    /** An operation's blockmapFile calls with their replies, and the completeIO reply that ended it (or null). */
    public record Operation(long id, List<Call> calls, TraceEvent completion) {
    }

    /**
     * The operation that the event at {@code at} belongs to, found without reading the whole trace: the
     * scan starts after the first blockmapFile of the operation before it and ends at the return of the
     * task's system call once the completion is seen.
     */
    public static Operation find(List<TraceEvent> events, int at) {
        long id = at < 0 ? -1 : events.get(at).operationId();
        List<Call> found = new ArrayList<>();
        TraceEvent completion = null;
        TraceEvent pending = null;
        int task = at < 0 ? 0 : events.get(at).task();
        for (int i = id <= 0 ? events.size() : firstOf(events, at, id); i < events.size(); i++) {
            TraceEvent e = events.get(i);
            if (completion != null && task > 0 && e.task() == task && e.kind().equals("return")) {
                break;
            }
            if (e.operationId() != id) {
                continue;
            }
            if (e.name().equals("blockmapFile") && e.kind().equals("call")) {
                pending = e;
            } else if (e.name().equals("blockmapFile") && e.kind().equals("reply") && pending != null) {
                found.add(new Call(pending, e, capacity(pending)));
                pending = null;
            } else if (e.name().equals("completeIO") && e.kind().equals("reply")) {
                completion = e;
            }
        }
        return new Operation(id, List.copyOf(found), completion);
    }

    /** Finds the operation to show and its blockmap calls, replies and completion. */
    @Override
    protected void read(Inspection.Snapshot snapshot) {
        List<TraceEvent> events = snapshot.events();
        int at = selected != null && selected.operationId() > 0 ? indexOf(events, selected) : lastOperation(events);
        if (at < 0 && selected != null) {
            // The event chosen is gone (a step back, a new scenario): show the latest operation again.
            selected = null;
            at = lastOperation(events);
        }
        Operation shown = find(events, at);
        operation = shown.id();
        List<Call> found = shown.calls();
        completion = shown.completion();
        calls = found;
        updateScrollBar();
        if (found.isEmpty()) {
            status.setText(Messages.Packer_Nothing);
        } else {
            TraceEvent first = found.get(0).request();
            status.setText(NLS.bind(Messages.Packer_Status, new Object[] { operation, first.flags(), first.item(), first.task(),
                    NLS.bind(found.size() == 1 ? Messages.Properties_Call : Messages.Properties_Calls, found.size()),
                    completion == null ? Messages.Properties_NotCompleted : NLS.bind(Messages.Properties_Completed,
                            completion.error() == null ? Messages.Packer_Ok : completion.error().name()) }));
        }
    }

    /** The drawing's height: a row per call and a line for the completion. */
    private int contentHeight() {
        return 6 + calls.size() * scaled(ROW_HEIGHT) + 30;
    }

    private void updateScrollBar() {
        org.eclipse.swt.widgets.ScrollBar bar = canvas.getVerticalBar();
        int visible = Math.max(1, canvas.getClientArea().height);
        bar.setMaximum(Math.max(visible, contentHeight()));
        bar.setThumb(visible);
        bar.setPageIncrement(visible);
        bar.setIncrement(scaled(ROW_HEIGHT) / 2);
        bar.setVisible(contentHeight() > visible);
    }

    /** The position of the last blockmapFile event of an offloaded operation; -1 when there is none. */
    public static int lastOperation(List<TraceEvent> events) {
        for (int i = events.size() - 1; i >= 0; i--) {
            TraceEvent e = events.get(i);
            if (e.name().equals("blockmapFile") && e.operationId() > 0) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The position of {@code event} in {@code events} (its sequence number, from 1); -1 when not there: a
     * step back removed it, or it is another simulation's event with the same number.
     */
    public static int indexOf(List<TraceEvent> events, TraceEvent event) {
        int i = (int) event.sequence() - 1;
        return i >= 0 && i < events.size() && events.get(i).equals(event) ? i : -1;
    }

    /**
     * Where to start looking for the events of {@code operation}, which has an event at {@code at}:
     * operation IDs are given in order at an operation's first blockmapFile, so no event of it comes
     * before the first blockmapFile of an earlier operation (the scan stops there, not at the trace's start).
     */
    private static int firstOf(List<TraceEvent> events, int at, long operation) {
        for (int i = at; i >= 0; i--) {
            TraceEvent e = events.get(i);
            if (e.operationId() > 0 && e.operationId() < operation && !e.continuation() && e.kind().equals("call")
                    && e.name().equals("blockmapFile")) {
                return i + 1;
            }
        }
        return 0;
    }

    private static int capacity(TraceEvent call) {
        return Math.max(1, call.packerCapacity());
    }

    /**
     * What a blockmapFile reply said besides its extents: its error, or how many extents it packed, and
     * the free space it reported, "→ 2 extents; free 2,516,992 bytes (#14)".
     */
    public static String replySummary(TraceEvent reply) {
        String packed = reply.error() != null ? reply.error().name()
                : NLS.bind(reply.extents() != null && reply.extents().size() == 1 ? Messages.Packer_Extent : Messages.Packer_Extents,
                        reply.extents() == null ? 0 : reply.extents().size());
        return "→ " + packed + freeSpace(reply);
    }

    /** The free space a reply reported: "; free 2,516,992 bytes (#14)", "; free space not updated (#15)". */
    private static String freeSpace(TraceEvent reply) {
        org.extentlab.kernel.FreeSpace free = reply.freeSpace();
        if (free == null || free.kind() == org.extentlab.kernel.FreeSpace.Kind.NONE) {
            return "";
        }
        return free.kind() == org.extentlab.kernel.FreeSpace.Kind.VALUE
                ? NLS.bind(Messages.Packer_Free, String.format(java.util.Locale.ROOT, "%,d", free.freeBytes()), free.sequence())
                : NLS.bind(Messages.Packer_NotUpdated, free.sequence());
    }

    private void paint(GC gc) {
        slots.clear();
        int y = 6 - canvas.getVerticalBar().getSelection();
        for (int i = 0; i < calls.size(); i++) {
            Call call = calls.get(i);
            TraceEvent request = call.request();
            gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_BLACK));
            gc.drawString(NLS.bind(Messages.Packer_Call, new Object[] {
                    request.continuation() ? Messages.Packer_Continuation : request.name(), request.operationId(),
                    request.offset(), request.length(), request.flags(), replySummary(call.reply()) }), 6, y, true);
            List<PackedExtent> extents = call.reply().extents() == null ? List.of() : call.reply().extents();
            // Every slot when they fit; otherwise the filled ones and one standing for the empty rest.
            int fitting = Math.max(1, (canvas.getClientArea().width - 320) / (scaled(SLOT_WIDTH) + 6));
            int drawn = call.capacity() <= fitting ? call.capacity() : Math.min(call.capacity(), extents.size() + 1);
            for (int slot = 0; slot < drawn; slot++) {
                int x = 6 + slot * (scaled(SLOT_WIDTH) + 6);
                int top = y + scaled(20);
                slots.add(new Slot(new org.eclipse.swt.graphics.Rectangle(x, top, scaled(SLOT_WIDTH), scaled(SLOT_HEIGHT)),
                        slot < extents.size() ? extents.get(slot).type().traceName() : ""));
                if (slot < extents.size()) {
                    PackedExtent extent = extents.get(slot);
                    RGB rgb = extent.type() == PackedExtentType.DATA ? DATA
                            : extent.type() == PackedExtentType.ZERO_FILL ? ZERO_FILL : READ_ONLY;
                    Color fill = new Color(canvas.getDisplay(), rgb);
                    gc.setBackground(fill);
                    gc.fillRectangle(x, top, scaled(SLOT_WIDTH), scaled(SLOT_HEIGHT));
                    fill.dispose();
                    gc.setForeground(canvas.getDisplay().getSystemColor(
                            extent.type() == PackedExtentType.DATA ? SWT.COLOR_WHITE : SWT.COLOR_BLACK));
                    gc.drawString(extent.type().traceName() + (call.beyond(extent) ? Messages.Packer_Beyond : ""), x + 4, top + 2, true);
                    gc.drawString(extent.logicalOffset() + " +" + extent.length(), x + 4, top + scaled(17), true);
                    if (call.beyond(extent)) {
                        gc.setLineStyle(SWT.LINE_DASH);
                    }
                }
                gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
                gc.drawRectangle(x, top, scaled(SLOT_WIDTH), scaled(SLOT_HEIGHT));
                gc.setLineStyle(SWT.LINE_SOLID);
                if (slot == drawn - 1 && drawn < call.capacity()) {
                    gc.drawString(NLS.bind(Messages.Packer_EmptySlots, call.capacity() - extents.size()), x + 4, top + scaled(9), true);
                }
            }
            if (extents.size() >= call.capacity() && i + 1 < calls.size()) {
                gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
                gc.drawString(NLS.bind(Messages.Packer_Full, request.operationId()),
                        12 + drawn * (scaled(SLOT_WIDTH) + 6), y + scaled(28), true);
            }
            y += scaled(ROW_HEIGHT);
        }
        if (completion != null) {
            gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_DARK_GREEN));
            gc.drawString(NLS.bind(Messages.Packer_Completion, new Object[] { completion.name(), completion.operationId(),
                    completion.offset(), completion.length(),
                    completion.error() == null ? Messages.Packer_Ok : completion.error().name(),
                    (completion.size() >= 0 ? NLS.bind(Messages.Packer_Size, completion.size()) : "") //$NON-NLS-1$
                            + freeSpace(completion) }), 6, y + 4, true);
        }
    }

    /** The operation shown (for tests). */
    public long operation() {
        return operation;
    }

    /** Its blockmap calls as drawn (for tests). */
    public List<Call> calls() {
        return calls;
    }

    @Override
    public void setFocus() {
        canvas.setFocus();
    }

}
