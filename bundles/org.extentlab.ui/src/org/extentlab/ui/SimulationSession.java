package org.extentlab.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.ISchedulingRule;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;
import org.extentlab.images.LoadedVolume;
import org.extentlab.kernel.AllocationPolicy;
import org.extentlab.kernel.sim.KernelSettings;
import org.extentlab.kernel.sim.Scenario;
import org.extentlab.kernel.sim.ScenarioException;
import org.extentlab.kernel.sim.ScenarioPlayer;
import org.extentlab.kernel.sim.Simulation;

/**
 * The simulation the views show: one per application, started on the image the workbench opened, with
 * its history of steps (a {@link ScenarioPlayer}) so that the user can step, play, step back and undo.
 * Everything that changes the simulation runs in a Job, one at a time; listeners hear of every change
 * on the UI thread. Views read the engine through its queries (the trace's events,
 * {@code VolumeMapQuery}), not its internals, and not while a step runs ({@link #busy()}).
 */
public final class SimulationSession {
    /** The family of the session's jobs, to wait for them. */
    public static final Object FAMILY = new Object();
    private static final SimulationSession INSTANCE = new SimulationSession();
    /** The session's jobs run one at a time. */
    private static final ISchedulingRule ONE_AT_A_TIME = new ISchedulingRule() {
        @Override
        public boolean contains(ISchedulingRule rule) {
            return rule == this;
        }

        @Override
        public boolean isConflicting(ISchedulingRule rule) {
            return rule == this;
        }
    };

    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private volatile ScenarioPlayer player;
    private volatile boolean busy;
    private volatile boolean playing;
    private volatile int playInterval = 400;
    private volatile String status = "";
    private volatile KernelSettings settings = new KernelSettings();
    private volatile AllocationPolicy policy = AllocationPolicy.NATIVE;
    private volatile long seed = 1;

    public static SimulationSession getDefault() {
        return INSTANCE;
    }

    /** The simulation at the present step, or null when the opened image cannot be simulated (see {@link #status()}). */
    public Simulation simulation() {
        ScenarioPlayer current = player;
        return current == null ? null : current.simulation();
    }

    /** True while a job changes the simulation: views keep what they show until they hear it ended. */
    public boolean busy() {
        return busy;
    }

    /** What the session is doing or why it cannot: for the views to say. */
    public String status() {
        return status;
    }

    /** The free bytes at the start of the history (where the free-space series begins). */
    public long initialFreeBytes() {
        ScenarioPlayer current = player;
        return current == null ? 0 : current.initialFreeBytes();
    }

    /** What the steps run so far found wrong. */
    public List<String> problems() {
        ScenarioPlayer current = player;
        return current == null ? List.of() : current.problems();
    }

    /** How many steps have run, of how many in the history: {position, length}; {0, 0} without a simulation. */
    public int[] position() {
        ScenarioPlayer current = player;
        return current == null ? new int[2] : new int[] { current.position(), current.history().size() };
    }

    /** The history's steps as script lines. */
    public List<String> history() {
        ScenarioPlayer current = player;
        return current == null ? List.of()
                : current.history().stream().map(ScenarioPlayer.Entry::describe).toList();
    }

    /** The settings, allocation policy and seed the next start uses (the preferences). */
    public void configure(KernelSettings settings, AllocationPolicy policy, long seed) {
        this.settings = settings.copy();
        this.policy = policy;
        this.seed = seed;
    }

    /** Milliseconds between two steps while playing. */
    public void setPlayInterval(int milliseconds) {
        playInterval = Math.max(0, milliseconds);
    }

    public boolean playing() {
        return playing;
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
        playing = false;
        return schedule("Starting the simulation", false, display, null, () -> {
            close();
            try {
                player = ScenarioPlayer.open(image, volume, policy, settings, seed);
                describe();
            } catch (IOException e) {
                status = e.getMessage();
            }
        });
    }

    /**
     * Runs {@code script} to its end: its steps become the history ahead of the present step (a script
     * naming its seed or policy starts afresh). {@code onError} hears a script's line-numbered error.
     */
    public Job run(Path script, Display display, Consumer<String> onError) {
        return schedule("Running " + script.getFileName(), true, display, onError, () -> {
            ScenarioPlayer current = require();
            current.queue(Scenario.read(script));
            current.runToEnd();
        });
    }

