package org.extentlab.internal.ui;

import java.nio.file.Path;
import java.util.function.Consumer;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;
import org.extentlab.kernel.sim.Scenario;
import org.extentlab.kernel.sim.ScenarioException;
import org.extentlab.ui.SimulationSession;

/**
 * The Simulation menu's transport and single operations: Step (redo), Step Back (undo), Play, Pause,
 * Run to End, Load Scenario Script (its steps to step through), Perform Operation (one script line,
 * docs/scenarios.md) and Inject Fault (a {@code fault} line chosen in a dialog). Errors reach the user
 * in a dialog. Parameters let tests and scripts skip the dialogs.
 */
public class TransportHandler extends AbstractHandler {
    public static final String STEP = "org.extentlab.ui.commands.step";
    public static final String STEP_BACK = "org.extentlab.ui.commands.stepBack";
    public static final String PLAY = "org.extentlab.ui.commands.play";
    public static final String PAUSE = "org.extentlab.ui.commands.pause";
    public static final String RUN_TO_END = "org.extentlab.ui.commands.runToEnd";
    public static final String LOAD = "org.extentlab.ui.commands.loadScenario";
    public static final String LOAD_SCRIPT = "org.extentlab.ui.commands.loadScenario.script";
    public static final String PERFORM = "org.extentlab.ui.commands.perform";
    public static final String PERFORM_LINE = "org.extentlab.ui.commands.perform.line";
    public static final String INJECT_FAULT = "org.extentlab.ui.commands.injectFault";

    @Override
    public Object execute(ExecutionEvent event) {
        IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindow(event);
        Shell shell = window == null ? null : window.getShell();
        Display display = shell != null ? shell.getDisplay() : Display.getDefault();
        SimulationSession session = SimulationSession.getDefault();
        String title = switch (event.getCommand().getId()) {
        case PERFORM -> "Perform Operation";
        case INJECT_FAULT -> FaultDialog.TITLE;
        default -> "Simulation";
        };
        Consumer<String> onError = errors(shell, display, title);
        switch (event.getCommand().getId()) {
        case STEP -> {
            return session.step(display, onError);
        }
        case STEP_BACK -> {
            return session.stepBack(display, onError);
        }
        case RUN_TO_END -> {
            return session.runToEnd(display, onError);
        }
        case PLAY -> session.play(display, onError);
        case PAUSE -> session.pause();
        case LOAD -> {
            String script = event.getParameter(LOAD_SCRIPT);
            if (script == null && shell != null) {
                FileDialog dialog = new FileDialog(shell, SWT.OPEN);
                dialog.setText("Load Scenario Script");
                dialog.setFilterExtensions(new String[] { "*.txt", "*" });
                script = dialog.open();
            }
            return script == null ? null : session.load(Path.of(script), display, onError);
        }
        case PERFORM -> {
            String line = event.getParameter(PERFORM_LINE);
            if (line == null && shell != null) {
                InputDialog dialog = new InputDialog(shell, "Perform Operation",
                        "One operation as a script line, for example: create /notes, write /notes 0 64K, "
                                + "preallocate /notes 1M, truncate /notes 4K, log2phys /notes 0, inhibit /notes on",
                        "", TransportHandler::validate);
                line = dialog.open() == Window.OK ? dialog.getValue() : null;
            }
            return line == null ? null : session.perform(line, display, onError);
        }
        case INJECT_FAULT -> {
            if (shell == null) {
                return null;
            }
            FaultDialog dialog = new FaultDialog(shell);
            return dialog.open() == Window.OK ? session.perform(dialog.line(), display, onError) : null;
        }
        default -> throw new IllegalArgumentException("not a transport command: " + event.getCommand().getId());
        }
        return null;
    }

    /** Null when {@code line} is one valid operation, else what is wrong with it. */
    static String validate(String line) {
        if (line.isBlank()) {
            return "Type an operation.";
        }
        try {
            return Scenario.parse("operation", line).steps().isEmpty() ? "That line has no operation." : null;
        } catch (ScenarioException e) {
            return e.getMessage();
        }
    }

    /** Shows a failure in a dialog on the UI thread (or on standard error when there is no window). */
    public static Consumer<String> errors(Shell shell, Display display, String title) {
        return message -> display.asyncExec(() -> {
            if (shell != null && !shell.isDisposed()) {
                MessageDialog.openError(shell, title, message);
            } else {
                System.err.println("extentlab: " + message);
            }
        });
    }
}
