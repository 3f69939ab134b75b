package org.extentlab.kernel.fat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;

import org.extentlab.images.FatBootSector;
import org.extentlab.images.ImageFormat;
import org.extentlab.images.ImageFormatException;
import org.extentlab.kernel.AllocationPolicy;
import org.extentlab.kernel.BlockOverlay;
import org.extentlab.kernel.DosTime;
import org.extentlab.kernel.Errno;

/**
 * A FAT12/16/32 module after the reference behaviour of Apple's FAT module: the FAT is kept in memory
 * and every change is written to every copy in the overlay at once; FSInfo (FAT32) follows every
 * allocation; entry sets with long names and ~N short names; native allocation is next-fit from the
 * FSInfo hint. The protocol's behaviour is {@link ClusterModule}'s.
 */
public final class FatModule extends ClusterModule {
    private static final int ATTR_VOLUME_ID = 0x08;
    private static final int ATTR_LONG_NAME = 0x0F;
    private static final int[] NAME_OFFSETS = { 1, 3, 5, 7, 9, 14, 16, 18, 20, 22, 24, 28, 30 };

    private final ImageFormat type;
    private final long fatOffset;
    private final long fatBytes;
    private final int fatCopies;
    private final long rootStart;
    private final int rootEntries;
    private final long fsInfo;
    /** Clusters the FAT marks in use that no file or folder holds (a damaged volume's; never reused). */
    private int lostClusters;
    private final int[] fat;
    private final int endOfChain;

    private FatModule(BlockOverlay overlay, ImageFormat type, long volumeStart, AllocationPolicy policy,
            FatBootSector layout) throws IOException {
        super(overlay, volumeStart, policy, layout.sectorSize(), layout.clusterSize(), (int) layout.clusterCount(),
                layout.dataStart());
        this.type = type;
        fatOffset = layout.fatOffset();
        fatBytes = layout.fatBytes();
        fatCopies = layout.fatCount();
        rootStart = layout.rootStart();
        rootEntries = layout.rootEntries();
        if (volumeStart + layout.totalBytes() > overlay.size()) {
            throw new ImageFormatException("the image is truncated: the FAT volume needs " + layout.totalBytes() + " bytes");
        }
        endOfChain = switch (type) {
        case FAT12 -> 0xFFF;
        case FAT16 -> 0xFFFF;
        default -> 0x0FFF_FFFF;
        };
        fat = readFat();
        for (int c = 2; c < clusterCount + 2; c++) {
            if (fat[c] == 0) {
                freeClusters++;
            }
        }
        if (type == ImageFormat.FAT32) {
            int infoSector = layout.fsInfoSector();
            fsInfo = infoSector == 0 || infoSector == 0xFFFF ? -1 : (long) infoSector * sectorSize;
            if (fsInfo > 0) {
                int next = ByteBuffer.wrap(readDevice(fsInfo + 492, 4)).order(ByteOrder.LITTLE_ENDIAN).getInt();
                nextFree = next >= 2 && next < clusterCount + 2 ? next : 2;
            }
        } else {
            fsInfo = -1;
        }
        root = new FatNode(nextId++, true);
        root.name = "";
        root.attributes = ATTR_DIRECTORY;
        items.put(root.id, root);
        if (type == ImageFormat.FAT32) {
            follow(root, (int) layout.rootCluster(), new BitSet());
        }
        BitSet seen = new BitSet();
        for (int i = 0; i < root.clusterCount; i++) {
            seen.set(root.clusters[i]);
        }
        load(root, seen, 0);
        int bad = (int) (endOfChain & ~7) - 1;
        for (int c = 2; c < clusterCount + 2; c++) {
            if (fat[c] != 0 && fat[c] != bad && !seen.get(c)) {
                lostClusters++;
            }
        }
    }

