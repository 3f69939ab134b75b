package org.extentlab.kernel.sim;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.zip.CRC32;

import org.extentlab.kernel.BlockOverlay;
import org.extentlab.kernel.Errno;
import org.extentlab.kernel.ExtentPacker;
import org.extentlab.kernel.FileAttributes;
import org.extentlab.kernel.FileSystemModule;
import org.extentlab.kernel.Flags;
import org.extentlab.kernel.FreeSpace;
import org.extentlab.kernel.PackedExtent;
import org.extentlab.kernel.PackedExtentType;
import org.extentlab.kernel.Replies;
import org.extentlab.kernel.VolumeItem;

/**
 * The simulated kernel: system calls on paths and descriptors, a mapping cache per file, the data
 * transfers themselves (through the copy-on-write overlay), and every protocol call to the module,
 * recorded in a {@link Trace}. Reads and writes are state machines of several steps (blockmaps, one
 * transfer per extent, completeIO); {@link #runTogether} interleaves several of them, choosing the next
 * step with a seeded random generator, so a run is determined by image, seed and script.
 * <p>
 * Simulated time advances by a fixed cost per step; nothing reads the wall clock.
 */
public final class SimulatedKernel implements java.io.Serializable {
    /** 2026-01-01T00:00:00Z: the simulated clock's origin when the volume gives no time of its own. */
    public static final long EPOCH_SECONDS = 1_767_225_600L;
    static final long SYSCALL_NS = 1_000;
    static final long PROTOCOL_CALL_NS = 8_000;
    static final long TRANSFER_SETUP_NS = 20_000;
    static final double DEVICE_NS_PER_BYTE = 1.0;
    static final double COPY_NS_PER_BYTE = 0.25;

    private final FileSystemModule module;
    private final BlockOverlay overlay;
    private final KernelSettings settings;
    private final Trace trace;
    private final Random random;
    private final Map<Integer, Vnode> descriptors = new TreeMap<>();
    private final Map<Long, Vnode> vnodes = new HashMap<>();
    private final KernelCounters counters = new KernelCounters();
    private long time;
    private long nextOperationId = 1;
    private int nextDescriptor = 3;
    private int nextTask = 1;

    /** A file the kernel holds: the item, the size as the kernel knows it, and its retained extents. */
    static final class Vnode implements java.io.Serializable {
        final VolumeItem item;
        final String path;
        final MappingCache cache = new MappingCache();
        long eof;
        /** The valid data length the module last reported (exFAT); past it the kernel reads zeros. */
        long valid;
        boolean inhibit;
        boolean directory;
        int opens;
        /** The ranges of the writes in progress, [start, end). */
        final List<long[]> writing = new ArrayList<>();

        Vnode(VolumeItem item, String path) {
            this.item = item;
            this.path = path;
        }

        /**
         * Takes the size, the valid data length and inhibitKernelOffloadedIO from the module's attributes
         * (an inline file whose data moved to blocks is kernel-offloaded from then on).
         */
        void learn(FileAttributes attributes) {
            eof = attributes.size();
            valid = attributes.validDataLength();
            inhibit = attributes.inhibitKernelOffloadedIO();
        }
    }

    private String readOnly;
    private final java.util.Set<Long> damaged = new java.util.HashSet<>();

    public SimulatedKernel(FileSystemModule module, BlockOverlay overlay, KernelSettings settings, long seed,
            Trace trace) {
        this.module = module;
        this.overlay = overlay;
        this.settings = settings;
        this.trace = trace;
        this.random = new Random(seed);
        // The clock starts a second after the volume was last written (the image says when), so what the
        // simulation changes is newer than what was there; an image that says nothing starts in 2026.
        long written = module.lastWritten();
        long origin = written > 0 ? written + 1 : EPOCH_SECONDS;
        module.setClock(new Clock(this, origin));
    }

    /**
     * The module's clock: seconds since 1970, the simulated time counted from {@code origin} (a class
     * of its own rather than a lambda, so a checkpoint copies it with the kernel).
     */
    private static final class Clock implements java.util.function.LongSupplier, java.io.Serializable {
        private static final long serialVersionUID = 1L;
        private final SimulatedKernel kernel;
        private final long origin;

        Clock(SimulatedKernel kernel, long origin) {
            this.kernel = kernel;
            this.origin = origin;
        }

        @Override
        public long getAsLong() {
            return origin + kernel.time / 1_000_000_000L;
        }
    }

    /**
     * Makes the volume read-only for {@code reason} (its findings at load): every system call that
     * would change it fails with EROFS before reaching the module, as on a volume mounted read-only.
     */
    public void readOnly(String reason) {
        this.readOnly = reason;
    }

    /** Why the volume is read-only, or null when it may be written. */
    public String readOnly() {
        return readOnly;
    }

    /**
     * Files and folders found damaged at load (a cross-linked cluster, a chain shorter or longer than
     * the size, a damaged long name, a folder's wrong "." or ".."): calls that would change them fail
     * with EROFS (a folder keeps its name and place; what it holds may change), and so do renames of
     * the folders above them: a checker names damage by path, and its report stays the same. So a run
     * never makes their damage worse. They are found by path in the module's tree now (ignoring case, as FAT does) and
     * kept by item, so a rename of their folder does not free them.
     */
    public void protect(java.util.Collection<String> paths) {
        java.util.Set<String> wanted = new java.util.HashSet<>();
        java.util.Set<String> folders = new java.util.HashSet<>();
        for (String path : paths) {
            String key = path.toLowerCase(java.util.Locale.ROOT);
            wanted.add(key);
            for (int slash = key.indexOf('/', 1); slash > 0; slash = key.indexOf('/', slash + 1)) {
                folders.add(key.substring(0, slash));
            }
        }
        if (!wanted.isEmpty()) {
            protectUnder(module.root(), "", wanted, folders);
        }
    }

    private void protectUnder(VolumeItem directory, String path, java.util.Set<String> wanted,
            java.util.Set<String> folders) {
        for (FileSystemModule.Entry entry : module.list(directory)) {
            String child = path + "/" + entry.name().toLowerCase(java.util.Locale.ROOT);
            if (wanted.contains(child)) {
                damaged.add(entry.item().id());
            }
            if (entry.directory() && folders.contains(child)) {
                damaged.add(entry.item().id());
                protectUnder(entry.item(), child, wanted, folders);
            }
        }
    }

