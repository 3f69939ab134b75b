package org.extentlab.kernel.fat;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;

import org.extentlab.images.ExfatBootSector;
import org.extentlab.images.ImageFormatException;
import org.extentlab.images.UpcaseTable;
import org.extentlab.kernel.AllocationPolicy;
import org.extentlab.kernel.BlockOverlay;
import org.extentlab.kernel.DosTime;
import org.extentlab.kernel.Errno;

/**
 * An exFAT module: the allocation bitmap and the FAT kept in memory and written through; files
 * whose clusters form one run stay NoFatChain and get a FAT chain written the moment they stop being
 * contiguous; file entry sets (file, stream extension, names) rewritten with their set checksum and
 * their name hash (folded through the volume's up-case table). Files are not sparse; each keeps its
 * valid data length: bytes past it read as zeros (the kernel zeroes them, knowing it from the
 * attributes, as Apple's module relies on), a size extension and preallocation leave it, and a write
 * advances it at completeIO (the kernel starts a write past it at it, zero-filling the gap).
 * PercentInUse in the boot sector follows allocation (it is outside the boot checksum).
 * The protocol's behaviour is {@link ClusterModule}'s; native allocation continues after a file's
 * last cluster.
 */
public final class ExfatModule extends ClusterModule {
    private static final int FLAG_ALLOCATION_POSSIBLE = 0x01;
    private static final int FLAG_NO_FAT_CHAIN = 0x02;
    private static final int END_OF_CHAIN = 0xFFFF_FFFF;

    private final long fatOffset;
    private final UpcaseTable upcase;
    private final byte[] bitmap;
    /** The clusters the files and folders held on the image (some may be free in a damaged bitmap). */
    private final BitSet held = new BitSet();
    private final long bitmapOffset;
    private final int[] fat;
    private final boolean[] reserved;

    private ExfatModule(BlockOverlay overlay, long volumeStart, AllocationPolicy policy, ExfatBootSector boot)
            throws IOException {
        super(overlay, volumeStart, policy, boot.sectorSize(), boot.clusterSize(), (int) boot.clusterCount(),
                boot.heapOffset());
        fatOffset = boot.fatOffset();
        fat = new int[clusterCount + 2];
        ByteBuffer table = le(readDevice(fatOffset, (clusterCount + 2) * 4));
        for (int c = 0; c < fat.length; c++) {
            fat[c] = table.getInt(c * 4);
        }
        reserved = new boolean[clusterCount + 2];
        root = new FatNode(nextId++, true);
        root.name = "";
        root.attributes = ATTR_DIRECTORY;
        items.put(root.id, root);
        followChain(root, (int) boot.rootCluster(), false, 0);
        long bitmapAt = -1;
        int bitmapLength = 0;
        byte[] upcaseBytes = null;
        byte[] rootBytes = readSlots(slots(root));
        for (int at = 0; at + 32 <= rootBytes.length; at += 32) {
            int type = rootBytes[at] & 0xFF;
            ByteBuffer entry = ByteBuffer.wrap(rootBytes, at, 32).slice().order(ByteOrder.LITTLE_ENDIAN);
            if (type == 0x81) {
                bitmapAt = clusterOffset(entry.getInt(20));
                bitmapLength = (int) entry.getLong(24);
                markReserved(entry.getInt(20), bitmapLength);
            } else if (type == 0x82) {
                int length = (int) entry.getLong(24);
                upcaseBytes = readDevice(clusterOffset(entry.getInt(20)), length);
                markReserved(entry.getInt(20), length);
            }
        }
        if (bitmapAt < 0 || upcaseBytes == null) {
            throw new ImageFormatException("the exFAT root directory has no allocation bitmap or up-case table");
        }
        upcase = UpcaseTable.parse(upcaseBytes, upcaseBytes.length);
        bitmapOffset = bitmapAt;
        bitmap = readDevice(bitmapAt, bitmapLength);
        for (int c = 2; c < clusterCount + 2; c++) {
            if (!allocated(c)) {
                freeClusters++;
            }
        }
        for (int i = 0; i < root.clusterCount; i++) {
            reserved[root.clusters[i]] = true;
        }
        load(root, 0);
    }

