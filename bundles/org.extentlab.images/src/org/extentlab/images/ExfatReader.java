package org.extentlab.images;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.LongUnaryOperator;

import org.eclipse.core.runtime.IProgressMonitor;
import org.extentlab.model.bulk.ExtentRuns;
import org.extentlab.model.bulk.ExtentType;

/**
 * Reads an exFAT volume: the boot sector, the FAT, the allocation bitmap (free space), the volume
 * label, the up-case table and the directory tree of file entry sets (file, stream extension, file
 * names), with their set checksums and name hashes. Files are followed through FAT chains, or as one contiguous run when their stream
 * extension says NoFatChain; the valid data length is kept apart from the size.
 */
final class ExfatReader {
    private static final int ENTRY_BITMAP = 0x81;
    private static final int ENTRY_UPCASE = 0x82;
    private static final int ENTRY_LABEL = 0x83;
    private static final int ENTRY_FILE = 0x85;
    private static final int ENTRY_STREAM = 0xC0;
    private static final int ENTRY_NAME = 0xC1;
    private static final int ATTR_DIRECTORY = 0x10;
    private static final long END_OF_CHAIN = 0xFFFF_FFF8L;
    private static final long BAD = 0xFFFF_FFF7L;
    private static final int MAX_DIRECTORY_DEPTH = 1024;

    private final ImageSource source;
    /** Progress by file; its cancellation stops the walk. */
    private final WalkProgress progress;
    private final List<String> problems = new ArrayList<>();
    private final List<VolumeEntry> entries = new ArrayList<>();
    private final BitSet visitedDirectories = new BitSet();
    /** The clusters each file and folder holds, checked against the bitmap once it is read. */
    private final java.util.Map<String, int[]> holders = new java.util.LinkedHashMap<>();
    private final BitSet owned = new BitSet();
    private final BitSet crossLinked = new BitSet();
    /** Damage of files read before it showed (a cluster the bitmap calls free), by path. */
    private final java.util.Map<String, String> laterDamage = new java.util.HashMap<>();
    private long clusterSize;
    private long clusterCount;
    private ClusterHeap heap;
    private int[] fat;
    private String label = "";
    private byte[] bitmap;
    private UpcaseTable upcase;

    private ExfatReader(ImageSource source, IProgressMonitor monitor) {
        this.source = source;
        this.progress = new WalkProgress(monitor);
    }

    static LoadedVolume read(ImageSource source, IProgressMonitor monitor) throws IOException {
        return new ExfatReader(source, monitor).read();
    }

    private LoadedVolume read() throws IOException {
        ByteBuffer boot = source.read(0, 512);
        ExfatBootSector sector = ExfatBootSector.parse(boot);
        long sectorSize = sector.sectorSize();
        clusterSize = sector.clusterSize();
        long heapStart = sector.heapOffset();
        heap = new ClusterHeap(source, heapStart, clusterSize);
        clusterCount = sector.clusterCount();
        long rootCluster = sector.rootCluster();
        if (sector.volumeBytes() > source.length() || heapStart + clusterCount * clusterSize > source.length()) {
            throw new ImageFormatException("the image is truncated: its boot sector describes "
                    + ByteSizes.describe(sector.volumeBytes()) + " but the image holds "
                    + ByteSizes.describe(source.length()));
        }
        checkBootChecksum(sectorSize);
        ByteBuffer table = source.read(sector.fatOffset(), (int) ((clusterCount + 2) * 4));
        fat = new int[(int) (clusterCount + 2)];
        table.asIntBuffer().get(fat);
        List<VolumeFile> files = new ArrayList<>();
        progress.expect(clusterCount);
        entries.add(new VolumeEntry("/", 0, ItemAttributes.fromFatBits(true, false, 0, 0, 0), ""));
        ClusterChain root = ClusterChain.follow(fat, rootCluster, END_OF_CHAIN, BAD, clusterCount);
        if (!root.damage().isEmpty()) {
            problems.add("root directory: " + root.damage());
        }
        visitedDirectories.set((int) rootCluster);
        byte[] rootEntries = heap.read(root.clusters(), root.clusters().length * clusterSize);
        upcase = readUpcaseTable(rootEntries);
        walk(rootEntries, heap.locator(root.clusters()), "", files, 0);
        if (bitmap == null) {
            throw new ImageFormatException("the exFAT root directory has no allocation bitmap entry");
        }
        for (var held : holders.entrySet()) {
            for (int c : held.getValue()) {
                if (crossLinked.get(c)) {
                    // The first of the files that share it: changing it would change the other.
                    laterDamage.putIfAbsent(held.getKey(), "cluster " + c + " belongs to another file too (cross-linked)");
                }
                long bit = c - 2L;
                if ((bitmap[(int) (bit >>> 3)] & (1 << (bit & 7))) == 0) {
                    problems.add(held.getKey() + ": cluster " + c + " is marked as free in the allocation bitmap");
                    laterDamage.putIfAbsent(held.getKey(), "cluster " + c + " is marked as free in the allocation bitmap");
                    break;
                }
            }
        }
        if (!laterDamage.isEmpty()) {
            files.replaceAll(f -> !f.damage().isEmpty() || !laterDamage.containsKey(f.path()) ? f
                    : new VolumeFile(f.path(), f.id(), f.size(), f.validDataLength(), f.inline(), f.extents(),
                            laterDamage.get(f.path()), f.attributes(), f.inlineData()));
        }
        FreeRuns free = new FreeRuns();
        long freeClusters = 0;
        for (long c = 2; c < clusterCount + 2; c++) {
            long bit = c - 2;
            if ((bitmap[(int) (bit >>> 3)] & (1 << (bit & 7))) == 0) {
                freeClusters++;
                free.add(heap.offset(c), clusterSize);
            }
        }
        files.sort(Comparator.comparing(VolumeFile::path));
        entries.sort(Comparator.comparing(VolumeEntry::path));
        return new LoadedVolume(ImageFormat.EXFAT, source.fileSize(), source.base(), clusterSize, clusterCount,
                freeClusters, free.toArray(), label, LoadedVolume.serial(sector.serial()), (int) sectorSize, List.of(), files,
                entries, problems);
    }

