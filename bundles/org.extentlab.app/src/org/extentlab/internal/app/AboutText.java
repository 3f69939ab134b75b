package org.extentlab.internal.app;

import org.eclipse.osgi.util.NLS;
import org.osgi.framework.Version;

/** The text of Help > About. */
public final class AboutText {
    private AboutText() {
    }

    public static String compose(Version version, String javaVersion, String os) {
        return NLS.bind(Messages.About_Text, new Object[] { version.getMajor() + "." + version.getMinor() + "." //$NON-NLS-1$
                + version.getMicro(), version, javaVersion, os });
    }
}
