package org.extentlab.internal.ui;

import java.nio.file.Path;
import java.util.function.Consumer;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.HandlerEvent;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExecutableExtension;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.workbench.UIEvents;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.commands.IElementUpdater;
import org.eclipse.ui.handlers.HandlerUtil;
import org.eclipse.ui.menus.UIElement;
import org.extentlab.kernel.sim.Scenario;
import org.extentlab.kernel.sim.ScenarioException;
import org.extentlab.ui.SimulationSession;

/**
 * The Simulation menu's transport and single operations: Step (redo), Step Back (undo), Play, Pause,
 * Run to End, Load Scenario Script (its steps to step through), Perform Operation (one script line,
 * help/scenarios.md) and Inject Fault (a {@code fault} line chosen in a dialog); and Edit > Undo and
 * Redo, the same moves as Step Back and Step, named after the step they undo or redo. Errors reach the
 * user in a dialog. Parameters let tests and scripts skip the dialogs.
 * <p>
 * The moves are enabled only when they can do something (Step with steps ahead, Step Back after the
 * first, Pause while playing): plugin.xml names each handler's move after the class
 * ({@code TransportHandler:stepBack}), and the handlers tell the workbench when the session moved.
 */
public class TransportHandler extends AbstractHandler implements IExecutableExtension, IElementUpdater {
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
    public static final String SIMULATE_ANYWAY = "org.extentlab.ui.commands.simulateAnyway";
    public static final String PRESENT = "org.extentlab.ui.commands.present";
    public static final String UNDO = "org.eclipse.ui.edit.undo";
    public static final String REDO = "org.eclipse.ui.edit.redo";

    /** The handlers whose enablement follows the session, and the one session listener telling them. */
    private static final List<TransportHandler> LIVE = new CopyOnWriteArrayList<>();
    private static final Runnable SESSION_MOVED = TransportHandler::moved;

    /** The move this handler's enablement follows ("step", "stepBack", "undo", ...); null: always enabled. */
    private String move;

    @Override
    public void setInitializationData(IConfigurationElement config, String propertyName, Object data) {
        move = data instanceof String text && !text.isBlank() ? text : null;
        if (move != null) {
            if (LIVE.isEmpty()) {
                SimulationSession.getDefault().addListener(SESSION_MOVED);
            }
            LIVE.add(this);
        }
    }

    @Override
    public void dispose() {
        if (LIVE.remove(this) && LIVE.isEmpty()) {
            SimulationSession.getDefault().removeListener(SESSION_MOVED);
        }
        super.dispose();
    }

    /** Whether the move can do anything now, read from the session each time it is asked. */
    @Override
    public boolean isEnabled() {
        if (move == null) {
            return true;
        }
        SimulationSession session = SimulationSession.getDefault();
        int[] position = session.position();
        return switch (move) {
        case "step", "redo", "runToEnd" -> position[0] < position[1];
        case "play" -> position[0] < position[1] && !session.playing();
        case "pause" -> session.playing();
        case "stepBack", "undo" -> position[0] > 0;
        // An operation, a fault or a script needs a volume the simulator can run on.
        case "perform", "injectFault", "load" -> session.simulation() != null;
        // Only a damaged volume open read-only can be simulated anyway.
        case "simulateAnyway" -> session.readOnly() != null;
        // Only an earlier moment shown has a present to go back to.
        case "present" -> session.moment() != null;
        default -> true;
        } && !(("undo".equals(move) || "redo".equals(move)) && typing());
    }

    /**
     * Whether the keyboard is in a text field (the trace's filters, a dialog's field): Ctrl+Z there
     * means the field's own editing, not a step of the simulation, so Undo and Redo stand aside and
     * leave the key to the field.
     */
    static boolean typing() {
        Display display = Display.getCurrent();
        Control focus = display == null ? null : display.getFocusControl();
        return focus instanceof Text text && text.getEditable() || focus instanceof Combo combo
                && (combo.getStyle() & SWT.READ_ONLY) == 0;
    }

