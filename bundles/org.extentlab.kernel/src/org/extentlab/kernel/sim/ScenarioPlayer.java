package org.extentlab.kernel.sim;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.extentlab.images.LoadedVolume;
import org.extentlab.kernel.AllocationPolicy;

/**
 * A simulation that can go back. It keeps a history of steps (a script's, or operations a user asked
 * for one at a time) and a position in it. Stepping forward runs the next step on the simulation;
 * stepping back restores the latest {@link Checkpoint} before the target (taken every 64 steps, more
 * apart when they outgrow 64 MB) and runs the few steps after it again, or starts again from the image
 * before the first checkpoint. The engine is deterministic, so the earlier state returns exactly: the
 * same trace, the same blocks. Undo and redo of a user's operations are the same two moves; earlier
 * moments, power cuts and Save As replay a second simulation from a checkpoint the same way.
 * <p>
 * Not thread-safe: one thread drives it. Readers of {@link #simulation()} on other threads hold the
 * simulation's monitor, which every step holds while it runs and a replaced simulation while it closes.
 */
public final class ScenarioPlayer implements AutoCloseable {
    /** One step of the history and the script it came from (for messages). */
    public record Entry(String source, Scenario.Step step) {
        /** The step in words: its script line, or what a parallel block holds. */
        public String describe() {
            if (step.operation() instanceof Operation.Parallel block) {
                return "parallel block of " + block.steps().size() + " operations";
            }
            return step.toScript();
        }

        /** The step as script text that parses back to the same step (a parallel block on several lines). */
        public String toScript() {
            return step.toScript();
        }
    }

    private final Path image;
    private final LoadedVolume volume;
    private KernelSettings settings;
    private AllocationPolicy policy;
    private long seed;
    private final List<Entry> history = new ArrayList<>();
    private int position;
    private Simulation simulation;
    private ScenarioRunner runner;
    private long initialFreeBytes;
    /** Checkpoints of the history run so far, by position; taken every {@link #every} steps. */
    private final List<Checkpoint> checkpoints = new ArrayList<>();
    private int every = CHECKPOINT_EVERY;
    private long checkpointBytes;
    /** Why checkpoints stopped (a state that would not copy), or null while they work. */
    private String checkpointsOff;
    /** Steps between checkpoints at first; doubled whenever the checkpoints outgrow {@link #CHECKPOINT_BUDGET}. */
    static final int CHECKPOINT_EVERY = 64;
    /** The bytes all checkpoints' copied state may take before every other one is dropped. */
    static final long CHECKPOINT_BUDGET = 64L << 20;

    private ScenarioPlayer(Path image, LoadedVolume volume, AllocationPolicy policy, KernelSettings settings,
            long seed) {
        this.image = image;
        this.volume = volume;
        this.policy = policy;
        this.settings = settings.copy();
        this.seed = seed;
    }

    /**
     * Starts on {@code volume} of {@code image} with {@code settings} (copied: every new start begins
     * from them, whatever scripts change later), {@code policy} and {@code seed}.
     */
    public static ScenarioPlayer open(Path image, LoadedVolume volume, AllocationPolicy policy, KernelSettings settings,
            long seed) throws IOException {
        ScenarioPlayer player = new ScenarioPlayer(image, volume, policy, settings, seed);
        player.restart();
        return player;
    }

    /** The settings every start begins from (a copy; a script's own changes are steps of the history). */
    public KernelSettings settings() {
        return settings.copy();
    }

    /** The history as a script: running it from the start gives the same simulation (with the same seed). */
    public String script() {
        StringBuilder out = new StringBuilder();
        history.forEach(entry -> out.append(entry.toScript()).append('\n'));
        return out.toString();
    }

    /** The image file the simulation runs on (never written). */
    public Path image() {
        return image;
    }

    /** The simulation at the present position (a new one after a step back). */
    public Simulation simulation() {
        return simulation;
    }

    /** How many steps of the history have run. */
    public int position() {
        return position;
    }

