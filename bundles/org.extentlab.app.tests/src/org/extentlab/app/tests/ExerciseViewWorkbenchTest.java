package org.extentlab.app.tests;

import static org.extentlab.app.tests.WorkbenchDriver.waitForJobs;
import static org.extentlab.app.tests.WorkbenchDriver.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.core.runtime.jobs.Job;
import org.extentlab.internal.app.ExerciseView;
import org.extentlab.internal.app.ImageSession;
import org.extentlab.internal.app.ImageState;
import org.extentlab.kernel.sim.Exercises;
import org.extentlab.ui.SimulationSession;
import org.junit.jupiter.api.Test;

/**
 * The Exercise view on the sample image: a seed draws the same questions as the headless command; a
 * right answer is right, a wrong one "not yet" without giving the answer away, Show Answer gives it,
 * and Run It loads the question's script as steps at their start for the other views.
 */
class ExerciseViewWorkbenchTest extends WindowTest {



    @Test
    void aSeededSetIsAskedCheckedRevealedAndRun() throws Exception {
        WorkbenchDriver.openSample(window);
        ExerciseView view = (ExerciseView) window.getActivePage().showView(ExerciseView.ID);
        Job drawing = view.draw(9, 6);
        drawing.join();
        waitUntil("the questions to show", () -> view.questions().size() == 6);
        var opened = (ImageState.Opened) ImageSession.getDefault().state();
        List<Exercises.Question> expected = Exercises.generate(SimulationSession.getDefault().simulatedImage(),
                opened.volume(), 9, 6);
        assertEquals(expected, view.questions(), "the view asks what the headless command asks for the seed");

        Exercises.Question first = view.questions().get(0);
        view.answer(1, "certainly not this");
        view.check();
        assertTrue(view.verdictText().startsWith("Not yet: try again"), view.verdictText());
        assertFalse(view.verdictText().contains(first.answer()), "a wrong answer does not give the right one away");
        view.answer(1, first.answer());
        view.check();
        assertTrue(view.verdictText().startsWith("Right"), view.verdictText());
        assertTrue(view.scoreText().startsWith("1 right of 1 tried"), view.scoreText());

        view.answer(2, "");
        view.reveal();
        assertEquals("The simulator: " + view.questions().get(1).answer(), view.verdictText());

        int withScript = -1;
        for (Exercises.Question q : view.questions()) {
            if (!q.script().isBlank() && withScript < 0) {
                withScript = q.number();
            }
        }
        assertTrue(withScript > 0, "some question runs a script");
        view.answer(withScript, "");
        Job run = view.runIt();
        run.join();
        WorkbenchDriver.settle();
        int[] position = SimulationSession.getDefault().position();
        assertEquals(0, position[0], "the question's script waits at its start");
        assertTrue(position[1] >= 2, "its steps are ahead: " + position[1]);
    }
}