    private void walk(byte[] directory, LongUnaryOperator where, String path, List<VolumeFile> files, int depth)
            throws IOException {
        ByteBuffer entries = ByteBuffer.wrap(directory).order(ByteOrder.LITTLE_ENDIAN);
        Set<String> names = new HashSet<>();
        for (int at = 0; at + 32 <= directory.length; at += 32) {
            int kind = directory[at] & 0xFF;
            if (kind == 0) {
                break;
            }
            if (kind == ENTRY_BITMAP && depth == 0 && bitmap == null) {
                readBitmap(entries, at);
            } else if (kind == ENTRY_LABEL && depth == 0) {
                int length = Math.min(11, directory[at + 1] & 0xFF);
                char[] text = new char[length];
                for (int i = 0; i < length; i++) {
                    text[i] = entries.getChar(at + 2 + 2 * i);
                }
                label = new String(text);
            } else if (kind == ENTRY_FILE) {
                int secondaries = directory[at + 1] & 0xFF;
                if (secondaries < 2 || at + 32 * (secondaries + 1) > directory.length) {
                    problems.add("directory " + (path.isEmpty() ? "/" : path) + ": a file entry set is cut short");
                    break;
                }
                fileEntrySet(entries, at, secondaries, where, path, files, depth, names);
                at += 32 * secondaries;
            }
        }
    }

