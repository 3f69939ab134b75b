package org.extentlab.kernel.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.extentlab.kernel.Errno;
import org.extentlab.kernel.FreeSpace;
import org.extentlab.kernel.PackedExtent;
import org.extentlab.kernel.PackedExtentType;
import org.extentlab.kernel.sim.KernelSettings;
import org.extentlab.kernel.sim.Simulation;
import org.extentlab.kernel.sim.Trace;
import org.extentlab.kernel.sim.TraceEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The trace keeps its events compactly and gives back exactly the events recorded. */
class TraceStorageTest {

    @TempDir
    Path dir;

    @Test
    void aRunsKeptEventsEqualTheEventsRecordedFieldByFieldAndLineByLine() throws Exception {
        Path image = Simulations.fat(dir, 16, 20_000, 4);
        List<TraceEvent> seen = new ArrayList<>();
        try (Simulation simulation = Simulations.open(image, new KernelSettings().packerCapacity(2), 5)) {
            Trace trace = simulation.kernel().trace();
            trace.setListener(seen::add);
            Simulations.runScript(simulation, "mkdir /d\nrandom 3000 files 12 max-size 200K\n");
            List<TraceEvent> kept = trace.events();
            assertEquals(seen.size(), kept.size());
            assertTrue(seen.size() > 10_000, "a run of more than two blocks of events: " + seen.size());
            StringBuilder lines = new StringBuilder();
            for (int i = 0; i < seen.size(); i++) {
                assertEquals(seen.get(i), kept.get(i), "event " + (i + 1));
                lines.append(seen.get(i).toJson()).append('\n');
            }
            assertEquals(lines.toString(), trace.toJsonLines());
            assertTrue(seen.stream().anyMatch(TraceEvent::continuation), "the run has continuations");
            assertTrue(seen.stream().anyMatch(e -> e.extents() != null && e.extents().size() > 1));
            assertTrue(seen.stream().anyMatch(e -> e.error() != null));
            List<TraceEvent> calls = seen.stream().filter(e -> e.kind().equals("call") && e.name().equals("blockmapFile"))
                    .toList();
            assertTrue(!calls.isEmpty() && calls.stream().allMatch(e -> e.packerCapacity() == 2),
                    "every blockmapFile call names the packer of two extents it was given");
            assertTrue(seen.stream().filter(e -> !e.name().equals("blockmapFile")).allMatch(e -> e.packerCapacity() == 0));
            long bytes = trace.storedBytes();
            assertTrue(bytes < 40L * seen.size(), bytes + " bytes for " + seen.size() + " events");
        }
    }

    @Test
    void extremeAndMissingValuesComeBackAsTheyWere() {
        Trace trace = new Trace();
        List<TraceEvent> made = List.of(
                new TraceEvent(1, 0, "syscall", "write", 1, -1, -1, -1, -1, null, false, null, null, null, -1, null),
                new TraceEvent(7, Long.MAX_VALUE, "reply", "blockmapFile", Integer.MAX_VALUE, Long.MAX_VALUE,
                        Long.MIN_VALUE, 0, 1, "write|allocate", true,
                        List.of(new PackedExtent(PackedExtentType.ZERO_FILL, 0, -1, 4096),
                                new PackedExtent(PackedExtentType.READ_ONLY, Long.MAX_VALUE, Long.MIN_VALUE, 0)),
                        Errno.ENOSPC, FreeSpace.of(3, 1L << 40), Long.MIN_VALUE, "détail \"quoted\"\n"),
                new TraceEvent(3, -5, "reply", "completeIO", 0, 2, 0, 0, 0, "", false, List.of(), Errno.values()[0],
                        FreeSpace.noUpdate(9), 0, ""),
                new TraceEvent(4, 12, "reply", "lookupItem", 0, 2, 0, 0, 0, null, false, null, null, FreeSpace.NONE, 0,
                        null));
        made.forEach(trace::add);
        assertEquals(made, trace.events());
        assertThrows(UnsupportedOperationException.class, () -> trace.events().clear(), "the view is read-only");
        assertThrows(IndexOutOfBoundsException.class, () -> trace.events().get(4));
    }
}
