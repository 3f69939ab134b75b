package org.extentlab.kernel.ext4;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.extentlab.images.ExtChecksums;
import org.extentlab.images.ExtExtentNode;
import org.extentlab.images.ExtGroupDescriptor;
import org.extentlab.images.ExtGroups;
import org.extentlab.images.ExtInlineData;
import org.extentlab.images.ExtInode;
import org.extentlab.images.ExtSuperblock;
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
import org.extentlab.kernel.ext4.ExtNode.Extent;

/**
 * An ext4 module for extent-mapped files: block and inode bitmaps, group descriptors and superblock
 * counts kept current with their metadata_csum checksums; extent trees rebuilt after every change
 * (growing in depth and splitting into leaves as they fill); linear directories with checksummed
 * tails. Files are sparse: holes are packed as zeroFill. A write blockmap allocates blocks as
 * unwritten extents and packs them as data; completeIO converts the written range to written;
 * reads pack unwritten extents as zeroFill. preallocateSpace adds unwritten extents past the end of
 * the allocation. ext2/ext3 files are block-mapped: twelve direct pointers and single, double and
 * triple indirect blocks, rebuilt like the trees; they have no unwritten state, so writes allocate
 * written blocks and preallocation is not supported (ENOTSUP). Inline files (ExtInlineData) take the
 * read/write path and move to blocks when they outgrow the inode; htree-indexed folders are laid out
 * anew at each change (HtreeIndex).
 */
public final class Ext4Module extends AbstractModule {
    private static final int EXTENTS_FL = ExtInode.EXTENTS_FL;
    private static final int INDEX_FL = ExtInode.INDEX_FL;
    private static final int INLINE_DATA_FL = ExtInode.INLINE_DATA_FL;
    private static final int BG_INODE_UNINIT = ExtGroupDescriptor.INODE_UNINIT;
    private static final int BG_BLOCK_UNINIT = ExtGroupDescriptor.BLOCK_UNINIT;
    private static final long MAX_WRITTEN = ExtExtentNode.MAX_WRITTEN;
    private static final long MAX_UNWRITTEN = ExtExtentNode.MAX_UNWRITTEN;

    private final int blockSize;
    private final long blockCount;
    private final long firstDataBlock;
    private final long blocksPerGroup;
    private final long inodesPerGroup;
    private final int inodeSize;
    private final int descSize;
    private final int groupCount;
    private final boolean checksums;
    /** Whether new files get extent trees (ext4) or block maps (ext2, ext3). */
    private final boolean extentsFeature;
    /** The largest file the volume allows, in bytes (ExtSuperblock.maxFileSize for the files the module makes). */
    private final long maxFileSize;
    /** The metadata checksums, as the reader checks them. */
    private final ExtChecksums sums;
    /** The group descriptors' fields, as the reader reads them. */
    private final ExtGroupDescriptor groups;
    /** The first inode files may use, and the blocks reserved for growing the descriptors. */
    private final long firstInode;
    private final int reservedDescriptorBlocks;
    /** When the image says the volume was last written or mounted (seconds since 1970), -1 if never. */
    private final long lastWritten;
    /** Whether directory entries carry a file type byte (filetype). */
    private final boolean fileTypes;
    private String formatName = "ext4";
    private final boolean wide;
    /** dir_index: a folder that outgrows its first block becomes an htree-indexed one, as ext4 makes it. */
    private final boolean dirIndex;
    /** inline_data: small files keep their bytes in the inode, as ext4 first tries for every new file. */
    private final boolean inlineData;
    private final int defaultHashVersion;
    private final boolean unsignedHash;
    private final int[] hashSeed = new int[4];
    /** uninit_bg without metadata_csum: descriptors carry a CRC16. */
    private final boolean gdtCsum;
    private final byte[] superblock;
    private final byte[] descriptors;
    private final BitSet blocksUsed = new BitSet();
    private final BitSet inodesUsed = new BitSet();
    private final TreeSet<Integer> dirtyBlockGroups = new TreeSet<>();
    private final TreeSet<Integer> dirtyInodeGroups = new TreeSet<>();
    private long freeBlocks;
    private long freeInodes;
    private long lastAllocated;
    private final ExtNode root;
    private final Map<Long, ExtNode> items = new HashMap<>();


    private Ext4Module(BlockOverlay overlay, long volumeStart, AllocationPolicy policy, BitSet freeBlocksFromReader)
            throws IOException {
        super(overlay, volumeStart, policy);
        superblock = overlay.read(volumeStart + ExtSuperblock.OFFSET, ExtSuperblock.SIZE);
        ExtSuperblock sb = ExtSuperblock.parse(superblock);
        blockSize = sb.blockSize();
        wide = sb.wide();
        blockCount = sb.blockCount();
        firstDataBlock = sb.firstDataBlock();
        blocksPerGroup = sb.blocksPerGroup();
        inodesPerGroup = sb.inodesPerGroup();
        inodeSize = sb.inodeSize();
        descSize = sb.descriptorSize();
        groupCount = sb.groupCount();
        checksums = sb.metadataChecksums();
        extentsFeature = sb.extents();
        gdtCsum = sb.descriptorCrc16();
        dirIndex = sb.directoryIndex();
        inlineData = sb.inlineData();
        fileTypes = (sb.incompatFeatures() & ExtSuperblock.INCOMPAT_FILETYPE) != 0;
        defaultHashVersion = sb.defaultHashVersion();
        unsignedHash = sb.unsignedHash();
        System.arraycopy(sb.hashSeed(), 0, hashSeed, 0, 4);
        maxFileSize = sb.maxFileSize(extentsFeature);
        sums = new ExtChecksums(sb);
        groups = new ExtGroupDescriptor(sb);
        firstInode = sb.firstInode();
        lastWritten = sb.lastWritten();
        reservedDescriptorBlocks = sb.reservedDescriptorBlocks();
        int tableBlocks = (int) ((groupCount * (long) descSize + blockSize - 1) / blockSize);
        descriptors = new byte[tableBlocks * blockSize];
        for (int k = 0; k < tableBlocks; k++) {
            System.arraycopy(overlay.read(volumeStart + ExtGroups.descriptorBlock(superblock, k) * blockSize, blockSize),
                    0, descriptors, k * blockSize, blockSize);
        }
        for (int b = freeBlocksFromReader.nextClearBit(0); b < blockCount; b = freeBlocksFromReader.nextClearBit(b + 1)) {
            blocksUsed.set(b);
        }
        freeBlocks = blockCount - blocksUsed.cardinality();
        for (int g = 0; g < groupCount; g++) {
            if ((flags(g) & BG_INODE_UNINIT) != 0) {
                continue;
            }
            byte[] bitmap = read(inodeBitmap(g) * blockSize, (int) (inodesPerGroup / 8));
            BitSet bits = BitSet.valueOf(bitmap);
            for (int i = bits.nextSetBit(0); i >= 0 && i < inodesPerGroup; i = bits.nextSetBit(i + 1)) {
                inodesUsed.set((int) (g * inodesPerGroup + i));
            }
        }
        freeInodes = (long) groupCount * inodesPerGroup - inodesUsed.cardinality();
        root = (ExtNode) loadInode(2, null, "", true);
        root.parent = null;
        loadDirectory(root, 0);
    }

    /**
     * Opens the ext4 volume at {@code volumeStart}; {@code freeRuns} are the free byte ranges its
     * reader found ({@code LoadedVolume.freeRuns}), from which the block bitmap starts.
     */
    public static Ext4Module open(BlockOverlay overlay, long volumeStart, AllocationPolicy policy, long blockSize,
            long[] freeRuns, String formatName) throws IOException {
        BitSet free = new BitSet();
        for (int i = 0; i + 1 < freeRuns.length; i += 2) {
            long start = (freeRuns[i] - volumeStart) / blockSize;
            long blocks = freeRuns[i + 1] / blockSize;
            free.set((int) start, (int) (start + blocks));
        }
        Ext4Module module = new Ext4Module(overlay, volumeStart, policy, free);
        module.formatName = formatName;
        return module;
    }

    // ---- bytes ----

    private static ByteBuffer le(byte[] bytes) {
        return ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
    }

    private static long u32(ByteBuffer b, int at) {
        return b.getInt(at) & 0xFFFF_FFFFL;
    }

    private byte[] read(long deviceOffset, int length) {
        return readDevice(deviceOffset, length);
    }

    private void write(long deviceOffset, byte[] bytes) {
        writeDevice(deviceOffset, bytes);
    }

    private byte[] block(long number) {
        return read(number * blockSize, blockSize);
    }

    // ---- groups ----

    /** The descriptor table, for {@link #groups}' accessors (absolute offsets, little-endian). */
    private ByteBuffer table() {
        return ByteBuffer.wrap(descriptors).order(ByteOrder.LITTLE_ENDIAN);
    }

    private long blockBitmap(int g) {
        return groups.blockBitmap(table(), g);
    }

    private long inodeBitmap(int g) {
        return groups.inodeBitmap(table(), g);
    }

    private long inodeTable(int g) {
        return groups.inodeTable(table(), g);
    }

    private int flags(int g) {
        return groups.flags(table(), g);
    }

    private long groupStart(int g) {
        return firstDataBlock + g * blocksPerGroup;
    }

