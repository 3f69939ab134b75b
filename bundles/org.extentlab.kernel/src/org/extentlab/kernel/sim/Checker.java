package org.extentlab.kernel.sim;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.extentlab.images.ImageFormat;

/**
 * The format's own checker, run read-only on an image: e2fsck -fn for ext2/3/4, fsck.fat -n for FAT,
 * fsck.exfat -n for exFAT, found on the PATH or in /sbin and /usr/sbin. It never changes the image.
 */
public final class Checker {
    private static final long TIMEOUT_SECONDS = 120;

    /**
     * What the checker said.
     *
     * @param command  the command run, or the one that would have been ("e2fsck -fn")
     * @param exitCode its exit status; -1 when it is not installed
     * @param output   what it printed (standard output and error together)
     */
    public record Report(String command, int exitCode, String output) {
        /** Whether the checker ran and found nothing to repair (exit 0). */
        public boolean clean() {
            return exitCode == 0;
        }

        /** Whether the checker could be run at all. */
        public boolean ran() {
            return exitCode >= 0;
        }

        /** A sentence for a user: clean, what it found, or that it is missing. */
        public String verdict() {
            if (!ran()) {
                return command.split(" ")[0] + " is not installed, so the image was not checked (" + output + ")";
            }
            return exitCode == 0 ? command + " finds nothing to repair"
                    : command + " finds damage (exit " + exitCode + ")";
        }
    }

    private Checker() {
    }

    /** The read-only check of {@code format}'s checker, as a command line. */
    public static List<String> command(ImageFormat format) {
        return switch (format) {
        case FAT12, FAT16, FAT32 -> List.of("fsck.fat", "-n");
        case EXFAT -> List.of("fsck.exfat", "-n");
        default -> List.of("e2fsck", "-fn");
        };
    }

    /**
     * Runs {@code format}'s checker on the volume starting {@code volumeStart} bytes into {@code image} (a
     * partition is first copied out beside it, the checkers reading whole files).
     */
    public static Report check(Path image, ImageFormat format, long volumeStart) throws IOException {
        List<String> command = new ArrayList<>(command(format));
        String shown = String.join(" ", command);
        Path tool = locate(command.get(0));
        if (tool == null) {
            return new Report(shown, -1, "looked for it on the PATH, in /sbin and /usr/sbin");
        }
        Path target = image;
        if (volumeStart > 0) {
            target = Files.createTempFile(image.toAbsolutePath().getParent(), "volume-", ".img");
            try (FileChannel in = FileChannel.open(image); FileChannel out = FileChannel.open(target,
                    StandardOpenOption.WRITE)) {
                long length = in.size() - volumeStart;
                for (long done = 0; done < length;) {
                    done += in.transferTo(volumeStart + done, length - done, out);
                }
            }
        }
        command.set(0, tool.toString());
        command.add(target.toString());
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile())).start();
            String output;
            try (InputStream from = process.getInputStream()) {
                output = new String(from.readAllBytes(), StandardCharsets.UTF_8);
            }
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IOException(shown + " did not finish within " + TIMEOUT_SECONDS + " s");
            }
            return new Report(shown, process.exitValue(), output.replace(target.toString(), image.getFileName().toString()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(shown + " was interrupted", e);
        } finally {
            if (!target.equals(image)) {
                Files.deleteIfExists(target);
            }
        }
    }

    /** {@code tool} on the PATH, else in /sbin or /usr/sbin (where Debian puts them); null if absent. */
    static Path locate(String tool) {
        List<String> folders = new ArrayList<>();
        String path = System.getenv("PATH");
        if (path != null) {
            folders.addAll(List.of(path.split(java.io.File.pathSeparator)));
        }
        folders.addAll(List.of("/sbin", "/usr/sbin"));
        for (String folder : folders) {
            Path candidate = Path.of(folder.isEmpty() ? "." : folder, tool);
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        return null;
    }
}
