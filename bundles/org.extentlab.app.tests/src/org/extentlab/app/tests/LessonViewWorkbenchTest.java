package org.extentlab.app.tests;

import static org.extentlab.app.tests.WorkbenchDriver.execute;
import static org.extentlab.app.tests.WorkbenchDriver.openImage;
import static org.extentlab.app.tests.WorkbenchDriver.press;
import static org.extentlab.app.tests.WorkbenchDriver.waitForJobs;
import static org.extentlab.app.tests.WorkbenchDriver.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.viewers.IStructuredSelection;
import org.extentlab.internal.app.ImageOpener;
import org.extentlab.internal.app.LessonView;
import org.extentlab.internal.app.Lessons;
import org.extentlab.internal.app.OpenLessonHandler;
import org.extentlab.internal.ui.ExtentPackerView;
import org.extentlab.internal.ui.PropertiesView;
import org.extentlab.internal.ui.ProtocolTraceView;
import org.extentlab.internal.ui.TransportHandler;
import org.extentlab.kernel.sim.Lesson;
import org.extentlab.ui.SimulationSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Lesson view as a student uses it: a lesson chosen from the Lessons menu's command opens at its
 * first step, on the image it names when the open volume is of another format; Next, Back, a click on
 * a line and Restart move through it with the step's line highlighted and its narration shown; Play
 * runs it to its end unattended, every time; a step back clears a selection whose event is gone.
 */
class LessonViewWorkbenchTest extends WindowTest {
    @TempDir
    Path dir;



    private LessonView open(String name) throws Exception {
        execute(OpenLessonHandler.COMMAND_ID, Map.of(OpenLessonHandler.LESSON_PARAMETER, name));
        LessonView view = (LessonView) window.getActivePage().findView(LessonView.ID);
        assertNotNull(view, "the Lesson view is open");
        waitUntil("the lesson " + name + " to start", () -> view.lesson() != null
                && SimulationSession.getDefault().lesson() == view.lesson().scenario()
                && !SimulationSession.getDefault().busy());
        waitForJobs(ImageOpener.FAMILY);
        waitForJobs(SimulationSession.FAMILY);
        return view;
    }


    @Test
    void theLessonsListedAreTheShippedOnes() throws Exception {
        List<Lessons.Entry> entries = Lessons.all();
        assertTrue(entries.size() >= 12, entries.toString());
        assertTrue(entries.stream().allMatch(e -> e.error() == null), "every lesson reads: " + entries);
        assertEquals(entries.size(), Lesson.list(Lessons.folder()).size());
    }

    @Test
    void theLessonArgumentNamesALessonAndOpensNoSample() {
        org.extentlab.internal.app.LaunchArguments lesson = org.extentlab.internal.app.LaunchArguments
                .parse(new String[] { "-lesson", "02-continuations" });
        assertEquals("02-continuations", lesson.lesson().orElseThrow());
        assertFalse(lesson.openSample(), "the lesson opens the image it needs");
        org.extentlab.internal.app.LaunchArguments both = org.extentlab.internal.app.LaunchArguments
                .parse(new String[] { "disk.img", "-lesson", "01-one-read" });
        assertEquals(Path.of("disk.img"), both.image().orElseThrow());
        assertEquals(List.of("-lesson needs a lesson's name, such as 02-continuations"),
                org.extentlab.internal.app.LaunchArguments.parse(new String[] { "-lesson" }).problems());
    }

