package org.extentlab.images;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * The volume-wide checks fsck.fat makes on a FAT12/16/32 volume, said in its terms: the dirty bit, FAT
 * copies that differ, a FAT32 boot sector that differs from its backup, FSInfo's magic numbers and free
 * count, and clusters the FAT marks in use that no file or directory holds (lost). A check that
 * fsck.fat does not make (a FAT[0] that disagrees with the media byte, FSInfo's next-free hint) is not
 * made here either, so a volume fsck.fat calls clean has no finding.
 */
final class FatChecks {
    private FatChecks() {
    }

    /**
     * The dirty bit: bit 0 of the boot sector's flags byte, and on FAT16 and FAT32 also the "clean
     * shutdown" bit of FAT[1] being clear (FAT12's FAT[1] has no such bit).
     */
    static void dirty(ImageFormat type, ByteBuffer boot, int[] fat, List<String> problems) {
        boolean flag = (boot.get(type == ImageFormat.FAT32 ? 65 : 37) & 1) != 0;
        boolean cleanShutdown = type == ImageFormat.FAT12
                || (fat[1] & (type == ImageFormat.FAT32 ? 0x0800_0000 : 0x8000)) != 0;
        if (flag || !cleanShutdown) {
            problems.add("the dirty bit is set (" + (flag ? "boot sector" : "FAT[1]")
                    + "): the volume was not properly unmounted and some data may be corrupt");
        }
    }

    /** FAT copies 2.. compared with the first, over the entries the volume uses. */
    static void copiesDiffer(ImageSource source, long firstFat, long fatBytes, int fatCount, int neededBytes,
            ImageFormat type, List<String> problems) throws IOException {
        if (fatCount < 2) {
            return;
        }
        byte[] first = source.read(firstFat, neededBytes).array();
        for (int copy = 1; copy < fatCount; copy++) {
            byte[] other = source.read(firstFat + copy * fatBytes, neededBytes).array();
            int at = java.util.Arrays.mismatch(first, other);
            if (at >= 0) {
                long entry = switch (type) {
                case FAT12 -> at * 2L / 3;
                case FAT16 -> at / 2;
                default -> at / 4;
                };
                problems.add("the FATs differ: FAT " + (copy + 1) + " differs from FAT 1 first at the entry of cluster "
                        + entry);
            }
        }
    }

    /** A FAT32 boot sector and its backup (at sector {@code backupSector}) hold the same 512 bytes. */
    static void backupBootSector(ImageSource source, ByteBuffer boot, int backupSector, int bytesPerSector,
            List<String> problems) throws IOException {
        if (backupSector == 0 || backupSector == 0xFFFF) {
            return;
        }
        ByteBuffer backup = source.read((long) backupSector * bytesPerSector, 512);
        List<Integer> offsets = new ArrayList<>();
        for (int i = 0; i < 512; i++) {
            if (boot.get(i) != backup.get(i)) {
                offsets.add(i);
            }
        }
        if (!offsets.isEmpty()) {
            problems.add("the boot sector and its backup (sector " + backupSector + ") differ at "
                    + (offsets.size() == 1 ? "offset " : "offsets ")
                    + String.join(", ", offsets.stream().limit(8).map(String::valueOf).toList())
                    + (offsets.size() > 8 ? " and " + (offsets.size() - 8) + " more" : ""));
        }
    }

    /** FSInfo's three magic numbers, then its free-cluster count against the FAT's. */
    static void fsInfo(ImageSource source, int sector, int bytesPerSector, long freeClusters, List<String> problems)
            throws IOException {
        if (sector == 0 || sector == 0xFFFF) {
            return;
        }
        ByteBuffer info = source.read((long) sector * bytesPerSector, 512);
        List<String> bad = new ArrayList<>();
        if (info.getInt(0) != 0x41615252) {
            bad.add("0");
        }
        if (info.getInt(484) != 0x61417272) {
            bad.add("484");
        }
        if (info.getInt(508) != 0xAA550000) {
            bad.add("508");
        }
        if (!bad.isEmpty()) {
            problems.add("the FSInfo sector has a bad magic number at offset " + String.join(", ", bad)
                    + ", so its free-cluster count is not to be trusted");
            return;
        }
        long count = info.getInt(488) & 0xFFFF_FFFFL;
        if (count != 0xFFFF_FFFFL && count != freeClusters) {
            problems.add("the free cluster summary is wrong: FSInfo counts " + count + " free clusters, the FAT "
                    + freeClusters);
        }
    }

    /** Clusters the FAT marks in use (not bad) that no chain of a file or directory holds. */
    static void lostClusters(int[] fat, long clusterCount, long bad, BitSet owned, List<String> problems) {
        List<Integer> lost = new ArrayList<>();
        int total = 0;
        for (int c = 2; c < clusterCount + 2; c++) {
            if (fat[c] != 0 && fat[c] != bad && !owned.get(c)) {
                total++;
                if (lost.size() < 8) {
                    lost.add(c);
                }
            }
        }
        if (total > 0) {
            problems.add(total + (total == 1 ? " cluster is" : " clusters are")
                    + " marked in use in the FAT but no file or directory holds "
                    + (total == 1 ? "it" : "them") + " (lost): " + String.join(", ", lost.stream().map(String::valueOf).toList())
                    + (total > lost.size() ? " and " + (total - lost.size()) + " more" : ""));
        }
    }
}