    /** Writes the bitmaps, descriptors and superblock of every group changed since the last flush. */
    private void flush() {
        for (int g : dirtyBlockGroups) {
            byte[] bitmap = new byte[blockSize];
            java.util.Arrays.fill(bitmap, (byte) 0xFF);
            long start = groupStart(g);
            long free = 0;
            for (int i = 0; i < blocksPerGroup; i++) {
                long b = start + i;
                boolean used = b >= blockCount || blocksUsed.get((int) b);
                if (!used) {
                    bitmap[i >>> 3] &= (byte) ~(1 << (i & 7));
                    free++;
                }
            }
            write(blockBitmap(g) * blockSize, bitmap);
            ByteBuffer d = table();
            groups.setFlags(d, g, flags(g) & ~BG_BLOCK_UNINIT);
            groups.setFreeBlocks(d, g, free);
            if (checksums) {
                groups.setBlockBitmapChecksum(d, g, sums.bitmap(bitmap, (int) (blocksPerGroup / 8)));
            }
        }
        for (int g : dirtyInodeGroups) {
            byte[] bitmap = new byte[blockSize];
            java.util.Arrays.fill(bitmap, (byte) 0xFF);
            long free = 0;
            long dirs = 0;
            int highest = -1;
            for (int i = 0; i < inodesPerGroup; i++) {
                int number = (int) (g * inodesPerGroup + i);
                if (!inodesUsed.get(number)) {
                    bitmap[i >>> 3] &= (byte) ~(1 << (i & 7));
                    free++;
                } else {
                    highest = i;
                    ExtNode node = items.get(number + 1L);
                    if (node != null && node.directory) {
                        dirs++;
                    }
                }
            }
            write(inodeBitmap(g) * blockSize, bitmap);
            ByteBuffer d = table();
            boolean wasUninit = (flags(g) & BG_INODE_UNINIT) != 0;
            groups.setFlags(d, g, flags(g) & ~BG_INODE_UNINIT);
            groups.setFreeInodes(d, g, free);
            long unused = wasUninit ? inodesPerGroup : groups.unusedInodes(d, g);
            groups.setUnusedInodes(d, g, Math.min(unused, inodesPerGroup - highest - 1));
            groups.setUsedDirectories(d, g, dirs);
            if (checksums) {
                groups.setInodeBitmapChecksum(d, g, sums.bitmap(bitmap, (int) (inodesPerGroup / 8)));
            }
        }
        TreeSet<Integer> changed = new TreeSet<>(dirtyBlockGroups);
        changed.addAll(dirtyInodeGroups);
        for (int g : changed) {
            ByteBuffer d = table();
            if (checksums || gdtCsum) {
                groups.setChecksum(d, g, sums.descriptor(g, groups.bytes(d, g), 0, descSize));
            }
            byte[] raw = groups.bytes(d, g);
            int perBlock = blockSize / descSize;
            write(ExtGroups.descriptorBlock(superblock, g / perBlock) * blockSize + (long) (g % perBlock) * descSize, raw);
        }
        if (!changed.isEmpty()) {
            ExtSuperblock.setFreeCounts(superblock, freeBlocks, freeInodes);
            write(ExtSuperblock.OFFSET, superblock);
        }
        dirtyBlockGroups.clear();
        dirtyInodeGroups.clear();
    }

    // ---- blocks ----

    /** Takes up to {@code count} free blocks from {@code goal} on; runs of {start, length}. */
    private List<long[]> takeBlocks(long goal, long count, boolean contiguous) {
        List<long[]> runs = new ArrayList<>();
        long wanted = Math.min(count, freeBlocks);
        if (wanted <= 0) {
            return runs;
        }
        long start = switch (policy) {
        case FIRST_FIT -> firstDataBlock;
        case NEXT_FIT -> lastAllocated + 1;
        default -> goal;
        };
        if (start < firstDataBlock || start >= blockCount) {
            start = firstDataBlock;
        }
        if (contiguous) {
            long run = findRun(wanted, start);
            if (run >= 0) {
                runs.add(new long[] { run, wanted });
                mark(runs, true);
                return runs;
            }
        }
        long got = 0;
        long at = start;
        boolean wrapped = false;
        while (got < wanted) {
            int free = blocksUsed.nextClearBit((int) at);
            if (free >= blockCount) {
                if (wrapped) {
                    break;
                }
                wrapped = true;
                at = firstDataBlock;
                continue;
            }
            int end = blocksUsed.nextSetBit(free);
            if (end < 0 || end > blockCount) {
                end = (int) blockCount;
            }
            long take = Math.min(end - free, wanted - got);
            runs.add(new long[] { free, take });
            got += take;
            at = free + take;
            if (wrapped && at >= start) {
                break;
            }
        }
        mark(runs, true);
        return runs;
    }

    private long findRun(long length, long from) {
        for (int pass = 0; pass < 2; pass++) {
            int at = (int) (pass == 0 ? from : firstDataBlock);
            while (at < blockCount) {
                int free = blocksUsed.nextClearBit(at);
                if (free >= blockCount) {
                    break;
                }
                int end = blocksUsed.nextSetBit(free);
                if (end < 0 || end > blockCount) {
                    end = (int) blockCount;
                }
                if (end - free >= length) {
                    return free;
                }
                at = end;
            }
        }
        return -1;
    }

    private void mark(List<long[]> runs, boolean used) {
        for (long[] run : runs) {
            blocksUsed.set((int) run[0], (int) (run[0] + run[1]), used);
            freeBlocks += used ? -run[1] : run[1];
            for (long b = run[0]; b < run[0] + run[1]; b += blocksPerGroup) {
                dirtyBlockGroups.add((int) ((b - firstDataBlock) / blocksPerGroup));
            }
            dirtyBlockGroups.add((int) ((run[0] + run[1] - 1 - firstDataBlock) / blocksPerGroup));
            if (used) {
                lastAllocated = run[0] + run[1] - 1;
            }
        }
        if (!runs.isEmpty()) {
            freeSequence++;
        }
    }

    private void freeBlocks(long start, long length) {
        mark(List.of(new long[] { start, length }), false);
    }

    // ---- inodes ----

    private long inodeOffset(long number) {
        int g = (int) ((number - 1) / inodesPerGroup);
        long index = (number - 1) % inodesPerGroup;
        return inodeTable(g) * blockSize + index * inodeSize;
    }

    private VolumeItem loadInode(long number, ExtNode parent, String name, boolean isRoot) throws IOException {
        byte[] raw = read(inodeOffset(number), inodeSize);
        ByteBuffer b = le(raw);
        int mode = ExtInode.mode(b, 0);
        boolean directory = (mode & ExtInode.TYPE) == ExtInode.DIRECTORY;
        ExtNode node = new ExtNode(number, directory);
        node.raw = raw;
        node.name = name;
        node.parent = parent;
        node.generation = ExtInode.generation(b, 0);
        node.size = ExtInode.size(b, 0);
        node.memorySize = node.size;
        node.modifyTime = ExtInode.modifyTime(b, 0);
        int flags = ExtInode.flags(b, 0);
        int links = ExtInode.links(b, 0);
        if ((mode & ExtInode.TYPE) != ExtInode.REGULAR && !directory) {
            node.changeable = false;
            node.unchangeableReason = "not a regular file or directory";
        } else if ((flags & INLINE_DATA_FL) != 0) {
            // An inline file is served by the read/write path, as ExtendFS serves it; an inline folder gets
            // a block of its own at its first change.
            node.inline = true;
            node.inhibit = !directory;
        } else if ((flags & EXTENTS_FL) == 0) {
            node.blockMapped = true;
            walkBlockMap(node, b);
        } else {
            byte[] iblock = java.util.Arrays.copyOfRange(raw, 0x28, 0x28 + 60);
            walkTree(node, le(iblock), 8);
        }
        if (!directory && links > 1 && node.changeable) {
            node.hardLinked = true;
            // The module keeps one name per inode: changing or removing one of several names would
            // leave the others naming an inode changed or freed under them.
            node.changeable = false;
            node.unchangeableReason = "it has " + links + " names (hard links), and the simulation keeps one name per inode";
        }
        if (directory && (flags & INDEX_FL) != 0 && node.changeable) {
            int version = node.extents.isEmpty() ? -1 : block(node.extents.firstEntry().getValue().physical)[28] & 0xFF;
            if (HtreeIndex.supported(version)) {
                node.indexed = true;
                node.hashVersion = version;
            } else {
                node.changeable = false;
                node.unchangeableReason = "it is an htree-indexed directory of an unknown hash (" + version + ")";
            }
        }
        items.put(number, node);
        return node;
    }

    private void walkTree(ExtNode node, ByteBuffer header, int levelsLeft) throws IOException {
        ExtExtentNode.Header head;
        try {
            head = ExtExtentNode.header(header, levelsLeft - 1);
        } catch (ImageFormatException e) {
            throw new ImageFormatException("inode " + node.inode + " has a damaged extent tree; run e2fsck first");
        }
        for (int i = 0; i < head.entries(); i++) {
            if (head.depth() == 0) {
                long logical = ExtExtentNode.logical(header, i);
                node.extents.put(logical, new Extent(logical, ExtExtentNode.start(header, i), ExtExtentNode.length(header, i),
                        ExtExtentNode.unwritten(header, i)));
            } else {
                long child = ExtExtentNode.child(header, i);
                node.treeBlocks.add(child);
                walkTree(node, le(block(child)), levelsLeft - 1);
            }
        }
    }

    private void loadDirectory(ExtNode directory, int depth) throws IOException {
        if (depth > 256) {
            throw new ImageFormatException("directories nest deeper than 256 levels at " + directory.path());
        }
        if (directory.inline) {
            loadEntries(directory, inlineEntries(directory), depth);
            return;
        }
        for (Extent e : directory.extents.values()) {
            if (e.unwritten) {
                continue;
            }
            for (long k = 0; k < e.length; k++) {
                loadEntries(directory, block(e.physical + k), depth);
            }
        }
    }

    /**
     * Removes the record of {@code inode} named {@code name} from the records in [from, to) of
     * {@code bytes}: the previous record takes its room, or it becomes unused when it is the first.
     */
    private static boolean removeRecord(byte[] bytes, int from, int to, long inode, byte[] name) {
        ByteBuffer b = le(bytes);
        int previous = -1;
        for (int pos = from; pos + 8 <= to;) {
            int recordLength = b.getShort(pos + 4) & 0xFFFF;
            if (recordLength < 8) {
                return false;
            }
            if (u32(b, pos) == inode && (b.get(pos + 6) & 0xFF) == name.length
                    && java.util.Arrays.equals(bytes, pos + 8, pos + 8 + name.length, name, 0, name.length)) {
                if (previous < 0) {
                    b.putInt(pos, 0);
                } else {
                    b.putShort(previous + 4, (short) ((b.getShort(previous + 4) & 0xFFFF) + recordLength));
                }
                return true;
            }
            previous = pos;
            pos += recordLength;
        }
        return false;
    }

    /** An inline folder's records: those in i_block after the parent's inode number, then system.data's. */
    private static byte[] inlineEntries(ExtNode directory) {
        byte[] rest = ExtInlineData.dataValue(directory.raw);
        byte[] content = new byte[56 + rest.length];
        System.arraycopy(directory.raw, ExtInlineData.IBLOCK + 4, content, 0, 56);
        System.arraycopy(rest, 0, content, 56, rest.length);
        return content;
    }

