package org.extentlab.images.tests;

import static org.extentlab.images.tests.ExternalTools.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.extentlab.images.CompressedImages;
import org.extentlab.images.ImageFormatException;
import org.extentlab.images.LoadedVolume;
import org.extentlab.images.VolumeFile;
import org.extentlab.images.VolumeLoader;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Images shipped compressed with gzip, xz or zstd open as the same volume as uncompressed, from one copy in
 * the cache; damaged or cancelled decompressions leave nothing behind and say what is wrong.
 */
class CompressedImagesTest {

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0} compressed with {1}")
    @CsvSource({ "ext4, gzip", "ext4, xz", "ext4, zstd", "fat16, gzip", "fat32, xz", "fat16, zstd", "exfat, gzip",
            "exfat, xz", "exfat, zstd" })
    void aCompressedImageOpensAsTheSameVolume(String kind, String tool) throws Exception {
        Path image = PopulatedImages.populated(dir, kind);
        LoadedVolume plain = VolumeLoader.load(image);
        Path compressed = dir.resolve(kind + ".img." + tool);
        run("sh", "-c", tool + " -c '" + image + "' > '" + compressed + "'");
        String before = sha(compressed);
        Path cache = dir.resolve("cache");

        Path opened = CompressedImages.uncompressed(compressed, cache);
        LoadedVolume volume = VolumeLoader.load(opened);

        assertEquals(tool, CompressedImages.compression(compressed));
        assertEquals(null, CompressedImages.compression(image), "an image that is not compressed opens as it is");
        assertEquals(image, CompressedImages.uncompressed(image, cache));
        assertEquals(Files.size(image), Files.size(opened));
        assertEquals(sha(image), sha(opened), "the copy holds the image's bytes");
        assertEquals(plain.format(), volume.format());
        assertEquals(plain.files().stream().map(VolumeFile::path).toList(),
                volume.files().stream().map(VolumeFile::path).toList());
        assertEquals(plain.freeBlocks(), volume.freeBlocks());
        assertEquals(opened, CompressedImages.uncompressed(compressed, cache), "decompressed once, then reused");
        assertEquals(List.of(opened), listing(cache), "one copy, no partial files");
        assertEquals(before, sha(compressed), "the compressed file is never written");
    }

    @ParameterizedTest(name = "a truncated {0} file")
    @CsvSource({ "gzip", "xz", "zstd" })
    void aTruncatedCompressedImageIsRefusedAndLeavesNothing(String tool) throws Exception {
        Path image = PopulatedImages.populated(dir, "fat16");
        Path compressed = dir.resolve("cut.img." + tool);
        run("sh", "-c", tool + " -c '" + image + "' > '" + compressed + "'");
        byte[] whole = Files.readAllBytes(compressed);
        Files.write(compressed, java.util.Arrays.copyOf(whole, whole.length / 2));
        Path cache = dir.resolve("cache");

        ImageFormatException refused = assertThrows(ImageFormatException.class,
                () -> CompressedImages.uncompressed(compressed, cache));

        assertTrue(refused.getMessage().contains("damaged or truncated " + tool), refused.getMessage());
        assertEquals(List.of(), listing(cache));
    }

    @ParameterizedTest(name = "cancelled {0}")
    @CsvSource({ "gzip" })
    void aCancelledDecompressionLeavesNothing(String tool) throws Exception {
        Path image = PopulatedImages.populated(dir, "ext4");
        Path compressed = dir.resolve("big.img.gz");
        run("sh", "-c", tool + " -c '" + image + "' > '" + compressed + "'");
        Path cache = dir.resolve("cache");
        NullProgressMonitor cancelled = new NullProgressMonitor();
        cancelled.setCanceled(true);

        assertThrows(OperationCanceledException.class, () -> CompressedImages.uncompressed(compressed, cache, cancelled));

        assertEquals(List.of(), listing(cache));
    }

    private static String sha(Path file) throws Exception {
        return CompressedImages.sha256(file, new NullProgressMonitor());
    }

    private static List<Path> listing(Path folder) throws Exception {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (var files = Files.list(folder)) {
            return files.sorted().toList();
        }
    }
}
