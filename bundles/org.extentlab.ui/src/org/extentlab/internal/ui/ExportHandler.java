package org.extentlab.internal.ui;

import org.eclipse.osgi.util.NLS;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
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
    public static final String EXPORT_RUN = "org.extentlab.ui.commands.exportRun";
    public static final String SAVE_IMAGE_AS = "org.extentlab.ui.commands.saveImageAs";
    /** The most frames a run is exported as. */
    public static final int MOST_FRAMES = 1000;
    /** The most frames an animated GIF gets (they are held in memory until written). */
    public static final int MOST_GIF_FRAMES = 200;
    /** The parameter naming the file to write, for both commands. */
    public static final String FILE = "org.extentlab.ui.commands.export.file";
    public static final Object FAMILY = new Object();

    @Override
    public Object execute(ExecutionEvent event) {
        IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindow(event);
        Shell shell = window == null ? null : window.getShell();
        Display display = shell != null ? shell.getDisplay() : Display.getDefault();
        boolean trace = event.getCommand().getId().equals(EXPORT_TRACE);
        boolean sequence = event.getCommand().getId().equals(EXPORT_RUN);
        if (event.getCommand().getId().equals(SAVE_IMAGE_AS)) {
            return saveImageAs(event.getParameter(FILE), shell, display);
        }
        Consumer<String> onError = TransportHandler.errors(shell, display, trace ? Messages.Export_TraceTitle : sequence
                ? Messages.Export_RunTitle : Messages.Export_ViewTitle);
        if ((trace || sequence) && SimulationSession.getDefault().simulation() == null) {
            onError.accept(Messages.Export_NoSimulation);
            return null;
        }
        SessionView view = null;
        if (!trace) {
            IWorkbenchPart part = HandlerUtil.getActivePart(event);
            if (!(part instanceof SessionView sessionView)) {
                onError.accept(Messages.Export_NoView);
                return null;
            }
            view = sessionView;
        }
        String file = event.getParameter(FILE);
        if (sequence) {
            if (file == null && shell != null) {
                FileDialog target = new FileDialog(shell, SWT.SAVE);
                target.setText(Messages.Export_RunDialog);
                target.setFilterExtensions(new String[] { "*.gif", "*" });
                target.setFileName(view.getPartName().replace(' ', '-').toLowerCase(java.util.Locale.ROOT) + "-run.gif");
                target.setOverwrite(true);
                file = target.open();
            }
            return file == null ? null : exportRun(view, Path.of(file), display, onError);
        }
        if (file == null && shell != null) {
            FileDialog dialog = new FileDialog(shell, SWT.SAVE);
            dialog.setText(trace ? Messages.Export_TraceDialog : Messages.Export_ViewDialog);
            dialog.setFilterExtensions(new String[] { trace ? "*.jsonl" : "*.png", "*" });
            dialog.setFileName(trace ? "trace.jsonl" : view.getPartName().replace(' ', '-').toLowerCase() + ".png");
            dialog.setOverwrite(true);
            file = dialog.open();
        }
        if (file == null) {
            return null;
        }
        Path target = Path.of(file);
        if (trace) {
            return SimulationSession.getDefault().exportTrace(target, display, onError);
        }
        return writePng(view.capture(), target, onError);
    }

    /** File > Save Image As: the image with the simulation's changes, to a file the user names. */
    private static Object saveImageAs(String file, Shell shell, Display display) {
        Consumer<String> onError = TransportHandler.errors(shell, display, Messages.SaveImage_Title);
        SimulationSession session = SimulationSession.getDefault();
        if (session.simulation() == null) {
            onError.accept(Messages.Export_NoSimulation);
            return null;
        }
        String chosen = file;
        if (chosen == null && shell != null) {
            FileDialog dialog = new FileDialog(shell, SWT.SAVE);
            dialog.setText(Messages.SaveImage_Dialog);
            dialog.setFileName(session.image().getFileName().toString().replaceFirst("\\.(gz|xz|zst)$", "")
                    .replaceFirst("(\\.[^.]*)?$", "-simulated$1"));
            dialog.setFilterPath(String.valueOf(session.image().toAbsolutePath().getParent()));
            dialog.setOverwrite(true);
            chosen = dialog.open();
        }
        return chosen == null ? null : session.saveImageAs(Path.of(chosen), display, onError);
    }

    /**
     * Saves {@code view} at every step of the history, from the start to the end: as an animated GIF
     * when {@code folder} names a .gif file (half a second a step, at most {@link #MOST_GIF_FRAMES}),
     * else as frame-0000.png, frame-0001.png, ... in that folder; then goes back to the step the session
     * was at.
     */
    public static Job exportRun(SessionView view, Path folder, Display display, Consumer<String> onError) {
        SimulationSession session = SimulationSession.getDefault();
        boolean gif = folder.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".gif");
        return Jobs.schedule(NLS.bind(Messages.Export_RunJob, gif ? Messages.Export_Gif : Messages.Export_Frames), FAMILY, true, monitor -> {
            int[] position = session.position();
            int frames = Math.min(position[1], (gif ? MOST_GIF_FRAMES : MOST_FRAMES) - 1) + 1;
            monitor.beginTask(Messages.Export_RunTask, frames);
            java.util.List<ImageData> captured = new java.util.ArrayList<>();
            try {
                if (gif) {
                    if (isTheImage(folder)) {
                        onError.accept(NLS.bind(Messages.Export_IsImage, folder));
                        return;
                    }
                } else {
                    Files.createDirectories(folder);
                    try (var existing = Files.newDirectoryStream(folder, "frame-*.png")) {
                        if (existing.iterator().hasNext()) {
                            onError.accept(NLS.bind(Messages.Export_FramesExist, folder));
                            return;
                        }
                    }
                }
                for (int step = 0; step < frames && !monitor.isCanceled(); step++) {
                    session.goTo(step, display, onError).join();
                    ImageData[] frame = new ImageData[1];
                    // After the session's own refresh (queued before this), draw and capture the view.
                    display.syncExec(() -> {
                        if (!view.content().isDisposed()) {
                            view.refresh();
                            view.content().update();
                            frame[0] = view.capture();
                        }
                    });
                    if (frame[0] == null) {
                        onError.accept(Messages.Export_ViewClosed);
                        return;
                    }
                    if (gif) {
                        captured.add(frame[0]);
                    } else {
                        ImageLoader loader = new ImageLoader();
                        loader.data = new ImageData[] { frame[0] };
                        loader.save(folder.resolve(String.format("frame-%04d.png", step)).toString(), SWT.IMAGE_PNG);
                    }
                    monitor.worked(1);
                }
                session.goTo(position[0], display, onError).join();
                if (gif && !captured.isEmpty()) {
                    Path partial = folder.resolveSibling(folder.getFileName() + ".part");
                    GifFrames.save(captured, 50, partial.toString());
                    Files.move(partial, folder, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
            } catch (IOException | RuntimeException e) {
                onError.accept(NLS.bind(Messages.Export_FramesFailed, folder, e.getMessage()));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
    }

    /** Whether {@code target} is the image the simulation runs on. */
    private static boolean isTheImage(Path target) throws IOException {
        if (!Files.exists(target)) {
            return false;
        }
        for (Path image : new Path[] { SimulationSession.getDefault().image(), SimulationSession.getDefault().simulatedImage() }) {
            if (image != null && Files.isSameFile(image, target)) {
                return true;
            }
        }
        return false;
    }

    /** Saves {@code data} as a PNG in a job (encoding a large view takes a while). */
    static Job writePng(ImageData data, Path target, Consumer<String> onError) {
        return Jobs.schedule(NLS.bind(Messages.Export_Job, target.getFileName()), FAMILY, false, monitor -> {
            try {
                if (isTheImage(target)) {
                    onError.accept(NLS.bind(Messages.Export_IsImage, target));
                    return;
                }
                Path partial = target.resolveSibling(target.getFileName() + ".part");
                ImageLoader loader = new ImageLoader();
                loader.data = new ImageData[] { data };
                loader.save(partial.toString(), SWT.IMAGE_PNG);
                Files.move(partial, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException | RuntimeException e) {
                onError.accept(NLS.bind(Messages.Export_Failed, target, e.getMessage()));
            }
        });
    }
}
