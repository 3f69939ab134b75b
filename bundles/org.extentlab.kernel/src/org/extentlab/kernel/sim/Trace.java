package org.extentlab.kernel.sim;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/**
 * The events of a run, in order, kept in memory (or only counted, for long runs), and exported as
 * JSON Lines. A listener sees each event as it is recorded. Kept events are stored compactly
 * ({@link EventColumns}, some 25 bytes each) and made into {@link TraceEvent}s again when read.
 */
public final class Trace {
    private final EventColumns events;
    private final boolean keep;
    private long count;
    private Consumer<TraceEvent> listener;

    public Trace() {
        this(true);
    }

    /** @param keep whether events are kept in memory (false: only counted and passed to the listener) */
    public Trace(boolean keep) {
        this(keep, new EventColumns());
    }

    private Trace(boolean keep, EventColumns events) {
        this.keep = keep;
        this.events = events;
    }

    /**
     * A new trace holding this one's first {@code count} events (all of its full blocks shared, not
     * copied), to go on from there; no listener.
     */
    Trace prefix(long count) {
        if (count < 0 || count > this.count) {
            throw new IllegalArgumentException("no prefix of " + count + " events in a trace of " + this.count);
        }
        Trace prefix = new Trace(keep, keep ? events.prefix((int) count) : new EventColumns());
        prefix.count = count;
        return prefix;
    }

    public void setListener(Consumer<TraceEvent> listener) {
        this.listener = listener;
    }

    /** The listener set, or null. */
    public Consumer<TraceEvent> listener() {
        return listener;
    }

    long next() {
        return ++count;
    }

    /** Adds an event made elsewhere (replayed, or built by a benchmark); it keeps its own sequence. */
    public void add(TraceEvent event) {
        count++;
        record(event);
    }

    void record(TraceEvent event) {
        if (keep) {
            events.add(event);
        }
        if (listener != null) {
            listener.accept(event);
        }
    }

    public long count() {
        return count;
    }

    /** The kept events, in order: a read-only view that grows as events are recorded. */
    public List<TraceEvent> events() {
        return java.util.Collections.unmodifiableList(events);
    }

    /** The memory the kept events take, in bytes (their encoded fields; each distinct string once more). */
    public long storedBytes() {
        return events.bytes();
    }

    public void writeJsonLines(Path target) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
            for (TraceEvent event : events) {
                out.write(event.toJson());
                out.write('\n');
            }
        }
    }

    public String toJsonLines() {
        StringBuilder out = new StringBuilder();
        for (TraceEvent event : events) {
            out.append(event.toJson()).append('\n');
        }
        return out.toString();
    }
}
