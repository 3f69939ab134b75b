package org.extentlab.images.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.extentlab.images.LoadedVolume;
import org.extentlab.images.VolumeLoader;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The readers' findings at load against the checkers' verdicts, on corpora damaged in the run
 * ({@link DamagedFat}, {@link DamagedExfat}, {@link DamagedExt}): every volume fsck.fat, fsck.exfat or
 * e2fsck complains of has a
 * finding of the same kind, said in the checker's terms; the clean volumes, and the damages a checker
 * does not check (on that FAT type, or in exfatprogs 1.2), have none.
 */
class CheckerFindingsTest {
    /** What a finding of each kind says (lower case), as fsck.fat would put it. */
    private static final Map<String, String> WORDS = Map.ofEntries(Map.entry("dirty-boot", "dirty bit"),
            Map.entry("dirty-fat", "dirty bit"), Map.entry("lost-cluster", "(lost)"),
            Map.entry("fats-differ", "the fats differ"), Map.entry("fsinfo-magic", "bad magic number"),
            Map.entry("fsinfo-count", "free cluster summary is wrong"), Map.entry("backup-boot", "its backup"),
            Map.entry("folder-size", "non-zero size"), Map.entry("dot", "invalid '.' entry"),
            Map.entry("dotdot", "invalid '..' entry"), Map.entry("long-name-checksum", "checksum in long filename part"),
            Map.entry("long-name-order", "unexpected long filename sequence number"),
            Map.entry("long-name-orphan", "orphaned long file name part"),
            Map.entry("duplicate-name", "duplicate directory entry"), Map.entry("past-end", "cluster chain length is"),
            Map.entry("empty-with-cluster", "cluster chain length is"), Map.entry("chain-short", "the cluster chain holds"),
            Map.entry("cross-link", "cross-linked"));

    @TempDir
    Path dir;

    @ParameterizedTest(name = "FAT{0}")
    @ValueSource(ints = { 12, 16, 32 })
    void findingsAtLoadAreWhatFsckFatFinds(int bits) throws Exception {
        Path clean = DamagedFat.clean(dir, bits);
        assertEquals(Set.of(), ExternalTools.complaints("fsck.fat", "-n", clean.toString()), "mkfs.fat + mtools: clean");
        assertEquals(List.of(), VolumeLoader.load(clean).problems());
        assertEquals(DamagedFat.KINDS.size(), WORDS.size());
        for (String kind : DamagedFat.KINDS) {
            if (!DamagedFat.has(kind, bits)) {
                continue;
            }
            Path image = DamagedFat.damaged(dir, clean, bits, kind);
            Set<String> fsck = ExternalTools.complaints("fsck.fat", "-n", image.toString());
            LoadedVolume volume = VolumeLoader.load(image);
            if (!DamagedFat.applies(kind, bits)) {
                assertEquals(Set.of(), fsck, kind + ": fsck.fat does not check this on FAT" + bits);
                assertEquals(List.of(), volume.problems(), kind + ": nor does the reader");
                continue;
            }
            assertFalse(fsck.isEmpty(), kind + ": fsck.fat calls it damaged");
            assertTrue(volume.problems().stream().anyMatch(p -> p.toLowerCase().contains(WORDS.get(kind))),
                    "FAT" + bits + " " + kind + ": fsck.fat says " + fsck + ", the reader " + volume.problems());
        }
    }

    /** What an exFAT finding of each damage fsck.exfat reports says. */
    private static final Map<String, String> EXFAT_WORDS = Map.of("cluster-free-in-bitmap",
            "is marked as free in the allocation bitmap", "boot-checksum", "checksum of the boot region is not correct",
            "valid-past-size", "impossible lengths", "cross-link", "cluster chain runs into a free cluster",
            "chain-loop", "loops", "entry-set-checksum", "entry set checksum does not match");

    @org.junit.jupiter.api.Test
    void exfatFindingsAtLoadAreWhatFsckExfatFinds() throws Exception {
        Path clean = DamagedExfat.clean(dir);
        assertEquals(Set.of(), ExternalTools.complaints("fsck.exfat", "-n", clean.toString()), "mkfs.exfat + files: clean");
        assertEquals(List.of(), VolumeLoader.load(clean).problems());
        for (String kind : DamagedExfat.KINDS) {
            Path image = DamagedExfat.damaged(dir, clean, kind);
            Set<String> fsck = ExternalTools.complaints("fsck.exfat", "-n", image.toString());
            List<String> problems = VolumeLoader.load(image).problems();
            if (!DamagedExfat.checked(kind)) {
                assertEquals(Set.of(), fsck, kind + ": fsck.exfat accepts it");
                assertEquals(List.of(), problems, kind + ": so does the reader");
                continue;
            }
            assertFalse(fsck.isEmpty(), kind + ": fsck.exfat calls it damaged");
            assertTrue(problems.stream().anyMatch(p -> p.contains(EXFAT_WORDS.get(kind))),
                    kind + ": fsck.exfat says " + fsck + ", the reader " + problems);
        }
    }

    /** What an ext finding of each damage says, as e2fsck puts it. */
    private static final Map<String, String> EXT_WORDS = Map.ofEntries(
            Map.entry("link-count", "ref count is 5, should be 1"), Map.entry("unattached", "unattached"),
            Map.entry("inode-free-in-bitmap", "has deleted/unused inode"),
            Map.entry("block-free-in-bitmap", "block bitmap differences: +"),
            Map.entry("folder-block-free-in-bitmap", "block bitmap differences: +"),
            Map.entry("block-used-in-bitmap", "block bitmap differences: -("),
            Map.entry("group-free-blocks", "free blocks count wrong for group #0"),
            Map.entry("group-free-inodes", "free inodes count wrong for group #0"),
            Map.entry("deletion-time", "has deleted/unused inode"), Map.entry("shared-block", "multiply-claimed"));

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = { "ext2", "ext4" })
    void extFindingsAtLoadAreWhatE2fsckFinds(String type) throws Exception {
        Path clean = DamagedExt.clean(dir, type);
        assertEquals(Set.of(), ExternalTools.complaints("e2fsck", "-fn", clean.toString()), "mke2fs -d: clean");
        assertEquals(List.of(), VolumeLoader.load(clean).problems());
        for (String kind : DamagedExt.KINDS) {
            if (kind.equals("shared-block") && type.equals("ext4")) {
                continue; // block[0] of an extent inode is its extent header, not a block number
            }
            Path image = DamagedExt.damaged(dir, clean, type, kind);
            Set<String> fsck = ExternalTools.complaints("e2fsck", "-fn", image.toString());
            List<String> problems = VolumeLoader.load(image).problems();
            assertFalse(fsck.isEmpty(), type + " " + kind + ": e2fsck calls it damaged");
            assertTrue(problems.stream().anyMatch(p -> p.toLowerCase().contains(EXT_WORDS.get(kind))),
                    type + " " + kind + ": e2fsck says " + fsck + ", the reader " + problems);
        }
    }
}
