package org.extentlab.internal.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;
import org.extentlab.kernel.sim.TraceEvent;
import org.extentlab.ui.SimulationSession;

/**
 * Simulation > Power Cut Here...: the image as the device held it right after the event selected in the
 * Protocol Trace (the last event when none is), written to a file the user names, and the format's
 * checker's report on it in a dialog. The event and the file can come as command parameters.
 */
public class PowerCutHandler extends AbstractHandler {
    public static final String ID = "org.extentlab.ui.commands.powerCut";
    public static final String EVENT = "org.extentlab.ui.commands.powerCut.event";
    /** The dialog's title, for tests that answer it. */
    public static final String DIALOG_TITLE = Messages.PowerCut_Title;

    @Override
    public boolean isEnabled() {
        return SimulationSession.getDefault().simulation() != null;
    }

    @Override
    public Object execute(ExecutionEvent event) {
        IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindow(event);
        Shell shell = window == null ? null : window.getShell();
        Display display = shell != null ? shell.getDisplay() : Display.getDefault();
        Consumer<String> onError = TransportHandler.errors(shell, display, Messages.PowerCut_Title);
        SimulationSession session = SimulationSession.getDefault();
        org.extentlab.kernel.sim.Inspection.Snapshot present = session.snapshot();
        if (present == null) {
            onError.accept(Messages.Export_NoSimulation);
            return null;
        }
        long cutAfter;
        String given = event.getParameter(EVENT);
        if (given != null) {
            try {
                cutAfter = Long.parseLong(given.strip());
            } catch (NumberFormatException e) {
                onError.accept(given + ": not an event number");
                return null;
            }
        } else {
            cutAfter = selectedEvent(window, present);
        }
        if (cutAfter <= 0 && given == null) {
            onError.accept(Messages.PowerCut_NoEvent);
            return null;
        }
        String file = event.getParameter(ExportHandler.FILE);
        if (file == null && shell != null) {
            FileDialog dialog = new FileDialog(shell, SWT.SAVE);
            dialog.setText(Messages.PowerCut_Dialog);
            dialog.setFileName(session.image().getFileName().toString().replaceFirst("\\.(gz|xz|zst)$", "")
                    .replaceFirst("(\\.[^.]*)?$", "-cut-at-" + cutAfter + "$1"));
            dialog.setFilterPath(String.valueOf(session.image().toAbsolutePath().getParent()));
            dialog.setOverwrite(true);
            file = dialog.open();
        }
        if (file == null) {
            return null;
        }
        Path target = Path.of(file);
        return session.powerCut(cutAfter, target, display, onError, report -> display.asyncExec(() -> {
            if (shell != null && !shell.isDisposed()) {
                show(shell, report, target);
            }
        }));
    }

    /** The event selected in the Protocol Trace, else the last one; 0 when the trace is empty. */
    private static long selectedEvent(IWorkbenchWindow window, org.extentlab.kernel.sim.Inspection.Snapshot present) {
        ISelection selection = window == null ? null : window.getSelectionService().getSelection(ProtocolTraceView.ID);
        if (selection instanceof IStructuredSelection structured && structured.getFirstElement() instanceof TraceEvent chosen) {
            return chosen.sequence();
        }
        List<TraceEvent> events = present.events();
        return events.isEmpty() ? 0 : events.get(events.size() - 1).sequence();
    }

    /** The report: which event, what it means for the device, the checker's verdict and its own words. */
    private static void show(Shell shell, SimulationSession.PowerCutReport report, Path target) {
        String message = NLS.bind(Messages.PowerCut_Report, new Object[] { report.cut().describe(), target,
                report.checker().verdict() });
        new MessageDialog(shell, Messages.PowerCut_Title, null, message,
                report.checker().clean() ? MessageDialog.INFORMATION : MessageDialog.WARNING, 0, "OK") {
            @Override
            protected void configureShell(Shell shell) {
                super.configureShell(shell);
                HelpContexts.set(shell, "org.extentlab.ui.dialogs.powerCut"); // F1: this dialog's help
            }

            @Override
            protected Control createCustomArea(Composite parent) {
                Composite area = new Composite(parent, SWT.NONE);
                GridDataFactory.fillDefaults().grab(true, true).applyTo(area);
                area.setLayout(new org.eclipse.swt.layout.GridLayout(1, false));
                Text output = new Text(area, SWT.BORDER | SWT.MULTI | SWT.READ_ONLY | SWT.V_SCROLL | SWT.H_SCROLL);
                output.setText(report.checker().output().strip());
                output.setFont(org.eclipse.jface.resource.JFaceResources.getTextFont());
                GridDataFactory.fillDefaults().grab(true, true).hint(640, 200).applyTo(output);
                Label legend = new Label(area, SWT.WRAP);
                legend.setText(Messages.PowerCut_Legend);
                GridDataFactory.fillDefaults().grab(true, false).hint(640, SWT.DEFAULT).applyTo(legend);
                return area;
            }

            @Override
            protected boolean isResizable() {
                return true;
            }
        }.open();
    }
}
