package org.extentlab.app.tests;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.function.Function;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CLabel;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;

/**
 * Drives the real workbench from a test running on the UI thread: spins the event loop until a
 * condition holds, reads widgets, answers dialogs. (No SWTBot on Maven Central, so this stays small.)
 */
final class WorkbenchDriver {
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private WorkbenchDriver() {
    }

    /** Runs the event loop until {@code condition} holds; fails after a minute with {@code what}. */
    static void waitUntil(String what, BooleanSupplier condition) {
        Display display = Display.getCurrent();
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for " + what);
            }
            if (!display.readAndDispatch()) {
                try {
                    Thread.sleep(10);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new AssertionError("interrupted waiting for " + what, e);
                }
            }
        }
    }

    /** Runs workbench command {@code command} with {@code parameters}, as a menu item would. */
    static void execute(String command, java.util.Map<String, String> parameters) throws Exception {
        org.eclipse.ui.IWorkbenchWindow window = org.eclipse.ui.PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        org.eclipse.ui.commands.ICommandService commands = window.getService(org.eclipse.ui.commands.ICommandService.class);
        org.eclipse.ui.handlers.IHandlerService handlers = window.getService(org.eclipse.ui.handlers.IHandlerService.class);
        handlers.executeCommand(org.eclipse.core.commands.ParameterizedCommand.generateCommand(
                commands.getCommand(command), parameters), null);
    }

    /** File > Open Disk Image on {@code image} (whole image or first partition), waiting for its simulation. */
    static void openImage(java.nio.file.Path image) throws Exception {
        execute("org.extentlab.app.commands.openImage", java.util.Map.of(
                org.extentlab.internal.app.OpenDiskImageHandler.PATH_PARAMETER, image.toString(),
                org.extentlab.internal.app.OpenDiskImageHandler.PARTITION_PARAMETER, "0"));
        waitForJobs(org.extentlab.internal.app.ImageOpener.FAMILY);
        waitForJobs(org.extentlab.ui.SimulationSession.FAMILY);
    }

    /** The workbench window, once no image is being opened and no simulation job runs. */
    static org.eclipse.ui.IWorkbenchWindow settledWindow() {
        org.eclipse.ui.IWorkbenchWindow window = org.eclipse.ui.PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        org.junit.jupiter.api.Assertions.assertNotNull(window, "the workbench has a window");
        waitForJobs(org.extentlab.internal.app.ImageOpener.FAMILY);
        waitForJobs(org.extentlab.ui.SimulationSession.FAMILY);
        return window;
    }

    /** Opens the bundled sample image and waits until it is simulated. */
    static void openSample(org.eclipse.ui.IWorkbenchWindow window) {
        org.extentlab.internal.app.OpenSampleImageHandler.openSample(window.getShell().getDisplay(), window.getShell());
        waitUntil("the sample to be simulated", () -> org.extentlab.ui.SimulationSession.getDefault().simulation() != null
                && window.getShell().getText().contains("sample-ext4.img"));
        settle();
    }

    /** Waits for the simulation's jobs, then lets the views hear of the move and paint. */
    static void settle() {
        waitForJobs(org.extentlab.ui.SimulationSession.FAMILY);
        Display display = Display.getCurrent();
        for (int i = 0; i < 3; i++) {
            while (display.readAndDispatch()) {
                // paint and lay out
            }
        }
    }

    /** Waits for every job of {@code family} to end and for the UI updates they queued. */
    static void waitForJobs(Object family) {
        Display display = Display.getCurrent();
        // The UI updates a job leaves may ask further questions (a view reading a folder after a move):
        // waiting ends when draining them scheduled no job of the family.
        do {
            waitUntil("jobs of " + family, () -> Job.getJobManager().find(family).length == 0);
            while (display.readAndDispatch()) {
                // drain the asyncExec runnables the jobs left
            }
        } while (Job.getJobManager().find(family).length > 0);
    }

    /** The texts of every label below {@code root}: CLabels (status line) and Labels (dialogs). */
    /** A FAT16 image of 16 MiB (2 KiB clusters) in {@code dir} made by mkfs.fat, /old.txt copied onto it by mcopy. */
    static java.nio.file.Path fat16WithAFile(java.nio.file.Path dir) throws Exception {
        java.nio.file.Path image = dir.resolve("fat16.img");
        org.extentlab.images.tests.ExternalTools.run("mkfs.fat", "-C", "-F", "16", "-s", "4", image.toString(), "16384");
        java.nio.file.Path old = java.nio.file.Files.writeString(dir.resolve("old.txt"), "already on the volume\n");
        org.extentlab.images.tests.ExternalTools.run("mcopy", "-i", image.toString(), old.toString(), "::/old.txt");
        return image;
    }

    /** Opens {@code image} and performs {@code lines} one after another, as Simulation > Operation... does. */
    static void perform(java.nio.file.Path image, String... lines) throws Exception {
        openImage(image);
        settle();
        for (String line : lines) {
            execute(org.extentlab.internal.ui.TransportHandler.PERFORM,
                    java.util.Map.of(org.extentlab.internal.ui.TransportHandler.PERFORM_LINE, line));
            settle();
        }
    }

    static List<String> labelTexts(Control root) {
        List<String> texts = new ArrayList<>();
        collect(root, texts);
        return texts;
    }

    private static void collect(Control control, List<String> texts) {
        if (control instanceof CLabel label && label.getText() != null) {
            texts.add(label.getText());
        } else if (control instanceof Label label && label.getText() != null) {
            texts.add(label.getText());
        } else if (control instanceof org.eclipse.swt.widgets.Text text) {
            texts.add(text.getText());
        }
        if (control instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                collect(child, texts);
            }
        }
    }

    /**
     * Arranges for the next modal dialog titled {@code title} to be read and closed as soon as it is
     * open; the returned reference receives its label texts joined by newlines.
     */
    static AtomicReference<String> answerDialog(String title) {
        return handleDialog(title, shell -> {
            String texts = String.join("\n", labelTexts(shell));
            shell.close();
            return texts;
        });
    }

    /**
     * Arranges for {@code action} to run on the next modal dialog titled {@code title} as soon as it is
     * open (the action closes it); the returned reference receives what the action returns.
     */
    static AtomicReference<String> handleDialog(String title, Function<Shell, String> action) {
        Display display = Display.getCurrent();
        AtomicReference<String> seen = new AtomicReference<>();
        Runnable probe = new Runnable() {
            @Override
            public void run() {
                if (seen.get() != null) {
                    return; // handled, or called off by the caller setting a value
                }
                for (Shell shell : display.getShells()) {
                    if (title.equals(shell.getText()) && shell.isVisible()) {
                        seen.set(action.apply(shell));
                        return;
                    }
                }
                display.timerExec(50, this);
            }
        };
        display.timerExec(50, probe);
        return seen;
    }

    /**
     * Presses the buttons labelled {@code text} below {@code root}, as clicks would; returns whether there
     * was one. They are found first and pressed after, so a press that closes the dialog does not leave
     * the search walking disposed widgets.
     */
    static boolean press(Control root, String text) {
        List<Button> found = new java.util.ArrayList<>();
        buttons(root, text, found);
        for (Button button : found) {
            if (!button.isDisposed()) {
                button.notifyListeners(SWT.Selection, new Event());
            }
        }
        return !found.isEmpty();
    }

    private static void buttons(Control root, String text, List<Button> into) {
        if (root instanceof Button button && text.equals(button.getText())) {
            into.add(button);
        } else if (root instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                buttons(child, text, into);
            }
        }
    }
}
