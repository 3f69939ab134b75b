package org.extentlab.kernel.sim;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.extentlab.kernel.Errno;

/**
 * The I/O of a trace as spans on simulated time, for a timeline: each operation from its first
 * blockmapFile through its continuations to its completeIO (or its error), mapping-only blockmaps
 * (operation ID 0), completeIO without a blockmap (an overwrite in mapped space), and read/write-path
 * calls. Spans are grouped into lanes, one per item. A span's error is the module's error or, for a
 * completeIO, the failed status the kernel passed it.
 */
public final class TimelineQuery {
    private TimelineQuery() {
    }

    /** How an I/O reached the module. */
    public enum Kind {
        /** Kernel-offloaded: blockmapFile (and continuations) then completeIO. */
        OFFLOADED,
        /** A mapping-only blockmapFile (operation ID 0): F_LOG2PHYS. */
        MAPPING_ONLY,
        /** completeIO with operation ID 0: no blockmap was needed. */
        COMPLETE_ONLY,
        /** The module copied the data itself (read/write path). */
        READ_WRITE_PATH
    }

    /**
     * One span: the item, the operation ID (0 when none), from and to (simulated nanoseconds), the
     * blockmapFile calls it took, whether it wrote, and its error (null when it succeeded).
     */
    public record Span(long item, long operationId, Kind kind, long start, long end, int blockmaps, boolean write,
            Errno error) {
    }

    /** Every span of the trace, in the order they began. */
    public static List<Span> spans(Trace trace) {
        List<Span> spans = new ArrayList<>();
        Map<Long, long[]> open = new HashMap<>();
        Map<Long, Boolean> writes = new HashMap<>();
        Map<String, Long> pathCalls = new HashMap<>();
        Map<Long, Errno> failures = new HashMap<>();
        Map<Long, Errno> statuses = new HashMap<>();
        for (TraceEvent e : trace.events()) {
            switch (e.name()) {
            case "blockmapFile" -> {
                if (e.operationId() == 0) {
                    if (e.kind().equals("reply")) {
                        spans.add(new Span(e.item(), 0, Kind.MAPPING_ONLY, e.time(), e.time(), 1, false, e.error()));
                    }
                } else if (e.kind().equals("reply") && e.error() != null) {
                    failures.put(e.operationId(), e.error());
                } else if (e.kind().equals("call")) {
                    long[] state = open.computeIfAbsent(e.operationId(), id -> new long[] { e.item(), e.time(), 0 });
                    state[2]++;
                    writes.putIfAbsent(e.operationId(), e.flags() != null && e.flags().contains("write"));
                }
            }
            case "completeIO" -> {
                if (e.kind().equals("call")) {
                    // The status the kernel ends the I/O with (a failed transfer) is the call's error.
                    statuses.put(e.operationId(), e.error());
                    continue;
                }
                if (!e.kind().equals("reply")) {
                    continue;
                }
                Errno status = statuses.remove(e.operationId());
                Errno error = e.error() != null ? e.error() : status;
                boolean write = e.flags() == null ? writes.getOrDefault(e.operationId(), true)
                        : e.flags().contains("write");
                if (e.operationId() == 0) {
                    spans.add(new Span(e.item(), 0, Kind.COMPLETE_ONLY, e.time(), e.time(), 0, true, error));
                } else {
                    long[] state = open.remove(e.operationId());
                    if (state != null) {
                        spans.add(new Span(state[0], e.operationId(), Kind.OFFLOADED, state[1], e.time(), (int) state[2],
                                writes.getOrDefault(e.operationId(), write), error));
                    }
                }
            }
            case "read", "write" -> {
                if (e.kind().equals("call") && "read/write path".equals(e.flags())) {
                    pathCalls.put(e.task() + "/" + e.name(), e.time());
                } else if (e.kind().equals("reply") && pathCalls.containsKey(e.task() + "/" + e.name())) {
                    spans.add(new Span(e.item(), 0, Kind.READ_WRITE_PATH, pathCalls.remove(e.task() + "/" + e.name()),
                            e.time(), 0, e.name().equals("write"), e.error()));
                }
            }
            default -> {
            }
            }
        }
        // Operations whose blockmap failed end there, with no completeIO.
        for (Map.Entry<Long, long[]> left : open.entrySet()) {
            long[] state = left.getValue();
            spans.add(new Span(state[0], left.getKey(), Kind.OFFLOADED, state[1], state[1], (int) state[2],
                    writes.getOrDefault(left.getKey(), false), failures.getOrDefault(left.getKey(), Errno.EIO)));
        }
        spans.sort((a, b) -> Long.compare(a.start(), b.start()));
        return spans;
    }

    /** The lanes: the items the spans touch, in increasing order. */
    public static List<Long> lanes(List<Span> spans) {
        TreeSet<Long> items = new TreeSet<>();
        for (Span span : spans) {
            items.add(span.item());
        }
        return new ArrayList<>(items);
    }
}