    private void loadEntries(ExtNode directory, byte[] bytes, int depth) throws IOException {
        ByteBuffer b = le(bytes);
        for (int pos = 0; pos + 8 <= bytes.length;) {
            long inode = u32(b, pos);
            int recordLength = b.getShort(pos + 4) & 0xFFFF;
            int nameLength = b.get(pos + 6) & 0xFF;
            if (recordLength < 8 || pos + recordLength > bytes.length) {
                throw new ImageFormatException("directory " + directory.path() + " has a damaged entry; run e2fsck first");
            }
            if (inode != 0 && nameLength > 0) {
                String name = new String(bytes, pos + 8, nameLength, StandardCharsets.UTF_8);
                if (!name.equals(".") && !name.equals("..") && !items.containsKey(inode)) {
                    ExtNode child = (ExtNode) loadInode(inode, directory, name, false);
                    directory.children.put(name, child);
                    if (child.directory) {
                        loadDirectory(child, depth + 1);
                    }
                } else if (!name.equals(".") && !name.equals("..") && items.get(inode) != null
                        && items.get(inode).hardLinked) {
                    directory.children.put(name, items.get(inode)); // another name of a hard-linked file
                }
            }
            pos += recordLength;
        }
    }

    /**
     * Gives an inline folder a block of its own holding ".", ".." and its entries, as ext4 does when an
     * inline folder outgrows its inode; ENOSPC, nothing changed, when no block can be had.
     */
    private Errno directoryToBlock(ExtNode directory) {
        byte[] before = directory.raw.clone();
        long parent = directory.parent == null ? directory.inode : directory.parent.inode;
        ExtInlineData.remove(directory.raw);
        ByteBuffer raw = le(directory.raw);
        ExtInode.setFlags(raw, 0, ExtInode.flags(raw, 0) & ~INLINE_DATA_FL | EXTENTS_FL);
        List<long[]> taken = fillHoles(directory, 0, 1, true, false);
        if (taken.isEmpty() || !persistMapping(directory)) {
            undoFill(directory, taken);
            directory.raw = before;
            flush();
            return Errno.ENOSPC;
        }
        byte[] bytes = new byte[blockSize];
        ByteBuffer b = le(bytes);
        putEntry(b, 0, directory.inode, 12, ".".getBytes(StandardCharsets.UTF_8), true);
        int at = 12;
        List<ExtNode> children = new ArrayList<>(directory.children.values());
        for (int i = 0; i <= children.size(); i++) {
            boolean last = i == children.size();
            byte[] name = (i == 0 ? ".." : children.get(i - 1).name).getBytes(StandardCharsets.UTF_8);
            int length = last ? usable() - at : HtreeIndex.entryLength(name.length);
            if (i == 0) {
                putEntry(b, at, parent, length, name, true);
            } else {
                ExtNode child = children.get(i - 1);
                putEntry(b, at, child.inode, length, name, child.directory);
                b.put(at + 7, (byte) entryType(child));
            }
            at += length;
        }
        sealDirectoryBlock(directory, bytes);
        write(taken.get(0)[1] * blockSize, bytes);
        directory.inline = false;
        directory.size = blockSize;
        raw.putInt(4, blockSize);
        writeInode(directory);
        flush();
        return null;
    }

    /** Writes the node's inode: sizes, times, block count, flags, tree root; with its checksum. */
    private void writeInode(ExtNode node) {
        ByteBuffer b = le(node.raw);
        if (!node.directory) {
            ExtInode.setSize(b, 0, node.size);
        }
        ExtInode.setTimes(b, 0, null, node.modifyTime, node.modifyTime);
        ExtInode.setBlocks(b, 0, (node.dataBlocks() + node.treeBlocks.size()) * (blockSize / 512));
        if (checksums) {
            sums.setInode(node.inode, node.generation, node.raw, node.raw.length);
        }
        write(inodeOffset(node.inode), node.raw);
    }

    /**
     * The node's tree or indirect blocks, resized to {@code needed}: kept, taken near its data, or
     * freed from the end; null (nothing taken) when the volume has too few free blocks.
     */
    private List<Long> metadataBlocks(ExtNode node, int needed) {
        List<Long> blocks = new ArrayList<>(node.treeBlocks);
        if (blocks.size() < needed) {
            long goal = node.extents.isEmpty() ? groupStart((int) ((node.inode - 1) / inodesPerGroup))
                    : node.extents.firstEntry().getValue().physical;
            List<long[]> runs = takeBlocks(goal, needed - blocks.size(), false);
            if (runs.stream().mapToLong(r -> r[1]).sum() < needed - blocks.size()) {
                mark(runs, false);
                return null;
            }
            for (long[] run : runs) {
                for (long k = 0; k < run[1]; k++) {
                    blocks.add(run[0] + k);
                }
            }
        }
        while (blocks.size() > needed) {
            freeBlocks(blocks.remove(blocks.size() - 1), 1);
        }
        return blocks;
    }

    /** Writes the node's mapping as it is kept on the device: an extent tree or a block map. */
    private boolean persistMapping(ExtNode node) {
        return node.blockMapped ? writeBlockMap(node) : writeTree(node);
    }

    // ---- block maps (ext2, ext3) ----

    private void walkBlockMap(ExtNode node, ByteBuffer inode) throws IOException {
        long perBlock = blockSize / 4;
        for (int i = 0; i < 12; i++) {
            long pointer = u32(inode, 0x28 + 4 * i);
            if (pointer != 0) {
                mapBlock(node, i, pointer);
            }
        }
        long base = 12;
        for (int level = 1; level <= 3; level++) {
            walkIndirect(node, u32(inode, 0x28 + 4 * (11 + level)), level, base);
            base += pow(perBlock, level);
        }
    }

    private static long pow(long base, int exponent) {
        long result = 1;
        for (int i = 0; i < exponent; i++) {
            result *= base;
        }
        return result;
    }

    private void walkIndirect(ExtNode node, long block, int level, long base) throws IOException {
        if (block == 0) {
            return;
        }
        if (block < firstDataBlock || block >= blockCount) {
            throw new ImageFormatException("inode " + node.inode + " points outside the volume (block " + block
                    + "); run e2fsck first");
        }
        node.treeBlocks.add(block);
        ByteBuffer pointers = le(block(block));
        long span = pow(blockSize / 4, level - 1);
        for (int k = 0; k < blockSize / 4; k++) {
            long pointer = u32(pointers, 4 * k);
            if (pointer == 0) {
                continue;
            }
            if (level == 1) {
                mapBlock(node, base + k, pointer);
            } else {
                walkIndirect(node, pointer, level - 1, base + k * span);
            }
        }
    }

    private void mapBlock(ExtNode node, long logical, long physical) throws ImageFormatException {
        if (physical < firstDataBlock || physical >= blockCount) {
            throw new ImageFormatException("inode " + node.inode + " points outside the volume (block " + physical
                    + "); run e2fsck first");
        }
        addExtent(node, logical, physical, 1, false);
    }

    /**
     * Rewrites the node's block map from its extents: twelve direct pointers, then single, double
     * and triple indirect blocks, only those that hold a pointer. Indirect blocks are reused, taken or
     * freed to match; false (nothing changed) when blocks for them ran out.
     */
    private boolean writeBlockMap(ExtNode node) {
        long perBlock = blockSize / 4;
        // Which indirect blocks the map needs, by the path of pointer slots that leads to them.
        java.util.LinkedHashMap<String, long[]> nodes = new java.util.LinkedHashMap<>();
        long[] direct = new long[15];
        java.util.Set<List<String>> placements = new java.util.LinkedHashSet<>();
        for (Extent e : node.extents.values()) {
            for (long k = 0; k < e.length; k++) {
                long logical = e.logical + k;
                long physical = e.physical + k;
                if (logical < 12) {
                    direct[(int) logical] = physical;
                    continue;
                }
                long rest = logical - 12;
                int level = 1;
                while (rest >= pow(perBlock, level)) {
                    rest -= pow(perBlock, level);
                    level++;
                }
                String path = Integer.toString(level);
                for (int depth = level - 1; depth >= 0; depth--) {
                    long slot = rest / pow(perBlock, depth) % perBlock;
                    nodes.computeIfAbsent(path, key -> new long[(int) perBlock]);
                    if (depth == 0) {
                        nodes.get(path)[(int) slot] = physical;
                    } else {
                        placements.add(List.of(path, Long.toString(slot), path + "/" + slot));
                        path = path + "/" + slot;
                    }
                }
            }
        }
        List<Long> blocks = metadataBlocks(node, nodes.size());
        if (blocks == null) {
            return false;
        }
        Map<String, Long> where = new java.util.HashMap<>();
        int used = 0;
        for (String path : nodes.keySet()) {
            where.put(path, blocks.get(used++));
        }
        for (List<String> placement : placements) {
            nodes.get(placement.get(0))[Integer.parseInt(placement.get(1))] = where.get(placement.get(2));
        }
        for (Map.Entry<String, long[]> entry : nodes.entrySet()) {
            ByteBuffer bytes = ByteBuffer.allocate(blockSize).order(ByteOrder.LITTLE_ENDIAN);
            for (long pointer : entry.getValue()) {
                bytes.putInt((int) pointer);
            }
            write(where.get(entry.getKey()) * blockSize, bytes.array());
            if (entry.getKey().indexOf('/') < 0) {
                direct[11 + Integer.parseInt(entry.getKey())] = where.get(entry.getKey());
            }
        }
        ByteBuffer inode = le(node.raw);
        for (int i = 0; i < 15; i++) {
            inode.putInt(0x28 + 4 * i, (int) direct[i]);
        }
        node.treeBlocks = blocks;
        return true;
    }

    /**
     * Rewrites the extent tree from the node's extents: in the inode when four fit, else leaves of
     * (block size - 12) / 12 entries under as many index levels as needed. Tree blocks are reused,
     * taken or freed to match. Returns false (nothing changed) when blocks for the tree ran out.
     */
    private boolean writeTree(ExtNode node) {
        List<long[]> entries = new ArrayList<>();
        for (Extent e : node.extents.values()) {
            entries.add(new long[] { e.logical, e.physical, e.length, e.unwritten ? 1 : 0 });
        }
        int perBlock = (blockSize - 12) / 12;
        // Count the nodes of each level below the root: leaves first, then index levels.
        List<Integer> nodesPerLevel = new ArrayList<>();
        int count = entries.size();
        int needed = 0;
        while (count > 4) {
            int nodes = (count + perBlock - 1) / perBlock;
            nodesPerLevel.add(nodes);
            needed += nodes;
            count = nodes;
        }
        int depth = nodesPerLevel.size();
        List<Long> blocks = metadataBlocks(node, needed);
        if (blocks == null) {
            return false;
        }
        int used = 0;
        List<long[]> below = entries;
        for (int d = 0; d < depth; d++) {
            List<long[]> parents = new ArrayList<>();
            for (int start = 0; start < below.size(); start += perBlock) {
                long number = blocks.get(used++);
                List<long[]> chunk = below.subList(start, Math.min(below.size(), start + perBlock));
                byte[] bytes = new byte[blockSize];
                fillNode(le(bytes), chunk, perBlock, d);
                if (checksums) {
                    int tail = 12 + 12 * perBlock;
                    le(bytes).putInt(tail, sums.extentBlock(node.inode, node.generation, bytes, tail));
                }
                write(number * blockSize, bytes);
                parents.add(new long[] { chunk.get(0)[0], number });
            }
            below = parents;
        }
        byte[] iblock = new byte[60];
        fillNode(le(iblock), below, 4, depth);
        System.arraycopy(iblock, 0, node.raw, 0x28, 60);
        ExtInode.setFlags(le(node.raw), 0, ExtInode.flags(le(node.raw), 0) | EXTENTS_FL);
        node.treeBlocks = blocks;
        return true;
    }

