package org.extentlab.kernel.tests;

import static org.extentlab.images.tests.ExternalTools.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.extentlab.images.LoadedVolume;
import org.extentlab.images.VolumeLoader;
import org.extentlab.kernel.sim.KernelSettings;
import org.extentlab.kernel.sim.ScenarioRunner;
import org.extentlab.kernel.sim.Simulation;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The ext metadata checksums the reader checks and the module sets (one ExtChecksums) on both kinds
 * of seed: the UUID's crc32c, and a seed of the volume's own (metadata_csum_seed, the UUID changed
 * since), where the two no longer agree. An indexed folder, extent trees of depth one and inline files
 * put every kind of checksum on the volume.
 */
class ExtChecksumSeedTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(booleans = { false, true })
    void theReaderAcceptsWhatMke2fsWroteAndE2fsckAcceptsWhatTheModuleWrote(boolean ownSeed) throws Exception {
        Path tree = Files.createDirectories(dir.resolve("tree/big"));
        for (int i = 0; i < 300; i++) {
            Files.writeString(tree.resolve("a-name-long-enough-to-fill-blocks-" + i), "x".repeat(i % 40));
        }
        Path image = dir.resolve("seed.img");
        run("mke2fs", "-q", "-F", "-t", "ext4", "-O", ownSeed ? "metadata_csum,metadata_csum_seed,inline_data"
                : "metadata_csum,inline_data", "-d", dir.resolve("tree").toString(), image.toString(), "32M");
        if (ownSeed) {
            run("tune2fs", "-U", "random", image.toString()); // the seed stays; the UUID's crc32c is no longer it
        }
        ReferenceTools.assertE2fsckClean(image);
        LoadedVolume volume = VolumeLoader.load(image, 0);
        assertEquals(List.of(), volume.problems(), "every checksum mke2fs wrote matches");

        try (Simulation simulation = Simulations.open(image, new KernelSettings(), 4)) {
            ScenarioRunner runner = Simulations.runScript(simulation, """
                    mkdir /new
                    create /new/small 30
                    write /new/small 0 30
                    create /fragmented
                    write /fragmented 0 20K
                    write /big/a-name-long-enough-to-fill-blocks-7 0 9000
                    create /big/one-more-name-in-the-indexed-folder
                    random 300 files 8 max-size 200K
                    """);
            assertEquals(List.of(), runner.problems());
            runner.closeAll();
            Path saved = dir.resolve("saved.img");
            simulation.kernel().saveAs(saved);
            ReferenceTools.assertE2fsckClean(saved);
            LoadedVolume again = VolumeLoader.load(saved, 0);
            assertEquals(List.of(), again.problems(), "every checksum the module wrote matches");
            assertTrue(again.files().size() > 300);
        }
    }
}