    /** Opens the FAT volume at {@code volumeStart} of the overlay's image. */
    public static FatModule open(BlockOverlay overlay, ImageFormat type, long volumeStart, AllocationPolicy policy)
            throws IOException {
        if (type != ImageFormat.FAT12 && type != ImageFormat.FAT16 && type != ImageFormat.FAT32) {
            throw new IllegalArgumentException(type + " is not FAT");
        }
        ByteBuffer boot = ByteBuffer.wrap(overlay.read(volumeStart, 512)).order(ByteOrder.LITTLE_ENDIAN);
        return new FatModule(overlay, type, volumeStart, policy, FatBootSector.parse(boot));
    }

    // ---- loading ----

    private int[] readFat() throws IOException {
        int count = clusterCount + 2;
        int needed = switch (type) {
        case FAT12 -> (count * 3 + 1) / 2;
        case FAT16 -> count * 2;
        default -> count * 4;
        };
        if (needed > fatBytes) {
            throw new ImageFormatException("the FAT is too small for " + clusterCount + " clusters");
        }
        ByteBuffer table = ByteBuffer.wrap(overlay.read(volumeStart + fatOffset, needed)).order(ByteOrder.LITTLE_ENDIAN);
        int[] values = new int[count];
        for (int c = 0; c < count; c++) {
            values[c] = switch (type) {
            case FAT12 -> {
                int at = c * 3 / 2;
                int pair = (table.get(at) & 0xFF) | (at + 1 < needed ? (table.get(at + 1) & 0xFF) << 8 : 0);
                yield (c & 1) == 0 ? pair & 0xFFF : pair >>> 4;
            }
            case FAT16 -> table.getShort(c * 2) & 0xFFFF;
            default -> table.getInt(c * 4) & 0x0FFF_FFFF;
            };
        }
        return values;
    }

    /**
     * Gives {@code node} its cluster chain from {@code first}. A damaged chain (the reader has said so,
     * and the kernel keeps such a file read-only) is taken as far as it goes: up to a loop, a cluster
     * outside the volume or a free one; a cluster another chain holds too (cross-linked) is shared.
     */
    private void follow(FatNode node, int first, BitSet seen) {
        BitSet mine = new BitSet();
        for (int c = first; c >= 2 && c < clusterCount + 2 && !mine.get(c); c = fat[c]) {
            mine.set(c);
            seen.set(c);
            node.append(c);
            if (fat[c] >= (endOfChain & ~7) || fat[c] == 0) {
                break;
            }
        }
        node.clustersAtLoad = node.clusterCount;
    }