    /** EROFS when the volume is read-only or {@code item} was found damaged at load; else null. */
    private Errno refusesChange(VolumeItem item) {
        return readOnly != null || item != null && damaged.contains(item.id()) ? Errno.EROFS : null;
    }

    public FileSystemModule module() {
        return module;
    }

    public KernelSettings settings() {
        return settings;
    }

    public Trace trace() {
        return trace;
    }

    public KernelCounters counters() {
        return counters;
    }

    /** Simulated nanoseconds since the run began. */
    public long time() {
        return time;
    }

    /** The extents the kernel retains for an open descriptor. */
    public List<PackedExtent> retainedMapping(int descriptor) {
        Vnode vnode = descriptors.get(descriptor);
        return vnode == null ? List.of() : vnode.cache.extents();
    }

    /** The size of the file as the kernel knows it. */
    public long endOfFile(int descriptor) {
        Vnode vnode = descriptors.get(descriptor);
        return vnode == null ? -1 : vnode.eof;
    }

    // ---- the trace ----

    private void event(Syscall call, String kind, String name, long item, long operationId, long offset, long length,
            String flags, boolean continuation, List<PackedExtent> extents, Errno error, FreeSpace freeSpace,
            long size, String detail) {
        trace.record(new TraceEvent(trace.next(), time, kind, name, call == null ? 0 : call.task, item, operationId,
                offset, length, flags, continuation, extents, error, freeSpace, size, detail));
    }

    /**
     * Records a finding of whoever checks the run (a read whose bytes differ from what the file holds):
     * a "check" event on {@code item}, which the trace lists with the failures.
     */
    public void finding(String name, long item, long offset, long length, String detail) {
        event(null, "check", name, item, -1, offset, length, null, false, null, null, null, -1, detail);
    }

    /** The module's id of the item a descriptor holds; -1 for a descriptor not open. */
    public long itemOf(int descriptor) {
        Vnode vnode = descriptors.get(descriptor);
        return vnode == null ? -1 : vnode.item.id();
    }

    private ExtentPacker packer() {
        return new ExtentPacker(settings.packerCapacity(), module.sectorSize());
    }

    // ---- system calls ----

    /** A system call in progress; {@link #step} does one piece of it. */
    public abstract class Syscall {
        final int task = nextTask++;
        final String name;
        Errno error;
        long result = -1;
        boolean done;
        boolean started;

        Syscall(String name) {
            this.name = name;
        }

        public boolean done() {
            return done;
        }

        public Errno error() {
            return error;
        }

        /** What the call returned: a descriptor, a byte count, a device offset. */
        public long result() {
            return result;
        }

        public String name() {
            return name;
        }

        /** The bytes a read returned. */
        public byte[] data() {
            return null;
        }

        void step() {
            if (!started) {
                started = true;
                time += SYSCALL_NS;
                counters.syscalls++;
                event(this, "syscall", name, -1, -1, -1, -1, null, false, null, null, null, -1, arguments());
            }
            advance();
        }

        abstract String arguments();

        abstract void advance();

        /** Lets go of what the call holds (a write's range lock). */
        void released() {
        }

        void finish(Errno error, long result) {
            released();
            this.error = error;
            this.result = error == null ? result : -1;
            this.done = true;
            event(this, "return", name, -1, -1, -1, -1, null, false, null, error, null, this.result, null);
        }
    }

    /** A call done in one step. */
    private final class Single extends Syscall {
        private final String arguments;
        private final java.util.function.Function<Syscall, long[]> body;

        Single(String name, String arguments, java.util.function.Function<Syscall, long[]> body) {
            super(name);
            this.arguments = arguments;
            this.body = body;
        }

        @Override
        String arguments() {
            return arguments;
        }

        @Override
        void advance() {
            long[] outcome = body.apply(this);
            finish(outcome[0] == 0 ? null : Errno.values()[(int) outcome[0] - 1], outcome[1]);
        }
    }

    private static long[] ok(long result) {
        return new long[] { 0, result };
    }

    private static long[] fail(Errno error) {
        return new long[] { error.ordinal() + 1, -1 };
    }

    /** Runs one call to its end. */
    public Syscall run(Syscall call) {
        while (!call.done()) {
            call.step();
        }
        return call;
    }

    /** Runs several calls at once, their steps interleaved in an order drawn from the seed. */
    public void runTogether(List<Syscall> calls) {
        List<Syscall> running = new ArrayList<>(calls);
        while (!running.isEmpty()) {
            int pick = running.size() == 1 ? 0 : random.nextInt(running.size());
            Syscall call = running.get(pick);
            call.step();
            if (call.done()) {
                running.remove(pick);
            }
        }
    }

    /** The random generator of the run (scenarios draw from it too, so one seed decides everything). */
    public Random random() {
        return random;
    }

    private static String[] split(String path) {
        String trimmed = path.startsWith("/") ? path.substring(1) : path;
        return trimmed.isEmpty() ? new String[0] : trimmed.split("/+");
    }

    /** Looks up each component of {@code path} but the last; the directory holding it, or an error. */
    private Object parentOf(Syscall call, String path) {
        String[] parts = split(path);
        if (parts.length == 0) {
            return Errno.EINVAL;
        }
        VolumeItem directory = module.root();
        for (int i = 0; i < parts.length - 1; i++) {
            Replies.Lookup found = lookup(call, parts[i], directory, false);
            if (found.error() != null) {
                return found.error();
            }
            if (!found.attributes().directory()) {
                return Errno.ENOTDIR;
            }
            directory = found.item();
        }
        return directory;
    }

    private static String leaf(String path) {
        String[] parts = split(path);
        return parts[parts.length - 1];
    }

    private Replies.Lookup lookup(Syscall call, String name, VolumeItem directory, boolean withPacker) {
        time += PROTOCOL_CALL_NS;
        counters.protocolCalls++;
        event(call, "call", "lookupItem", directory.id(), -1, -1, -1, null, false, null, null, null, -1, name);
        ExtentPacker packer = withPacker ? packer() : null;
        Replies.Lookup reply = module.lookupItem(name, directory, packer);
        event(call, "reply", "lookupItem", reply.item() == null ? -1 : reply.item().id(), -1, -1, -1, null, false,
                packer == null ? null : packer.extents(), reply.error(), null,
                reply.attributes() == null ? -1 : reply.attributes().size(), name);
        return reply;
    }

