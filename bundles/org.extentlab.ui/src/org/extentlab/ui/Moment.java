package org.extentlab.ui;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.extentlab.internal.ui.Messages;
import org.extentlab.kernel.sim.Inspection;
import org.extentlab.kernel.sim.ScenarioPlayer;
import org.extentlab.kernel.sim.Simulation;
import org.extentlab.kernel.sim.TraceEvent;
import org.extentlab.kernel.sim.VolumeMapQuery;

/**
 * An earlier moment shown in the views that follow it (the map, the navigator, Block Hex,
 * Properties): a replayed copy stopped right after {@code event} ({@code at}), with its snapshot,
 * made while the running simulation was {@code of} with {@code events} events. Any move of the running
 * one ends it ({@link #standsFor}). The copy never moves, so questions about it need no lock.
 */
public record Moment(long event, TraceEvent at, Simulation simulation, Inspection.Snapshot snapshot, Simulation of,
        long events) {

    /**
     * Replays {@code player}'s steps on a copy up to event {@code event} of its running simulation's
     * {@code events}; its snapshot is numbered {@code run}.
     */
    static Moment replay(ScenarioPlayer player, long event, long events, long run) throws IOException {
        Simulation copy;
        try {
            copy = player.momentAt(event);
        } catch (NoSuchFileException e) {
            throw new IOException(NLS.bind(Messages.Session_ImageGone, e.getFile()), e);
        }
        List<TraceEvent> recorded = copy.kernel().trace().events();
        return new Moment(event, recorded.get(recorded.size() - 1), copy, Inspection.of(copy).snapshot(run, false, 0),
                player.simulation(), events);
    }

    /** Who held each unit at the moment. */
    public VolumeMapQuery map() {
        return snapshot.map();
    }

    /** Whether it still is a moment of {@code present}: the same simulation, which has not moved since. */
    boolean standsFor(Simulation present) {
        return of == present && present != null && present.kernel().trace().count() == events;
    }

    /** Closes the copy (a read-only image: nothing can be lost). */
    void close() {
        try {
            simulation.close();
        } catch (IOException e) {
            // nothing was written
        }
    }
}