    /** The whole history: the steps run and those ahead (a script's rest, or what was undone). */
    public List<Entry> history() {
        return List.copyOf(history);
    }

    public long seed() {
        return seed;
    }

    public AllocationPolicy policy() {
        return policy;
    }

    /** The free bytes at position 0. */
    public long initialFreeBytes() {
        return initialFreeBytes;
    }

    /** What the steps run so far found wrong (unexpected errors, broken invariants). */
    public List<String> problems() {
        return List.copyOf(runner.problems());
    }

    /** The system calls of the steps run so far that failed without the script expecting it. */
    public List<ScenarioRunner.Failure> failures() {
        return List.copyOf(runner.failures());
    }

    public boolean canStepForward() {
        return position < history.size();
    }

    public boolean canStepBack() {
        return position > 0;
    }

    /** Runs the next step of the history. */
    public void stepForward() {
        if (!canStepForward()) {
            throw new IllegalStateException("there is no step ahead: the history has " + history.size() + " steps");
        }
        Entry entry = history.get(position);
        synchronized (simulation) {
            runner.execute(entry.source(), entry.step());
        }
        position++;
        if (position % every == 0 && checkpointsOff == null
                && (checkpoints.isEmpty() || checkpoints.get(checkpoints.size() - 1).position < position)) {
            checkpoint();
        }
    }

    /** Takes a checkpoint at the present position, keeping all of them within the budget. */
    private void checkpoint() {
        try {
            Checkpoint taken;
            synchronized (simulation) {
                taken = Checkpoint.take(simulation, runner, position);
            }
            checkpoints.add(taken);
            checkpointBytes += taken.size();
            while (checkpointBytes > CHECKPOINT_BUDGET && checkpoints.size() > 1) {
                every *= 2;
                int spacing = every;
                dropCheckpoints(c -> c.position % spacing != 0);
            }
        } catch (IOException | RuntimeException e) {
            // The engine goes on without them: moments replay from the image, as they always could.
            checkpointsOff = e.toString();
            dropCheckpoints(c -> true);
        }
    }

    /** Drops the checkpoints {@code which} selects, releasing their pages. */
    private void dropCheckpoints(java.util.function.Predicate<Checkpoint> which) {
        for (java.util.Iterator<Checkpoint> i = checkpoints.iterator(); i.hasNext();) {
            Checkpoint c = i.next();
            if (which.test(c)) {
                i.remove();
                checkpointBytes -= c.size();
                try {
                    c.release();
                } catch (IOException e) {
                    // Its scratch file could not be closed; nothing of the run depends on it.
                }
            }
        }
    }

    /** A new start with other rules or another history: no checkpoint of the old one applies. */
    private void forgetCheckpoints() {
        dropCheckpoints(c -> true);
        every = CHECKPOINT_EVERY;
        checkpointsOff = null;
    }

    /** How many checkpoints are kept, and how many steps apart (for tests and benchmarks). */
    public String checkpoints() {
        return checkpointsOff != null ? "off: " + checkpointsOff
                : checkpoints.size() + " checkpoints, every " + every + " steps, " + checkpointBytes + " bytes";
    }

    /** The latest checkpoint at or before {@code position} whose trace has fewer than {@code events} events. */
    private Checkpoint checkpointBefore(int position, long events) {
        for (int i = checkpoints.size() - 1; i >= 0; i--) {
            Checkpoint c = checkpoints.get(i);
            if (c.position <= position && c.events < events) {
                return c;
            }
        }
        return null;
    }

    /** Goes back one step: a new simulation runs the steps before it. */
    public void stepBack() throws IOException {
        if (!canStepBack()) {
            throw new IllegalStateException("already at the start");
        }
        goTo(position - 1);
    }

    /** Runs every step left in the history. */
    public void runToEnd() {
        while (canStepForward()) {
            stepForward();
        }
    }

