package org.extentlab.kernel.fat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.extentlab.kernel.AbstractModule;
import org.extentlab.kernel.AllocationPolicy;
import org.extentlab.kernel.BlockOverlay;
import org.extentlab.kernel.Errno;
import org.extentlab.kernel.ExtentPacker;
import org.extentlab.kernel.FileAttributes;
import org.extentlab.kernel.Flags;
import org.extentlab.kernel.PackedExtentType;
import org.extentlab.kernel.Replies;
import org.extentlab.kernel.VolumeItem;

/**
 * What FAT12/16/32 and exFAT modules share, after Apple's FAT module: files are cluster lists (not
 * sparse, everything packed as data, packed to the end of the allocation); a write blockmap allocates
 * what is missing, zeroes the gap past the size, and grows the size in memory only; completeIO
 * persists it in the directory entry; preallocation past the size is released when the item is
 * reclaimed. Subclasses say how clusters are marked and chained and how directory entries look.
 */
abstract class ClusterModule extends AbstractModule {
    protected static final int ATTR_DIRECTORY = 0x10;
    protected static final int ATTR_ARCHIVE = 0x20;

    protected final int sectorSize;
    protected final int clusterSize;
    protected final int clusterCount;
    /** Where cluster 2 starts on the device. */
    protected final long dataStart;
    protected final Map<Long, FatNode> items = new HashMap<>();
    protected FatNode root;
    protected int freeClusters;
    protected int nextFree = 2;
    protected long nextId = 1;

    protected ClusterModule(BlockOverlay overlay, long volumeStart, AllocationPolicy policy, int sectorSize,
            int clusterSize, int clusterCount, long dataStart) {
        super(overlay, volumeStart, policy);
        this.sectorSize = sectorSize;
        this.clusterSize = clusterSize;
        this.clusterCount = clusterCount;
        this.dataStart = dataStart;
    }

    // ---- what a format says ----

    /** Whether cluster {@code c} is free. */
    protected abstract boolean isFree(int c);

    /** Marks a cluster taken (its chain is written by {@link #chain}) or free (clearing its chain entry). */
    protected abstract void setUsed(int c, boolean used);

    /** Writes the chain for {@code added}, just appended to the node's {@code before} clusters. */
    protected abstract void chain(FatNode node, int before, int[] added);

    /** Ends the node's chain after its first {@code keep} clusters (the rest are about to be freed). */
    protected abstract void endChain(FatNode node, int keep);

    /** Called after allocation changed: FSInfo, PercentInUse. */
    protected abstract void allocationChanged();

    @Override
    public long lastWritten() {
        long newest = -1;
        for (FatNode node : items.values()) {
            newest = Math.max(newest, node.modifyTime);
        }
        return newest <= 0 ? -1 : newest;
    }

    /** Writes the node's directory entry: first cluster, size, times. */
    protected abstract void persist(FatNode node);

    /** Gives the node {@code name} in {@code directory}: finds slots, writes its entries; ENOSPC when full. */
    protected abstract Errno addEntry(FatNode node, String name, FatNode directory);

    /** Marks the entries at {@code slots} deleted. */
    protected abstract void deleteEntries(long[] slots);

    /** The key children are found by: names compare ignoring case. */
    protected abstract String key(String name);

