package org.extentlab.images;

import java.io.IOException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.extentlab.model.bulk.ExtentRuns;
import org.extentlab.model.bulk.ExtentType;

/**
 * What e2fsck's passes find that the ext reader's walk can count on the way, said in e2fsck's terms:
 * link counts against the entries naming each inode (pass 4), the groups' free block and inode counts
 * against their bitmaps (pass 5), blocks two files claim (pass 1B) and file blocks the block bitmap
 * calls free. A file such a finding concerns is damaged: the simulation keeps it read-only.
 */
final class ExtChecks {
    /** Above this many subfolders ext4's dir_nlink keeps a folder's link count at 1. */
    private static final int MAX_LINKS = 65000;

    /**
     * Files with one link met once: nearly all of them, kept as a bit per inode so that 100,000 files
     * cost no objects. A second name moves an inode to {@link #paths}, with the folders and the inodes
     * of several links, whose names and link counts are kept.
     */
    private final BitSet single = new BitSet();
    private final Map<Long, List<String>> paths = new HashMap<>();
    private final Map<Long, Integer> links = new HashMap<>();
    private final Map<Long, Integer> subfolders = new HashMap<>();
    private final BitSet folders = new BitSet();
    private final Map<String, String> laterDamage = new HashMap<>();
    /** Damage found of an inode, whichever of its names a file goes by. */
    private final Map<Long, String> damagedInodes = new HashMap<>();

    /** An entry names {@code inode} at {@code path}; the inode says it has {@code count} links. */
    void named(long inode, String path, boolean folder, int count) {
        int bit = (int) inode;
        if (!folder && count == 1 && !paths.containsKey(inode)) {
            if (!single.get(bit)) {
                single.set(bit);
                return;
            }
            single.clear(bit); // a second name of an inode that says it has one
            paths.put(inode, new ArrayList<>(List.of("an earlier name")));
        }
        paths.computeIfAbsent(inode, k -> new ArrayList<>(1)).add(path);
        links.putIfAbsent(inode, count);
        if (folder) {
            folders.set(bit);
        }
    }

    /** A folder of {@code parent}'s: its ".." is one more link of the parent's. */
    void subfolder(long parent) {
        subfolders.merge(parent, 1, Integer::sum);
    }

    /** Pass 4: a file has a link per name, a folder two ("." and its parent's entry) and one per subfolder. */
    void linkCounts(List<String> problems) {
        for (var entry : paths.entrySet()) {
            long inode = entry.getKey();
            int actual = links.get(inode);
            boolean folder = folders.get((int) inode);
            int expected = folder ? 2 + subfolders.getOrDefault(inode, 0) : entry.getValue().size();
            if (actual != expected && !(folder && actual == 1 && expected > MAX_LINKS)) {
                problems.add("inode " + inode + " (" + entry.getValue().get(entry.getValue().size() - 1) + ") ref count is "
                        + actual + ", should be " + expected);
                damagedInodes.putIfAbsent(inode, "its link count is " + actual + " for " + expected + " names");
            }
        }
    }

    /** Pass 5: each group's free block and inode counts (from its descriptor) against its bitmaps. */
    void groupCounts(long[] freeBlocks, long[] freeInodes, long blocksPerGroup, long span, BitSet used,
            ExtInodeBitmaps inodes, List<String> problems) throws IOException {
        for (int g = 0; g < freeBlocks.length; g++) {
            int start = (int) (g * blocksPerGroup);
            int end = (int) Math.min(span, start + blocksPerGroup);
            long free = (end - start) - used.get(start, end).cardinality();
            if (free != freeBlocks[g]) {
                problems.add("free blocks count wrong for group #" + g + " (" + freeBlocks[g] + ", counted=" + free + ")");
            }
            long freeCounted = inodes.inodesPerGroup() - inodes.inUse(g);
            if (freeCounted != freeInodes[g]) {
                problems.add("free inodes count wrong for group #" + g + " (" + freeInodes[g] + ", counted="
                        + freeCounted + ")");
            }
        }
    }

