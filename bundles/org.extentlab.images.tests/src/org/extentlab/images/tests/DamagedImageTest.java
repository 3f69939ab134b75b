package org.extentlab.images.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.extentlab.images.ImageFormatException;
import org.extentlab.images.LoadedVolume;
import org.extentlab.images.VolumeFile;
import org.extentlab.images.VolumeLoader;
import org.extentlab.model.bulk.ExtentRuns;
import org.extentlab.model.bulk.ExtentType;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Seeded byte flips in the metadata of real, populated images: every variant loads (perhaps with
 * problems and damaged files) or ends in an ImageFormatException with a message. Never another
 * exception, an error, or a hang; a loaded variant never maps a file outside the image, and some
 * variants do load (the flips do not all break the first structure read).
 */
class DamagedImageTest {
    private static final int VARIANTS = 1000;

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = { "ext4", "ext2", "fat16", "fat32", "exfat" })
    void seededByteFlipsEndInAVolumeOrAClearMessage(String kind) throws Exception {
        int[] outcomes = new int[2];
        assertTimeoutPreemptively(Duration.ofMinutes(3), () -> PopulatedImages.forEachVariant(dir, kind,
                kind.hashCode() * 31L + 20261123L, VARIANTS, (i, variant) -> {
                    try {
                        LoadedVolume volume = VolumeLoader.load(variant);
                        assertExtentsInsideTheImage(volume, i);
                        outcomes[0]++;
                    } catch (ImageFormatException e) {
                        assertNotNull(e.getMessage());
                        if (e.getMessage().contains("did not expect")) {
                            throw new AssertionError("variant " + i + " escaped a reader: " + e.getMessage(), e);
                        }
                        outcomes[1]++;
                    }
                }));
        assertEquals(List.of(), VolumeLoader.load(PopulatedImages.populated(
                java.nio.file.Files.createDirectories(dir.resolve("unflipped")), kind)).problems(), "the image unflipped");
        // Flips land in the whole metadata region: some leave a volume to read, others break it.
        assertTrue(outcomes[0] > 0, "no variant loaded: " + outcomes[1] + " refused");
    }

    /**
     * What a loaded variant maps a file to lies inside the image, so a read through its extents never
     * reaches past the file; files whose maps were found damaged may hold less than their size.
     */
    private static void assertExtentsInsideTheImage(LoadedVolume volume, int variant) {
        for (VolumeFile file : volume.files()) {
            ExtentRuns runs = file.extents();
            for (int r = 0; r < runs.size(); r++) {
                if (runs.type(r) != ExtentType.HOLE) {
                    long end = runs.physical(r) + runs.length(r);
                    assertTrue(runs.physical(r) >= volume.volumeStart() && end <= volume.imageSize() && end >= runs.physical(r),
                            "variant " + variant + ": " + file.path() + " maps bytes " + runs.physical(r) + "-" + end
                                    + " of a " + volume.imageSize() + "-byte image");
                }
            }
        }
    }
}
