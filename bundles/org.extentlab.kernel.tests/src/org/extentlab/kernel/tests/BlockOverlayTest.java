package org.extentlab.kernel.tests;

import static org.extentlab.images.tests.ExternalTools.run;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;

import org.extentlab.images.ImageFormatException;
import org.extentlab.kernel.BlockOverlay;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The copy-on-write overlay: reads see writes, the image file never changes, Save As carries both. */
class BlockOverlayTest {

    @TempDir
    Path dir;

    @Test
    void writesLandInTheOverlayAndSaveAsCarriesThemWhileTheImageStaysUnchanged() throws Exception {
        Path image = dir.resolve("fat.img");
        run("mkfs.fat", "-C", "-F", "16", image.toString(), "20000");
        String before = sha256(image);
        byte[] original = Files.readAllBytes(image);
        byte[] pattern = new byte[10_000];
        Arrays.fill(pattern, (byte) 0x5A);

        Path saved = dir.resolve("saved.img");
        try (BlockOverlay overlay = BlockOverlay.open(image)) {
            overlay.write(1_000_000 - 3, pattern); // across three pages, unaligned at both ends
            overlay.zero(4096 * 300, 5000);
            assertArrayEquals(pattern, overlay.read(1_000_000 - 3, pattern.length));
            assertArrayEquals(Arrays.copyOfRange(original, 999_990, 999_997), overlay.read(999_990, 7),
                    "bytes before the write come from the image");
            assertEquals(5, overlay.dirtyPages(), "three 4 KiB pages for the pattern, two for the zeros");
            overlay.saveAs(saved);
        }

        assertEquals(before, sha256(image), "the image file is never written");
        byte[] expected = original.clone();
        System.arraycopy(pattern, 0, expected, 1_000_000 - 3, pattern.length);
        Arrays.fill(expected, 4096 * 300, 4096 * 300 + 5000, (byte) 0);
        assertArrayEquals(expected, Files.readAllBytes(saved));
        run("fsck.fat", "-n", saved.toString()); // the changes were in the data area only
    }