    /**
     * Pass 1B and the block bitmap: blocks two files' extents claim, and file blocks the bitmap marks
     * free (the module would give them to another file). Bit i of {@code used} is block firstBlock + i.
     * Returns the blocks files hold that the bitmap calls free. Linear in runs and bitmap words: the
     * runs are marked once, and only a volume whose counts disagree is looked at run by run.
     */
    BitSet sharedAndUnmarkedBlocks(List<VolumeFile> files, BitSet used, long firstBlock, int blockSize, long base,
            int span, List<String> problems) {
        BitSet held = new BitSet();
        long claimedBlocks = 0;
        BitSet seen = new BitSet();
        List<VolumeFile> mapped = new ArrayList<>();
        for (VolumeFile file : files) {
            boolean again = seen.get((int) file.id());
            seen.set((int) file.id());
            if (file.inline() || !file.damage().isEmpty() || again) {
                continue; // a second name of the same inode (a hard link) claims nothing more
            }
            ExtentRuns runs = file.extents();
            boolean inside = true;
            for (int i = 0; i < runs.size() && inside; i++) {
                long start = (runs.physical(i) - base) / blockSize - firstBlock;
                long end = (runs.physical(i) - base + runs.length(i) + blockSize - 1) / blockSize - firstBlock;
                inside = runs.type(i) == ExtentType.HOLE || start >= 0 && end <= span && start <= end;
            }
            if (!inside) {
                problems.add(file.path() + ": an extent lies outside the volume's blocks");
                laterDamage.putIfAbsent(file.path(), "an extent lies outside the volume's blocks");
                continue;
            }
            mapped.add(file);
            for (int i = 0; i < runs.size(); i++) {
                if (runs.type(i) != ExtentType.HOLE) {
                    int start = first(runs, i, base, blockSize, firstBlock);
                    int end = last(runs, i, base, blockSize, firstBlock);
                    held.set(start, end);
                    claimedBlocks += end - start;
                }
            }
        }
        if (claimedBlocks != held.cardinality()) {
            BitSet claimed = new BitSet();
            for (VolumeFile file : mapped) {
                ExtentRuns runs = file.extents();
                for (int i = 0; i < runs.size(); i++) {
                    if (runs.type(i) == ExtentType.HOLE) {
                        continue;
                    }
                    int start = first(runs, i, base, blockSize, firstBlock);
                    int end = last(runs, i, base, blockSize, firstBlock);
                    int shared = claimed.nextSetBit(start);
                    if (shared >= 0 && shared < end) {
                        String other = claimant(files, file, shared + firstBlock, blockSize, base);
                        problems.add(file.path() + ": block " + (shared + firstBlock) + " is claimed by another file too ("
                                + other + ", multiply-claimed)");
                        laterDamage.putIfAbsent(file.path(), "block " + (shared + firstBlock) + " is multiply-claimed");
                        laterDamage.putIfAbsent(other, "block " + (shared + firstBlock) + " is multiply-claimed");
                    }
                    claimed.set(start, end);
                }
            }
        }
        BitSet heldButFree = (BitSet) held.clone();
        heldButFree.andNot(used);
        if (!heldButFree.isEmpty()) {
            for (VolumeFile file : mapped) {
                ExtentRuns runs = file.extents();
                for (int i = 0; i < runs.size(); i++) {
                    if (runs.type(i) == ExtentType.HOLE) {
                        continue;
                    }
                    int unmarked = heldButFree.nextSetBit(first(runs, i, base, blockSize, firstBlock));
                    if (unmarked >= 0 && unmarked < last(runs, i, base, blockSize, firstBlock)) {
                        problems.add(file.path() + ": block " + (unmarked + firstBlock)
                                + " is in use but marked free in the block bitmap (block bitmap differences: +"
                                + (unmarked + firstBlock) + ")");
                        laterDamage.putIfAbsent(file.path(), "block " + (unmarked + firstBlock) + " is marked free");
                        break;
                    }
                }
            }
        }
        return heldButFree;
    }

    /** Whether an entry of the walk named inode {@code inode}. */
    boolean isNamed(long inode) {
        return single.get((int) inode) || paths.containsKey(inode);
    }

    /**
     * Inodes the inode bitmaps mark in use that no entry names (e2fsck: "Unattached inode"): those
     * past the reserved ones ({@code firstInode} on) less those the walk met and those the superblock
     * keeps for itself past the reserved ones ({@code special}: a quota or the orphan file). Returns
     * whether there are any.
     */
    boolean unattached(ExtInodeBitmaps inodes, long firstInode, long[] special, List<String> problems) throws IOException {
        long inUse = 0;
        for (int g = 0; g < inodes.groups(); g++) {
            inUse += inodes.inUse(g);
        }
        long named = single.cardinality() + paths.keySet().stream().filter(inode -> inode >= firstInode).count();
        for (long inode : special) {
            if (inode >= firstInode && !isNamed(inode) && inodes.inUse(inode)) {
                named++;
            }
        }
        long lost = inUse - (firstInode - 1) - named;
        if (lost > 0) {
            problems.add(lost + (lost == 1 ? " inode is" : " inodes are") + " marked in use but no directory entry names "
                    + (lost == 1 ? "it" : "them") + " (unattached: e2fsck would connect " + (lost == 1 ? "it" : "them")
                    + " to /lost+found)");
        }
        return lost > 0;
    }

