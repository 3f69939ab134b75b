package org.extentlab.images.tests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs the file-system tools (mke2fs, mkfs.fat, fsstat, ...) that make the test images and report
 * the truth the readers are compared with. A missing tool fails the test with the package to install:
 * the readers must be checked against the real tools, never skipped.
 */
public final class ExternalTools {
    private static final List<String> SBIN = List.of("/usr/sbin", "/sbin", "/usr/bin", "/bin");

    private ExternalTools() {
    }

    /** Runs {@code command}, returns what it printed, fails with everything it printed on a non-zero exit. */
    public static String run(String... command) throws IOException, InterruptedException {
        return new String(runBytes(command), StandardCharsets.UTF_8);
    }

    /** Like {@link #run(String...)}, for tools that print binary data (icat); standard error is kept apart. */
    public static byte[] runBytes(String... command) throws IOException, InterruptedException {
        List<String> argv = new ArrayList<>(List.of(command));
        argv.set(0, locate(command[0]));
        Path output = Files.createTempFile("extentlab-tool", ".out");
        Path errors = output.resolveSibling(output.getFileName() + ".err");
        try {
            Process process = new ProcessBuilder(argv).redirectError(errors.toFile()).redirectOutput(output.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null"))).start();
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IOException(String.join(" ", argv) + " did not finish within 120 s");
            }
            byte[] printed = Files.readAllBytes(output);
            String complaints = Files.readString(errors, StandardCharsets.ISO_8859_1);
            if (process.exitValue() != 0) {
                throw new IOException(String.join(" ", argv) + " exited with " + process.exitValue() + ":\n"
                        + new String(printed, StandardCharsets.UTF_8) + complaints);
            }
            return printed;
        } finally {
            Files.deleteIfExists(output);
            Files.deleteIfExists(errors);
        }
    }

    /**
     * What a checker run as {@code command} (fsck.fat -n, e2fsck -fn, fsck.exfat -n) complains of: the
     * lines it printed, whatever its exit status, less its banner, its summary and its "leaving the
     * volume unchanged", the image's name (the last argument) made "IMAGE" and every number "N", so
     * that the complaints about two images, or about other counts, compare equal.
     */
    public static java.util.Set<String> complaints(String... command) throws IOException, InterruptedException {
        List<String> argv = new ArrayList<>(List.of(command));
        argv.set(0, locate(command[0]));
        Process process = new ProcessBuilder(argv).redirectErrorStream(true)
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null"))).start();
        String text = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IOException(String.join(" ", argv) + " did not finish within 120 s");
        }
        java.util.Set<String> lines = new java.util.TreeSet<>();
        for (String line : text.split("\n")) {
            String kept = line.strip();
            if (kept.isEmpty() || kept.matches("^(fsck\\.fat|fsck\\.exfat|e2fsck|exfatprogs) .*version.*|^fsck\\.fat \\d.*|^e2fsck \\d.*|^exfatprogs version.*")
                    || kept.startsWith("Leaving filesystem unchanged") || kept.matches(".*: \\d+ files, \\d+/\\d+ clusters$")
                    || kept.matches("^Pass \\d.*") || kept.matches(".*\\d+/\\d+ files \\(.*") 
                    || kept.startsWith("Checking ") || kept.matches("^/dev/.*|^exFAT.*|^clean\\. directories.*|.*: clean\\..*")
                    || kept.startsWith("Auto-") || kept.startsWith("Not auto") || kept.startsWith("Automatically")
                    || kept.startsWith("Fixing") || kept.startsWith("Using first FAT") || kept.startsWith("Truncating")
                    || kept.startsWith("Renamed to") || kept.startsWith("Not automatically")) {
                continue;
            }
            String image = command[command.length - 1];
            kept = kept.replace(image, "IMAGE").replace(Path.of(image).getFileName().toString(), "IMAGE");
            lines.add(kept.replaceAll("\\d+", "N").replaceAll("FSCKN+\\.N+", "FSCK"));
        }
        return lines;
    }

    /** Runs {@code command} with {@code input} on its standard input (sfdisk scripts). */
    public static String runWithInput(String input, String... command) throws IOException, InterruptedException {
        Path script = Files.createTempFile("extentlab-tool", ".in");
        try {
            Files.writeString(script, input);
            List<String> argv = new ArrayList<>(List.of(command));
            argv.set(0, locate(command[0]));
            Process process = new ProcessBuilder(argv).redirectErrorStream(true)
                    .redirectInput(script.toFile()).start();
            String text = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IOException(String.join(" ", argv) + " failed:\n" + text);
            }
            return text;
        } finally {
            Files.deleteIfExists(script);
        }
    }

    /** The first group of {@code regex} in {@code text}; fails if the tool's report lacks it. */
    public static String field(String text, String regex) {
        Matcher matcher = Pattern.compile(regex, Pattern.MULTILINE).matcher(text);
        if (!matcher.find()) {
            throw new AssertionError("/" + regex + "/ not found in:\n" + text);
        }
        return matcher.group(1).strip();
    }

    private static String locate(String tool) throws IOException {
        if (tool.contains("/")) {
            return tool;
        }
        for (String dir : SBIN) {
            Path candidate = Path.of(dir, tool);
            if (Files.isExecutable(candidate)) {
                return candidate.toString();
            }
        }
        throw new IOException(tool + " is not installed; .ci/run installs e2fsprogs, dosfstools, mtools, "
                + "exfatprogs, sleuthkit, fdisk, ntfs-3g, genisoimage, btrfs-progs, xfsprogs and squashfs-tools");
    }
}