    @Test
    void saveAsRefusesTheOpenedImageAndReadsOutsideItAreClearErrors() throws Exception {
        Path image = dir.resolve("small.img");
        Files.write(image, new byte[8192]);
        try (BlockOverlay overlay = BlockOverlay.open(image)) {
            overlay.write(0, new byte[] { 1, 2, 3 });
            IOException refused = assertThrows(IOException.class, () -> overlay.saveAs(image));
            assertTrue(refused.getMessage().contains("overwrite the opened image"), refused.getMessage());
            assertThrows(ImageFormatException.class, () -> overlay.read(8190, 4));
            assertThrows(ImageFormatException.class, () -> overlay.write(-1, new byte[1]));
        }
        assertArrayEquals(new byte[8192], Files.readAllBytes(image));
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count(), "no temporary file is left behind");
        }
    }

    @Test
    void aSnapshotKeepsTheDeviceAsItWasAndAForkStartsFromItWithWritesOfItsOwn() throws Exception {
        Path image = dir.resolve("snap.img");
        byte[] original = new byte[3 << 20];
        new java.util.Random(7).nextBytes(original);
        Files.write(image, original);
        byte[] ones = new byte[6000];
        Arrays.fill(ones, (byte) 1);
        byte[] twos = new byte[9000];
        Arrays.fill(twos, (byte) 2);
        try (BlockOverlay overlay = BlockOverlay.open(image)) {
            overlay.write(4096 * 10 + 100, ones); // two pages, partly
            BlockOverlay.Snapshot first = overlay.snapshot();
            byte[] atFirst = overlay.read(0, original.length);
            overlay.write(4096 * 10 + 50, twos); // the frozen pages again, and a new one
            overlay.write(4096 * 700, twos); // another chunk (512 pages each)
            byte[] present = overlay.read(0, original.length);
            assertEquals(6, overlay.dirtyPages(), "pages 10-12 and 700-702");
            try (BlockOverlay fork = BlockOverlay.open(first)) {
                assertArrayEquals(atFirst, fork.read(0, original.length), "the fork holds the snapshot's bytes");
                assertEquals(2, fork.dirtyPages());
                fork.write(4096 * 10, new byte[] { 9 });
                assertEquals(9, fork.read(4096 * 10, 1)[0]);
                assertArrayEquals(present, overlay.read(0, original.length), "a fork's writes are its own");
                try (BlockOverlay second = BlockOverlay.open(first)) {
                    assertArrayEquals(atFirst, second.read(0, original.length),
                            "a snapshot stays as it was whatever its forks write");
                }
                Path saved = dir.resolve("fork.img");
                fork.saveAs(saved);
                byte[] expected = atFirst.clone();
                expected[4096 * 10] = 9;
                assertArrayEquals(expected, Files.readAllBytes(saved));
                Files.delete(saved);
            }
            assertArrayEquals(present, overlay.read(0, original.length), "closing a fork leaves the overlay as it is");
            first.release();
            assertThrows(IllegalStateException.class, () -> BlockOverlay.open(first), "a released snapshot");
            byte[] expected = original.clone();
            System.arraycopy(ones, 0, expected, 4096 * 10 + 100, ones.length);
            System.arraycopy(twos, 0, expected, 4096 * 10 + 50, twos.length);
            System.arraycopy(twos, 0, expected, 4096 * 700, twos.length);
            assertArrayEquals(expected, present);
        }
        assertArrayEquals(original, Files.readAllBytes(image), "the image file is never written");
    }

    @Test
    void zerosOverWholePagesReadBackAsZerosAndSurviveSnapshotsAndSaveAs() throws Exception {
        Path image = dir.resolve("zeros.img");
        byte[] original = new byte[(1 << 20) + 1000]; // a last page only partly in the image
        new java.util.Random(3).nextBytes(original);
        Files.write(image, original);
        byte[] expected = original.clone();
        try (BlockOverlay overlay = BlockOverlay.open(image)) {
            byte[] ones = new byte[20_000];
            Arrays.fill(ones, (byte) 1);
            overlay.write(8192, ones);
            BlockOverlay.Snapshot before = overlay.snapshot();
            byte[] atSnapshot = overlay.read(0, original.length);
            overlay.zero(5000, 30_000); // partial, whole (over frozen and image pages), partial
            overlay.zero(original.length - 1500, 1500); // the image's last, partial page and the one before
            overlay.write(16_384 + 7, new byte[] { 5 }); // into a page just zeroed
            System.arraycopy(ones, 0, expected, 8192, ones.length);
            Arrays.fill(expected, 5000, 35_000, (byte) 0);
            Arrays.fill(expected, original.length - 1500, original.length, (byte) 0);
            expected[16_384 + 7] = 5;
            assertArrayEquals(expected, overlay.read(0, original.length));
            try (BlockOverlay fork = BlockOverlay.open(before)) {
                assertArrayEquals(atSnapshot, fork.read(0, original.length));
            }
            before.release();
            Path saved = dir.resolve("zeros-saved.img");
            overlay.saveAs(saved);
            assertArrayEquals(expected, Files.readAllBytes(saved));
            assertThrows(ImageFormatException.class, () -> overlay.zero(original.length - 10, 11));
        }
    }

    @Test
    void writtenPagesLiveOutsideTheHeapInAScratchFileNobodyElseSees() throws Exception {
        Path image = dir.resolve("big.img");
        try (var file = java.nio.channels.FileChannel.open(image, java.nio.file.StandardOpenOption.CREATE_NEW,
                java.nio.file.StandardOpenOption.WRITE)) {
            file.truncate(0);
            file.write(java.nio.ByteBuffer.wrap(new byte[1]), (64L << 20) - 1); // sparse: 64 MiB of zeros
        }
        Path temporary = Path.of(System.getProperty("java.io.tmpdir"));
        long before = scratchFiles(temporary);
        Runtime runtime = Runtime.getRuntime();
        byte[] block = new byte[1 << 20];
        Arrays.fill(block, (byte) 0x33);
        System.gc();
        long heapBefore = runtime.totalMemory() - runtime.freeMemory();
        try (BlockOverlay overlay = BlockOverlay.open(image)) {
            for (int mib = 0; mib < 64; mib++) {
                overlay.write((long) mib << 20, block);
            }
            assertEquals(before, scratchFiles(temporary), "the scratch file is unlinked as soon as it is open");
            System.gc();
            long heapAfter = runtime.totalMemory() - runtime.freeMemory();
            assertTrue(heapAfter - heapBefore < 16 << 20, "64 MiB written, heap grew by " + (heapAfter - heapBefore));
            assertEquals(0x33, overlay.read((63L << 20) + 12345, 1)[0]);
            assertEquals(16384, overlay.dirtyPages());
        }
        assertEquals(before, scratchFiles(temporary), "no scratch file is left behind");
    }

    private static long scratchFiles(Path directory) throws IOException {
        try (var files = Files.list(directory)) {
            return files.filter(f -> f.getFileName().toString().startsWith("extentlab-pages-")).count();
        }
    }

    private static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
