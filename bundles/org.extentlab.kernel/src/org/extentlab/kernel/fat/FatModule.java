package org.extentlab.kernel.fat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.extentlab.images.ImageFormat;
import org.extentlab.images.ImageFormatException;
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
 * A FAT12/16/32 module after the reference behaviour of Apple's FAT module: the FAT is kept in memory
 * and every change is written to every copy in the overlay at once; FSInfo (FAT32) follows every
 * allocation; files are not sparse, so everything is packed as data and a write that starts past EOF
 * zeroes the gap; blockmap packs to the end of the allocation; sizes grow in memory at a write
 * blockmap and reach the directory entry at completeIO; preallocated clusters past the size are
 * released when the kernel reclaims the item.
 */
public final class FatModule extends AbstractModule {
    private static final int ATTR_VOLUME_ID = 0x08;
    private static final int ATTR_DIRECTORY = 0x10;
    private static final int ATTR_ARCHIVE = 0x20;
    private static final int ATTR_LONG_NAME = 0x0F;
    private static final long MAX_FILE_SIZE = 0xFFFF_FFFFL;
    private static final int[] NAME_OFFSETS = { 1, 3, 5, 7, 9, 14, 16, 18, 20, 22, 24, 28, 30 };

    private final ImageFormat type;
    private final int sectorSize;
    private final int clusterSize;
    private final int clusterCount;
    private final long fatOffset;
    private final long fatBytes;
    private final int fatCopies;
    private final long rootStart;
    private final int rootEntries;
    private final long dataStart;
    private final long fsInfo;
    private final int[] fat;
    private final int endOfChain;
    private int freeClusters;
    private int nextFree;
    private long nextId = 1;
    private final FatNode root;
    private final Map<Long, FatNode> items = new HashMap<>();
    private final byte[] buffer;


