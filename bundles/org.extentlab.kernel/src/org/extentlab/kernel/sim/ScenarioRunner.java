package org.extentlab.kernel.sim;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.SplittableRandom;

import org.extentlab.kernel.Errno;
import org.extentlab.kernel.Flags;

/**
 * Runs a {@link Scenario} on a {@link SimulatedKernel}: keeps a descriptor open per path, generates
 * each write's bytes from the run's seed, keeps the {@link ContentModel} every read is checked
 * against, runs {@code parallel} blocks interleaved, and expands {@code random} into operations drawn
 * from the seed. Findings (a read that differs from the model, an unexpected outcome, a broken
 * invariant) are collected as problems; the run goes on.
 */
public final class ScenarioRunner implements java.io.Serializable {
    private final SimulatedKernel kernel;
    private final ContentModel model;
    private final CaseKeys keys = new CaseKeys();
    private final Map<String, Integer> open = new HashMap<>();
    private final List<String> problems = new ArrayList<>();
    private final List<String> directories = new ArrayList<>();
    private final int initialFiles;
    /** The image file the simulation runs on: never a target of export. */
    private final Path image;
    /** How much one write of an import or one read of an export moves, as cp does in pieces. */
    static final int COPY_CHUNK = 1 << 20;
    private final List<Failure> failures = new ArrayList<>();
    /** The script step being run, and whether its operations are drawn by {@code random}. */
    private String currentSource = "";
    private Scenario.Step current;
    private boolean generated;
    private int checkEvery;
    private long operations;

    /** A runner on a simulation: reads of the files already on its image are checked against the image. */
    public ScenarioRunner(Simulation simulation) throws IOException {
        this.kernel = simulation.kernel();
        this.model = simulation.initialContent();
        this.image = simulation.image();
        directories.add("");
        directories.addAll(model.directories());
        initialFiles = model.fileCount();
    }


    /** Runs the invariant checker after every {@code operations} operations (0: only on 'check'). */
    public ScenarioRunner checkEvery(int operations) {
        this.checkEvery = operations;
        return this;
    }

    public ContentModel model() {
        return model;
    }

    public List<String> problems() {
        return problems;
    }

    /**
     * A system call that failed: where in the script, the operation as a script line, the error, and
     * whether {@code random} drew it (a random scenario meets errors on purpose: a full volume).
     */
    public record Failure(String source, int line, String operation, Errno error, boolean generated) implements java.io.Serializable {
        @Override
        public String toString() {
            return source + ":" + line + ": " + operation + ": " + error.name() + (generated ? " (drawn by random)" : "");
        }
    }

    /** Every failed system call whose failure the script did not expect, in order. */
    public List<Failure> failures() {
        return failures;
    }

    public long operations() {
        return operations;
    }

    /** Runs every step; findings go to {@link #problems()}. */
    public void run(Scenario scenario) {
        for (Scenario.Step step : scenario.steps()) {
            execute(scenario.source(), step);
        }
    }

    private void problem(String source, int line, String text) {
        problems.add(source + ":" + line + ": " + text);
    }

    /** Runs one step of a script called {@code source}; findings go to {@link #problems()}. */
    public void execute(String source, Scenario.Step step) {
        String where = source;
        switch (step.verb()) {
        case "packer-capacity" -> kernel.settings().packerCapacity((int) step.number(0));
        case "switch" -> kernel.settings().set(KernelSettings.Switch.byScriptName(step.argument(0)),
                step.argument(1).equals("on"));
        case "fault" -> kernel.settings().inject(KernelSettings.FaultSite.byScriptName(step.argument(0)),
                step.arguments().size() > 1 ? Errno.valueOf(step.argument(1).toUpperCase(Locale.ROOT)) : Errno.EIO);
        case "check" -> check(where, step.line());
        case "verify" -> verifyAll(where, step.line());
        case "random" -> random(where, step);
        case "parallel" -> parallel(where, step);
        default -> {
            currentSource = where;
            current = step;
            try {
                Outcome outcome = perform(step.verb(), step.arguments());
                expect(where, step, outcome.error);
            } catch (WriteBytes.HostFileException e) {
                problem(where, step.line(), e.getMessage());
            }
        }
        }
    }