    /** Reads the node's inode and extent tree back from the device and compares them with memory. */
    private void compareTreeOnDevice(ExtNode node, List<String> problems) {
        byte[] raw = read(inodeOffset(node.inode), inodeSize);
        if (!java.util.Arrays.equals(raw, node.raw)) {
            problems.add(node.path() + ": the inode on the device differs from the module's");
            return;
        }
        if (node.inline) {
            return; // i_block holds data, not a tree
        }
        ExtNode copy = new ExtNode(node.inode, node.directory);
        try {
            if (node.blockMapped) {
                walkBlockMap(copy, le(raw));
            } else {
                walkTree(copy, le(java.util.Arrays.copyOfRange(raw, 0x28, 0x28 + 60)), 8);
            }
        } catch (IOException e) {
            problems.add(node.path() + ": its extent tree cannot be read back: " + e.getMessage());
            return;
        }
        if (!new java.util.HashSet<>(copy.treeBlocks).equals(new java.util.HashSet<>(node.treeBlocks))) {
            problems.add(node.path() + ": the tree or indirect blocks on the device are " + copy.treeBlocks + ", the module's "
                    + node.treeBlocks);
        }
        normalize(copy);
        List<Extent> onDevice = new ArrayList<>(copy.extents.values());
        List<Extent> inMemory = new ArrayList<>(node.extents.values());
        boolean same = onDevice.size() == inMemory.size();
        for (int i = 0; same && i < onDevice.size(); i++) {
            Extent a = onDevice.get(i);
            Extent b = inMemory.get(i);
            same = a.logical == b.logical && a.physical == b.physical && a.length == b.length && a.unwritten == b.unwritten;
        }
        if (!same) {
            problems.add(node.path() + ": the mapping on the device (" + onDevice.size()
                    + " extents) differs from the module's (" + inMemory.size() + ")");
        }
    }

    /** Writes a node: leaves {logical, physical, blocks, unwritten 0/1} at depth 0, else {logical, child}. */
    private static void fillNode(ByteBuffer b, List<long[]> entries, int max, int depth) {
        ExtExtentNode.putHeader(b, entries.size(), max, depth);
        for (int i = 0; i < entries.size(); i++) {
            long[] e = entries.get(i);
            if (depth == 0) {
                ExtExtentNode.putLeaf(b, i, e[0], e[1], (int) e[2], e[3] != 0);
            } else {
                ExtExtentNode.putIndex(b, i, e[0], e[1]);
            }
        }
    }

    // ---- extents in memory ----

    /** Adds an extent, merging with its neighbours when contiguous and of the same kind. */
    private static void addExtent(ExtNode node, long logical, long physical, long length, boolean unwritten) {
        long max = unwritten ? MAX_UNWRITTEN : MAX_WRITTEN;
        Map.Entry<Long, Extent> before = node.extents.lowerEntry(logical);
        if (before != null) {
            Extent p = before.getValue();
            if (p.end() == logical && p.physical + p.length == physical && p.unwritten == unwritten
                    && p.length + length <= max) {
                p.length += length;
                mergeNext(node, p, max);
                return;
            }
        }
        while (length > max) {
            node.extents.put(logical, new Extent(logical, physical, max, unwritten));
            logical += max;
            physical += max;
            length -= max;
        }
        Extent e = new Extent(logical, physical, length, unwritten);
        node.extents.put(logical, e);
        mergeNext(node, e, max);
    }

    private static void mergeNext(ExtNode node, Extent e, long max) {
        Extent next = node.extents.get(e.end());
        if (next != null && next.physical == e.physical + e.length && next.unwritten == e.unwritten
                && e.length + next.length <= max) {
            e.length += next.length;
            node.extents.remove(next.logical);
        }
    }

    /** Splits the extent holding {@code block} so that one begins there. */
    private static void splitAt(ExtNode node, long block) {
        Extent e = node.extentAt(block);
        if (e == null || e.logical == block) {
            return;
        }
        long head = block - e.logical;
        Extent tail = new Extent(block, e.physical + head, e.length - head, e.unwritten);
        e.length = head;
        node.extents.put(block, tail);
    }

    /** Marks blocks [from, to) written; returns whether anything changed. */
    private static boolean convert(ExtNode node, long from, long to) {
        splitAt(node, from);
        splitAt(node, to);
        boolean changed = false;
        for (Extent e : new ArrayList<>(node.extents.subMap(from, to).values())) {
            if (e.unwritten) {
                e.unwritten = false;
                changed = true;
            }
        }
        normalize(node);
        return changed;
    }

    /** Merges neighbouring extents that continue each other, as the tree on the device holds them. */
    private static void normalize(ExtNode node) {
        List<Extent> all = new ArrayList<>(node.extents.values());
        node.extents.clear();
        for (Extent e : all) {
            addExtent(node, e.logical, e.physical, e.length, e.unwritten);
        }
    }

    /** Drops every extent from block {@code from} on and frees its blocks. */
    private void dropFrom(ExtNode node, long from) {
        splitAt(node, from);
        for (Extent e : new ArrayList<>(node.extents.tailMap(from).values())) {
            node.extents.remove(e.logical);
            freeBlocks(e.physical, e.length);
        }
        normalize(node);
    }

    private long blocksFor(long bytes) {
        return (bytes + blockSize - 1) / blockSize;
    }

    private long goal(ExtNode node, long logical) {
        Map.Entry<Long, Extent> before = node.extents.floorEntry(logical);
        if (before != null) {
            Extent e = before.getValue();
            return e.physical + (logical - e.logical);
        }
        return groupStart((int) ((node.inode - 1) / inodesPerGroup));
    }

    /**
     * Allocates every hole of blocks [from, to) as new extents (unwritten unless {@code written});
     * returns the blocks now mapped from {@code from} on, contiguously, and the runs taken.
     */
    private List<long[]> fillHoles(ExtNode node, long from, long to, boolean written, boolean contiguous) {
        List<long[]> taken = new ArrayList<>();
        long at = from;
        while (at < to) {
            Extent e = node.extentAt(at);
            if (e != null) {
                at = e.end();
                continue;
            }
            Map.Entry<Long, Extent> next = node.extents.higherEntry(at);
            long holeEnd = Math.min(to, next == null ? Long.MAX_VALUE : next.getKey());
            List<long[]> runs = takeBlocks(goal(node, at), holeEnd - at, contiguous);
            long logical = at;
            for (long[] run : runs) {
                addExtent(node, logical, run[0], run[1], !written);
                taken.add(new long[] { logical, run[0], run[1] });
                logical += run[1];
            }
            if (logical < holeEnd) {
                break;
            }
            at = holeEnd;
        }
        return taken;
    }

    private void undoFill(ExtNode node, List<long[]> taken) {
        for (long[] t : taken) {
            splitAt(node, t[0]);
            splitAt(node, t[0] + t[2]);
            node.extents.remove(t[0]);
            for (Extent e : new ArrayList<>(node.extents.subMap(t[0], t[0] + t[2]).values())) {
                node.extents.remove(e.logical);
            }
            freeBlocks(t[1], t[2]);
        }
        normalize(node);
    }

    /** Zeroes the parts of the blocks in {@code taken} that [offset, end) does not cover. */
    private void zeroUncovered(List<long[]> taken, long offset, long end) {
        for (long[] t : taken) {
            long firstByte = t[0] * blockSize;
            long lastByte = (t[0] + t[2]) * blockSize;
            zeroDevice(t[1] * blockSize, Math.max(0, Math.min(offset, lastByte) - firstByte));
            long tail = Math.max(end, firstByte);
            if (tail < lastByte) {
                zeroDevice(t[1] * blockSize + (tail - firstByte), lastByte - tail);
            }
        }
    }

    // ---- identity ----

    @Override
    public long lastWritten() {
        return lastWritten;
    }

    @Override
    public String formatName() {
        return formatName;
    }

    @Override
    public VolumeItem root() {
        return root;
    }

    @Override
    public int sectorSize() {
        return 512;
    }

    @Override
    public int allocationUnit() {
        return blockSize;
    }

    @Override
    public long volumeBytes() {
        return blockCount * blockSize;
    }

    @Override
    public boolean sparseFiles() {
        return true;
    }

    private ExtNode node(VolumeItem item) {
        if (item instanceof ExtNode node && items.get(node.inode) == node) {
            return node;
        }
        return null;
    }

    @Override
    public FileAttributes attributes(VolumeItem item) {
        ExtNode node = node(item);
        if (node == null) {
            return null;
        }
        return new FileAttributes(node.inode, node.directory, node.directory ? node.size : node.memorySize,
                node.dataBlocks() * blockSize, node.modifyTime, node.inhibit);
    }

    @Override
    public long freeBytes() {
        return freeBlocks * blockSize;
    }

    // ---- kernel-offloaded I/O ----

    /**
     * Packs blocks [fromBlock, toBlock): extents as data (unwritten ones as zeroFill when
     * {@code forRead}), holes as zeroFill, until the packer is full.
     */
    private void pack(ExtNode node, long fromBlock, long toBlock, boolean forRead, ExtentPacker packer) {
        long maxBlocks = ExtentPacker.MAX_EXTENT_LENGTH / blockSize;
        long at = fromBlock;
        while (at < toBlock) {
            Extent e = node.extentAt(at);
            long end;
            PackedExtentType type;
            long physical;
            if (e == null) {
                Map.Entry<Long, Extent> next = node.extents.higherEntry(at);
                end = Math.min(toBlock, next == null ? toBlock : next.getKey());
                type = PackedExtentType.ZERO_FILL;
                physical = -1;
            } else {
                end = Math.min(toBlock, e.end());
                type = e.unwritten && forRead ? PackedExtentType.ZERO_FILL : PackedExtentType.DATA;
                physical = type == PackedExtentType.DATA ? (e.physical + (at - e.logical)) * blockSize : -1;
            }
            end = Math.min(end, at + maxBlocks);
            if (!packer.packExtent(type, at * blockSize, Math.max(physical, 0), (end - at) * blockSize)) {
                return;
            }
            at = end;
        }
    }

