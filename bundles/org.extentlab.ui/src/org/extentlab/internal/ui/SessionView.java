package org.extentlab.internal.ui;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.part.ViewPart;
import org.extentlab.ui.SimulationSession;

/**
 * A view of the simulation: a status line at its top, its content below, and {@link #refresh} called
 * whenever the session changes (on the UI thread), until the view is closed.
 */
abstract class SessionView extends ViewPart {
    protected Label status;
    private final Runnable listener = this::refresh;

    @Override
    public final void createPartControl(Composite parent) {
        status = Views.statusLine(parent);
        createContent(parent);
        SimulationSession.getDefault().addListener(listener);
        refresh();
    }

    /** Makes the view's content under the status line. */
    protected abstract void createContent(Composite parent);

    /** Reads the session again and redraws. */
    protected abstract void refresh();

    @Override
    public void dispose() {
        SimulationSession.getDefault().removeListener(listener);
        super.dispose();
    }
}
