package org.extentlab.kernel.ext4;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * An ext4 htree-indexed directory, laid out anew from its entries as e2fsck -D lays one out: the
 * entries sorted by their name hash into leaf blocks, the root block ("." and "..", then the index of
 * the leaves by the first hash of each) and, when the root cannot index every leaf, one level of index
 * nodes between. The hashes are ext4's (legacy, half-MD4 or TEA, signed or unsigned characters, from
 * the volume's hash seed); index blocks carry their dx_tail checksum and leaves their dirent tail on
 * metadata_csum volumes.
 */
public final class HtreeIndex {
    static final int LEGACY = 0;
    static final int HALF_MD4 = 1;
    static final int TEA = 2;
    /** The largest hash a dx entry may carry (EXT2_HTREE_EOF_32BIT shifted). */
    private static final long EOF_HASH = 0x7FFF_FFFFL << 1;

    /** One directory entry to place. */
    record Entry(byte[] name, long inode, int type, long hash, long minor) {
    }

    /**
     * The laid-out directory's blocks in logical order: the root and the index nodes first
     * ({@code indexBlocks} of them, sealed here), then the leaves (sealed by the caller).
     */
    record Layout(List<byte[]> blocks, int indexBlocks) {
    }

    private final int blockSize;
    private final int hashVersion;
    private final boolean unsignedChars;
    private final int[] seed;
    private final boolean checksums;

    public HtreeIndex(int blockSize, int hashVersion, boolean unsignedChars, int[] seed, boolean checksums) {
        this.blockSize = blockSize;
        this.hashVersion = hashVersion;
        this.unsignedChars = unsignedChars;
        this.seed = seed;
        this.checksums = checksums;
    }

    static boolean supported(int hashVersion) {
        return hashVersion == LEGACY || hashVersion == HALF_MD4 || hashVersion == TEA;
    }

    // ---- the hash ----

    /** The name's hash as ext4 computes it: {major with the low bit clear, minor}. */
    public long[] hash(byte[] name) {
        int[] buf = { 0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476 };
        if (seed != null && (seed[0] | seed[1] | seed[2] | seed[3]) != 0) {
            buf = seed.clone();
        }
        long major;
        long minor = 0;
        if (hashVersion == LEGACY) {
            major = legacy(name);
        } else {
            // Half-MD4 takes the name 32 bytes at a time as 8 words, TEA 16 bytes as 4; their results sit
            // one word apart in the buffer.
            boolean tea = hashVersion == TEA;
            int[] in = new int[tea ? 4 : 8];
            for (int at = 0; at < name.length; at += 4 * in.length) {
                words(name, at, name.length - at, in, in.length);
                if (tea) {
                    tea(buf, in);
                } else {
                    halfMd4(buf, in);
                }
            }
            major = buf[tea ? 0 : 1] & 0xFFFF_FFFFL;
            minor = buf[tea ? 1 : 2] & 0xFFFF_FFFFL;
        }
        major &= ~1L;
        if (major == EOF_HASH) {
            major = (0x7FFF_FFFFL - 1) << 1;
        }
        return new long[] { major, minor };
    }

    private int character(byte b) {
        return unsignedChars ? b & 0xFF : b;
    }

    /** ext4's str2hashbuf: {@code length} bytes from {@code at} as {@code count} words, padded with the length. */
    private void words(byte[] name, int at, int length, int[] into, int count) {
        int pad = length | (length << 8);
        pad |= pad << 16;
        int value = pad;
        int n = Math.min(length, count * 4);
        int k = 0;
        int left = count;
        for (int i = 0; i < n; i++) {
            value = character(name[at + i]) + (value << 8);
            if (i % 4 == 3) {
                into[k++] = value;
                value = pad;
                left--;
            }
        }
        if (--left >= 0) {
            into[k++] = value;
        }
        while (--left >= 0) {
            into[k++] = pad;
        }
    }

