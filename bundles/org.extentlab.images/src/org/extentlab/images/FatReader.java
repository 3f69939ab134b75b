package org.extentlab.images;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.LongUnaryOperator;

import org.eclipse.core.runtime.IProgressMonitor;
import org.extentlab.model.bulk.ExtentRuns;
import org.extentlab.model.bulk.ExtentType;

/**
 * Reads a FAT12, FAT16 or FAT32 volume: the BIOS parameter block, the first file allocation table,
 * FSInfo, the directory tree with long file names, and every file's cluster chain as extents. Free
 * space is counted in clusters, as the FAT says it.
 */
final class FatReader {
    private static final int ATTR_VOLUME_ID = 0x08;
    private static final int ATTR_DIRECTORY = 0x10;
    private static final int ATTR_LONG_NAME = 0x0F;
    private static final int MAX_DIRECTORY_DEPTH = 1024;

    private final ImageSource source;
    /** Progress by file; its cancellation stops the walk. */
    private final WalkProgress progress;
    private final ImageFormat type;
    private final List<String> problems = new ArrayList<>();
    private final List<VolumeEntry> entries = new ArrayList<>();
    private int bytesPerSector;
    private long clusterSize;
    private long clusterCount;
    private ClusterHeap heap;
    private int[] fat;
    private long endOfChain;
    private long bad;
    private final BitSet owned = new BitSet();
    private final BitSet visitedDirectories = new BitSet();
    /** Clusters that more than one chain holds. */
    private final BitSet crossLinked = new BitSet();
    /** Damage of files already read that a later entry shows (a duplicate short name), by path. */
    private final java.util.Map<String, String> laterDamage = new java.util.HashMap<>();
    /** Folders found damaged (their "." or "..", size, name or long names), by path, and why. */
    private final java.util.Map<String, String> folderDamage = new java.util.HashMap<>();
    /** Each file's clusters, while cross-links are looked for. */
    private final java.util.Map<String, int[]> chains = new java.util.HashMap<>();

    private FatReader(ImageSource source, ImageFormat type, IProgressMonitor monitor) {
        this.source = source;
        this.type = type;
        this.progress = new WalkProgress(monitor);
    }

    static LoadedVolume read(ImageSource source, ImageFormat type, IProgressMonitor monitor) throws IOException {
        return new FatReader(source, type, monitor).read();
    }

