package org.extentlab.internal.app;

import org.osgi.framework.Version;

/** The text of Help > About. */
public final class AboutText {
    private AboutText() {
    }

    public static String compose(Version version, String javaVersion, String os) {
        return "Extent Lab " + version.getMajor() + "." + version.getMinor() + "." + version.getMicro() + "\n"
                + "Version: " + version + "\n\n"
                + "Teaches file-system internals: watch a user-space file system hand extent mappings to the kernel\n"
                + "(FSKit kernel-offloaded I/O) on real ext2/3/4, FAT and exFAT disk images.\n"
                + "Disk images are always opened read-only.\n\n"
                + "Java " + javaVersion + " on " + os;
    }
}