    private long legacy(byte[] name) {
        int hash0 = 0x12a3fe2d;
        int hash1 = 0x37abe8f9;
        for (byte b : name) {
            int hash = hash1 + (hash0 ^ (character(b) * 7152373));
            if ((hash & 0x8000_0000) != 0) {
                hash -= 0x7fffffff;
            }
            hash1 = hash0;
            hash0 = hash;
        }
        return (hash0 << 1) & 0xFFFF_FFFFL;
    }

    private static int rotate(int a, int s) {
        return (a << s) | (a >>> (32 - s));
    }

    private static int f(int x, int y, int z) {
        return z ^ (x & (y ^ z));
    }

    private static int g(int x, int y, int z) {
        return (x & y) + ((x ^ y) & z);
    }

    private static int h(int x, int y, int z) {
        return x ^ y ^ z;
    }

    private static void halfMd4(int[] buf, int[] in) {
        final int k2 = 013240474631;
        final int k3 = 015666365641;
        int a = buf[0];
        int b = buf[1];
        int c = buf[2];
        int d = buf[3];
        a = rotate(a + f(b, c, d) + in[0], 3);
        d = rotate(d + f(a, b, c) + in[1], 7);
        c = rotate(c + f(d, a, b) + in[2], 11);
        b = rotate(b + f(c, d, a) + in[3], 19);
        a = rotate(a + f(b, c, d) + in[4], 3);
        d = rotate(d + f(a, b, c) + in[5], 7);
        c = rotate(c + f(d, a, b) + in[6], 11);
        b = rotate(b + f(c, d, a) + in[7], 19);
        a = rotate(a + g(b, c, d) + in[1] + k2, 3);
        d = rotate(d + g(a, b, c) + in[3] + k2, 5);
        c = rotate(c + g(d, a, b) + in[5] + k2, 9);
        b = rotate(b + g(c, d, a) + in[7] + k2, 13);
        a = rotate(a + g(b, c, d) + in[0] + k2, 3);
        d = rotate(d + g(a, b, c) + in[2] + k2, 5);
        c = rotate(c + g(d, a, b) + in[4] + k2, 9);
        b = rotate(b + g(c, d, a) + in[6] + k2, 13);
        a = rotate(a + h(b, c, d) + in[3] + k3, 3);
        d = rotate(d + h(a, b, c) + in[7] + k3, 9);
        c = rotate(c + h(d, a, b) + in[2] + k3, 11);
        b = rotate(b + h(c, d, a) + in[6] + k3, 15);
        a = rotate(a + h(b, c, d) + in[1] + k3, 3);
        d = rotate(d + h(a, b, c) + in[5] + k3, 9);
        c = rotate(c + h(d, a, b) + in[0] + k3, 11);
        b = rotate(b + h(c, d, a) + in[4] + k3, 15);
        buf[0] += a;
        buf[1] += b;
        buf[2] += c;
        buf[3] += d;
    }

    private static void tea(int[] buf, int[] in) {
        int sum = 0;
        int b0 = buf[0];
        int b1 = buf[1];
        for (int n = 0; n < 16; n++) {
            sum += 0x9E3779B9;
            b0 += ((b1 << 4) + in[0]) ^ (b1 + sum) ^ ((b1 >>> 5) + in[1]);
            b1 += ((b0 << 4) + in[2]) ^ (b0 + sum) ^ ((b0 >>> 5) + in[3]);
        }
        buf[0] += b0;
        buf[1] += b1;
    }

    // ---- the layout ----

    /** The room a directory record of a name this long takes: 8 bytes and the name, to 4 bytes. */
    static int entryLength(int nameLength) {
        return (8 + nameLength + 3) & ~3;
    }

    private int leafSpace() {
        return checksums ? blockSize - 12 : blockSize;
    }

    private int rootLimit() {
        return (blockSize - 32 - (checksums ? 8 : 0)) / 8;
    }

    private int nodeLimit() {
        return (blockSize - 8 - (checksums ? 8 : 0)) / 8;
    }

