package org.extentlab.internal.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;
import org.extentlab.ui.SimulationSession;

/**
 * Simulation > Export Trace... (the trace so far as JSON Lines) and Export View as PNG... (the active
 * protocol view as it is drawn). The target comes from the command's file parameter or a save dialog
 * that asks before replacing a file; the disk image is never a target.
 */
public class ExportHandler extends AbstractHandler {
    public static final String EXPORT_TRACE = "org.extentlab.ui.commands.exportTrace";
    public static final String EXPORT_VIEW = "org.extentlab.ui.commands.exportView";
    /** The parameter naming the file to write, for both commands. */
    public static final String FILE = "org.extentlab.ui.commands.export.file";
    public static final Object FAMILY = new Object();

    @Override
    public Object execute(ExecutionEvent event) {
        IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindow(event);
        Shell shell = window == null ? null : window.getShell();
        Display display = shell != null ? shell.getDisplay() : Display.getDefault();
        boolean trace = event.getCommand().getId().equals(EXPORT_TRACE);
        Consumer<String> onError = TransportHandler.errors(shell, display, trace ? "Export Trace" : "Export View");
        if (trace && SimulationSession.getDefault().simulation() == null) {
            onError.accept("No simulation is running: open a disk image first.");
            return null;
        }
        SessionView view = null;
        if (!trace) {
            IWorkbenchPart part = HandlerUtil.getActivePart(event);
            if (!(part instanceof SessionView sessionView)) {
                onError.accept("Click in one of the protocol views (Volume Map, Extent Packer, I/O Timeline, "
                        + "Free Space, Protocol Trace, Volume Navigator) first, then export it.");
                return null;
            }
            view = sessionView;
        }
        String file = event.getParameter(FILE);
        if (file == null && shell != null) {
            FileDialog dialog = new FileDialog(shell, SWT.SAVE);
            dialog.setText(trace ? "Export Trace as JSON Lines" : "Export View as PNG");
            dialog.setFilterExtensions(new String[] { trace ? "*.jsonl" : "*.png", "*" });
            dialog.setFileName(trace ? "trace.jsonl" : view.getPartName().replace(' ', '-').toLowerCase() + ".png");
            dialog.setOverwrite(true);
            file = dialog.open();
        }
        if (file == null) {
            return null;
        }
        Path target = Path.of(file);
        Path image = SimulationSession.getDefault().image();
        try {
            if (image != null && Files.exists(target) && Files.isSameFile(image, target)) {
                onError.accept(target + " is the disk image: it is never overwritten. Choose another file.");
                return null;
            }
        } catch (IOException e) {
            onError.accept("Cannot use " + target + ": " + e.getMessage());
            return null;
        }
        if (trace) {
            return SimulationSession.getDefault().exportTrace(target, display, onError);
        }
        return writePng(view.capture(), target, onError);
    }

    /** Saves {@code data} as a PNG in a job (encoding a large view takes a while). */
    static Job writePng(ImageData data, Path target, Consumer<String> onError) {
        Job job = new Job("Exporting " + target.getFileName()) {
            @Override
            protected IStatus run(org.eclipse.core.runtime.IProgressMonitor monitor) {
                try {
                    Path partial = target.resolveSibling(target.getFileName() + ".part");
                    ImageLoader loader = new ImageLoader();
                    loader.data = new ImageData[] { data };
                    loader.save(partial.toString(), SWT.IMAGE_PNG);
                    Files.move(partial, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                } catch (IOException | RuntimeException e) {
                    onError.accept("Could not write " + target + ": " + e.getMessage());
                }
                return Status.OK_STATUS;
            }

            @Override
            public boolean belongsTo(Object family) {
                return family == FAMILY;
            }
        };
        job.schedule();
        return job;
    }
}
