package org.extentlab.images;

import java.util.ArrayList;
import java.util.List;

/**
 * The names of an ext superblock's feature bits, as e2fsprogs prints them (compatible, incompatible,
 * then read-only compatible, each in bit order); an unnamed bit reads as FEATURE_C12, FEATURE_I31, ...
 */
final class ExtFeatures {
    private static final String[] COMPAT = { "dir_prealloc", "imagic_inodes", "has_journal", "ext_attr",
            "resize_inode", "dir_index", "lazy_bg", "snapshot_bitmap", "exclude_bitmap", "sparse_super2",
            "fast_commit", "stable_inodes", "orphan_file" };
    private static final String[] INCOMPAT = { "compression", "filetype", "needs_recovery", "journal_dev", "meta_bg",
            null, "extent", "64bit", "mmp", "flex_bg", "ea_inode", null, "dirdata", "metadata_csum_seed", "large_dir",
            "inline_data", "encrypt", "casefold" };
    private static final String[] RO_COMPAT = { "sparse_super", "large_file", null, "huge_file", "uninit_bg",
            "dir_nlink", "extra_isize", "snapshot", "quota", "bigalloc", "metadata_csum", "replica", "read-only",
            "project", "shared_blocks", "verity", "orphan_present" };

    private ExtFeatures() {
    }

    static List<String> names(int compat, int incompat, int roCompat) {
        List<String> names = new ArrayList<>();
        add(names, compat, COMPAT, 'C');
        add(names, incompat, INCOMPAT, 'I');
        add(names, roCompat, RO_COMPAT, 'R');
        return names;
    }

    private static void add(List<String> names, int bits, String[] known, char kind) {
        for (int bit = 0; bit < 32; bit++) {
            if ((bits & (1 << bit)) != 0) {
                String name = bit < known.length ? known[bit] : null;
                names.add(name != null ? name : "FEATURE_" + kind + bit);
            }
        }
    }
}
