package org.extentlab.internal.app;

import java.nio.file.Path;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * File > Open Disk Image...: asks for an image (or takes the command's path parameter, as scripts and
 * tests pass it) and opens it read-only; of an image with several partitions, the one the user picks
 * (or the partition parameter names).
 */
public class OpenDiskImageHandler extends AbstractHandler {
    public static final String COMMAND_ID = "org.extentlab.app.commands.openImage";
    public static final String PATH_PARAMETER = "org.extentlab.app.commands.openImage.path";
    /** Of a partitioned image, the partition (1-based) to open without asking. */
    public static final String PARTITION_PARAMETER = "org.extentlab.app.commands.openImage.partition";

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        Shell shell = HandlerUtil.getActiveWorkbenchWindowChecked(event).getShell();
        String path = event.getParameter(PATH_PARAMETER);
        if (path == null) {
            FileDialog dialog = new FileDialog(shell, SWT.OPEN);
            dialog.setText(Messages.Open_DialogTitle);
            dialog.setFilterExtensions(new String[] { "*.img;*.raw;*.bin;*.dd;*.iso;*.vhd;*.dmg", "*" });
            dialog.setFilterNames(new String[] { Messages.Open_FilterImages, Messages.Open_FilterAll });
            path = dialog.open();
            if (path == null) {
                return null;
            }
        }
        String partition = event.getParameter(PARTITION_PARAMETER);
        int which = ImageOpener.ASK;
        if (partition != null) {
            try {
                which = Integer.parseInt(partition);
            } catch (NumberFormatException e) {
                throw new ExecutionException("not a partition number: " + partition, e);
            }
        }
        ImageOpener.open(Path.of(path), which, shell.getDisplay(), shell, true);
        return null;
    }
}