    /**
     * Opens {@code item} for a descriptor, keeping the extents a lookupItem or createFile handed over
     * ({@code handed}: what the module packed, under the module behaviours switched on). Those calls ask
     * for no range ({@code asked} is 0, or the size a createFile was given), as a blockmapFile does.
     */
    private int register(Syscall call, VolumeItem item, String path, FileAttributes attributes,
            List<PackedExtent> handed, long asked) {
        Vnode vnode = vnodes.computeIfAbsent(item.id(), id -> new Vnode(item, path));
        if (vnode.opens == 0) {
            vnode.learn(attributes);
            vnode.directory = attributes.directory();
        }
        String invalid = handed.isEmpty() ? null : HandedExtents.invalid(module, handed);
        if (invalid != null) {
            event(call, "fault", "extents", item.id(), -1, -1, -1, null, false, handed, null, null, -1,
                    invalid + "; the kernel keeps none of them");
        } else {
            for (PackedExtent extent : handed) {
                retain(call, vnode, -1, asked, extent);
            }
        }
        vnode.opens++;
        int descriptor = nextDescriptor++;
        descriptors.put(descriptor, vnode);
        return descriptor;
    }

    /** open(2): looks the path up (creating the file when asked, with {@code size} bytes); returns a descriptor. */
    public Syscall open(String path, boolean create, long size) {
        return new Single(create ? "create" : "open", path + (create && size > 0 ? " size " + size : ""), call -> {
            Object parent = parentOf(call, path);
            if (parent instanceof Errno error) {
                return fail(error);
            }
            VolumeItem directory = (VolumeItem) parent;
            String name = leaf(path);
            if (create) {
                if (refusesChange(null) != null) {
                    return fail(refusesChange(null));
                }
                time += PROTOCOL_CALL_NS;
                counters.protocolCalls++;
                event(call, "call", "createFile", directory.id(), -1, -1, size, null, false, null, null, null, -1, name);
                ExtentPacker packer = packer();
                Replies.Create reply = module.createFile(name, directory,
                        new FileAttributes(0, false, size, 0, 0, false), packer);
                List<PackedExtent> handed = HandedExtents.asModulePacks(settings, module, 0, size, packer.extents());
                event(call, "reply", "createFile", reply.item() == null ? -1 : reply.item().id(), -1, -1, -1, null,
                        false, handed, reply.error(), reply.freeSpace(),
                        reply.attributes() == null ? -1 : reply.attributes().size(), name);
                if (reply.error() != null) {
                    return fail(reply.error());
                }
                return ok(register(call, reply.item(), path, reply.attributes(), handed, size));
            }
            ExtentPacker packer = packer();
            Replies.Lookup found = lookupWith(call, name, directory, packer);
            if (found.error() != null) {
                return fail(found.error());
            }
            return ok(register(call, found.item(), path, found.attributes(), handed(packer), 0));
        });
    }

    private Replies.Lookup lookupWith(Syscall call, String name, VolumeItem directory, ExtentPacker packer) {
        time += PROTOCOL_CALL_NS;
        counters.protocolCalls++;
        event(call, "call", "lookupItem", directory.id(), -1, -1, -1, null, false, null, null, null, -1, name);
        Replies.Lookup reply = module.lookupItem(name, directory, packer);
        event(call, "reply", "lookupItem", reply.item() == null ? -1 : reply.item().id(), -1, -1, -1, null, false,
                handed(packer), reply.error(), null, reply.attributes() == null ? -1 : reply.attributes().size(), name);
        return reply;
    }

    /** What a lookupItem's packer hands over (it asks for no range). */
    private List<PackedExtent> handed(ExtentPacker packer) {
        return HandedExtents.asModulePacks(settings, module, 0, 0, packer.extents());
    }

    public Syscall mkdir(String path) {
        return new Single("mkdir", path, call -> {
            if (refusesChange(null) != null) {
                return fail(refusesChange(null));
            }
            Object parent = parentOf(call, path);
            if (parent instanceof Errno error) {
                return fail(error);
            }
            time += PROTOCOL_CALL_NS;
            counters.protocolCalls++;
            VolumeItem directory = (VolumeItem) parent;
            event(call, "call", "createDirectory", directory.id(), -1, -1, -1, null, false, null, null, null, -1,
                    leaf(path));
            Replies.Lookup reply = module.createDirectory(leaf(path), directory);
            event(call, "reply", "createDirectory", reply.item() == null ? -1 : reply.item().id(), -1, -1, -1, null,
                    false, null, reply.error(), module.freeSpace(), -1, leaf(path));
            return reply.error() == null ? ok(0) : fail(reply.error());
        });
    }

    /** unlink(2) and rmdir(2): removes the item; the kernel drops its mappings (unless keeping stale ones). */
    public Syscall unlink(String path) {
        return new Single("unlink", path, call -> {
            if (refusesChange(null) != null) {
                return fail(refusesChange(null));
            }
            Object parent = parentOf(call, path);
            if (parent instanceof Errno error) {
                return fail(error);
            }
            VolumeItem directory = (VolumeItem) parent;
            Replies.Lookup found = lookup(call, leaf(path), directory, false);
            if (found.error() != null) {
                return fail(found.error());
            }
            if (refusesChange(found.item()) != null) {
                return fail(refusesChange(found.item()));
            }
            Errno error = remove(call, found.item(), leaf(path), directory);
            return error == null ? ok(0) : fail(error);
        });
    }

    private Errno remove(Syscall call, VolumeItem item, String name, VolumeItem directory) {
        time += PROTOCOL_CALL_NS;
        counters.protocolCalls++;
        event(call, "call", "removeItem", item.id(), -1, -1, -1, null, false, null, null, null, -1, name);
        Replies.Done reply = module.removeItem(item, name, directory);
        event(call, "reply", "removeItem", item.id(), -1, -1, -1, null, false, null, reply.error(), module.freeSpace(),
                -1, name);
        if (reply.error() == null) {
            // The item is gone: a new one may get its id (ext4 reuses inode numbers), so its vnode leaves
            // the table; descriptors still open on it fail from now on.
            Vnode vnode = vnodes.remove(item.id());
            if (vnode != null) {
                invalidate(call, vnode, "removed");
            }
        }
        return reply.error();
    }

    private void invalidate(Syscall call, Vnode vnode, String why) {
        if (settings.is(KernelSettings.Switch.KEEP_STALE_MAPPINGS) || vnode.cache.size() == 0) {
            return;
        }
        event(call, "invalidate", "mapping", vnode.item.id(), -1, -1, -1, null, false, vnode.cache.extents(), null,
                null, -1, why);
        vnode.cache.clear();
    }

