package org.extentlab.images;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * ext4 inline data (the inline_data feature): a small file's bytes kept in its inode, the first 60 in
 * i_block and the rest as the value of the extended attribute system.data in the inode's own
 * attribute space (after i_extra_isize, behind the magic 0xEA020000). Reads and rewrites one inode's
 * bytes in place, keeping any other attribute the inode holds; entry hashes as e2fsprogs computes them.
 * The reader and the simulated module share it.
 */
public final class ExtInlineData {
    public static final int IBLOCK = 0x28;
    public static final int IBLOCK_SIZE = 60;
    private static final int MAGIC = 0xEA020000;
    private static final int INDEX_SYSTEM = 7;
    private static final byte[] DATA = { 'd', 'a', 't', 'a' };

    private ExtInlineData() {
    }

    /** One in-inode extended attribute. */
    private record Attribute(int index, byte[] name, byte[] value) {
        boolean isData() {
            return index == INDEX_SYSTEM && Arrays.equals(name, DATA);
        }
    }

    /** Where the in-inode attribute space starts (its magic), or -1 when the inode has none. */
    private static int start(byte[] raw) {
        if (raw.length <= 128 + 4) {
            return -1;
        }
        int extra = ByteBuffer.wrap(raw).order(ByteOrder.LITTLE_ENDIAN).getShort(0x80) & 0xFFFF;
        int at = 128 + extra;
        return at + 4 <= raw.length ? at : -1;
    }

    private static List<Attribute> attributes(byte[] raw) {
        List<Attribute> list = new ArrayList<>();
        int start = start(raw);
        ByteBuffer b = ByteBuffer.wrap(raw).order(ByteOrder.LITTLE_ENDIAN);
        if (start < 0 || b.getInt(start) != MAGIC) {
            return list;
        }
        int first = start + 4;
        for (int at = first; at + 16 <= raw.length && b.getInt(at) != 0;) {
            int nameLength = raw[at] & 0xFF;
            int index = raw[at + 1] & 0xFF;
            int valueOffset = b.getShort(at + 2) & 0xFFFF;
            int valueSize = b.getInt(at + 8);
            byte[] name = Arrays.copyOfRange(raw, at + 16, at + 16 + nameLength);
            int from = first + valueOffset;
            byte[] value = valueSize == 0 ? new byte[0] : Arrays.copyOfRange(raw, from, from + valueSize);
            list.add(new Attribute(index, name, value));
            at += (16 + nameLength + 3) & ~3;
        }
        return list;
    }

    /** The value of system.data (the part of an inline file or folder past i_block); empty when none. */
    public static byte[] dataValue(byte[] raw) {
        for (Attribute a : attributes(raw)) {
            if (a.isData()) {
                return a.value();
            }
        }
        return new byte[0];
    }

    /** The file's bytes: {@code size} of them, from i_block and then system.data. */
    public static byte[] read(byte[] raw, long size) {
        byte[] data = new byte[(int) size];
        System.arraycopy(raw, IBLOCK, data, 0, (int) Math.min(size, IBLOCK_SIZE));
        if (size > IBLOCK_SIZE) {
            for (Attribute a : attributes(raw)) {
                if (a.isData()) {
                    System.arraycopy(a.value(), 0, data, IBLOCK_SIZE, (int) Math.min(a.value().length, size - IBLOCK_SIZE));
                }
            }
        }
        return data;
    }

    private static int entrySize(Attribute a) {
        return (16 + a.name().length + 3) & ~3;
    }

    private static int valueSize(int length) {
        return (length + 3) & ~3;
    }

    /** The most bytes the inode can hold inline, next to the other attributes it keeps. */
    public static int capacity(byte[] raw) {
        int start = start(raw);
        if (start < 0) {
            return IBLOCK_SIZE;
        }
        int space = raw.length - start - 4 - 4; // the magic, and the empty entry ending the list
        for (Attribute a : attributes(raw)) {
            if (!a.isData()) {
                space -= entrySize(a) + valueSize(a.value().length);
            }
        }
        space -= entrySize(new Attribute(INDEX_SYSTEM, DATA, new byte[0]));
        return IBLOCK_SIZE + Math.max(0, space / 4 * 4);
    }

    /** Stores {@code data} inline: i_block, and system.data for the rest (empty when it all fits i_block). */
    public static void write(byte[] raw, byte[] data) {
        Arrays.fill(raw, IBLOCK, IBLOCK + IBLOCK_SIZE, (byte) 0);
        System.arraycopy(data, 0, raw, IBLOCK, Math.min(data.length, IBLOCK_SIZE));
        byte[] rest = data.length > IBLOCK_SIZE ? Arrays.copyOfRange(data, IBLOCK_SIZE, data.length) : new byte[0];
        List<Attribute> kept = new ArrayList<>();
        for (Attribute a : attributes(raw)) {
            if (!a.isData()) {
                kept.add(a);
            }
        }
        kept.add(0, new Attribute(INDEX_SYSTEM, DATA, rest));
        layOut(raw, kept);
    }

    /** Removes system.data (the file now has blocks); the other attributes stay. */
    public static void remove(byte[] raw) {
        List<Attribute> kept = new ArrayList<>();
        for (Attribute a : attributes(raw)) {
            if (!a.isData()) {
                kept.add(a);
            }
        }
        layOut(raw, kept);
        Arrays.fill(raw, IBLOCK, IBLOCK + IBLOCK_SIZE, (byte) 0);
    }

    /** Writes the attribute space anew: entries from its start, values packed at its end. */
    private static void layOut(byte[] raw, List<Attribute> list) {
        int start = start(raw);
        if (start < 0) {
            if (list.stream().anyMatch(a -> a.value().length > 0 || !a.isData())) {
                throw new IllegalStateException("the inode has no room for extended attributes");
            }
            return;
        }
        ByteBuffer b = ByteBuffer.wrap(raw).order(ByteOrder.LITTLE_ENDIAN);
        Arrays.fill(raw, start, raw.length, (byte) 0);
        if (list.isEmpty()) {
            return;
        }
        b.putInt(start, MAGIC);
        int first = start + 4;
        int entry = first;
        int valueEnd = raw.length;
        for (Attribute a : list) {
            int size = valueSize(a.value().length);
            int valueAt = a.value().length == 0 ? 0 : valueEnd - size;
            if (a.value().length > 0) {
                System.arraycopy(a.value(), 0, raw, valueAt, a.value().length);
                valueEnd = valueAt;
            }
            raw[entry] = (byte) a.name().length;
            raw[entry + 1] = (byte) a.index();
            b.putShort(entry + 2, (short) (a.value().length == 0 ? 0 : valueAt - first));
            b.putInt(entry + 4, 0);
            b.putInt(entry + 8, a.value().length);
            b.putInt(entry + 12, hash(a));
            System.arraycopy(a.name(), 0, raw, entry + 16, a.name().length);
            entry += entrySize(a);
        }
        if (entry + 4 > valueEnd) {
            throw new IllegalStateException("the inode's extended attributes do not fit");
        }
    }

    /** e2fsprogs' ext2fs_ext_attr_hash_entry: the name's characters, then the value's words. */
    private static int hash(Attribute a) {
        int hash = 0;
        for (byte c : a.name()) {
            hash = (hash << 5) ^ (hash >>> 27) ^ c;
        }
        byte[] padded = Arrays.copyOf(a.value(), valueSize(a.value().length));
        ByteBuffer v = ByteBuffer.wrap(padded).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i < padded.length; i += 4) {
            hash = (hash << 16) ^ (hash >>> 16) ^ v.getInt(i);
        }
        return hash;
    }
}