    private void load(FatNode directory, BitSet seen, int depth) throws IOException {
        if (depth > 256) {
            throw new ImageFormatException("directories nest deeper than 256 levels at " + directory.path());
        }
        long[] slots = slots(directory);
        byte[] bytes = readSlots(slots);
        List<Long> longEntries = new ArrayList<>();
        StringBuilder longName = new StringBuilder();
        // A long name counts only when whole, as the reader and fsck.fat take it: it starts with its
        // last part (0x40), counts down to 1, and every part carries the short entry's checksum.
        int expected = 0;
        int partsChecksum = -1;
        boolean whole = false;
        for (int i = 0; i < slots.length; i++) {
            int at = i * 32;
            int first = bytes[at] & 0xFF;
            if (first == 0) {
                break;
            }
            int attributes = bytes[at + 11] & 0xFF;
            if (first == 0xE5) {
                longEntries.clear();
                continue;
            }
            if ((attributes & 0x3F) == ATTR_LONG_NAME) {
                int order = first & 0x1F;
                int sum = bytes[at + 13] & 0xFF;
                if ((first & 0x40) != 0) {
                    longEntries.clear();
                    longName.setLength(0);
                    expected = order;
                    partsChecksum = sum;
                    whole = true;
                }
                whole &= order == expected && sum == partsChecksum;
                expected = order - 1;
                longEntries.add(slots[i]);
                StringBuilder part = new StringBuilder();
                for (int offset : NAME_OFFSETS) {
                    char ch = (char) ((bytes[at + offset] & 0xFF) | (bytes[at + offset + 1] & 0xFF) << 8);
                    if (ch == 0 || ch == 0xFFFF) {
                        break;
                    }
                    part.append(ch);
                }
                longName.insert(0, part);
                continue;
            }
            if ((attributes & ATTR_VOLUME_ID) != 0 || first == '.') {
                longEntries.clear();
                continue;
            }
            byte[] shortName = Arrays.copyOfRange(bytes, at, at + 11);
            boolean isDirectory = (attributes & ATTR_DIRECTORY) != 0;
            FatNode node = new FatNode(nextId++, isDirectory);
            node.shortName = shortName;
            boolean longValid = !longEntries.isEmpty() && whole && expected == 0 && checksum(shortName) == partsChecksum;
            node.name = longValid ? longName.toString() : displayShort(shortName, bytes[at + 12]);
            longEntries.add(slots[i]);
            node.entries = longValid ? longEntries.stream().mapToLong(Long::longValue).toArray() : new long[] { slots[i] };
            longEntries.clear();
            node.attributes = attributes;
            node.parent = directory;
            ByteBuffer entry = ByteBuffer.wrap(bytes, at, 32).order(ByteOrder.LITTLE_ENDIAN);
            int firstCluster = (entry.getShort(at + 26) & 0xFFFF)
                    | (type == ImageFormat.FAT32 ? (entry.getShort(at + 20) & 0xFFFF) << 16 : 0);
            node.size = isDirectory ? 0 : entry.getInt(at + 28) & 0xFFFF_FFFFL;
            node.memorySize = node.size;
            node.validLength = node.size;
            node.modifyTime = DosTime.decode(entry.getShort(at + 24) & 0xFFFF, entry.getShort(at + 22) & 0xFFFF);
            follow(node, firstCluster, seen);
            items.put(node.id, node);
            directory.children.put(key(node.name), node);
            if (isDirectory) {
                load(node, seen, depth + 1);
            }
        }
    }

    private static String displayShort(byte[] name, byte caseFlags) {
        String base = new String(name, 0, 8, StandardCharsets.ISO_8859_1).stripTrailing();
        String extension = new String(name, 8, 3, StandardCharsets.ISO_8859_1).stripTrailing();
        if ((caseFlags & 0x08) != 0) {
            base = base.toLowerCase(java.util.Locale.ROOT);
        }
        if ((caseFlags & 0x10) != 0) {
            extension = extension.toLowerCase(java.util.Locale.ROOT);
        }
        if (!base.isEmpty() && base.charAt(0) == 0x05) {
            base = (char) 0xE5 + base.substring(1);
        }
        return extension.isEmpty() ? base : base + "." + extension;
    }

    @Override
    protected long[] slots(FatNode directory) {
        if (directory == root && type != ImageFormat.FAT32) {
            long[] slots = new long[rootEntries];
            for (int i = 0; i < slots.length; i++) {
                slots[i] = rootStart + i * 32L;
            }
            return slots;
        }
        return super.slots(directory);
    }

    // ---- the FAT ----