    private Errno unchangeable(ExtNode node) {
        return node.changeable ? null : Errno.EPERM;
    }

    /**
     * Moves an inline file's bytes out of its inode into blocks with an extent tree, as ext4 does when
     * a write outgrows the inode; from then on the file is kernel-offloaded. ENOSPC, nothing changed,
     * when no block can be had.
     */
    private Errno toExtents(ExtNode node) {
        byte[] before = node.raw.clone();
        byte[] data = ExtInlineData.read(node.raw, node.size);
        ExtInlineData.remove(node.raw);
        ByteBuffer raw = le(node.raw);
        ExtInode.setFlags(raw, 0, ExtInode.flags(raw, 0) & ~INLINE_DATA_FL | EXTENTS_FL);
        long blocks = blocksFor(data.length);
        List<long[]> taken = fillHoles(node, 0, blocks, true, false);
        if (taken.stream().mapToLong(t -> t[2]).sum() < blocks || !persistMapping(node)) {
            undoFill(node, taken);
            node.raw = before;
            flush();
            return Errno.ENOSPC;
        }
        for (long b = 0; b < blocks; b++) {
            int from = (int) (b * blockSize);
            write((node.extentAt(b).physical + b - node.extentAt(b).logical) * blockSize,
                    java.util.Arrays.copyOfRange(data, from, from + blockSize));
        }
        node.inline = false;
        node.inhibit = false;
        writeInode(node);
        flush();
        return null;
    }

    @Override
    public Replies.Blockmap blockmapFile(VolumeItem item, long offset, long length, int flags, long operationId,
            ExtentPacker packer) {
        ExtNode node = node(item);
        if (node == null || node.directory) {
            return new Replies.Blockmap(node == null ? Errno.ENOENT : Errno.EISDIR, freeSpace());
        }
        if (length == 0) {
            return new Replies.Blockmap(null, freeSpace());
        }
        Errno unmovable = node.inline ? toExtents(node) : null;
        if (unmovable != null) {
            return new Replies.Blockmap(unmovable, freeSpace());
        }
        boolean write = (flags & Flags.WRITE) != 0;
        if ((flags & (Flags.READ | Flags.WRITE)) == 0 && operationId != 0) {
            return new Replies.Blockmap(Errno.EINVAL, freeSpace());
        }
        if (offset < 0 || length < 0 || offset + length > maxFileSize) {
            return new Replies.Blockmap(Errno.EFBIG, freeSpace());
        }
        if (unchangeable(node) != null) {
            return new Replies.Blockmap(unchangeable(node), freeSpace());
        }
        long first = offset / blockSize;
        long end = offset + length;
        if (!write) {
            long limit = blocksFor(Math.max(node.memorySize, node.mappedEnd() * blockSize));
            if (first >= limit) {
                return new Replies.Blockmap(Errno.EINVAL, freeSpace());
            }
            if (operationId != 0) {
                begin(operationId, false, node.memorySize, node.mappedEnd());
            }
            pack(node, first, Math.min(limit, blocksFor(end)), true, packer);
            return new Replies.Blockmap(null, freeSpace());
        }
        long allocatedBefore = node.mappedEnd(); // what a failed write gives back down to
        List<long[]> taken = fillHoles(node, first, blocksFor(end), node.blockMapped, false);
        long mapped = first;
        while (node.extentAt(mapped) != null && mapped < blocksFor(end)) {
            mapped = node.extentAt(mapped).end();
        }
        if (mapped == first) {
            undoFill(node, taken);
            return new Replies.Blockmap(Errno.ENOSPC, freeSpace());
        }
        if (!taken.isEmpty() && !persistMapping(node)) {
            undoFill(node, taken);
            return new Replies.Blockmap(Errno.ENOSPC, freeSpace());
        }
        long reachable = Math.min(end, mapped * blockSize);
        zeroUncovered(taken, offset, reachable);
        zeroUnwrittenEdges(node, offset, reachable);
        Operation operation = begin(operationId, true, node.memorySize, allocatedBefore);
        if (reachable > node.memorySize) {
            node.memorySize = reachable;
            if (operation != null) {
                operation.grew = true;
            }
        }
        if (!taken.isEmpty()) {
            writeInode(node);
            flush();
        }
        pack(node, first, Math.min(mapped, blocksFor(end)), false, packer);
        return new Replies.Blockmap(null, freeSpace());
    }

    /**
     * Preallocated (unwritten) blocks only partly covered by a write: the parts it does not cover are
     * zeroed now, so converting whole blocks at completeIO shows no stale bytes.
     */
    private void zeroUnwrittenEdges(ExtNode node, long offset, long end) {
        long[] edges = { offset / blockSize, (end - 1) / blockSize };
        for (long block : edges) {
            Extent e = node.extentAt(block);
            if (e != null && e.unwritten) {
                long physical = (e.physical + (block - e.logical)) * blockSize;
                long start = block * blockSize;
                zeroDevice(physical, Math.max(0, Math.min(offset, start + blockSize) - start));
                long tail = Math.max(end, start);
                zeroDevice(physical + (tail - start), start + blockSize - tail);
            }
        }
    }

    @Override
    public Replies.Complete completeIO(VolumeItem item, long offset, long length, Errno status, int flags,
            long operationId) {
        ExtNode node = node(item);
        if (node == null || (operationId != 0 && !known(operationId))) {
            return new Replies.Complete(node == null ? Errno.ENOENT : Errno.EINVAL, attributes(item));
        }
        Operation operation = end(operationId);
        if ((flags & Flags.WRITE) != 0 && length > 0) {
            if (status == null) {
                long from = offset / blockSize;
                long to = blocksFor(offset + length);
                boolean converted = convert(node, from, to);
                if (converted && !persistMapping(node)) {
                    // No block for a deeper tree: the extents stay as the tree says; the data reads as zeros.
                    return new Replies.Complete(Errno.ENOSPC, attributes(node));
                }
                long endByte = Math.min(offset + length, writtenEnd(node, offset + length));
                node.size = Math.max(node.size, endByte);
                node.memorySize = Math.max(node.memorySize, node.size);
                node.modifyTime = now();
                writeInode(node);
                flush();
            } else if (operation != null && operation.grew && !writesInFlight()) {
                node.memorySize = Math.max(operation.originalSize, node.size);
                dropFrom(node, Math.max(operation.originalAllocation, blocksFor(node.memorySize)));
                persistMapping(node);
                writeInode(node);
                flush();
            }
        }
        return new Replies.Complete(null, attributes(node));
    }

    /** The end of the mapped bytes at or below {@code end}. */
    private long writtenEnd(ExtNode node, long end) {
        Extent e = node.extentAt((end - 1) / blockSize);
        return e == null ? 0 : end;
    }

    @Override
    public Replies.Create createFile(String name, VolumeItem directory, FileAttributes attributes,
            ExtentPacker packer) {
        ExtNode parent = node(directory);
        Errno refused = checkNew(parent, name);
        if (refused != null) {
            return new Replies.Create(refused, null, name, null, attributes(parent), freeSpace());
        }
        long size = attributes == null ? 0 : attributes.size();
        if (size > maxFileSize) {
            return new Replies.Create(Errno.EFBIG, null, name, null, attributes(parent), freeSpace());
        }
        ExtNode node = newInode(parent, name, false);
        if (node == null) {
            return new Replies.Create(Errno.ENOSPC, null, name, null, attributes(parent), freeSpace());
        }
        node.size = size;
        node.memorySize = size;
        if (inlineData && size <= ExtInlineData.capacity(node.raw)) {
            // ext4 tries inline data first for a new file on an inline_data volume.
            ByteBuffer raw = le(node.raw);
            ExtInode.setFlags(raw, 0, ExtInode.flags(raw, 0) & ~EXTENTS_FL | INLINE_DATA_FL);
            ExtInlineData.write(node.raw, new byte[(int) size]);
            node.inline = true;
            node.inhibit = true;
        }
        writeInode(node);
        Errno full = link(parent, node);
        if (full != null) {
            releaseInode(node);
            flush();
            return new Replies.Create(full, null, name, null, attributes(parent), freeSpace());
        }
        flush();
        if (size > 0 && packer != null && !node.inline) {
            pack(node, 0, blocksFor(size), true, packer);
        }
        return new Replies.Create(null, node, name, attributes(node), attributes(parent), freeSpace());
    }

    private Errno checkNew(ExtNode parent, String name) {
        if (parent == null || !parent.directory) {
            return parent == null ? Errno.ENOENT : Errno.ENOTDIR;
        }
        if (name.isEmpty() || name.equals(".") || name.equals("..") || name.indexOf('/') >= 0 || name.indexOf(0) >= 0) {
            return Errno.EINVAL;
        }
        if (name.getBytes(StandardCharsets.UTF_8).length > 255) {
            return Errno.ENAMETOOLONG;
        }
        if (parent.children.containsKey(name)) {
            return Errno.EEXIST;
        }
        return unchangeable(parent);
    }

    /** A fresh inode in the parent's group or the next with one free; null when none is left. */
    private ExtNode newInode(ExtNode parent, String name, boolean directory) {
        int startGroup = (int) ((parent.inode - 1) / inodesPerGroup);
        long number = -1;
        for (int k = 0; k < groupCount && number < 0; k++) {
            int g = (startGroup + k) % groupCount;
            long firstUsable = g == 0 ? firstInode - 1 : 0;
            for (long i = firstUsable; i < inodesPerGroup; i++) {
                // An inode an entry names is never given out, even where a damaged bitmap calls it free.
                if (!inodesUsed.get((int) (g * inodesPerGroup + i)) && !items.containsKey(g * inodesPerGroup + i + 1)) {
                    number = g * inodesPerGroup + i + 1;
                    break;
                }
            }
        }
        if (number < 0) {
            return null;
        }
        inodesUsed.set((int) (number - 1));
        freeInodes--;
        dirtyInodeGroups.add((int) ((number - 1) / inodesPerGroup));
        ExtNode node = new ExtNode(number, directory);
        node.name = name;
        node.parent = parent;
        node.raw = new byte[inodeSize];
        ByteBuffer b = le(node.raw);
        long now = now();
        ExtInode.setMode(b, 0, directory ? ExtInode.DIRECTORY | 0755 : ExtInode.REGULAR | 0644);
        ExtInode.setTimes(b, 0, now, now, now);
        ExtInode.setLinks(b, 0, directory ? 2 : 1);
        if (inodeSize > 128) {
            ExtInode.setExtra(b, 0, now);
        }
        node.modifyTime = now;
        node.generation = 0;
        node.blockMapped = !extentsFeature;
        persistMapping(node);
        items.put(number, node);
        return node;
    }