    /** rename(2): replaces an existing target, as POSIX says. */
    public Syscall rename(String from, String to) {
        return new Single("rename", from + " -> " + to, call -> {
            if (refusesChange(null) != null) {
                return fail(refusesChange(null));
            }
            Object source = parentOf(call, from);
            if (source instanceof Errno error) {
                return fail(error);
            }
            Object target = parentOf(call, to);
            if (target instanceof Errno error) {
                return fail(error);
            }
            Replies.Lookup found = lookup(call, leaf(from), (VolumeItem) source, false);
            if (found.error() != null) {
                return fail(found.error());
            }
            Replies.Lookup existing = lookup(call, leaf(to), (VolumeItem) target, false);
            Errno refused = refusesChange(found.item()) != null ? refusesChange(found.item())
                    : existing.error() == null ? refusesChange(existing.item()) : null;
            if (refused == null && existing.error() == null) {
                refused = module.renameRefused(found.item(), (VolumeItem) source, (VolumeItem) target);
            }
            if (refused != null) {
                return fail(refused);
            }
            if (existing.error() == null && existing.item().id() != found.item().id()) {
                Errno error = remove(call, existing.item(), leaf(to), (VolumeItem) target);
                if (error != null) {
                    return fail(error);
                }
            }
            time += PROTOCOL_CALL_NS;
            counters.protocolCalls++;
            event(call, "call", "renameItem", found.item().id(), -1, -1, -1, null, false, null, null, null, -1,
                    from + " -> " + to);
            Replies.Done reply = module.renameItem(found.item(), (VolumeItem) source, leaf(from), (VolumeItem) target,
                    leaf(to));
            event(call, "reply", "renameItem", found.item().id(), -1, -1, -1, null, false, null, reply.error(), null,
                    -1, null);
            return reply.error() == null ? ok(0) : fail(reply.error());
        });
    }

    private Vnode vnode(int descriptor) {
        return descriptors.get(descriptor);
    }

    /** close(2): the last close makes the kernel reclaim the item and forget its mappings. */
    public Syscall close(int descriptor) {
        return new Single("close", "fd " + descriptor, call -> {
            Vnode vnode = descriptors.remove(descriptor);
            if (vnode == null) {
                return fail(Errno.EBADF);
            }
            if (--vnode.opens == 0) {
                vnodes.remove(vnode.item.id(), vnode);
                time += PROTOCOL_CALL_NS;
                counters.protocolCalls++;
                event(call, "call", "reclaimItem", vnode.item.id(), -1, -1, -1, null, false, null, null, null, -1, null);
                module.reclaimItem(vnode.item);
                event(call, "reply", "reclaimItem", vnode.item.id(), -1, -1, -1, null, false, null, null,
                        module.freeSpace(), -1, null);
            }
            return ok(0);
        });
    }

    public Syscall fsync(int descriptor) {
        return new Single("fsync", "fd " + descriptor, call -> {
            if (vnode(descriptor) == null) {
                return fail(Errno.EBADF);
            }
            time += PROTOCOL_CALL_NS;
            counters.protocolCalls++;
            event(call, "call", "synchronize", vnode(descriptor).item.id(), -1, -1, -1, null, false, null, null, null,
                    -1, null);
            module.synchronize();
            event(call, "reply", "synchronize", vnode(descriptor).item.id(), -1, -1, -1, null, false, null, null, null,
                    -1, null);
            return ok(0);
        });
    }

    /** ftruncate(2): the module changes the size now; the kernel drops its mappings. */
    public Syscall truncate(int descriptor, long size) {
        return new Single("truncate", "fd " + descriptor + " size " + size, call -> {
            Vnode vnode = vnode(descriptor);
            if (vnode == null) {
                return fail(Errno.EBADF);
            }
            if (refusesChange(vnode.item) != null) {
                return fail(refusesChange(vnode.item));
            }
            time += PROTOCOL_CALL_NS;
            counters.protocolCalls++;
            event(call, "call", "setSize", vnode.item.id(), -1, -1, size, null, false, null, null, null, -1, null);
            Replies.Done reply = module.setSize(vnode.item, size);
            event(call, "reply", "setSize", vnode.item.id(), -1, -1, -1, null, false, null, reply.error(),
                    module.freeSpace(), reply.attributes() == null ? -1 : reply.attributes().size(), null);
            if (reply.error() != null) {
                return fail(reply.error());
            }
            invalidate(call, vnode, "truncated");
            vnode.learn(reply.attributes());
            return ok(0);
        });
    }

    /** Sets or clears inhibitKernelOffloadedIO: I/O on the item then takes the read/write path. */
    public Syscall inhibit(int descriptor, boolean on) {
        return new Single("inhibit", "fd " + descriptor + (on ? " on" : " off"), call -> {
            Vnode vnode = vnode(descriptor);
            if (vnode == null) {
                return fail(Errno.EBADF);
            }
            if (refusesChange(vnode.item) != null) {
                return fail(refusesChange(vnode.item));
            }
            time += PROTOCOL_CALL_NS;
            counters.protocolCalls++;
            event(call, "call", "setAttributes", vnode.item.id(), -1, -1, -1, null, false, null, null, null, -1,
                    "inhibitKernelOffloadedIO=" + on);
            Replies.Done reply = module.setInhibitKernelOffloadedIO(vnode.item, on);
            event(call, "reply", "setAttributes", vnode.item.id(), -1, -1, -1, null, false, null, reply.error(), null,
                    -1, null);
            if (reply.error() != null) {
                return fail(reply.error());
            }
            vnode.inhibit = on;
            return ok(0);
        });
    }

