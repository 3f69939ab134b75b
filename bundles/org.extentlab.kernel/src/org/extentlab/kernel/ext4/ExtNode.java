package org.extentlab.kernel.ext4;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.extentlab.kernel.VolumeItem;

/** A file or directory of an ext4 volume as the module keeps it: its inode and its extents. */
final class ExtNode implements java.io.Serializable, VolumeItem {
    /** One extent: logical block, physical block, length in blocks, unwritten (preallocated) or not. */
    static final class Extent implements java.io.Serializable {
        long logical;
        long physical;
        long length;
        boolean unwritten;

        Extent(long logical, long physical, long length, boolean unwritten) {
            this.logical = logical;
            this.physical = physical;
            this.length = length;
            this.unwritten = unwritten;
        }

        long end() {
            return logical + length;
        }
    }

    final long inode;
    final boolean directory;
    String name;
    ExtNode parent;
    /** The inode as stored (inode size bytes). */
    byte[] raw;
    int generation;
    /** Extents by logical block. */
    final TreeMap<Long, Extent> extents = new TreeMap<>();
    /** Mapped by twelve direct pointers and indirect blocks (ext2/3) instead of an extent tree. */
    boolean blockMapped;
    /** The blocks of the extent tree below the inode, or the indirect blocks of a block map. */
    List<Long> treeBlocks = new ArrayList<>();
    long size;
    long memorySize;
    long modifyTime;
    boolean inhibit;
    /** A file whose bytes live in its inode (InlineData); served by the read/write path. */
    boolean inline;
    /** An htree-indexed directory, laid out anew by {@link HtreeIndex} at every change; its hash version. */
    boolean indexed;
    int hashVersion;
    /** False for files the module does not change: block-mapped, inline data, htree-indexed directories. */
    boolean changeable = true;
    /** A regular file with more than one name (hard links): every name shows it, none may change it. */
    boolean hardLinked;
    String unchangeableReason;
    final Map<String, ExtNode> children;

    ExtNode(long inode, boolean directory) {
        this.inode = inode;
        this.directory = directory;
        this.children = directory ? new TreeMap<>() : null;
    }

    @Override
    public long id() {
        return inode;
    }

    long dataBlocks() {
        long blocks = 0;
        for (Extent e : extents.values()) {
            blocks += e.length;
        }
        return blocks;
    }

    /** One past the last mapped logical block; 0 when nothing is mapped. */
    long mappedEnd() {
        return extents.isEmpty() ? 0 : extents.lastEntry().getValue().end();
    }

    Extent extentAt(long block) {
        Map.Entry<Long, Extent> entry = extents.floorEntry(block);
        return entry != null && entry.getValue().end() > block ? entry.getValue() : null;
    }

    String path() {
        if (parent == null) {
            return "/";
        }
        String above = parent.path();
        return (above.equals("/") ? "" : above) + "/" + name;
    }

    @Override
    public String toString() {
        return path();
    }
}
