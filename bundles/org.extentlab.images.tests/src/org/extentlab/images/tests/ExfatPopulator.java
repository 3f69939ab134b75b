package org.extentlab.images.tests;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;

import org.extentlab.images.UpcaseTable;

/**
 * Writes files into an exFAT image made by mkfs.exfat, because no Debian tool does (exfatprogs
 * formats and checks; mtools knows only FAT). It follows the exFAT specification: clusters marked in
 * the allocation bitmap, FAT chains or NoFatChain runs, file entry sets (file, stream extension, file
 * names) with their name hash (folded through the volume's own up-case table) and set checksum.
 * fsck.exfat checks its work in the tests. Directories are one cluster.
 */
public final class ExfatPopulator implements AutoCloseable {
    private static final int TIMESTAMP = 0x5B770000; // 2025-11-23 00:00:00 in exFAT's DOS-style encoding

    private final RandomAccessFile image;
    private final long sectorSize;
    private final long clusterSize;
    private final long fatOffset;
    private final long heapOffset;
    private final long clusterCount;
    private final long rootCluster;
    private long bitmapCluster;
    private byte[] bitmap;
    private long upcaseOffset = -1;
    private int upcaseLength;
    private UpcaseTable upcase;

    public ExfatPopulator(Path path) throws IOException {
        image = new RandomAccessFile(path.toFile(), "rw");
        ByteBuffer boot = read(0, 512);
        sectorSize = 1L << boot.get(108);
        clusterSize = sectorSize << boot.get(109);
        fatOffset = (boot.getInt(80) & 0xFFFF_FFFFL) * sectorSize;
        heapOffset = (boot.getInt(88) & 0xFFFF_FFFFL) * sectorSize;
        clusterCount = boot.getInt(92) & 0xFFFF_FFFFL;
        rootCluster = boot.getInt(96) & 0xFFFF_FFFFL;
        ByteBuffer root = read(clusterOffset(rootCluster), (int) clusterSize);
        for (int at = 0; at < clusterSize; at += 32) {
            if ((root.get(at) & 0xFF) == 0x81) {
                bitmapCluster = root.getInt(at + 20) & 0xFFFF_FFFFL;
                bitmap = new byte[(int) root.getLong(at + 24)];
                image.seek(clusterOffset(bitmapCluster));
                image.readFully(bitmap);
            } else if ((root.get(at) & 0xFF) == 0x82) {
                upcaseOffset = clusterOffset(root.getInt(at + 20) & 0xFFFF_FFFFL);
                upcaseLength = (int) root.getLong(at + 24);
                byte[] table = new byte[upcaseLength];
                image.seek(upcaseOffset);
                image.readFully(table);
                upcase = UpcaseTable.parse(table, table.length);
            }
        }
        if (upcase == null) {
            throw new IOException("no up-case table in the root directory");
        }
        if (bitmap == null) {
            throw new IOException("no allocation bitmap in the root directory");
        }
    }

    public long rootCluster() {
        return rootCluster;
    }

    /** Where the up-case table's bytes start in the image. */
    long upcaseTableOffset() {
        return upcaseOffset;
    }

    int upcaseTableLength() {
        return upcaseLength;
    }

    /** From now on, hash names folding a-z only, as a careless driver would. */
    void foldNamesAsAscii() {
        upcase = UpcaseTable.asciiOnly();
    }

    /** A file in directory {@code directoryCluster}: contiguous (NoFatChain) or scattered (a FAT chain). */
    public void file(long directoryCluster, String name, byte[] data, long validDataLength, boolean contiguous)
            throws IOException {
        long clusters = (data.length + clusterSize - 1) / clusterSize;
        long[] allocated = contiguous ? allocateRun(clusters) : allocateScattered(clusters);
        for (int i = 0; i < allocated.length; i++) {
            int length = (int) Math.min(clusterSize, data.length - i * clusterSize);
            image.seek(clusterOffset(allocated[i]));
            image.write(data, (int) (i * clusterSize), length);
        }
        if (!contiguous) {
            chain(allocated);
        }
        entrySet(directoryCluster, name, 0x20, allocated.length == 0 ? 0 : allocated[0], data.length,
                validDataLength, contiguous);
    }

    /** A subdirectory of one cluster; returns its cluster. */
    public long directory(long parentCluster, String name) throws IOException {
        long cluster = allocateRun(1)[0];
        image.seek(clusterOffset(cluster));
        image.write(new byte[(int) clusterSize]);
        entrySet(parentCluster, name, 0x10, cluster, clusterSize, clusterSize, true);
        return cluster;
    }

