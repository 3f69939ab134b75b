package org.extentlab.internal.doc;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.Platform;
import org.eclipse.help.IHelpContentProducer;
import org.osgi.framework.Bundle;

/**
 * Gives Eclipse Help the pages of help/ as HTML: a request for {@code help/guide.html} is answered with
 * {@code help/guide.md} made HTML by {@link Markdown}; anything else (pictures, the style sheet, the
 * toc) is left to the help system, which reads it from the bundle as it is.
 */
public class PageProducer implements IHelpContentProducer {
    @Override
    public InputStream getInputStream(String pluginID, String href, Locale locale) {
        String path = href.replaceFirst("[?#].*$", "");
        if (!path.endsWith(".html")) {
            return null;
        }
        Bundle bundle = Platform.getBundle(pluginID);
        URL source = bundle == null ? null : bundle.getEntry(path.substring(0, path.length() - ".html".length()) + ".md");
        if (source == null) {
            return null;
        }
        try (InputStream in = source.openStream()) {
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
            return new ByteArrayInputStream(Markdown.page(lines).getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            return null;
        }
    }
}
