package org.extentlab.images;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.core.runtime.IProgressMonitor;
import org.extentlab.model.bulk.ExtentRuns;
import org.extentlab.model.bulk.ExtentType;

/**
 * Reads an ext2, ext3 or ext4 volume: superblock, group descriptors (32- and 64-bit), block bitmaps
 * (synthesising the ones left uninitialised), the directory tree (linear, htree and inline
 * directories) and every regular file's block map: direct and indirect blocks, extent trees of any
 * depth, unwritten extents, holes, inline data. With metadata_csum it checks the superblock, group
 * descriptor and inode checksums and reports mismatches without refusing the volume.
 */
final class ExtReader {
    private static final int ROOT_INODE = 2;
    private static final int RESIZE_INODE = 7;
    private static final int MAX_EXTENT_DEPTH = 5;
    private static final int MAX_DIRECTORY_DEPTH = 4096;

    private final ImageSource source;
    /** Progress by file; its cancellation stops the walk. */
    private final WalkProgress progress;
    private final ImageFormat format;
    private final List<String> problems = new ArrayList<>();
    private final List<VolumeEntry> entries = new ArrayList<>();

    private int blockSize;
    private long blockCount;
    private long firstDataBlock;
    private long blocksPerGroup;
    private long inodesPerGroup;
    private long inodeCount;
    private int inodeSize;
    private int descSize;
    private int groupCount;
    /** The superblock's 1,024 bytes, for the layout rules ExtGroups keeps, and decoded. */
    private byte[] superblockBytes;
    private ExtSuperblock superblock;
    private int incompat;
    private int roCompat;
    private boolean checksums;
    private ExtChecksums sums;
    private ByteBuffer table;
    private final ByteBuffer[] nodeBuffers = new ByteBuffer[MAX_EXTENT_DEPTH + 1];
    private int tableGroup = -1;
    /** One inode, copied out of the table for its checksum. */
    private byte[] inodeScratch;
    private long[] inodeTables;
    private long[] blockBitmaps;
    private long[] inodeBitmaps;
    private int[] groupFlags;
    /** The group descriptors' free block and inode counts. */
    private long[] groupFreeBlocks;
    private long[] groupFreeInodes;
    private ExtInodeBitmaps inodeUse;
    private final ExtChecks checks = new ExtChecks();
    /** What the volume holds; what the bitmaps mark beyond it, nothing holds. */
    private ExtHeldBlocks owned;
    /** Folders whose entries were found damaged, by path ("/" for the root), and why. */
    private final java.util.Map<String, String> folderDamage = new java.util.HashMap<>();

    private ExtReader(ImageSource source, ImageFormat format, IProgressMonitor monitor) {
        this.source = source;
        this.format = format;
        this.progress = new WalkProgress(monitor);
    }

    static LoadedVolume read(ImageSource source, ImageFormat format, IProgressMonitor monitor) throws IOException {
        return new ExtReader(source, format, monitor).read();
    }