    @Override
    public void close() throws IOException {
        image.seek(clusterOffset(bitmapCluster));
        image.write(bitmap);
        image.close();
    }

    private void entrySet(long directoryCluster, String name, int attributes, long firstCluster, long dataLength,
            long validDataLength, boolean noFatChain) throws IOException {
        int nameEntries = (name.length() + 14) / 15;
        int secondaries = 1 + nameEntries;
        ByteBuffer set = ByteBuffer.allocate(32 * (secondaries + 1)).order(ByteOrder.LITTLE_ENDIAN);
        set.put(0, (byte) 0x85).put(1, (byte) secondaries).putShort(4, (short) attributes);
        set.putInt(8, TIMESTAMP).putInt(12, TIMESTAMP).putInt(16, TIMESTAMP);
        int stream = 32;
        set.put(stream, (byte) 0xC0).put(stream + 1, (byte) (firstCluster == 0 ? 0x01 : noFatChain ? 0x03 : 0x01));
        set.put(stream + 3, (byte) name.length()).putShort(stream + 4, (short) upcase.nameHash(name));
        set.putLong(stream + 8, validDataLength).putInt(stream + 20, (int) firstCluster).putLong(stream + 24, dataLength);
        for (int i = 0; i < nameEntries; i++) {
            int entry = 64 + 32 * i;
            set.put(entry, (byte) 0xC1);
            for (int k = 0; k < 15 && i * 15 + k < name.length(); k++) {
                set.putChar(entry + 2 + 2 * k, name.charAt(i * 15 + k));
            }
        }
        set.putShort(2, (short) setChecksum(set.array()));
        long slot = freeSlot(directoryCluster, set.capacity());
        image.seek(slot);
        image.write(set.array());
    }

    private long freeSlot(long directoryCluster, int bytes) throws IOException {
        ByteBuffer directory = read(clusterOffset(directoryCluster), (int) clusterSize);
        for (int at = 0; at + bytes <= clusterSize; at += 32) {
            if (directory.get(at) == 0) {
                return clusterOffset(directoryCluster) + at;
            }
        }
        throw new IOException("directory cluster " + directoryCluster + " is full");
    }

    private static int setChecksum(byte[] set) {
        int sum = 0;
        for (int i = 0; i < set.length; i++) {
            if (i != 2 && i != 3) {
                sum = (((sum & 1) << 15) | (sum >>> 1)) + (set[i] & 0xFF) & 0xFFFF;
            }
        }
        return sum;
    }

    private long[] allocateRun(long clusters) throws IOException {
        for (long start = 2; start + clusters <= clusterCount + 2; start++) {
            boolean free = true;
            for (long c = start; c < start + clusters && free; c++) {
                free = !used(c);
            }
            if (free) {
                long[] run = new long[(int) clusters];
                for (int i = 0; i < clusters; i++) {
                    run[i] = start + i;
                    mark(run[i]);
                }
                return run;
            }
        }
        throw new IOException("no run of " + clusters + " free clusters");
    }

    /** Every other free cluster, so that the chain cannot be one run. */
    private long[] allocateScattered(long clusters) throws IOException {
        long[] result = new long[(int) clusters];
        int found = 0;
        boolean skip = false;
        for (long c = 2; c < clusterCount + 2 && found < clusters; c++) {
            if (!used(c)) {
                if (!skip) {
                    result[found++] = c;
                    mark(c);
                }
                skip = !skip;
            }
        }
        if (found < clusters) {
            throw new IOException("not enough free clusters");
        }
        return result;
    }

    private void chain(long[] clusters) throws IOException {
        for (int i = 0; i < clusters.length; i++) {
            long next = i + 1 < clusters.length ? clusters[i + 1] : 0xFFFF_FFFFL;
            image.seek(fatOffset + clusters[i] * 4);
            ByteBuffer entry = ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(0, (int) next);
            image.write(entry.array());
        }
    }

    private boolean used(long cluster) {
        long bit = cluster - 2;
        return (bitmap[(int) (bit >>> 3)] & (1 << (bit & 7))) != 0;
    }

    private void mark(long cluster) {
        long bit = cluster - 2;
        bitmap[(int) (bit >>> 3)] |= (byte) (1 << (bit & 7));
    }

    private long clusterOffset(long cluster) {
        return heapOffset + (cluster - 2) * clusterSize;
    }

    private ByteBuffer read(long offset, int length) throws IOException {
        byte[] bytes = new byte[length];
        image.seek(offset);
        image.readFully(bytes);
        return ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
    }
}