    /** fcntl(F_PREALLOCATE) / fallocate: {@code length} more bytes from the end of the allocation. */
    public Syscall preallocate(int descriptor, long length, int flags) {
        int sent = flags | Flags.FROM_EOF;
        return new Single("preallocate", "fd " + descriptor + " length " + length + " " + Flags.describePreallocate(sent),
                call -> {
                    Vnode vnode = vnode(descriptor);
                    if (vnode == null) {
                        return fail(Errno.EBADF);
                    }
                    if (refusesChange(vnode.item) != null) {
                        return fail(refusesChange(vnode.item));
                    }
                    time += PROTOCOL_CALL_NS;
                    counters.protocolCalls++;
                    event(call, "call", "preallocateSpace", vnode.item.id(), -1, 0, length,
                            Flags.describePreallocate(sent), false, null, null, null, -1, null);
                    ExtentPacker packer = packer();
                    Replies.Preallocate reply = module.preallocateSpace(vnode.item, 0, length, sent, packer);
                    event(call, "reply", "preallocateSpace", vnode.item.id(), -1, -1, reply.bytesAllocated(), null,
                            false, packer.extents(), reply.error(), reply.freeSpace(),
                            reply.attributes() == null ? -1 : reply.attributes().size(), null);
                    for (PackedExtent extent : packer.extents()) {
                        vnode.cache.add(extent);
                    }
                    return reply.error() == null ? ok(reply.bytesAllocated()) : fail(reply.error());
                });
    }

    /** fcntl(F_LOG2PHYS): a mapping-only blockmap (operation ID 0); the device offset of {@code offset}. */
    public Syscall log2phys(int descriptor, long offset) {
        return new Single("log2phys", "fd " + descriptor + " offset " + offset, call -> {
            Vnode vnode = vnode(descriptor);
            if (vnode == null) {
                return fail(Errno.EBADF);
            }
            if (settings.is(KernelSettings.Switch.LOG2PHYS_UNSUPPORTED)) {
                return fail(Errno.ENOTSUP);
            }
            long start = offset / module.sectorSize() * module.sectorSize();
            ExtentPacker packer = packer();
            Replies.Blockmap reply = blockmap(call, vnode, start, module.sectorSize(), 0, 0, false, packer);
            if (reply.error() != null) {
                return fail(reply.error());
            }
            PackedExtent extent = vnode.cache.at(offset);
            if (extent == null || extent.type() == PackedExtentType.ZERO_FILL) {
                return fail(Errno.EINVAL);
            }
            return ok(extent.physicalAt(offset));
        });
    }

    private Replies.Blockmap blockmap(Syscall call, Vnode vnode, long offset, long length, int flags,
            long operationId, boolean continuation, ExtentPacker packer) {
        time += PROTOCOL_CALL_NS;
        counters.protocolCalls++;
        counters.blockmaps++;
        if (continuation) {
            counters.continuations++;
        }
        event(call, "call", "blockmapFile", vnode.item.id(), operationId, offset, length, Flags.describeIo(flags),
                continuation, null, null, null, -1, TraceEvent.packerDetail(packer.capacity()));
        KernelSettings.Fault fault = settings.take(KernelSettings.FaultSite.BLOCKMAP);
        Replies.Blockmap reply;
        if (fault != null) {
            event(call, "fault", "blockmapFile", vnode.item.id(), operationId, offset, length, null, false, null,
                    fault.error(), null, -1, "injected");
            reply = new Replies.Blockmap(fault.error(), FreeSpace.NONE);
        } else {
            reply = module.blockmapFile(vnode.item, offset, length, flags, operationId, packer);
        }
        List<PackedExtent> packed = packer.extents();
        if (reply.error() == null) {
            packed = HandedExtents.asModulePacks(settings, module, offset, length, packed);
            String invalid = packed.isEmpty() ? null : HandedExtents.invalid(module, packed);
            if (invalid != null) {
                event(call, "fault", "blockmapFile", vnode.item.id(), operationId, offset, length, null, continuation,
                        packed, Errno.EIO, null, -1, invalid);
                reply = new Replies.Blockmap(Errno.EIO, reply.freeSpace());
                packed = List.of();
            }
        }
        for (PackedExtent extent : packed) {
            retain(call, vnode, operationId, offset + length, extent);
        }
        FileAttributes attributes = module.attributes(vnode.item);
        event(call, "reply", "blockmapFile", vnode.item.id(), operationId, offset, length, null, continuation, packed,
                reply.error(), reply.freeSpace(), attributes == null ? -1 : attributes.size(),
                packer.isFull() ? "packer full" : null);
        return reply;
    }

    /**
     * Keeps {@code extent} in the file's mapping cache. Under the observed {@code long-extents-fail-late}
     * the part past {@code requestEnd} is kept as a silent failure: reads through it return zeros.
     */
    private void retain(Syscall call, Vnode vnode, long operationId, long requestEnd, PackedExtent extent) {
        long cut = (requestEnd + module.sectorSize() - 1) / module.sectorSize() * module.sectorSize();
        if (!settings.is(KernelSettings.Switch.LONG_EXTENTS_FAIL_LATE) || extent.type() == PackedExtentType.ZERO_FILL
                || extent.logicalEnd() <= cut) {
            vnode.cache.add(extent);
            return;
        }
        long from = Math.max(cut, extent.logicalOffset());
        if (from > extent.logicalOffset()) {
            vnode.cache.add(new PackedExtent(extent.type(), extent.logicalOffset(), extent.physicalOffset(),
                    from - extent.logicalOffset()));
        }
        vnode.cache.add(new PackedExtent(PackedExtentType.ZERO_FILL, from, -1, extent.logicalEnd() - from));
        event(call, "fault", "long extent", vnode.item.id(), operationId, from, extent.logicalEnd() - from, null, false,
                List.of(extent), null, null, -1, "bytes " + from + "-" + extent.logicalEnd()
                        + " lie past the range asked for: I/O through them will fail silently (reads return zeros)");
    }

    private Replies.Complete completeIO(Syscall call, Vnode vnode, long offset, long length, Errno status, int flags,
            long operationId) {
        time += PROTOCOL_CALL_NS;
        counters.protocolCalls++;
        counters.completions++;
        event(call, "call", "completeIO", vnode.item.id(), operationId, offset, length, Flags.describeIo(flags), false,
                null, status, null, -1, status == null ? null : "status " + status.name());
        Replies.Complete reply = module.completeIO(vnode.item, offset, length, status, flags, operationId);
        event(call, "reply", "completeIO", vnode.item.id(), operationId, offset, length, null, false, null,
                reply.error(), module.freeSpace(), reply.attributes() == null ? -1 : reply.attributes().size(), null);
        if (reply.attributes() != null) {
            vnode.learn(reply.attributes());
        }
        return reply;
    }

