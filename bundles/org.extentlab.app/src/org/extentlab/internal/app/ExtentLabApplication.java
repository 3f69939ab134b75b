package org.extentlab.internal.app;

import org.eclipse.core.runtime.Platform;
import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PlatformUI;

/** The Extent Lab desktop application: a 3.x workbench on the e4 platform. */
public class ExtentLabApplication implements IApplication {

    @Override
    public Object start(IApplicationContext context) {
        Display.setAppName("Extent Lab");
        Display display = PlatformUI.createDisplay();
        try {
            LaunchArguments arguments = LaunchArguments.parse(Platform.getApplicationArgs());
            int code = PlatformUI.createAndRunWorkbench(display, new ExtentLabWorkbenchAdvisor(arguments));
            return code == PlatformUI.RETURN_RESTART ? IApplication.EXIT_RESTART : IApplication.EXIT_OK;
        } finally {
            display.dispose();
        }
    }

    @Override
    public void stop() {
        if (!PlatformUI.isWorkbenchRunning()) {
            return;
        }
        IWorkbench workbench = PlatformUI.getWorkbench();
        Display display = workbench.getDisplay();
        display.syncExec(() -> {
            if (!display.isDisposed()) {
                workbench.close();
            }
        });
    }
}
