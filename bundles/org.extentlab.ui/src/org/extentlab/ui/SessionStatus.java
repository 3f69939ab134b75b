package org.extentlab.ui;

import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.extentlab.internal.ui.Messages;
import org.extentlab.kernel.sim.ScenarioPlayer;
import org.extentlab.kernel.sim.Simulation;

/**
 * The words of the session's status line: the format, the step and the events, what the last step's
 * system calls failed with, the run's findings, faults still armed and whether the volume is damaged.
 */
final class SessionStatus {
    private SessionStatus() {
    }

    /** The status line for {@code simulation} of {@code current}, with the last step's failed calls. */
    static String of(ScenarioPlayer current, Simulation simulation, String lastFailures) {
        return NLS.bind(Messages.Session_Status, new Object[] { simulation.module().formatName(), current.position(),
                current.history().size(),
                org.extentlab.internal.ui.Views.count(simulation.kernel().trace().count(), Messages.Noun_Event) })
                + (lastFailures.isEmpty() ? "" : NLS.bind(Messages.Session_StepFailed, lastFailures))
                + findings(current.problems())
                + armed(simulation.kernel().settings().armedFaults())
                + (simulation.kernel().readOnly() != null
                        ? NLS.bind(Messages.Session_ReadOnly, simulation.findingsAtLoad().size())
                        : simulation.findingsAtLoad().isEmpty() ? ""
                                : NLS.bind(Messages.Session_Anyway, simulation.findingsAtLoad().size()));
    }

    /** "; 1 finding(s), the last: /b: read at 0 returned..." for the run's findings so far; empty when none. */
    private static String findings(List<String> problems) {
        return problems.isEmpty() ? "" : NLS.bind(Messages.Session_Findings, problems.size(), problems.get(problems.size() - 1));
    }

    /** "; fault armed: blockmap EIO" for faults injected that have not struck yet; empty when none. */
    private static String armed(List<org.extentlab.kernel.sim.KernelSettings.Fault> faults) {
        if (faults.isEmpty()) {
            return "";
        }
        return NLS.bind(Messages.Session_FaultArmed, String.join(", ", faults.stream()
                .map(f -> f.site().scriptName() + " " + f.error().name()).toList()));
    }

    /**
     * The system calls of {@code now} that returned an error since event {@code count} of {@code before}
     * (all of them when a new simulation replaced it): "open ENOENT".
     */
    static String failuresSince(Simulation now, Simulation before, long count) {
        if (now == null) {
            return "";
        }
        List<org.extentlab.kernel.sim.TraceEvent> events = now.kernel().trace().events();
        java.util.Set<String> failures = new java.util.LinkedHashSet<>();
        for (int i = now == before ? (int) Math.min(count, events.size()) : 0; i < events.size(); i++) {
            org.extentlab.kernel.sim.TraceEvent event = events.get(i);
            if (event.kind().equals("return") && event.error() != null) {
                failures.add(event.name() + " " + event.error().name());
            }
        }
        return String.join(", ", failures);
    }
}