    private void failed(String verb, List<String> args, Errno error, Scenario.Step step) {
        if (error != null && step != null && (generated || step.expect() == null)) {
            failures.add(new Failure(currentSource, step.line(), verb + " " + String.join(" ", args), error, generated));
        }
    }

    private void expect(String source, Scenario.Step step, Errno error) {
        if (step.expect() == null) {
            return;
        }
        String got = error == null ? "OK" : error.name();
        if (!got.equals(step.expect())) {
            problem(source, step.line(), step.verb() + " gave " + got + ", the script expects " + step.expect());
        }
    }

    /** The outcome of one operation: its error, and the call that ran (for its result). */
    private record Outcome(Errno error, SimulatedKernel.Syscall call) {
    }

    private int descriptor(String path) {
        Integer fd = open.get(key(path));
        if (fd != null) {
            return fd;
        }
        SimulatedKernel.Syscall call = kernel.run(kernel.open(path, false, 0));
        if (call.error() != null) {
            return -1;
        }
        open.put(key(path), (int) call.result());
        return (int) call.result();
    }

    private String key(String path) {
        return keys.of(path);
    }

    private void forget(String path) {
        Integer fd = open.remove(key(path));
        if (fd != null) {
            kernel.run(kernel.close(fd));
        }
    }

    /** Forgets every descriptor under {@code path} (a renamed or removed directory). */
    private void forgetUnder(String path) {
        String prefix = key(path) + "/";
        for (String openPath : new ArrayList<>(open.keySet())) {
            if (openPath.equals(key(path)) || openPath.startsWith(prefix)) {
                kernel.run(kernel.close(open.remove(openPath)));
            }
        }
    }

    /**
     * {@code length} bytes drawn from the kernel's generator: the bytes SplittableRandom.nextBytes
     * gives for the same seed (each long's bytes in little-endian order), written a long at a time.
     */
    private byte[] pattern(int length) {
        byte[] bytes = new byte[length];
        SplittableRandom random = new SplittableRandom(kernel.random().nextLong());
        int words = length >>> 3;
        for (int i = 0; i < words; i++) {
            LITTLE_ENDIAN_LONGS.set(bytes, i << 3, random.nextLong());
        }
        if (words << 3 < length) {
            long last = random.nextLong();
            for (int i = words << 3; i < length; i++, last >>>= 8) {
                bytes[i] = (byte) last;
            }
        }
        return bytes;
    }

    private static final java.lang.invoke.VarHandle LITTLE_ENDIAN_LONGS = java.lang.invoke.MethodHandles
            .byteArrayViewVarHandle(long[].class, java.nio.ByteOrder.LITTLE_ENDIAN);