    private void fileEntrySet(ByteBuffer entries, int at, int secondaries, LongUnaryOperator where, String path,
            List<VolumeFile> files, int depth, Set<String> names) throws IOException {
        int attributes = entries.getShort(at + 4) & 0xFFFF;
        int stream = at + 32;
        if ((entries.get(stream) & 0xFF) != ENTRY_STREAM) {
            problems.add("directory " + (path.isEmpty() ? "/" : path) + ": a file entry lacks its stream extension");
            return;
        }
        int flags = entries.get(stream + 1) & 0xFF;
        int nameLength = entries.get(stream + 3) & 0xFF;
        long validDataLength = entries.getLong(stream + 8);
        long firstCluster = entries.getInt(stream + 20) & 0xFFFF_FFFFL;
        long dataLength = entries.getLong(stream + 24);
        StringBuilder name = new StringBuilder();
        for (int i = 2; i <= secondaries && name.length() < nameLength; i++) {
            int entry = at + 32 * i;
            if ((entries.get(entry) & 0xFF) != ENTRY_NAME) {
                break;
            }
            for (int k = 0; k < 15 && name.length() < nameLength; k++) {
                name.append(entries.getChar(entry + 2 + 2 * k));
            }
        }
        String childPath = path + "/" + name;
        progress.tick();
        if (upcase.nameHash(name) != (entries.getShort(stream + 4) & 0xFFFF)) {
            problems.add(childPath + ": the name hash does not match the name under the volume's up-case table");
        }
        if (!names.add(upcase.upcase(name))) {
            problems.add(childPath + ": another entry of the directory has the same name, ignoring case");
        }
        ItemAttributes itemAttributes = ItemAttributes.fromFatBits((attributes & ATTR_DIRECTORY) != 0,
                (attributes & 0x01) != 0, timestamp(entries, at + 16), timestamp(entries, at + 12),
                timestamp(entries, at + 8));
        if (setChecksum(entries, at, secondaries) != (entries.getShort(at + 2) & 0xFFFF)) {
            problems.add(childPath + ": the entry set checksum does not match");
        }
        if (dataLength < 0 || validDataLength < 0 || validDataLength > dataLength
                || dataLength > clusterCount * clusterSize) {
            problems.add(childPath + ": impossible lengths (data " + dataLength + ", valid " + validDataLength + ")");
            files.add(new VolumeFile(childPath, where.applyAsLong(at), 0, 0, false, new ExtentRuns(1),
                    "impossible lengths", itemAttributes));
            return;
        }
        long clustersNeeded = (dataLength + clusterSize - 1) / clusterSize;
        int[] clusters;
        String damage = "";
        if (firstCluster == 0 || clustersNeeded == 0) {
            clusters = new int[0];
        } else if ((flags & 0x2) != 0) {
            if (firstCluster < 2 || firstCluster + clustersNeeded > clusterCount + 2) {
                damage = "its clusters lie outside the data area (cluster " + firstCluster + ")";
                clusters = new int[0];
            } else {
                clusters = new int[(int) clustersNeeded];
                for (int i = 0; i < clusters.length; i++) {
                    clusters[i] = (int) (firstCluster + i);
                }
            }
        } else {
            ClusterChain chain = ClusterChain.follow(fat, firstCluster, END_OF_CHAIN, BAD, clustersNeeded);
            clusters = chain.clusters();
            damage = chain.damage();
            if (damage.isEmpty() && clusters.length < clustersNeeded) {
                damage = "the cluster chain holds " + clusters.length * clusterSize + " of " + dataLength + " bytes";
            }
        }
        for (int c : clusters) {
            if (owned.get(c)) {
                crossLinked.set(c);
                if (damage.isEmpty()) {
                    damage = "cluster " + c + " is already allocated for another file (cross-linked)";
                }
            }
            owned.set(c);
        }
        holders.put(childPath, clusters);
        if (!damage.isEmpty()) {
            problems.add(childPath + ": " + damage);
        }
        if ((attributes & ATTR_DIRECTORY) != 0) {
            this.entries.add(new VolumeEntry(childPath, where.applyAsLong(at), itemAttributes, ""));
            if (clusters.length == 0 || depth >= MAX_DIRECTORY_DEPTH || visitedDirectories.get(clusters[0])) {
                if (clusters.length > 0) {
                    problems.add("directory " + childPath + " appears twice in the tree (a loop)");
                }
                return;
            }
            visitedDirectories.set(clusters[0]);
            walk(heap.read(clusters, dataLength), heap.locator(clusters), childPath, files, depth + 1);
            return;
        }
        // Bytes at or past a valid data length below the size were never written through this file: they
        // read as zeros whatever the clusters hold, so they are unwritten, as ext4's preallocated runs are.
        long written = validDataLength < dataLength ? validDataLength : Long.MAX_VALUE;
        ExtentRuns runs = new ExtentRuns();
        for (int i = 0; i < clusters.length; i++) {
            long logical = (long) i * clusterSize;
            long physical = heap.offset(clusters[i]);
            long data = Math.max(0, Math.min(clusterSize, written - logical));
            runs.add(logical, physical, data, ExtentType.DATA);
            runs.add(logical + data, physical + data, clusterSize - data, ExtentType.UNWRITTEN);
        }
        files.add(new VolumeFile(childPath, where.applyAsLong(at), dataLength, validDataLength, false,
                runs.normalized(dataLength, clusterSize), damage, itemAttributes));
    }

