package org.extentlab.images;

import java.util.Arrays;
import java.util.BitSet;

/**
 * The blocks something on an ext volume holds, as the reader meets them: group metadata first, then
 * every block of the inodes it walks (data, extent tree and indirect blocks, attribute blocks). Marked
 * a word at a time, as a million one-block extents are marked on the way; a block marked twice (two
 * files, two names of one, a file over metadata) is noticed, so that files are looked at one by one
 * only then.
 */
final class ExtHeldBlocks {
    private final long[] words;
    private final long firstBlock;
    private boolean twice;

    /** Held: {@code metadata} (bit i for block firstBlock + i) of {@code span} blocks. */
    ExtHeldBlocks(BitSet metadata, long firstBlock, int span) {
        this.words = Arrays.copyOf(metadata.toLongArray(), (span + 63) / 64);
        this.firstBlock = firstBlock;
    }

    /** Marks {@code count} blocks from {@code block} held (the caller checked they lie in the volume). */
    void hold(long block, long count) {
        if (count <= 0) {
            return;
        }
        long from = block - firstBlock;
        long to = from + count;
        int first = (int) (from >>> 6);
        int last = (int) ((to - 1) >>> 6);
        for (int w = first; w <= last; w++) {
            long mask = (w == first ? -1L << from : -1L) & (w == last ? -1L >>> -to : -1L);
            twice |= (words[w] & mask) != 0;
            words[w] |= mask;
        }
    }

    /** Whether some block was marked held twice. */
    boolean heldTwice() {
        return twice;
    }

    /** The blocks held, bit i for block firstBlock + i. */
    BitSet bits() {
        return BitSet.valueOf(words);
    }
}
