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

    private static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