    private LoadedVolume read() throws IOException {
        ByteBuffer boot = source.read(0, 512);
        FatBootSector bpb = FatBootSector.parse(boot);
        bytesPerSector = bpb.sectorSize();
        int fatCount = bpb.fatCount();
        clusterSize = bpb.clusterSize();
        long rootDirSectors = bpb.rootBytes() / bytesPerSector;
        long rootStart = bpb.rootStart();
        long dataStart = bpb.dataStart();
        heap = new ClusterHeap(source, dataStart, clusterSize);
        clusterCount = bpb.clusterCount();
        if (bpb.totalBytes() > source.length()) {
            throw new ImageFormatException("the image is truncated: its boot sector describes "
                    + ByteSizes.describe(bpb.totalBytes()) + " but the image holds "
                    + ByteSizes.describe(source.length()));
        }
        int neededFatBytes = readFat(bpb.fatOffset(), bpb.fatBytes());
        FatChecks.dirty(type, boot, fat, problems);
        FatChecks.copiesDiffer(source, bpb.fatOffset(), bpb.fatBytes(), fatCount,
                neededFatBytes, type, problems);
        FreeRuns free = new FreeRuns();
        long freeClusters = 0;
        for (int c = 2; c < clusterCount + 2; c++) {
            if (fat[c] == 0) {
                freeClusters++;
                free.add(heap.offset(c), clusterSize);
            }
        }
        List<VolumeFile> files = new ArrayList<>();
        progress.expect(clusterCount);
        entries.add(new VolumeEntry("/", 0, ItemAttributes.fromFatBits(true, false, 0, 0, 0), ""));
        String[] label = { type == ImageFormat.FAT32 ? ascii(boot, 71, 11) : ascii(boot, 43, 11) };
        if (type == ImageFormat.FAT32) {
            long rootCluster = bpb.rootCluster();
            FatChecks.backupBootSector(source, boot, bpb.backupBootSector(), bytesPerSector, problems);
            FatChecks.fsInfo(source, bpb.fsInfoSector(), bytesPerSector, freeClusters, problems);
            ClusterChain root = ClusterChain.follow(fat, rootCluster, endOfChain, bad, clusterCount);
            if (!root.damage().isEmpty()) {
                problems.add("root directory: " + root.damage());
            }
            for (int c : root.clusters()) {
                owned.set(c);
            }
            walk(heap.read(root.clusters(), Long.MAX_VALUE), heap.locator(root.clusters()), "", files, 0, label, 0, 0);
        } else {
            long rootPhysical = source.base() + rootStart;
            walk(source.read(rootStart, (int) (rootDirSectors * bytesPerSector)).array(), at -> rootPhysical + at, "",
                    files, 0, label, 0, 0);
        }
        FatChecks.lostClusters(fat, clusterCount, bad, owned, problems);
        if (!crossLinked.isEmpty() || !laterDamage.isEmpty()) {
            files.replaceAll(this::damagedLater);
        }
        entries.replaceAll(e -> folderDamage.containsKey(e.path()) ? e.damaged(folderDamage.get(e.path())) : e);
        files.sort(Comparator.comparing(VolumeFile::path));
        entries.sort(Comparator.comparing(VolumeEntry::path));
        String name = label[0].strip();
        return new LoadedVolume(type, source.fileSize(), source.base(), clusterSize, clusterCount, freeClusters,
                free.toArray(), name.equals("NO NAME") ? "" : name,
                LoadedVolume.serial(boot.getInt(type == ImageFormat.FAT32 ? 67 : 39)), bytesPerSector, List.of(), files, entries, problems);
    }

    /** Reads the first FAT; returns how many of its bytes the volume's clusters use. */
    private int readFat(long offset, long bytes) throws IOException {
        int entries = (int) (clusterCount + 2);
        long needed = switch (type) {
        case FAT12 -> (entries * 3L + 1) / 2;
        case FAT16 -> entries * 2L;
        default -> entries * 4L;
        };
        if (needed > bytes) {
            throw new ImageFormatException("the FAT is too small for " + clusterCount + " clusters");
        }
        ByteBuffer table = source.read(offset, (int) needed);
        fat = new int[entries];
        for (int c = 0; c < entries; c++) {
            fat[c] = switch (type) {
            case FAT12 -> {
                int pair = (table.get(c * 3 / 2) & 0xFF) | (table.get(c * 3 / 2 + 1 < needed ? c * 3 / 2 + 1 : c * 3 / 2) & 0xFF) << 8;
                yield (c & 1) == 0 ? pair & 0xFFF : pair >>> 4;
            }
            case FAT16 -> table.getShort(c * 2) & 0xFFFF;
            default -> table.getInt(c * 4) & 0x0FFF_FFFF;
            };
        }
        endOfChain = switch (type) {
        case FAT12 -> 0xFF8;
        case FAT16 -> 0xFFF8;
        default -> 0x0FFF_FFF8;
        };
        bad = endOfChain - 1;
        return (int) needed;
    }