    private LoadedVolume read() throws IOException {
        ByteBuffer sb = source.read(ExtSuperblock.OFFSET, ExtSuperblock.SIZE);
        superblockBytes = sb.array();
        superblock = ExtSuperblock.parse(superblockBytes);
        blockSize = superblock.blockSize();
        incompat = superblock.incompatFeatures();
        roCompat = superblock.roCompatFeatures();
        blockCount = superblock.blockCount();
        inodeCount = superblock.inodeCount();
        firstDataBlock = superblock.firstDataBlock();
        blocksPerGroup = superblock.blocksPerGroup();
        inodesPerGroup = superblock.inodesPerGroup();
        inodeSize = superblock.inodeSize();
        descSize = superblock.descriptorSize();
        groupCount = superblock.groupCount();
        long needed = blockCount * blockSize;
        if (needed > source.length()) {
            throw new ImageFormatException("the image is truncated: its superblock describes " + ByteSizes.describe(needed)
                    + " but the image holds " + ByteSizes.describe(source.length()));
        }
        checksums = superblock.metadataChecksums();
        sums = new ExtChecksums(superblock);
        if (checksums) {
            if (!superblock.checksumMatches()) {
                problems.add("superblock checksum does not match");
            }
        }
        inodeScratch = new byte[inodeSize];
        readGroupDescriptors();
        inodeUse = new ExtInodeBitmaps(source, inodeBitmaps, groupFlags, blockSize, inodesPerGroup,
                (roCompat & (ExtSuperblock.RO_COMPAT_GDT_CSUM | ExtSuperblock.RO_COMPAT_METADATA_CSUM)) != 0);
        ExtGroupLayout layout = new ExtGroupLayout(superblock, blockBitmaps, inodeBitmaps, inodeTables, groupFlags,
                this::block);
        BitSet used = layout.blockUsage();
        int span = (int) (blockCount - firstDataBlock);
        long bitmapFree = span - used.get(0, span).cardinality();
        long superblockFree = superblock.freeBlocks();
        if (superblockFree != bitmapFree) {
            problems.add("the superblock counts " + superblockFree + " free blocks, the bitmaps " + bitmapFree);
        }
        List<VolumeFile> files = new ArrayList<>();
        long usedInodes = inodeCount - superblock.freeInodes();
        progress.expect(usedInodes);
        owned = new ExtHeldBlocks(layout.metadataBlocks(), firstDataBlock, span);
        long firstInode = superblock.firstInode();
        long[] special = specialInodes(sb, firstInode);
        for (long number : special) {
            ExtReadInode node = inode(number);
            claim(node);
            if (number == RESIZE_INODE) {
                // Its double indirect block; the reserved descriptor blocks below it are group metadata.
                long dind = u32(ByteBuffer.wrap(node.iBlock).order(ByteOrder.LITTLE_ENDIAN), 13 * 4);
                if (inRange(dind, 1)) {
                    owned.hold(dind, 1);
                }
            } else {
                mapBlocks(node, new ExtentRuns(1));
            }
        }
        if ((incompat & ExtSuperblock.INCOMPAT_MMP) != 0) {
            long mmp = sb.getLong(0x168);
            if (inRange(mmp, 1)) {
                owned.hold(mmp, 1);
            }
        }
        checks.named(ROOT_INODE, "/", true, inode(ROOT_INODE).links);
        walkDirectory(ROOT_INODE, "", new HashSet<>(), files, 0);
        checks.linkCounts(problems);
        checks.groupCounts(groupFreeBlocks, groupFreeInodes, blocksPerGroup, span, used, inodeUse, problems);
        if (checks.unattached(inodeUse, firstInode, special, problems)) {
            claimUnattached(firstInode, special);
        }
        BitSet held = owned.bits();
        checks.unheldBlocks(used, held, span, firstDataBlock, problems);
        BitSet heldButFree = held.get(0, span);
        heldButFree.andNot(used);
        if (owned.heldTwice() || !heldButFree.isEmpty()) { // only then is it worth looking file by file
            BitSet ofFiles = checks.sharedAndUnmarkedBlocks(files, used, firstDataBlock, blockSize, source.base(), span,
                    problems);
            BitSet others = (BitSet) heldButFree.clone();
            others.andNot(ofFiles);
            checks.unmarkedMetadata(others, firstDataBlock, problems);
            heldButFree.or(ofFiles);
        }
        long orphan = u32(sb, 0xE8);
        if (orphan >= firstInode && orphan <= inodeCount && inode(orphan).links == 0) {
            problems.add("the orphan list holds inode " + orphan + ", deleted while still open: the volume was not"
                    + " cleanly unmounted, and e2fsck would release it");
        }
        files.replaceAll(checks::damagedLater);
        // Free space as the bitmaps say, less the blocks held (by files, folders, metadata) that a damaged
        // bitmap calls free: no new file is ever given one of those.
        used.or(heldButFree);
        FreeRuns free = new FreeRuns();
        long freeBlocks = 0;
        for (int at = used.nextClearBit(0); at < span;) {
            int end = used.nextSetBit(at);
            end = end < 0 || end > span ? span : end;
            free.add(physical(firstDataBlock + at), (long) (end - at) * blockSize);
            freeBlocks += end - at;
            at = used.nextClearBit(end);
        }
        entries.replaceAll(e -> folderDamage.containsKey(e.path()) ? e.damaged(folderDamage.get(e.path())) : e);
        files.sort(Comparator.comparing(VolumeFile::path));
        entries.sort(Comparator.comparing(VolumeEntry::path));
        String label = cString(sb, 120, 16);
        return new LoadedVolume(format, source.fileSize(), source.base(), blockSize, blockCount, freeBlocks,
                free.toArray(), label, uuid(sb), 512, ExtFeatures.names(sb.getInt(92), incompat, roCompat), files, entries, problems);
    }