    private void setFat(int cluster, int value) {
        fat[cluster] = value;
        try {
            for (int copy = 0; copy < fatCopies; copy++) {
                long base = volumeStart + fatOffset + copy * fatBytes;
                switch (type) {
                case FAT12 -> {
                    int at = cluster * 3 / 2;
                    byte[] pair = overlay.read(base + at, 2);
                    if ((cluster & 1) == 0) {
                        pair[0] = (byte) value;
                        pair[1] = (byte) ((pair[1] & 0xF0) | (value >>> 8 & 0x0F));
                    } else {
                        pair[0] = (byte) ((pair[0] & 0x0F) | (value << 4 & 0xF0));
                        pair[1] = (byte) (value >>> 4);
                    }
                    overlay.write(base + at, pair);
                }
                case FAT16 -> overlay.write(base + cluster * 2L, new byte[] { (byte) value, (byte) (value >>> 8) });
                default -> {
                    byte[] old = overlay.read(base + cluster * 4L, 4);
                    int kept = (old[3] & 0xF0) << 24;
                    int stored = kept | (value & 0x0FFF_FFFF);
                    overlay.write(base + cluster * 4L, new byte[] { (byte) stored, (byte) (stored >>> 8),
                            (byte) (stored >>> 16), (byte) (stored >>> 24) });
                }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    protected boolean isFree(int c) {
        return fat[c] == 0;
    }

    @Override
    protected void setUsed(int c, boolean used) {
        if (used) {
            fat[c] = endOfChain;
        } else {
            setFat(c, 0);
        }
    }

    @Override
    protected void chain(FatNode node, int before, int[] added) {
        for (int i = Math.max(0, before - 1); i < node.clusterCount; i++) {
            setFat(node.clusters[i], i + 1 < node.clusterCount ? node.clusters[i + 1] : endOfChain);
        }
    }

    @Override
    protected void endChain(FatNode node, int keep) {
        if (keep > 0) {
            setFat(node.clusters[keep - 1], endOfChain);
        }
    }

    @Override
    protected void allocationChanged() {
        writeFsInfo();
    }

    private void writeFsInfo() {
        if (fsInfo < 0) {
            return;
        }
        // fsck.fat counts lost clusters free (it reclaims them), so FSInfo does too: a damaged volume's
        // count then stays what its checker expects.
        ByteBuffer values = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putInt(freeClusters + lostClusters)
                .putInt(nextFree);
        writeDevice(fsInfo + 488, values.array());
    }

    // ---- directory entries ----

    private static int checksum(byte[] shortName) {
        int sum = 0;
        for (int i = 0; i < 11; i++) {
            sum = (((sum & 1) << 7) + (sum >>> 1) + (shortName[i] & 0xFF)) & 0xFF;
        }
        return sum;
    }

    /** FAT names also may not end in a dot or a space. */
    @Override
    protected boolean validName(String name) {
        return super.validName(name) && !name.endsWith(".") && !name.endsWith(" ");
    }

    /** The 8.3 name for {@code name} in {@code directory}: the name itself when it fits, else BASE~N.EXT. */
    private byte[] shortNameFor(String name, FatNode directory) {
        String upper = name.toUpperCase(java.util.Locale.ROOT);
        int dot = upper.lastIndexOf('.');
        String base = dot > 0 ? upper.substring(0, dot) : upper;
        String extension = dot > 0 ? upper.substring(dot + 1) : "";
        boolean fits = name.equals(upper) && base.length() <= 8 && extension.length() <= 3
                && base.equals(clean(base)) && extension.equals(clean(extension)) && !base.isEmpty();
        if (fits) {
            byte[] exact = pad(base, extension);
            if (!shortNameTaken(exact, directory)) {
                return exact;
            }
        }
        String cleanBase = clean(base.replace(".", ""));
        String cleanExtension = clean(extension);
        cleanExtension = cleanExtension.substring(0, Math.min(3, cleanExtension.length()));
        for (int n = 1; n < 1_000_000; n++) {
            String tail = "~" + n;
            String stem = cleanBase.substring(0, Math.min(cleanBase.length(), 8 - tail.length()));
            byte[] candidate = pad(stem.isEmpty() ? "_" : stem, cleanExtension, tail);
            if (!shortNameTaken(candidate, directory)) {
                return candidate;
            }
        }
        throw new IllegalStateException("no free short name in " + directory.path());
    }

    private static String clean(String part) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < part.length(); i++) {
            char ch = part.charAt(i);
            if (ch == ' ') {
                continue;
            }
            out.append(ch < 0x7F && ch > 0x20 && "+,;=[].".indexOf(ch) < 0 ? ch : '_');
        }
        return out.toString();
    }

    private static byte[] pad(String base, String extension) {
        return pad(base, extension, "");
    }

    private static byte[] pad(String base, String extension, String tail) {
        byte[] name = new byte[11];
        Arrays.fill(name, (byte) ' ');
        byte[] stem = (base + tail).getBytes(StandardCharsets.ISO_8859_1);
        System.arraycopy(stem, 0, name, 0, Math.min(8, stem.length));
        byte[] ext = extension.getBytes(StandardCharsets.ISO_8859_1);
        System.arraycopy(ext, 0, name, 8, Math.min(3, ext.length));
        return name;
    }

    private static boolean shortNameTaken(byte[] name, FatNode directory) {
        for (FatNode child : directory.children.values()) {
            if (Arrays.equals(child.shortName, name)) {
                return true;
            }
        }
        return false;
    }

    @Override
    protected boolean slotFree(int first) {
        return first == 0 || first == 0xE5;
    }

    @Override
    protected boolean mayFollow(byte[] bytes, int at) {
        int first = bytes[at] & 0xFF;
        return first == 0 || first == 0xE5 || (bytes[at + 11] & 0x3F) != 0x0F;
    }

    @Override
    protected boolean canGrow(FatNode directory) {
        return directory != root || type == ImageFormat.FAT32;
    }

    /** Writes the entry set of {@code node} into {@code slots}: long-name entries then the short entry. */
    private void writeEntrySet(FatNode node, long[] slots, boolean withLongName) {
        int longCount = slots.length - 1;
        int sum = checksum(node.shortName);
        for (int i = 0; i < longCount && withLongName; i++) {
            int order = longCount - i;
            byte[] entry = new byte[32];
            entry[0] = (byte) (order | (i == 0 ? 0x40 : 0));
            entry[11] = ATTR_LONG_NAME;
            entry[13] = (byte) sum;
            for (int k = 0; k < 13; k++) {
                int index = (order - 1) * 13 + k;
                int ch = index < node.name.length() ? node.name.charAt(index) : index == node.name.length() ? 0 : 0xFFFF;
                entry[NAME_OFFSETS[k]] = (byte) ch;
                entry[NAME_OFFSETS[k] + 1] = (byte) (ch >>> 8);
            }
            writeDevice(slots[i], entry);
        }
        node.entries = slots;
        writeShortEntry(node);
    }

    private void writeShortEntry(FatNode node) {
        ByteBuffer entry = ByteBuffer.allocate(32).order(ByteOrder.LITTLE_ENDIAN);
        entry.put(node.shortName);
        entry.put(11, (byte) node.attributes);
        int[] stamp = DosTime.encode(node.modifyTime);
        entry.putShort(14, (short) stamp[1]).putShort(16, (short) stamp[0]).putShort(18, (short) stamp[0]);
        int first = node.firstCluster();
        entry.putShort(20, (short) (type == ImageFormat.FAT32 ? first >>> 16 : 0));
        entry.putShort(22, (short) stamp[1]).putShort(24, (short) stamp[0]);
        entry.putShort(26, (short) first);
        entry.putInt(28, node.directory ? 0 : (int) node.size);
        writeDevice(node.entries[node.entries.length - 1], entry.array());
    }

    @Override
    protected void persist(FatNode node) {
        writeShortEntry(node);
    }

    @Override
    protected void deleteEntries(long[] slots) {
        for (long slot : slots) {
            writeDevice(slot, new byte[] { (byte) 0xE5 });
        }
    }

    @Override
    protected Errno addEntry(FatNode node, String name, FatNode directory) {
        node.name = name;
        node.shortName = shortNameFor(name, directory);
        boolean needsLongName = !displayShort(node.shortName, (byte) 0).equals(name);
        int longCount = needsLongName ? (name.length() + 12) / 13 : 0;
        long[] slots = freeSlots(directory, longCount + 1);
        if (slots == null) {
            return Errno.ENOSPC;
        }
        node.parent = directory;
        writeEntrySet(node, slots, needsLongName);
        directory.children.put(key(name), node);
        return null;
    }

    @Override
    protected String key(String name) {
        return name.toUpperCase(Locale.ROOT);
    }

    @Override
    protected long maxFileSize() {
        return 0xFFFF_FFFFL;
    }

    @Override
    protected void initializeDirectory(FatNode directory) {
        writeDotEntries(directory);
    }

    @Override
    protected void directoryMoved(FatNode directory) {
        writeDotEntries(directory);
    }

    private void writeDotEntries(FatNode directory) {
        long base = clusterOffset(directory.clusters[0]);
        int[] stamp = DosTime.encode(directory.modifyTime);
        int parentCluster = directory.parent == root ? 0 : directory.parent.firstCluster();
        for (int i = 0; i < 2; i++) {
            ByteBuffer entry = ByteBuffer.allocate(32).order(ByteOrder.LITTLE_ENDIAN);
            entry.put(pad(i == 0 ? "." : "..", ""));
            entry.put(11, (byte) ATTR_DIRECTORY);
            int cluster = i == 0 ? directory.firstCluster() : parentCluster;
            entry.putShort(14, (short) stamp[1]).putShort(16, (short) stamp[0]).putShort(18, (short) stamp[0]);
            entry.putShort(20, (short) (type == ImageFormat.FAT32 ? cluster >>> 16 : 0));
            entry.putShort(22, (short) stamp[1]).putShort(24, (short) stamp[0]);
            entry.putShort(26, (short) cluster);
            writeDevice(base + i * 32L, entry.array());
        }
    }

    @Override
    public String formatName() {
        return type.name();
    }

    @Override
    public void synchronize() {
        writeFsInfo();
    }

    @Override
    public List<String> checkInvariants() {
        List<String> problems = new ArrayList<>();
        int[] owner = new int[clusterCount + 2];
        for (FatNode node : items.values()) {
            for (int i = 0; i < node.clusterCount; i++) {
                int c = node.clusters[i];
                if (c < 2 || c >= clusterCount + 2) {
                    problems.add(node.path() + " holds cluster " + c + ", outside the volume");
                    continue;
                }
                if (owner[c] != 0) {
                    problems.add("cluster " + c + " is owned twice (" + node.path() + ")");
                }
                owner[c] = (int) node.id;
                boolean last = i + 1 == node.clusterCount;
                int expected = last ? endOfChain : node.clusters[i + 1];
                if (last ? fat[c] < (endOfChain & ~7) : fat[c] != expected) {
                    problems.add(node.path() + ": FAT[" + c + "] = " + fat[c] + ", the chain says " + expected);
                }
            }
            if (!node.directory && node.size > allocated(node)) {
                problems.add(node.path() + ": size " + node.size + " exceeds its allocation " + allocated(node));
            }
        }
        int free = 0;
        for (int c = 2; c < clusterCount + 2; c++) {
            if (fat[c] == 0) {
                free++;
            } else if (owner[c] == 0 && fat[c] != badCluster()) {
                problems.add("cluster " + c + " is allocated but belongs to no file (lost)");
            }
        }
        if (free != freeClusters) {
            problems.add("the free count says " + freeClusters + " clusters, the FAT " + free);
        }
        try {
            int[] onDisk = readFat();
            for (int c = 2; c < clusterCount + 2; c++) {
                if (onDisk[c] != fat[c]) {
                    problems.add("FAT[" + c + "] on the device is " + onDisk[c] + ", in memory " + fat[c]);
                    break;
                }
            }
            long needed = Math.min(fatBytes, Integer.MAX_VALUE);
            byte[] first = overlay.read(volumeStart + fatOffset, (int) needed);
            for (int copy = 1; copy < fatCopies; copy++) {
                if (!Arrays.equals(first, overlay.read(volumeStart + fatOffset + copy * fatBytes, (int) needed))) {
                    problems.add("FAT copy " + (copy + 1) + " differs from the first");
                }
            }
            if (fsInfo > 0) {
                int counted = ByteBuffer.wrap(overlay.read(volumeStart + fsInfo + 488, 4)).order(ByteOrder.LITTLE_ENDIAN).getInt();
                if (counted != freeClusters + lostClusters) {
                    problems.add("FSInfo counts " + counted + " free clusters, the FAT " + freeClusters
                            + (lostClusters > 0 ? " and " + lostClusters + " lost" : ""));
                }
            }
        } catch (IOException e) {
            problems.add("the FAT cannot be read back: " + e.getMessage());
        }
        return problems;
    }

    private int badCluster() {
        return endOfChain - 8;
    }
}
