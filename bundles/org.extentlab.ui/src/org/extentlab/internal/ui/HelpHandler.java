package org.extentlab.internal.ui;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExecutableExtension;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * Help > Help Contents, Help > Search and Help for this view: the workbench's own help commands
 * (org.eclipse.ui.help.helpContents, helpSearch, dynamicHelp), answered by the {@link HelpView}.
 * plugin.xml names the move after the class ({@code HelpHandler:search}).
 */
public class HelpHandler extends AbstractHandler implements IExecutableExtension {
    private String move = "contents";

    @Override
    public void setInitializationData(IConfigurationElement config, String propertyName, Object data) {
        move = data instanceof String text && !text.isBlank() ? text : "contents";
    }

    @Override
    public Object execute(ExecutionEvent event) {
        IWorkbenchPart part = HandlerUtil.getActivePart(event);
        String context = part == null || part instanceof HelpView ? null : part.getSite().getId();
        // A dialog in front (F1 works in dialogs too) speaks for itself.
        org.eclipse.swt.widgets.Shell shell = HandlerUtil.getActiveShell(event);
        if (shell != null && shell.getData(HelpView.CONTEXT) instanceof String dialog) {
            context = dialog;
        }
        HelpView view = HelpView.open(null);
        if (view == null) {
            return null;
        }
        switch (move) {
        case "search" -> view.focusSearch();
        case "context" -> {
            if (context != null) {
                view.showContext(context);
            }
        }
        default -> view.show(view.pages() == null || view.pages().pages().isEmpty() ? ""
                : view.pages().pages().get(0).file());
        }
        return null;
    }
}
