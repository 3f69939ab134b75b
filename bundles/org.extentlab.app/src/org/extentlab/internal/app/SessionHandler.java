package org.extentlab.internal.app;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Consumer;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;
import org.extentlab.kernel.sim.KernelSettings;
import org.extentlab.ui.SimulationSession;

/**
 * File > Save Session..., Export Session Bundle... and Open Session...: the session file
 * ({@link SessionFiles}), or a bundle holding it and its image ({@link SessionBundles}), from the command's
 * file parameter or a file dialog. Opening checks the file and the image first, then opens the image and
 * replays the saved steps to the saved position; a file that cannot be used changes nothing.
 */
public class SessionHandler extends AbstractHandler {
    public static final String SAVE = "org.extentlab.app.commands.saveSession";
    public static final String OPEN = "org.extentlab.app.commands.openSession";
    public static final String EXPORT = "org.extentlab.app.commands.exportSessionBundle";
    public static final String FILE = "org.extentlab.app.commands.session.file";
    public static final Object FAMILY = new Object();

    @Override
    public Object execute(ExecutionEvent event) {
        IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindow(event);
        Shell shell = window == null ? null : window.getShell();
        Display display = shell != null ? shell.getDisplay() : Display.getDefault();
        boolean export = event.getCommand().getId().equals(EXPORT);
        boolean save = export || event.getCommand().getId().equals(SAVE);
        String title = export ? Messages.Session_ExportTitle : save ? Messages.Session_SaveTitle : Messages.Session_OpenTitle;
        Consumer<String> onError = org.extentlab.internal.ui.TransportHandler.errors(shell, display, title);
        SimulationSession.State state = save ? SimulationSession.getDefault().state() : null;
        if (save && (state == null || SimulationSession.getDefault().busy())) {
            onError.accept(state == null ? Messages.Session_NothingToSave : Messages.Session_Busy);
            return null;
        }
        String file = event.getParameter(FILE);
        if (file == null && shell != null) {
            FileDialog dialog = new FileDialog(shell, save ? SWT.SAVE : SWT.OPEN);
            dialog.setText(title);
            dialog.setFilterExtensions(export ? new String[] { "*." + SessionBundles.EXTENSION, "*" }
                    : new String[] { "*." + SessionFiles.EXTENSION + ";*." + SessionBundles.EXTENSION, "*" });
            if (save) {
                dialog.setFileName(state.image().getFileName() + "." + (export ? SessionBundles.EXTENSION
                        : SessionFiles.EXTENSION));
                dialog.setOverwrite(true);
            }
            file = dialog.open();
        }
        if (file == null) {
            return null;
        }
        Path path = Path.of(file);
        if (export) {
            return write(Messages.Session_Exporting, SessionBundles::export, state, path, onError);
        }
        return save ? write(Messages.Session_Saving, SessionFiles::save, state, path, onError)
                : open(path, display, shell, onError);
    }

    /** A way of writing a session to a file: a session file or a bundle. */
    private interface Writer {
        void write(SimulationSession.State state, Path target) throws IOException;
    }

    /** Writes {@code state} to {@code target} with {@code writer} in a job; a failure reaches {@code onError}. */
    private static Job write(String name, Writer writer, SimulationSession.State state, Path target,
            Consumer<String> onError) {
        return schedule(name, monitor -> {
            try {
                writer.write(state, target);
            } catch (IOException e) {
                onError.accept(NLS.bind(Messages.Session_NotSaved, e.getMessage()));
            }
        });
    }

    /** Checks the file, opens its image, waits for the simulation and restores the saved steps. */
    public static Job open(Path file, Display display, Shell shell, Consumer<String> onError) {
        return schedule(NLS.bind(Messages.Session_Opening, file.getFileName()), monitor -> {
            SessionFiles.Saved saved;
            try {
                // A bundle (a session and its image in one zip) is unpacked once, then opened as a session.
                Path session = SessionBundles.isBundle(file) ? SessionBundles.unpack(file, SessionBundles.defaultCache())
                        : file;
                saved = SessionFiles.load(session);
            } catch (IOException e) {
                onError.accept(e.getMessage());
                return;
            }
            SimulationSession session = SimulationSession.getDefault();
            Object before = session.simulation();
            Job[] opening = new Job[1];
            // A session that simulated a damaged volume anyway reopens so without asking again.
            Boolean damaged = saved.settings().allowDamaged() ? Boolean.TRUE : null;
            display.syncExec(() -> opening[0] = ImageOpener.open(saved.image(), saved.partition(), display, shell, true,
                    null, damaged));
            try {
                if (opening[0] == null) {
                    return;
                }
                opening[0].join();
                long until = System.nanoTime() + 60_000_000_000L;
                while ((session.simulation() == before || !saved.image().toAbsolutePath().equals(session.image()))
                        && System.nanoTime() < until && !monitor.isCanceled()) {
                    Job.getJobManager().join(SimulationSession.FAMILY, monitor);
                    Thread.sleep(20);
                }
                if (!saved.image().toAbsolutePath().equals(session.image())) {
                    onError.accept(NLS.bind(Messages.Session_ImageDidNotOpen, saved.image()));
                    return;
                }
                // Read-only unless the session or the user's answer when the image opened says otherwise.
                KernelSettings settings = saved.settings().copy()
                        .allowDamaged(saved.settings().allowDamaged() || session.settings().allowDamaged());
                session.restore(saved.script(), saved.position(), settings, saved.policy(), saved.seed(), display,
                        onError);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
    }

    private static Job schedule(String name, java.util.function.Consumer<IProgressMonitor> body) {
        return org.extentlab.internal.ui.Jobs.schedule(name, FAMILY, true, body);
    }
}
