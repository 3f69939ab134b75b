package org.extentlab.kernel.tests;

import static org.extentlab.images.tests.ExternalTools.run;
import static org.extentlab.images.tests.ExternalTools.runBytes;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.extentlab.images.VolumeFile;
import org.extentlab.images.VolumeLoader;

/**
 * What the formats' own tools say of an image: their checkers' verdicts (e2fsck, fsck.fat,
 * fsck.exfat) and a file's bytes as they read it (debugfs, mcopy, sleuthkit's icat, which reads
 * exFAT clusters past the valid data length: those bytes are zeros for any reader).
 */
final class ReferenceTools {
    private ReferenceTools() {
    }

    /** e2fsck -fn finds nothing: only its banner, pass names and summary (named by the image or its label). */
    static void assertE2fsckClean(Path image) throws IOException, InterruptedException {
        String report = run("e2fsck", "-fn", image.toString());
        for (String line : report.split("\n")) {
            assertTrue(line.isBlank() || line.startsWith("Pass ") || line.startsWith("e2fsck ")
                    || line.startsWith(image.toString() + ":") || line.matches("\\S+: \\d+/\\d+ files .*"),
                    "e2fsck reports: " + report);
        }
    }

    static void assertFsckExfatClean(Path image) throws IOException, InterruptedException {
        String report = run("fsck.exfat", "-n", image.toString());
        assertTrue(report.contains(image + ": clean."), "fsck.exfat reports: " + report);
    }

    /** The checker of the format {@code format} ("ext4", "FAT16", "exFAT") finds nothing. */
    static void assertCheckerClean(String format, Path image) throws IOException, InterruptedException {
        String name = format.toUpperCase(Locale.ROOT);
        if (name.startsWith("EXT")) {
            assertE2fsckClean(image);
        } else if (name.equals("EXFAT")) {
            assertFsckExfatClean(image);
        } else {
            Simulations.assertFsckFatClean(image);
        }
    }

    /**
     * The file's bytes as debugfs dumps them, cut to the size its stat gives: debugfs 1.47 dumps all 60
     * bytes of i_block for an inline file smaller than that.
     */
    static byte[] debugfsDump(Path image, String path, Path into) throws IOException, InterruptedException {
        Files.deleteIfExists(into);
        run("debugfs", "-R", "dump \"" + path + "\" " + into, image.toString());
        byte[] dumped = Files.readAllBytes(into);
        java.util.regex.Matcher size = java.util.regex.Pattern.compile("Size: (\\d+)")
                .matcher(run("debugfs", "-R", "stat \"" + path + "\"", image.toString()));
        if (size.find() && Long.parseLong(size.group(1)) < dumped.length) {
            return Arrays.copyOf(dumped, Integer.parseInt(size.group(1)));
        }
        return dumped;
    }

    static byte[] mcopy(Path image, String path, Path into) throws IOException, InterruptedException {
        Files.deleteIfExists(into);
        run("mcopy", "-n", "-o", "-i", image.toString(), "::" + path, into.toString());
        return Files.readAllBytes(into);
    }

    /** Regular files of an exFAT image by path to their sleuthkit inode numbers; deleted entries left out. */
    static Map<String, String> exfatFiles(Path image) throws Exception {
        Map<String, String> files = new TreeMap<>();
        for (String line : run("fls", "-r", "-p", "-F", "-u", image.toString()).lines().toList()) {
            String[] parts = line.split("\t", 2);
            if (parts.length == 2 && parts[0].startsWith("r/r ") && !parts[1].startsWith("$")) {
                files.put("/" + parts[1], parts[0].substring(4).replace(":", "").strip());
            }
        }
        return files;
    }

    /** Every regular file of the image as the format's tool reads it, by path (FAT, exFAT: upper-cased). */
    static Map<String, byte[]> allFiles(String format, Path image, Iterable<String> paths, Path scratch)
            throws Exception {
        String name = format.toUpperCase(Locale.ROOT);
        Map<String, byte[]> files = new TreeMap<>();
        if (name.equals("EXFAT")) {
            // icat reads a file's clusters to its size; past the valid data length (in the stream extension,
            // as our reader finds it) a file reads as zeros whatever the clusters hold.
            Map<String, Long> valid = new TreeMap<>();
            for (VolumeFile file : VolumeLoader.load(image).files()) {
                valid.put(file.path().toUpperCase(Locale.ROOT), file.validDataLength());
            }
            for (Map.Entry<String, String> file : exfatFiles(image).entrySet()) {
                String key = file.getKey().toUpperCase(Locale.ROOT);
                byte[] bytes = runBytes("icat", image.toString(), file.getValue());
                Arrays.fill(bytes, (int) Math.min(bytes.length, valid.getOrDefault(key, 0L)), bytes.length, (byte) 0);
                files.put(key, bytes);
            }
            return files;
        }
        for (String path : paths) {
            files.put(name.startsWith("EXT") ? path : path.toUpperCase(Locale.ROOT),
                    name.startsWith("EXT") ? debugfsDump(image, path, scratch) : mcopy(image, path, scratch));
        }
        return files;
    }
}
