package org.extentlab.app.tests;

import static org.extentlab.app.tests.WorkbenchDriver.waitForJobs;
import static org.extentlab.app.tests.WorkbenchDriver.waitUntil;
import static org.extentlab.images.tests.ExternalTools.run;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;
import org.extentlab.internal.app.ImageOpener;
import org.extentlab.internal.app.OpenDiskImageHandler;
import org.extentlab.internal.ui.ExtentPackerView;
import org.extentlab.internal.ui.FreeSpaceView;
import org.extentlab.internal.ui.ProtocolTraceView;
import org.extentlab.internal.ui.RunScenarioHandler;
import org.extentlab.internal.ui.TimelineView;
import org.extentlab.internal.ui.TransportHandler;
import org.extentlab.internal.ui.VolumeMapView;
import org.extentlab.kernel.FileSystemModule;
import org.extentlab.kernel.sim.FreeSpaceQuery;
import org.extentlab.kernel.sim.Simulation;
import org.extentlab.kernel.sim.TimelineQuery;
import org.extentlab.kernel.sim.TraceEvent;
import org.extentlab.kernel.sim.VolumeMapQuery;
import org.extentlab.ui.SimulationSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The first protocol views in the real workbench: a FAT16 image opened, a scenario run with a packer
 * of two extents through Simulation > Run Scenario Script, then the Protocol Trace holds one row per
 * event (the continuation with its operation ID) and the Volume Map draws the engine's cells in the
 * owners' colours; selecting the continuation row makes the Extent Packer show that operation's
 * calls, the first with its packer full.
 */
class SimulationViewsTest {

    @TempDir
    Path dir;

    private IWorkbenchWindow window;

    @BeforeEach
    void findWindow() {
        window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        assertNotNull(window);
        waitForJobs(ImageOpener.FAMILY);
        waitForJobs(SimulationSession.FAMILY);
    }

    private void execute(String command, Map<String, String> parameters) throws Exception {
        ICommandService commands = window.getService(ICommandService.class);
        IHandlerService handlers = window.getService(IHandlerService.class);
        handlers.executeCommand(ParameterizedCommand.generateCommand(commands.getCommand(command), parameters), null);
    }