    /**
     * Reads the entries of {@code directory}, whose byte {@code i} stands at {@code where.applyAsLong(i)}
     * in the image (an entry's position is the id of the file it describes). {@code self} is the
     * directory's first cluster and {@code parent} its parent's (0 for the root and for a parent that
     * is the root), which its "." and ".." entries must name. Checks each entry as fsck.fat does: the
     * "." and ".." slots, long-name chains, duplicate short names, sizes against cluster chains.
     */
    private void walk(byte[] directory, LongUnaryOperator where, String path, List<VolumeFile> files, int depth,
            String[] label, long self, long parent) throws IOException {
        ByteBuffer entries = ByteBuffer.wrap(directory).order(ByteOrder.LITTLE_ENDIAN);
        String shown = path.isEmpty() ? "/" : path;
        LongNames longNames = new LongNames(shown);
        java.util.Map<String, String> shortNames = new java.util.HashMap<>();
        boolean root = path.isEmpty();
        for (int at = 0; at + 32 <= directory.length; at += 32) {
            int first = directory[at] & 0xFF;
            int slot = at / 32;
            if (first == 0) {
                if (!root && slot < 2) {
                    problems.add(shown + ": expected a valid '" + (slot == 0 ? "." : "..") + "' entry in slot " + (slot + 1));
                    folderDamage.putIfAbsent(shown, "its '" + (slot == 0 ? "." : "..") + "' entry is missing");
                }
                break;
            }
            int attributes = directory[at + 11] & 0xFF;
            if (first == 0xE5) {
                longNames.interrupted();
                continue;
            }
            if ((attributes & 0x3F) == ATTR_LONG_NAME) {
                longNames.part(directory, entries, at);
                continue;
            }
            if ((attributes & ATTR_VOLUME_ID) != 0) {
                if (depth == 0) {
                    label[0] = new String(directory, at, 11, StandardCharsets.ISO_8859_1);
                }
                longNames.interrupted();
                continue;
            }
            String name = shortName(directory, at);
            String longName = longNames.end(shortNameChecksum(directory, at), name);
            if (longName != null) {
                name = longName;
            }
            long cluster = (entries.getShort(at + 26) & 0xFFFF)
                    | (type == ImageFormat.FAT32 ? (long) (entries.getShort(at + 20) & 0xFFFF) << 16 : 0);
            if (!root && slot < 2) {
                String dots = slot == 0 ? "." : "..";
                if (!name.equals(dots) || cluster != (slot == 0 ? self : parent)) {
                    problems.add(shown + ": invalid '" + dots + "' entry in slot " + (slot + 1) + " (fsck.fat fixes it)");
                    folderDamage.putIfAbsent(shown, "its '" + dots + "' entry is invalid");
                }
                if (name.equals(dots)) {
                    continue;
                }
            }
            if (name.equals(".") || name.equals("..")) {
                problems.add(shown + ": a '" + name + "' entry in slot " + (slot + 1) + ", where it does not belong");
                continue;
            }
            String raw = new String(directory, at, 11, StandardCharsets.ISO_8859_1);
            long size = entries.getInt(at + 28) & 0xFFFF_FFFFL;
            String childPath = path + "/" + name;
            String nameDamage = longNames.damaged() ? "its long file name is damaged" : "";
            String twin = shortNames.putIfAbsent(raw, childPath);
            if (twin != null) {
                problems.add(childPath + ": duplicate directory entry (the short name " + shortName(directory, at)
                        + " appears twice in " + shown + ")");
                nameDamage = "its short name " + shortName(directory, at) + " appears twice in " + shown;
                laterDamage.putIfAbsent(twin, nameDamage);
                folderDamage.putIfAbsent(shown, "two of its entries have the short name " + shortName(directory, at));
            }
            progress.tick();
            ItemAttributes itemAttributes = ItemAttributes.fromFatBits((attributes & ATTR_DIRECTORY) != 0,
                    (attributes & 0x01) != 0, ItemAttributes.dosTime(u16(entries, at + 18), 0),
                    ItemAttributes.dosTime(u16(entries, at + 24), u16(entries, at + 22)),
                    ItemAttributes.dosTime(u16(entries, at + 16), u16(entries, at + 14)));
            ClusterChain chain = cluster == 0 ? new ClusterChain(new int[0], "")
                    : ClusterChain.follow(fat, cluster, endOfChain, bad, clusterCount);
            String damage = chain.damage();
            for (int c : chain.clusters()) {
                if (owned.get(c)) {
                    damage = damage.isEmpty() ? "cluster " + c + " belongs to another file too (cross-linked)" : damage;
                    crossLinked.set(c);
                }
                owned.set(c);
            }
            if ((attributes & ATTR_DIRECTORY) != 0) {
                this.entries.add(new VolumeEntry(childPath, where.applyAsLong(at), itemAttributes, ""));
                if (!damage.isEmpty()) {
                    problems.add("directory " + childPath + ": " + damage);
                }
                if (size != 0) {
                    problems.add("directory " + childPath + ": directory has non-zero size (" + size + " bytes)");
                    damage = damage.isEmpty() ? "its entry gives it a size of " + size + " bytes" : damage;
                }
                damage = damage.isEmpty() ? nameDamage : damage;
                if (!damage.isEmpty()) {
                    folderDamage.putIfAbsent(childPath, damage);
                }
                if (chain.clusters().length > 0 && !visitedDirectories.get(chain.clusters()[0])
                        && depth < MAX_DIRECTORY_DEPTH) {
                    visitedDirectories.set(chain.clusters()[0]);
                    walk(heap.read(chain.clusters(), Long.MAX_VALUE), heap.locator(chain.clusters()), childPath, files,
                            depth + 1, label, cluster, root ? 0 : self);
                } else if (chain.clusters().length > 0) {
                    problems.add("directory " + childPath + " appears twice in the tree (a loop)");
                }
                continue;
            }
            long chainBytes = (long) chain.clusters().length * clusterSize;
            if (damage.isEmpty() && chainBytes < size) {
                damage = "the cluster chain holds " + chainBytes + " bytes of a " + size + "-byte file";
            }
            if (!damage.isEmpty()) {
                problems.add(childPath + ": " + damage);
            } else if (chainBytes - size >= clusterSize) {
                problems.add(childPath + ": file size is " + size + " bytes, cluster chain length is " + chainBytes
                        + " bytes (clusters past the file's end)");
                damage = "its cluster chain runs past the file's end";
            }
            if (damage.isEmpty()) {
                damage = nameDamage;
            }
            ExtentRuns runs = new ExtentRuns();
            int[] clusters = chain.clusters();
            for (int i = 0; i < clusters.length; i++) {
                runs.add(i * clusterSize, heap.offset(clusters[i]), clusterSize, ExtentType.DATA);
            }
            chains.put(childPath, clusters);
            files.add(new VolumeFile(childPath, where.applyAsLong(at), size, size, false,
                    runs.normalized(size, clusterSize), damage, itemAttributes));
        }
        longNames.interrupted();
    }