    /**
     * Reads every group's descriptor. They follow the superblock in a table of consecutive blocks, except
     * with meta_bg, where from descriptor block s_first_meta_bg on each block lives in the first group
     * it describes (after that group's superblock backup, if it has one).
     */
    private void readGroupDescriptors() throws IOException {
        int perBlock = blockSize / descSize;
        int tableBlocks = (groupCount + perBlock - 1) / perBlock;
        byte[] descriptors = new byte[tableBlocks * blockSize];
        for (int k = 0; k < tableBlocks; k++) {
            long where = ExtGroups.descriptorBlock(superblockBytes, k);
            if (!inRange(where, 1)) {
                throw new ImageFormatException("group descriptor block " + k + " lies outside the volume (block " + where + ")");
            }
            source.readInto(where * blockSize, descriptors, k * blockSize, blockSize);
        }
        ByteBuffer table = ByteBuffer.wrap(descriptors).order(ByteOrder.LITTLE_ENDIAN);
        inodeTables = new long[groupCount];
        blockBitmaps = new long[groupCount];
        inodeBitmaps = new long[groupCount];
        groupFlags = new int[groupCount];
        groupFreeBlocks = new long[groupCount];
        groupFreeInodes = new long[groupCount];
        ExtGroupDescriptor fields = new ExtGroupDescriptor(superblock);
        for (int g = 0; g < groupCount; g++) {
            blockBitmaps[g] = fields.blockBitmap(table, g);
            inodeBitmaps[g] = fields.inodeBitmap(table, g);
            inodeTables[g] = fields.inodeTable(table, g);
            groupFlags[g] = fields.flags(table, g);
            groupFreeBlocks[g] = fields.freeBlocks(table, g);
            groupFreeInodes[g] = fields.freeInodes(table, g);
            if (checksums && sums.descriptor(g, fields.bytes(table, g), 0, descSize) != fields.checksum(table, g)) {
                problems.add("group descriptor " + g + ": checksum does not match");
            }
            long inodeTableBlocks = (inodesPerGroup * inodeSize + blockSize - 1) / blockSize;
            if (!inRange(blockBitmaps[g], 1) || !inRange(inodeBitmaps[g], 1) || !inRange(inodeTables[g], inodeTableBlocks)) {
                throw new ImageFormatException("group descriptor " + g + " points outside the volume (block bitmap "
                        + blockBitmaps[g] + ", inode table " + inodeTables[g] + ")");
            }
        }
    }

    /**
     * The inodes no directory names that the volume keeps for itself: the reserved ones below
     * s_first_ino (bad blocks, quota, boot loader, resize, journal) but the root, and those the
     * superblock names (journal, quota, orphan file, snapshot), which may be ordinary inode numbers.
     */
    private long[] specialInodes(ByteBuffer sb, long firstInode) {
        Set<Long> special = new java.util.TreeSet<>();
        for (long i = 1; i < firstInode && i <= inodeCount; i++) {
            special.add(i);
        }
        for (int at : new int[] { 0xE0, 0x180, 0x240, 0x244, 0x26C, 0x280 }) {
            long number = u32(sb, at);
            if (number > 0 && number <= inodeCount) {
                special.add(number);
            }
        }
        special.remove((long) ROOT_INODE);
        return special.stream().mapToLong(Long::longValue).toArray();
    }

