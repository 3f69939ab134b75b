package org.extentlab.internal.ui;

import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.part.ViewPart;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

import org.eclipse.core.runtime.jobs.Job;
import org.extentlab.kernel.sim.Inspection;
import org.extentlab.ui.SimulationSession;

/**
 * A view of the simulation: a status line at its top, its content below, and {@link #refresh} called
 * whenever the session changes (on the UI thread), until the view is closed. It renders the session's
 * latest snapshot and never locks or walks the engine: what the snapshot lacks (a folder's items, an
 * item's details, a unit's bytes) it {@link #ask asks} in a job and shows when the answer comes.
 * While a step runs the view keeps what it shows.
 */
public abstract class SessionView extends ViewPart {
    protected Label status;
    private final Runnable listener = this::refresh;
    /** A new zoom level: the fonts are scaled already; what the view draws is laid out again. */
    private final Runnable zoomed = this::zoomed;
    private final ISelectionListener selectionListener = this::selectionChanged;

    @Override
    public final void createPartControl(Composite parent) {
        status = Views.statusLine(parent);
        createContent(parent);
        Presentation.apply(parent);
        Presentation.addListener(zoomed);
        HelpContexts.set(parent, getSite().getId()); // F1: this view's help
        SimulationSession.getDefault().addListener(listener);
        getSite().getPage().addSelectionListener(selectionListener);
        refresh();
        // A view opened later shows what is already selected.
        selectionChanged(null, getSite().getPage().getSelection());
    }

    /** Another part's selection changed ({@code part} null: the page's selection when the view opens). */
    protected void selectionChanged(IWorkbenchPart part, ISelection selection) {
        // Views that follow the selection override this.
    }

    /**
     * Whether the view shows the volume at the moment chosen in the Protocol Trace (the map, the
     * navigator, Block Hex, Properties) rather than always the present.
     */
    protected boolean followsMoments() {
        return false;
    }

    /** The colour of a status line that shows an earlier moment. */
    private static final org.eclipse.swt.graphics.Color MOMENT = new org.eclipse.swt.graphics.Color(255, 236, 170);

    /**
     * {@code text} for the status line: behind a note naming the moment when the view shows one, which
     * also colours the line.
     */
    protected String momentStatus(String text) {
        org.extentlab.ui.Moment shown = followsMoments() ? SimulationSession.getDefault().moment() : null;
        status.setBackground(shown == null ? null : MOMENT);
        String plain = !momentPrefix.isEmpty() && text.startsWith(momentPrefix) ? text.substring(momentPrefix.length())
                : text;
        momentPrefix = shown == null ? "" : org.eclipse.osgi.util.NLS.bind(Messages.Moment_Status, shown.event(),
                shown.at().kind() + " " + shown.at().name());
        return momentPrefix + plain;
    }

    /** The note {@link #momentStatus} put before the status line's text last ("" for the present). */
    private String momentPrefix = "";

    /** Makes the view's content under the status line. */
    protected abstract void createContent(Composite parent);

    /** The control that shows the content (null before it is made). */
    protected abstract Control content();

    /** Forgets what was read: there is no simulation. */
    protected abstract void clear();

    /** Shows {@code snapshot} (the present's, or the moment's) and says it in the status line. */
    protected abstract void read(Inspection.Snapshot snapshot);

    /** The number of the latest question of each kind, so that only its answer is shown. */
    private final Map<String, Integer> asked = new HashMap<>();
    private final Map<String, Job> asking = new HashMap<>();

    /**
     * Asks {@code question} of the simulation the view shows (the moment's copy for a view that follows
     * moments) in a job; {@code onAnswer} hears the answer on the UI thread, unless a question of the
     * same {@code kind} was asked since (that one's answer counts), the simulation moved on, or the view
     * was closed.
     */
    protected <T> void ask(String kind, SimulationSession.Question<T> question, Consumer<T> onAnswer) {
        Job earlier = asking.remove(kind);
        if (earlier != null) {
            earlier.cancel();
        }
        int number = asked.merge(kind, 1, Integer::sum);
        Control content = content();
        Job job = SimulationSession.getDefault().ask(getPartName(), followsMoments(), question, content.getDisplay(),
                answer -> {
                    if (asked.get(kind) == number && !content.isDisposed()) {
                        asking.remove(kind);
                        onAnswer.accept(answer);
                    }
                });
        if (job != null) {
            asking.put(kind, job);
        }
    }

    /** Drops the question of {@code kind} under way, if any: its answer will not be shown. */
    protected void forget(String kind) {
        Job earlier = asking.remove(kind);
        if (earlier != null) {
            earlier.cancel();
        }
        asked.merge(kind, 1, Integer::sum);
    }

    /** Says {@code text} in the status line (behind the moment's note when the view shows one). */
    protected void say(String text) {
        status.setText(momentStatus(text));
    }

    /** The zoom level changed (View > Zoom In): the view lays out and draws again. */
    protected void zoomed() {
        refresh();
    }

    /** Reads the session again and redraws. */
    protected void refresh() {
        Control content = content();
        if (content == null || content.isDisposed()) {
            return;
        }
        SimulationSession session = SimulationSession.getDefault();
        if (session.busy()) {
            status.setText(session.status() + " (running...)");
            return;
        }
        Inspection.Snapshot snapshot = followsMoments() ? session.viewedSnapshot() : session.snapshot();
        long start = System.nanoTime();
        if (snapshot == null) {
            clear();
            status.setText(momentStatus(session.status()));
        } else {
            read(snapshot);
            status.setText(momentStatus(status.getText()));
        }
        content.redraw();
        long took = System.nanoTime() - start;
        if (REPORT_REFRESH) {
            System.err.printf("extentlab: %s refreshed in %.1f ms%n", getPartName(), took / 1e6);
        }
    }

    /** -Dextentlab.reportRefresh=true: each refresh's time on the UI thread, on standard error. */
    private static final boolean REPORT_REFRESH = Boolean.getBoolean("extentlab.reportRefresh");

    /** The status line's text (for tests). */
    public String statusText() {
        return status.getText();
    }

    /** What the view shows now, drawn into an image: the status line and the content below it. */
    public ImageData capture() {
        Composite parent = content().getParent();
        org.eclipse.swt.graphics.Point size = parent.getSize();
        Image image = new Image(parent.getDisplay(), Math.max(1, size.x), Math.max(1, size.y));
        GC gc = new GC(image);
        try {
            gc.setBackground(parent.getBackground());
            gc.fillRectangle(0, 0, size.x, size.y);
            parent.print(gc);
            return image.getImageData();
        } finally {
            gc.dispose();
            image.dispose();
        }
    }

    @Override
    public void dispose() {
        asking.values().forEach(Job::cancel);
        getSite().getPage().removeSelectionListener(selectionListener);
        SimulationSession.getDefault().removeListener(listener);
        Presentation.removeListener(zoomed);
        super.dispose();
    }
}