    private FatModule(BlockOverlay overlay, ImageFormat type, long volumeStart, AllocationPolicy policy)
            throws IOException {
        super(overlay, volumeStart, policy);
        this.type = type;
        ByteBuffer boot = ByteBuffer.wrap(overlay.read(volumeStart, 512)).order(ByteOrder.LITTLE_ENDIAN);
        sectorSize = boot.getShort(11) & 0xFFFF;
        int sectorsPerCluster = boot.get(13) & 0xFF;
        int reserved = boot.getShort(14) & 0xFFFF;
        fatCopies = boot.get(16) & 0xFF;
        rootEntries = boot.getShort(17) & 0xFFFF;
        long totalSectors = (boot.getShort(19) & 0xFFFF) != 0 ? boot.getShort(19) & 0xFFFF : boot.getInt(32) & 0xFFFF_FFFFL;
        long fatSectors = (boot.getShort(22) & 0xFFFF) != 0 ? boot.getShort(22) & 0xFFFF : boot.getInt(36) & 0xFFFF_FFFFL;
        if (sectorSize < 512 || Integer.bitCount(sectorSize) != 1 || Integer.bitCount(sectorsPerCluster) != 1
                || reserved == 0 || fatCopies == 0 || fatSectors == 0) {
            throw new ImageFormatException("the FAT boot sector is damaged");
        }
        clusterSize = sectorSize * sectorsPerCluster;
        fatOffset = (long) reserved * sectorSize;
        fatBytes = fatSectors * sectorSize;
        rootStart = fatOffset + fatCopies * fatBytes;
        dataStart = rootStart + (rootEntries * 32L + sectorSize - 1) / sectorSize * sectorSize;
        clusterCount = (int) ((totalSectors * sectorSize - dataStart) / clusterSize);
        if (volumeStart + totalSectors * sectorSize > overlay.size()) {
            throw new ImageFormatException("the image is truncated: the FAT volume needs "
                    + (totalSectors * sectorSize) + " bytes");
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
        int hint = 2;
        if (type == ImageFormat.FAT32) {
            int infoSector = boot.getShort(48) & 0xFFFF;
            fsInfo = infoSector == 0 || infoSector == 0xFFFF ? -1 : (long) infoSector * sectorSize;
            if (fsInfo > 0) {
                int next = ByteBuffer.wrap(overlay.read(volumeStart + fsInfo + 492, 4)).order(ByteOrder.LITTLE_ENDIAN).getInt();
                hint = next >= 2 && next < clusterCount + 2 ? next : 2;
            }
        } else {
            fsInfo = -1;
        }
        nextFree = hint;
        buffer = new byte[clusterSize];
        root = new FatNode(nextId++, true);
        root.name = "";
        root.attributes = ATTR_DIRECTORY;
        items.put(root.id, root);
        if (type == ImageFormat.FAT32) {
            int rootCluster = boot.getInt(44);
            follow(root, rootCluster, new BitSet());
        }
        BitSet seen = new BitSet();
        for (int i = 0; i < root.clusterCount; i++) {
            seen.set(root.clusters[i]);
        }
        load(root, seen, 0);
    }

    /** Opens the FAT volume at {@code volumeStart} of the overlay's image. */
    public static FatModule open(BlockOverlay overlay, ImageFormat type, long volumeStart, AllocationPolicy policy)
            throws IOException {
        if (type != ImageFormat.FAT12 && type != ImageFormat.FAT16 && type != ImageFormat.FAT32) {
            throw new IllegalArgumentException(type + " is not FAT");
        }
        return new FatModule(overlay, type, volumeStart, policy);
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

    private void follow(FatNode node, int first, BitSet seen) throws ImageFormatException {
        for (int c = first; c >= 2 && c < clusterCount + 2; c = fat[c]) {
            if (seen.get(c)) {
                throw new ImageFormatException("the cluster chain of " + node.path() + " meets cluster " + c
                        + " twice; run fsck.fat before simulating on this image");
            }
            seen.set(c);
            node.append(c);
            if (fat[c] >= (endOfChain & ~7)) {
                return;
            }
        }
        if (node.clusterCount > 0 || first != 0) {
            throw new ImageFormatException("the cluster chain of " + node.path() + " is broken"
                    + "; run fsck.fat before simulating on this image");
        }
    }

    private void load(FatNode directory, BitSet seen, int depth) throws IOException {
        if (depth > 256) {
            throw new ImageFormatException("directories nest deeper than 256 levels at " + directory.path());
        }
        long[] slots = slots(directory);
        byte[] bytes = readSlots(slots);
        List<Long> longEntries = new ArrayList<>();
        StringBuilder longName = new StringBuilder();
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
                if ((first & 0x40) != 0) {
                    longEntries.clear();
                    longName.setLength(0);
                }
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
            boolean longValid = !longEntries.isEmpty() && checksum(shortName) == (bytes[at - 32 + 13] & 0xFF);
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
            node.modifyTime = fromFatTime(entry.getShort(at + 24) & 0xFFFF, entry.getShort(at + 22) & 0xFFFF);
            follow(node, firstCluster, seen);
            items.put(node.id, node);
            directory.children.put(FatNode.key(node.name), node);
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

    /** The device offsets of every 32-byte slot of a directory. */
    private long[] slots(FatNode directory) {
        if (directory == root && type != ImageFormat.FAT32) {
            long[] slots = new long[rootEntries];
            for (int i = 0; i < slots.length; i++) {
                slots[i] = rootStart + i * 32L;
            }
            return slots;
        }
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

    private byte[] readSlots(long[] slots) throws IOException {
        byte[] bytes = new byte[slots.length * 32];
        int done = 0;
        while (done < slots.length) {
            int run = 1;
            while (done + run < slots.length && slots[done + run] == slots[done] + run * 32L) {
                run++;
            }
            overlay.read(volumeStart + slots[done], bytes, done * 32, run * 32);
            done += run;
        }
        return bytes;
    }

    // ---- the FAT ----

    private long clusterOffset(int cluster) {
        return dataStart + (long) (cluster - 2) * clusterSize;
    }

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

    /** Takes up to {@code count} free clusters, following the policy; fewer when the volume is full. */
    private int[] takeClusters(int count, boolean contiguous) {
        int wanted = Math.min(count, freeClusters);
        int[] taken = new int[wanted];
        if (wanted == 0) {
            return taken;
        }
        int start = policy == AllocationPolicy.FIRST_FIT ? 2 : nextFree;
        if (contiguous) {
            int run = findRun(wanted, start);
            if (run > 0) {
                for (int i = 0; i < wanted; i++) {
                    taken[i] = run + i;
                }
                markTaken(taken);
                return taken;
            }
        }
        int found = 0;
        int c = start;
        for (int scanned = 0; found < wanted && scanned < clusterCount; scanned++) {
            if (fat[c] == 0) {
                taken[found++] = c;
            }
            c = c + 1 >= clusterCount + 2 ? 2 : c + 1;
        }
        markTaken(taken);
        return taken;
    }

    private int findRun(int length, int from) {
        for (int pass = 0; pass < 2; pass++) {
            int low = pass == 0 ? from : 2;
            int high = pass == 0 ? clusterCount + 2 : from;
            int run = 0;
            for (int c = low; c < high; c++) {
                run = fat[c] == 0 ? run + 1 : 0;
                if (run == length) {
                    return c - length + 1;
                }
            }
        }
        return -1;
    }

    private void markTaken(int[] taken) {
        for (int c : taken) {
            fat[c] = endOfChain;
        }
        freeClusters -= taken.length;
        if (taken.length > 0) {
            int last = taken[taken.length - 1];
            nextFree = last + 1 >= clusterCount + 2 ? 2 : last + 1;
            freeSequence++;
        }
    }

    /** Appends {@code added} to the node's chain and writes the FAT (and the entry when the chain was empty). */
    private void link(FatNode node, int[] added) {
        if (added.length == 0) {
            return;
        }
        for (int i = 0; i < added.length; i++) {
            setFat(added[i], i + 1 < added.length ? added[i + 1] : endOfChain);
        }
        if (node.clusterCount > 0) {
            setFat(node.lastCluster(), added[0]);
        }
        for (int c : added) {
            node.append(c);
        }
        writeFsInfo();
    }

    /** Keeps the first {@code keep} clusters of the chain and frees the rest. */
    private void cut(FatNode node, int keep) {
        if (keep >= node.clusterCount) {
            return;
        }
        if (keep > 0) {
            setFat(node.clusters[keep - 1], endOfChain);
        }
        for (int i = keep; i < node.clusterCount; i++) {
            setFat(node.clusters[i], 0);
        }
        freeClusters += node.clusterCount - keep;
        freeSequence++;
        node.clusterCount = keep;
        writeFsInfo();
    }

    private void writeFsInfo() {
        if (fsInfo < 0) {
            return;
        }
        ByteBuffer values = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putInt(freeClusters).putInt(nextFree);
        write(fsInfo + 488, values.array());
    }

    private void write(long deviceOffset, byte[] bytes) {
        writeDevice(deviceOffset, bytes);
    }

    private void zero(long deviceOffset, long length) {
        zeroDevice(deviceOffset, length);
    }

    private long allocated(FatNode node) {
        return (long) node.clusterCount * clusterSize;
    }

    private int clustersFor(long bytes) {
        return (int) ((bytes + clusterSize - 1) / clusterSize);
    }

    /** Zeroes file bytes [from, to) that lie in allocated clusters. */
    private void zeroFileRange(FatNode node, long from, long to) {
        long end = Math.min(to, allocated(node));
        for (long at = from; at < end;) {
            int index = (int) (at / clusterSize);
            long within = at % clusterSize;
            long chunk = Math.min(clusterSize - within, end - at);
            zero(clusterOffset(node.clusters[index]) + within, chunk);
            at += chunk;
        }
    }

    // ---- directory entries ----

    private static int checksum(byte[] shortName) {
        int sum = 0;
        for (int i = 0; i < 11; i++) {
            sum = (((sum & 1) << 7) + (sum >>> 1) + (shortName[i] & 0xFF)) & 0xFF;
        }
        return sum;
    }

    private static boolean validName(String name) {
        if (name.isEmpty() || name.equals(".") || name.equals("..") || name.endsWith(".") || name.endsWith(" ")) {
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

    /** Finds {@code count} consecutive free slots, growing the directory by a zeroed cluster if needed. */
    private long[] freeSlots(FatNode directory, int count) throws IOException {
        for (int attempt = 0; attempt < 2; attempt++) {
            long[] slots = slots(directory);
            byte[] bytes = readSlots(slots);
            int run = 0;
            for (int i = 0; i < slots.length; i++) {
                int first = bytes[i * 32] & 0xFF;
                boolean contiguous = run == 0 || slots[i] == slots[i - 1] + 32;
                run = first == 0 || first == 0xE5 ? (contiguous ? run + 1 : 1) : 0;
                if (run == count) {
                    return Arrays.copyOfRange(slots, i - count + 1, i + 1);
                }
            }
            if (directory == root && type != ImageFormat.FAT32) {
                return null;
            }
            int grow = clustersFor(count * 32L);
            int[] added = takeClusters(grow, false);
            if (added.length < grow) {
                undoTake(added);
                return null;
            }
            for (int c : added) {
                zero(clusterOffset(c), clusterSize);
            }
            link(directory, added);
        }
        return null;
    }

    private void undoTake(int[] taken) {
        for (int c : taken) {
            fat[c] = 0;
        }
        freeClusters += taken.length;
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
            write(slots[i], entry);
        }
        node.entries = slots;
        writeShortEntry(node);
    }

    private void writeShortEntry(FatNode node) {
        ByteBuffer entry = ByteBuffer.allocate(32).order(ByteOrder.LITTLE_ENDIAN);
        entry.put(node.shortName);
        entry.put(11, (byte) node.attributes);
        int[] stamp = toFatTime(node.modifyTime);
        entry.putShort(14, (short) stamp[1]).putShort(16, (short) stamp[0]).putShort(18, (short) stamp[0]);
        int first = node.firstCluster();
        entry.putShort(20, (short) (type == ImageFormat.FAT32 ? first >>> 16 : 0));
        entry.putShort(22, (short) stamp[1]).putShort(24, (short) stamp[0]);
        entry.putShort(26, (short) first);
        entry.putInt(28, node.directory ? 0 : (int) node.size);
        write(node.entries[node.entries.length - 1], entry.array());
    }

    private void deleteEntrySet(FatNode node) {
        for (long slot : node.entries) {
            write(slot, new byte[] { (byte) 0xE5 });
        }
    }

    private static int[] toFatTime(long seconds) {
        LocalDateTime t = LocalDateTime.ofEpochSecond(Math.max(seconds, 315_532_800L), 0, ZoneOffset.UTC);
        int year = Math.min(Math.max(t.getYear(), 1980), 2107);
        int date = (year - 1980) << 9 | t.getMonthValue() << 5 | t.getDayOfMonth();
        int time = t.getHour() << 11 | t.getMinute() << 5 | t.getSecond() / 2;
        return new int[] { date, time };
    }

    private static long fromFatTime(int date, int time) {
        if (date == 0) {
            return 315_532_800L;
        }
        try {
            return LocalDateTime.of(1980 + (date >>> 9), Math.max(1, date >>> 5 & 0xF), Math.max(1, date & 0x1F),
                    Math.min(23, time >>> 11), Math.min(59, time >>> 5 & 0x3F), Math.min(58, (time & 0x1F) * 2))
                    .toEpochSecond(ZoneOffset.UTC);
        } catch (java.time.DateTimeException e) {
            return 315_532_800L;
        }
    }

    /** Creates the entry set for a new item; null when the directory is full. */
    private Errno addEntry(FatNode node, String name, FatNode directory) throws IOException {
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
        directory.children.put(FatNode.key(name), node);
        return null;
    }

    // ---- the module's identity ----

    @Override
    public String formatName() {
        return type.name();
    }

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
    public long physicalOffset(VolumeItem item, long logical) {
        FatNode node = node(item);
        if (node == null || logical < 0 || logical >= allocated(node)) {
            return -1;
        }
        return clusterOffset(node.clusters[(int) (logical / clusterSize)]) + logical % clusterSize;
    }

    private FatNode node(VolumeItem item) {
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
        return new FileAttributes(node.id, node.directory, node.directory ? allocated(node) : node.memorySize,
                allocated(node), node.modifyTime, node.inhibit);
    }

    @Override
    public long freeBytes() {
        return (long) freeClusters * clusterSize;
    }

    // ---- kernel-offloaded I/O ----

    /** Packs the chain from the cluster holding {@code from} to the end of the allocation, until the packer is full. */
    private void pack(FatNode node, long from, ExtentPacker packer) {
        long maxExtent = ExtentPacker.MAX_EXTENT_LENGTH / sectorSize * sectorSize;
        int index = (int) (from / clusterSize);
        while (index < node.clusterCount) {
            int run = 1;
            while (index + run < node.clusterCount && node.clusters[index + run] == node.clusters[index] + run) {
                run++;
            }
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

    @Override
    public Replies.Blockmap blockmapFile(VolumeItem item, long offset, long length, int flags, long operationId,
            ExtentPacker packer) {
        FatNode node = node(item);
        if (node == null) {
            return new Replies.Blockmap(Errno.ENOENT, freeSpace());
        }
        if (node.directory) {
            return new Replies.Blockmap(Errno.EISDIR, freeSpace());
        }
        if (length == 0) {
            return new Replies.Blockmap(null, freeSpace());
        }
        boolean write = (flags & Flags.WRITE) != 0;
        boolean read = (flags & Flags.READ) != 0;
        if (!read && !write && operationId != 0) {
            return new Replies.Blockmap(Errno.EINVAL, freeSpace());
        }
        if (offset < 0 || length < 0 || offset + length > MAX_FILE_SIZE + 1) {
            return new Replies.Blockmap(Errno.EFBIG, freeSpace());
        }
        if (!write) {
            if (offset >= allocated(node)) {
                return new Replies.Blockmap(Errno.EINVAL, freeSpace());
            }
            if (operationId != 0) {
                begin(operationId, false, node.memorySize, node.clusterCount);
            }
            pack(node, offset, packer);
            return new Replies.Blockmap(null, freeSpace());
        }
        long end = offset + length;
        int before = node.clusterCount;
        if (end > allocated(node)) {
            int[] added = takeClusters(clustersFor(end) - node.clusterCount, false);
            if ((before + (long) added.length) * clusterSize <= offset) {
                undoTake(added);
                freeSequence++;
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
                long end = Math.min(offset + length, allocated(node));
                node.size = Math.max(node.size, end);
                node.memorySize = Math.max(node.memorySize, node.size);
                node.modifyTime = now();
                writeShortEntry(node);
            } else if (operation != null && operation.grew && !writesInFlight()) {
                node.memorySize = Math.max(operation.originalSize, node.size);
                cut(node, Math.max((int) operation.originalAllocation, clustersFor(node.memorySize)));
            }
        }
        return new Replies.Complete(null, attributes(node));
    }

    @Override
    public Replies.Create createFile(String name, VolumeItem directory, FileAttributes attributes,
            ExtentPacker packer) {
        FatNode parent = node(directory);
        if (parent == null || !parent.directory) {
            return new Replies.Create(parent == null ? Errno.ENOENT : Errno.ENOTDIR, null, name, null, null, freeSpace());
        }
        Errno invalid = checkNewName(name, parent);
        if (invalid != null) {
            return new Replies.Create(invalid, null, name, null, attributes(parent), freeSpace());
        }
        long size = attributes == null ? 0 : attributes.size();
        if (size > MAX_FILE_SIZE) {
            return new Replies.Create(Errno.EFBIG, null, name, null, attributes(parent), freeSpace());
        }
        FatNode node = new FatNode(nextId, false);
        node.attributes = ATTR_ARCHIVE;
        node.modifyTime = now();
        int needed = clustersFor(size);
        int[] added = takeClusters(needed, false);
        if (added.length < needed) {
            undoTake(added);
            return new Replies.Create(Errno.ENOSPC, null, name, null, attributes(parent), freeSpace());
        }
        link(node, added);
        zeroFileRange(node, 0, size);
        node.size = size;
        node.memorySize = size;
        try {
            Errno full = addEntry(node, name, parent);
            if (full != null) {
                cut(node, 0);
                return new Replies.Create(full, null, name, null, attributes(parent), freeSpace());
            }
        } catch (IOException e) {
            cut(node, 0);
            return new Replies.Create(Errno.EIO, null, name, null, attributes(parent), freeSpace());
        }
        nextId++;
        items.put(node.id, node);
        parent.modifyTime = node.modifyTime;
        if (size > 0 && packer != null) {
            pack(node, 0, packer);
        }
        return new Replies.Create(null, node, name, attributes(node), attributes(parent), freeSpace());
    }

    private Errno checkNewName(String name, FatNode parent) {
        if (!validName(name)) {
            return Errno.EINVAL;
        }
        if (name.length() > 255) {
            return Errno.ENAMETOOLONG;
        }
        return parent.children.containsKey(FatNode.key(name)) ? Errno.EEXIST : null;
    }

    @Override
    public Replies.Lookup lookupItem(String name, VolumeItem directory, ExtentPacker packer) {
        FatNode parent = node(directory);
        if (parent == null || !parent.directory) {
            return new Replies.Lookup(parent == null ? Errno.ENOENT : Errno.ENOTDIR, null, name, null);
        }
        FatNode found = parent.children.get(FatNode.key(name));
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
        if (node == null || node.directory) {
            return new Replies.Preallocate(node == null ? Errno.ENOENT : Errno.EISDIR, 0, attributes(item), freeSpace());
        }
        if (length <= 0) {
            return new Replies.Preallocate(Errno.EINVAL, 0, attributes(node), freeSpace());
        }
        if (allocated(node) + length > MAX_FILE_SIZE + 1) {
            return new Replies.Preallocate(Errno.EFBIG, 0, attributes(node), freeSpace());
        }
        int wanted = clustersFor(length);
        boolean all = (flags & Flags.ALL) != 0;
        if (all && wanted > freeClusters) {
            return new Replies.Preallocate(Errno.ENOSPC, 0, attributes(node), freeSpace());
        }
        int[] added = takeClusters(wanted, (flags & Flags.CONTIGUOUS) != 0);
        if (added.length == 0) {
            return new Replies.Preallocate(Errno.ENOSPC, 0, attributes(node), freeSpace());
        }
        long from = allocated(node);
        link(node, added);
        if (packer != null) {
            pack(node, from, packer);
        }
        return new Replies.Preallocate(null, (long) added.length * clusterSize, attributes(node), freeSpace());
    }

    // ---- the read/write path ----

    @Override
    public Replies.Io read(VolumeItem item, long offset, byte[] into, int length) {
        FatNode node = node(item);
        if (node == null || node.directory) {
            return new Replies.Io(node == null ? Errno.ENOENT : Errno.EISDIR, 0, attributes(item));
        }
        counters.calls++;
        int count = (int) Math.max(0, Math.min(length, node.size - offset));
        try {
            for (int done = 0; done < count;) {
                long at = offset + done;
                int within = (int) (at % clusterSize);
                int chunk = Math.min(clusterSize - within, count - done);
                overlay.read(volumeStart + clusterOffset(node.clusters[(int) (at / clusterSize)]) + within, buffer, 0, chunk);
                System.arraycopy(buffer, 0, into, done, chunk);
                countCopy(chunk);
                done += chunk;
            }
        } catch (IOException e) {
            return new Replies.Io(Errno.EIO, 0, attributes(node));
        }
        return new Replies.Io(null, count, attributes(node));
    }

    @Override
    public Replies.Io write(VolumeItem item, long offset, byte[] from, int length) {
        FatNode node = node(item);
        if (node == null || node.directory) {
            return new Replies.Io(node == null ? Errno.ENOENT : Errno.EISDIR, 0, attributes(item));
        }
        counters.calls++;
        long end = offset + length;
        if (end > MAX_FILE_SIZE) {
            return new Replies.Io(Errno.EFBIG, 0, attributes(node));
        }
        if (end > allocated(node)) {
            int needed = clustersFor(end) - node.clusterCount;
            int[] added = takeClusters(needed, false);
            if (added.length < needed) {
                undoTake(added);
                freeSequence++;
                return new Replies.Io(Errno.ENOSPC, 0, attributes(node));
            }
            link(node, added);
        }
        if (offset > node.size) {
            zeroFileRange(node, node.size, offset);
        }
        try {
            for (int done = 0; done < length;) {
                long at = offset + done;
                int within = (int) (at % clusterSize);
                int chunk = Math.min(clusterSize - within, length - done);
                System.arraycopy(from, done, buffer, 0, chunk);
                overlay.write(volumeStart + clusterOffset(node.clusters[(int) (at / clusterSize)]) + within, buffer, 0, chunk);
                countCopy(chunk);
                done += chunk;
            }
        } catch (IOException e) {
            return new Replies.Io(Errno.EIO, 0, attributes(node));
        }
        node.size = Math.max(node.size, end);
        node.memorySize = Math.max(node.memorySize, node.size);
        node.modifyTime = now();
        writeShortEntry(node);
        return new Replies.Io(null, length, attributes(node));
    }

    // ---- namespace and attributes ----

    @Override
    public Replies.Lookup createDirectory(String name, VolumeItem directory) {
        FatNode parent = node(directory);
        if (parent == null || !parent.directory) {
            return new Replies.Lookup(parent == null ? Errno.ENOENT : Errno.ENOTDIR, null, name, null);
        }
        Errno invalid = checkNewName(name, parent);
        if (invalid != null) {
            return new Replies.Lookup(invalid, null, name, null);
        }
        int[] cluster = takeClusters(1, false);
        if (cluster.length == 0) {
            return new Replies.Lookup(Errno.ENOSPC, null, name, null);
        }
        FatNode node = new FatNode(nextId, true);
        node.attributes = ATTR_DIRECTORY;
        node.modifyTime = now();
        zero(clusterOffset(cluster[0]), clusterSize);
        link(node, cluster);
        try {
            Errno full = addEntry(node, name, parent);
            if (full != null) {
                cut(node, 0);
                return new Replies.Lookup(full, null, name, null);
            }
        } catch (IOException e) {
            cut(node, 0);
            return new Replies.Lookup(Errno.EIO, null, name, null);
        }
        nextId++;
        items.put(node.id, node);
        writeDotEntries(node);
        return new Replies.Lookup(null, node, name, attributes(node));
    }

    private void writeDotEntries(FatNode directory) {
        long base = clusterOffset(directory.clusters[0]);
        int[] stamp = toFatTime(directory.modifyTime);
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
            write(base + i * 32L, entry.array());
        }
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
        deleteEntrySet(node);
        cut(node, 0);
        parent.children.remove(FatNode.key(node.name));
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
        if (!validName(toName)) {
            return new Replies.Done(Errno.EINVAL, attributes(node));
        }
        FatNode existing = to.children.get(FatNode.key(toName));
        if (existing != null && existing != node) {
            return new Replies.Done(Errno.EEXIST, attributes(node));
        }
        long[] oldEntries = node.entries;
        String oldName = node.name;
        byte[] oldShort = node.shortName;
        from.children.remove(FatNode.key(oldName));
        try {
            Errno full = addEntry(node, toName, to);
            if (full != null) {
                node.name = oldName;
                node.shortName = oldShort;
                node.entries = oldEntries;
                node.parent = from;
                from.children.put(FatNode.key(oldName), node);
                return new Replies.Done(full, attributes(node));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (long slot : oldEntries) {
            write(slot, new byte[] { (byte) 0xE5 });
        }
        if (node.directory && from != to) {
            writeDotEntries(node);
        }
        return new Replies.Done(null, attributes(node));
    }

    @Override
    public Replies.Done setSize(VolumeItem item, long size) {
        FatNode node = node(item);
        if (node == null || node.directory) {
            return new Replies.Done(node == null ? Errno.ENOENT : Errno.EISDIR, attributes(item));
        }
        if (size < 0 || size > MAX_FILE_SIZE) {
            return new Replies.Done(size < 0 ? Errno.EINVAL : Errno.EFBIG, attributes(node));
        }
        long old = node.memorySize;
        if (size > allocated(node)) {
            int needed = clustersFor(size) - node.clusterCount;
            int[] added = takeClusters(needed, false);
            if (added.length < needed) {
                undoTake(added);
                freeSequence++;
                return new Replies.Done(Errno.ENOSPC, attributes(node));
            }
            link(node, added);
        }
        if (size > old) {
            zeroFileRange(node, old, size);
        } else {
            cut(node, clustersFor(size));
        }
        node.size = size;
        node.memorySize = size;
        node.modifyTime = now();
        writeShortEntry(node);
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
        if (node == null || node.directory) {
            return;
        }
        if (writesInFlight()) {
            return;
        }
        node.memorySize = node.size;
        cut(node, clustersFor(node.size));
    }

    @Override
    public void synchronize() {
        writeFsInfo();
    }

    @Override
    public List<long[]> currentMapping(VolumeItem item) {
        FatNode node = node(item);
        List<long[]> runs = new ArrayList<>();
        if (node == null) {
            return runs;
        }
        for (int index = 0; index < node.clusterCount;) {
            int run = 1;
            while (index + run < node.clusterCount && node.clusters[index + run] == node.clusters[index] + run) {
                run++;
            }
            runs.add(new long[] { (long) index * clusterSize, clusterOffset(node.clusters[index]), (long) run * clusterSize });
            index += run;
        }
        return runs;
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
                if (counted != freeClusters) {
                    problems.add("FSInfo counts " + counted + " free clusters, the FAT " + freeClusters);
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
