package org.extentlab.internal.ui;

import java.util.List;
import java.util.Locale;

import org.extentlab.kernel.sim.TraceEvent;

/**
 * Which rows the Protocol Trace shows: events of one kind, one call, one item, one operation ID, and
 * (when {@code problemsOnly}) only failed calls and findings. A null or negative part lets everything
 * through.
 *
 * @param kind         syscall, return, call, reply, transfer, stale, fault or check; null: any
 * @param name         the call's name, e.g. blockmapFile; null: any
 * @param item         the module's item id; -1: any
 * @param operationId  the protocol's operation ID; -1: any
 * @param problemsOnly only events with an error, and stale, fault and check findings
 */
public record TraceFilter(String kind, String name, long item, long operationId, boolean problemsOnly) {
    /** Lets every event through. */
    public static final TraceFilter NONE = new TraceFilter(null, null, -1, -1, false);

    /** The kinds of event a trace holds, in the order a call goes through them. */
    public static final List<String> KINDS = List.of("syscall", "call", "reply", "transfer", "return", "stale",
            "fault", "check");

    public boolean passesAll() {
        return kind == null && name == null && item < 0 && operationId < 0 && !problemsOnly;
    }

    public boolean test(TraceEvent event) {
        if (kind != null && !kind.equals(event.kind())) {
            return false;
        }
        if (name != null && !name.equals(event.name())) {
            return false;
        }
        if (item >= 0 && event.item() != item) {
            return false;
        }
        if (operationId >= 0 && event.operationId() != operationId) {
            return false;
        }
        return !problemsOnly || isProblem(event);
    }

    /** A failed call or return, or a finding: a stale mapping used, a fault injected, a broken invariant. */
    public static boolean isProblem(TraceEvent event) {
        return event.error() != null || event.kind().equals("stale") || event.kind().equals("fault")
                || event.kind().equals("check");
    }

    /** {@code rows} followed by the positions in {@code events}, from {@code from} on, of the events that pass. */
    public int[] append(int[] rows, List<TraceEvent> events, int from) {
        int[] out = java.util.Arrays.copyOf(rows, rows.length + Math.max(0, events.size() - from));
        int n = rows.length;
        for (int i = from; i < events.size(); i++) {
            if (test(events.get(i))) {
                out[n++] = i;
            }
        }
        return java.util.Arrays.copyOf(out, n);
    }

    /** What the filter lets through, in words ("all events" when everything). */
    public String describe() {
        if (passesAll()) {
            return "all events";
        }
        StringBuilder text = new StringBuilder();
        if (problemsOnly) {
            text.append("failures and findings");
        }
        if (kind != null) {
            text.append(text.length() == 0 ? "" : ", ").append("kind ").append(kind);
        }
        if (name != null) {
            text.append(text.length() == 0 ? "" : ", ").append(name);
        }
        if (item >= 0) {
            text.append(text.length() == 0 ? "" : ", ").append("item ").append(item);
        }
        if (operationId >= 0) {
            text.append(text.length() == 0 ? "" : ", ").append(String.format(Locale.ROOT, "operation %d", operationId));
        }
        return text.toString();
    }
}
