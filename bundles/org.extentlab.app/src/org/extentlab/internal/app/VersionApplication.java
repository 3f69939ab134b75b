package org.extentlab.internal.app;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;

/**
 * {@code -application org.extentlab.app.version}: prints the version and checks, without a display,
 * that every installed bundle resolved. Exit code 0 when all did, 1 otherwise. Installation tests and
 * users checking an install run it.
 */
public class VersionApplication implements IApplication {

    @Override
    public Object start(IApplicationContext context) {
        context.applicationRunning();
        BundleContext bundles = FrameworkUtil.getBundle(VersionApplication.class).getBundleContext();
        System.out.println("Extent Lab " + bundles.getBundle().getVersion());
        List<String> unresolved = new ArrayList<>();
        int resolved = 0;
        for (Bundle bundle : bundles.getBundles()) {
            if (bundle.getState() == Bundle.INSTALLED) {
                unresolved.add(bundle.getSymbolicName() + " " + bundle.getVersion());
            } else {
                resolved++;
            }
        }
        System.out.println("bundles: " + resolved + " resolved, " + unresolved.size() + " unresolved");
        for (String name : unresolved) {
            System.out.println("unresolved: " + name);
        }
        return unresolved.isEmpty() ? IApplication.EXIT_OK : Integer.valueOf(1);
    }

    @Override
    public void stop() {
        // Nothing runs after start returns.
    }
}