    /**
     * The entries sorted by hash in at least {@code atLeast} leaves, as evenly filled as their bytes
     * allow and none over its space; names of one hash stay in one leaf. Null when one hash is shared by
     * more names than a block holds.
     */
    private List<List<Entry>> leaves(List<Entry> entries, int atLeast) {
        List<Entry> sorted = new ArrayList<>(entries);
        sorted.sort(Comparator.comparingLong(Entry::hash).thenComparingLong(Entry::minor));
        long total = 0;
        for (Entry e : sorted) {
            total += entryLength(e.name().length);
        }
        int count = (int) Math.max(atLeast, (total + leafSpace() - 1) / leafSpace());
        for (; count <= sorted.size() + atLeast; count++) {
            List<List<Entry>> leaves = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                leaves.add(new ArrayList<>());
            }
            int[] used = new int[count];
            long before = 0;
            int last = 0;
            boolean fits = true;
            for (int i = 0; i < sorted.size() && fits; i++) {
                Entry e = sorted.get(i);
                int length = entryLength(e.name().length);
                boolean sameHash = i > 0 && sorted.get(i - 1).hash() == e.hash();
                int leaf = sameHash ? last : (int) Math.max(last, Math.min(count - 1, before * count / Math.max(1, total)));
                used[leaf] += length;
                fits = used[leaf] <= leafSpace();
                leaves.get(leaf).add(e);
                before += length;
                last = leaf;
            }
            if (fits) {
                // Leaves left empty in the middle would break the ordering of the index: move them last.
                List<List<Entry>> ordered = new ArrayList<>();
                leaves.stream().filter(l -> !l.isEmpty()).forEach(ordered::add);
                leaves.stream().filter(List::isEmpty).forEach(ordered::add);
                return ordered;
            }
        }
        return null;
    }

    /**
     * The directory's blocks in logical order for {@code blocks} blocks or more: block 0 the root, then
     * the index nodes (if any), then the leaves; null when the entries need more than two index levels.
     * Leaves are returned unsealed (the caller adds the dirent tail); index blocks are sealed with
     * {@code seal}, the dx_tail checksum over the block's counted part and the tail.
     */
    Layout layout(List<Entry> entries, long self, long parent, int blocks, Seal seal) {
        for (int levels = 0; levels <= 1; levels++) {
            int nodes = 0;
            int leafBlocks = Math.max(1, blocks - 1);
            List<List<Entry>> leaves = null;
            // Index nodes take blocks the leaves could have had: settle their number first.
            for (int round = 0; round < 4; round++) {
                leaves = leaves(entries, Math.max(1, leafBlocks));
                if (leaves == null) {
                    return null;
                }
                int needed = levels == 0 ? 0 : (leaves.size() + nodeLimit() - 1) / nodeLimit();
                if (needed == nodes) {
                    break;
                }
                nodes = needed;
                leafBlocks = Math.max(1, blocks - 1 - nodes);
            }
            if (levels == 0 && leaves.size() > rootLimit()) {
                continue;
            }
            if (levels == 1 && nodes > rootLimit()) {
                return null;
            }
            List<byte[]> out = new ArrayList<>();
            int firstLeaf = 1 + nodes;
            long[] leafHash = new long[leaves.size()];
            for (int i = 0; i < leaves.size(); i++) {
                List<Entry> leaf = leaves.get(i);
                leafHash[i] = i == 0 ? 0 : leaf.isEmpty() ? Math.min(EOF_HASH, leafHash[i - 1] + 2) : leaf.get(0).hash();
                if (i > 0 && leafHash[i] <= leafHash[i - 1]) {
                    leafHash[i] = Math.min(EOF_HASH, leafHash[i - 1] + 2);
                }
            }
            byte[] root = new byte[blockSize];
            ByteBuffer r = ByteBuffer.wrap(root).order(ByteOrder.LITTLE_ENDIAN);
            r.putInt(0, (int) self).putShort(4, (short) 12).put(6, (byte) 1).put(7, (byte) 2).put(8, (byte) '.');
            r.putInt(12, (int) parent).putShort(16, (short) (blockSize - 12)).put(18, (byte) 2).put(19, (byte) 2)
                    .put(20, (byte) '.').put(21, (byte) '.');
            r.putInt(24, 0).put(28, (byte) hashVersion).put(29, (byte) 8).put(30, (byte) levels).put(31, (byte) 0);
            if (levels == 0) {
                long[] blocksOf = new long[leaves.size()];
                for (int i = 0; i < blocksOf.length; i++) {
                    blocksOf[i] = firstLeaf + i;
                }
                fillIndex(r, 32, rootLimit(), leafHash, blocksOf, 0, leaves.size());
                sealIndex(root, 32, leaves.size(), rootLimit(), seal);
                out.add(root);
            } else {
                long[] nodeHash = new long[nodes];
                long[] nodeBlock = new long[nodes];
                List<byte[]> nodeBlocks = new ArrayList<>();
                for (int n = 0; n < nodes; n++) {
                    int from = n * nodeLimit();
                    int to = Math.min(leaves.size(), from + nodeLimit());
                    nodeHash[n] = n == 0 ? 0 : leafHash[from];
                    nodeBlock[n] = 1 + n;
                    byte[] node = new byte[blockSize];
                    ByteBuffer b = ByteBuffer.wrap(node).order(ByteOrder.LITTLE_ENDIAN);
                    b.putInt(0, 0).putShort(4, (short) blockSize);
                    long[] blocksOf = new long[to - from];
                    long[] hashes = new long[to - from];
                    for (int i = from; i < to; i++) {
                        blocksOf[i - from] = firstLeaf + i;
                        hashes[i - from] = leafHash[i];
                    }
                    fillIndex(b, 8, nodeLimit(), hashes, blocksOf, 0, to - from);
                    sealIndex(node, 8, to - from, nodeLimit(), seal);
                    nodeBlocks.add(node);
                }
                fillIndex(r, 32, rootLimit(), nodeHash, nodeBlock, 0, nodes);
                sealIndex(root, 32, nodes, rootLimit(), seal);
                out.add(root);
                out.addAll(nodeBlocks);
            }
            for (List<Entry> leaf : leaves) {
                out.add(leafBlock(leaf));
            }
            return new Layout(out, 1 + nodes);
        }
        return null;
    }

    /** A dx count/limit header at {@code at} and the entries after it (the first entry's hash slot is the header). */
    private static void fillIndex(ByteBuffer b, int at, int limit, long[] hashes, long[] blocks, int from, int count) {
        b.putShort(at, (short) limit).putShort(at + 2, (short) count).putInt(at + 4, (int) blocks[from]);
        for (int i = 1; i < count; i++) {
            b.putInt(at + 8 * i, (int) hashes[from + i]).putInt(at + 8 * i + 4, (int) blocks[from + i]);
        }
    }

    private void sealIndex(byte[] block, int countAt, int count, int limit, Seal seal) {
        if (!checksums) {
            return;
        }
        // The checksum covers the counted entries and then the tail (its reserved word, its checksum as zero).
        int tail = countAt + 8 * limit;
        ByteBuffer b = ByteBuffer.wrap(block).order(ByteOrder.LITTLE_ENDIAN).putInt(tail, 0);
        b.putInt(tail + 4, seal.of(block, countAt + 8 * count, tail));
    }

    /** An index block's checksum ({@code ExtChecksums.htreeNode}): over {@code used} bytes and the tail at {@code tail}. */
    interface Seal {
        int of(byte[] block, int used, int tail);
    }

    private byte[] leafBlock(List<Entry> leaf) {
        byte[] block = new byte[blockSize];
        ByteBuffer b = ByteBuffer.wrap(block).order(ByteOrder.LITTLE_ENDIAN);
        if (leaf.isEmpty()) {
            b.putInt(0, 0).putShort(4, (short) leafSpace());
            return block;
        }
        int at = 0;
        for (int i = 0; i < leaf.size(); i++) {
            Entry e = leaf.get(i);
            int length = i == leaf.size() - 1 ? leafSpace() - at : entryLength(e.name().length);
            b.putInt(at, (int) e.inode()).putShort(at + 4, (short) length).put(at + 6, (byte) e.name().length)
                    .put(at + 7, (byte) e.type());
            b.put(at + 8, e.name());
            at += length;
        }
        return block;
    }
}
