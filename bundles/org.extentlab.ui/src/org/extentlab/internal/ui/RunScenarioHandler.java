package org.extentlab.internal.ui;

import java.nio.file.Path;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;
import org.extentlab.ui.SimulationSession;

/**
 * Simulation > Run Scenario Script...: runs a script (help/scenarios.md) on the opened image; a bad
 * script gets its line-numbered error in a dialog. The script path may come as the command's parameter.
 */
public class RunScenarioHandler extends AbstractHandler {
    public static final String COMMAND_ID = "org.extentlab.ui.commands.runScenario";
    public static final String SCRIPT_PARAMETER = "org.extentlab.ui.commands.runScenario.script";

    @Override
    public Object execute(ExecutionEvent event) {
        IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindow(event);
        Shell shell = window == null ? null : window.getShell();
        Display display = shell != null ? shell.getDisplay() : Display.getDefault();
        String script = event.getParameter(SCRIPT_PARAMETER);
        if (script == null && shell != null) {
            FileDialog dialog = new FileDialog(shell, SWT.OPEN);
            dialog.setText(Messages.Run_Title);
            dialog.setFilterExtensions(new String[] { "*.txt", "*" });
            script = dialog.open();
        }
        if (script == null) {
            return null;
        }
        return SimulationSession.getDefault().run(Path.of(script), display,
                TransportHandler.errors(shell, display, Messages.Run_Title));
    }
}