    public static ExfatModule open(BlockOverlay overlay, long volumeStart, AllocationPolicy policy) throws IOException {
        ExfatBootSector boot = ExfatBootSector.parse(le(overlay.read(volumeStart, 512)));
        if (boot.clusterCount() > 64L << 20 || boot.fatCount() != 1) {
            throw new ImageFormatException("the simulation changes exFAT volumes of one FAT and up to 64 Mi clusters");
        }
        return new ExfatModule(overlay, volumeStart, policy, boot);
    }

    private static ByteBuffer le(byte[] bytes) {
        return ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
    }

    private void markReserved(int first, long length) {
        long clusters = (length + clusterSize - 1) / clusterSize;
        int c = first;
        for (long i = 0; i < clusters && c >= 2 && c < clusterCount + 2; i++) {
            reserved[c] = true;
            c = fat[c] == 0 ? c + 1 : fat[c];
        }
    }

    private boolean allocated(int cluster) {
        int bit = cluster - 2;
        return (bitmap[bit >>> 3] & (1 << (bit & 7))) != 0;
    }

    private void setAllocated(int cluster, boolean used) {
        int bit = cluster - 2;
        if (used) {
            bitmap[bit >>> 3] |= (byte) (1 << (bit & 7));
        } else {
            bitmap[bit >>> 3] &= (byte) ~(1 << (bit & 7));
        }
        writeDevice(bitmapOffset + (bit >>> 3), new byte[] { bitmap[bit >>> 3] });
    }

    private void setFat(int cluster, int value) {
        fat[cluster] = value;
        writeDevice(fatOffset + cluster * 4L, new byte[] { (byte) value, (byte) (value >>> 8), (byte) (value >>> 16),
                (byte) (value >>> 24) });
    }

    // ---- loading ----

    /**
     * Gives {@code node} its clusters: a NoFatChain run, or its FAT chain. A damaged one (the reader has
     * said so, and the kernel keeps such a file read-only) is taken as far as it goes inside the heap.
     * Whatever it holds counts as in use, even where the bitmap says free, so no new file is given it.
     */
    private void followChain(FatNode node, int first, boolean noFatChain, long length) {
        if (first != 0 && noFatChain) {
            long clusters = (length + clusterSize - 1) / clusterSize;
            for (long c = first; c < first + clusters && c >= 2 && c < clusterCount + 2L; c++) {
                node.append((int) c);
            }
        } else if (first != 0) {
            BitSet mine = new BitSet();
            for (int c = first; c != END_OF_CHAIN && c >= 2 && c < clusterCount + 2 && !mine.get(c); c = fat[c]) {
                mine.set(c);
                node.append(c);
            }
        }
        for (int i = 0; i < node.clusterCount; i++) {
            held.set(node.clusters[i]);
        }
        node.clustersAtLoad = node.clusterCount;
    }

    private void load(FatNode directory, int depth) throws IOException {
        if (depth > 256) {
            throw new ImageFormatException("directories nest deeper than 256 levels at " + directory.path());
        }
        long[] slots = slots(directory);
        byte[] bytes = readSlots(slots);
        for (int i = 0; i < slots.length; i++) {
            int type = bytes[i * 32] & 0xFF;
            if (type == 0) {
                break;
            }
            if (type != 0x85) {
                continue;
            }
            int secondaries = bytes[i * 32 + 1] & 0xFF;
            if (secondaries < 2 || i + secondaries >= slots.length) {
                throw new ImageFormatException("a damaged entry set in " + directory.path() + "; run fsck.exfat first");
            }
            ByteBuffer file = ByteBuffer.wrap(bytes, i * 32, 32).slice().order(ByteOrder.LITTLE_ENDIAN);
            ByteBuffer stream = ByteBuffer.wrap(bytes, (i + 1) * 32, 32).slice().order(ByteOrder.LITTLE_ENDIAN);
            int attributes = file.getShort(4) & 0xFFFF;
            FatNode node = new FatNode(nextId++, (attributes & ATTR_DIRECTORY) != 0);
            node.attributes = attributes;
            node.createStamp = file.getInt(8);
            int modified = file.getInt(12);
            node.modifyTime = DosTime.decode(modified >>> 16, modified & 0xFFFF);
            int nameLength = stream.get(3) & 0xFF;
            StringBuilder name = new StringBuilder();
            for (int k = 2; k <= secondaries && name.length() < nameLength; k++) {
                ByteBuffer part = ByteBuffer.wrap(bytes, (i + k) * 32, 32).slice().order(ByteOrder.LITTLE_ENDIAN);
                for (int ch = 0; ch < 15 && name.length() < nameLength; ch++) {
                    name.append(part.getChar(2 + 2 * ch));
                }
            }
            node.name = name.toString();
            node.parent = directory;
            node.entries = Arrays.copyOfRange(slots, i, i + secondaries + 1);
            node.noFatChain = (stream.get(1) & FLAG_NO_FAT_CHAIN) != 0;
            long dataLength = stream.getLong(24);
            node.size = node.directory ? 0 : dataLength;
            node.memorySize = node.size;
            node.validLength = node.directory ? 0 : Math.min(stream.getLong(8), dataLength);
            followChain(node, stream.getInt(20), node.noFatChain, dataLength);
            items.put(node.id, node);
            directory.children.put(key(node.name), node);
            if (node.directory) {
                load(node, depth + 1);
            }
            i += secondaries;
        }
    }

