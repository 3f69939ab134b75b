package org.extentlab.kernel.sim;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.extentlab.images.CompressedImages;
import org.extentlab.kernel.AllocationPolicy;

/**
 * The headless runner: {@code run --image IMG --script S [--seed N] [--packer-capacity K]
 * [--policy P] [--partition N] [--check-every N] --trace out.jsonl [--save-as out.img]
 * [--crash-at EVENT] [--expect-trace recorded.jsonl] [--allow-damaged]}: {@code --expect-trace} replays a
 * recorded run and reports where this one differs; {@code --crash-at} saves, instead of the image after
 * the run, the image as the device held it right after that event ({@link PowerCut}) and prints what the
 * format's checker says of it; a volume with findings at load runs read-only (writes fail with EROFS)
 * unless {@code --allow-damaged} says to simulate it anyway, and its findings are printed as
 * {@code found at load:} lines, apart from what the run caused. Prints a
 * summary, a {@code failed:} line for every system call that failed (the script's own lines and those
 * {@code random} drew) and a {@code problem:} line for every finding; exit 0 when the run found nothing
 * wrong, 1 for usage errors, 2 when the image or script cannot be used (with a line-numbered message for
 * scripts), 3 when the run found problems (an outcome other than the script expected, a read that
 * differs from what the file holds, a broken invariant), 4 when it found none but a line of the script
 * failed without saying {@code expect}.
 */
public final class RunCommand {
    private RunCommand() {
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        Path image = null;
        Path script = null;
        Path tracePath = null;
        Path saveAs = null;
        Path expectTrace = null;
        Long seed = null;
        Long crashAt = null;
        Integer capacity = null;
        AllocationPolicy policy = null;
        int partition = 0;
        int checkEvery = 0;
        boolean allowDamaged = false;
        try {
            for (int i = 0; i < args.length; i++) {
                String option = args[i].startsWith("--") ? args[i].substring(1) : args[i];
                if (option.equals("-allow-damaged")) {
                    allowDamaged = true;
                    continue;
                }
                if (i + 1 >= args.length) {
                    return usage(err, option + " needs a value");
                }
                String value = args[++i];
                switch (option) {
                case "-image" -> image = Path.of(value);
                case "-script" -> script = Path.of(value);
                case "-trace" -> tracePath = Path.of(value);
                case "-save-as" -> saveAs = Path.of(value);
                case "-expect-trace" -> expectTrace = Path.of(value);
                case "-seed" -> seed = Long.parseLong(value);
                case "-crash-at" -> crashAt = Long.parseLong(value);
                case "-packer-capacity" -> capacity = Integer.parseInt(value);
                case "-partition" -> partition = Integer.parseInt(value);
                case "-check-every" -> checkEvery = Integer.parseInt(value);
                case "-policy" -> policy = policy(value);
                default -> {
                    return usage(err, "unknown option " + args[i - 1]);
                }
                }
            }
        } catch (NumberFormatException e) {
            return usage(err, "a number was expected: " + e.getMessage());
        } catch (IllegalArgumentException e) {
            return usage(err, e.getMessage());
        }
        if (image == null || script == null || tracePath == null) {
            return usage(err, "--image, --script and --trace are required");
        }
        if (crashAt != null && (saveAs == null || crashAt < 0)) {
            return usage(err, crashAt < 0 ? "--crash-at counts events from 1 (0: before the first)"
                    : "--crash-at needs --save-as, the file the cut image goes to");
        }
        if (capacity != null && capacity < 1) {
            return usage(err, "--packer-capacity must be at least 1");
        }
        Scenario scenario;
        try {
            scenario = Scenario.read(script);
        } catch (ScenarioException e) {
            err.println("run: " + e.getMessage());
            return 2;
        } catch (IOException e) {
            err.println("run: cannot read the script " + script + ": " + e.getMessage());
            return 2;
        }
        Trace recorded = null;
        if (expectTrace != null) {
            try {
                recorded = TraceReader.read(expectTrace);
            } catch (IOException e) {
                err.println("run: cannot read the recorded trace: " + e.getMessage());
                return 2;
            }
        }
        long runSeed = seed != null ? seed : scenario.seed() != null ? scenario.seed() : 1;
        AllocationPolicy runPolicy = policy != null ? policy : scenario.policy() != null ? scenario.policy()
                : AllocationPolicy.NATIVE;
        KernelSettings settings = new KernelSettings().allowDamaged(allowDamaged);
        if (capacity != null) {
            settings.packerCapacity(capacity);
        }
        Trace trace = new Trace();
        try (Simulation simulation = Simulation.open(CompressedImages.uncompressed(image, CompressedImages.defaultCache()),
                partition, runPolicy, settings, runSeed, trace)) {
            PowerCut cut = crashAt == null ? null : PowerCut.arm(simulation, trace, crashAt, saveAs);
            ScenarioRunner runner = new ScenarioRunner(simulation).checkEvery(checkEvery);
            // On a damaged volume what is wrong before the first step is the volume's, not the run's.
            List<String> before = simulation.findingsAtLoad().isEmpty() ? List.of()
                    : simulation.kernel().checkInvariants();
            runner.run(scenario);
            runner.closeAll();
            simulation.kernel().closeAll();
            for (String problem : simulation.kernel().checkInvariants()) {
                if (!before.contains(problem)) {
                    runner.problems().add("after the run: " + problem);
                }
            }
            trace.writeJsonLines(tracePath);
            if (recorded != null) {
                String divergence = compare(recorded, trace, expectTrace);
                if (divergence != null) {
                    runner.problems().add(divergence);
                }
            }
            if (cut != null) {
                cut.requireDone(trace.count());
            } else if (saveAs != null) {
                simulation.kernel().saveAs(saveAs);
            }
            KernelCounters c = simulation.kernel().counters();
            out.printf(Locale.ROOT, "%s on %s, seed %d, packer capacity %d, policy %s%n",
                    simulation.module().formatName(), image.getFileName(), runSeed, settings.packerCapacity(),
                    runPolicy.scriptName());
            out.printf(Locale.ROOT, "operations %d, trace events %d, simulated time %.3f ms%n", runner.operations(),
                    trace.count(), simulation.kernel().time() / 1e6);
            out.printf(Locale.ROOT,
                    "system calls %d, protocol calls %d (blockmap %d, continuations %d, completeIO %d, read/write path %d)%n",
                    c.syscalls, c.protocolCalls, c.blockmaps, c.continuations, c.completions, c.readWriteCalls);
            out.printf(Locale.ROOT, "kernel transfers %d (%d bytes), stale transfers %d, free %d bytes%n", c.transfers,
                    c.bytesTransferred, c.staleTransfers, simulation.module().freeBytes());
            out.println("trace: " + tracePath + (saveAs != null ? ", image saved as " + saveAs : ""));
            if (cut != null) {
                out.println("power cut: " + cut.describe());
                Checker.Report report = Checker.check(saveAs, simulation.volume().format(),
                        simulation.volume().volumeStart());
                out.println("checker: " + report.verdict());
                report.output().lines().filter(line -> !line.isBlank()).forEach(line -> out.println("checker: " + line));
            }
            for (String finding : simulation.findingsAtLoad()) {
                out.println("found at load: " + finding);
            }
            if (simulation.kernel().readOnly() != null) {
                out.println("read-only: " + simulation.kernel().readOnly());
            } else if (!simulation.findingsAtLoad().isEmpty()) {
                out.println("simulated anyway (--allow-damaged): any problems listed below are the run's doing");
            }
            boolean unexpected = false;
            for (ScenarioRunner.Failure failure : runner.failures()) {
                out.println("failed: " + failure);
                unexpected |= !failure.generated();
            }
            for (String problem : runner.problems()) {
                out.println("problem: " + problem);
            }
            return !runner.problems().isEmpty() ? 3 : unexpected ? 4 : 0;
        } catch (IOException e) {
            err.println("run: " + image + ": " + (e.getMessage() == null ? e.toString() : e.getMessage()));
            return 2;
        } catch (RuntimeException e) {
            err.println("run: the simulation stopped: " + e);
            return 2;
        }
    }