    /**
     * The long-name entries before a short entry, checked as fsck.fat checks them: a chain starts with
     * its last part (flag 0x40), counts down to 1 with one checksum, and ends at the short entry whose
     * name it checksums; parts cut off by another entry or the directory's end are orphaned.
     */
    private final class LongNames {
        private final String directory;
        private final char[] name = new char[20 * 13];
        private int parts;
        private int expected;
        private int checksum = -1;
        private boolean broken;
        private boolean lastDamaged;

        LongNames(String directory) {
            this.directory = directory;
        }

        void part(byte[] entries, ByteBuffer buffer, int at) {
            int first = entries[at] & 0xFF;
            int order = first & 0x1F;
            int sum = entries[at + 13] & 0xFF;
            if ((first & 0x40) != 0) {
                interrupted();
                parts = order;
                expected = order;
                checksum = sum;
                broken = false;
                Arrays.fill(name, '\uffff');
            } else if (parts == 0) {
                complain("orphaned long file name part (sequence number " + order + " with no start)");
                return;
            }
            if (order != expected) {
                report("unexpected long filename sequence number (" + order + " vs. expected " + expected + ")");
            } else if (sum != checksum) {
                report("checksum in long filename part wrong (" + Integer.toHexString(sum) + " vs. expected "
                        + Integer.toHexString(checksum) + ")");
            }
            if (order >= 1 && order <= 20) {
                int base = (order - 1) * 13;
                int[] offsets = { 1, 3, 5, 7, 9, 14, 16, 18, 20, 22, 24, 28, 30 };
                for (int k = 0; k < 13; k++) {
                    name[base + k] = buffer.getChar(at + offsets[k]);
                }
            }
            expected = order - 1;
        }

