package org.extentlab.app.tests;

import static org.extentlab.app.tests.WorkbenchDriver.execute;
import static org.extentlab.app.tests.WorkbenchDriver.openImage;
import static org.extentlab.app.tests.WorkbenchDriver.waitForJobs;
import static org.extentlab.app.tests.WorkbenchDriver.waitUntil;
import static org.extentlab.images.tests.ExternalTools.run;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.PlatformUI;
import org.extentlab.internal.app.ImageOpener;
import org.extentlab.internal.app.SessionBundles;
import org.extentlab.internal.app.SessionHandler;
import org.extentlab.internal.ui.RunScenarioHandler;
import org.extentlab.internal.ui.TransportHandler;
import org.extentlab.kernel.sim.Simulation;
import org.extentlab.ui.SimulationSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * File > Save Session and Open Session in the workbench: a session saved part way through a script
 * reopens at the same step with the same trace and the rest of the script ahead; a changed image, a
 * damaged file and a missing image are refused with a message and change nothing.
 */
class SessionFileTest {
    @TempDir
    Path dir;


    private static void settle() {
        waitForJobs(SessionHandler.FAMILY);
        waitForJobs(ImageOpener.FAMILY);
        waitForJobs(SimulationSession.FAMILY);
    }

    @Test
    void aSavedSessionReopensAtItsStepWithTheSameTraceAndBadFilesChangeNothing() throws Exception {
        Path image = dir.resolve("session-fat16.img");
        run("mkfs.fat", "-C", "-F", "16", "-s", "4", image.toString(), "16384");
        openImage(image);
        SimulationSession session = SimulationSession.getDefault();
        waitUntil("the simulation to start", () -> session.simulation() != null);
        Path script = dir.resolve("lesson.txt");
        Files.writeString(script, """
                seed 5
                packer-capacity 2
                create "/Lesson Notes"
                create /b
                write "/Lesson Notes" 0 2K
                write /b 0 2K
                write "/Lesson Notes" 2K 2K
                parallel
                  write /b 2K 4K
                  write "/Lesson Notes" 4K 2K
                end
                close "/Lesson Notes"
                read "/Lesson Notes" 0 6K
                """);
        execute(TransportHandler.LOAD, Map.of(TransportHandler.LOAD_SCRIPT, script.toString()));
        settle();
        for (int i = 0; i < 6; i++) {
            execute(TransportHandler.STEP, Map.of());
            settle();
        }
        assertArrayEquals(new int[] { 6, 9 }, session.position());
        String trace = session.simulation().kernel().trace().toJsonLines();
        List<String> history = session.history();
        String imageSum = sha256(image);

        Path saved = dir.resolve("lesson.extentlab");
        execute(SessionHandler.SAVE, Map.of(SessionHandler.FILE, saved.toString()));
        settle();
        assertTrue(Files.readString(saved).contains("imageSha256=\"" + imageSum + "\""), "the image's checksum");

        execute(TransportHandler.RUN_TO_END, Map.of());
        settle();
        assertArrayEquals(new int[] { 9, 9 }, session.position());

        execute(SessionHandler.OPEN, Map.of(SessionHandler.FILE, saved.toString()));
        settle();
        waitUntil("the session to be restored", () -> session.position()[0] == 6);
        assertArrayEquals(new int[] { 6, 9 }, session.position(), "the saved step, the rest ahead");
        assertEquals(history, session.history());
        assertEquals(trace, session.simulation().kernel().trace().toJsonLines(), "the same trace, event for event");
        assertEquals(5, session.state().seed());
        execute(TransportHandler.RUN_TO_END, Map.of());
        settle();
        assertEquals(List.of(), session.problems(), "the rest of the script runs as before");
        assertEquals(imageSum, sha256(image), "the image file was never written");

        Display display = PlatformUI.getWorkbench().getDisplay();
        Simulation current = session.simulation();
        List<String> heard = new CopyOnWriteArrayList<>();
        Path garbage = dir.resolve("garbage.extentlab");
        Files.writeString(garbage, "not a session <");
        SessionHandler.open(garbage, display, null, heard::add);
        settle();
        Path changed = dir.resolve("changed.img");
        Files.copy(image, changed);
        Path changedSession = dir.resolve("changed.extentlab");
        // The session names its image relatively (it lies beside it); these name others absolutely.
        String named = "imagePath=\"" + image.getFileName() + "\"";
        assertTrue(Files.readString(saved).contains(named), Files.readString(saved));
        Files.writeString(changedSession, Files.readString(saved).replace(named, "imagePath=\"" + changed + "\""));
        Files.write(changed, new byte[] { 1 }, StandardOpenOption.APPEND);
        SessionHandler.open(changedSession, display, null, heard::add);
        settle();
        Path missing = dir.resolve("missing.extentlab");
        Files.writeString(missing, Files.readString(saved).replace(named, "imagePath=\"" + dir.resolve("gone.img") + "\""));
        SessionHandler.open(missing, display, null, heard::add);
        settle();
        assertEquals(3, heard.size(), "three refusals: " + heard);
        assertTrue(heard.get(0).contains("not a readable Extent Lab session"), heard.get(0));
        assertTrue(heard.get(1).contains("has changed since the session was saved"), heard.get(1));
        assertTrue(heard.get(2).contains("is missing"), heard.get(2));
        assertSame(current, session.simulation(), "nothing was replaced");
        assertArrayEquals(new int[] { 9, 9 }, session.position());
    }