    @Test
    void aScenarioFillsTheProtocolTraceAndTheVolumeMap() throws Exception {
        Path image = dir.resolve("views-fat16.img");
        run("mkfs.fat", "-C", "-F", "16", "-s", "8", image.toString(), "16384");
        execute("org.extentlab.app.commands.openImage", Map.of(OpenDiskImageHandler.PATH_PARAMETER, image.toString(),
                OpenDiskImageHandler.PARTITION_PARAMETER, "0"));
        waitForJobs(ImageOpener.FAMILY);
        waitForJobs(SimulationSession.FAMILY);
        waitUntil("the simulation to start", () -> SimulationSession.getDefault().simulation() != null);

        StringBuilder script = new StringBuilder("packer-capacity 2\ncreate /a\ncreate /b\n");
        for (int i = 0; i < 8; i++) {
            script.append("write /a ").append(i * 4096).append(" 4K\nwrite /b ").append(i * 4096).append(" 4K\n");
        }
        script.append("close /a\nread /a 0 32K\n");
        Path scenario = dir.resolve("views.txt");
        Files.writeString(scenario, script);
        execute(RunScenarioHandler.COMMAND_ID, Map.of(RunScenarioHandler.SCRIPT_PARAMETER, scenario.toString()));
        waitForJobs(SimulationSession.FAMILY);

        Simulation simulation = SimulationSession.getDefault().simulation();
        List<TraceEvent> events = simulation.kernel().trace().events();
        IWorkbenchPage page = window.getActivePage();
        ProtocolTraceView trace = (ProtocolTraceView) page.showView(ProtocolTraceView.ID);
        waitUntil("the trace view to show every event", () -> trace.rowCount() == events.size());
        int continuation = -1;
        for (int i = 0; i < events.size(); i++) {
            if (events.get(i).continuation() && events.get(i).kind().equals("call")) {
                continuation = i;
                break;
            }
        }
        assertTrue(continuation > 0, "the read needed a continuation");
        String[] row = trace.row(continuation);
        assertEquals("blockmapFile", row[3]);
        assertTrue(row[9].contains("(continuation)"), String.join(" | ", row));
        assertEquals(Long.toString(events.get(continuation).operationId()), row[6], "the row shows the operation ID");

        FileSystemModule module = simulation.module();
        long aId = module.lookupItem("a", module.root(), null).item().id();
        ExtentPackerView packer = (ExtentPackerView) page.showView(ExtentPackerView.ID);
        page.showView(ProtocolTraceView.ID);
        trace.select(continuation);
        long operation = events.get(continuation).operationId();
        waitUntil("the packer view to follow the selection", () -> packer.operation() == operation);
        long calls = events.stream().filter(e -> e.operationId() == operation && e.kind().equals("call")
                && e.name().equals("blockmapFile")).count();
        assertEquals(calls, packer.calls().size(), "every blockmapFile call of the operation");
        assertTrue(packer.calls().size() >= 2 && packer.calls().get(1).request().continuation());
        assertEquals(2, packer.calls().get(0).capacity(), "the packer of the script holds two extents");
        assertEquals(2, packer.calls().get(0).reply().extents().size(), "the first call filled it");

        TimelineView timeline = (TimelineView) page.showView(TimelineView.ID);
        List<TimelineQuery.Span> spans = TimelineQuery.spans(simulation.kernel().trace());
        waitUntil("the timeline to draw every span", () -> timeline.spans().size() == spans.size());
        assertEquals(List.of(aId, module.lookupItem("b", module.root(), null).item().id()), timeline.lanes(),
                "a lane for /a and one for /b");
        assertTrue(timeline.spans().stream().anyMatch(s -> s.blockmaps() >= 2), "the read's continuations");

        FreeSpaceView free = (FreeSpaceView) page.showView(FreeSpaceView.ID);
        long reported = events.stream().filter(e -> e.freeSpace() != null
                && e.freeSpace().kind() == org.extentlab.kernel.FreeSpace.Kind.VALUE).count();
        waitUntil("the free-space view to hold every reported value", () -> free.series().size() == reported + 1);
        assertEquals(simulation.module().freeBytes(), free.series().get(free.series().size() - 1).freeBytes());
        assertEquals(simulation.module().freeBytes(), free.runs().freeUnits() * simulation.module().allocationUnit());

        VolumeMapView map = (VolumeMapView) page.showView(VolumeMapView.ID);
        waitUntil("the map to show /a at its present size", () -> map.upToDate()
                && java.util.Arrays.stream(map.cells()).anyMatch(owner -> owner == aId));
        long[] cells = map.cells();
        assertArrayEquals(VolumeMapQuery.sample(module, 0, module.unitCount(), cells.length), cells,
                "the view draws what the engine answers");
        int index = 0;
        while (cells[index] != aId) {
            index++;
        }
        int x = (index % map.columns()) * VolumeMapView.CELL + 2;
        int y = (index / map.columns()) * VolumeMapView.CELL + 2;
        waitUntil("the cell of /a to be drawn in /a's colour " + VolumeMapView.rgbOf(aId),
                () -> VolumeMapView.rgbOf(aId).equals(pixel(map.canvas(), x, y)));
        int freeCell = java.util.Arrays.asList(java.util.Arrays.stream(cells).boxed().toArray())
                .indexOf(FileSystemModule.FREE_UNIT);
        waitUntil("a free cell to be drawn light grey", () -> VolumeMapView.rgbOf(FileSystemModule.FREE_UNIT).equals(
                pixel(map.canvas(), (freeCell % map.columns()) * VolumeMapView.CELL + 2,
                        (freeCell / map.columns()) * VolumeMapView.CELL + 2)));
    }