    /** Where a run's trace first differs from a recorded one; null when they are the same event for event. */
    static String compare(Trace recorded, Trace run, Path source) {
        List<TraceEvent> expected = recorded.events();
        List<TraceEvent> actual = run.events();
        for (int i = 0; i < Math.min(expected.size(), actual.size()); i++) {
            String want = expected.get(i).toJson();
            String got = actual.get(i).toJson();
            if (!want.equals(got)) {
                return "the trace differs from " + source.getFileName() + " at event " + (i + 1) + ": recorded "
                        + want + ", this run " + got;
            }
        }
        if (expected.size() != actual.size()) {
            return "the trace has " + actual.size() + " events, " + source.getFileName() + " " + expected.size();
        }
        return null;
    }

    private static AllocationPolicy policy(String name) {
        for (AllocationPolicy policy : AllocationPolicy.values()) {
            if (policy.scriptName().equals(name)) {
                return policy;
            }
        }
        throw new IllegalArgumentException("unknown policy " + name + "; use native, first-fit or next-fit");
    }

    private static int usage(PrintStream err, String problem) {
        err.println("run: " + problem);
        err.println("usage: extentlab -application org.extentlab.app.run --image IMG --script S [--seed N]"
                + " [--packer-capacity K] [--policy native|first-fit|next-fit] [--partition N] [--check-every N]"
                + " --trace out.jsonl [--save-as out.img [--crash-at EVENT]] [--expect-trace recorded.jsonl]"
                + " [--allow-damaged]");
        return 1;
    }
}
