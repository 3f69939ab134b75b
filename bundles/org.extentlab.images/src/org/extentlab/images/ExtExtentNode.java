package org.extentlab.images;

import java.nio.ByteBuffer;

/**
 * An ext4 extent tree node, read and written at one place for the reader and the module: a 12-byte
 * header (magic 0xF30A, entries in use, entries the node holds, depth, generation), then 12-byte
 * entries: leaves (depth 0) map a run of logical blocks to physical ones, their length above 32,768
 * marking the run unwritten; index entries point at the node below. In an inode the node is its
 * 60-byte i_block; in a tree block a checksum tail follows the last entry the node can hold. Buffers
 * are little-endian and start at the node.
 */
public final class ExtExtentNode {
    public static final int MAGIC = 0xF30A;
    public static final int HEADER = 12;
    public static final int ENTRY = 12;
    /** The longest written run a leaf holds, and the longest unwritten one. */
    public static final int MAX_WRITTEN = 32768;
    public static final int MAX_UNWRITTEN = 32767;

    private ExtExtentNode() {
    }

    /** A node's header, checked against the bytes it lies in. */
    public record Header(int entries, int max, int depth) {
    }

    /**
     * The node's header; an {@link ImageFormatException} for a node no driver would follow: no magic,
     * more entries in use than it holds or than its bytes hold, deeper than {@code maxDepth}.
     */
    public static Header header(ByteBuffer node, int maxDepth) throws ImageFormatException {
        if ((node.getShort(0) & 0xFFFF) != MAGIC) {
            throw new ImageFormatException("extent tree node without its magic number");
        }
        int entries = node.getShort(2) & 0xFFFF;
        int max = node.getShort(4) & 0xFFFF;
        int depth = node.getShort(6) & 0xFFFF;
        if (entries > max || HEADER + entries * ENTRY > node.capacity() || depth > maxDepth) {
            throw new ImageFormatException("damaged extent tree node (" + entries + " of " + max + " entries, depth "
                    + depth + ")");
        }
        return new Header(entries, max, depth);
    }

    /** Where the checksum tail of a tree block holding {@code max} entries lies. */
    public static int tail(int max) {
        return HEADER + ENTRY * max;
    }

    /** The first logical block an entry (leaf or index) covers. */
    public static long logical(ByteBuffer node, int entry) {
        return node.getInt(at(entry)) & 0xFFFF_FFFFL;
    }

    /** A leaf's length in blocks, without the unwritten mark. */
    public static int length(ByteBuffer node, int entry) {
        int raw = node.getShort(at(entry) + 4) & 0xFFFF;
        return raw > MAX_WRITTEN ? raw - MAX_WRITTEN : raw;
    }

    /** Whether a leaf's run is unwritten (allocated, reads as zeros). */
    public static boolean unwritten(ByteBuffer node, int entry) {
        return (node.getShort(at(entry) + 4) & 0xFFFF) > MAX_WRITTEN;
    }

    /** A leaf's first physical block (48 bits). */
    public static long start(ByteBuffer node, int entry) {
        int at = at(entry);
        return ((node.getShort(at + 6) & 0xFFFFL) << 32) | (node.getInt(at + 8) & 0xFFFF_FFFFL);
    }

    /** An index entry's child node block (48 bits). */
    public static long child(ByteBuffer node, int entry) {
        int at = at(entry);
        return (node.getInt(at + 4) & 0xFFFF_FFFFL) | ((node.getShort(at + 8) & 0xFFFFL) << 32);
    }

    /** Writes a header of {@code entries} in use out of {@code max}, at {@code depth}, generation 0. */
    public static void putHeader(ByteBuffer node, int entries, int max, int depth) {
        node.putShort(0, (short) MAGIC).putShort(2, (short) entries).putShort(4, (short) max)
                .putShort(6, (short) depth).putInt(8, 0);
    }

    /** Writes a leaf: {@code blocks} from logical {@code logical} at physical {@code start}. */
    public static void putLeaf(ByteBuffer node, int entry, long logical, long start, int blocks, boolean unwritten) {
        int at = at(entry);
        node.putInt(at, (int) logical);
        node.putShort(at + 4, (short) (unwritten ? blocks + MAX_WRITTEN : blocks));
        node.putShort(at + 6, (short) (start >>> 32));
        node.putInt(at + 8, (int) start);
    }

    /** Writes an index entry: the subtree from logical {@code logical} lies in block {@code child}. */
    public static void putIndex(ByteBuffer node, int entry, long logical, long child) {
        int at = at(entry);
        node.putInt(at, (int) logical);
        node.putInt(at + 4, (int) child);
        node.putShort(at + 8, (short) (child >>> 32));
        node.putShort(at + 10, (short) 0);
    }

    private static int at(int entry) {
        return HEADER + ENTRY * entry;
    }
}