    /** Marks an inode's extended attribute block held (its data and tree blocks are marked as they are mapped). */
    private void claim(ExtReadInode node) {
        if (node.attributeBlock != 0 && inRange(node.attributeBlock, 1)) {
            owned.hold(node.attributeBlock, 1);
        }
    }

    /** Holds the blocks of the inodes in use that nothing names, as e2fsck's first pass counts them. */
    private void claimUnattached(long firstInode, long[] special) throws IOException {
        for (long number = firstInode; number <= inodeCount; number++) {
            if (inodeUse.inUse(number) && !checks.isNamed(number) && Arrays.binarySearch(special, number) < 0) {
                ExtReadInode node = inode(number);
                claim(node);
                if (!node.inline) {
                    mapBlocks(node, new ExtentRuns(1));
                }
            }
        }
    }

    private void walkDirectory(long inode, String path, Set<Long> visited, List<VolumeFile> files, int depth)
            throws IOException {
        if (!visited.add(inode) || depth > MAX_DIRECTORY_DEPTH) {
            problems.add("directory " + (path.isEmpty() ? "/" : path) + " appears twice in the tree (a loop)");
            return;
        }
        ExtReadInode dir = inode(inode);
        if ((dir.mode & ExtInode.TYPE) != ExtInode.DIRECTORY) {
            problems.add((path.isEmpty() ? "/" : path) + " (inode " + inode + ") is not a directory");
            return;
        }
        String shown = path.isEmpty() ? "/" : path;
        entries.add(new VolumeEntry(shown, inode, dir.attributes(), ""));
        claim(dir);
        int before = problems.size();
        byte[] content;
        try {
            content = directoryContent(dir);
        } catch (ImageFormatException e) {
            problems.add("directory " + shown + " is damaged: " + e.getMessage());
            folderDamage.putIfAbsent(shown, "its blocks are damaged");
            return;
        }
        long[][] children = { new long[64] };
        List<String> names = new ArrayList<>();
        parseEntries(content, children, names, path);
        if (problems.size() > before) {
            folderDamage.putIfAbsent(shown, "its entries are damaged");
        }
        for (int i = 0; i < names.size(); i++) {
            long child = children[0][i];
            String childPath = path + "/" + names.get(i);
            if (child < 1 || child > inodeCount) {
                problems.add(childPath + " names inode " + child + ", outside the inode table");
                folderDamage.putIfAbsent(shown, "an entry in it names no inode");
                continue;
            }
            progress.tick();
            ExtReadInode node = inode(child);
            int type = node.mode & ExtInode.TYPE;
            if (node.mode == 0 || node.links == 0 || node.deletionTime != 0 || !inodeUse.inUse(child)) {
                problems.add("entry '" + names.get(i) + "' in " + (path.isEmpty() ? "/" : path) + " (" + inode
                        + ") has deleted/unused inode " + child);
                folderDamage.putIfAbsent(shown, "an entry in it names a deleted or unused inode");
                continue;
            }
            checks.named(child, childPath, type == ExtInode.DIRECTORY, node.links);
            if (type != ExtInode.DIRECTORY) {
                claim(node);
            }
            if (type == ExtInode.DIRECTORY) {
                checks.subfolder(inode);
                walkDirectory(child, childPath, visited, files, depth + 1);
            } else if (type == ExtInode.REGULAR) {
                files.add(regularFile(node, childPath));
            } else if (type == ExtInode.SYMLINK) {
                entries.add(new VolumeEntry(childPath, child, node.attributes(), symlinkTarget(node, childPath)));
            }
        }
    }