    /** Whether {@code name} may be a name here (EINVAL otherwise): no control characters and none of the reserved ones. */
    protected boolean validName(String name) {
        if (name.isEmpty() || name.equals(".") || name.equals("..")) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            char ch = name.charAt(i);
            if (ch < 0x20 || "\"*/:<>?\\|".indexOf(ch) >= 0) {
                return false;
            }
        }
        return true;
    }

    protected abstract long maxFileSize();

    /** A new directory's first cluster is zeroed; FAT writes "." and ".." into it. */
    protected abstract void initializeDirectory(FatNode directory);

    /** A directory moved to another parent: FAT rewrites its "..". */
    protected abstract void directoryMoved(FatNode directory);

    /** Whether a directory slot whose first byte is {@code first} may take a new entry. */
    protected abstract boolean slotFree(int first);

    /** Whether the directory may grow by a cluster (not FAT12/16's fixed root). */
    protected abstract boolean canGrow(FatNode directory);

    // ---- directories ----

    /** The device offsets of every 32-byte slot of a directory held in clusters. */
    protected long[] slots(FatNode directory) {
        int perCluster = clusterSize / 32;
        long[] slots = new long[directory.clusterCount * perCluster];
        for (int c = 0; c < directory.clusterCount; c++) {
            long start = clusterOffset(directory.clusters[c]);
            for (int i = 0; i < perCluster; i++) {
                slots[c * perCluster + i] = start + i * 32L;
            }
        }
        return slots;
    }

    /** The bytes of {@code slots}, read a run of adjacent slots at a time. */
    protected byte[] readSlots(long[] slots) {
        byte[] bytes = new byte[slots.length * 32];
        for (int i = 0; i < slots.length;) {
            int run = 1;
            while (i + run < slots.length && slots[i + run] == slots[i] + run * 32L) {
                run++;
            }
            System.arraycopy(readDevice(slots[i], run * 32), 0, bytes, i * 32, run * 32);
            i += run;
        }
        return bytes;
    }

    /**
     * {@code count} consecutive free slots of the directory (an entry set may cross from one of its
     * clusters to the next), growing it by a zeroed cluster if needed; null when it cannot grow.
     */
    protected long[] freeSlots(FatNode directory, int count) {
        for (int attempt = 0; attempt < 2; attempt++) {
            long[] slots = slots(directory);
            byte[] bytes = readSlots(slots);
            int run = 0;
            for (int i = 0; i < slots.length; i++) {
                boolean free = slotFree(bytes[i * 32] & 0xFF) && (run > 0 || i == 0 || mayFollow(bytes, (i - 1) * 32));
                run = free ? run + 1 : 0;
                if (run == count) {
                    return Arrays.copyOfRange(slots, i - count + 1, i + 1);
                }
            }
            if (!canGrow(directory)) {
                return null;
            }
            int grow = clustersFor(count * 32L);
            int[] added = takeClusters(grow, false, goal(directory));
            if (added.length < grow) {
                mark(added, false);
                return null;
            }
            for (int c : added) {
                zeroDevice(clusterOffset(c), clusterSize);
            }
            link(directory, added);
            if (directory != root) {
                persist(directory);
            }
        }
        return null;
    }

    /**
     * Whether a new entry set may start right after the entry at {@code at} of {@code bytes}. FAT says
     * no after a long-name entry left without its short entry (orphaned on a damaged volume): the checker
     * would take it for the new entry's long name.
     */
    protected boolean mayFollow(byte[] bytes, int at) {
        return true;
    }

    // ---- clusters ----

    protected long clusterOffset(int cluster) {
        return dataStart + (long) (cluster - 2) * clusterSize;
    }

    protected long allocated(FatNode node) {
        return (long) node.clusterCount * clusterSize;
    }

    protected int clustersFor(long bytes) {
        return (int) ((bytes + clusterSize - 1) / clusterSize);
    }

    /** Where the native policy looks first for the node: after its last cluster (exFAT) or the hint (FAT). */
    protected int goal(FatNode node) {
        return nextFree;
    }

    /** Takes up to {@code count} free clusters, following the policy; fewer when the volume is full. */
    protected int[] takeClusters(int count, boolean contiguous, int goal) {
        int wanted = Math.min(count, freeClusters);
        int[] taken = new int[wanted];
        if (wanted == 0) {
            return taken;
        }
        int start = switch (policy) {
        case FIRST_FIT -> 2;
        case NEXT_FIT -> nextFree;
        default -> goal >= 2 && goal < clusterCount + 2 ? goal : nextFree;
        };
        if (contiguous) {
            int run = findRun(wanted, start);
            if (run > 0) {
                for (int i = 0; i < wanted; i++) {
                    taken[i] = run + i;
                }
                mark(taken, true);
                return taken;
            }
        }
        int found = 0;
        int c = start;
        for (int scanned = 0; found < wanted && scanned < clusterCount; scanned++) {
            if (isFree(c)) {
                taken[found++] = c;
            }
            c = c + 1 >= clusterCount + 2 ? 2 : c + 1;
        }
        mark(taken, true);
        return taken;
    }

    private int findRun(int length, int from) {
        for (int pass = 0; pass < 2; pass++) {
            int run = 0;
            for (int c = pass == 0 ? from : 2; c < (pass == 0 ? clusterCount + 2 : from); c++) {
                run = isFree(c) ? run + 1 : 0;
                if (run == length) {
                    return c - length + 1;
                }
            }
        }
        return -1;
    }

    /** Marks clusters taken or free and keeps the count, the hint and the free-space sequence. */
    protected void mark(int[] clusters, boolean used) {
        for (int c : clusters) {
            setUsed(c, used);
        }
        freeClusters += used ? -clusters.length : clusters.length;
        if (used && clusters.length > 0) {
            int last = clusters[clusters.length - 1];
            nextFree = last + 1 >= clusterCount + 2 ? 2 : last + 1;
        }
        if (clusters.length > 0) {
            freeSequence++;
            allocationChanged();
        }
    }

    /** Appends clusters to the node and writes their chain. */
    protected void link(FatNode node, int[] added) {
        if (added.length == 0) {
            return;
        }
        int before = node.clusterCount;
        for (int c : added) {
            node.append(c);
        }
        chain(node, before, added);
        allocationChanged();
    }

    /** Keeps the first {@code keep} clusters of the node and frees the rest. */
    protected void cut(FatNode node, int keep) {
        if (keep >= node.clusterCount) {
            return;
        }
        int[] freed = Arrays.copyOfRange(node.clusters, keep, node.clusterCount);
        endChain(node, keep);
        node.clusterCount = keep;
        node.clustersAtLoad = Math.min(node.clustersAtLoad, keep);
        mark(freed, false);
    }

    /** Zeroes file bytes [from, to) that lie in allocated clusters. */
    protected void zeroFileRange(FatNode node, long from, long to) {
        long end = Math.min(to, allocated(node));
        for (long at = from; at < end;) {
            long within = at % clusterSize;
            long chunk = Math.min(clusterSize - within, end - at);
            zeroDevice(clusterOffset(node.clusters[(int) (at / clusterSize)]) + within, chunk);
            at += chunk;
        }
    }

    /** Grows the node's allocation to cover {@code end} bytes; false (nothing taken) when the volume is full. */
    private boolean growTo(FatNode node, long end) {
        if (end <= allocated(node)) {
            return true;
        }
        int needed = clustersFor(end) - node.clusterCount;
        int[] added = takeClusters(needed, false, goal(node));
        if (added.length < needed) {
            mark(added, false);
            return false;
        }
        link(node, added);
        return true;
    }

    // ---- identity ----

    @Override
    public VolumeItem root() {
        return root;
    }

    @Override
    public int sectorSize() {
        return sectorSize;
    }

    @Override
    public boolean sparseFiles() {
        return false;
    }

    @Override
    public int allocationUnit() {
        return clusterSize;
    }

    @Override
    public long volumeBytes() {
        return dataStart + (long) clusterCount * clusterSize;
    }

    @Override
    public long freeBytes() {
        return (long) freeClusters * clusterSize;
    }

    protected FatNode node(VolumeItem item) {
        if (item instanceof FatNode node && items.get(node.id) == node) {
            return node;
        }
        return null;
    }

    @Override
    public FileAttributes attributes(VolumeItem item) {
        FatNode node = node(item);
        if (node == null) {
            return null;
        }
        long size = node.directory ? allocated(node) : node.memorySize;
        return new FileAttributes(node.id, node.directory, size, allocated(node), node.modifyTime, node.inhibit,
                keepsValidDataLength() ? Math.min(size, node.validLength) : size);
    }

    /** ENOENT, EISDIR, or null for a file the calls may use. */
    private static Errno fileRefusal(FatNode node) {
        return node == null ? Errno.ENOENT : node.directory ? Errno.EISDIR : null;
    }

    // ---- kernel-offloaded I/O ----

    /** Packs the chain from the cluster holding {@code from} to the end of the allocation, until the packer is full. */
    protected void pack(FatNode node, long from, ExtentPacker packer) {
        long maxExtent = ExtentPacker.MAX_EXTENT_LENGTH / sectorSize * sectorSize;
        for (int index = (int) (from / clusterSize); index < node.clusterCount;) {
            int run = runLength(node, index);
            long logical = (long) index * clusterSize;
            long physical = clusterOffset(node.clusters[index]);
            long length = (long) run * clusterSize;
            for (long done = 0; done < length;) {
                long piece = Math.min(maxExtent, length - done);
                if (!packer.packExtent(PackedExtentType.DATA, logical + done, physical + done, piece)) {
                    return;
                }
                done += piece;
            }
            index += run;
        }
    }

    private static int runLength(FatNode node, int index) {
        int run = 1;
        while (index + run < node.clusterCount && node.clusters[index + run] == node.clusters[index] + run) {
            run++;
        }
        return run;
    }

    @Override
    public Replies.Blockmap blockmapFile(VolumeItem item, long offset, long length, int flags, long operationId,
            ExtentPacker packer) {
        FatNode node = node(item);
        if (fileRefusal(node) != null) {
            return new Replies.Blockmap(fileRefusal(node), freeSpace());
        }
        if (length == 0) {
            return new Replies.Blockmap(null, freeSpace());
        }
        boolean write = (flags & Flags.WRITE) != 0;
        if ((flags & (Flags.READ | Flags.WRITE)) == 0 && operationId != 0) {
            return new Replies.Blockmap(Errno.EINVAL, freeSpace());
        }
        if (offset < 0 || length < 0 || offset + length > maxFileSize() + 1) {
            return new Replies.Blockmap(Errno.EFBIG, freeSpace());
        }
        if (!write) {
            if (offset >= allocated(node)) {
                return new Replies.Blockmap(Errno.EINVAL, freeSpace());
            }
            begin(operationId, false, node.memorySize, node.clusterCount);
            pack(node, offset, packer);
            return new Replies.Blockmap(null, freeSpace());
        }
        long end = offset + length;
        int before = node.clusterCount;
        if (end > allocated(node)) {
            int[] added = takeClusters(clustersFor(end) - node.clusterCount, false, goal(node));
            if ((before + (long) added.length) * clusterSize <= offset) {
                mark(added, false);
                return new Replies.Blockmap(Errno.ENOSPC, freeSpace());
            }
            link(node, added);
        }
        Operation operation = begin(operationId, true, node.memorySize, before);
        if (offset > node.memorySize) {
            zeroFileRange(node, node.memorySize, offset);
        }
        long reachable = Math.min(end, allocated(node));
        if (reachable > node.memorySize) {
            node.memorySize = reachable;
            if (operation != null) {
                operation.grew = true;
            }
        }
        pack(node, offset, packer);
        return new Replies.Blockmap(null, freeSpace());
    }

    @Override
    public Replies.Complete completeIO(VolumeItem item, long offset, long length, Errno status, int flags,
            long operationId) {
        FatNode node = node(item);
        if (node == null || (operationId != 0 && !known(operationId))) {
            return new Replies.Complete(node == null ? Errno.ENOENT : Errno.EINVAL, attributes(item));
        }
        Operation operation = end(operationId);
        if ((flags & Flags.WRITE) != 0) {
            if (status == null) {
                long written = Math.min(offset + length, allocated(node));
                if (keepsValidDataLength() && offset > node.validLength) {
                    // Bytes between the valid data length and this write were never written: zero them
                    // before they become valid, so no reader sees what the clusters held before (the
                    // kernel starts such a write at the valid data length, so only another kernel gets here).
                    zeroFileRange(node, node.validLength, offset);
                }
                node.size = Math.max(node.size, written);
                node.validLength = Math.max(node.validLength, written);
                node.memorySize = Math.max(node.memorySize, node.size);
                node.modifyTime = now();
                persist(node);
            } else if (operation != null && operation.grew && !writesInFlight()) {
                node.memorySize = Math.max(operation.originalSize, node.size);
                cut(node, Math.max((int) operation.originalAllocation, clustersFor(node.memorySize)));
                persist(node);
            }
        }
        return new Replies.Complete(null, attributes(node));
    }

    private Errno checkNewName(String name, FatNode parent) {
        if (!validName(name)) {
            return Errno.EINVAL;
        }
        if (name.length() > 255) {
            return Errno.ENAMETOOLONG;
        }
        return parent.children.containsKey(key(name)) ? Errno.EEXIST : null;
    }

    /** A new item: its clusters ({@code size} bytes, zeroed), its entry; null and the error otherwise. */
    private Object newItem(String name, FatNode parent, boolean directory, long size) {
        Errno invalid = parent == null ? Errno.ENOENT : !parent.directory ? Errno.ENOTDIR : checkNewName(name, parent);
        if (invalid == null && size > maxFileSize()) {
            invalid = Errno.EFBIG;
        }
        if (invalid != null) {
            return invalid;
        }
        FatNode node = new FatNode(nextId, directory);
        node.attributes = directory ? ATTR_DIRECTORY : ATTR_ARCHIVE;
        node.modifyTime = now();
        int needed = directory ? 1 : clustersFor(size);
        int[] added = takeClusters(needed, true, nextFree);
        if (added.length < needed) {
            mark(added, false);
            return Errno.ENOSPC;
        }
        link(node, added);
        zeroFileRange(node, 0, directory ? clusterSize : size);
        node.size = directory ? 0 : size;
        node.memorySize = node.size;
        node.validLength = node.size;
        Errno full = addEntry(node, name, parent);
        if (full != null) {
            cut(node, 0);
            return full;
        }
        nextId++;
        items.put(node.id, node);
        parent.modifyTime = node.modifyTime;
        if (parent != root) {
            // The folder's own entry carries its modification time: a folder already on the image has an
            // older one there than the new file's.
            persist(parent);
        }
        return node;
    }

    @Override
    public Replies.Create createFile(String name, VolumeItem directory, FileAttributes attributes,
            ExtentPacker packer) {
        FatNode parent = node(directory);
        Object made = newItem(name, parent, false, attributes == null ? 0 : attributes.size());
        if (made instanceof Errno error) {
            return new Replies.Create(error, null, name, null, attributes(parent), freeSpace());
        }
        FatNode node = (FatNode) made;
        if (node.size > 0 && packer != null) {
            pack(node, 0, packer);
        }
        return new Replies.Create(null, node, name, attributes(node), attributes(parent), freeSpace());
    }

    @Override
    public Replies.Lookup lookupItem(String name, VolumeItem directory, ExtentPacker packer) {
        FatNode parent = node(directory);
        if (parent == null || !parent.directory) {
            return new Replies.Lookup(parent == null ? Errno.ENOENT : Errno.ENOTDIR, null, name, null);
        }
        FatNode found = parent.children.get(key(name));
        if (found == null) {
            return new Replies.Lookup(Errno.ENOENT, null, name, null);
        }
        if (!found.directory && packer != null && found.clusterCount > 0) {
            pack(found, 0, packer);
        }
        return new Replies.Lookup(null, found, found.name, attributes(found));
    }

    @Override
    public Replies.Preallocate preallocateSpace(VolumeItem item, long offset, long length, int flags,
            ExtentPacker packer) {
        FatNode node = node(item);
        if (fileRefusal(node) != null) {
            return new Replies.Preallocate(fileRefusal(node), 0, attributes(item), freeSpace());
        }
        if (length <= 0 || allocated(node) + length > maxFileSize() + 1) {
            return new Replies.Preallocate(length <= 0 ? Errno.EINVAL : Errno.EFBIG, 0, attributes(node), freeSpace());
        }
        int wanted = clustersFor(length);
        if ((flags & Flags.ALL) != 0 && wanted > freeClusters) {
            return new Replies.Preallocate(Errno.ENOSPC, 0, attributes(node), freeSpace());
        }
        int[] added = takeClusters(wanted, (flags & Flags.CONTIGUOUS) != 0, goal(node));
        if (added.length == 0) {
            return new Replies.Preallocate(Errno.ENOSPC, 0, attributes(node), freeSpace());
        }
        long from = allocated(node);
        link(node, added);
        persist(node);
        if (packer != null) {
            pack(node, from, packer);
        }
        return new Replies.Preallocate(null, (long) added.length * clusterSize, attributes(node), freeSpace());
    }

    // ---- the read/write path ----

    @Override
    public Replies.Io read(VolumeItem item, long offset, byte[] into, int length) {
        FatNode node = node(item);
        if (fileRefusal(node) != null) {
            return new Replies.Io(fileRefusal(node), 0, attributes(item));
        }
        counters.calls++;
        int count = (int) Math.max(0, Math.min(length, node.size - offset));
        byte[] buffer = new byte[clusterSize];
        for (int done = 0; done < count;) {
            long at = offset + done;
            int within = (int) (at % clusterSize);
            int chunk = Math.min(clusterSize - within, count - done);
            System.arraycopy(readDevice(clusterOffset(node.clusters[(int) (at / clusterSize)]) + within, chunk), 0,
                    buffer, 0, chunk);
            // Past the valid data length the clusters hold what was there before: a reader gets zeros.
            int valid = (int) Math.max(0, Math.min(chunk, node.validLength - at));
            Arrays.fill(buffer, valid, chunk, (byte) 0);
            System.arraycopy(buffer, 0, into, done, chunk);
            countCopy(chunk);
            done += chunk;
        }
        return new Replies.Io(null, count, attributes(node));
    }

    @Override
    public Replies.Io write(VolumeItem item, long offset, byte[] from, int length) {
        FatNode node = node(item);
        if (fileRefusal(node) != null) {
            return new Replies.Io(fileRefusal(node), 0, attributes(item));
        }
        counters.calls++;
        long end = offset + length;
        if (end > maxFileSize()) {
            return new Replies.Io(Errno.EFBIG, 0, attributes(node));
        }
        if (!growTo(node, end)) {
            return new Replies.Io(Errno.ENOSPC, 0, attributes(node));
        }
        if (offset > node.validLength) {
            zeroFileRange(node, node.validLength, offset);
        }
        byte[] buffer = new byte[clusterSize];
        for (int done = 0; done < length;) {
            long at = offset + done;
            int within = (int) (at % clusterSize);
            int chunk = Math.min(clusterSize - within, length - done);
            System.arraycopy(from, done, buffer, 0, chunk);
            writeDevice(clusterOffset(node.clusters[(int) (at / clusterSize)]) + within, Arrays.copyOf(buffer, chunk));
            countCopy(chunk);
            done += chunk;
        }
        node.size = Math.max(node.size, end);
        node.validLength = Math.max(node.validLength, end);
        node.memorySize = Math.max(node.memorySize, node.size);
        node.modifyTime = now();
        persist(node);
        return new Replies.Io(null, length, attributes(node));
    }

    // ---- namespace and attributes ----

    @Override
    public Replies.Lookup createDirectory(String name, VolumeItem directory) {
        Object made = newItem(name, node(directory), true, 0);
        if (made instanceof Errno error) {
            return new Replies.Lookup(error, null, name, null);
        }
        FatNode node = (FatNode) made;
        initializeDirectory(node);
        return new Replies.Lookup(null, node, name, attributes(node));
    }

    @Override
    public Replies.Done removeItem(VolumeItem item, String name, VolumeItem directory) {
        FatNode node = node(item);
        FatNode parent = node(directory);
        if (node == null || parent == null || node.parent != parent) {
            return new Replies.Done(Errno.ENOENT, null);
        }
        if (node.directory && !node.children.isEmpty()) {
            return new Replies.Done(Errno.ENOTEMPTY, attributes(node));
        }
        deleteEntries(node.entries);
        cut(node, 0);
        parent.children.remove(key(node.name));
        items.remove(node.id);
        return new Replies.Done(null, attributes(parent));
    }

    @Override
    public Replies.Done renameItem(VolumeItem item, VolumeItem directory, String name, VolumeItem toDirectory,
            String toName) {
        FatNode node = node(item);
        FatNode from = node(directory);
        FatNode to = node(toDirectory);
        if (node == null || from == null || to == null || node.parent != from || !to.directory) {
            return new Replies.Done(Errno.ENOENT, null);
        }
        for (FatNode up = to; up != null; up = up.parent) {
            if (up == node) {
                return new Replies.Done(Errno.EINVAL, attributes(node));
            }
        }
        Errno invalid = checkNewName(toName, to);
        if (invalid != null && !(invalid == Errno.EEXIST && to.children.get(key(toName)) == node)) {
            return new Replies.Done(invalid, attributes(node));
        }
        long[] oldEntries = node.entries;
        String oldName = node.name;
        byte[] oldShort = node.shortName;
        from.children.remove(key(oldName));
        Errno full = addEntry(node, toName, to);
        if (full != null) {
            node.name = oldName;
            node.shortName = oldShort;
            node.entries = oldEntries;
            node.parent = from;
            from.children.put(key(oldName), node);
            return new Replies.Done(full, attributes(node));
        }
        deleteEntries(oldEntries);
        if (node.directory && from != to) {
            directoryMoved(node);
        }
        return new Replies.Done(null, attributes(node));
    }

    @Override
    public Replies.Done setSize(VolumeItem item, long size) {
        FatNode node = node(item);
        if (fileRefusal(node) != null) {
            return new Replies.Done(fileRefusal(node), attributes(item));
        }
        if (size < 0 || size > maxFileSize()) {
            return new Replies.Done(size < 0 ? Errno.EINVAL : Errno.EFBIG, attributes(node));
        }
        long old = node.memorySize;
        if (!growTo(node, size)) {
            return new Replies.Done(Errno.ENOSPC, attributes(node));
        }
        if (size > old) {
            // exFAT extends past the valid data length, which then reads as zeros; FAT zeroes the clusters.
            if (!keepsValidDataLength()) {
                zeroFileRange(node, old, size);
                node.validLength = size;
            }
        } else {
            cut(node, clustersFor(size));
            node.validLength = Math.min(node.validLength, size);
        }
        node.size = size;
        node.memorySize = size;
        node.modifyTime = now();
        persist(node);
        return new Replies.Done(null, attributes(node));
    }

    @Override
    public Replies.Done setInhibitKernelOffloadedIO(VolumeItem item, boolean inhibit) {
        FatNode node = node(item);
        if (node == null) {
            return new Replies.Done(Errno.ENOENT, null);
        }
        node.inhibit = inhibit;
        return new Replies.Done(null, attributes(node));
    }

    @Override
    public void reclaimItem(VolumeItem item) {
        FatNode node = node(item);
        if (node == null || node.directory || writesInFlight()) {
            return;
        }
        node.memorySize = node.size;
        int keep = Math.max(clustersFor(node.size), node.clustersAtLoad);
        if (node.clusterCount > keep) {
            cut(node, keep);
            persist(node);
        }
    }

    @Override
    public long unitCount() {
        return clusterCount;
    }

    /** Units are the clusters, from cluster 2 on. */
    @Override
    public void unitOwners(long first, long[] into) {
        for (int i = 0; i < into.length; i++) {
            into[i] = isFree((int) (first + i + 2)) ? FREE_UNIT : METADATA_UNIT;
        }
        long last = first + into.length;
        for (FatNode node : items.values()) {
            for (int i = 0; i < node.clusterCount; i++) {
                long unit = node.clusters[i] - 2L;
                if (unit >= first && unit < last) {
                    into[(int) (unit - first)] = node.id;
                }
            }
        }
    }

    @Override
    public List<Entry> list(VolumeItem directory) {
        FatNode node = node(directory);
        if (node == null || !node.directory) {
            return List.of();
        }
        List<Entry> entries = new ArrayList<>();
        node.children.values().forEach(child -> entries.add(new Entry(child.name, child, child.directory)));
        return entries;
    }

    @Override
    public VolumeItem item(long id) {
        return items.get(id);
    }

    @Override
    public String pathOf(VolumeItem item) {
        FatNode node = node(item);
        return node == null ? null : node.path();
    }

    @Override
    public String describeUnit(long unit) {
        if (unit < 0 || unit >= unitCount()) {
            return "outside the volume";
        }
        long cluster = unit + 2;
        for (FatNode node : items.values()) {
            for (int i = 0; i < node.clusterCount; i++) {
                if (node.clusters[i] == cluster) {
                    String what = node.directory ? "directory entries of " + node.path()
                            : "data of " + node.path() + " at file offset " + (long) i * clusterSize;
                    return what + ", cluster " + cluster + " (entry " + i + " of its chain)";
                }
            }
        }
        return isFree((int) cluster) ? "free cluster " + cluster : "cluster " + cluster + ", held by the format";
    }

    @Override
    public long unitOffset(long unit) {
        return clusterOffset((int) (unit + 2));
    }

    @Override
    public long physicalOffset(VolumeItem item, long logical) {
        FatNode node = node(item);
        if (node == null || logical < 0 || logical >= allocated(node)) {
            return -1;
        }
        return clusterOffset(node.clusters[(int) (logical / clusterSize)]) + logical % clusterSize;
    }

    @Override
    public List<long[]> currentMapping(VolumeItem item) {
        FatNode node = node(item);
        List<long[]> runs = new ArrayList<>();
        if (node == null) {
            return runs;
        }
        for (int index = 0; index < node.clusterCount;) {
            int run = runLength(node, index);
            runs.add(new long[] { (long) index * clusterSize, clusterOffset(node.clusters[index]), (long) run * clusterSize });
            index += run;
        }
        return runs;
    }
}
