package org.extentlab.internal.ui;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Path;

import org.eclipse.core.runtime.FileLocator;
import org.eclipse.core.runtime.Platform;
import org.osgi.framework.Bundle;

/** The teaching material's bundle, org.extentlab.doc: its folders (help/, lessons/) as files on disk. */
public final class DocBundle {
    public static final String NAME = "org.extentlab.doc";

    private DocBundle() {
    }

    /** The folder {@code entry} ("lessons/") of the installed bundle, extracted if the bundle is a jar. */
    public static Path folder(String entry) throws IOException {
        Bundle bundle = Platform.getBundle(NAME);
        URL url = bundle == null ? null : bundle.getEntry(entry);
        if (url == null) {
            throw new IOException(entry + " is missing: the bundle " + NAME + " is not installed or lacks it");
        }
        return Path.of(FileLocator.toFileURL(url).getPath());
    }
}