    // ---- clusters ----

    @Override
    protected boolean isFree(int c) {
        return !allocated(c) && !held.get(c);
    }

    @Override
    protected void setUsed(int c, boolean used) {
        setAllocated(c, used);
        if (!used) {
            held.clear(c);
        }
    }

    @Override
    protected int goal(FatNode node) {
        return node.clusterCount == 0 ? nextFree : node.lastCluster() + 1;
    }

    /** A NoFatChain file that stops being one run gets its whole FAT chain written. */
    @Override
    protected void chain(FatNode node, int before, int[] added) {
        boolean contiguous = true;
        for (int i = Math.max(1, before); i < node.clusterCount && contiguous; i++) {
            contiguous = node.clusters[i] == node.clusters[i - 1] + 1;
        }
        boolean wasNoChain = before == 0 || node.noFatChain;
        if (before == 0) {
            node.noFatChain = node != root && contiguous;
        } else if (node.noFatChain && !contiguous) {
            node.noFatChain = false;
        }
        if (!node.noFatChain) {
            for (int i = wasNoChain ? 0 : before - 1; i < node.clusterCount; i++) {
                setFat(node.clusters[i], i + 1 < node.clusterCount ? node.clusters[i + 1] : END_OF_CHAIN);
            }
        }
    }

    @Override
    protected void endChain(FatNode node, int keep) {
        if (!node.noFatChain) {
            if (keep > 0) {
                setFat(node.clusters[keep - 1], END_OF_CHAIN);
            }
            for (int i = keep; i < node.clusterCount; i++) {
                setFat(node.clusters[i], 0);
            }
        }
        if (keep == 0) {
            node.noFatChain = false;
        }
    }

    @Override
    protected void allocationChanged() {
        writePercentInUse();
    }

    private void writePercentInUse() {
        int percent = (int) ((long) (clusterCount - freeClusters) * 100 / Math.max(1, clusterCount));
        writeDevice(112, new byte[] { (byte) percent });
    }

    // ---- entry sets ----

    private static int setChecksum(byte[] set) {
        int sum = 0;
        for (int i = 0; i < set.length; i++) {
            if (i != 2 && i != 3) {
                sum = ((sum & 1) << 15 | sum >>> 1) + (set[i] & 0xFF) & 0xFFFF;
            }
        }
        return sum;
    }

    private byte[] entrySet(FatNode node) {
        int nameEntries = (node.name.length() + 14) / 15;
        ByteBuffer set = ByteBuffer.allocate(32 * (2 + nameEntries)).order(ByteOrder.LITTLE_ENDIAN);
        int[] stamp = DosTime.encode(node.modifyTime);
        int modified = stamp[0] << 16 | stamp[1];
        set.put(0, (byte) 0x85).put(1, (byte) (1 + nameEntries)).putShort(4, (short) node.attributes);
        set.putInt(8, node.createStamp == 0 ? modified : node.createStamp).putInt(12, modified).putInt(16, modified);
        long length = node.directory ? allocated(node) : node.size;
        int flags = FLAG_ALLOCATION_POSSIBLE | (node.noFatChain && node.clusterCount > 0 ? FLAG_NO_FAT_CHAIN : 0);
        set.put(32, (byte) 0xC0).put(33, (byte) flags).put(35, (byte) node.name.length())
                .putShort(36, (short) upcase.nameHash(node.name));
        long valid = node.directory ? length : Math.min(node.validLength, length);
        set.putLong(40, valid).putInt(52, node.firstCluster()).putLong(56, length);
        for (int i = 0; i < nameEntries; i++) {
            int at = 64 + 32 * i;
            set.put(at, (byte) 0xC1);
            for (int k = 0; k < 15 && i * 15 + k < node.name.length(); k++) {
                set.putChar(at + 2 + 2 * k, node.name.charAt(i * 15 + k));
            }
        }
        set.putShort(2, (short) setChecksum(set.array()));
        return set.array();
    }