    private Outcome perform(String verb, List<String> args) {
        operations++;
        Outcome outcome = switch (verb) {
        case "mkdir" -> {
            SimulatedKernel.Syscall call = kernel.run(kernel.mkdir(args.get(0)));
            if (call.error() == null) {
                model.mkdir(args.get(0));
                directories.add(args.get(0));
            }
            yield new Outcome(call.error(), call);
        }
        case "create" -> {
            long size = args.size() > 1 ? Scenario.parseSize(args.get(1)) : 0;
            SimulatedKernel.Syscall call = kernel.run(kernel.open(args.get(0), true, size));
            if (call.error() == null) {
                model.create(args.get(0), size);
                open.put(key(args.get(0)), (int) call.result());
            }
            yield new Outcome(call.error(), call);
        }
        case "open" -> {
            int fd = descriptor(args.get(0));
            yield new Outcome(fd < 0 ? Errno.ENOENT : null, null);
        }
        case "delete" -> {
            forgetUnder(args.get(0));
            SimulatedKernel.Syscall call = kernel.run(kernel.unlink(args.get(0)));
            if (call.error() == null) {
                model.delete(args.get(0));
                directories.removeIf(d -> key(d).equals(key(args.get(0))));
            }
            yield new Outcome(call.error(), call);
        }
        case "rename" -> {
            forgetUnder(args.get(0));
            forgetUnder(args.get(1));
            SimulatedKernel.Syscall call = kernel.run(kernel.rename(args.get(0), args.get(1)));
            if (call.error() == null) {
                model.rename(args.get(0), args.get(1));
                String fromKey = key(args.get(0));
                for (int i = 0; i < directories.size(); i++) {
                    String d = directories.get(i);
                    if (key(d).equals(fromKey) || key(d).startsWith(fromKey + "/")) {
                        directories.set(i, args.get(1) + d.substring(args.get(0).length()));
                    }
                }
            }
            yield new Outcome(call.error(), call);
        }
        case "import" -> importFile(Path.of(args.get(0)), args.get(1));
        case "export" -> exportFile(args.get(0), Path.of(args.get(1)));
        case "close" -> {
            Integer fd = open.remove(key(args.get(0)));
            if (fd == null) {
                yield new Outcome(Errno.EBADF, null);
            }
            SimulatedKernel.Syscall call = kernel.run(kernel.close(fd));
            yield new Outcome(call.error(), call);
        }
        default -> {
            int fd = descriptor(args.get(0));
            if (fd < 0) {
                yield new Outcome(Errno.ENOENT, null);
            }
            SimulatedKernel.Syscall call = kernel.run(dataCall(fd, verb, args));
            settle(verb, args, call);
            yield new Outcome(call.error(), call);
        }
        };
        failed(verb, args, outcome.error, current);
        if (checkEvery > 0 && operations % checkEvery == 0) {
            check("invariants", (int) operations);
        }
        return outcome;
    }

    /** The system call for a descriptor operation, not yet run. */
    private SimulatedKernel.Syscall syscall(int fd, String verb, List<String> args) {
        return switch (verb) {
        case "read" -> kernel.read(fd, Scenario.parseSize(args.get(1)), (int) Scenario.parseSize(args.get(2)));
        case "preallocate" -> {
            int flags = 0;
            for (String flag : args.subList(2, args.size())) {
                flags |= flag.equals("all") ? Flags.ALL : Flags.CONTIGUOUS;
            }
            yield kernel.preallocate(fd, Scenario.parseSize(args.get(1)), flags);
        }
        case "truncate" -> kernel.truncate(fd, Scenario.parseSize(args.get(1)));
        case "log2phys" -> kernel.log2phys(fd, Scenario.parseSize(args.get(1)));
        case "fsync" -> kernel.fsync(fd);
        case "inhibit" -> kernel.inhibit(fd, args.get(1).equals("on"));
        default -> throw new IllegalArgumentException(verb);
        };
    }

    /** Brings the model up to date with what a finished call did, and checks what a read returned. */
    private void settle(String verb, List<String> args, SimulatedKernel.Syscall call) {
        String path = args.get(0);
        switch (verb) {
        case "write" -> {
            if (call.error() == null && call.result() > 0) {
                model.write(path, Scenario.parseSize(args.get(1)), written(call), (int) call.result());
            } else if (call.error() != null && call.error() != Errno.ENOSPC && call.error() != Errno.EFBIG) {
                model.markUncertain(path);
            } else if (call.error() == null && call.result() == 0 && Scenario.parseSize(args.get(2)) > 0) {
                problems.add(path + ": a write of " + args.get(2) + " bytes returned 0 bytes and no error (data lost)");
                model.markUncertain(path);
            }
        }
        case "truncate" -> {
            if (call.error() == null) {
                model.truncate(path, Scenario.parseSize(args.get(1)));
            }
        }
        case "read" -> {
            if (call.error() == null && !model.uncertain(path)) {
                byte[] expected = model.read(path, Scenario.parseSize(args.get(1)), (int) Scenario.parseSize(args.get(2)));
                if (expected != null && !Arrays.equals(expected, call.data())) {
                    String finding = differs(path, Scenario.parseSize(args.get(1)), expected, call.data());
                    problems.add(finding);
                    kernel.finding("read", itemOf(path), Scenario.parseSize(args.get(1)), call.data().length, finding);
                }
            }
        }
        default -> {
        }
        }
    }

