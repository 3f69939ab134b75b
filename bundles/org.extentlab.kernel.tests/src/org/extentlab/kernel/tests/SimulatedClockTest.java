package org.extentlab.kernel.tests;

import static org.extentlab.images.tests.ExternalTools.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.extentlab.kernel.FileAttributes;
import org.extentlab.kernel.sim.KernelSettings;
import org.extentlab.kernel.sim.Simulation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The simulated clock starts just after the volume was last written, as the image says (ext4's
 * superblock write time, the newest FAT entry), so a file the simulation changes is newer than the
 * files already there, and the saved image carries that time where debugfs reads it.
 */
class SimulatedClockTest {
    @TempDir
    Path dir;

    @Test
    void filesTheSimulationChangesAreNewerThanTheVolume() throws Exception {
        for (String relative : new String[] { "images/sample-ext4.img.gz", "images/sample-fat16.img.gz" }) {
            Path image = LessonsTest.image(dir, relative);
            Path saved = dir.resolve("saved-" + image.getFileName());
            long written;
            long modified;
            try (Simulation simulation = Simulations.open(image, new KernelSettings(), 1)) {
                written = simulation.module().lastWritten();
                // ext4's sample was made with E2FSPROGS_FAKE_TIME=2026-11-23; FAT's files carry that date.
                assertTrue(written >= 1_795_392_000L, relative + ": the volume's own time, not a fixed one: " + written);
                Simulations.runScript(simulation, "create /NEW.TXT\nwrite /NEW.TXT 0 100 fill 0x41\n");
                var module = simulation.module();
                FileAttributes attributes = module.attributes(module.lookupItem("NEW.TXT", module.root(), new org.extentlab.kernel.ExtentPacker(4, module.sectorSize())).item());
                modified = attributes.modifyTime();
                assertTrue(modified > written && modified < written + 60, relative + ": " + modified + " after " + written);
                simulation.kernel().saveAs(saved);
            }
            if (relative.contains("ext4")) {
                String stat = run("debugfs", "-R", "stat /NEW.TXT", saved.toString());
                Matcher mtime = Pattern.compile("mtime: 0x([0-9a-f]+)").matcher(stat);
                assertTrue(mtime.find(), stat);
                assertEquals(modified, Long.parseLong(mtime.group(1), 16), "debugfs reads the simulated time");
            }
        }
    }
}
