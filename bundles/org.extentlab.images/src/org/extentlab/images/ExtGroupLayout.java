package org.extentlab.images;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * Where each block group's metadata lies, for the reader's block accounting: the superblock copy and
 * descriptor blocks (with those reserved for growth) a group starts with, its bitmaps and inode table,
 * and which blocks the groups' bitmaps mark in use (a group whose bitmap was never written counts its
 * metadata). Made from the superblock and the descriptors the reader decoded.
 */
final class ExtGroupLayout {
    /** Reads one block of the volume (the reader's, bounds-checked). */
    interface Blocks {
        ByteBuffer block(long number) throws IOException;
    }

    private final long blockCount;
    private final long firstDataBlock;
    private final long blocksPerGroup;
    private final long inodesPerGroup;
    private final int inodeSize;
    private final int blockSize;
    private final int descSize;
    private final int groupCount;
    private final int roCompat;
    private final long firstMetaBg;
    private final long[] backupGroups;
    private final int reservedGdtBlocks;
    private final long[] blockBitmaps;
    private final long[] inodeBitmaps;
    private final long[] inodeTables;
    private final int[] groupFlags;
    private final Blocks blocks;

    ExtGroupLayout(ExtSuperblock superblock, long[] blockBitmaps, long[] inodeBitmaps, long[] inodeTables, int[] groupFlags,
            Blocks blocks) {
        this.blockCount = superblock.blockCount();
        this.firstDataBlock = superblock.firstDataBlock();
        this.blocksPerGroup = superblock.blocksPerGroup();
        this.inodesPerGroup = superblock.inodesPerGroup();
        this.inodeSize = superblock.inodeSize();
        this.blockSize = superblock.blockSize();
        this.descSize = superblock.descriptorSize();
        this.groupCount = superblock.groupCount();
        this.roCompat = superblock.roCompatFeatures();
        this.firstMetaBg = superblock.firstMetaGroup();
        this.backupGroups = superblock.backupGroups();
        this.reservedGdtBlocks = superblock.reservedDescriptorBlocks();
        this.blockBitmaps = blockBitmaps;
        this.inodeBitmaps = inodeBitmaps;
        this.inodeTables = inodeTables;
        this.groupFlags = groupFlags;
        this.blocks = blocks;
    }

    /**
     * Which blocks are in use, bit i standing for block firstDataBlock + i: the groups' bitmaps, copied
     * a word at a time, or for a group whose bitmap was never written (BLOCK_UNINIT), its metadata.
     */
    BitSet blockUsage() throws IOException {
        if (blockCount - firstDataBlock > Integer.MAX_VALUE - 64) {
            throw new ImageFormatException("volumes of more than 2^31 blocks are not supported yet");
        }
        int span = (int) (blockCount - firstDataBlock);
        long[] words = new long[(span + 63) / 64];
        boolean lazyBitmaps = (roCompat & (ExtSuperblock.RO_COMPAT_GDT_CSUM | ExtSuperblock.RO_COMPAT_METADATA_CSUM)) != 0;
        List<Integer> uninitialised = new ArrayList<>();
        List<Integer> unaligned = new ArrayList<>();
        for (int g = 0; g < groupCount; g++) {
            long firstBit = g * blocksPerGroup;
            int count = (int) Math.min(blocksPerGroup, span - firstBit);
            if (lazyBitmaps && (groupFlags[g] & ExtGroupDescriptor.BLOCK_UNINIT) != 0) {
                uninitialised.add(g);
            } else if (firstBit % 64 != 0) {
                unaligned.add(g);
            } else {
                ByteBuffer bitmap = blocks.block(blockBitmaps[g]);
                int word = (int) (firstBit / 64);
                for (int i = 0; i < count / 64; i++) {
                    words[word + i] = bitmap.getLong(8 * i);
                }
                for (int bit = count / 64 * 64; bit < count; bit++) {
                    if ((bitmap.get(bit >>> 3) & (1 << (bit & 7))) != 0) {
                        words[word + bit / 64] |= 1L << (bit & 63);
                    }
                }
            }
        }
        BitSet used = BitSet.valueOf(words);
        for (int g : unaligned) {
            ByteBuffer bitmap = blocks.block(blockBitmaps[g]);
            int firstBit = (int) (g * blocksPerGroup);
            int count = (int) Math.min(blocksPerGroup, span - firstBit);
            for (int bit = 0; bit < count; bit++) {
                if ((bitmap.get(bit >>> 3) & (1 << (bit & 7))) != 0) {
                    used.set(firstBit + bit);
                }
            }
        }
        if (!uninitialised.isEmpty()) {
            BitSet metadata = groupMetadata(); // with flex_bg a group's bitmaps and table sit in other groups
            for (int g : uninitialised) {
                long first = groupStart(g);
                long end = Math.min(first + blocksPerGroup, blockCount);
                long head = Math.min(superAndDescriptorBlocks(g), end - first);
                used.set((int) (first - firstDataBlock), (int) (first + head - firstDataBlock));
                for (int b = metadata.nextSetBit((int) first); b >= 0 && b < end; b = metadata.nextSetBit(b + 1)) {
                    used.set((int) (b - firstDataBlock));
                }
            }
        }
        return used;
    }