    /** Directory entries of {@code content}: ext's linked records; htree index blocks read as empty records. */
    private void parseEntries(byte[] content, long[][] children, List<String> names, String path) {
        ByteBuffer bytes = ByteBuffer.wrap(content).order(ByteOrder.LITTLE_ENDIAN);
        int pos = 0;
        while (pos + 8 <= content.length) {
            long child = u32(bytes, pos);
            int recordLength = bytes.getShort(pos + 4) & 0xFFFF;
            int nameLength = (incompat & ExtSuperblock.INCOMPAT_FILETYPE) != 0 ? bytes.get(pos + 6) & 0xFF : bytes.getShort(pos + 6) & 0xFFFF;
            if (recordLength < 8 || pos + recordLength > content.length || 8 + nameLength > recordLength) {
                if (recordLength == 0 && pos % blockSize == 0 && child == 0) {
                    pos += blockSize; // an unused, zeroed directory block
                    continue;
                }
                problems.add("directory " + (path.isEmpty() ? "/" : path) + " has a damaged entry at byte " + pos);
                return;
            }
            if (child != 0 && nameLength > 0) {
                String name = new String(content, pos + 8, nameLength, StandardCharsets.UTF_8);
                if (!name.equals(".") && !name.equals("..")) {
                    if (names.size() == children[0].length) {
                        children[0] = Arrays.copyOf(children[0], names.size() * 2);
                    }
                    children[0][names.size()] = child;
                    names.add(name);
                }
            }
            pos += recordLength;
        }
    }

    private byte[] directoryContent(ExtReadInode dir) throws IOException {
        if (dir.inline) {
            byte[] extra = inlineXattr(dir);
            byte[] content = new byte[56 + extra.length];
            System.arraycopy(dir.iBlock, 4, content, 0, 56);
            System.arraycopy(extra, 0, content, 56, extra.length);
            return content;
        }
        if (dir.size > 64L << 20) {
            throw new ImageFormatException("a directory of " + dir.size + " bytes is implausible");
        }
        ExtentRuns runs = new ExtentRuns();
        String damage = mapBlocks(dir, runs);
        if (!damage.isEmpty()) {
            throw new ImageFormatException(damage);
        }
        byte[] content = new byte[(int) dir.size];
        for (int i = 0; i < runs.size(); i++) {
            long logical = runs.logical(i);
            if (logical >= content.length || runs.type(i) == ExtentType.HOLE) {
                continue;
            }
            int length = (int) Math.min(runs.length(i), content.length - logical);
            source.readInto(runs.physical(i) - source.base(), content, (int) logical, length);
        }
        if (checksums) {
            verifyDirectoryBlocks(dir, content);
        }
        return content;
    }

    /**
     * Checks every block of a directory on a metadata_csum volume. A leaf block ends in a 12-byte pseudo
     * entry (inode 0, length 12, type 0xDE) holding crc32c over the inode's seed and the block before
     * it. An htree index block (the root, block 0, or an interior node: one empty entry spanning the
     * block) ends its entry array, sized by its limit, with a tail whose checksum covers the block up
     * to the last entry in use and the tail with its checksum field zeroed.
     */
    private void verifyDirectoryBlocks(ExtReadInode dir, byte[] content) {
        ByteBuffer bytes = ByteBuffer.wrap(content).order(ByteOrder.LITTLE_ENDIAN);
        for (int start = 0; start + blockSize <= content.length; start += blockSize) {
            int tail = start + blockSize - 12;
            boolean hasTail = bytes.getInt(tail) == 0 && (bytes.getShort(tail + 4) & 0xFFFF) == 12
                    && bytes.get(tail + 6) == 0 && (bytes.get(tail + 7) & 0xFF) == 0xDE;
            if (hasTail) {
                if (sums.directoryLeaf(dir.number, dir.generation, content, start, blockSize) != bytes.getInt(tail + 8)) {
                    problems.add("inode " + dir.number + ": directory block " + start / blockSize + " checksum does not match");
                }
            } else if ((dir.flags & ExtInode.INDEX_FL) != 0) {
                verifyIndexBlock(dir, bytes, start);
            }
        }
    }

