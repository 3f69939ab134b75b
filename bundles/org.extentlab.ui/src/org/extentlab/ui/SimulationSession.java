package org.extentlab.ui;

import org.eclipse.osgi.util.NLS;
import org.extentlab.internal.ui.Messages;
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
import org.extentlab.kernel.sim.Checker;
import org.extentlab.kernel.sim.Inspection;
import org.extentlab.kernel.sim.KernelSettings;
import org.extentlab.kernel.sim.PowerCut;
import org.extentlab.kernel.sim.Scenario;
import org.extentlab.kernel.sim.ScenarioException;
import org.extentlab.kernel.sim.ScenarioPlayer;
import org.extentlab.kernel.sim.Simulation;
import org.extentlab.kernel.sim.VolumeMapQuery;

/**
 * The simulation the views show: one per application, started on the image the workbench opened, with
 * its history of steps (a {@link ScenarioPlayer}) so that the user can step, play, step back and undo.
 * Everything that changes the simulation runs in a Job, one at a time; listeners hear of every change
 * on the UI thread. Views never lock or walk the engine: they render the latest {@link #snapshot()}
 * (taken in the job of each move) and ask anything else through {@link #ask}, whose question reads an
 * {@link Inspection} in a job under the same rule as the moves, so nothing moves while it reads.
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
    /** What the views show of the present, taken in the job of the last move; null without a simulation. */
    private volatile Inspection.Snapshot snapshot;
    /** The simulation and trace length the snapshot was taken at, and the runs numbered so far. */
    private Simulation described;
    private long describedEvents = -1;
    private long runs;
    private volatile int partition;
    /** The file the user opened: the image, or the compressed file it was decompressed from. */
    private volatile Path opened;
    /** The failed system calls of the last step or operation, for the status line; empty when none. */
    private volatile String lastFailures = "";
    private volatile KernelSettings settings = new KernelSettings();
    private volatile AllocationPolicy policy = AllocationPolicy.NATIVE;
    private volatile long seed = 1;
    /** The lesson the history is, or null (any other script, operation or image forgets it). */
    private volatile Scenario lesson;

    public static SimulationSession getDefault() {
        return INSTANCE;
    }

    /** The simulation at the present step, or null when the opened image cannot be simulated (see {@link #status()}). */
    public Simulation simulation() {
        ScenarioPlayer current = player;
        return current == null ? null : current.simulation();
    }

    private volatile Moment moment;
    /** The moment asked for last, so that a quick run of choices replays only the last one. */
    private volatile long momentAsked;

    /**
     * The earlier moment the views show, or null for the present (also once the running simulation has
     * moved on since the moment was made).
     */
    public Moment moment() {
        Moment shown = moment;
        return shown != null && shown.standsFor(simulation()) ? shown : null;
    }

    /** What the views that follow moments read: the moment's copy, or the running simulation. */
    public Simulation viewed() {
        Moment shown = moment();
        return shown != null ? shown.simulation() : simulation();
    }

    /**
     * Shows the volume as it was right after event {@code event} in the views that follow moments (a
     * replay in a job); the last event, or 0, is the present.
     */
    public Job showMoment(long event, Display display, Consumer<String> onError) {
        momentAsked = event;
        return schedule(NLS.bind(Messages.Session_GoingToMoment, event), false, display, onError, () -> {
            if (momentAsked != event) {
                return; // another row was chosen since: its own job shows it
            }
            ScenarioPlayer current = require();
            long events = current.simulation().kernel().trace().count();
            if (event <= 0 || event >= events) {
                dropMoment();
                return;
            }
            Moment shown = moment();
            if (shown != null && shown.event() == event) {
                return;
            }
            Moment made = Moment.replay(current, event, events, ++runs);
            dropMoment();
            moment = made;
        });
    }

    /** Back to the present: the views show the running simulation again. */
    public void present(Display display) {
        momentAsked = 0;
        Moment old = moment;
        moment = null;
        if (old != null) {
            // Closed in a job under the moves' rule: a question being answered may still read the copy.
            Job closing = Job.create(Messages.Session_BackToPresent, (IProgressMonitor monitor) -> {
                old.close();
                return Status.OK_STATUS;
            });
            closing.setSystem(true);
            closing.setRule(ONE_AT_A_TIME);
            closing.schedule();
        }
        changed(display);
    }

    /** Drops the moment shown (in a job under the moves' rule, or when nothing else can run). */
    private void dropMoment() {
        Moment old = moment;
        moment = null;
        if (old != null) {
            old.close();
        }
    }

    /** True while a job changes the simulation: views keep what they show until they hear it ended. */
    public boolean busy() {
        return busy;
    }

    /**
     * What the views show of the present, taken in the job of the last move (the map of a volume of
     * 2^24 blocks takes tens of milliseconds, which the UI thread must not spend); null without a
     * simulation.
     */
    public Inspection.Snapshot snapshot() {
        return snapshot;
    }

    /** {@link #snapshot()}, or the moment's when the views show an earlier one ({@link #moment()}). */
    public Inspection.Snapshot viewedSnapshot() {
        Moment shown = moment();
        return shown != null ? shown.snapshot() : snapshot;
    }

    /** Who holds each unit after the last move; null without a simulation. */
    public VolumeMapQuery volumeMap() {
        Inspection.Snapshot present = snapshot;
        return present == null ? null : present.map();
    }

    /** {@link #volumeMap()}, or the owners at the moment shown ({@link #moment()}). */
    public VolumeMapQuery viewedMap() {
        Inspection.Snapshot viewed = viewedSnapshot();
        return viewed == null ? null : viewed.map();
    }

    /** A question for {@link #ask}: it reads the inspection, and may stop early when the monitor is cancelled. */
    public interface Question<T> {
        T answer(Inspection inspection, IProgressMonitor monitor);
    }

    /**
     * Asks {@code question} of the simulation the views show ({@code viewed}: the moment's copy when one is
     * shown; otherwise the present) in a job under the moves' rule, and hands a non-null answer to
     * {@code onAnswer} on the UI thread, unless the job was cancelled or the simulation moved on since.
     * Returns the job, or null without a simulation.
     */
    public <T> Job ask(String name, boolean viewed, Question<T> question, Display display, Consumer<T> onAnswer) {
        if (player == null) {
            return null;
        }
        Job job = new Job(name) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                ScenarioPlayer current = player;
                if (current == null || monitor.isCanceled()) {
                    return Status.CANCEL_STATUS;
                }
                Simulation target = viewed ? viewed() : current.simulation();
                T answer = question.answer(Inspection.of(target), monitor);
                if (answer == null || monitor.isCanceled()) {
                    return Status.CANCEL_STATUS;
                }
                if (display != null && !display.isDisposed()) {
                    display.asyncExec(() -> {
                        if (player == current && (viewed ? viewed() : current.simulation()) == target) {
                            onAnswer.accept(answer);
                        }
                    });
                }
                return Status.OK_STATUS;
            }

            @Override
            public boolean belongsTo(Object family) {
                return family == FAMILY;
            }
        };
        job.setSystem(true);
        job.setRule(ONE_AT_A_TIME);
        job.schedule();
        return job;
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

    /**
     * The settings, allocation policy and seed (the preferences): every start uses them, and a running
     * simulation starts again from the image with them and replays its history to the present step.
     * Returns that job, or null when no simulation runs. Simulate Anyway holds for the volume open until
     * another one opens: the preferences do not carry it, and applying them keeps it.
     */
    public Job configure(KernelSettings settings, AllocationPolicy policy, long seed, Display display,
            Consumer<String> onError) {
        KernelSettings copy = settings.copy().allowDamaged(settings.allowDamaged() || this.settings.allowDamaged());
        this.settings = copy;
        this.policy = policy;
        this.seed = seed;
        if (player == null) {
            return null;
        }
        return schedule(Messages.Session_Applying, false, display, onError,
                () -> require().reconfigure(copy, policy, seed));
    }

    /**
     * The image file the user opened (a compressed one itself, not its decompressed copy); null without
     * a simulation.
     */
    public Path image() {
        ScenarioPlayer current = player;
        return current == null ? null : opened != null ? opened : current.image();
    }

    /** The file the simulation reads: the image, or the decompressed copy of a compressed one. */
    public Path simulatedImage() {
        ScenarioPlayer current = player;
        return current == null ? null : current.image();
    }

    /**
     * Whether the volume about to be opened may be written although it is damaged (the user chose
     * Simulate Anyway when it opened); each image opened asks anew.
     */
    public void allowDamaged(boolean allow) {
        settings = settings.copy().allowDamaged(allow);
    }

    /**
     * Simulation > Simulate Anyway: the running simulation on a damaged volume starts again from the
     * image with writes allowed, and replays its history. Null when nothing is read-only.
     */
    public Job simulateAnyway(Display display, Consumer<String> onError) {
        return readOnly() == null ? null : configure(settings.copy().allowDamaged(true), policy, seed, display, onError);
    }

    /** Why the running simulation's volume is read-only (its findings at load), or null. */
    public String readOnly() {
        Inspection.Snapshot present = snapshot;
        return present == null ? null : present.readOnly();
    }

    /** The settings the next start uses (a copy). */
    public KernelSettings settings() {
        return settings.copy();
    }

    public AllocationPolicy policy() {
        return policy;
    }

    public long seed() {
        return seed;
    }

    public int playInterval() {
        return playInterval;
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
            // Each view refreshes in its own slice of the UI thread's work, so input is handled between them.
            listeners.forEach(display::asyncExec);
        }
    }

    /** Starts a simulation on {@code volume} of {@code image} (closing any earlier one). */
    public Job start(Path image, LoadedVolume volume, Display display) {
        return start(image, 0, volume, display);
    }

    /**
     * Starts a simulation on {@code volume}, partition {@code partition} of {@code image} (0: the whole
     * image or its first readable partition), closing any earlier one.
     */
    public Job start(Path image, int partition, LoadedVolume volume, Display display) {
        return start(image, image, partition, volume, display);
    }

    /**
     * {@link #start(Path, int, LoadedVolume, Display)} on {@code image}, the decompressed copy of the
     * compressed file {@code opened} the user chose: a saved session names {@code opened}.
     */
    public Job start(Path opened, Path image, int partition, LoadedVolume volume, Display display) {
        this.partition = partition;
        this.opened = opened;
        playing = false;
        return schedule(Messages.Session_Starting, false, display, null, () -> {
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
        return schedule(NLS.bind(Messages.Session_Running, script.getFileName()), true, display, onError, () -> {
            ScenarioPlayer current = require();
            lesson = null;
            current.queue(Scenario.read(script));
            current.runToEnd();
        });
    }

    /**
     * Starts {@code lesson} afresh on the running simulation's image, at its first step: the default
     * settings, the lesson's seed and policy, its steps ahead (help/lessons.md). The lesson stays the
     * session's {@link #lesson()} until another script, operation or image replaces its history.
     */
    public Job beginLesson(Scenario lesson, Display display, Consumer<String> onError) {
        playing = false;
        return schedule(NLS.bind(Messages.Session_Loading, lesson.source()), false, display, onError, () -> {
            require().begin(lesson, new KernelSettings());
            this.lesson = lesson;
        });
    }

    /** The lesson whose steps are the history, or null when the history is something else. */
    public Scenario lesson() {
        return lesson;
    }

    /** Puts {@code script}'s steps ahead without running them, for Step and Play. */
    public Job load(Path script, Display display, Consumer<String> onError) {
        return schedule(NLS.bind(Messages.Session_Loading, script.getFileName()), false, display, onError,
                () -> {
                    ScenarioPlayer current = require();
                    lesson = null;
                    current.queue(Scenario.read(script));
                });
    }

    /** Runs one operation the user typed as a script line (help/scenarios.md); what lay ahead is dropped. */
    public Job perform(String line, Display display, Consumer<String> onError) {
        return schedule(NLS.bind(Messages.Session_Running, line), false, display, onError, () -> {
            ScenarioPlayer current = require();
            lesson = null;
            Scenario operation = Scenario.parse("operation", line);
            Simulation before = current.simulation();
            long count = before.kernel().trace().count();
            int known = current.failures().size();
            current.perform(operation);
            lastFailures = failuresSince(before, count);
            // A dialog for the calls that failed unasked: not those the line expects, nor those a random
            // step drew (a random scenario meets existing names and full volumes on purpose).
            List<org.extentlab.kernel.sim.ScenarioRunner.Failure> all = current.failures();
            String unexpected = String.join(", ", all.subList(Math.min(known, all.size()), all.size()).stream()
                    .filter(f -> !f.generated()).map(f -> f.operation() + ": " + f.error().name()).distinct().toList());
            if (!unexpected.isEmpty() && onError != null) {
                String readOnly = current.simulation().kernel().readOnly();
                onError.accept(NLS.bind(Messages.Session_CallFailed, line, unexpected)
                        + (readOnly != null && unexpected.contains("EROFS") ? "\n\n" + readOnly : ""));
            }
        });
    }

    /**
     * Writes the trace so far to {@code target} as JSON Lines, one event per line as the run command writes it, refusing the image
     * file itself: what the user made is never overwritten by an export.
     */
    public Job exportTrace(Path target, Display display, Consumer<String> onError) {
        return schedule(Messages.Session_ExportingTrace, true, display, onError, () -> {
            ScenarioPlayer current = require();
            refuseImage(current, target, Messages.Session_TraceIsImage);
            current.simulation().kernel().trace().writeJsonLines(target);
        });
    }

    /** What a saved session needs to reopen exactly; {@code image} is the file the user opened. */
    public record State(Path image, int partition, long seed, AllocationPolicy policy, KernelSettings settings,
            String script, int position) {
    }

    /** The present state for saving; null without a simulation (call it while no move runs). */
    public State state() {
        ScenarioPlayer current = player;
        if (current == null) {
            return null;
        }
        return new State(image(), partition, current.seed(), current.policy(), current.settings(),
                current.script(), current.position());
    }

    /**
     * Brings the running simulation to a saved state: it starts again from the image with the state's
     * seed, policy and settings, takes the state's script as its history and runs {@code position} of its
     * steps (the rest stay ahead, for Step and Play).
     */
    public Job restore(Scenario script, int position, KernelSettings savedSettings, AllocationPolicy savedPolicy,
            long savedSeed, Display display, Consumer<String> onError) {
        playing = false;
        return schedule(Messages.Session_Restoring, true, display, onError, () -> {
            ScenarioPlayer current = require();
            lesson = null;
            current.reconfigure(savedSettings, savedPolicy, savedSeed);
            current.queue(script);
            current.goTo(Math.min(position, current.history().size()));
        });
    }

    /** Moves to {@code target} steps run (back by replaying from the image, forward by running). */
    public Job goTo(int target, Display display, Consumer<String> onError) {
        return schedule(NLS.bind(Messages.Session_GoingTo, target), false, display, onError, () -> {
            ScenarioPlayer current = require();
            current.goTo(Math.max(0, Math.min(target, current.history().size())));
        });
    }

    /**
     * Writes the image with the simulation's changes so far to {@code target} (files closed, as after an
     * unmount), from a replayed copy: the running simulation and its open files are not touched.
     */
    public Job saveImageAs(Path target, Display display, Consumer<String> onError) {
        return schedule(NLS.bind(Messages.Session_SavingImage, target.getFileName()), true, display, onError,
                () -> require().saveImageAs(target));
    }

    /** What a power cut left: the cut and what the format's checker says of the image. */
    public record PowerCutReport(PowerCut cut, Checker.Report checker) {
    }

    /**
     * Simulation > Power Cut Here: writes to {@code target} the image as the device held it right after
     * event {@code event} (a replayed copy; the running simulation is not touched), runs the format's
     * checker on it and hands both to {@code onDone} (on the job's thread).
     */
    public Job powerCut(long event, Path target, Display display, Consumer<String> onError,
            Consumer<PowerCutReport> onDone) {
        return schedule(NLS.bind(Messages.Session_PowerCut, event), true, display, onError, () -> {
            ScenarioPlayer current = require();
            refuseImage(current, target, Messages.Session_CutIsImage);
            PowerCut cut = current.powerCut(event, target);
            LoadedVolume volume = current.simulation().volume();
            onDone.accept(new PowerCutReport(cut, Checker.check(target, volume.format(), volume.volumeStart())));
        });
    }

    /** Runs the next step of the history. */
    public Job step(Display display, Consumer<String> onError) {
        Job job = stepJob(display, onError);
        job.schedule();
        return job;
    }

    /** The job of {@link #step}, not scheduled yet. */
    private Job stepJob(Display display, Consumer<String> onError) {
        return job(Messages.Session_Step, false, display, onError, () -> {
            ScenarioPlayer current = require();
            if (current.canStepForward()) {
                Simulation before = current.simulation();
                long count = before.kernel().trace().count();
                current.stepForward();
                lastFailures = failuresSince(before, count);
            }
        });
    }

    /** Goes back one step (undo): the simulation starts again and runs the steps before it. */
    public Job stepBack(Display display, Consumer<String> onError) {
        playing = false;
        return schedule(Messages.Session_StepBack, false, display, onError, () -> {
            ScenarioPlayer current = require();
            if (current.canStepBack()) {
                current.stepBack();
            }
        });
    }

    /** Runs every step left. */
    public Job runToEnd(Display display, Consumer<String> onError) {
        playing = false;
        return schedule(Messages.Session_RunToEnd, true, display, onError, () -> require().runToEnd());
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
        // The listener goes on before the job is scheduled: a step that ends before a listener added
        // later would be heard by nobody, and playing would stop there.
        Job job = stepJob(display, onError);
        job.addJobChangeListener(new org.eclipse.core.runtime.jobs.JobChangeAdapter() {
            @Override
            public void done(org.eclipse.core.runtime.jobs.IJobChangeEvent event) {
                if (playing && display != null && !display.isDisposed()) {
                    display.asyncExec(() -> display.timerExec(playInterval, () -> playNext(display, onError)));
                }
            }
        });
        job.schedule();
    }

    /** Stops playing after the step under way. */
    public void pause() {
        playing = false;
    }

    /** Refuses {@code target} when it is the image (the simulated file or the one opened) with {@code message}. */
    private void refuseImage(ScenarioPlayer current, Path target, String message) throws IOException {
        for (Path image : new Path[] { current.image(), opened }) {
            if (image != null && java.nio.file.Files.exists(target) && java.nio.file.Files.isSameFile(image, target)) {
                throw new IOException(NLS.bind(message, target));
            }
        }
    }

    private ScenarioPlayer require() throws IOException {
        ScenarioPlayer current = player;
        if (current == null) {
            throw new IOException(Messages.Session_NoSimulation);
        }
        return current;
    }

    private void describe() {
        ScenarioPlayer current = player;
        if (current == null) {
            snapshot = null;
            described = null;
            return;
        }
        Simulation simulation = current.simulation();
        // What the views draw, computed here, in the move's job: it walks the whole trace and volume.
        // A move that added no event (loading a script, an export) changed none of it.
        long events = simulation.kernel().trace().count();
        if (simulation != described || events != describedEvents) {
            if (simulation != described) {
                runs++;
            }
            described = simulation;
            describedEvents = events;
            snapshot = Inspection.of(simulation).snapshot(runs, true, current.initialFreeBytes());
        }
        describeStatus(current, simulation);
    }

    private void describeStatus(ScenarioPlayer current, Simulation simulation) {
        status = SessionStatus.of(current, simulation, lastFailures);
        lastFailures = "";
    }

    /** The failed system calls since event {@code count} of {@code before}, in the present simulation. */
    private String failuresSince(Simulation before, long count) {
        return player == null ? "" : SessionStatus.failuresSince(player.simulation(), before, count);
    }

    /** Work on the player, which may fail with a message for the user. */
    private interface Work {
        void run() throws IOException, ScenarioException;
    }

    /** Runs {@code body} in a job of the session's family, one at a time, then tells the listeners. */
    private Job schedule(String name, boolean user, Display display, Consumer<String> onError, Work body) {
        Job job = job(name, user, display, onError, body);
        job.schedule();
        return job;
    }

    /** The job {@link #schedule} schedules. */
    private Job job(String name, boolean user, Display display, Consumer<String> onError, Work body) {
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
        dropMoment();
        lesson = null;
        described = null;
        snapshot = null;
        if (old != null) {
            try {
                old.close();
            } catch (IOException e) {
                // Closing a read-only image cannot lose anything.
            }
        }
    }
}
