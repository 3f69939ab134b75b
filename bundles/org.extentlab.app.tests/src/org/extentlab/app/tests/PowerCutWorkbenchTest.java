package org.extentlab.app.tests;

import static org.extentlab.app.tests.WorkbenchDriver.execute;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import org.extentlab.images.tests.ExternalTools;
import org.extentlab.internal.ui.ExportHandler;
import org.extentlab.internal.ui.PowerCutHandler;
import org.extentlab.internal.ui.TransportHandler;
import org.extentlab.ui.SimulationSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Simulation > Power Cut Here... on a FAT16 volume with a file already on it, after a create and a
 * write: cut right after the write's blockmap reply, the saved image has the blockmap's clusters and a
 * size of 0, and the dialog says so with fsck.fat's own words; the running simulation goes on as it was.
 */
class PowerCutWorkbenchTest extends WindowTest {
    @TempDir
    Path dir;

    @Test
    void aPowerCutShowsWhatTheCheckerSaysOfTheDeviceAtThatEvent() throws Exception {
        Path image = WorkbenchDriver.fat16WithAFile(dir);
        SimulationSession session = SimulationSession.getDefault();
        WorkbenchDriver.perform(image, "create /f.bin", "write /f.bin 0 20K fill 0x41");
        int[] position = session.position();
        int events = session.simulation().kernel().trace().events().size();
        long blockmapReply = session.simulation().kernel().trace().events().stream()
                .filter(e -> e.kind().equals("reply") && e.name().equals("blockmapFile")).findFirst().orElseThrow().sequence();

        AtomicReference<String> shown = WorkbenchDriver.handleDialog(PowerCutHandler.DIALOG_TITLE, shell -> {
            String texts = String.join("\n", WorkbenchDriver.labelTexts(shell));
            WorkbenchDriver.press(shell, "OK");
            return texts;
        });
        Path cut = dir.resolve("cut.img");
        execute(PowerCutHandler.ID, Map.of(PowerCutHandler.EVENT, Long.toString(blockmapReply), ExportHandler.FILE,
                cut.toString()));
        WorkbenchDriver.waitUntil("the power cut's report", () -> shown.get() != null);

        assertTrue(shown.get().contains("right after event #" + blockmapReply + " (reply blockmapFile)"), shown.get());
        assertTrue(shown.get().contains("fsck.fat -n finds damage"), shown.get());
        assertTrue(shown.get().contains("Reclaimed 10 unused clusters"), "fsck.fat's own words: " + shown.get());
        assertTrue(shown.get().contains("What this shows"), "the dialog says what it shows: " + shown.get());
        assertTrue(ExternalTools.run("mdir", "-i", cut.toString(), "-b", "::/").contains("f.bin"));
        assertArrayEquals(new byte[0], ExternalTools.runBytes("mtype", "-i", cut.toString(), "::/f.bin"),
                "the size is not on the device before completeIO");
        assertArrayEquals(position, session.position(), "the simulation goes on where it was");
        assertEquals(events, session.simulation().kernel().trace().events().size());
    }
}