    private static String sha256(Path file) throws Exception {
        return java.util.HexFormat.of().formatHex(
                java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }

    @Test
    void aBundleCarriesTheImageAndASessionFindsItsImageBesideIt() throws Exception {
        Path image = dir.resolve("course-fat16.img");
        run("mkfs.fat", "-C", "-F", "16", "-s", "4", image.toString(), "16384");
        openImage(image);
        SimulationSession session = SimulationSession.getDefault();
        waitUntil("the simulation to start", () -> session.simulation() != null);
        Path script = dir.resolve("steps.txt");
        Files.writeString(script, "seed 8\ncreate /A.TXT\nwrite /A.TXT 0 3K fill 0x41\nwrite /A.TXT 3K 1K fill 0x42\n"
                + "read /A.TXT 0 4K\n");
        execute(TransportHandler.LOAD, Map.of(TransportHandler.LOAD_SCRIPT, script.toString()));
        settle();
        for (int i = 0; i < 3; i++) {
            execute(TransportHandler.STEP, Map.of());
            settle();
        }
        String trace = session.simulation().kernel().trace().toJsonLines();

        // A session beside its image names it relatively: the folder moves and the session still opens.
        Path saved = dir.resolve("course.extentlab");
        execute(SessionHandler.SAVE, Map.of(SessionHandler.FILE, saved.toString()));
        settle();
        assertTrue(Files.readString(saved).contains("imagePath=\"course-fat16.img\""), Files.readString(saved));
        Path moved = dir.resolve("moved");
        Files.createDirectories(moved);
        Files.copy(saved, moved.resolve("course.extentlab"));
        Files.copy(image, moved.resolve("course-fat16.img"));

        Path bundle = dir.resolve("course." + SessionBundles.EXTENSION);
        execute(SessionHandler.EXPORT, Map.of(SessionHandler.FILE, bundle.toString()));
        settle();
        assertTrue(Files.size(bundle) < Files.size(image) / 10, "the image goes in compressed: " + Files.size(bundle));
        Files.delete(image); // the bundle alone must do
        Files.delete(saved);

        execute(SessionHandler.OPEN, Map.of(SessionHandler.FILE, bundle.toString()));
        settle();
        waitUntil("the bundle's session to be restored", () -> session.position()[0] == 3
                && session.image() != null && session.image().getFileName().toString().equals("course-fat16.img.gz"));
        assertArrayEquals(new int[] { 3, 4 }, session.position());
        assertEquals(trace, session.simulation().kernel().trace().toJsonLines(), "the same run, from the bundle");

        execute(SessionHandler.OPEN, Map.of(SessionHandler.FILE, moved.resolve("course.extentlab").toString()));
        settle();
        waitUntil("the moved session to be restored", () -> session.position()[0] == 3
                && moved.resolve("course-fat16.img").toAbsolutePath().equals(session.image()));
        assertEquals(trace, session.simulation().kernel().trace().toJsonLines(), "the same run, from the moved folder");

        // A zip that climbs out of its folder, or is not a bundle, is refused and changes nothing.
        Path evil = dir.resolve("evil." + SessionBundles.EXTENSION);
        try (var zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(evil))) {
            zip.putNextEntry(new java.util.zip.ZipEntry("../escape.img"));
            zip.write(new byte[] { 1, 2, 3 });
            zip.closeEntry();
        }
        List<String> heard = new CopyOnWriteArrayList<>();
        SessionHandler.open(evil, PlatformUI.getWorkbench().getDisplay(), null, heard::add);
        settle();
        assertEquals(1, heard.size(), heard.toString());
        assertTrue(heard.get(0).contains("is not a session bundle"), heard.get(0));
        assertTrue(Files.notExists(dir.resolve("escape.img")) && Files.notExists(SessionBundles.defaultCache()
                .getParent().resolve("escape.img")), "nothing was written outside the bundle's folder");
        assertArrayEquals(new int[] { 3, 4 }, session.position(), "the session in the window is untouched");
    }
}
