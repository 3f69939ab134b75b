package org.extentlab.internal.app;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Path;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.runtime.Platform;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/** File > Open Sample Image: the small ext4 image that ships with the lessons (org.extentlab.doc). */
public class OpenSampleImageHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        Shell shell = HandlerUtil.getActiveWorkbenchWindowChecked(event).getShell();
        openSample(shell.getDisplay(), shell);
        return null;
    }

    /** Unpacks the sample if needed and opens it; tells the user if it cannot be had. */
    public static void openSample(Display display, Shell shell) {
        try {
            ImageOpener.open(unpackSample(), ImageOpener.FIRST_READABLE, display, shell, true);
        } catch (IOException e) {
            if (shell != null && !shell.isDisposed()) {
                MessageDialog.openError(shell, Messages.Open_ErrorTitle, NLS.bind(Messages.Sample_Unavailable, e.getMessage()));
            }
        }
    }

    static Path unpackSample() throws IOException {
        Bundle bundle = FrameworkUtil.getBundle(OpenSampleImageHandler.class);
        Bundle lessons = Platform.getBundle(SampleImage.BUNDLE);
        URL entry = lessons == null ? null : lessons.getEntry(SampleImage.RESOURCE);
        if (entry == null) {
            throw new IOException(SampleImage.RESOURCE + " is missing: the bundle " + SampleImage.BUNDLE
                    + " is not installed or lacks it");
        }
        Path folder = Platform.getStateLocation(bundle).toPath().resolve("samples");
        try (InputStream in = entry.openStream()) {
            return SampleImage.materialize(in, folder);
        }
    }
}