    /** Moves to {@code target} steps run: forward by running steps, back by starting again. */
    public void goTo(int target) throws IOException {
        if (target < 0 || target > history.size()) {
            throw new IllegalArgumentException("no position " + target + " in a history of " + history.size() + " steps");
        }
        if (target < position) {
            Checkpoint from = checkpointBefore(target, Long.MAX_VALUE);
            if (from != null) {
                restore(from);
            } else {
                restart();
            }
        }
        while (position < target) {
            stepForward();
        }
    }

    /** Puts the simulation back at {@code checkpoint}: a restored copy replaces the running one. */
    private void restore(Checkpoint checkpoint) throws IOException {
        Simulation old = simulation;
        Checkpoint.Restored restored;
        synchronized (old) {
            restored = checkpoint.restore(old, old.kernel().trace());
        }
        simulation = restored.simulation();
        runner = restored.runner();
        position = checkpoint.position;
        synchronized (old) {
            old.close();
        }
    }

    /**
     * Puts {@code scenario}'s steps next in the history, in place of whatever lay ahead, without running
     * them. A script that names its seed or allocation policy is a fresh start: the history is cleared
     * and the simulation starts again from the image with them.
     */
    public void queue(Scenario scenario) throws IOException {
        boolean fresh = (scenario.seed() != null && scenario.seed() != seed)
                || (scenario.policy() != null && scenario.policy() != policy);
        if (fresh) {
            seed = scenario.seed() != null ? scenario.seed() : seed;
            policy = scenario.policy() != null ? scenario.policy() : policy;
            history.clear();
            forgetCheckpoints();
            restart();
        }
        history.subList(position, history.size()).clear();
        int kept = position;
        dropCheckpoints(c -> c.position > kept);
        for (Scenario.Step step : scenario.steps()) {
            history.add(new Entry(scenario.source(), step));
        }
    }

    /**
     * Starts afresh from the image for {@code scenario} (a lesson): the settings become
     * {@code newSettings}, the seed and policy the script's (else 1 and native), the history the
     * script's steps, none of them run yet. The same script then gives the same run whatever came
     * before it.
     */
    public void begin(Scenario scenario, KernelSettings newSettings) throws IOException {
        settings = newSettings.copy();
        seed = scenario.seed() != null ? scenario.seed() : 1;
        policy = scenario.policy() != null ? scenario.policy() : AllocationPolicy.NATIVE;
        history.clear();
        forgetCheckpoints();
        restart();
        for (Scenario.Step step : scenario.steps()) {
            history.add(new Entry(scenario.source(), step));
        }
    }

    /** A user's operation: it replaces what lay ahead (there is no redo past a new operation) and runs. */
    public void perform(Scenario scenario) throws IOException {
        queue(scenario);
        runToEnd();
    }

    /**
     * Starts again from the image with other settings, policy and seed, and replays the history up to
     * the present position: the same steps under the new rules (a packer of one extent, say) for
     * comparison. The settings are copied, as at {@link #open}.
     */
    public void reconfigure(KernelSettings newSettings, AllocationPolicy newPolicy, long newSeed) throws IOException {
        int target = position;
        settings = newSettings.copy();
        policy = newPolicy;
        seed = newSeed;
        forgetCheckpoints();
        restart();
        goTo(target);
    }

    /**
     * Writes the image with the changes of the steps run so far to {@code target}, as an unmount would
     * leave it (every file closed). The running simulation is not touched: a second one replays the same
     * steps and is the one closed and saved, so the history and its open files stay as they are. The
     * image itself is refused as a target.
     */
    public void saveImageAs(Path target) throws IOException {
        try (Replay copy = replayFrom(Long.MAX_VALUE, false)) {
            copy.run(() -> false);
            copy.simulation.kernel().saveAs(target);
        }
    }

