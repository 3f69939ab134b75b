package org.extentlab.images;

import java.io.IOException;
import java.io.Writer;
import org.extentlab.model.bulk.ExtentRuns;
import org.extentlab.model.bulk.ExtentType;

/**
 * Writes a loaded volume's extent map as JSON: image, geometry, free space, and every regular file's
 * extents, all offsets and lengths in bytes, physical offsets from the start of the image file. The
 * layout is the one the {@code extents} command documents in the README.
 */
public final class ExtentMapJson {
    private ExtentMapJson() {
    }

    public static void write(String image, LoadedVolume volume, Writer out) throws IOException {
        out.write("{\"image\":");
        string(image, out);
        out.write(",\"imageSize\":" + volume.imageSize());
        out.write(",\"fs\":");
        string(volume.format().displayName(), out);
        out.write(",\"volumeStart\":" + volume.volumeStart());
        out.write(",\"blockSize\":" + volume.blockSize());
        out.write(",\"blockCount\":" + volume.blockCount());
        out.write(",\"freeBlocks\":" + volume.freeBlocks());
        out.write(",\"label\":");
        string(volume.label(), out);
        out.write(",\n\"freeExtents\":[");
        long[] free = volume.freeRuns();
        for (int i = 0; i < free.length; i += 2) {
            out.write((i == 0 ? "" : ",") + "{\"physical\":" + free[i] + ",\"length\":" + free[i + 1] + "}");
        }
        out.write("],\n\"files\":[");
        boolean first = true;
        for (VolumeFile file : volume.files()) {
            out.write(first ? "\n" : ",\n");
            first = false;
            out.write("{\"path\":");
            string(file.path(), out);
            out.write(",\"size\":" + file.size());
            if (file.validDataLength() != file.size()) {
                out.write(",\"validDataLength\":" + file.validDataLength());
            }
            if (file.inline()) {
                out.write(",\"inline\":true");
            }
            if (file.isDamaged()) {
                out.write(",\"damage\":");
                string(file.damage(), out);
            }
            out.write(",\"extents\":[");
            ExtentRuns runs = file.extents();
            for (int i = 0; i < runs.size(); i++) {
                out.write((i == 0 ? "" : ",") + "{\"logical\":" + runs.logical(i) + ",\"physical\":"
                        + (runs.type(i) == ExtentType.HOLE ? "null" : Long.toString(runs.physical(i))) + ",\"length\":"
                        + runs.length(i) + ",\"type\":\"" + runs.type(i).jsonName() + "\"}");
            }
            out.write("]}");
        }
        out.write("],\n\"problems\":[");
        for (int i = 0; i < volume.problems().size(); i++) {
            out.write(i == 0 ? "" : ",");
            string(volume.problems().get(i), out);
        }
        out.write("]}\n");
    }

    private static void string(String text, Writer out) throws IOException {
        out.write(quote(text));
    }

    /** {@code text} as a JSON string, quotes included. */
    public static String quote(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
            case '"' -> escaped.append("\\\"");
            case '\\' -> escaped.append("\\\\");
            case '\n' -> escaped.append("\\n");
            case '\r' -> escaped.append("\\r");
            case '\t' -> escaped.append("\\t");
            default -> {
                if (c < 0x20) {
                    escaped.append(String.format("\\u%04x", (int) c));
                } else {
                    escaped.append(c);
                }
            }
            }
        }
        return escaped.append('"').toString();
    }
}