    /** Puts {@code script}'s steps ahead without running them, for Step and Play. */
    public Job load(Path script, Display display, Consumer<String> onError) {
        return schedule("Loading " + script.getFileName(), false, display, onError,
                () -> require().queue(Scenario.read(script)));
    }

    /** Runs one operation the user typed as a script line (docs/scenarios.md); what lay ahead is dropped. */
    public Job perform(String line, Display display, Consumer<String> onError) {
        return schedule("Running " + line, false, display, onError,
                () -> require().perform(Scenario.parse("operation", line)));
    }

    /** Runs the next step of the history. */
    public Job step(Display display, Consumer<String> onError) {
        return schedule("Step", false, display, onError, () -> {
            ScenarioPlayer current = require();
            if (current.canStepForward()) {
                current.stepForward();
            }
        });
    }

    /** Goes back one step (undo): the simulation starts again and runs the steps before it. */
    public Job stepBack(Display display, Consumer<String> onError) {
        playing = false;
        return schedule("Step back", false, display, onError, () -> {
            ScenarioPlayer current = require();
            if (current.canStepBack()) {
                current.stepBack();
            }
        });
    }

    /** Runs every step left. */
    public Job runToEnd(Display display, Consumer<String> onError) {
        playing = false;
        return schedule("Run to end", true, display, onError, () -> require().runToEnd());
    }

    /** Steps on its own, one step every play interval, until the end or {@link #pause()}. */
    public void play(Display display, Consumer<String> onError) {
        if (playing) {
            return;
        }
        playing = true;
        playNext(display, onError);
    }

    private void playNext(Display display, Consumer<String> onError) {
        ScenarioPlayer current = player;
        if (!playing || current == null || !current.canStepForward()) {
            playing = false;
            changed(display);
            return;
        }
        Job job = step(display, onError);
        job.addJobChangeListener(new org.eclipse.core.runtime.jobs.JobChangeAdapter() {
            @Override
            public void done(org.eclipse.core.runtime.jobs.IJobChangeEvent event) {
                if (playing && display != null && !display.isDisposed()) {
                    display.asyncExec(() -> display.timerExec(playInterval, () -> playNext(display, onError)));
                }
            }
        });
    }

    /** Stops playing after the step under way. */
    public void pause() {
        playing = false;
    }

    private ScenarioPlayer require() throws IOException {
        ScenarioPlayer current = player;
        if (current == null) {
            throw new IOException("No simulation is running: open a disk image Extent Lab can simulate first.");
        }
        return current;
    }

    private void describe() {
        ScenarioPlayer current = player;
        if (current == null) {
            return;
        }
        Simulation simulation = current.simulation();
        status = simulation.module().formatName() + ": step " + current.position() + " of " + current.history().size()
                + ", " + simulation.kernel().trace().count() + " events";
    }

    /** Work on the player, which may fail with a message for the user. */
    private interface Work {
        void run() throws IOException, ScenarioException;
    }

    /** Runs {@code body} in a job of the session's family, one at a time, then tells the listeners. */
    private Job schedule(String name, boolean user, Display display, Consumer<String> onError, Work body) {
        Job job = new Job(name) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                busy = true;
                try {
                    body.run();
                } catch (IOException | ScenarioException | RuntimeException e) {
                    playing = false;
                    if (onError != null) {
                        onError.accept(e.getMessage() == null ? e.toString() : e.getMessage());
                    }
                } finally {
                    describe();
                    busy = false;
                    changed(display);
                }
                return Status.OK_STATUS;
            }

            @Override
            public boolean belongsTo(Object family) {
                return family == FAMILY;
            }
        };
        job.setUser(user);
        job.setRule(ONE_AT_A_TIME);
        job.schedule();
        return job;
    }

    /** Ends any simulation and says why there is none. */
    public void stop(Display display, String why) {
        playing = false;
        close();
        status = why;
        changed(display);
    }

    /** Ends the simulation; the image file was never written. */
    public void close() {
        ScenarioPlayer old = player;
        player = null;
        if (old != null) {
            try {
                old.close();
            } catch (IOException e) {
                // Closing a read-only image cannot lose anything.
            }
        }
    }
}