    /**
     * Writes to {@code target} the image as the device held it right after event {@code event} of the
     * steps run so far ({@link PowerCut}): a second simulation replays them, the running one is not
     * touched. The replay's event is checked against the running trace's, where that one is kept.
     */
    public PowerCut powerCut(long event, Path target) throws IOException {
        try (Replay copy = replayFrom(event, false)) {
            Trace trace = copy.simulation.kernel().trace();
            PowerCut cut = PowerCut.arm(copy.simulation, trace, event, target);
            copy.run(cut::done);
            cut.requireDone(trace.count());
            java.util.List<TraceEvent> live = simulation.kernel().trace().events();
            if (cut.at() != null && event <= live.size() && !live.get((int) event - 1).toJson().equals(cut.at().toJson())) {
                throw new IOException("the replay differs from the run at event " + event + ": " + cut.at().toJson());
            }
            return cut;
        }
    }

    /**
     * A second simulation stopped right after event {@code event} of the steps run so far, to be looked at
     * (its module, overlay and trace as they were then) and closed by the caller; the running one is not
     * touched. It stops inside the step that recorded the event, so it is for reading only: no step may
     * run on it.
     */
    public Simulation momentAt(long event) throws IOException {
        if (event < 1) {
            throw new IllegalArgumentException("no event " + event + ": events count from 1");
        }
        Replay copy = replayFrom(event, true);
        Trace trace = copy.simulation.kernel().trace();
        trace.setListener(recorded -> {
            if (recorded.sequence() == event) {
                throw new MomentReached();
            }
        });
        try {
            copy.run(() -> false);
        } catch (MomentReached reached) {
            trace.setListener(null);
            return copy.simulation;
        } catch (IOException | RuntimeException e) {
            copy.close();
            throw e;
        }
        long events = trace.count();
        copy.close();
        throw new IOException("no event " + event + " to show: the steps run so far have " + events + " events");
    }

    /** A new simulation at the image's start with this player's policy, settings and seed, recording to {@code trace}. */
    private Simulation fresh(Trace trace) throws IOException {
        return Simulation.open(image, volume, policy, settings.copy(), seed, trace);
    }

    /**
     * A second simulation to replay the steps before the position on, up to (not including) event
     * {@code before}: from the latest checkpoint before it, else from the image; its trace kept or
     * only counted.
     */
    private Replay replayFrom(long before, boolean keep) throws IOException {
        Checkpoint from = checkpointBefore(position, before);
        if (from == null) {
            Simulation copy = fresh(new Trace(keep));
            try {
                return new Replay(copy, new ScenarioRunner(copy), 0);
            } catch (IOException | RuntimeException e) {
                copy.close();
                throw e;
            }
        }
        Checkpoint.Restored restored;
        synchronized (simulation) {
            restored = from.restore(simulation, simulation.kernel().trace());
        }
        return new Replay(restored.simulation(), restored.runner(), from.position);
    }

    /** A second simulation and its runner, at step {@code at} of the history. */
    private final class Replay implements AutoCloseable {
        final Simulation simulation;
        final ScenarioRunner runner;
        private int at;

        Replay(Simulation simulation, ScenarioRunner runner, int at) {
            this.simulation = simulation;
            this.runner = runner;
            this.at = at;
        }

        /** Runs the steps up to the player's position, until {@code done} says so. */
        void run(java.util.function.BooleanSupplier done) throws IOException {
            for (; at < position && !done.getAsBoolean(); at++) {
                Entry entry = history.get(at);
                runner.execute(entry.source(), entry.step());
            }
        }

        @Override
        public void close() throws IOException {
            simulation.close();
        }
    }

    /** Stops a replay at the event asked for; no stack, as it is no failure. */
    private static final class MomentReached extends Error {
        private static final long serialVersionUID = 1L;

        MomentReached() {
            super(null, null, false, false);
        }
    }

    /** A new simulation at position 0; the history stays. */
    private void restart() throws IOException {
        Simulation old = simulation;
        Simulation started = fresh(new Trace());
        simulation = started;
        runner = new ScenarioRunner(started);
        position = 0;
        initialFreeBytes = started.module().freeBytes();
        if (old != null) {
            synchronized (old) {
                old.close();
            }
        }
    }

    @Override
    public void close() throws IOException {
        forgetCheckpoints();
        Simulation old = simulation;
        if (old != null) {
            synchronized (old) {
                old.close();
            }
        }
    }
}
