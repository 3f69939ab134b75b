package org.extentlab.internal.ui;

import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;

/** Background work of the UI: a job of a family (so tests and callers can wait for it), scheduled at once. */
public final class Jobs {
    private Jobs() {
    }

    /** Runs {@code body} in a job named {@code name} of {@code family}; {@code user} shows it as the user's. */
    public static Job schedule(String name, Object family, boolean user, Consumer<IProgressMonitor> body) {
        Job job = new Job(name) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                body.accept(monitor);
                return Status.OK_STATUS;
            }

            @Override
            public boolean belongsTo(Object candidate) {
                return candidate == family;
            }
        };
        job.setUser(user);
        job.schedule();
        return job;
    }
}
