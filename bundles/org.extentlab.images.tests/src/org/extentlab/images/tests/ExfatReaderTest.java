package org.extentlab.images.tests;

import static org.extentlab.images.tests.ExternalTools.run;
import static org.extentlab.images.tests.ExternalTools.runBytes;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.extentlab.images.ImageFormat;
import org.extentlab.images.ImageFormatException;
import org.extentlab.images.LoadedVolume;
import org.extentlab.images.VolumeFile;
import org.extentlab.images.UpcaseTable;
import org.extentlab.images.VolumeLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The exFAT reader against images made by mkfs.exfat, filled by {@link ExfatPopulator} and accepted by
 * fsck.exfat: files, sectors and bytes against sleuthkit (fls, istat, icat), free space against blkls.
 */
class ExfatReaderTest {

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}-byte clusters")
    @ValueSource(ints = { 4096, 32768 })
    void everyFileAndTheFreeSpaceMatchSleuthkit(int clusterSize) throws Exception {
        Path image = dir.resolve("exfat.img");
        try (RandomAccessFile raf = new RandomAccessFile(image.toFile(), "rw")) {
            raf.setLength(64L << 20);
        }
        run("mkfs.exfat", "-c", Integer.toString(clusterSize), "-L", "EXTEST", image.toString());
        Random random = new Random(clusterSize);
        byte[] contiguous = bytes(random, 3 * clusterSize + 100);
        byte[] scattered = bytes(random, 5 * clusterSize + 7);
        byte[] preallocated = bytes(random, 2 * clusterSize);
        byte[] nested = bytes(random, 1000);
        try (ExfatPopulator exfat = new ExfatPopulator(image)) {
            long root = exfat.rootCluster();
            exfat.file(root, "contiguous.bin", contiguous, contiguous.length, true);
            exfat.file(root, "scattered-through-the-fat.bin", scattered, scattered.length, false);
            exfat.file(root, "preallocated.bin", preallocated, clusterSize / 2, true);
            exfat.file(root, "empty.txt", new byte[0], 0, true);
            long sub = exfat.directory(root, "sub");
            exfat.file(exfat.directory(sub, "deeper"), "nested.txt", nested, nested.length, false);
        }
        run("fsck.exfat", "-n", image.toString());

        LoadedVolume volume = VolumeLoader.load(image);

        assertEquals(ImageFormat.EXFAT, volume.format());
        assertEquals("EXTEST", volume.label());
        assertEquals(run("blkid", "-o", "value", "-s", "UUID", image.toString()).strip(), volume.uuid(),
                "the identifier blkid shows");

        assertEquals(List.of(), volume.problems());
        Map<String, String> inodes = Sleuthkit.assertSameFilesAndSectors(image, volume);
        for (VolumeFile file : volume.files()) {
            byte[] icat = runBytes("icat", image.toString(), inodes.get(file.path()));
            assertArrayEquals(Arrays.copyOf(icat, (int) file.validDataLength()),
                    Arrays.copyOf(Truth.readThrough(image, file), (int) file.validDataLength()), file.path());
        }
        VolumeFile scatteredFile = volume.files().stream().filter(f -> f.path().startsWith("/scattered")).findFirst()
                .orElseThrow();
        assertEquals(6, scatteredFile.extents().size(), "every other cluster: six runs");
        VolumeFile pre = volume.files().stream().filter(f -> f.path().equals("/preallocated.bin")).findFirst()
                .orElseThrow();
        assertEquals(clusterSize / 2, pre.validDataLength());
        // The bytes past the valid data length read as zeros: the map says unwritten from there on, and
        // the JSON of the extents command says so.
        assertEquals(2, pre.extents().size(), Truth.describe(pre.extents()));
        assertEquals(org.extentlab.model.bulk.ExtentType.DATA, pre.extents().type(0));
        assertEquals(clusterSize / 2, pre.extents().length(0));
        assertEquals(org.extentlab.model.bulk.ExtentType.UNWRITTEN, pre.extents().type(1));
        assertEquals(clusterSize / 2, pre.extents().logical(1));
        assertEquals(2L * clusterSize - clusterSize / 2, pre.extents().length(1));
        java.io.StringWriter json = new java.io.StringWriter();
        org.extentlab.images.ExtentMapJson.write("exfat.img", volume, json);
        assertTrue(json.toString().contains("\"logical\":" + clusterSize / 2 + ",\"physical\":"), json.toString());
        assertTrue(json.toString().contains("\"type\":\"unwritten\""), "the JSON marks the bytes past it unwritten");
        assertEquals(2L * clusterSize, pre.size());
        assertEquals(Sleuthkit.freeSectorsInClusterArea(image, "Cluster Heap"), Sleuthkit.freeSectors(volume));
    }

    @Test
    void aBrokenEntrySetChecksumIsReported() throws Exception {
        Path image = dir.resolve("sum.img");
        try (RandomAccessFile raf = new RandomAccessFile(image.toFile(), "rw")) {
            raf.setLength(16L << 20);
        }
        run("mkfs.exfat", image.toString());
        try (ExfatPopulator exfat = new ExfatPopulator(image)) {
            exfat.file(exfat.rootCluster(), "victim.txt", "hello".getBytes(), 5, true);
        }
        LoadedVolume clean = VolumeLoader.load(image);
        long entry = clean.files().get(0).id();
        SampleTrees.flipByte(image, entry + 8); // the file entry's creation time

        LoadedVolume volume = VolumeLoader.load(image);

        assertEquals(List.of("/victim.txt: the entry set checksum does not match"), volume.problems());
        assertTrue(Files.size(image) > 0);
    }

    @Test
    void namesAreFoldedThroughTheVolumesOwnUpcaseTable() throws Exception {
        Path image = emptyExfat("names.img");
        try (ExfatPopulator exfat = new ExfatPopulator(image)) {
            long root = exfat.rootCluster();
            exfat.file(root, "Ärger-ñandú.txt", "ä".getBytes(), 2, true);
            exfat.file(exfat.directory(root, "Ölfässer"), "журнал.log", "я".getBytes(), 2, false);
            exfat.file(root, "readme.txt", "plain".getBytes(), 5, true);
        }
        run("fsck.exfat", "-n", image.toString());

        LoadedVolume volume = VolumeLoader.load(image);

        assertEquals(List.of(), volume.problems(), "mkfs.exfat's table checksum and every name hash agree");
        assertEquals(List.of("/readme.txt", "/Ärger-ñandú.txt", "/Ölfässer/журнал.log"),
                volume.files().stream().map(VolumeFile::path).toList());
        Sleuthkit.assertSameFilesAndSectors(image, volume);
    }

    @Test
    void theUpcaseTableFoldsBeyondAscii() throws Exception {
        Path image = emptyExfat("table.img");
        byte[] table;
        try (ExfatPopulator exfat = new ExfatPopulator(image); RandomAccessFile raf = new RandomAccessFile(image.toFile(), "r")) {
            table = new byte[exfat.upcaseTableLength()];
            raf.seek(exfat.upcaseTableOffset());
            raf.readFully(table);
        }
        UpcaseTable upcase = UpcaseTable.parse(table, table.length);
        assertEquals('A', upcase.upcase('a'));
        assertEquals('Ä', upcase.upcase('ä'));
        assertEquals('Ñ', upcase.upcase('ñ'));
        assertEquals('Я', upcase.upcase('я'));
        assertEquals('1', upcase.upcase('1'));
        assertEquals('ß', upcase.upcase('ß'), "one code unit maps to one: ß stays");
        assertEquals("ÖLFÄSSER", upcase.upcase("Ölfässer"));
        assertEquals(UpcaseTable.asciiOnly().nameHash("readme.txt"), upcase.nameHash("readme.txt"));
    }

    @Test
    void aHandWrittenCompressedTableSkipsIdentityRuns() throws Exception {
        // 0xFFFF 0x0061: 'a' units map to themselves; then two mappings; the rest is identity.
        byte[] table = { (byte) 0xFF, (byte) 0xFF, 0x61, 0x00, 0x41, 0x00, 0x42, 0x00 };
        UpcaseTable upcase = UpcaseTable.parse(table, table.length);
        assertEquals('A', upcase.upcase('a'));
        assertEquals('B', upcase.upcase('b'));
        assertEquals('c', upcase.upcase('c'));
        assertEquals('\u0000', upcase.upcase('\u0000'));
        assertThrows(ImageFormatException.class, () -> UpcaseTable.parse(table, 7));
    }

    @Test
    void wrongNameHashesCaseTwinsAndADamagedTableAreReported() throws Exception {
        Path image = emptyExfat("twins.img");
        long tableAt;
        try (ExfatPopulator exfat = new ExfatPopulator(image)) {
            long root = exfat.rootCluster();
            exfat.file(root, "README.md", "a".getBytes(), 1, true);
            exfat.file(root, "readme.md", "b".getBytes(), 1, true);
            exfat.foldNamesAsAscii();
            exfat.file(root, "ärger.txt", "c".getBytes(), 1, true);
            exfat.file(root, "plain.txt", "d".getBytes(), 1, true);
            tableAt = exfat.upcaseTableOffset();
        }
        LoadedVolume volume = VolumeLoader.load(image);
        assertEquals(List.of("/readme.md: another entry of the directory has the same name, ignoring case",
                "/ärger.txt: the name hash does not match the name under the volume's up-case table"), volume.problems());
        assertEquals(4, volume.files().size(), "reported, still read");

        SampleTrees.flipByte(image, tableAt + 200);
        LoadedVolume damaged = VolumeLoader.load(image);
        assertEquals("the exFAT up-case table's checksum does not match", damaged.problems().get(0));
        assertEquals(4, damaged.files().size());
    }

    private Path emptyExfat(String name) throws Exception {
        Path image = dir.resolve(name);
        try (RandomAccessFile raf = new RandomAccessFile(image.toFile(), "rw")) {
            raf.setLength(16L << 20);
        }
        run("mkfs.exfat", image.toString());
        return image;
    }

    private static byte[] bytes(Random random, int length) {
        byte[] bytes = new byte[length];
        random.nextBytes(bytes);
        return bytes;
    }
}