    /** A read that returned other bytes than the file holds, in words: where the first difference lies. */
    private static String differs(String path, long offset, byte[] expected, byte[] got) {
        int at = Arrays.mismatch(expected, got);
        if (at >= Math.min(expected.length, got.length)) {
            return path + ": read at " + offset + " returned " + got.length + " bytes, the file holds "
                    + expected.length + " there";
        }
        return String.format(Locale.ROOT, "%s: read at %d returned %d bytes that differ from what the file holds,"
                + " first at byte %d (0x%02x read, 0x%02x written)", path, offset, got.length, offset + at,
                got[at] & 0xFF, expected[at] & 0xFF);
    }

    private long itemOf(String path) {
        Integer fd = open.get(key(path));
        return fd == null ? -1 : kernel.itemOf(fd);
    }

    private final Map<SimulatedKernel.Syscall, byte[]> writeData = new HashMap<>();

    private byte[] written(SimulatedKernel.Syscall call) {
        return writeData.remove(call);
    }

    private void parallel(String source, Scenario.Step block) {
        List<SimulatedKernel.Syscall> calls = new ArrayList<>();
        List<Scenario.Step> steps = new ArrayList<>();
        for (Scenario.Step step : block.parallel()) {
            int fd = descriptor(step.argument(0));
            if (fd < 0) {
                problem(source, step.line(), step.argument(0) + " does not exist");
                continue;
            }
            try {
                calls.add(dataCall(fd, step.verb(), step.arguments()));
            } catch (WriteBytes.HostFileException e) {
                problem(source, step.line(), e.getMessage());
                continue;
            }
            steps.add(step);
        }
        kernel.runTogether(calls);
        for (int i = 0; i < calls.size(); i++) {
            operations++;
            settle(steps.get(i).verb(), steps.get(i).arguments(), calls.get(i));
            expect(source, steps.get(i), calls.get(i).error());
            currentSource = source;
            failed(steps.get(i).verb(), steps.get(i).arguments(), calls.get(i).error(), steps.get(i));
        }
    }

    /** import HOSTFILE PATH: creates the file and writes the host file's bytes into it, a piece a write. */
    private Outcome importFile(Path host, String path) {
        long size;
        try {
            size = Files.size(host);
        } catch (IOException e) {
            throw new WriteBytes.HostFileException("cannot read the host file " + host + ": " + e.getMessage());
        }
        SimulatedKernel.Syscall create = kernel.run(kernel.open(path, true, 0));
        if (create.error() != null) {
            return new Outcome(create.error(), create);
        }
        model.create(path, 0);
        int fd = (int) create.result();
        open.put(key(path), fd);
        SimulatedKernel.Syscall call = create;
        for (long at = 0; at < size; at += COPY_CHUNK) {
            byte[] data = new byte[(int) Math.min(COPY_CHUNK, size - at)];
            WriteBytes.read(host, at, data);
            call = kernel.run(kernel.write(fd, at, data));
            writeData.put(call, data);
            settle("write", List.of(path, Long.toString(at), Integer.toString(data.length)), call);
            if (call.error() != null || call.result() < data.length) {
                return new Outcome(call.error() != null ? call.error() : Errno.ENOSPC, call);
            }
        }
        return new Outcome(null, call);
    }

