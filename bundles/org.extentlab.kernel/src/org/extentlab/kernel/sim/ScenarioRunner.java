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
        switch (step.operation()) {
        case Operation.PackerCapacity p -> kernel.settings().packerCapacity(p.extents());
        case Operation.SetSwitch s -> kernel.settings().set(s.setting(), s.on());
        case Operation.Fault f -> kernel.settings().inject(f.site(), f.error());
        case Operation.Check c -> check(where, step.line());
        case Operation.Verify v -> verifyAll(where, step.line());
        case Operation.Random r -> random(where, step, r);
        case Operation.Parallel p -> parallel(where, p);
        case Operation operation -> {
            currentSource = where;
            current = step;
            try {
                Outcome outcome = perform(operation);
                expect(where, step, outcome.error);
            } catch (WriteBytes.HostFileException e) {
                problem(where, step.line(), e.getMessage());
            }
        }
        }
    }

    private void failed(Operation operation, Errno error, Scenario.Step step) {
        if (error != null && step != null && (generated || step.expect() == null)) {
            failures.add(new Failure(currentSource, step.line(), operation.toScript(), error, generated));
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

    private Outcome perform(Operation operation) {
        operations++;
        Outcome outcome = switch (operation) {
        case Operation.Mkdir mkdir -> {
            SimulatedKernel.Syscall call = kernel.run(kernel.mkdir(mkdir.path()));
            if (call.error() == null) {
                model.mkdir(mkdir.path());
                directories.add(mkdir.path());
            }
            yield new Outcome(call.error(), call);
        }
        case Operation.Create create -> {
            SimulatedKernel.Syscall call = kernel.run(kernel.open(create.path(), true, create.size()));
            if (call.error() == null) {
                model.create(create.path(), create.size());
                open.put(key(create.path()), (int) call.result());
            }
            yield new Outcome(call.error(), call);
        }
        case Operation.Open o -> {
            int fd = descriptor(o.path());
            yield new Outcome(fd < 0 ? Errno.ENOENT : null, null);
        }
        case Operation.Delete delete -> {
            String path = delete.path();
            forgetUnder(path);
            SimulatedKernel.Syscall call = kernel.run(kernel.unlink(path));
            if (call.error() == null) {
                model.delete(path);
                directories.removeIf(d -> key(d).equals(key(path)));
            }
            yield new Outcome(call.error(), call);
        }
        case Operation.Rename rename -> {
            String from = rename.path();
            String to = rename.to();
            forgetUnder(from);
            forgetUnder(to);
            SimulatedKernel.Syscall call = kernel.run(kernel.rename(from, to));
            if (call.error() == null) {
                model.rename(from, to);
                String fromKey = key(from);
                for (int i = 0; i < directories.size(); i++) {
                    String d = directories.get(i);
                    if (key(d).equals(fromKey) || key(d).startsWith(fromKey + "/")) {
                        directories.set(i, to + d.substring(from.length()));
                    }
                }
            }
            yield new Outcome(call.error(), call);
        }
        case Operation.Import i -> importFile(Path.of(i.host()), i.path());
        case Operation.Export e -> exportFile(e.path(), Path.of(e.host()));
        case Operation.Close close -> {
            Integer fd = open.remove(key(close.path()));
            if (fd == null) {
                yield new Outcome(Errno.EBADF, null);
            }
            SimulatedKernel.Syscall call = kernel.run(kernel.close(fd));
            yield new Outcome(call.error(), call);
        }
        default -> {
            int fd = descriptor(operation.path());
            if (fd < 0) {
                yield new Outcome(Errno.ENOENT, null);
            }
            SimulatedKernel.Syscall call = kernel.run(dataCall(fd, operation));
            settle(operation, call);
            yield new Outcome(call.error(), call);
        }
        };
        failed(operation, outcome.error, current);
        if (checkEvery > 0 && operations % checkEvery == 0) {
            check("invariants", (int) operations);
        }
        return outcome;
    }

    /** The system call for a descriptor operation, not yet run. */
    private SimulatedKernel.Syscall syscall(int fd, Operation operation) {
        return switch (operation) {
        case Operation.Read read -> kernel.read(fd, read.offset(), (int) read.length());
        case Operation.Preallocate p -> kernel.preallocate(fd, p.length(), p.flags());
        case Operation.Truncate t -> kernel.truncate(fd, t.size());
        case Operation.Log2phys l -> kernel.log2phys(fd, l.offset());
        case Operation.Fsync f -> kernel.fsync(fd);
        case Operation.Inhibit i -> kernel.inhibit(fd, i.on());
        default -> throw new IllegalArgumentException(operation.verb() + " is not an operation on a descriptor");
        };
    }

    /** Brings the model up to date with what a finished call did, and checks what a read returned. */
    private void settle(Operation operation, SimulatedKernel.Syscall call) {
        switch (operation) {
        case Operation.Write write -> {
            String path = write.path();
            if (call.error() == null && call.result() > 0) {
                model.write(path, write.offset(), written(call), (int) call.result());
            } else if (call.error() != null && call.error() != Errno.ENOSPC && call.error() != Errno.EFBIG) {
                model.markUncertain(path);
            } else if (call.error() == null && call.result() == 0 && write.length() > 0) {
                problems.add(path + ": a write of " + write.length() + " bytes returned 0 bytes and no error (data lost)");
                model.markUncertain(path);
            }
        }
        case Operation.Truncate truncate -> {
            if (call.error() == null) {
                model.truncate(truncate.path(), truncate.size());
            }
        }
        case Operation.Read read -> {
            String path = read.path();
            if (call.error() == null && !model.uncertain(path)) {
                byte[] expected = model.read(path, read.offset(), (int) read.length());
                if (expected != null && !Arrays.equals(expected, call.data())) {
                    String finding = differs(path, read.offset(), expected, call.data());
                    problems.add(finding);
                    kernel.finding("read", itemOf(path), read.offset(), call.data().length, finding);
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

    private void parallel(String source, Operation.Parallel block) {
        List<SimulatedKernel.Syscall> calls = new ArrayList<>();
        List<Scenario.Step> steps = new ArrayList<>();
        for (Scenario.Step step : block.steps()) {
            String path = step.operation().path();
            int fd = descriptor(path);
            if (fd < 0) {
                problem(source, step.line(), path + " does not exist");
                continue;
            }
            try {
                calls.add(dataCall(fd, step.operation()));
            } catch (WriteBytes.HostFileException e) {
                problem(source, step.line(), e.getMessage());
                continue;
            }
            steps.add(step);
        }
        kernel.runTogether(calls);
        for (int i = 0; i < calls.size(); i++) {
            operations++;
            Scenario.Step step = steps.get(i);
            settle(step.operation(), calls.get(i));
            expect(source, step, calls.get(i).error());
            currentSource = source;
            failed(step.operation(), calls.get(i).error(), step);
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
            settle(new Operation.Write(path, at, data.length, Operation.DRAWN), call);
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
                    settle(new Operation.Read(path, at, length), call);
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
    private SimulatedKernel.Syscall dataCall(int fd, Operation operation) {
        if (operation instanceof Operation.Write write) {
            int length = (int) write.length();
            byte[] data = write.bytes() instanceof Operation.Drawn ? pattern(length) : WriteBytes.of(write.bytes(), length);
            SimulatedKernel.Syscall call = kernel.write(fd, write.offset(), data);
            writeData.put(call, data);
            return call;
        }
        return syscall(fd, operation);
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

    private void random(String source, Scenario.Step step, Operation.Random operation) {
        Random random = kernel.random();
        currentSource = source;
        current = step;
        generated = true;
        try {
            randomSteps(step, random, operation.count(), operation.files(), operation.maxSize());
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
                perform(new Operation.Create(directory + "/" + name, size));
                continue;
            }
            String path = files.get(random.nextInt(files.size()));
            long size = Math.max(0, model.size(path));
            if (roll < 40) {
                long offset = random.nextLong(size + 1);
                long length = 1 + random.nextLong(Math.max(1, Math.min(maxSize - Math.min(offset, maxSize - 1), 64 << 10)));
                Operation.Bytes bytes = random.nextInt(4) == 0 ? new Operation.Fill((byte) random.nextInt(256)) // chosen bytes too
                        : Operation.DRAWN;
                perform(new Operation.Write(path, offset, length, bytes));
            } else if (roll < 48) {
                perform(new Operation.Write(path, size, 1 + random.nextInt(16 << 10), Operation.DRAWN));
            } else if (roll < 52) {
                long offset = Math.min(maxSize, size + random.nextLong(maxSize / 2 + 1));
                perform(new Operation.Write(path, offset, 1 + random.nextInt(8 << 10), Operation.DRAWN));
            } else if (roll < 60) {
                long target = random.nextBoolean() ? random.nextLong(size + 1) : size + random.nextLong(maxSize / 4 + 1);
                perform(new Operation.Truncate(path, target));
            } else if (roll < 65) {
                long length = 1 + random.nextLong(maxSize / 4 + 1);
                int flags = random.nextBoolean() ? Flags.ALL : 0;
                flags |= random.nextBoolean() ? Flags.CONTIGUOUS : 0;
                perform(new Operation.Preallocate(path, length, flags));
            } else if (roll < 77) {
                long offset = random.nextLong(size + 1);
                perform(new Operation.Read(path, offset, 1 + random.nextInt(64 << 10)));
            } else if (roll < 81) {
                perform(new Operation.Delete(path));
            } else if (roll < 85) {
                String directory = directories.get(random.nextInt(directories.size()));
                String target = random.nextInt(4) == 0 && files.size() > 1 ? files.get(random.nextInt(files.size()))
                        : directory + "/" + String.format(NAME_STYLES[random.nextInt(NAME_STYLES.length)], ++serial);
                if (!target.equalsIgnoreCase(path)) {
                    perform(new Operation.Rename(path, target));
                }
            } else if (roll < 90) {
                perform(new Operation.Close(path));
            } else if (roll < 92 && directories.size() < 6) {
                perform(new Operation.Mkdir("/dir" + (++serial)));
            } else if (roll < 96 && files.size() > 1) {
                List<Scenario.Step> together = new ArrayList<>();
                List<String> chosen = new ArrayList<>(files);
                java.util.Collections.shuffle(chosen, random);
                for (String other : chosen.subList(0, Math.min(3, chosen.size()))) {
                    long otherSize = Math.max(0, model.size(other));
                    boolean write = random.nextBoolean();
                    long offset = random.nextLong(otherSize + 1);
                    long length = 1 + random.nextInt(32 << 10);
                    together.add(new Scenario.Step(step.line(), write ? new Operation.Write(other, offset, length,
                            Operation.DRAWN) : new Operation.Read(other, offset, length), null));
                }
                parallel(source, new Operation.Parallel(together));
            } else {
                perform(new Operation.Fsync(path));
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