    /** What the views show at one moment, read once each view caught up with the engine. */
    private record Shown(int rows, long[] cells, List<FreeSpaceQuery.Point> series, List<Long> lanes, int spans,
            String status) {
    }

    private Shown shown(IWorkbenchPage page) throws Exception {
        Simulation simulation = SimulationSession.getDefault().simulation();
        int events = simulation.kernel().trace().events().size();
        ProtocolTraceView trace = (ProtocolTraceView) page.showView(ProtocolTraceView.ID);
        waitUntil("the trace to show " + events + " rows", () -> trace.rowCount() == events);
        VolumeMapView map = (VolumeMapView) page.showView(VolumeMapView.ID);
        waitUntil("the map to show the engine's owners", () -> map.upToDate() && java.util.Arrays.equals(map.cells(),
                VolumeMapQuery.sample(simulation.module(), 0, simulation.module().unitCount(), map.cells().length)));
        FreeSpaceView free = (FreeSpaceView) page.showView(FreeSpaceView.ID);
        long reported = simulation.kernel().trace().events().stream().filter(e -> e.freeSpace() != null
                && e.freeSpace().kind() == org.extentlab.kernel.FreeSpace.Kind.VALUE).count();
        waitUntil("the free-space series", () -> free.series().size() == reported + 1);
        TimelineView timeline = (TimelineView) page.showView(TimelineView.ID);
        int spans = TimelineQuery.spans(simulation.kernel().trace()).size();
        waitUntil("the timeline's spans", () -> timeline.spans().size() == spans);
        return new Shown(trace.rowCount(), map.cells().clone(), List.copyOf(free.series()), timeline.lanes(), spans,
                SimulationSession.getDefault().status());
    }

    private static void assertShown(Shown expected, Shown actual, String when) {
        assertEquals(expected.rows(), actual.rows(), when + ": trace rows");
        assertArrayEquals(expected.cells(), actual.cells(), when + ": map cells");
        assertEquals(expected.series(), actual.series(), when + ": free-space series");
        assertEquals(expected.lanes(), actual.lanes(), when + ": timeline lanes");
        assertEquals(expected.spans(), actual.spans(), when + ": timeline spans");
    }

