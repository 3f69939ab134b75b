package org.extentlab.app.tests;

import static org.extentlab.app.tests.WorkbenchDriver.execute;
import static org.extentlab.app.tests.WorkbenchDriver.waitForJobs;
import static org.extentlab.app.tests.WorkbenchDriver.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.eclipse.ui.IWorkbenchWindow;
import org.extentlab.internal.app.ImageOpener;
import org.extentlab.internal.app.LessonView;
import org.extentlab.internal.app.Lessons;
import org.extentlab.internal.app.OpenLessonHandler;
import org.extentlab.ui.SimulationSession;
import org.junit.jupiter.api.Test;

/**
 * Every shipped lesson through the Lesson view, as a student would take it: opened from the Lessons
 * command at its first step on a volume of its format, then a jump to its middle, Back, and on to the
 * end; it ends with exactly the findings it declares.
 */
class AllLessonsWorkbenchTest {

    @Test
    void everyLessonRunsInTheLessonViewWithTheFindingsItDeclares() throws Exception {
        IWorkbenchWindow window = WorkbenchDriver.settledWindow();
        SimulationSession session = SimulationSession.getDefault();
        List<Lessons.Entry> entries = Lessons.all();
        assertTrue(entries.size() >= 12);
        for (Lessons.Entry entry : entries) {
            String name = entry.file().getFileName().toString();
            execute(OpenLessonHandler.COMMAND_ID, Map.of(OpenLessonHandler.LESSON_PARAMETER, name));
            LessonView view = (LessonView) window.getActivePage().findView(LessonView.ID);
            try {
                waitUntil(name + " to start", () -> view.lesson() != null && view.lesson().name().equals(name)
                        && session.lesson() == view.lesson().scenario() && !session.busy());
            } catch (AssertionError e) {
                throw new AssertionError(e.getMessage() + "; the view says " + view.positionText() + "; the session: "
                        + session.status() + "; the image: " + org.extentlab.internal.app.ImageSession.getDefault().state()
                        + "; shells: " + java.util.Arrays.stream(window.getShell().getDisplay().getShells())
                                .map(org.eclipse.swt.widgets.Shell::getText).toList(), e);
            }
            waitForJobs(ImageOpener.FAMILY);
            WorkbenchDriver.settle();
            int steps = view.lesson().scenario().steps().size();
            assertEquals(0, session.position()[0], name + " opens at its first step");
            assertTrue(view.lesson().fits(session.simulation().module().formatName()),
                    name + " runs on " + session.simulation().module().formatName());
            view.goToStep(steps / 2);
            WorkbenchDriver.settle();
            assertEquals(steps / 2, session.position()[0], name + ": a jump to the middle");
            if (steps / 2 > 0) {
                session.stepBack(window.getShell().getDisplay(), null);
                WorkbenchDriver.settle();
                assertEquals(steps / 2 - 1, session.position()[0], name + ": Back");
            }
            view.goToStep(steps);
            WorkbenchDriver.settle();
            assertEquals(steps, session.position()[0], name + " to its end");
            assertEquals(view.lesson().findings(), session.problems().size(), name + ": " + session.problems());
            assertEquals(steps - 1, view.highlighted(), name + ": its last step highlighted");
        }
    }
}
