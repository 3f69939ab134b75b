package org.extentlab.internal.app;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.extentlab.images.CompressedImages;
import org.extentlab.images.DetectedFormat;
import org.extentlab.images.FormatSniffer;
import org.extentlab.images.ImageFormatException;
import org.extentlab.images.LoadedVolume;
import org.extentlab.images.PartitionContent;
import org.extentlab.images.VolumeLoader;
import org.extentlab.ui.SimulationSession;

/** Opens a disk image in a background job and publishes the outcome to the {@link ImageSession}. */
public final class ImageOpener {
    /** The job family of every open, so that tests and views can wait for or cancel them. */
    public static final Object FAMILY = ImageOpener.class;

    private ImageOpener() {
    }

    /** Partition argument: ask the user when the image has several partitions. */
    public static final int ASK = -1;
    /** Partition argument: the whole image, or its first partition holding a readable volume. */
    public static final int FIRST_READABLE = 0;

    /**
     * Starts opening {@code path}; an image that cannot be read ends in {@link ImageState.Failed} and, when
     * {@code showErrors}, a dialog over {@code shell}. {@code partition} is a 1-based partition number,
     * {@link #ASK} or {@link #FIRST_READABLE}.
     */
    public static Job open(Path path, int partition, Display display, Shell shell, boolean showErrors) {
        return open(path, partition, display, shell, showErrors, null);
    }

    /**
     * {@link #open(Path, int, Display, Shell, boolean)}, then {@code then} (when not null) on the UI thread
     * once a volume opened and its simulation's start is scheduled: a job {@code then} schedules on the
     * simulation session runs after that start. (A listener on the returned job could be added after the
     * job ended, and never hear of it.)
     */
    public static Job open(Path path, int partition, Display display, Shell shell, boolean showErrors, Runnable then) {
        return open(path, partition, display, shell, showErrors, then, null);
    }

    /**
     * {@link #open(Path, int, Display, Shell, boolean, Runnable)}; a damaged volume is simulated anyway
     * when {@code simulateDamaged} is true, opens read-only when it is false, and makes the user choose
     * when it is null.
     */
    public static Job open(Path path, int partition, Display display, Shell shell, boolean showErrors, Runnable then,
            Boolean simulateDamaged) {
        Path absolute = path.toAbsolutePath().normalize();
        ImageSession.getDefault().set(new ImageState.Opening(absolute));
        Job job = new Job(NLS.bind(Messages.Open_JobName, ImageSession.fileName(absolute))) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                ImageState outcome;
                int opened = 0;
                try {
                    Path readFrom = CompressedImages.uncompressed(absolute, CompressedImages.defaultCache(), monitor);
                    DetectedFormat format = FormatSniffer.sniff(readFrom);
                    LoadedVolume volume = null;
                    String readError = "";
                    int which = partition;
                    if (which == ASK) {
                        // Only a partition table gives something to ask about; a bare volume is read whole.
                        which = format.format().isPartitionTable() ? askForPartition(readFrom, display, shell)
                                : FIRST_READABLE;
                    }
                    if (which == ASK) {
                        readError = Messages.Open_Cancelled;
                    } else if (format.format().isSupported() || format.format().isPartitionTable()) {
                        try {
                            volume = VolumeLoader.load(readFrom, which, monitor);
                        } catch (ImageFormatException e) {
                            readError = e.getMessage();
                        } catch (OperationCanceledException e) {
                            readError = Messages.Open_Cancelled;
                        }
                    }
                    outcome = new ImageState.Opened(absolute, format, volume, readError, readFrom);
                    opened = Math.max(0, which);
                } catch (OperationCanceledException e) {
                    outcome = new ImageState.Failed(absolute, Messages.Open_Cancelled);
                } catch (NoSuchFileException e) {
                    outcome = new ImageState.Failed(absolute, Messages.Open_NoSuchFile);
                } catch (IOException e) {
                    outcome = new ImageState.Failed(absolute, e.getMessage() == null ? e.toString() : e.getMessage());
                }
                publish(display, shell, outcome, showErrors, opened, then, simulateDamaged);
                return Status.OK_STATUS;
            }

            @Override
            public boolean belongsTo(Object family) {
                return family == FAMILY;
            }
        };
        job.setUser(true);
        job.schedule();
        return job;
    }

    /**
     * Which partition to open: the only one, or the user's choice in a {@link PartitionDialog}; {@link #ASK}
     * when the user cancels.
     */
    private static int askForPartition(Path image, Display display, Shell shell) throws IOException {
        List<PartitionContent> partitions = VolumeLoader.partitions(image);
        if (partitions.size() <= 1 || shell == null) {
            return FIRST_READABLE;
        }
        int[] chosen = { ASK };
        display.syncExec(() -> {
            if (!shell.isDisposed()) {
                PartitionDialog dialog = new PartitionDialog(shell, ImageSession.fileName(image), partitions);
                if (dialog.open() == Window.OK) {
                    chosen[0] = dialog.chosen();
                }
            }
        });
        return chosen[0];
    }

    /**
     * Asks what to do with a volume its reader found damaged, as a system would ask before mounting it:
     * open it read-only (the default) or simulate anyway, to show what the damage does.
     */
    private static boolean simulateAnyway(Shell shell, ImageState.Opened opened) {
        if (shell == null || shell.isDisposed()) {
            return false;
        }
        java.util.List<String> problems = opened.volume().problems();
        StringBuilder list = new StringBuilder();
        for (String problem : problems.subList(0, Math.min(5, problems.size()))) {
            list.append("\n  \u2022 ").append(problem);
        }
        if (problems.size() > 5) {
            list.append("\n  ").append(NLS.bind(Messages.Damaged_More, problems.size() - 5));
        }
        MessageDialog dialog = new MessageDialog(shell, Messages.Damaged_Title, null,
                NLS.bind(Messages.Damaged_Message, new Object[] { ImageSession.fileName(opened.path()), list,
                        org.extentlab.kernel.sim.Simulation.repairCommand(opened.volume()) }),
                MessageDialog.WARNING, 0, Messages.Damaged_ReadOnly, Messages.Damaged_Anyway);
        return dialog.open() == 1;
    }

    static void publish(Display display, Shell shell, ImageState outcome, boolean showErrors, int partition,
            Runnable then, Boolean simulateDamaged) {
        if (display.isDisposed()) {
            return;
        }
        display.asyncExec(() -> {
            if (display.isDisposed()) {
                return;
            }
            ImageSession.getDefault().set(outcome);
            if (outcome instanceof ImageState.Opened opened && opened.volume() != null) {
                boolean damaged = !opened.volume().problems().isEmpty();
                SimulationSession.getDefault().allowDamaged(damaged
                        && (simulateDamaged != null ? simulateDamaged : simulateAnyway(shell, opened)));
                SimulationSession.getDefault().start(opened.path(), opened.readFrom(), partition, opened.volume(), display);
                if (then != null) {
                    then.run();
                }
            } else {
                SimulationSession.getDefault().stop(display, outcome instanceof ImageState.Opened opened
                        && !opened.readError().isEmpty() ? opened.readError() : Messages.Simulation_NoVolume);
            }
            if (showErrors && outcome instanceof ImageState.Failed failed && shell != null && !shell.isDisposed()) {
                MessageDialog.openError(shell, Messages.Open_ErrorTitle,
                        NLS.bind(Messages.Open_ErrorMessage, ImageSession.describe(failed)));
            }
        });
    }
}