    /** Undo and Redo name the step: "Undo write /a 0 8K". */
    @Override
    public void updateElement(UIElement element, @SuppressWarnings("rawtypes") Map parameters) {
        if ("undo".equals(move) || "redo".equals(move)) {
            element.setText(label(move, SimulationSession.getDefault()));
        }
    }

    /** The menu text of Undo or Redo for the session's present step. */
    public static String label(String move, SimulationSession session) {
        int[] position = session.position();
        List<String> history = session.history();
        boolean undo = move.equals("undo");
        int step = undo ? position[0] - 1 : position[0];
        String base = undo ? Messages.Edit_Undo : Messages.Edit_Redo;
        if (step < 0 || step >= history.size()) {
            return base;
        }
        String line = history.get(step).replace("&", "&&");
        return base + " " + (line.length() > 60 ? line.substring(0, 57) + "..." : line);
    }

    /**
     * The session moved (or began or stopped playing): menus and the toolbar ask again. A handler's
     * change of enablement reaches the menus; the main toolbar's items are asked again only when the
     * workbench's enablement-update event is sent.
     */
    private static void moved() {
        LIVE.forEach(handler -> handler.fireHandlerChanged(new HandlerEvent(handler, true, false)));
        if (!PlatformUI.isWorkbenchRunning()) {
            return;
        }
        ICommandService commands = PlatformUI.getWorkbench().getService(ICommandService.class);
        if (commands != null) {
            commands.refreshElements(UNDO, null);
            commands.refreshElements(REDO, null);
        }
        IEventBroker events = PlatformUI.getWorkbench().getService(IEventBroker.class);
        if (events != null) {
            events.send(UIEvents.REQUEST_ENABLEMENT_UPDATE_TOPIC, UIEvents.ALL_ELEMENT_ID);
        }
    }

    @Override
    public Object execute(ExecutionEvent event) {
        IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindow(event);
        Shell shell = window == null ? null : window.getShell();
        Display display = shell != null ? shell.getDisplay() : Display.getDefault();
        SimulationSession session = SimulationSession.getDefault();
        String title = switch (event.getCommand().getId()) {
        case PERFORM -> Messages.Perform_Title;
        case INJECT_FAULT -> FaultDialog.TITLE;
        default -> Messages.Transport_ErrorTitle;
        };
        Consumer<String> onError = errors(shell, display, title);
        switch (event.getCommand().getId()) {
        case STEP, REDO -> {
            return session.step(display, onError);
        }
        case STEP_BACK, UNDO -> {
            return session.stepBack(display, onError);
        }
        case RUN_TO_END -> {
            return session.runToEnd(display, onError);
        }
        case PLAY -> {
            session.play(display, onError);
            moved();
        }
        case SIMULATE_ANYWAY -> {
            return session.simulateAnyway(display, onError);
        }
        case PRESENT -> {
            session.present(display);
            moved();
        }
        case PAUSE -> {
            session.pause();
            moved();
        }
        case LOAD -> {
            String script = event.getParameter(LOAD_SCRIPT);
            if (script == null && shell != null) {
                FileDialog dialog = new FileDialog(shell, SWT.OPEN);
                dialog.setText(Messages.Load_Title);
                dialog.setFilterExtensions(new String[] { "*.txt", "*" });
                script = dialog.open();
            }
            return script == null ? null : session.load(Path.of(script), display, onError);
        }
        case PERFORM -> {
            String line = event.getParameter(PERFORM_LINE);
            if (line == null && shell != null) {
                InputDialog dialog = new InputDialog(shell, Messages.Perform_Title, Messages.Perform_Message,
                        "", TransportHandler::validate) {
                    @Override
                    protected void configureShell(Shell dialogShell) {
                        super.configureShell(dialogShell);
                        HelpContexts.set(dialogShell, "org.extentlab.ui.dialogs.operation"); // F1: the script format
                    }
                };
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
            return Messages.Perform_Empty;
        }
        try {
            return Scenario.parse("operation", line).steps().isEmpty() ? Messages.Perform_NoOperation : null;
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
