package org.extentlab.internal.app;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.ui.handlers.HandlerUtil;
import org.osgi.framework.FrameworkUtil;

/** Help > About Extent Lab. */
public class AboutHandler extends AbstractHandler {
    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        String text = AboutText.compose(FrameworkUtil.getBundle(AboutHandler.class).getVersion(),
                System.getProperty("java.version"), System.getProperty("os.name") + " " + System.getProperty("os.arch"));
        MessageDialog.openInformation(HandlerUtil.getActiveWorkbenchWindowChecked(event).getShell(), Messages.About_Title, text);
        return null;
    }
}
