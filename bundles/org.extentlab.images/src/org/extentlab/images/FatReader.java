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
        bytesPerSector = boot.getShort(11) & 0xFFFF;
        int sectorsPerCluster = boot.get(13) & 0xFF;
        int reserved = boot.getShort(14) & 0xFFFF;
        int fatCount = boot.get(16) & 0xFF;
        int rootEntries = boot.getShort(17) & 0xFFFF;
        long totalSectors = (boot.getShort(19) & 0xFFFF) != 0 ? boot.getShort(19) & 0xFFFF : boot.getInt(32) & 0xFFFF_FFFFL;
        long fatSectors = (boot.getShort(22) & 0xFFFF) != 0 ? boot.getShort(22) & 0xFFFF : boot.getInt(36) & 0xFFFF_FFFFL;
        if (bytesPerSector < 512 || Integer.bitCount(bytesPerSector) != 1 || Integer.bitCount(sectorsPerCluster) != 1
                || reserved == 0 || fatCount == 0 || fatSectors == 0) {
            throw new ImageFormatException("the FAT boot sector is damaged");
        }
        clusterSize = (long) bytesPerSector * sectorsPerCluster;
        long rootDirSectors = (rootEntries * 32L + bytesPerSector - 1) / bytesPerSector;
        long rootStart = (reserved + fatCount * fatSectors) * bytesPerSector;
        long dataStart = rootStart + rootDirSectors * bytesPerSector;
        heap = new ClusterHeap(source, dataStart, clusterSize);
        clusterCount = (totalSectors * bytesPerSector - dataStart) / clusterSize;
        if (totalSectors * bytesPerSector > source.length()) {
            throw new ImageFormatException("the image is truncated: its boot sector describes "
                    + ByteSizes.describe(totalSectors * bytesPerSector) + " but the image holds "
                    + ByteSizes.describe(source.length()));
        }
        readFat(reserved * (long) bytesPerSector, fatSectors * bytesPerSector);
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
            long rootCluster = boot.getInt(44) & 0xFFFF_FFFFL;
            checkFsInfo(boot.getShort(48) & 0xFFFF, freeClusters);
            ClusterChain root = ClusterChain.follow(fat, rootCluster, endOfChain, bad, clusterCount);
            if (!root.damage().isEmpty()) {
                problems.add("root directory: " + root.damage());
            }
            walk(heap.read(root.clusters(), Long.MAX_VALUE), heap.locator(root.clusters()), "", files, 0, label);
        } else {
            long rootPhysical = source.base() + rootStart;
            walk(source.read(rootStart, (int) (rootDirSectors * bytesPerSector)).array(), at -> rootPhysical + at, "",
                    files, 0, label);
        }
        files.sort(Comparator.comparing(VolumeFile::path));
        entries.sort(Comparator.comparing(VolumeEntry::path));
        String name = label[0].strip();
        return new LoadedVolume(type, source.fileSize(), source.base(), clusterSize, clusterCount, freeClusters,
                free.toArray(), name.equals("NO NAME") ? "" : name,
                LoadedVolume.serial(boot.getInt(type == ImageFormat.FAT32 ? 67 : 39)), bytesPerSector, List.of(), files, entries, problems);
    }

    private void readFat(long offset, long bytes) throws IOException {
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
    }

    private void checkFsInfo(int sector, long freeClusters) throws IOException {
        if (sector == 0 || sector == 0xFFFF) {
            return;
        }
        ByteBuffer info = source.read((long) sector * bytesPerSector, 512);
        if (info.getInt(0) != 0x41615252 || info.getInt(484) != 0x61417272) {
            problems.add("the FSInfo sector has no signature");
            return;
        }
        long hint = info.getInt(488) & 0xFFFF_FFFFL;
        if (hint != 0xFFFF_FFFFL && hint != freeClusters) {
            problems.add("FSInfo counts " + hint + " free clusters, the FAT " + freeClusters);
        }
    }

    /**
     * Reads the entries of {@code directory}, whose byte {@code i} stands at {@code where.applyAsLong(i)}
     * in the image (an entry's position is the id of the file it describes).
     */
    private void walk(byte[] directory, LongUnaryOperator where, String path, List<VolumeFile> files, int depth,
            String[] label) throws IOException {
        ByteBuffer entries = ByteBuffer.wrap(directory).order(ByteOrder.LITTLE_ENDIAN);
        char[] longName = new char[20 * 13];
        int longParts = 0;
        int longChecksum = -1;
        for (int at = 0; at + 32 <= directory.length; at += 32) {
            int first = directory[at] & 0xFF;
            if (first == 0) {
                break;
            }
            int attributes = directory[at + 11] & 0xFF;
            if (first == 0xE5) {
                longParts = 0;
                continue;
            }
            if ((attributes & 0x3F) == ATTR_LONG_NAME) {
                int order = first & 0x1F;
                if ((first & 0x40) != 0) {
                    longParts = order;
                    longChecksum = directory[at + 13] & 0xFF;
                    Arrays.fill(longName, '\uffff');
                }
                if (order >= 1 && order <= 20) {
                    int base = (order - 1) * 13;
                    int[] offsets = { 1, 3, 5, 7, 9, 14, 16, 18, 20, 22, 24, 28, 30 };
                    for (int k = 0; k < 13; k++) {
                        longName[base + k] = entries.getChar(at + offsets[k]);
                    }
                }
                continue;
            }
            if ((attributes & ATTR_VOLUME_ID) != 0) {
                if (depth == 0) {
                    label[0] = new String(directory, at, 11, StandardCharsets.ISO_8859_1);
                }
                longParts = 0;
                continue;
            }
            String name = shortName(directory, at);
            if (longParts > 0 && longChecksum == shortNameChecksum(directory, at)) {
                StringBuilder text = new StringBuilder();
                for (int k = 0; k < longParts * 13 && longName[k] != 0 && longName[k] != '\uffff'; k++) {
                    text.append(longName[k]);
                }
                name = text.toString();
            }
            longParts = 0;
            if (name.equals(".") || name.equals("..")) {
                continue;
            }
            long cluster = (entries.getShort(at + 26) & 0xFFFF)
                    | (type == ImageFormat.FAT32 ? (long) (entries.getShort(at + 20) & 0xFFFF) << 16 : 0);
            long size = entries.getInt(at + 28) & 0xFFFF_FFFFL;
            String childPath = path + "/" + name;
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
                }
                owned.set(c);
            }
            if ((attributes & ATTR_DIRECTORY) != 0) {
                this.entries.add(new VolumeEntry(childPath, where.applyAsLong(at), itemAttributes, ""));
                if (!damage.isEmpty()) {
                    problems.add("directory " + childPath + ": " + damage);
                }
                if (chain.clusters().length > 0 && !visitedDirectories.get(chain.clusters()[0])
                        && depth < MAX_DIRECTORY_DEPTH) {
                    visitedDirectories.set(chain.clusters()[0]);
                    walk(heap.read(chain.clusters(), Long.MAX_VALUE), heap.locator(chain.clusters()), childPath, files, depth + 1, label);
                } else if (chain.clusters().length > 0) {
                    problems.add("directory " + childPath + " appears twice in the tree (a loop)");
                }
                continue;
            }
            if (damage.isEmpty() && (long) chain.clusters().length * clusterSize < size) {
                damage = "the cluster chain holds " + chain.clusters().length * clusterSize + " bytes of a "
                        + size + "-byte file";
            }
            if (!damage.isEmpty()) {
                problems.add(childPath + ": " + damage);
            }
            ExtentRuns runs = new ExtentRuns();
            int[] clusters = chain.clusters();
            for (int i = 0; i < clusters.length; i++) {
                runs.add(i * clusterSize, heap.offset(clusters[i]), clusterSize, ExtentType.DATA);
            }
            files.add(new VolumeFile(childPath, where.applyAsLong(at), size, size, false,
                    runs.normalized(size, clusterSize), damage, itemAttributes));
        }
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
