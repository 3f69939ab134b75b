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
import org.extentlab.internal.ui.VolumeMapView;
import org.extentlab.kernel.FileSystemModule;
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