    private void verifyIndexBlock(ExtReadInode dir, ByteBuffer bytes, int start) {
        int countOffset;
        if (start == 0) {
            countOffset = 0x18 + (bytes.get(0x18 + 5) & 0xFF); // after "." and ".." and the root info
        } else if (bytes.getInt(start) == 0 && (bytes.getShort(start + 4) & 0xFFFF) == blockSize) {
            countOffset = 8; // an interior node: one empty entry over the whole block
        } else {
            return; // a leaf without a tail (written before checksums were enabled)
        }
        int limit = bytes.getShort(start + countOffset) & 0xFFFF;
        int count = bytes.getShort(start + countOffset + 2) & 0xFFFF;
        int tail = countOffset + 8 * limit;
        if (count > limit || tail + 8 > blockSize) {
            problems.add("inode " + dir.number + ": htree index block " + start / blockSize + " has " + count + " of "
                    + limit + " entries, more than the block holds");
            return;
        }
        int used = countOffset + 8 * count;
        if (sums.htreeNode(dir.number, dir.generation, bytes.array(), start, used, tail) != bytes.getInt(start + tail + 4)) {
            problems.add("inode " + dir.number + ": htree index block " + start / blockSize + " checksum does not match");
        }
    }

    /** The value of the in-inode extended attribute system.data (the rest of an inline file or directory). */
    private byte[] inlineXattr(ExtReadInode node) {
        return inodeSize <= 128 || node.raw.length < 0x84 ? new byte[0] : ExtInlineData.dataValue(node.raw);
    }

    private VolumeFile regularFile(ExtReadInode node, String path) throws IOException {
        if (node.size < 0 || node.size > superblock.maxFileSize((node.flags & ExtInode.EXTENTS_FL) != 0)) {
            String damage = "the inode gives an impossible size (" + node.size + " bytes)";
            problems.add(path + ": " + damage);
            return new VolumeFile(path, node.number, 0, 0, false, new ExtentRuns(1), damage, node.attributes());
        }
        if (node.inline) {
            return new VolumeFile(path, node.number, node.size, node.size, true, new ExtentRuns(1), "", node.attributes(),
                    ExtInlineData.read(node.raw, Math.min(node.size, ExtInlineData.IBLOCK_SIZE + inlineXattr(node).length)));
        }
        ExtentRuns runs = new ExtentRuns(1);
        String damage = mapBlocks(node, runs);
        if (!damage.isEmpty()) {
            problems.add(path + ": " + damage);
        }
        return new VolumeFile(path, node.number, node.size, node.size, false, runs.normalized(node.size, blockSize), damage,
                node.attributes());
    }

    /** A link's target: inside the inode (a fast link, or inline data) or in its first block. */
    private String symlinkTarget(ExtReadInode node, String path) throws IOException {
        if (node.size <= 0 || node.size >= blockSize) {
            problems.add(path + ": a symbolic link of " + node.size + " bytes");
            return "";
        }
        int length = (int) node.size;
        boolean fast = (node.flags & ExtInode.EXTENTS_FL) == 0 && node.allocatedBlocks(blockSize) == 0 && length < 60;
        if (fast || node.inline) {
            return new String(node.iBlock, 0, Math.min(length, 60), StandardCharsets.UTF_8);
        }
        ExtentRuns runs = new ExtentRuns(1);
        String damage = mapBlocks(node, runs);
        if (!damage.isEmpty() || runs.size() == 0 || runs.type(0) == ExtentType.HOLE) {
            problems.add(path + ": the link's target cannot be read" + (damage.isEmpty() ? "" : " (" + damage + ")"));
            return "";
        }
        byte[] target = new byte[length];
        source.readInto(runs.physical(0) - source.base(), target, 0, length);
        return new String(target, StandardCharsets.UTF_8);
    }

    /** Collects the inode's data blocks into {@code runs}; returns why the map is incomplete, or "". */
    private String mapBlocks(ExtReadInode node, ExtentRuns runs) throws IOException {
        try {
            if ((node.flags & ExtInode.EXTENTS_FL) != 0) {
                ByteBuffer root = ByteBuffer.wrap(node.iBlock).order(ByteOrder.LITTLE_ENDIAN);
                walkExtents(root, -1, runs, new long[] { node.allocatedBlocks(blockSize) + 1, 0 }, node);
            } else {
                ByteBuffer pointers = ByteBuffer.wrap(node.iBlock).order(ByteOrder.LITTLE_ENDIAN);
                long[] logical = { 0 };
                Set<Long> seen = new HashSet<>();
                for (int i = 0; i < 12; i++) {
                    mapPointer(u32(pointers, i * 4), 0, logical, runs, seen);
                }
                for (int level = 1; level <= 3; level++) {
                    mapPointer(u32(pointers, (11 + level) * 4), level, logical, runs, seen);
                }
            }
            return "";
        } catch (ImageFormatException e) {
            return e.getMessage();
        }
    }