    @Test
    void steppingThroughAScenarioOnExt4AndBackBringsEveryViewBack() throws Exception {
        Path image = dir.resolve("views-ext4.img");
        run("mke2fs", "-q", "-F", "-t", "ext4", "-b", "1024", image.toString(), "8M");
        execute("org.extentlab.app.commands.openImage", Map.of(OpenDiskImageHandler.PATH_PARAMETER, image.toString(),
                OpenDiskImageHandler.PARTITION_PARAMETER, "0"));
        waitForJobs(ImageOpener.FAMILY);
        waitForJobs(SimulationSession.FAMILY);
        waitUntil("the simulation to start on ext4", () -> SimulationSession.getDefault().simulation() != null
                && SimulationSession.getDefault().simulation().module().formatName().equals("ext4"));

        Path scenario = dir.resolve("steps.txt");
        Files.writeString(scenario, """
                packer-capacity 1
                create /a
                create /b
                write /a 0 3K
                write /b 0 3K
                write /a 3K 3K
                write /b 3K 3K
                write /a 6K 3K
                close /a
                read /a 0 9K
                """);
        execute(TransportHandler.LOAD, Map.of(TransportHandler.LOAD_SCRIPT, scenario.toString()));
        waitForJobs(SimulationSession.FAMILY);
        assertArrayEquals(new int[] { 0, 10 }, SimulationSession.getDefault().position(), "loaded, nothing run yet");
        IWorkbenchPage page = window.getActivePage();
        List<Shown> seen = new java.util.ArrayList<>();
        seen.add(shown(page));
        for (int step = 1; step <= 10; step++) {
            execute(TransportHandler.STEP, Map.of());
            waitForJobs(SimulationSession.FAMILY);
            assertArrayEquals(new int[] { step, 10 }, SimulationSession.getDefault().position());
            seen.add(shown(page));
        }
        assertEquals(List.of(), SimulationSession.getDefault().problems());
        assertTrue(seen.get(10).rows() > seen.get(9).rows(), "the read added rows");
        assertEquals(2, seen.get(10).lanes().size(), "a lane for /a and one for /b");
        assertTrue(!java.util.Arrays.equals(seen.get(0).cells(), seen.get(10).cells()), "the writes show on the map");

        // The read of /a, fragmented by /b's writes, took continuations with the read's operation ID.
        Simulation simulation = SimulationSession.getDefault().simulation();
        List<TraceEvent> events = simulation.kernel().trace().events();
        int continuation = -1;
        for (int i = events.size() - 1; i >= 0; i--) {
            if (events.get(i).continuation() && events.get(i).kind().equals("call")) {
                continuation = i;
            }
        }
        assertTrue(continuation > 0, "a continuation blockmap");
        ExtentPackerView packer = (ExtentPackerView) page.showView(ExtentPackerView.ID);
        ProtocolTraceView trace = (ProtocolTraceView) page.showView(ProtocolTraceView.ID);
        trace.select(continuation);
        long operation = events.get(continuation).operationId();
        waitUntil("the packer to show the read", () -> packer.operation() == operation);
        assertTrue(packer.calls().size() >= 2, "first call and its continuation");
        assertTrue(packer.calls().stream().allMatch(c -> c.request().operationId() == operation),
                "every call of the operation carries its operation ID");
        assertEquals(1, packer.calls().get(0).capacity());

        for (int back = 9; back >= 6; back--) {
            execute(TransportHandler.STEP_BACK, Map.of());
            waitForJobs(SimulationSession.FAMILY);
            Shown now = shown(page);
            assertShown(seen.get(back), now, "stepped back to step " + back);
            assertEquals(seen.get(back).status(), now.status(), "the status says the same step");
        }
        execute(TransportHandler.STEP, Map.of());
        waitForJobs(SimulationSession.FAMILY);
        assertShown(seen.get(7), shown(page), "redone to step 7");

        // A new operation replaces the steps ahead; undoing it brings step 7 back.
        FileSystemModule module = SimulationSession.getDefault().simulation().module();
        long bId = module.lookupItem("b", module.root(), null).item().id();
        execute(TransportHandler.PERFORM, Map.of(TransportHandler.PERFORM_LINE, "delete /b"));
        waitForJobs(SimulationSession.FAMILY);
        assertArrayEquals(new int[] { 8, 8 }, SimulationSession.getDefault().position());
        assertEquals("delete /b", SimulationSession.getDefault().history().get(7));
        Shown deleted = shown(page);
        assertTrue(java.util.Arrays.stream(deleted.cells()).noneMatch(owner -> owner == bId), "/b's blocks are free");
        assertTrue(java.util.Arrays.stream(seen.get(7).cells()).anyMatch(owner -> owner == bId), "they were /b's");
        execute(TransportHandler.STEP_BACK, Map.of());
        waitForJobs(SimulationSession.FAMILY);
        assertShown(seen.get(7), shown(page), "the delete undone");
    }

    /** The colour on screen at (x, y) of the canvas. */
    private static RGB pixel(Canvas canvas, int x, int y) {
        canvas.redraw();
        canvas.update();
        Image image = new Image(canvas.getDisplay(), canvas.getClientArea().width, canvas.getClientArea().height);
        GC gc = new GC(canvas);
        try {
            gc.copyArea(image, 0, 0);
            ImageData data = image.getImageData();
            return data.palette.getRGB(data.getPixel(x, y));
        } finally {
            gc.dispose();
            image.dispose();
        }
    }
}
