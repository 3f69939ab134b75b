package org.extentlab.kernel.sim;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A power cut right after one event of a run: the image as the device held it when the event was
 * recorded, every write before it in (data the kernel moved, metadata the module wrote) and none after
 * (no unmount, no flush, files left open). Armed on a simulation's trace before the run, it writes the
 * image when the event passes and lets the run go on.
 * <p>
 * An event's writes come before it: a transfer's data is on the device at its "transfer" event, a
 * module's metadata at its "reply"; at a "call" the module has written nothing yet.
 */
public final class PowerCut {
    private final long event;
    private final Path target;
    private TraceEvent cutAt;
    private IOException failure;

    private PowerCut(long event, Path target) {
        this.event = event;
        this.target = target;
    }

    /**
     * Arms a power cut after event {@code event} (its sequence number, from 1; 0 cuts before the first
     * one, leaving the image as it was) of {@code simulation}'s run, writing {@code target}. Takes the
     * trace's listener, calling on the one it had.
     */
    public static PowerCut arm(Simulation simulation, Trace trace, long event, Path target) throws IOException {
        if (event < 0) {
            throw new IllegalArgumentException("no event " + event + ": events count from 1");
        }
        PowerCut cut = new PowerCut(event, target);
        if (event == 0) {
            simulation.overlay().saveAs(target);
            return cut;
        }
        java.util.function.Consumer<TraceEvent> before = trace.listener();
        trace.setListener(recorded -> {
            if (before != null) {
                before.accept(recorded);
            }
            if (recorded.sequence() == event && cut.cutAt == null) {
                cut.cutAt = recorded;
                try {
                    simulation.overlay().saveAs(target);
                } catch (IOException e) {
                    cut.failure = e;
                }
            }
        });
        return cut;
    }

    /** The event the power was cut after; null if the run never reached it (or for a cut before event 1). */
    public TraceEvent at() {
        return cutAt;
    }

    /** Whether the image was written: the run reached the event (or it was 0) and writing worked. */
    public boolean done() {
        return failure == null && (event == 0 || cutAt != null);
    }

    /**
     * Throws what stopped the image being written: the run ended before the event ({@code events} is how
     * many it had), or writing failed.
     */
    public void requireDone(long events) throws IOException {
        if (failure != null) {
            throw new IOException("the image cut at event " + event + " could not be written: " + failure.getMessage(),
                    failure);
        }
        if (!done()) {
            throw new IOException("no event " + event + " to cut the power after: the run has " + events + " events");
        }
    }

    public long event() {
        return event;
    }

    public Path target() {
        return target;
    }

    /** What a user reads about the cut: after which event, and what that means for what is on the device. */
    public String describe() {
        if (event == 0) {
            return "power cut before the first event: the device holds the image as it was opened";
        }
        if (cutAt == null) {
            return "power cut at event " + event + " (not reached)";
        }
        String what = cutAt.kind() + " " + cutAt.name();
        String meaning = switch (cutAt.kind()) {
        case "transfer" -> "the data of this transfer is on the device";
        case "reply" -> "what the module wrote answering " + cutAt.name() + " is on the device";
        case "call" -> "the module had not yet written anything for " + cutAt.name();
        default -> "what the calls before it wrote is on the device";
        };
        return "power cut right after event #" + event + " (" + what + "): " + meaning + "; nothing after it reached"
                + " the device, and the volume was never unmounted";
    }
}
