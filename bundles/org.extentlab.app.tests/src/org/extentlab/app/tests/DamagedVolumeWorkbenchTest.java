package org.extentlab.app.tests;

import static org.extentlab.app.tests.WorkbenchDriver.execute;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import org.extentlab.images.tests.DamagedFat;
import org.extentlab.internal.app.ImageSession;
import org.extentlab.internal.app.ImageSummaryView;
import org.extentlab.internal.app.SessionHandler;
import org.extentlab.internal.ui.TransportHandler;
import org.extentlab.kernel.FileSystemModule;
import org.extentlab.ui.SimulationSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A damaged FAT volume (a lost cluster fsck.fat would reclaim) in the window: opening it asks, as a
 * system would before mounting, and opens it read-only by default; a write fails with EROFS and says
 * why and what to run; Disk Image and the status say it; Simulation > Simulate Anyway replays the
 * history with writes allowed, and applying the preferences keeps it so; a session saved then reopens
 * writable without asking; reopened with Simulate Anyway, it is writable from the start.
 */
class DamagedVolumeWorkbenchTest extends WindowTest {
    @TempDir
    Path dir;

    @Test
    void aDamagedVolumeOpensReadOnlyUnlessTheUserSimulatesAnyway() throws Exception {
        Path image = DamagedFat.damaged(dir, DamagedFat.clean(dir, 16), 16, "lost-cluster");
        SimulationSession session = SimulationSession.getDefault();

        AtomicReference<String> asked = open(image, "Open Read-Only");
        assertTrue(asked.get() != null && asked.get().contains("(lost)") && asked.get().contains("fsck.fat -a"),
                "the dialog quotes the finding and says what repairs a copy: " + asked.get());
        assertNotNull(session.readOnly(), "opened read-only");
        assertTrue(session.status().contains("read-only: the volume is damaged (1 finding(s) at load"), session.status());
        assertEquals("Extent Lab \u2014 " + image.getFileName() + " (damaged volume)", window.getShell().getText());
        String simulation = ImageSummaryView.rows(ImageSession.getDefault().state()).stream()
                .filter(r -> r.property().equals("Simulation")).findFirst().orElseThrow().value();
        assertTrue(simulation.startsWith("damaged: 1 problem(s) below, so it opens read-only"), simulation);

        AtomicReference<String> refused = WorkbenchDriver.answerDialog("Perform Operation");
        execute(TransportHandler.PERFORM, Map.of(TransportHandler.PERFORM_LINE, "create /new.txt"));
        WorkbenchDriver.waitUntil("the refusal", () -> refused.get() != null);
        assertTrue(refused.get().contains("create /new.txt: EROFS") && refused.get().contains("Repair a copy with fsck.fat -a"),
                refused.get());
        assertEquals(false, names(session).contains("new.txt"));

        execute(TransportHandler.SIMULATE_ANYWAY, Map.of());
        WorkbenchDriver.settle();
        assertNull(session.readOnly(), "Simulate Anyway lets the simulation write");
        assertEquals(1, session.position()[0], "the history replayed");
        assertTrue(names(session).contains("new.txt"), "the create now succeeded: " + names(session));
        assertTrue(session.status().contains("simulated anyway on a damaged volume"), session.status());
        org.extentlab.internal.ui.SimulationPreferences.apply(display, message -> {
        });
        WorkbenchDriver.settle();
        assertNull(session.readOnly(), "the preferences applied keep Simulate Anyway");
        assertTrue(names(session).contains("new.txt"));

        Path saved = dir.resolve("damage.extentlab");
        execute(SessionHandler.SAVE, Map.of(SessionHandler.FILE, saved.toString()));
        WorkbenchDriver.waitForJobs(SessionHandler.FAMILY);
        assertTrue(java.nio.file.Files.readString(saved).contains("allow-damaged"), "the session says so");
        open(DamagedFat.clean(dir, 12), null);
        AtomicReference<String> askedAgain = WorkbenchDriver.handleDialog("Damaged Volume", shell -> {
            WorkbenchDriver.press(shell, "Open Read-Only");
            return "asked";
        });
        execute(SessionHandler.OPEN, Map.of(SessionHandler.FILE, saved.toString()));
        WorkbenchDriver.waitForJobs(SessionHandler.FAMILY);
        WorkbenchDriver.settle();
        WorkbenchDriver.waitUntil("the session to be restored", () -> image.toAbsolutePath().equals(session.image())
                && session.position()[0] == 1);
        assertTrue(askedAgain.compareAndSet(null, "called off"), "the session does not ask again");
        assertNull(session.readOnly(), "the session reopens simulated anyway");
        assertTrue(names(session).contains("new.txt"), "its create replayed: " + names(session));

        open(image, "Simulate Anyway");
        assertNull(session.readOnly(), "chosen when it opened");
        open(DamagedFat.clean(dir, 12), null);
        assertNull(session.readOnly(), "a clean volume asks nothing and may be written");
    }

    /** Opens {@code image}, pressing {@code button} in the damaged-volume dialog (null: none expected). */
    private AtomicReference<String> open(Path image, String button) throws Exception {
        AtomicReference<String> asked = button == null ? new AtomicReference<>()
                : WorkbenchDriver.handleDialog("Damaged Volume", shell -> {
                    String texts = String.join("\n", WorkbenchDriver.labelTexts(shell));
                    WorkbenchDriver.press(shell, button);
                    return texts;
                });
        WorkbenchDriver.openImage(image);
        WorkbenchDriver.settle();
        assertEquals(button == null, asked.get() == null, "the dialog shows for a damaged volume only");
        for (org.eclipse.swt.widgets.Shell shell : display.getShells()) {
            assertTrue(!"Damaged Volume".equals(shell.getText()) || !shell.isVisible(), "no damaged-volume dialog left open");
        }
        return asked;
    }

    private static java.util.List<String> names(SimulationSession session) {
        FileSystemModule module = session.simulation().module();
        return module.list(module.root()).stream().map(FileSystemModule.Entry::name).toList();
    }
}
