package org.extentlab.app.tests;

import static org.extentlab.app.tests.WorkbenchDriver.execute;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.extentlab.images.tests.ExternalTools;
import org.extentlab.internal.ui.ProtocolTraceView;
import org.extentlab.internal.ui.TransportHandler;
import org.extentlab.internal.ui.VolumeMapView;
import org.extentlab.internal.ui.VolumeNavigatorView;
import org.extentlab.kernel.sim.TraceEvent;
import org.extentlab.ui.SimulationSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An earlier moment in the window: choosing a row of the Protocol Trace shows the Volume Map and the
 * navigator as the volume was right after that event, each status line saying so; Back to the Present,
 * choosing the last row or a new step shows the present again.
 */
class MomentWorkbenchTest extends WindowTest {
    @TempDir
    Path dir;

    @Test
    void aTraceRowShowsTheVolumeAsItWasThen() throws Exception {
        Path image = WorkbenchDriver.fat16WithAFile(dir);
        SimulationSession session = SimulationSession.getDefault();
        WorkbenchDriver.perform(image, "create /f.bin", "write /f.bin 0 20K fill 0x41", "delete /old.txt");
        VolumeMapView map = (VolumeMapView) window.getActivePage().showView(VolumeMapView.ID);
        VolumeNavigatorView navigator = (VolumeNavigatorView) window.getActivePage().showView(VolumeNavigatorView.ID);
        ProtocolTraceView trace = (ProtocolTraceView) window.getActivePage().showView(ProtocolTraceView.ID);
        WorkbenchDriver.settle();
        List<TraceEvent> events = session.simulation().kernel().trace().events();
        TraceEvent created = events.stream().filter(e -> e.kind().equals("reply") && e.name().equals("createFile"))
                .findFirst().orElseThrow();
        var module = session.simulation().module();
        long file = module.lookupItem("f.bin", module.root(), null).item().id();
        WorkbenchDriver.waitUntil("the map and the navigator at the present", () -> map.upToDate() && navigator.upToDate());
        assertTrue(owned(map, file) > 0, "the file holds clusters: " + file + " in " + Arrays.toString(
                Arrays.copyOf(map.cells(), 40)) + " " + session.moment() + " " + map.statusText() + " per cell " + map.perCell());
        assertEquals(List.of("f.bin"), names(navigator), "and old.txt is gone");

        trace.select(events.indexOf(created));
        WorkbenchDriver.waitUntil("the moment", () -> session.moment() != null && map.upToDate() && navigator.upToDate());
        WorkbenchDriver.settle();
        assertEquals(created.sequence(), session.moment().event());
        assertEquals(0, owned(map, file), "right after createFile the file holds no cluster");
        assertEquals(List.of("f.bin", "old.txt"), names(navigator), "and old.txt is still there");
        assertEquals(0, navigator.listed().get("/").stream().filter(n -> n.name().equals("f.bin")).findFirst()
                .orElseThrow().size(), "f.bin is empty then");
        String marked = "At event #" + created.sequence() + " (reply createFile), not the present";
        assertTrue(map.statusText().startsWith(marked), map.statusText());
        assertTrue(navigator.statusText().startsWith(marked), navigator.statusText());
        assertFalse(trace.statusText().startsWith("At event"), "the trace itself shows the whole run");
        int[] position = session.position();

        execute(TransportHandler.PRESENT, Map.of());
        WorkbenchDriver.settle();
        WorkbenchDriver.waitUntil("the present", () -> map.upToDate() && navigator.upToDate() && owned(map, file) > 0);
        assertNull(session.moment());
        assertEquals(List.of("f.bin"), names(navigator));
        assertFalse(map.statusText().startsWith("At event"), map.statusText());
        assertEquals(Arrays.toString(position), Arrays.toString(session.position()), "no step moved");

        trace.select(events.indexOf(created));
        WorkbenchDriver.waitUntil("the moment again", () -> session.moment() != null);
        trace.select(events.size() - 1);
        WorkbenchDriver.settle();
        WorkbenchDriver.waitUntil("the last row: the present", () -> session.moment() == null);

        trace.select(events.indexOf(created));
        WorkbenchDriver.waitUntil("the moment once more", () -> session.moment() != null);
        assertNotNull(session.moment());
        execute(TransportHandler.PERFORM, Map.of(TransportHandler.PERFORM_LINE, "create /g.bin"));
        WorkbenchDriver.settle();
        assertNull(session.moment(), "a new step shows the present");
        WorkbenchDriver.waitUntil("the navigator", navigator::upToDate);
        assertEquals(List.of("f.bin", "g.bin"), names(navigator));
    }

    /** How many cells of the map {@code owner} holds. */
    private static long owned(VolumeMapView map, long owner) {
        return Arrays.stream(map.cells()).filter(cell -> cell == owner).count();
    }

    /** The names in the navigator's root folder, sorted. */
    private static List<String> names(VolumeNavigatorView navigator) {
        return navigator.listed().get("/").stream().map(VolumeNavigatorView.Node::name).sorted().toList();
    }
}