    private void writeEntrySet(FatNode node) {
        byte[] set = entrySet(node);
        for (int i = 0; i < node.entries.length; i++) {
            writeDevice(node.entries[i], Arrays.copyOfRange(set, i * 32, i * 32 + 32));
        }
    }

    private void deleteEntrySet(FatNode node) {
        for (long slot : node.entries) {
            byte type = readDevice(slot, 1)[0];
            writeDevice(slot, new byte[] { (byte) (type & 0x7F) });
        }
    }

    @Override
    protected void persist(FatNode node) {
        if (node != root) {
            writeEntrySet(node);
        }
    }

    @Override
    protected void deleteEntries(long[] slots) {
        for (long slot : slots) {
            byte type = readDevice(slot, 1)[0];
            writeDevice(slot, new byte[] { (byte) (type & 0x7F) });
        }
    }

    @Override
    protected Errno addEntry(FatNode node, String name, FatNode directory) {
        node.name = name;
        long[] slots = freeSlots(directory, 2 + (name.length() + 14) / 15);
        if (slots == null) {
            return Errno.ENOSPC;
        }
        node.parent = directory;
        node.entries = slots;
        writeEntrySet(node);
        directory.children.put(key(name), node);
        return null;
    }

    @Override
    protected boolean slotFree(int first) {
        return first < 0x80;
    }

    @Override
    protected boolean canGrow(FatNode directory) {
        return true;
    }

    @Override
    protected String key(String name) {
        return upcase.upcase(name);
    }

    @Override
    public boolean keepsValidDataLength() {
        return true;
    }

    @Override
    protected long maxFileSize() {
        return 1L << 40;
    }

    @Override
    protected void initializeDirectory(FatNode directory) {
        // exFAT directories hold no "." or ".." entries; the new cluster is already zeroed.
    }

    @Override
    protected void directoryMoved(FatNode directory) {
        // Nothing in an exFAT directory names its parent.
    }

    @Override
    public String formatName() {
        return "exFAT";
    }

    @Override
    public void synchronize() {
        writePercentInUse();
    }

    @Override
    public List<String> checkInvariants() {
        List<String> problems = new ArrayList<>();
        boolean[] owned = reserved.clone();
        for (FatNode node : items.values()) {
            for (int i = 0; i < node.clusterCount; i++) {
                int c = node.clusters[i];
                if (node != root && owned[c]) {
                    problems.add("cluster " + c + " is owned twice (" + node.path() + ")");
                }
                owned[c] = true;
                if (!allocated(c)) {
                    problems.add(node.path() + " holds cluster " + c + ", free in the bitmap");
                }
                if (!node.noFatChain) {
                    int expected = i + 1 < node.clusterCount ? node.clusters[i + 1] : END_OF_CHAIN;
                    if (fat[c] != expected) {
                        problems.add(node.path() + ": FAT[" + c + "] = " + fat[c] + ", the chain says " + expected);
                    }
                } else if (i > 0 && c != node.clusters[i - 1] + 1) {
                    problems.add(node.path() + " is NoFatChain but not one run");
                }
            }
            if (node != root) {
                byte[] onDevice = new byte[node.entries.length * 32];
                for (int i = 0; i < node.entries.length; i++) {
                    System.arraycopy(readDevice(node.entries[i], 32), 0, onDevice, i * 32, 32);
                }
                if (!Arrays.equals(onDevice, entrySet(node))) {
                    problems.add(node.path() + ": its entry set on the device is not the module's");
                }
            }
        }
        int free = 0;
        for (int c = 2; c < clusterCount + 2; c++) {
            if (!allocated(c)) {
                free++;
            } else if (!owned[c]) {
                problems.add("cluster " + c + " is allocated but belongs to no file (lost)");
            }
        }
        if (free != freeClusters) {
            problems.add("the free count says " + freeClusters + " clusters, the bitmap " + free);
        }
        if (!Arrays.equals(bitmap, readDevice(bitmapOffset, bitmap.length))) {
            problems.add("the allocation bitmap on the device differs from the module's");
        }
        return problems;
    }
}