    /** Checks the kernel's extent against the module's mapping now, every allocation unit of [from, to). */
    private void checkStale(Syscall call, Vnode vnode, PackedExtent extent, long from, long to) {
        if (extent.type() == PackedExtentType.ZERO_FILL) {
            return;
        }
        long unit = module.allocationUnit();
        for (long at = from; at < to; at = (at / unit + 1) * unit) {
            long current = module.physicalOffset(vnode.item, at);
            long retained = extent.physicalAt(at);
            if (current != retained) {
                counters.staleTransfers++;
                event(call, "stale", "mapping", vnode.item.id(), -1, at, to - at, null, false, List.of(extent), null,
                        null, -1, "the kernel maps byte " + at + " to device offset " + retained + ", the module "
                                + (current < 0 ? "has nothing there" : "to " + current));
                return;
            }
        }
    }

    private void transferEvent(Syscall call, Vnode vnode, long operationId, String direction, PackedExtent extent,
            long from, long to) {
        long bytes = to - from;
        time += TRANSFER_SETUP_NS + (long) (bytes * DEVICE_NS_PER_BYTE);
        counters.transfers++;
        counters.bytesTransferred += bytes;
        event(call, "transfer", direction, vnode.item.id(), operationId, from, bytes, null, false, List.of(extent),
                null, null, -1, null);
    }

    /** Whether I/O to the file takes the read/write path (its attribute, or a module inhibiting all). */
    private boolean inhibited(Vnode vnode) {
        return vnode.inhibit || settings.is(KernelSettings.Switch.INHIBIT_EVERY_FILE);
    }

    /** write(2) / pwrite(2) of {@code data} at {@code offset}. */
    public Syscall write(int descriptor, long offset, byte[] data) {
        return new WriteCall(descriptor, offset, data);
    }

    /** read(2) / pread(2) of up to {@code length} bytes at {@code offset}. */
    public Syscall read(int descriptor, long offset, int length) {
        return new ReadCall(descriptor, offset, length, null);
    }

    /** pread(2) into the caller's buffer: up to {@code into.length} bytes at {@code offset}. */
    public Syscall read(int descriptor, long offset, byte[] into) {
        return new ReadCall(descriptor, offset, into.length, into);
    }

    /** A read or a write: begins, maps (blockmaps, continuations), transfers extent by extent, completes. */
    private abstract class DataCall extends Syscall {
        final int descriptor;
        final long offset;
        Vnode vnode;
        int phase;
        long end;
        long at;
        long operationId;
        boolean mappedOnce;
        /** Whether a blockmap of this operation succeeded: only then does the module know it to complete. */
        boolean mappedOk;
        /** The error of a blockmap that failed; the caller sees it, not what followed from it. */
        Errno mapError;
        Errno status;

        DataCall(String name, int descriptor, long offset) {
            super(name);
            this.descriptor = descriptor;
            this.offset = offset;
        }

        @Override
        void advance() {
            switch (phase) {
            case 0 -> begin();
            case 1 -> map();
            case 2 -> transfer();
            default -> complete();
            }
        }

        /** Finds the open file; false (and the call finished with an error) when it cannot do I/O. */
        boolean openFile(boolean badArguments) {
            vnode = vnode(descriptor);
            if (vnode == null || vnode.directory || badArguments) {
                finish(vnode == null ? Errno.EBADF : vnode.directory ? Errno.EISDIR : Errno.EINVAL, -1);
                return false;
            }
            return true;
        }

        abstract void begin();

        abstract void map();

        abstract void transfer();

        abstract void complete();
    }

    private final class WriteCall extends DataCall {
        private final byte[] data;
        private long start;
        private boolean mappingFailed;
        private boolean waiting;
        private long[] range;

        WriteCall(int descriptor, long offset, byte[] data) {
            super("write", descriptor, offset);
            this.data = data;
        }

        @Override
        String arguments() {
            return "fd " + descriptor + " offset " + offset + " length " + data.length;
        }

        @Override
        void begin() {
            if (!openFile(offset < 0)) {
                return;
            }
            if (refusesChange(vnode.item) != null) {
                finish(refusesChange(vnode.item), -1);
                return;
            }
            if (data.length == 0) {
                finish(null, 0);
                return;
            }
            if (inhibited(vnode) && !settings.is(KernelSettings.Switch.WRITES_REACH_BLOCKMAP_WHEN_INHIBITED)) {
                readWritePath();
                return;
            }
            // On a volume without sparse files the kernel zero-fills [EOF, offset) itself when a write
            // starts past EOF, so the range it maps, transfers and completes begins at EOF (on a sparse
            // one the gap stays a hole). Writes touching the same allocation units of one file wait
            // for each other (a range lock), so zero-fill never lands on another write's data.
            // With a valid data length (exFAT) the zero-fill starts there instead, so the bytes between it
            // and the write are zeros on the device before completeIO makes them valid.
            long zeroFrom = module.keepsValidDataLength() ? Math.min(vnode.eof, vnode.valid) : vnode.eof;
            start = module.sparseFiles() ? offset : Math.min(offset, Math.max(zeroFrom, 0));
            end = offset + data.length;
            long unit = module.allocationUnit();
            long lockStart = start / unit * unit;
            long lockEnd = (end + unit - 1) / unit * unit;
            for (long[] busy : vnode.writing) {
                if (busy[0] < lockEnd && lockStart < busy[1]) {
                    if (!waiting) {
                        waiting = true;
                        event(this, "wait", "range lock", vnode.item.id(), -1, start, end - start, null, false, null,
                                null, null, -1, "waits for a write to bytes " + busy[0] + "-" + busy[1]);
                    }
                    return;
                }
            }
            range = new long[] { lockStart, lockEnd };
            vnode.writing.add(range);
            vnode.eof = Math.max(vnode.eof, end);
            at = start;
            phase = 1;
            map();
        }

        @Override
        void released() {
            if (range != null) {
                vnode.writing.remove(range);
                range = null;
            }
        }

        private void readWritePath() {
            time += PROTOCOL_CALL_NS;
            counters.protocolCalls++;
            counters.readWriteCalls++;
            event(this, "call", "write", vnode.item.id(), -1, offset, data.length, "read/write path", false, null,
                    null, null, -1, null);
            Replies.Io reply = module.write(vnode.item, offset, data, data.length);
            time += (long) (data.length * (2 * COPY_NS_PER_BYTE + DEVICE_NS_PER_BYTE));
            event(this, "reply", "write", vnode.item.id(), -1, offset, reply.bytes(), null, false, null, reply.error(),
                    module.freeSpace(), reply.attributes() == null ? -1 : reply.attributes().size(), null);
            // The module wrote the bytes itself and may have allocated or converted blocks: what the kernel
            // retained of the file (a preallocation's unwritten range packed as zeroFill) may no longer hold.
            invalidate(this, vnode, "written on the read/write path");
            if (reply.attributes() != null) {
                vnode.learn(reply.attributes());
            }
            finish(reply.error(), reply.bytes());
        }