    /** The blocks of all groups' bitmaps and inode tables, by block number. */
    private BitSet groupMetadata() {
        // Every pointer here was checked against the volume when the descriptors were read.
        BitSet metadata = new BitSet((int) blockCount);
        long tableBlocks = (inodesPerGroup * inodeSize + blockSize - 1) / blockSize;
        for (int g = 0; g < groupCount; g++) {
            metadata.set((int) blockBitmaps[g]);
            metadata.set((int) inodeBitmaps[g]);
            metadata.set((int) inodeTables[g], (int) (inodeTables[g] + tableBlocks));
        }
        return metadata;
    }

    /**
     * Every group's metadata, as bits from firstDataBlock on: the superblock copy and descriptor blocks
     * (with those reserved for growth) a group starts with, and the bitmaps and inode tables.
     */
    BitSet metadataBlocks() {
        int span = (int) (blockCount - firstDataBlock);
        BitSet metadata = new BitSet(span);
        BitSet tables = groupMetadata();
        for (int b = tables.nextSetBit((int) firstDataBlock); b >= 0 && b < blockCount; b = tables.nextSetBit(b + 1)) {
            metadata.set((int) (b - firstDataBlock));
        }
        for (int g = 0; g < groupCount; g++) {
            long first = groupStart(g);
            long head = Math.min(superAndDescriptorBlocks(g), blockCount - first);
            metadata.set((int) (first - firstDataBlock), (int) (first + head - firstDataBlock));
        }
        return metadata;
    }

    private long groupStart(int group) {
        return firstDataBlock + group * blocksPerGroup;
    }

    /**
     * How many blocks at the start of a group hold its superblock backup and group descriptors (with
     * the blocks reserved for growing the descriptor table); meta_bg keeps a descriptor block, and its
     * two backups, in the first, second and last group of each meta group.
     */
    private long superAndDescriptorBlocks(int group) {
        long superblock = hasSuperblockBackup(group) ? 1 : 0;
        int perBlock = blockSize / descSize;
        if (firstMetaBg == Long.MAX_VALUE) {
            long tableBlocks = (groupCount + perBlock - 1) / perBlock;
            return superblock == 0 ? 0 : 1 + tableBlocks + reservedGdtBlocks;
        }
        if (group / perBlock < firstMetaBg) {
            return superblock == 0 ? 0 : 1 + firstMetaBg; // the descriptor blocks kept in the classic table
        }
        int inMetaGroup = group % perBlock;
        return superblock + (inMetaGroup == 0 || inMetaGroup == 1 || inMetaGroup == perBlock - 1 ? 1 : 0);
    }

    /** Whether a group holds a superblock backup: every group, the sparse_super ones, or two named groups. */
    private boolean hasSuperblockBackup(int group) {
        return ExtGroups.hasSuperblockCopy(group, roCompat, backupGroups);
    }
}
