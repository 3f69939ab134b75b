package org.extentlab.kernel.tests;

import static org.extentlab.images.tests.ExternalTools.run;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.nio.file.Files;
import java.nio.file.Path;

import org.extentlab.kernel.sim.ScenarioRunner;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Seeded random scenarios on FAT12, FAT16 and FAT32 images made by mkfs.fat: after thousands of
 * operations (create, writes at random offsets, appends, sparse writes, truncate, preallocate,
 * delete, rename, parallel I/O, small packers) the saved image passes fsck.fat, every file read back
 * with mcopy equals the model, and the original image is unchanged.
 */
class FatRoundTripTest {

    @TempDir
    Path dir;

    @ParameterizedTest(name = "FAT{0}, {1} KiB, {2} sectors per cluster, packer {3}, seed {4}")
    @CsvSource({ "12, 1440, 1, 3, 11", "16, 16384, 4, 2, 12", "32, 66000, 1, 8, 13", "16, 8192, 1, 1, 14" })
    void randomScenarioSavesAnImageThatFsckAndMcopyAgreeWith(int bits, int kib, int sectorsPerCluster, int packer,
            long seed) throws Exception {
        Path saved = dir.resolve("saved.img");
        ScenarioRunner runner = Simulations.randomRoundTrip(Simulations.fat(dir, bits, kib, sectorsPerCluster), packer,
                seed, 2500, saved);
        Simulations.assertFsckFatClean(saved);
        for (String path : runner.model().files()) {
            Path copy = dir.resolve("copy");
            run("mcopy", "-n", "-o", "-i", saved.toString(), "::" + path, copy.toString());
            assertArrayEquals(runner.model().content(path), Files.readAllBytes(copy), path);
        }
    }
}