        /** Whether the chain the last short entry ended was damaged (its long name not taken). */
        boolean damaged() {
            return lastDamaged;
        }

        /** The short entry that ends the chain: the long name, or null when there is none or it does not fit. */
        String end(int shortChecksum, String shortName) {
            lastDamaged = false;
            if (parts == 0) {
                return null;
            }
            lastDamaged = true;
            String text = text();
            boolean whole = expected == 0 && !broken;
            parts = 0;
            if (!whole) {
                complain("long file name \"" + text + "\" is damaged; " + shortName + " keeps its short name");
                return null;
            }
            if (shortChecksum != checksum) {
                complain("wrong checksum for long file name \"" + text + "\" (short name " + shortName
                        + " may have changed without updating the long name)");
                return null;
            }
            lastDamaged = false;
            return text;
        }

        /** Another kind of entry, or the directory's end: parts still waiting for their short entry are orphaned. */
        void interrupted() {
            if (parts > 0) {
                complain("orphaned long file name part \"" + text() + "\"");
            }
            parts = 0;
        }

        private void report(String what) {
            if (!broken) {
                complain(what);
            }
            broken = true;
        }

        /** A finding in this folder's long names: the folder keeps them as they are. */
        private void complain(String what) {
            problems.add(directory + ": " + what);
            folderDamage.putIfAbsent(directory, "a long file name in it is damaged");
        }

        private String text() {
            StringBuilder text = new StringBuilder();
            for (int k = 0; k < parts * 13 && name[k] != 0; k++) {
                if (name[k] != '\uffff') {
                    text.append(name[k]);
                }
            }
            return text.toString();
        }
    }

    /**
     * A file found clean when it was read whose damage showed later: it holds a cluster a later chain
     * holds too (cross-linked), or a later entry has its short name. Changing it would change the other.
     */
    private VolumeFile damagedLater(VolumeFile file) {
        if (!file.damage().isEmpty()) {
            return file;
        }
        String damage = laterDamage.getOrDefault(file.path(), "");
        for (int cluster : chains.getOrDefault(file.path(), new int[0])) {
            if (damage.isEmpty() && crossLinked.get(cluster)) {
                damage = "cluster " + cluster + " belongs to another file too (cross-linked)";
            }
        }
        return damage.isEmpty() ? file : new VolumeFile(file.path(), file.id(), file.size(), file.validDataLength(),
                file.inline(), file.extents(), damage, file.attributes(), file.inlineData());
    }

    private static int u16(ByteBuffer entries, int offset) {
        return entries.getShort(offset) & 0xFFFF;
    }

    private static String shortName(byte[] directory, int at) {
        byte[] raw = Arrays.copyOfRange(directory, at, at + 11);
        if ((raw[0] & 0xFF) == 0x05) {
            raw[0] = (byte) 0xE5;
        }
        int caseFlags = directory[at + 12] & 0xFF;
        String base = new String(raw, 0, 8, StandardCharsets.ISO_8859_1).stripTrailing();
        String extension = new String(raw, 8, 3, StandardCharsets.ISO_8859_1).stripTrailing();
        if ((caseFlags & 0x08) != 0) {
            base = base.toLowerCase(Locale.ROOT);
        }
        if ((caseFlags & 0x10) != 0) {
            extension = extension.toLowerCase(Locale.ROOT);
        }
        return extension.isEmpty() ? base : base + "." + extension;
    }

    private static int shortNameChecksum(byte[] directory, int at) {
        int sum = 0;
        for (int i = 0; i < 11; i++) {
            sum = (((sum & 1) << 7) | ((sum & 0xFF) >>> 1)) + (directory[at + i] & 0xFF);
            sum &= 0xFF;
        }
        return sum;
    }

    private static String ascii(ByteBuffer b, int offset, int length) {
        byte[] bytes = new byte[length];
        b.get(offset, bytes);
        return new String(bytes, StandardCharsets.ISO_8859_1);
    }
}
