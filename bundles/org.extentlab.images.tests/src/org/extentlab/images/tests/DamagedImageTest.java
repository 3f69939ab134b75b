package org.extentlab.images.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.file.Path;
import java.time.Duration;

import org.extentlab.images.ImageFormatException;
import org.extentlab.images.LoadedVolume;
import org.extentlab.images.VolumeLoader;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Seeded byte flips in the metadata of real, populated images: every variant loads (perhaps with
 * problems and damaged files) or ends in an ImageFormatException with a message. Never another
 * exception, an error, or a hang.
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
                        assertNotNull(volume.files());
                        outcomes[0]++;
                    } catch (ImageFormatException e) {
                        assertNotNull(e.getMessage());
                        if (e.getMessage().contains("did not expect")) {
                            throw new AssertionError("variant " + i + " escaped a reader: " + e.getMessage(), e);
                        }
                        outcomes[1]++;
                    }
                }));
        assertEquals(VARIANTS, outcomes[0] + outcomes[1]);
    }
}
