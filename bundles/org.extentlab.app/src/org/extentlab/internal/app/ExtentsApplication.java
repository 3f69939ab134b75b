package org.extentlab.internal.app;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.extentlab.images.CompressedImages;
import org.extentlab.images.ExtentMapJson;
import org.extentlab.images.LoadedVolume;
import org.extentlab.images.VolumeLoader;

/**
 * {@code -application org.extentlab.app.extents [-partition N] IMAGE}: prints the image's extent map as
 * JSON on standard output. Errors go to standard error with exit code 2; usage errors exit 1.
 */
public class ExtentsApplication implements IApplication {

    @Override
    public Object start(IApplicationContext context) {
        String[] args = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
        context.applicationRunning();
        return run(args == null ? new String[0] : args);
    }

    /** The command itself, callable without a running application (tests). */
    public static int run(String[] args) {
        String image = null;
        int partition = 0;
        for (int i = 0; i < args.length; i++) {
            if ((args[i].equals("-partition") || args[i].equals("--partition")) && i + 1 < args.length) {
                try {
                    partition = Integer.parseInt(args[++i]);
                } catch (NumberFormatException e) {
                    return usage("-partition takes a number, not " + args[i]);
                }
            } else if ((args[i].equals("-image") || args[i].equals("--image")) && i + 1 < args.length) {
                image = args[++i];
            } else if (!args[i].startsWith("-") && image == null) {
                image = args[i];
            } else {
                return usage("unexpected argument " + args[i]);
            }
        }
        if (image == null) {
            return usage("no image given");
        }
        try {
            LoadedVolume volume = VolumeLoader.load(CompressedImages.uncompressed(Path.of(image),
                    CompressedImages.defaultCache()), partition);
            Writer out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 16);
            ExtentMapJson.write(image, volume, out);
            out.flush();
            return 0;
        } catch (IOException e) {
            System.err.println("extents: " + image + ": " + (e.getMessage() == null ? e.toString() : e.getMessage()));
            return 2;
        }
    }

    private static int usage(String problem) {
        System.err.println("extents: " + problem);
        System.err.println("usage: extentlab -application org.extentlab.app.extents [-partition N] IMAGE");
        return 1;
    }

    @Override
    public void stop() {
        // start() runs to completion.
    }
}