    /**
     * Collects the leaves below {@code node}. Depths must fall by one a level, so the walk ends; it may
     * visit no more tree nodes and extent blocks than the inode says it owns ({@code budget[0]}), so a
     * damaged tree cannot make it run away; and leaves must come in ascending, disjoint logical order
     * ({@code budget[1]} is the first logical block still free), so a subtree met twice is caught.
     */
    private void walkExtents(ByteBuffer node, int expectedDepth, ExtentRuns runs, long[] budget, ExtReadInode owner)
            throws IOException {
        ExtExtentNode.Header header = ExtExtentNode.header(node, MAX_EXTENT_DEPTH);
        int entries = header.entries();
        int depth = header.depth();
        if (expectedDepth >= 0 && depth != expectedDepth) {
            throw new ImageFormatException("damaged extent tree node (" + entries + " of " + header.max() + " entries, depth "
                    + depth + ")");
        }
        for (int i = 0; i < entries; i++) {
            long logicalBlock = ExtExtentNode.logical(node, i);
            if (depth == 0) {
                int blocks = ExtExtentNode.length(node, i);
                boolean unwritten = ExtExtentNode.unwritten(node, i);
                long start = ExtExtentNode.start(node, i);
                if (!inRange(start, blocks)) {
                    throw new ImageFormatException("an extent points outside the volume (block " + start + ")");
                }
                budget[0] -= blocks;
                long endBlock = (owner.size + blockSize - 1) / blockSize;
                if (logicalBlock < budget[1]) {
                    throw new ImageFormatException("extents overlap or are out of order (logical block " + logicalBlock + ")");
                }
                if (logicalBlock > budget[1] && budget[1] < endBlock) {
                    long holeEnd = Math.min(logicalBlock, endBlock);
                    runs.add(budget[1] * blockSize, -1, (holeEnd - budget[1]) * blockSize, ExtentType.HOLE);
                }
                budget[1] = logicalBlock + blocks;
                owned.hold(start, blocks);
                runs.add(logicalBlock * blockSize, physical(start), (long) blocks * blockSize,
                        unwritten ? ExtentType.UNWRITTEN : ExtentType.DATA);
            } else {
                long child = ExtExtentNode.child(node, i);
                if (!inRange(child, 1)) {
                    throw new ImageFormatException("an extent index points outside the volume (block " + child + ")");
                }
                if (--budget[0] < 0) {
                    throw new ImageFormatException("the extent tree reaches more blocks than the inode owns");
                }
                owned.hold(child, 1);
                ByteBuffer below = extentNode(child, depth - 1);
                if (checksums) {
                    verifyExtentBlock(below, child, owner);
                }
                walkExtents(below, depth - 1, runs, budget, owner);
            }
        }
    }

    private void mapPointer(long block, int level, long[] logical, ExtentRuns runs, Set<Long> seen) throws IOException {
        long span = 1;
        for (int i = 0; i < level; i++) {
            span *= blockSize / 4;
        }
        if (block == 0) {
            logical[0] += span;
            return;
        }
        if (!inRange(block, 1)) {
            throw new ImageFormatException("a block pointer points outside the volume (block " + block + ")");
        }
        owned.hold(block, 1);
        if (level == 0) {
            runs.add(logical[0] * blockSize, physical(block), blockSize, ExtentType.DATA);
            logical[0]++;
            return;
        }
        if (!seen.add(block)) {
            throw new ImageFormatException("an indirect block appears twice (block " + block + ")");
        }
        ByteBuffer pointers = block(block);
        for (int i = 0; i < blockSize / 4; i++) {
            mapPointer(u32(pointers, i * 4), level - 1, logical, runs, seen);
        }
    }