    private void releaseInode(ExtNode node) {
        dropFrom(node, 0);
        while (!node.treeBlocks.isEmpty()) {
            freeBlocks(node.treeBlocks.remove(node.treeBlocks.size() - 1), 1);
        }
        ByteBuffer b = le(node.raw);
        ExtInode.setLinks(b, 0, 0);
        ExtInode.setDeletionTime(b, 0, now());
        node.size = 0;
        persistMapping(node);
        writeInode(node);
        inodesUsed.clear((int) (node.inode - 1));
        freeInodes++;
        dirtyInodeGroups.add((int) ((node.inode - 1) / inodesPerGroup));
        items.remove(node.inode);
    }

    // ---- directory blocks ----

    private int usable() {
        return checksums ? blockSize - 12 : blockSize;
    }

    private void sealDirectoryBlock(ExtNode directory, byte[] bytes) {
        if (!checksums) {
            return;
        }
        ByteBuffer b = le(bytes);
        int tail = blockSize - 12;
        b.putInt(tail, 0).putShort(tail + 4, (short) 12).put(tail + 6, (byte) 0).put(tail + 7, (byte) 0xDE);
        b.putInt(tail + 8, sums.directoryLeaf(directory.inode, directory.generation, bytes, 0, blockSize));
    }

    private List<Long> directoryBlocks(ExtNode directory) {
        List<Long> blocks = new ArrayList<>();
        for (Extent e : directory.extents.values()) {
            for (long k = 0; k < e.length; k++) {
                blocks.add(e.physical + k);
            }
        }
        return blocks;
    }

    /** Adds the entry for {@code child} to {@code directory}, growing it by a block if needed. */
    private Errno link(ExtNode directory, ExtNode child) {
        Errno unmovable = directory.inline ? directoryToBlock(directory) : null;
        if (unmovable != null) {
            return unmovable;
        }
        if (directory.indexed) {
            return linkIndexed(directory, child);
        }
        byte[] name = child.name.getBytes(StandardCharsets.UTF_8);
        int needed = HtreeIndex.entryLength(name.length);
        for (long number : directoryBlocks(directory)) {
            byte[] bytes = block(number);
            ByteBuffer b = le(bytes);
            for (int pos = 0; pos < usable();) {
                long inode = u32(b, pos);
                int recordLength = b.getShort(pos + 4) & 0xFFFF;
                int actual = inode == 0 ? 0 : HtreeIndex.entryLength(b.get(pos + 6) & 0xFF);
                if (recordLength - actual >= needed) {
                    int at = pos + actual;
                    if (actual > 0) {
                        b.putShort(pos + 4, (short) actual);
                    }
                    putEntry(b, at, child.inode, recordLength - actual, name, child.directory);
                    sealDirectoryBlock(directory, bytes);
                    write(number * blockSize, bytes);
                    finishLink(directory, child);
                    return null;
                }
                if (recordLength < 8) {
                    break;
                }
                pos += recordLength;
            }
        }
        if (dirIndex && canIndex() && directory.dataBlocks() == 1 && !directory.blockMapped) {
            // The first block is full: ext4 turns the folder into an indexed one (make_indexed_dir).
            directory.indexed = true;
            directory.hashVersion = defaultHashVersion;
            Errno error = linkIndexed(directory, child);
            if (error != null) {
                directory.indexed = false;
            }
            return error;
        }
        long logical = directory.mappedEnd();
        List<long[]> taken = fillHoles(directory, logical, logical + 1, true, false);
        if (taken.isEmpty() || !persistMapping(directory)) {
            undoFill(directory, taken);
            return Errno.ENOSPC;
        }
        byte[] bytes = new byte[blockSize];
        putEntry(le(bytes), 0, child.inode, usable(), name, child.directory);
        sealDirectoryBlock(directory, bytes);
        write(taken.get(0)[1] * blockSize, bytes);
        directory.size += blockSize;
        le(directory.raw).putInt(4, (int) directory.size);
        finishLink(directory, child);
        return null;
    }

    /** Whether a linear folder can become an indexed one: the volume's hash is one the module computes. */
    private boolean canIndex() {
        return HtreeIndex.supported(defaultHashVersion);
    }

    private Errno linkIndexed(ExtNode directory, ExtNode child) {
        ExtNode before = directory.children.put(child.name, child);
        Errno error = reindex(directory);
        if (error != null) {
            if (before == null) {
                directory.children.remove(child.name);
            } else {
                directory.children.put(child.name, before);
            }
            return error;
        }
        finishLink(directory, child);
        return null;
    }

    /** The directory entry type of {@code node} (1 file, 2 directory, 7 link...), 0 without the filetype feature. */
    private int entryType(ExtNode node) {
        if (!fileTypes) {
            return 0;
        }
        return switch ((ExtInode.mode(le(node.raw), 0) & ExtInode.TYPE) >>> 12) {
        case 0x8 -> 1;
        case 0x4 -> 2;
        case 0x2 -> 3;
        case 0x6 -> 4;
        case 0x1 -> 5;
        case 0xC -> 6;
        case 0xA -> 7;
        default -> 0;
        };
    }

    /**
     * Lays the indexed directory out anew from its children (HtreeIndex), on its blocks and as many more
     * as it needs; ENOSPC (nothing changed) when they cannot be had, EFBIG past two index levels.
     */
    private Errno reindex(ExtNode directory) {
        HtreeIndex index = new HtreeIndex(blockSize, directory.hashVersion, unsignedHash, hashSeed, checksums);
        List<HtreeIndex.Entry> entries = new ArrayList<>();
        for (ExtNode child : directory.children.values()) {
            byte[] name = child.name.getBytes(StandardCharsets.UTF_8);
            long[] hash = index.hash(name);
            entries.add(new HtreeIndex.Entry(name, child.inode, entryType(child), hash[0], hash[1]));
        }
        long parent = directory.parent == null ? directory.inode : directory.parent.inode;
        int have = (int) directory.dataBlocks();
        HtreeIndex.Seal seal = (block, used, tail) -> sums.htreeNode(directory.inode, directory.generation, block, 0, used,
                tail);
        HtreeIndex.Layout layout = index.layout(entries, directory.inode, parent, have, seal);
        if (layout == null) {
            return Errno.EFBIG;
        }
        int more = layout.blocks().size() - have;
        if (more > 0) {
            long logical = directory.mappedEnd();
            List<long[]> taken = fillHoles(directory, logical, logical + more, true, false);
            long got = taken.stream().mapToLong(t -> t[2]).sum();
            if (got < more || !persistMapping(directory)) {
                undoFill(directory, taken);
                return Errno.ENOSPC;
            }
        }
        List<Long> blocks = directoryBlocks(directory);
        for (int i = 0; i < layout.blocks().size(); i++) {
            byte[] bytes = layout.blocks().get(i);
            if (i >= layout.indexBlocks()) {
                sealDirectoryBlock(directory, bytes);
            }
            write(blocks.get(i) * blockSize, bytes);
        }
        directory.size = (long) blocks.size() * blockSize;
        ByteBuffer raw = le(directory.raw);
        raw.putInt(4, (int) directory.size);
        ExtInode.setFlags(raw, 0, ExtInode.flags(raw, 0) | INDEX_FL);
        return null;
    }

    private void finishLink(ExtNode directory, ExtNode child) {
        directory.children.put(child.name, child);
        child.parent = directory;
        directory.modifyTime = now();
        writeInode(directory);
    }

    private static void putEntry(ByteBuffer b, int at, long inode, int recordLength, byte[] name, boolean directory) {
        b.putInt(at, (int) inode).putShort(at + 4, (short) recordLength).put(at + 6, (byte) name.length)
                .put(at + 7, (byte) (directory ? 2 : 1));
        b.put(at + 8, name);
    }

    /** Removes the entry for {@code child} from {@code directory}. */
    private void unlink(ExtNode directory, ExtNode child) {
        if (directory.inline) {
            // In place: a removal needs no room, so the folder stays inline.
            byte[] content = ExtInlineData.read(directory.raw,
                    ExtInlineData.IBLOCK_SIZE + ExtInlineData.dataValue(directory.raw).length);
            byte[] name = child.name.getBytes(StandardCharsets.UTF_8);
            if (!removeRecord(content, 4, ExtInlineData.IBLOCK_SIZE, child.inode, name)
                    && !removeRecord(content, ExtInlineData.IBLOCK_SIZE, content.length, child.inode, name)) {
                throw new IllegalStateException("no entry for " + child.path() + " in " + directory.path());
            }
            ExtInlineData.write(directory.raw, content);
            directory.children.remove(child.name);
            directory.modifyTime = now();
            writeInode(directory);
            return;
        }
        if (directory.indexed) {
            directory.children.remove(child.name);
            if (reindex(directory) != null) {
                throw new IllegalStateException("the index of " + directory.path() + " could not be laid out again");
            }
            directory.modifyTime = now();
            writeInode(directory);
            return;
        }
        byte[] name = child.name.getBytes(StandardCharsets.UTF_8);
        for (long number : directoryBlocks(directory)) {
            byte[] bytes = block(number);
            if (removeRecord(bytes, 0, usable(), child.inode, name)) {
                sealDirectoryBlock(directory, bytes);
                write(number * blockSize, bytes);
                directory.children.remove(child.name);
                directory.modifyTime = now();
                writeInode(directory);
                return;
            }
        }
        throw new IllegalStateException("no entry for " + child.path() + " in " + directory.path());
    }

    // ---- the rest of the protocol ----

    @Override
    public Replies.Lookup lookupItem(String name, VolumeItem directory, ExtentPacker packer) {
        ExtNode parent = node(directory);
        if (parent == null || !parent.directory) {
            return new Replies.Lookup(parent == null ? Errno.ENOENT : Errno.ENOTDIR, null, name, null);
        }
        ExtNode found = parent.children.get(name);
        if (found == null) {
            return new Replies.Lookup(Errno.ENOENT, null, name, null);
        }
        // An inline file has no extents to hand over: it is served by the read/write path.
        if (!found.directory && found.changeable && !found.inline && packer != null && found.memorySize > 0) {
            pack(found, 0, blocksFor(found.memorySize), true, packer);
        }
        return new Replies.Lookup(null, found, found.name, attributes(found));
    }

