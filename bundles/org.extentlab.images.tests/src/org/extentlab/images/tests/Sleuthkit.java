package org.extentlab.images.tests;

import static org.extentlab.images.tests.ExternalTools.field;
import static org.extentlab.images.tests.ExternalTools.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import org.extentlab.model.bulk.ExtentRuns;
import org.extentlab.model.bulk.ExtentType;
import org.extentlab.images.LoadedVolume;
import org.extentlab.images.VolumeFile;

/** What sleuthkit (fls, istat, blkls, fsstat) says of a FAT or exFAT image, in sectors of 512 bytes. */
final class Sleuthkit {
    private Sleuthkit() {
    }

    /** Regular files by path ("/sub/a.bin") to their sleuthkit inode numbers, leaving out its virtual files. */
    static Map<String, String> regularFiles(Path image) throws Exception {
        Map<String, String> files = new TreeMap<>();
        for (String line : run("fls", "-r", "-p", "-F", image.toString()).lines().toList()) {
            String[] parts = line.split("\t", 2);
            if (parts.length == 2 && parts[0].startsWith("r/r ") && !parts[1].startsWith("$")
                    && !parts[1].contains("(Volume Label Entry)")) {
                files.put("/" + parts[1], parts[0].substring(4).replace(":", "").replace("*", "").strip());
            }
        }
        return files;
    }

    /** The sectors istat lists for an inode, in order; it pads a cluster past the file's end with zeros. */
    static List<Long> sectors(Path image, String inode) throws Exception {
        String istat = run("istat", image.toString(), inode);
        List<Long> sectors = new ArrayList<>();
        int at = istat.indexOf("Sectors:");
        if (at >= 0) {
            for (String token : istat.substring(at + "Sectors:".length()).trim().split("\\s+")) {
                if (token.matches("\\d+") && !token.equals("0")) {
                    sectors.add(Long.parseLong(token));
                }
            }
        }
        return sectors;
    }

    /**
     * Checks that the files sleuthkit lists are the volume's, and that each file's sectors as istat lists
     * them begin its data runs (istat stops at the file's size). Returns the sleuthkit inode of each path.
     */
    static Map<String, String> assertSameFilesAndSectors(Path image, LoadedVolume volume) throws Exception {
        Map<String, String> inodes = regularFiles(image);
        assertEquals(new TreeSet<>(inodes.keySet()), Truth.paths(volume));
        for (VolumeFile file : volume.files()) {
            List<Long> expected = sectors(image, inodes.get(file.path()));
            List<Long> ours = sectorsOf(file.extents());
            assertTrue(expected.size() >= (file.validDataLength() + 511) / 512, file.path());
            assertEquals(expected, ours.subList(0, Math.min(ours.size(), expected.size())), file.path());
        }
        return inodes;
    }

    /**
     * The 512-byte sectors of a file's allocated runs (data, and unwritten past exFAT's valid data
     * length, which may split a sector), in logical order.
     */
    static List<Long> sectorsOf(ExtentRuns runs) {
        List<Long> sectors = new ArrayList<>();
        for (int i = 0; i < runs.size(); i++) {
            if (runs.type(i) == ExtentType.HOLE) {
                continue;
            }
            long end = (runs.physical(i) + runs.length(i) + 511) / 512;
            for (long s = runs.physical(i) / 512; s < end; s++) {
                if (sectors.isEmpty() || sectors.get(sectors.size() - 1) != s) {
                    sectors.add(s);
                }
            }
        }
        return sectors;
    }

    /** Unallocated sectors by blkls, within the cluster area that fsstat reports. */
    static TreeSet<Long> freeSectorsInClusterArea(Path image, String clusterAreaLabel) throws Exception {
        String fsstat = run("fsstat", image.toString());
        long first = Long.parseLong(field(fsstat, clusterAreaLabel + ":\\s+(\\d+) - \\d+"));
        long last = Long.parseLong(field(fsstat, clusterAreaLabel + ":\\s+\\d+ - (\\d+)"));
        TreeSet<Long> free = new TreeSet<>();
        for (String line : run("blkls", "-l", "-e", image.toString()).lines().toList()) {
            String[] parts = line.split("\\|");
            if (parts.length == 2 && parts[1].equals("f") && parts[0].matches("\\d+")) {
                long sector = Long.parseLong(parts[0]);
                if (sector >= first && sector <= last) {
                    free.add(sector);
                }
            }
        }
        return free;
    }

    static TreeSet<Long> freeSectors(LoadedVolume volume) {
        TreeSet<Long> free = new TreeSet<>();
        long[] runs = volume.freeRuns();
        for (int i = 0; i < runs.length; i += 2) {
            for (long s = runs[i] / 512; s < (runs[i] + runs[i + 1]) / 512; s++) {
                free.add(s);
            }
        }
        return free;
    }
}