    private ExtReadInode inode(long number) throws IOException {
        long index = number - 1;
        int group = (int) (index / inodesPerGroup);
        int at = (int) ((index % inodesPerGroup) * inodeSize);
        ByteBuffer table = inodeTable(group);
        ExtReadInode inode = new ExtReadInode(number, table, at, inodeSize);
        if (checksums && inode.mode != 0) {
            verifyInodeChecksum(inode, table, at);
        }
        return inode;
    }

    /** A group's inode table, in place in the mapped image; the last one asked for is kept. */
    private ByteBuffer inodeTable(int group) throws IOException {
        if (group != tableGroup || table == null) {
            table = source.view(inodeTables[group] * blockSize, Math.toIntExact(inodesPerGroup * inodeSize));
            tableGroup = group;
        }
        return table;
    }

    /**
     * crc32c over the inode's seed (its number and generation) and the inode with its checksum fields
     * zeroed; the high half is stored only when the inode's extra part reaches it.
     */
    private void verifyInodeChecksum(ExtReadInode inode, ByteBuffer table, int at) {
        byte[] scratch = inodeScratch;
        table.get(at, scratch, 0, inodeSize);
        if (ExtChecksums.storedInode(scratch, 0, inodeSize) != sums.inode(inode.number, inode.generation, scratch, 0,
                inodeSize)) {
            problems.add("inode " + inode.number + ": checksum does not match");
        }
    }

    /** An extent tree block ends its entries with a tail holding crc32c(inode seed, the block up to it). */
    private void verifyExtentBlock(ByteBuffer node, long number, ExtReadInode owner) {
        int tail = ExtExtentNode.tail(node.getShort(4) & 0xFFFF);
        if (tail + 4 > node.capacity()) {
            return; // the walk reports the impossible header
        }
        byte[] block = new byte[tail];
        node.get(0, block, 0, tail);
        if (sums.extentBlock(owner.number, owner.generation, block, tail) != node.getInt(tail)) {
            problems.add("inode " + owner.number + ": extent block " + number + " checksum does not match");
        }
    }

    /**
     * An extent tree block, read into the buffer kept for its depth (the walk holds one node a level).
     * Index and leaf blocks lie scattered among the data, so they are read, not touched through the
     * mapping.
     */
    private ByteBuffer extentNode(long number, int depth) throws IOException {
        if (nodeBuffers[depth] == null) {
            nodeBuffers[depth] = ByteBuffer.allocateDirect(blockSize).order(ByteOrder.LITTLE_ENDIAN);
        }
        ByteBuffer node = nodeBuffers[depth].clear();
        source.readScattered(number * blockSize, node);
        return node.flip();
    }

    /** A block of the volume, read in place from the mapped image. */
    private ByteBuffer block(long number) throws IOException {
        if (!inRange(number, 1)) {
            throw new ImageFormatException("block " + number + " lies outside the volume");
        }
        return source.view(number * blockSize, blockSize);
    }

    private boolean inRange(long start, long length) {
        return start >= firstDataBlock && length >= 0 && start + length <= blockCount && start + length >= start;
    }

    private long physical(long block) {
        return source.base() + block * blockSize;
    }

    private static long u32(ByteBuffer b, int offset) {
        return b.getInt(offset) & 0xFFFF_FFFFL;
    }

    /** The superblock's UUID in the usual 8-4-4-4-12 form; empty when it is all zeros. */
    private static String uuid(ByteBuffer sb) {
        StringBuilder text = new StringBuilder();
        boolean any = false;
        for (int i = 0; i < 16; i++) {
            int b = sb.get(104 + i) & 0xFF;
            any |= b != 0;
            text.append(i == 4 || i == 6 || i == 8 || i == 10 ? "-" : "").append(String.format("%02x", b));
        }
        return any ? text.toString() : "";
    }

    private static String cString(ByteBuffer b, int offset, int length) {
        byte[] bytes = new byte[length];
        b.get(offset, bytes);
        int end = 0;
        while (end < length && bytes[end] != 0) {
            end++;
        }
        return new String(bytes, 0, end, StandardCharsets.UTF_8).strip();
    }
}
