package org.extentlab.images.tests;

import static org.extentlab.images.tests.ExternalTools.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.extentlab.images.VolumeLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Loading reports progress by file and stops when the user cancels. */
class LoadProgressTest {

    @TempDir
    Path dir;

    /** Counts work and cancels itself after a number of calls. */
    private static final class CountingMonitor extends NullProgressMonitor {
        private final int cancelAfter;
        int total;
        int worked;
        int calls;

        @Override
        public void beginTask(String name, int totalWork) {
            total = totalWork;
        }

        CountingMonitor(int cancelAfter) {
            this.cancelAfter = cancelAfter;
        }

        @Override
        public void worked(int work) {
            worked += work;
            if (++calls >= cancelAfter) {
                setCanceled(true);
            }
        }

        @Override
        public void internalWorked(double work) {
            worked += (int) Math.ceil(work);
            if (++calls >= cancelAfter) {
                setCanceled(true);
            }
        }
    }

    @Test
    void progressGrowsWithTheFilesAndCancellingStopsTheLoad() throws Exception {
        Path tree = Files.createDirectories(dir.resolve("tree/many"));
        for (int i = 0; i < 2000; i++) {
            Files.writeString(tree.resolve("f" + i), "x");
        }
        Path image = dir.resolve("progress.img");
        run("mke2fs", "-q", "-F", "-t", "ext4", "-N", "4096", "-d", dir.resolve("tree").toString(), image.toString(), "16M");

        CountingMonitor watching = new CountingMonitor(Integer.MAX_VALUE);
        assertEquals(2000, VolumeLoader.load(image, 0, watching).files().size());
        assertTrue(watching.total > 0 && watching.worked >= watching.total * 9 / 10,
                "the work reported reaches the total: " + watching.worked + " of " + watching.total);
        assertTrue(watching.calls > 100, "progress moves in many steps, not one: " + watching.calls);

        CountingMonitor impatient = new CountingMonitor(watching.calls / 3);
        assertThrows(OperationCanceledException.class, () -> VolumeLoader.load(image, 0, impatient));
        assertTrue(impatient.calls < watching.calls, "stopped early, after " + impatient.calls + " of "
                + watching.calls + " steps");
    }
}
