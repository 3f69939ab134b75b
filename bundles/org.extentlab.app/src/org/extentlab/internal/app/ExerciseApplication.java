package org.extentlab.internal.app;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.extentlab.kernel.sim.ExerciseCommand;

/**
 * {@code -application org.extentlab.app.exercise --image IMG --seed N [--count K] [--solve]
 * [--export problems.md] [--grade answers.txt]}: exercises drawn from a seed on an image, their answers,
 * a problem set with its answer key, a student's grade (help/exercises.md). Exit codes are
 * {@link ExerciseCommand}'s.
 */
public class ExerciseApplication implements IApplication {

    @Override
    public Object start(IApplicationContext context) {
        String[] args = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
        context.applicationRunning();
        return ExerciseCommand.run(args == null ? new String[0] : args, System.out, System.err);
    }

    @Override
    public void stop() {
        // start() runs to completion.
    }
}