    /** How many block ranges a finding lists before it only counts the rest. */
    private static final int RANGES_LISTED = 8;

    /**
     * Pass 5's other half: blocks the bitmaps mark in use that nothing holds ({@code owned}: the
     * metadata and every block of an inode in use), said as e2fsck's "-" differences, runs as "-(a--b)".
     */
    void unheldBlocks(BitSet used, BitSet owned, int span, long firstBlock, List<String> problems) {
        BitSet unheld = used.get(0, span);
        unheld.andNot(owned);
        if (unheld.isEmpty()) {
            return;
        }
        long count = unheld.cardinality();
        problems.add(count + (count == 1 ? " block is" : " blocks are") + " marked in use in the block bitmap but no file"
                + " or metadata holds " + (count == 1 ? "it" : "them") + " (block bitmap differences:"
                + differences(unheld, firstBlock, '-') + "; e2fsck would mark " + (count == 1 ? "it" : "them") + " free)");
    }

    /**
     * Blocks of folders, extent trees or the volume's own inodes that the block bitmap calls free
     * ({@code unmarked}, those of regular files already reported file by file).
     */
    void unmarkedMetadata(BitSet unmarked, long firstBlock, List<String> problems) {
        if (!unmarked.isEmpty()) {
            long count = unmarked.cardinality();
            problems.add(count + (count == 1 ? " block" : " blocks") + " of folders, extent trees or the volume's own"
                    + " inodes " + (count == 1 ? "is" : "are") + " marked free in the block bitmap (block bitmap differences:"
                    + differences(unmarked, firstBlock, '+') + ")");
        }
    }

    /** e2fsck's way of listing bitmap differences: " -5000 -(3000--3002)", the first few runs and a count. */
    private static String differences(BitSet bits, long firstBlock, char sign) {
        StringBuilder ranges = new StringBuilder();
        int listed = 0;
        for (int at = bits.nextSetBit(0); at >= 0; at = bits.nextSetBit(bits.nextClearBit(at))) {
            int end = bits.nextClearBit(at);
            if (listed++ < RANGES_LISTED) {
                ranges.append(' ').append(sign).append(end - at == 1 ? Long.toString(at + firstBlock)
                        : "(" + (at + firstBlock) + "--" + (end - 1 + firstBlock) + ")");
            }
        }
        return ranges + (listed > RANGES_LISTED ? " and " + (listed - RANGES_LISTED) + " more" : "");
    }

    private static int first(ExtentRuns runs, int i, long base, int blockSize, long firstBlock) {
        return (int) ((runs.physical(i) - base) / blockSize - firstBlock);
    }

    private static int last(ExtentRuns runs, int i, long base, int blockSize, long firstBlock) {
        return (int) ((runs.physical(i) - base + runs.length(i) + blockSize - 1) / blockSize - firstBlock);
    }

    /** Another file than {@code not} whose extents hold {@code block} (looked for only when two do). */
    private static String claimant(List<VolumeFile> files, VolumeFile not, long block, int blockSize, long base) {
        long at = base + block * blockSize;
        for (VolumeFile file : files) {
            ExtentRuns runs = file.extents();
            for (int i = 0; file.id() != not.id() && !file.inline() && i < runs.size(); i++) {
                if (runs.type(i) != ExtentType.HOLE && runs.physical(i) <= at && at < runs.physical(i) + runs.length(i)) {
                    return file.path();
                }
            }
        }
        return "?";
    }

    /** {@code file} with the damage a later check found, if any. */
    VolumeFile damagedLater(VolumeFile file) {
        String damage = laterDamage.getOrDefault(file.path(), damagedInodes.get(file.id()));
        return damage == null || !file.damage().isEmpty() ? file
                : new VolumeFile(file.path(), file.id(), file.size(), file.validDataLength(), file.inline(), file.extents(),
                        damage, file.attributes(), file.inlineData());
    }
}