        @Override
        void map() {
            long uncovered = vnode.cache.firstUncovered(start, end, true);
            if (uncovered >= end) {
                phase = 2;
                return;
            }
            if (operationId == 0) {
                operationId = nextOperationId++;
            }
            ExtentPacker packer = packer();
            Replies.Blockmap reply = blockmap(this, vnode, uncovered, end - uncovered, Flags.WRITE, operationId,
                    mappedOnce, packer);
            boolean first = !mappedOnce;
            mappedOnce = true;
            Errno failure = reply.error();
            if (failure != null) {
                if (first && uncovered <= offset) {
                    restoreEndOfFile();
                    failMapping(failure);
                    return;
                }
                // What the kernel already maps is written and completed; the caller then sees the error,
                // unless the volume ran out of room, which a short write says.
                if (failure != Errno.ENOSPC && failure != Errno.EFBIG) {
                    mapError = failure;
                }
                end = uncovered;
            } else {
                mappedOk = true;
                long next = vnode.cache.firstUncovered(start, end, true);
                if (next < end && (!packer.isFull() || next == uncovered)) {
                    end = next;
                }
            }
            if (end <= offset) {
                status = failure == null ? Errno.ENOSPC : failure;
                mappingFailed = true;
                end = start;
                phase = 3;
                return;
            }
            if (vnode.cache.firstUncovered(start, end, true) >= end) {
                phase = 2;
            }
        }

        /** Ends a write none of whose data could be mapped: an error, or 0 bytes under the observed switch. */
        private void failMapping(Errno failure) {
            if (settings.is(KernelSettings.Switch.SILENT_ZERO_BYTE_WRITE)) {
                event(this, "fault", "silent zero-byte write", vnode.item.id(), operationId, offset, data.length, null,
                        false, null, failure, null, 0, "the write returns 0 bytes and no error: the data is lost");
                finish(null, 0);
            } else {
                finish(failure, -1);
            }
        }

        private void restoreEndOfFile() {
            FileAttributes attributes = module.attributes(vnode.item);
            if (attributes != null) {
                vnode.learn(attributes);
            }
        }

        @Override
        void transfer() {
            PackedExtent extent = vnode.cache.at(at);
            long to = Math.min(extent.logicalEnd(), end);
            checkStale(this, vnode, extent, at, to);
            try {
                long zeros = Math.max(0, Math.min(to, offset) - at);
                if (zeros > 0) {
                    overlay.zero(module.volumeStart() + extent.physicalAt(at), zeros);
                }
                long from = at + zeros;
                if (to > from) {
                    overlay.write(module.volumeStart() + extent.physicalAt(from), data, (int) (from - offset),
                            (int) (to - from));
                }
            } catch (IOException e) {
                status = Errno.EIO;
            }
            transferEvent(this, vnode, operationId, "device write", extent, at, to);
            at = to;
            if (at >= end || status != null) {
                phase = 3;
            }
        }

        @Override
        void complete() {
            if (status != null && !mappedOk) {
                // No blockmap of this operation succeeded: the module knows nothing to complete.
                restoreEndOfFile();
                if (mappingFailed) {
                    failMapping(status);
                } else {
                    finish(status, -1);
                }
                return;
            }
            KernelSettings.Fault fault = settings.take(KernelSettings.FaultSite.COMPLETE_IO);
            Errno sent = status;
            if (fault != null && sent == null) {
                event(this, "fault", "completeIO", vnode.item.id(), operationId, start, end - start, null, false, null,
                        fault.error(), null, -1, "injected: the device failed the write");
                sent = fault.error();
            }
            // Without a blockmap the module took, the bytes went to space the kernel already mapped: an
            // overwrite, completed as one (operation ID 0).
            Replies.Complete reply = completeIO(this, vnode, start, Math.max(0, end - start), sent, Flags.WRITE,
                    mappedOk ? operationId : 0);
            if (sent != null) {
                invalidate(this, vnode, "write failed");
                if (mappingFailed) {
                    failMapping(sent);
                } else {
                    finish(sent, -1);
                }
            } else if (reply.error() != null) {
                finish(reply.error(), -1);
            } else if (mapError != null) {
                invalidate(this, vnode, "blockmap failed");
                finish(mapError, -1);
            } else {
                finish(null, end - offset);
            }
        }
    }

    private final class ReadCall extends DataCall {
        private final int length;
        private final byte[] callerBuffer;
        private byte[] bytes;

        ReadCall(int descriptor, long offset, int length, byte[] callerBuffer) {
            super("read", descriptor, offset);
            this.length = length;
            this.callerBuffer = callerBuffer;
        }

        @Override
        String arguments() {
            return "fd " + descriptor + " offset " + offset + " length " + length;
        }

        @Override
        public byte[] data() {
            return bytes;
        }

        @Override
        void begin() {
            if (!openFile(offset < 0 || length < 0)) {
                return;
            }
            end = Math.min(offset + length, vnode.eof);
            if (end <= offset) {
                bytes = new byte[0];
                finish(null, 0);
                return;
            }
            bytes = callerBuffer != null ? callerBuffer : new byte[(int) (end - offset)];
            int count = (int) (end - offset);
            if (inhibited(vnode)) {
                time += PROTOCOL_CALL_NS;
                counters.protocolCalls++;
                counters.readWriteCalls++;
                event(this, "call", "read", vnode.item.id(), -1, offset, count, "read/write path", false, null,
                        null, null, -1, null);
                Replies.Io reply = module.read(vnode.item, offset, bytes, count);
                time += (long) (count * (2 * COPY_NS_PER_BYTE + DEVICE_NS_PER_BYTE));
                event(this, "reply", "read", vnode.item.id(), -1, offset, reply.bytes(), null, false, null,
                        reply.error(), null, -1, reply.error() == null ? checksum(bytes, (int) reply.bytes()) : null);
                if (reply.error() == null && reply.bytes() < bytes.length && callerBuffer == null) {
                    bytes = java.util.Arrays.copyOf(bytes, (int) reply.bytes());
                }
                finish(reply.error(), reply.bytes());
                return;
            }
            at = offset;
            phase = 1;
            map();
        }