    /**
     * export PATH HOSTFILE: reads the file through the kernel, a piece a read, into a new host file that
     * replaces HOSTFILE only when every read succeeded; the image itself is never a target.
     */
    private Outcome exportFile(String path, Path host) {
        try {
            if (image != null && Files.exists(host) && Files.isSameFile(host, image)) {
                throw new WriteBytes.HostFileException("export does not write over the disk image " + image);
            }
        } catch (IOException e) {
            throw new WriteBytes.HostFileException("cannot check the host file " + host + ": " + e.getMessage());
        }
        int fd = descriptor(path);
        if (fd < 0) {
            return new Outcome(Errno.ENOENT, null);
        }
        long size = kernel.endOfFile(fd);
        Path folder = host.toAbsolutePath().getParent();
        Path partial = null;
        try {
            partial = Files.createTempFile(folder, "." + host.getFileName(), ".part");
            SimulatedKernel.Syscall call = null;
            try (OutputStream out = Files.newOutputStream(partial)) {
                for (long at = 0; at < size; at += COPY_CHUNK) {
                    int length = (int) Math.min(COPY_CHUNK, size - at);
                    call = kernel.run(kernel.read(fd, at, length));
                    settle("read", List.of(path, Long.toString(at), Integer.toString(length)), call);
                    if (call.error() != null) {
                        return new Outcome(call.error(), call);
                    }
                    out.write(call.data());
                }
            }
            Files.move(partial, host, StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
            partial = null;
            return new Outcome(null, call);
        } catch (IOException e) {
            throw new WriteBytes.HostFileException("cannot write the host file " + host + ": " + e.getMessage());
        } finally {
            if (partial != null) {
                try {
                    Files.deleteIfExists(partial);
                } catch (IOException e) {
                    // The partial copy stays beside the target under a hidden name; nothing else is touched.
                }
            }
        }
    }

    /** A descriptor call whose write data is remembered for the model. */
    private SimulatedKernel.Syscall dataCall(int fd, String verb, List<String> args) {
        if (verb.equals("write")) {
            int length = (int) Scenario.parseSize(args.get(2));
            byte[] data = WriteBytes.chosen(args) ? WriteBytes.of(args, length) : pattern(length);
            SimulatedKernel.Syscall call = kernel.write(fd, Scenario.parseSize(args.get(1)), data);
            writeData.put(call, data);
            return call;
        }
        return syscall(fd, verb, args);
    }

    private void check(String source, int line) {
        for (String found : kernel.checkInvariants()) {
            problem(source, line, found);
        }
    }

    /** Reads every file of the model back through the kernel and compares. */
    private void verifyAll(String source, int line) {
        for (String path : model.paths()) {
            byte[] expected = model.content(path);
            if (model.uncertain(path) || expected == null) {
                continue;
            }
            int fd = descriptor(path);
            long size = model.size(path);
            SimulatedKernel.Syscall call = kernel.run(kernel.read(fd, 0, (int) size));
            if (call.error() != null || !Arrays.equals(call.data(), expected)) {
                String finding = call.error() != null ? path + " reads back " + call.error() + " instead of its " + size
                        + " bytes" : differs(path, 0, expected, call.data());
                problem(source, line, finding);
                kernel.finding("read", kernel.itemOf(fd), 0, size, finding);
            }
        }
    }

    // ---- random scenarios ----

    private static final String[] NAME_STYLES = { "file %d.dat", "F%d.TXT", "Mixed%dCase.bin", "a long name number %d for the directory.log" };

    private void random(String source, Scenario.Step step) {
        long count = step.number(0);
        int fileLimit = 12;
        long maxSize = 256 << 10;
        for (int i = 1; i < step.arguments().size(); i += 2) {
            if (step.argument(i).equals("files")) {
                fileLimit = (int) Math.max(1, step.number(i + 1));
            } else {
                maxSize = Math.max(1, step.number(i + 1));
            }
        }
        Random random = kernel.random();
        currentSource = source;
        current = step;
        generated = true;
        try {
            randomSteps(step, random, count, fileLimit, maxSize);
        } finally {
            generated = false;
        }
    }

    private void randomSteps(Scenario.Step step, Random random, long count, int fileLimit, long maxSize) {
        String source = currentSource;
        int serial = 0;
        for (long n = 0; n < count; n++) {
            List<String> files = model.paths();
            maxSize = Math.max(512, Math.min(maxSize, kernel.module().freeBytes() / 4 + 4096));
            int roll = random.nextInt(100);
            if (files.isEmpty() || (roll < 10 && files.size() < initialFiles + fileLimit)) {
                String directory = directories.get(random.nextInt(directories.size()));
                String name = String.format(NAME_STYLES[random.nextInt(NAME_STYLES.length)], ++serial);
                long size = random.nextInt(4) == 0 ? random.nextLong(maxSize / 4 + 1) : 0;
                perform("create", List.of(directory + "/" + name, Long.toString(size)));
                continue;
            }
            String path = files.get(random.nextInt(files.size()));
            long size = Math.max(0, model.size(path));
            if (roll < 40) {
                long offset = random.nextLong(size + 1);
                long length = 1 + random.nextLong(Math.max(1, Math.min(maxSize - Math.min(offset, maxSize - 1), 64 << 10)));
                List<String> write = new ArrayList<>(List.of(path, Long.toString(offset), Long.toString(length)));
                if (random.nextInt(4) == 0) {
                    write.addAll(List.of("fill", Integer.toString(random.nextInt(256)))); // chosen bytes too
                }
                perform("write", write);
            } else if (roll < 48) {
                perform("write", List.of(path, Long.toString(size), Long.toString(1 + random.nextInt(16 << 10))));
            } else if (roll < 52) {
                long offset = Math.min(maxSize, size + random.nextLong(maxSize / 2 + 1));
                perform("write", List.of(path, Long.toString(offset), Long.toString(1 + random.nextInt(8 << 10))));
            } else if (roll < 60) {
                long target = random.nextBoolean() ? random.nextLong(size + 1) : size + random.nextLong(maxSize / 4 + 1);
                perform("truncate", List.of(path, Long.toString(target)));
            } else if (roll < 65) {
                List<String> args = new ArrayList<>(List.of(path, Long.toString(1 + random.nextLong(maxSize / 4 + 1))));
                if (random.nextBoolean()) {
                    args.add("all");
                }
                if (random.nextBoolean()) {
                    args.add("contiguous");
                }
                perform("preallocate", args);
            } else if (roll < 77) {
                long offset = random.nextLong(size + 1);
                perform("read", List.of(path, Long.toString(offset), Long.toString(1 + random.nextInt(64 << 10))));
            } else if (roll < 81) {
                perform("delete", List.of(path));
            } else if (roll < 85) {
                String directory = directories.get(random.nextInt(directories.size()));
                String target = random.nextInt(4) == 0 && files.size() > 1 ? files.get(random.nextInt(files.size()))
                        : directory + "/" + String.format(NAME_STYLES[random.nextInt(NAME_STYLES.length)], ++serial);
                if (!target.equalsIgnoreCase(path)) {
                    perform("rename", List.of(path, target));
                }
            } else if (roll < 90) {
                perform("close", List.of(path));
            } else if (roll < 92 && directories.size() < 6) {
                perform("mkdir", List.of("/dir" + (++serial)));
            } else if (roll < 96 && files.size() > 1) {
                List<Scenario.Step> together = new ArrayList<>();
                List<String> chosen = new ArrayList<>(files);
                java.util.Collections.shuffle(chosen, random);
                for (String other : chosen.subList(0, Math.min(3, chosen.size()))) {
                    long otherSize = Math.max(0, model.size(other));
                    boolean write = random.nextBoolean();
                    long offset = random.nextLong(otherSize + 1);
                    together.add(new Scenario.Step(step.line(), write ? "write" : "read",
                            List.of(other, Long.toString(offset), Long.toString(1 + random.nextInt(32 << 10))), List.of(),
                            null));
                }
                parallel(source, new Scenario.Step(step.line(), "parallel", List.of(), together, null));
            } else {
                perform("fsync", List.of(path));
            }
        }
    }

    /** Closes every descriptor the runner holds. */
    public void closeAll() {
        for (String path : new ArrayList<>(open.keySet())) {
            kernel.run(kernel.close(open.remove(path)));
        }
    }
}