    @Test
    void aLessonOpensAtItsFirstStepAndMovesWithNextBackClickAndRestart() throws Exception {
        // The open volume is ext4; this lesson wants FAT, so it opens its own image.
        LessonView view = open("05-writes-allocate");
        SimulationSession session = SimulationSession.getDefault();
        assertEquals("FAT16", session.simulation().module().formatName());
        assertTrue(window.getShell().getText().contains("sample-fat16.img.gz"), window.getShell().getText());
        int steps = view.lesson().scenario().steps().size();
        assertEquals(0, session.position()[0], "a lesson opens at its first step, not its end");
        assertEquals(steps, session.position()[1]);
        assertEquals(-1, view.highlighted());
        assertEquals(view.lesson().introduction(), view.narrationText());
        assertTrue(view.scriptText().contains("A write that allocates"), "the title heads the script");
        assertTrue(view.scriptText().contains("Watch the Volume Map: each allocation"), "prose without its #");
        assertFalse(view.scriptText().contains("# Teaches"), "the header is not shown as comments");
        assertTrue(view.positionText().startsWith("Step 0 of " + steps), view.positionText());

        press(view.getSite().getShell(), "Next >");
        WorkbenchDriver.settle();
        press(view.getSite().getShell(), "Next >");
        WorkbenchDriver.settle();
        press(view.getSite().getShell(), "Next >");
        WorkbenchDriver.settle();
        assertEquals(3, session.position()[0]);
        assertEquals(2, view.highlighted(), "the step just run is highlighted");
        assertEquals(view.lesson().narration(2), view.narrationText());
        assertTrue(view.narrationText().startsWith("3 KiB into an empty file"), view.narrationText());

        press(view.getSite().getShell(), "< Back");
        WorkbenchDriver.settle();
        assertEquals(2, session.position()[0]);
        assertEquals(1, view.highlighted());

        view.goToStep(6);
        WorkbenchDriver.settle();
        assertEquals(6, session.position()[0]);
        assertEquals(5, view.highlighted());

        press(view.getSite().getShell(), "Restart");
        waitUntil("the lesson to start again", () -> session.lesson() == view.lesson().scenario()
                && session.position()[0] == 0 && !session.busy());
        WorkbenchDriver.settle();
        assertEquals(-1, view.highlighted());

        // Another operation leaves the lesson: the view says so and offers Restart.
        session.perform("create /OTHER.TXT", display, null);
        WorkbenchDriver.settle();
        assertNull(session.lesson());
        assertTrue(view.positionText().contains("left this lesson"), view.positionText());
    }

    @Test
    void playRunsALessonToItsEndEveryTime() throws Exception {
        LessonView view = open("02-continuations");
        SimulationSession session = SimulationSession.getDefault();
        int steps = view.lesson().scenario().steps().size();
        session.setPlayInterval(0);
        try {
            for (int attempt = 1; attempt <= 10; attempt++) {
                session.goTo(0, display, null);
                WorkbenchDriver.settle();
                assertEquals(0, session.position()[0]);
                execute(TransportHandler.PLAY, Map.of());
                int tried = attempt;
                waitUntil("Play to reach the end (attempt " + tried + ")",
                        () -> session.position()[0] == steps && !session.playing() && !session.busy());
                assertEquals(List.of(), session.problems(), "attempt " + attempt);
            }
        } finally {
            session.setPlayInterval(400);
        }
        assertEquals(steps - 1, view.highlighted());
    }

    @Test
    void aStepBackClearsASelectionWhoseEventIsGone() throws Exception {
        LessonView view = open("01-one-read");
        SimulationSession session = SimulationSession.getDefault();
        execute(TransportHandler.RUN_TO_END, Map.of());
        WorkbenchDriver.settle();
        ProtocolTraceView trace = (ProtocolTraceView) window.getActivePage().showView(ProtocolTraceView.ID);
        ExtentPackerView packer = (ExtentPackerView) window.getActivePage().showView(ExtentPackerView.ID);
        PropertiesView properties = (PropertiesView) window.getActivePage().showView(PropertiesView.ID);
        WorkbenchDriver.settle();
        List<org.extentlab.kernel.sim.TraceEvent> events = session.simulation().kernel().trace().events();
        int blockmap = -1;
        for (int i = 0; i < events.size() && blockmap < 0; i++) {
            if (events.get(i).name().equals("blockmapFile") && events.get(i).kind().equals("reply")) {
                blockmap = i;
            }
        }
        assertTrue(blockmap >= 0, "the lesson's read made a blockmapFile call");
        window.getActivePage().activate(trace);
        trace.select(blockmap);
        WorkbenchDriver.settle();
        assertTrue(packer.operation() > 0, "the packer shows the selected operation");
        assertFalse(properties.rows().isEmpty(), "Properties shows the selected event");
        session.goTo(1, display, null);
        WorkbenchDriver.settle();
        assertTrue(trace.rowCount() <= blockmap, "the trace lost the later events");
        assertEquals(-1, trace.selectedRow(), "no row is selected once its event is gone");
        assertTrue(packer.calls().isEmpty(), "the packer no longer shows the gone operation");
        assertTrue(properties.rows().isEmpty(), "Properties no longer shows the gone event: " + properties.rows());
        assertNotNull(view.lesson());
    }
}