    /**
     * The boot region's checksum (sector 11 repeats it): over sectors 0 to 10 but the volume flags and
     * the percent in use, which change without it, as fsck.exfat checks it.
     */
    private void checkBootChecksum(long sectorSize) throws IOException {
        byte[] region = source.read(0, (int) (sectorSize * 12)).array();
        int sum = 0;
        for (int i = 0; i < sectorSize * 11; i++) {
            if (i == 106 || i == 107 || i == 112) {
                continue;
            }
            sum = ((sum & 1) != 0 ? 0x8000_0000 : 0) + (sum >>> 1) + (region[i] & 0xFF);
        }
        ByteBuffer stored = ByteBuffer.wrap(region, (int) (sectorSize * 11), (int) sectorSize).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i < sectorSize; i += 4) {
            if (stored.getInt((int) (sectorSize * 11) + i) != sum) {
                problems.add("the checksum of the boot region is not correct (0x" + Integer.toHexString(sum)
                        + ", sector 11 says 0x" + Integer.toHexString(stored.getInt((int) (sectorSize * 11) + i)) + ")");
                return;
            }
        }
    }

    /** An exFAT timestamp: a DOS date in the high half, a DOS time in the low half. */
    private static long timestamp(ByteBuffer entries, int offset) {
        int packed = entries.getInt(offset);
        return ItemAttributes.dosTime(packed >>> 16, packed & 0xFFFF);
    }

    /** The exFAT entry set checksum: every byte of the set but the checksum field itself. */
    private static int setChecksum(ByteBuffer entries, int at, int secondaries) {
        int sum = 0;
        for (int i = 0; i < 32 * (secondaries + 1); i++) {
            if (i == 2 || i == 3) {
                continue;
            }
            sum = (((sum & 1) << 15) | (sum >>> 1)) + (entries.get(at + i) & 0xFF);
            sum &= 0xFFFF;
        }
        return sum;
    }

    /**
     * The root directory's up-case table, its checksum checked. A volume without a readable one is
     * still read, with names folded as ASCII, and the reason listed among the problems.
     */
    private UpcaseTable readUpcaseTable(byte[] root) throws IOException {
        ByteBuffer entries = ByteBuffer.wrap(root).order(ByteOrder.LITTLE_ENDIAN);
        for (int at = 0; at + 32 <= root.length && root[at] != 0; at += 32) {
            if ((root[at] & 0xFF) != ENTRY_UPCASE) {
                continue;
            }
            int stored = entries.getInt(at + 4);
            long first = entries.getInt(at + 20) & 0xFFFF_FFFFL;
            long length = entries.getLong(at + 24);
            if (length < 2 || length > 2 * 0x10000 + 4 || length % 2 != 0) {
                problems.add("the exFAT up-case table is " + length + " bytes long; names are folded as ASCII");
                return UpcaseTable.asciiOnly();
            }
            ClusterChain chain = ClusterChain.follow(fat, first, END_OF_CHAIN, BAD, (length + clusterSize - 1) / clusterSize);
            byte[] data = heap.read(chain.clusters(), length);
            if (!chain.damage().isEmpty() || data.length < length) {
                problems.add("the exFAT up-case table cannot be read (" + (chain.damage().isEmpty() ? "its chain is short"
                        : chain.damage()) + "); names are folded as ASCII");
                return UpcaseTable.asciiOnly();
            }
            if (UpcaseTable.checksum(data, (int) length) != stored) {
                problems.add("the exFAT up-case table's checksum does not match");
            }
            return UpcaseTable.parse(data, (int) length);
        }
        problems.add("the exFAT root directory has no up-case table entry; names are folded as ASCII");
        return UpcaseTable.asciiOnly();
    }

    private void readBitmap(ByteBuffer entries, int at) throws IOException {
        long first = entries.getInt(at + 20) & 0xFFFF_FFFFL;
        long length = entries.getLong(at + 24);
        long needed = (clusterCount + 7) / 8;
        if (length < needed || length > needed + clusterSize) {
            throw new ImageFormatException("the exFAT allocation bitmap is " + length + " bytes for "
                    + clusterCount + " clusters");
        }
        ClusterChain chain = ClusterChain.follow(fat, first, END_OF_CHAIN, BAD, (length + clusterSize - 1) / clusterSize);
        if (!chain.damage().isEmpty()) {
            throw new ImageFormatException("the exFAT allocation bitmap: " + chain.damage());
        }
        bitmap = heap.read(chain.clusters(), needed);
        if (bitmap.length < needed) {
            throw new ImageFormatException("the exFAT allocation bitmap's cluster chain is too short");
        }
    }
}
