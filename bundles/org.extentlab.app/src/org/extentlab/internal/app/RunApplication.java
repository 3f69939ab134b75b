package org.extentlab.internal.app;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.extentlab.kernel.sim.RunCommand;

/**
 * {@code -application org.extentlab.app.run --image IMG --script S [--seed N] [--packer-capacity K]
 * --trace out.jsonl [--save-as out.img]}: runs a scenario script headlessly on the simulated kernel
 * (see help/scenarios.md). Exit codes are {@link RunCommand}'s.
 */
public class RunApplication implements IApplication {

    @Override
    public Object start(IApplicationContext context) {
        String[] args = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
        context.applicationRunning();
        return RunCommand.run(args == null ? new String[0] : args, System.out, System.err);
    }

    @Override
    public void stop() {
        // start() runs to completion.
    }
}