    @Override
    public Replies.Preallocate preallocateSpace(VolumeItem item, long offset, long length, int flags,
            ExtentPacker packer) {
        ExtNode node = node(item);
        if (node == null || node.directory) {
            return new Replies.Preallocate(node == null ? Errno.ENOENT : Errno.EISDIR, 0, attributes(item), freeSpace());
        }
        Errno refused = unchangeable(node) != null ? unchangeable(node) : node.inline ? toExtents(node) : null;
        if (refused != null) {
            return new Replies.Preallocate(refused, 0, attributes(node), freeSpace());
        }
        if (length <= 0) {
            return new Replies.Preallocate(Errno.EINVAL, 0, attributes(node), freeSpace());
        }
        if (node.blockMapped) {
            // A block map has no unwritten blocks: preallocated space would read as stale data.
            return new Replies.Preallocate(Errno.ENOTSUP, 0, attributes(node), freeSpace());
        }
        long from = Math.max(node.mappedEnd(), blocksFor(node.memorySize));
        long wanted = blocksFor(length);
        if ((from + wanted) * blockSize > maxFileSize) {
            return new Replies.Preallocate(Errno.EFBIG, 0, attributes(node), freeSpace());
        }
        if ((flags & Flags.ALL) != 0 && wanted > freeBlocks) {
            return new Replies.Preallocate(Errno.ENOSPC, 0, attributes(node), freeSpace());
        }
        List<long[]> taken = fillHoles(node, from, from + wanted, false, (flags & Flags.CONTIGUOUS) != 0);
        long got = taken.stream().mapToLong(t -> t[2]).sum();
        if (got == 0 || ((flags & Flags.ALL) != 0 && got < wanted) || !persistMapping(node)) {
            undoFill(node, taken);
            flush();
            return new Replies.Preallocate(Errno.ENOSPC, 0, attributes(node), freeSpace());
        }
        writeInode(node);
        flush();
        if (packer != null) {
            pack(node, from, from + got, true, packer);
        }
        return new Replies.Preallocate(null, got * blockSize, attributes(node), freeSpace());
    }

    @Override
    public Replies.Io read(VolumeItem item, long offset, byte[] into, int length) {
        ExtNode node = node(item);
        Errno refused = node == null ? Errno.ENOENT : node.directory ? Errno.EISDIR : unchangeable(node);
        if (refused != null) {
            return new Replies.Io(refused, 0, attributes(item));
        }
        counters.calls++;
        int count = (int) Math.max(0, Math.min(length, node.size - offset));
        if (node.inline) {
            if (count > 0) {
                System.arraycopy(ExtInlineData.read(node.raw, node.size), (int) offset, into, 0, count);
                countCopy(count);
            }
            return new Replies.Io(null, count, attributes(node));
        }
        byte[] buffer = new byte[blockSize];
        for (int done = 0; done < count;) {
            long at = offset + done;
            int within = (int) (at % blockSize);
            int chunk = Math.min(blockSize - within, count - done);
            Extent e = node.extentAt(at / blockSize);
            if (e == null || e.unwritten) {
                java.util.Arrays.fill(buffer, 0, chunk, (byte) 0);
            } else {
                byte[] bytes = read((e.physical + at / blockSize - e.logical) * blockSize + within, chunk);
                System.arraycopy(bytes, 0, buffer, 0, chunk);
            }
            System.arraycopy(buffer, 0, into, done, chunk);
            countCopy(chunk);
            done += chunk;
        }
        return new Replies.Io(null, count, attributes(node));
    }

    @Override
    public Replies.Io write(VolumeItem item, long offset, byte[] from, int length) {
        ExtNode node = node(item);
        Errno refused = node == null ? Errno.ENOENT : node.directory ? Errno.EISDIR : unchangeable(node);
        if (refused != null) {
            return new Replies.Io(refused, 0, attributes(item));
        }
        counters.calls++;
        long end = offset + length;
        if (end > maxFileSize) {
            return new Replies.Io(Errno.EFBIG, 0, attributes(node));
        }
        if (node.inline && end <= ExtInlineData.capacity(node.raw)) {
            byte[] data = java.util.Arrays.copyOf(ExtInlineData.read(node.raw, node.size), (int) Math.max(node.size, end));
            System.arraycopy(from, 0, data, (int) offset, length);
            ExtInlineData.write(node.raw, data);
            countCopy(length);
            node.size = data.length;
            node.memorySize = node.size;
            node.modifyTime = now();
            writeInode(node);
            return new Replies.Io(null, length, attributes(node));
        }
        Errno unmovable = node.inline ? toExtents(node) : null;
        if (unmovable != null) {
            return new Replies.Io(unmovable, 0, attributes(node));
        }
        long first = offset / blockSize;
        List<long[]> taken = fillHoles(node, first, blocksFor(end), true, false);
        long mapped = first;
        while (mapped < blocksFor(end) && node.extentAt(mapped) != null) {
            mapped = node.extentAt(mapped).end();
        }
        if (mapped < blocksFor(end) || !persistMapping(node)) {
            undoFill(node, taken);
            flush();
            return new Replies.Io(Errno.ENOSPC, 0, attributes(node));
        }
        zeroUncovered(taken, offset, end);
        zeroUnwrittenEdges(node, offset, end);
        convert(node, first, blocksFor(end));
        persistMapping(node);
        byte[] buffer = new byte[blockSize];
        for (int done = 0; done < length;) {
            long at = offset + done;
            int within = (int) (at % blockSize);
            int chunk = Math.min(blockSize - within, length - done);
            System.arraycopy(from, done, buffer, 0, chunk);
            Extent e = node.extentAt(at / blockSize);
            write((e.physical + at / blockSize - e.logical) * blockSize + within, java.util.Arrays.copyOf(buffer, chunk));
            countCopy(chunk);
            done += chunk;
        }
        node.size = Math.max(node.size, end);
        node.memorySize = Math.max(node.memorySize, node.size);
        node.modifyTime = now();
        writeInode(node);
        flush();
        return new Replies.Io(null, length, attributes(node));
    }

    @Override
    public Replies.Lookup createDirectory(String name, VolumeItem directory) {
        ExtNode parent = node(directory);
        Errno refused = checkNew(parent, name);
        if (refused != null) {
            return new Replies.Lookup(refused, null, name, null);
        }
        ExtNode node = newInode(parent, name, true);
        if (node == null) {
            return new Replies.Lookup(Errno.ENOSPC, null, name, null);
        }
        List<long[]> taken = fillHoles(node, 0, 1, true, false);
        if (taken.isEmpty() || !persistMapping(node)) {
            undoFill(node, taken);
            releaseInode(node);
            flush();
            return new Replies.Lookup(Errno.ENOSPC, null, name, null);
        }
        byte[] bytes = new byte[blockSize];
        ByteBuffer b = le(bytes);
        putEntry(b, 0, node.inode, 12, ".".getBytes(StandardCharsets.UTF_8), true);
        putEntry(b, 12, parent.inode, usable() - 12, "..".getBytes(StandardCharsets.UTF_8), true);
        sealDirectoryBlock(node, bytes);
        write(taken.get(0)[1] * blockSize, bytes);
        node.size = blockSize;
        le(node.raw).putInt(4, blockSize);
        writeInode(node);
        Errno full = link(parent, node);
        if (full != null) {
            releaseInode(node);
            flush();
            return new Replies.Lookup(full, null, name, null);
        }
        adjustLinks(parent, 1);
        flush();
        return new Replies.Lookup(null, node, name, attributes(node));
    }

    private void adjustLinks(ExtNode node, int delta) {
        ByteBuffer b = le(node.raw);
        ExtInode.setLinks(b, 0, ExtInode.links(b, 0) + delta);
        writeInode(node);
    }

    @Override
    public Replies.Done removeItem(VolumeItem item, String name, VolumeItem directory) {
        ExtNode node = node(item);
        ExtNode parent = node(directory);
        if (node == null || parent == null || node.parent != parent) {
            return new Replies.Done(Errno.ENOENT, null);
        }
        if (node.directory && !node.children.isEmpty()) {
            return new Replies.Done(Errno.ENOTEMPTY, attributes(node));
        }
        if (unchangeable(parent) != null || unchangeable(node) != null) {
            return new Replies.Done(Errno.EPERM, attributes(node));
        }
        unlink(parent, node);
        if (node.directory) {
            adjustLinks(parent, -1);
        }
        releaseInode(node);
        flush();
        return new Replies.Done(null, attributes(parent));
    }

    @Override
    public Errno renameRefused(VolumeItem item, VolumeItem directory, VolumeItem toDirectory) {
        ExtNode node = node(item);
        ExtNode from = node(directory);
        if (node == null || from == null) {
            return null;
        }
        return node.hardLinked || node.directory && !node.changeable && directory.id() != toDirectory.id()
                || unchangeable(from) != null ? Errno.EPERM : null;
    }

    @Override
    public Replies.Done renameItem(VolumeItem item, VolumeItem directory, String name, VolumeItem toDirectory,
            String toName) {
        ExtNode node = node(item);
        ExtNode from = node(directory);
        ExtNode to = node(toDirectory);
        if (node == null || from == null || to == null || node.parent != from || !to.directory) {
            return new Replies.Done(Errno.ENOENT, null);
        }
        for (ExtNode up = to; up != null; up = up.parent) {
            if (up == node) {
                return new Replies.Done(Errno.EINVAL, attributes(node));
            }
        }
        Errno refused = checkNew(to, toName);
        if (refused == null && (node.directory && !node.changeable && from != to || node.hardLinked)) {
            refused = Errno.EPERM;
        }
        if (refused != null || unchangeable(from) != null) {
            return new Replies.Done(refused != null ? refused : Errno.EPERM, attributes(node));
        }
        String oldName = node.name;
        node.name = toName;
        Errno full = link(to, node);
        if (full != null) {
            node.name = oldName;
            node.parent = from;
            return new Replies.Done(full, attributes(node));
        }
        node.name = oldName;
        unlink(from, node);
        node.name = toName;
        node.parent = to;
        to.children.put(toName, node);
        if (node.directory && from != to && node.inline) {
            le(node.raw).putInt(ExtInlineData.IBLOCK, (int) to.inode); // an inline folder's ".."
            writeInode(node);
            adjustLinks(from, -1);
            adjustLinks(to, 1);
        } else if (node.directory && from != to && node.indexed) {
            reindex(node); // ".." sits in the index root, under its checksum
            writeInode(node);
            adjustLinks(from, -1);
            adjustLinks(to, 1);
        } else if (node.directory && from != to) {
            byte[] first = block(node.extents.firstEntry().getValue().physical);
            le(first).putInt(12, (int) to.inode);
            sealDirectoryBlock(node, first);
            write(node.extents.firstEntry().getValue().physical * blockSize, first);
            adjustLinks(from, -1);
            adjustLinks(to, 1);
        }
        flush();
        return new Replies.Done(null, attributes(node));
    }

