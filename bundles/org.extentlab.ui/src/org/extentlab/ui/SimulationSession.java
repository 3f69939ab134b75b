package org.extentlab.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;
import org.extentlab.images.LoadedVolume;
import org.extentlab.kernel.AllocationPolicy;
import org.extentlab.kernel.sim.KernelSettings;
import org.extentlab.kernel.sim.Scenario;
import org.extentlab.kernel.sim.ScenarioException;
import org.extentlab.kernel.sim.ScenarioRunner;
import org.extentlab.kernel.sim.Simulation;
import org.extentlab.kernel.sim.Trace;

/**
 * The simulation the views show: one per application, started on the image the workbench opened.
 * Simulations run in Jobs; listeners hear of every change on the UI thread. Views read the engine
 * through its queries (the trace's events, {@code VolumeMapQuery}), not its internals.
 */
public final class SimulationSession {
    /** The family of the session's jobs, to wait for them. */
    public static final Object FAMILY = new Object();
    private static final SimulationSession INSTANCE = new SimulationSession();

    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private volatile Simulation simulation;
    private volatile String status = "";
    private volatile List<String> problems = List.of();
    private volatile long initialFreeBytes;

    public static SimulationSession getDefault() {
        return INSTANCE;
    }

    /** The running simulation, or null when the opened image cannot be simulated (see {@link #status()}). */
    public Simulation simulation() {
        return simulation;
    }

    /** What the session is doing or why it cannot: for the views to say. */
    public String status() {
        return status;
    }

    /** The free bytes when the simulation started (where the free-space series begins). */
    public long initialFreeBytes() {
        return initialFreeBytes;
    }

    /** What the last scenario found wrong. */
    public List<String> problems() {
        return problems;
    }

    public void addListener(Runnable listener) {
        listeners.add(listener);
    }

    public void removeListener(Runnable listener) {
        listeners.remove(listener);
    }

    private void changed(Display display) {
        if (display != null && !display.isDisposed()) {
            display.asyncExec(() -> listeners.forEach(Runnable::run));
        }
    }

    /** Starts a simulation on {@code volume} of {@code image} (closing any earlier one). */
    public Job start(Path image, LoadedVolume volume, Display display) {
        return schedule("Starting the simulation", false, () -> {
            close();
            try {
                simulation = Simulation.open(image, volume, AllocationPolicy.NATIVE, new KernelSettings(), 1, new Trace());
                initialFreeBytes = simulation.module().freeBytes();
                status = simulation.module().formatName() + ": ready";
            } catch (IOException e) {
                status = e.getMessage();
            }
            changed(display);
        });
    }

    /** Runs {@code script} on the simulation; {@code onError} hears a script's line-numbered error. */
    public Job run(Path script, Display display, Consumer<String> onError) {
        return schedule("Running " + script.getFileName(), true, () -> {
            Simulation current = simulation;
            if (current == null) {
                onError.accept("No simulation is running: open a disk image Extent Lab can simulate first.");
                return;
            }
            try {
                Scenario scenario = Scenario.read(script);
                ScenarioRunner runner = new ScenarioRunner(current.kernel());
                synchronized (current) {
                    runner.run(scenario);
                    runner.closeAll();
                }
                problems = List.copyOf(runner.problems());
                status = current.module().formatName() + ": " + runner.operations() + " operations, "
                        + current.kernel().trace().count() + " events";
            } catch (ScenarioException | IOException e) {
                onError.accept(e.getMessage());
            }
            changed(display);
        });
    }

    /** Runs {@code body} in a job of the session's family. */
    private static Job schedule(String name, boolean user, Runnable body) {
        Job job = new Job(name) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                body.run();
                return Status.OK_STATUS;
            }

            @Override
            public boolean belongsTo(Object family) {
                return family == FAMILY;
            }
        };
        job.setUser(user);
        job.schedule();
        return job;
    }

    /** Ends any simulation and says why there is none. */
    public void stop(Display display, String why) {
        close();
        status = why;
        problems = List.of();
        changed(display);
    }

    /** Ends the simulation; the image file was never written. */
    public void close() {
        Simulation old = simulation;
        simulation = null;
        if (old != null) {
            try {
                old.close();
            } catch (IOException e) {
                // Closing a read-only image cannot lose anything.
            }
        }
    }
}