        @Override
        void map() {
            long uncovered = vnode.cache.firstUncovered(offset, end, false);
            if (uncovered >= end) {
                phase = 2;
                return;
            }
            if (operationId == 0) {
                operationId = nextOperationId++;
            }
            ExtentPacker packer = packer();
            long from = uncovered / module.sectorSize() * module.sectorSize();
            Replies.Blockmap reply = blockmap(this, vnode, from, end - from, Flags.READ, operationId, mappedOnce, packer);
            mappedOnce = true;
            if (reply.error() == null) {
                mappedOk = true;
            } else {
                mapError = reply.error();
            }
            long next = vnode.cache.firstUncovered(offset, end, false);
            if (reply.error() != null || (next < end && (!packer.isFull() || next == uncovered))) {
                if (next <= offset) {
                    status = reply.error() == null ? Errno.EIO : reply.error();
                    phase = 3;
                    return;
                }
                end = next;
            }
            if (vnode.cache.firstUncovered(offset, end, false) >= end) {
                phase = 2;
            }
        }

        @Override
        void transfer() {
            PackedExtent extent = vnode.cache.at(at);
            long to = Math.min(extent.logicalEnd(), end);
            checkStale(this, vnode, extent, at, to);
            if (extent.type() != PackedExtentType.ZERO_FILL) {
                KernelSettings.Fault fault = settings.take(KernelSettings.FaultSite.DEVICE_READ);
                if (fault != null) {
                    event(this, "fault", "device read", vnode.item.id(), operationId, at, to - at, null, false, null,
                            Errno.EIO, null, -1, "injected");
                    status = Errno.EIO;
                    phase = 3;
                    return;
                }
                try {
                    overlay.read(module.volumeStart() + extent.physicalAt(at), bytes, (int) (at - offset),
                            (int) (to - at));
                } catch (IOException e) {
                    status = Errno.EIO;
                    phase = 3;
                    return;
                }
                if (module.keepsValidDataLength() && to > vnode.valid
                        && !settings.is(KernelSettings.Switch.IGNORE_VALID_DATA_LENGTH)) {
                    // Past the valid data length the device holds what the clusters held before the file:
                    // the kernel hands the reader zeros, never those bytes.
                    long from = Math.max(at, vnode.valid);
                    java.util.Arrays.fill(bytes, (int) (from - offset), (int) (to - offset), (byte) 0);
                }
            }
            transferEvent(this, vnode, operationId, extent.type() == PackedExtentType.ZERO_FILL ? "zero fill"
                    : "device read", extent, at, to);
            at = to;
            if (at >= end) {
                phase = 3;
            }
        }

        @Override
        void complete() {
            if (operationId != 0 && mappedOk) {
                completeIO(this, vnode, offset, Math.max(0, at - offset), status, Flags.READ, operationId);
            }
            if (status != null || mapError != null) {
                finish(status != null ? status : mapError, -1);
                return;
            }
            int count = (int) (end - offset);
            if (count < bytes.length && callerBuffer == null) {
                bytes = java.util.Arrays.copyOf(bytes, count);
            }
            event(this, "data", "read", vnode.item.id(), -1, offset, count, null, false, null, null, null, -1,
                    checksum(bytes, count));
            finish(null, count);
        }
    }

    private static String checksum(byte[] bytes, int length) {
        CRC32 crc = new CRC32();
        crc.update(bytes, 0, length);
        return String.format("crc32 %08x", crc.getValue());
    }

    // ---- whole-run services ----

    /** Closes every descriptor (the module reclaims each item), then asks the module to write what it keeps. */
    public void closeAll() {
        for (Integer descriptor : new ArrayList<>(descriptors.keySet())) {
            run(close(descriptor));
        }
        module.synchronize();
    }

    /** Closes everything (as an unmount would) and writes the image with every change to {@code target}. */
    public void saveAs(Path target) throws IOException {
        closeAll();
        overlay.saveAs(target);
    }

    /**
     * The allocation units the kernel still maps for a file although the file no longer holds them there
     * (a stale mapping, which keep-stale-mappings lets a scenario keep): sorted unit numbers, as
     * {@link FileSystemModule#unitOwners} numbers units.
     */
    public long[] staleUnits() {
        java.util.TreeSet<Long> stale = new java.util.TreeSet<>();
        long unit = module.allocationUnit();
        long base = module.unitOffset(0);
        for (Vnode vnode : vnodes.values()) {
            for (PackedExtent extent : vnode.cache.extents()) {
                if (extent.type() == PackedExtentType.ZERO_FILL || extent.physicalOffset() < 0) {
                    continue;
                }
                for (long at = extent.logicalOffset(); at < extent.logicalEnd(); at = (at / unit + 1) * unit) {
                    long retained = extent.physicalAt(at);
                    if (module.physicalOffset(vnode.item, at) != retained && retained >= base) {
                        stale.add((retained - base) / unit);
                    }
                }
            }
        }
        return stale.stream().mapToLong(Long::longValue).toArray();
    }

    /**
     * What is wrong now: the module's metadata, plus the kernel's retained extents (inside the device,
     * not stale). Stale mappings are reported even when a scenario keeps them on purpose.
     */
    public List<String> checkInvariants() {
        List<String> problems = new ArrayList<>(module.checkInvariants());
        long device = module.volumeBytes();
        for (Vnode vnode : vnodes.values()) {
            for (PackedExtent extent : vnode.cache.extents()) {
                if (extent.type() == PackedExtentType.ZERO_FILL) {
                    continue;
                }
                if (extent.physicalOffset() < 0 || extent.physicalOffset() + extent.length() > device) {
                    problems.add(vnode.path + ": retained extent at device offset " + extent.physicalOffset()
                            + " lies outside the " + device + "-byte volume");
                    continue;
                }
                long unit = module.allocationUnit();
                for (long at = extent.logicalOffset(); at < extent.logicalEnd(); at = (at / unit + 1) * unit) {
                    if (module.physicalOffset(vnode.item, at) != extent.physicalAt(at)) {
                        problems.add(vnode.path + ": the kernel's mapping of byte " + at + " is stale");
                        break;
                    }
                }
            }
        }
        if (overlay.dirtyPages() * (long) BlockOverlay.PAGE > overlay.size() + BlockOverlay.PAGE) {
            problems.add("the overlay holds more pages than the image has");
        }
        return problems;
    }
}