    @Override
    public Replies.Done setSize(VolumeItem item, long size) {
        ExtNode node = node(item);
        if (node == null || node.directory) {
            return new Replies.Done(node == null ? Errno.ENOENT : Errno.EISDIR, attributes(item));
        }
        if (unchangeable(node) != null) {
            return new Replies.Done(unchangeable(node), attributes(node));
        }
        if (size < 0 || size > maxFileSize) {
            return new Replies.Done(size < 0 ? Errno.EINVAL : Errno.EFBIG, attributes(node));
        }
        if (node.inline && size <= ExtInlineData.capacity(node.raw)) {
            ExtInlineData.write(node.raw, java.util.Arrays.copyOf(ExtInlineData.read(node.raw, node.size), (int) size));
            node.size = size;
            node.memorySize = size;
            node.modifyTime = now();
            writeInode(node);
            return new Replies.Done(null, attributes(node));
        }
        Errno unmovable = node.inline ? toExtents(node) : null;
        if (unmovable != null) {
            return new Replies.Done(unmovable, attributes(node));
        }
        if (size < node.memorySize) {
            dropFrom(node, blocksFor(size));
            Extent last = size % blockSize == 0 ? null : node.extentAt(size / blockSize);
            if (last != null && !last.unwritten) {
                long physical = (last.physical + size / blockSize - last.logical) * blockSize;
                zeroDevice(physical + size % blockSize, blockSize - size % blockSize);
            }
            persistMapping(node);
        }
        node.size = size;
        node.memorySize = size;
        node.modifyTime = now();
        writeInode(node);
        flush();
        return new Replies.Done(null, attributes(node));
    }

    @Override
    public Replies.Done setInhibitKernelOffloadedIO(VolumeItem item, boolean inhibit) {
        ExtNode node = node(item);
        if (node == null) {
            return new Replies.Done(Errno.ENOENT, null);
        }
        if (!inhibit && node.inline) {
            // Kernel-offloaded I/O needs extents: the bytes move out of the inode into a block first.
            Errno unmovable = toExtents(node);
            if (unmovable != null) {
                return new Replies.Done(unmovable, attributes(node));
            }
        }
        node.inhibit = inhibit;
        return new Replies.Done(null, attributes(node));
    }

    @Override
    public void reclaimItem(VolumeItem item) {
        ExtNode node = node(item);
        if (node == null || node.directory) {
            return;
        }
        if (writesInFlight()) {
            return;
        }
        if (node.memorySize != node.size) {
            node.memorySize = node.size;
        }
    }

    @Override
    public void synchronize() {
        flush();
    }

    @Override
    public long unitCount() {
        return blockCount;
    }

    /** Units are the blocks; extent-tree and indirect blocks count as their file's. */
    @Override
    public void unitOwners(long first, long[] into) {
        for (int i = 0; i < into.length; i++) {
            into[i] = blocksUsed.get((int) (first + i)) ? METADATA_UNIT : FREE_UNIT;
        }
        long last = first + into.length;
        for (ExtNode node : items.values()) {
            for (Extent e : node.extents.values()) {
                long from = Math.max(first, e.physical);
                long to = Math.min(last, e.physical + e.length);
                for (long b = from; b < to; b++) {
                    into[(int) (b - first)] = node.inode;
                }
            }
            for (long t : node.treeBlocks) {
                if (t >= first && t < last) {
                    into[(int) (t - first)] = node.inode;
                }
            }
        }
    }

    @Override
    public List<Entry> list(VolumeItem directory) {
        ExtNode node = node(directory);
        if (node == null || !node.directory) {
            return List.of();
        }
        List<Entry> entries = new ArrayList<>();
        node.children.forEach((name, child) -> entries.add(new Entry(name, child, child.directory)));
        return entries;
    }

    @Override
    public VolumeItem item(long id) {
        return items.get(id);
    }

    @Override
    public String pathOf(VolumeItem item) {
        ExtNode node = node(item);
        return node == null ? null : node.path();
    }

    @Override
    public List<long[]> unwrittenUnits() {
        List<long[]> runs = new ArrayList<>();
        for (ExtNode node : items.values()) {
            for (Extent e : node.extents.values()) {
                if (e.unwritten) {
                    runs.add(new long[] { e.physical, e.length });
                }
            }
        }
        runs.sort(java.util.Comparator.comparingLong(r -> r[0]));
        return runs;
    }

    @Override
    public String describeUnit(long unit) {
        if (unit < 0 || unit >= blockCount) {
            return "outside the volume";
        }
        for (ExtNode node : items.values()) {
            for (Extent e : node.extents.values()) {
                if (unit >= e.physical && unit < e.physical + e.length) {
                    long offset = (e.logical + unit - e.physical) * blockSize;
                    String what = node.directory ? "directory entries of " + node.path() : "data of " + node.path();
                    return what + " at file offset " + offset + (e.unwritten ? " (unwritten: reads as zeros)" : "")
                            + ", inode " + node.inode;
                }
            }
            if (node.treeBlocks.contains(unit)) {
                return (node.blockMapped ? "indirect block of " : "extent tree node of ") + node.path() + ", inode "
                        + node.inode;
            }
        }
        if (unit < firstDataBlock) {
            return "boot block (the superblock follows at byte 1024)";
        }
        // With flex_bg a group's bitmaps and inode table may lie in another group: look at every group's.
        long tableBlocks = (inodesPerGroup * inodeSize + blockSize - 1) / blockSize;
        for (int group = 0; group < groupCount; group++) {
            if (unit == blockBitmap(group)) {
                return "block bitmap of group " + group;
            }
            if (unit == inodeBitmap(group)) {
                return "inode bitmap of group " + group;
            }
            long table = inodeTable(group);
            if (unit >= table && unit < table + tableBlocks) {
                long first = group * inodesPerGroup + (unit - table) * (blockSize / inodeSize) + 1;
                return "inode table of group " + group + " (inodes " + first + "-" + (first + blockSize / inodeSize - 1)
                        + ")";
            }
        }
        int g = (int) ((unit - firstDataBlock) / blocksPerGroup);
        long groupStart = firstDataBlock + g * blocksPerGroup;
        int perBlock = blockSize / descSize;
        for (int k = 0; k * perBlock < groupCount; k++) {
            long at = ExtGroups.descriptorBlock(superblock, k);
            if (at == unit && at != firstDataBlock + 1 + k) { // kept in its meta group (meta_bg)
                return "group descriptors of groups " + k * perBlock + "-" + Math.min(groupCount - 1, (k + 1) * perBlock - 1);
            }
        }
        if (ExtGroups.hasSuperblockCopy(superblock, g)) {
            long descriptorBlocks = (groupCount * (long) descSize + blockSize - 1) / blockSize;
            long reserved = reservedDescriptorBlocks;
            if (unit == groupStart) {
                return g == 0 ? "superblock" + (blockSize == 1024 ? "" : " (after the boot sector, at byte 1024)")
                        : "superblock copy in group " + g;
            }
            if (unit <= groupStart + descriptorBlocks) {
                return "group descriptor table" + (g == 0 ? "" : " (copy in group " + g + ")");
            }
            if (unit <= groupStart + descriptorBlocks + reserved) {
                return "reserved group descriptor blocks, for growing the volume" + (g == 0 ? "" : " (group " + g + ")");
            }
        }
        if (!blocksUsed.get((int) unit)) {
            return "free";
        }
        return "file-system metadata (the journal, or blocks the format reserves)";
    }


    @Override
    public long unitOffset(long unit) {
        return unit * blockSize;
    }

    @Override
    public long physicalOffset(VolumeItem item, long logical) {
        ExtNode node = node(item);
        if (node == null || logical < 0) {
            return -1;
        }
        Extent e = node.extentAt(logical / blockSize);
        return e == null ? -1 : (e.physical + logical / blockSize - e.logical) * blockSize + logical % blockSize;
    }

    @Override
    public List<long[]> currentMapping(VolumeItem item) {
        ExtNode node = node(item);
        List<long[]> runs = new ArrayList<>();
        if (node != null) {
            for (Extent e : node.extents.values()) {
                runs.add(new long[] { e.logical * blockSize, e.physical * blockSize, e.length * blockSize });
            }
        }
        return runs;
    }

    @Override
    public List<String> checkInvariants() {
        List<String> problems = new ArrayList<>();
        BitSet owned = new BitSet();
        for (ExtNode node : items.values()) {
            long previousEnd = -1;
            List<long[]> runs = new ArrayList<>();
            for (Extent e : node.extents.values()) {
                if (e.logical < previousEnd) {
                    problems.add(node.path() + ": extents overlap at logical block " + e.logical);
                }
                previousEnd = e.end();
                runs.add(new long[] { e.physical, e.length });
            }
            for (long t : node.treeBlocks) {
                runs.add(new long[] { t, 1 });
            }
            for (long[] run : runs) {
                if (run[0] < firstDataBlock || run[0] + run[1] > blockCount) {
                    problems.add(node.path() + ": blocks " + run[0] + "+" + run[1] + " lie outside the volume");
                    continue;
                }
                BitSet span = new BitSet();
                span.set((int) run[0], (int) (run[0] + run[1]));
                if (span.intersects(owned)) {
                    problems.add(node.path() + ": a block of " + run[0] + "+" + run[1] + " is owned twice");
                }
                owned.or(span);
                if (blocksUsed.get((int) run[0], (int) (run[0] + run[1])).cardinality() != run[1]) {
                    problems.add(node.path() + ": blocks " + run[0] + "+" + run[1] + " are free in the bitmap");
                }
            }
            if (!node.directory && node.changeable) {
                for (Extent e : node.extents.values()) {
                    if (!e.unwritten && e.logical * blockSize >= Math.max(node.size, node.memorySize)
                            && node.memorySize == node.size) {
                        problems.add(node.path() + ": written block " + e.logical + " lies past the size " + node.size);
                    }
                }
            }
        }
        for (ExtNode node : items.values()) {
            if (node.changeable) {
                compareTreeOnDevice(node, problems);
            }
        }
        if (freeBlocks != blockCount - blocksUsed.cardinality()) {
            problems.add("the free count says " + freeBlocks + " blocks, the bitmap " + (blockCount - blocksUsed.cardinality()));
        }
        ByteBuffer sb = le(read(1024, 1024));
        long onDevice = u32(sb, 12) | (wide ? u32(sb, 0x158) << 32 : 0);
        if (onDevice != freeBlocks) {
            problems.add("the superblock on the device counts " + onDevice + " free blocks, the module " + freeBlocks);
        }
        return problems;
    }
}
