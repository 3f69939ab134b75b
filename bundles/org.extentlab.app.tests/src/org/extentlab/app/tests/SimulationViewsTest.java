package org.extentlab.app.tests;

import static org.extentlab.app.tests.WorkbenchDriver.execute;
import static org.extentlab.app.tests.WorkbenchDriver.openImage;
import static org.extentlab.app.tests.WorkbenchDriver.waitForJobs;
import static org.extentlab.app.tests.WorkbenchDriver.waitUntil;
import static org.extentlab.images.tests.ExternalTools.run;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.extentlab.internal.app.ImageOpener;
import org.extentlab.internal.ui.BlockHexView;
import org.extentlab.internal.ui.ExportHandler;
import org.extentlab.internal.ui.ExtentPackerView;
import org.extentlab.internal.ui.FreeSpaceView;
import org.extentlab.internal.ui.PropertiesView;
import org.extentlab.internal.ui.ProtocolTraceView;
import org.extentlab.internal.ui.TraceFilter;
import org.extentlab.internal.ui.RunScenarioHandler;
import org.extentlab.internal.ui.SelectedItem;
import org.extentlab.internal.ui.SimulationPreferencePage;
import org.extentlab.internal.ui.SimulationPreferences;
import org.extentlab.internal.ui.TimelineView;
import org.extentlab.internal.ui.TransportHandler;
import org.extentlab.internal.ui.VolumeMapView;
import org.extentlab.internal.ui.VolumeNavigatorView;
import org.extentlab.kernel.FileSystemModule;
import org.extentlab.kernel.VolumeItem;
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
        window = WorkbenchDriver.settledWindow();
    }



    @Test
    void aScenarioFillsTheProtocolTraceAndTheVolumeMap() throws Exception {
        Path image = dir.resolve("views-fat16.img");
        run("mkfs.fat", "-C", "-F", "16", "-s", "8", image.toString(), "16384");
        openImage(image);
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
        // What the view writes after each request: the reply's extents and the free space it reported.
        TraceEvent firstReply = packer.calls().get(0).reply();
        assertEquals(org.extentlab.kernel.FreeSpace.Kind.NO_UPDATE, firstReply.freeSpace().kind(), "a read frees nothing");
        assertEquals("→ 2 extents; free space not updated (#" + firstReply.freeSpace().sequence() + ")",
                ExtentPackerView.replySummary(firstReply));
        TraceEvent writeReply = events.stream().filter(e -> e.name().equals("blockmapFile") && e.kind().equals("reply")
                && e.freeSpace() != null && e.freeSpace().kind() == org.extentlab.kernel.FreeSpace.Kind.VALUE)
                .findFirst().orElseThrow();
        int packed = writeReply.extents().size();
        assertEquals("→ " + packed + (packed == 1 ? " extent" : " extents") + "; free "
                + String.format(java.util.Locale.ROOT, "%,d", writeReply.freeSpace().freeBytes()) + " bytes (#"
                + writeReply.freeSpace().sequence() + ")", ExtentPackerView.replySummary(writeReply));

        // The filter bar: one operation's blockmapFile calls, then one item's events, kept as the trace grows.
        trace.setFilter(new TraceFilter("call", "blockmapFile", -1, operation, false));
        int[] opCalls = java.util.stream.IntStream.range(0, events.size()).filter(i -> events.get(i).kind().equals("call")
                && events.get(i).name().equals("blockmapFile") && events.get(i).operationId() == operation).toArray();
        assertEquals(calls, opCalls.length);
        waitUntil("the trace to show the operation's calls", () -> trace.rowCount() == opCalls.length);
        for (int r = 0; r < opCalls.length; r++) {
            assertEquals(Long.toString(events.get(opCalls[r]).sequence()), trace.row(r)[0], "row " + r);
            assertEquals(Long.toString(operation), trace.row(r)[6], "row " + r);
        }
        assertTrue(trace.row(1)[9].contains("(continuation)"), String.join(" | ", trace.row(1)));
        // The selected continuation stays selected on the row that shows it now, and the rows it does not
        // pass lose the highlight rather than passing it to whatever event moved under it.
        assertEquals(1, trace.selectedRow(), "the continuation's row under the filter");
        trace.setFilter(TraceFilter.NONE);
        waitUntil("every row back", () -> trace.rowCount() == events.size());
        assertEquals(continuation, trace.selectedRow(), "the continuation's own row again");
        trace.setFilter(new TraceFilter("reply", null, -1, -1, false));
        assertEquals(-1, trace.selectedRow(), "a filter that hides the continuation leaves no row selected");
        trace.setFilter(TraceFilter.NONE);
        waitUntil("every row back", () -> trace.rowCount() == events.size());
        assertEquals(-1, trace.selectedRow(), "nothing selected comes back by itself");
        // Chosen from elsewhere now, the continuation is selected on its own row, not on row 1 that showed it
        // under the filter.
        trace.select(continuation);
        assertEquals(continuation, trace.selectedRow());
        assertEquals(Long.toString(events.get(continuation).sequence()), trace.row(trace.selectedRow())[0]);
        assertEquals(events.get(continuation), ((org.eclipse.jface.viewers.IStructuredSelection) trace.getSite()
                .getSelectionProvider().getSelection()).getFirstElement());

        TimelineView timeline = (TimelineView) page.showView(TimelineView.ID);
        List<TimelineQuery.Span> spans = TimelineQuery.spans(simulation.kernel().trace());
        waitUntil("the timeline to draw every span", () -> timeline.spans().size() == spans.size());
        assertEquals(List.of(aId, module.lookupItem("b", module.root(), null).item().id()), timeline.lanes(),
                "a lane for /a and one for /b");
        assertTrue(timeline.spans().stream().anyMatch(s -> s.blockmaps() >= 2), "the read's continuations");
        display0().syncExec(() -> timeline.setPerOperation(true));
        assertEquals(spans.size(), timeline.lanes().size(), "by operation: a lane per span");
        assertArrayEquals(java.util.stream.IntStream.range(0, spans.size()).toArray(), timeline.laneOfSpans());
        assertEquals(spans.stream().map(TimelineQuery.Span::item).toList(), timeline.lanes());
        TimelineQuery.Span firstOffloaded = spans.stream().filter(s -> s.kind() == TimelineQuery.Kind.OFFLOADED)
                .findFirst().orElseThrow();
        assertEquals("op " + firstOffloaded.operationId() + " /" + (firstOffloaded.item() == aId ? "a" : "b"),
                timeline.names().get(spans.indexOf(firstOffloaded)), "an operation's lane: its ID and path");
        int[] shownLanes = timeline.lanesShown();
        assertEquals(0, shownLanes[0]);
        assertTrue(shownLanes[1] >= 1 && shownLanes[1] <= spans.size());
        if (shownLanes[1] < spans.size()) {
            org.eclipse.swt.widgets.Event pageDown = new org.eclipse.swt.widgets.Event();
            pageDown.keyCode = org.eclipse.swt.SWT.PAGE_DOWN;
            display0().syncExec(() -> timeline.canvas().notifyListeners(org.eclipse.swt.SWT.KeyDown, pageDown));
            assertEquals(Math.min(shownLanes[1], spans.size() - shownLanes[1]), timeline.lanesShown()[0],
                    "Page Down shows the next lanes");
        }
        display0().syncExec(() -> timeline.setPerOperation(false));
        assertEquals(0, timeline.lanesShown()[0]);
        long[] run = timeline.window();
        assertEquals(0, run[0]);
        assertEquals(simulation.kernel().time(), run[1], "the whole run at first");
        PlatformUI.getWorkbench().getDisplay().syncExec(() -> timeline.zoom(true, -1));
        long[] zoomed = timeline.window();
        assertEquals(Math.max(1000, run[1] / 2), zoomed[1] - zoomed[0], "one step in halves the window");
        PlatformUI.getWorkbench().getDisplay().syncExec(timeline::fit);
        assertArrayEquals(run, timeline.window());
        TimelineQuery.Span readSpan = timeline.spans().stream().filter(s -> s.blockmaps() >= 2).findFirst().orElseThrow();
        PlatformUI.getWorkbench().getDisplay().syncExec(() -> timeline.goTo(readSpan));
        waitUntil("the packer to follow the span chosen on the timeline",
                () -> packer.operation() == readSpan.operationId());

        // Go to Event: zoomed in on the middle of the run, the last event moves the cursor, the window and
        // the lanes to its moment, and every view to its row.
        display0().syncExec(() -> {
            timeline.fit();
            for (int i = 0; i < 3; i++) {
                timeline.zoom(true, -1);
            }
        });
        long[] narrow = timeline.window();
        TraceEvent last = events.get(events.size() - 1);
        assertTrue(last.time() > narrow[1], "the last event lies past the window zoomed in");
        display0().syncExec(() -> timeline.goToEvent(events.size()));
        waitUntil("the timeline's cursor at the last event", () -> timeline.cursor() == last.time());
        long[] moved = timeline.window();
        assertEquals(narrow[1] - narrow[0], moved[1] - moved[0], "the window keeps its width");
        assertTrue(moved[0] <= last.time() && last.time() <= moved[1], "and holds the event's moment");
        assertEquals(last, ((org.eclipse.jface.viewers.IStructuredSelection) trace.getSite().getSelectionProvider()
                .getSelection()).getFirstElement(), "the trace selects the event's row");
        TimelineQuery.Span lastSpan = spans.get(spans.size() - 1);
        display0().syncExec(() -> timeline.setPerOperation(true));
        TraceEvent inLastSpan = events.stream().filter(e -> e.item() == lastSpan.item() && e.time() >= lastSpan.start()
                && e.time() <= lastSpan.end()).findFirst().orElseThrow();
        display0().syncExec(() -> timeline.goToEvent((int) inLastSpan.sequence()));
        waitUntil("the cursor at the event", () -> timeline.cursor() == inLastSpan.time());
        int[] lanesNow = timeline.lanesShown();
        int laneOfLast = timeline.laneOfSpans()[spans.size() - 1];
        assertTrue(lanesNow[0] <= laneOfLast && laneOfLast < lanesNow[0] + lanesNow[1],
                "the last operation's lane is shown: " + java.util.Arrays.toString(lanesNow) + " " + laneOfLast);
        display0().syncExec(() -> {
            timeline.setPerOperation(false);
            timeline.fit();
        });
        assertEquals(-1, TimelineView.eventNumber("0", events.size()));
        assertEquals(-1, TimelineView.eventNumber(String.valueOf(events.size() + 1), events.size()));
        assertEquals(-1, TimelineView.eventNumber("twelve", events.size()));
        assertEquals(events.size(), TimelineView.eventNumber(" " + events.size() + " ", events.size()));

        FreeSpaceView free = (FreeSpaceView) page.showView(FreeSpaceView.ID);
        long reported = events.stream().filter(e -> e.freeSpace() != null
                && e.freeSpace().kind() == org.extentlab.kernel.FreeSpace.Kind.VALUE).count();
        waitUntil("the free-space view to hold every reported value", () -> free.series().size() == reported + 1);
        assertEquals(simulation.module().freeBytes(), free.series().get(free.series().size() - 1).freeBytes());
        assertEquals(simulation.module().freeBytes(), free.runs().freeUnits() * simulation.module().allocationUnit());
        // A row selected in the trace is marked on the series, with the free space the kernel held then:
        // the first value a reply reported, which later writes changed.
        int firstValue = java.util.stream.IntStream.range(0, events.size()).filter(i -> events.get(i).freeSpace() != null
                && events.get(i).freeSpace().kind() == org.extentlab.kernel.FreeSpace.Kind.VALUE).findFirst().orElseThrow();
        TraceEvent valued = events.get(firstValue);
        long heldThen = valued.freeSpace().freeBytes();
        for (TraceEvent e : events) {
            if (e.time() == valued.time() && e.freeSpace() != null
                    && e.freeSpace().kind() == org.extentlab.kernel.FreeSpace.Kind.VALUE) {
                heldThen = e.freeSpace().freeBytes();
            }
        }
        assertNotEquals(simulation.module().freeBytes(), heldThen, "the scenario changed the free space afterwards");
        display0().syncExec(() -> page.activate(trace));
        trace.select(firstValue);
        waitUntil("the free-space view to mark the row's moment", () -> valued.equals(free.moment()));
        assertEquals(heldThen, org.extentlab.kernel.sim.FreeSpaceQuery.freeAt(free.series(), valued.time()));
        assertEquals(free.series().get(0).freeBytes(), org.extentlab.kernel.sim.FreeSpaceQuery.freeAt(free.series(), -1),
                "before any reply");
        page.showView(FreeSpaceView.ID);
        waitUntil("the free-space chart to be laid out", () -> free.canvas().getClientArea().width > 100
                && free.canvas().getClientArea().height > 100);
        int momentX = free.momentX();
        assertTrue(momentX > 0, "the moment is on the chart");
        waitUntil("a red cursor at the moment", () -> java.util.stream.IntStream.range(20, 60)
                .anyMatch(y -> new RGB(255, 0, 0).equals(pixel(free.canvas(), momentX, y))));

        // The rows chosen above showed the map at their moments; the engine is compared at the present.
        assertNotNull(SimulationSession.getDefault().moment(), "a chosen row is a moment");
        display0().syncExec(() -> SimulationSession.getDefault().present(display0()));
        VolumeMapView map = (VolumeMapView) page.showView(VolumeMapView.ID);
        waitUntil("the map to show /a at its present size", () -> map.upToDate()
                && java.util.Arrays.stream(map.cells()).anyMatch(owner -> owner == aId));
        assertEquals(events.get(continuation).item(), map.selected(), "the trace row's item is highlighted on the map");
        assertArrayEquals(engineCells(simulation, map), map.cells(), "the view draws what the engine answers");
        assertEquals(VolumeMapView.CELL, map.pitch());
        assertEquals((module.unitCount() + map.cells().length - 1) / map.cells().length, map.perCell(),
                "the whole volume fits");
        int aCell = indexOf(map.cells(), aId);
        waitUntil("the cells of /a, the row's item, to be drawn as selected", () -> VolumeMapView.SELECTED.equals(
                pixel(map.canvas(), centre(map, aCell)[0], centre(map, aCell)[1])));
        Display display = PlatformUI.getWorkbench().getDisplay();
        display.syncExec(() -> map.select(VolumeMapQuery.NO_HIGHLIGHT));
        assertArrayEquals(engineCells(simulation, map), map.cells(), "no highlight");
        waitUntil("the cell of /a to be drawn in /a's colour " + VolumeMapView.rgbOf(aId),
                () -> VolumeMapView.rgbOf(aId).equals(pixel(map.canvas(), centre(map, aCell)[0], centre(map, aCell)[1])));
        long bId = module.lookupItem("b", module.root(), null).item().id();
        display.syncExec(() -> {
            page.activate(map);
            map.select(bId);
        });
        assertEquals(bId, SelectedItem.of(page.getSelection()).id(), "a click on the map selects for every view");
        assertEquals(bId, map.selected());
        waitUntil("the timeline to highlight /b's lane", () -> timeline.selected() == bId);
        assertEquals(List.of("/a", "/b"), timeline.names(), "lanes named by path");
        assertArrayEquals(engineCells(simulation, map), map.cells(), "/b highlighted");
        int bCell = indexOf(map.cells(), bId);
        waitUntil("the cell of /b to be drawn as selected", () -> VolumeMapView.SELECTED.equals(
                pixel(map.canvas(), centre(map, bCell)[0], centre(map, bCell)[1])));
        int freeCell = indexOf(map.cells(), FileSystemModule.FREE_UNIT);
        waitUntil("a free cell to be drawn light grey", () -> VolumeMapView.rgbOf(FileSystemModule.FREE_UNIT).equals(
                pixel(map.canvas(), centre(map, freeCell)[0], centre(map, freeCell)[1])));

        long fitted = map.perCell();
        long[] whole = map.cells();
        int[] at = centre(map, aCell);
        long aUnit = map.firstUnit() + aCell * fitted;
        display.syncExec(() -> map.zoom(true, at[0], at[1]));
        assertTrue(map.perCell() == Math.max(1, fitted / 2) && (fitted > 1 || map.pitch() > VolumeMapView.CELL),
                "one step in: " + map.perCell() + " units per cell at " + map.pitch() + " px");
        assertTrue(map.firstUnit() <= aUnit && aUnit < map.firstUnit() + map.cells().length * map.perCell(),
                "the unit under the pointer stays in view");
        assertArrayEquals(engineCells(simulation, map), map.cells(), "zoomed in: the engine's owners");
        for (int step = 0; step < 20 && map.pitch() >= VolumeMapView.CELL; step++) {
            display.syncExec(() -> map.zoom(false, at[0], at[1]));
        }
        assertTrue(map.pitch() < VolumeMapView.CELL, "zoomed out past the fit: smaller cells, " + map.pitch() + " px");
        assertArrayEquals(engineCells(simulation, map), map.cells(), "zoomed out: the engine's owners");
        display.syncExec(map::zoomToFit);
        assertArrayEquals(whole, map.cells(), "zoom to fit: the first picture again");

        VolumeNavigatorView navigator = (VolumeNavigatorView) page.showView(VolumeNavigatorView.ID);
        waitUntil("the navigator to list the root", () -> navigator.listed().containsKey("/")
                && navigator.listed().get("/").size() == 2);
        List<VolumeNavigatorView.Node> root = navigator.listed().get("/");
        assertEquals(List.of("A", "B"), root.stream().map(n -> n.name().toUpperCase()).toList());
        VolumeNavigatorView.Node a = root.get(0);
        assertEquals(aId, a.id());
        assertEquals(32768, a.size(), "eight 4 KiB writes");
        List<long[]> runs = module.currentMapping(module.item(aId));
        assertEquals(runs.stream().mapToLong(r -> r[2]).sum(), a.allocated());
        assertTrue(a.fragments() > 0 && a.extents() <= runs.size(), "/a took turns with /b: " + a.extents() + " extents");
        assertEquals("cluster " + (2 + (runs.get(0)[1] - module.unitOffset(0)) / module.allocationUnit()), a.formatId());
        display.syncExec(() -> {
            page.activate(navigator);
            navigator.viewer().setSelection(new org.eclipse.jface.viewers.StructuredSelection(a), true);
        });
        waitUntil("a row selected in the navigator to be highlighted on the map", () -> map.selected() == aId);
        waitUntil("and in the timeline", () -> timeline.selected() == aId);

        Path traceFile = dir.resolve("exported.jsonl");
        execute(ExportHandler.EXPORT_TRACE, Map.of(ExportHandler.FILE, traceFile.toString()));
        waitForJobs(SimulationSession.FAMILY);
        assertEquals(simulation.kernel().trace().toJsonLines(), Files.readString(traceFile), "the trace as JSON Lines");
        List<String> heard = new java.util.concurrent.CopyOnWriteArrayList<>();
        long imageBytes = Files.size(image);
        SimulationSession.getDefault().exportTrace(image, display, heard::add);
        waitForJobs(SimulationSession.FAMILY);
        assertTrue(heard.size() == 1 && heard.get(0).contains("is the disk image"), "the image is refused: " + heard);
        assertEquals(imageBytes, Files.size(image), "and left as it was");

        Path png = dir.resolve("map.png");
        display.syncExec(() -> page.activate(map));
        waitUntil("the map to highlight /a", () -> map.upToDate() && map.cells()[aCell] == aId);
        execute(ExportHandler.EXPORT_VIEW, Map.of(ExportHandler.FILE, png.toString()));
        waitForJobs(ExportHandler.FAMILY);
        ImageData saved = new ImageData(png.toString());
        org.eclipse.swt.graphics.Point size = map.canvas().getParent().getSize();
        assertEquals(size.x, saved.width);
        assertEquals(size.y, saved.height);
        org.eclipse.swt.graphics.Point origin = map.canvas().getLocation();
        int[] inCell = centre(map, aCell);
        assertEquals(VolumeMapView.SELECTED, saved.palette.getRGB(saved.getPixel(origin.x + inCell[0],
                origin.y + inCell[1])),
                "the PNG shows /a's cell as the view draws it");

        BlockHexView hex = (BlockHexView) page.showView(BlockHexView.ID);
        display.syncExec(() -> page.activate(map));
        org.eclipse.swt.widgets.Event click = new org.eclipse.swt.widgets.Event();
        click.button = 1;
        click.x = inCell[0];
        click.y = inCell[1];
        display.syncExec(() -> map.canvas().notifyListeners(org.eclipse.swt.SWT.MouseDown, click));
        waitUntil("the Block Hex view to show the unit clicked", () -> hex.unit() >= 0 && !hex.description().isEmpty());
        WorkbenchDriver.settle(); // the answer to the click's question, not an earlier one
        long unit = hex.unit();
        assertTrue(unit >= map.firstUnit() + aCell * map.perCell() && unit < map.firstUnit() + (aCell + 1) * map.perCell(),
                "a unit of the cell clicked: " + unit);
        assertEquals(aId, map.selected(), "the click selected the cell's item");
        synchronized (simulation) {
            byte[] expected = simulation.overlay().read(module.volumeStart() + module.unitOffset(unit),
                    module.allocationUnit());
            assertArrayEquals(expected, hex.bytes(), "the unit's bytes as the simulation holds them");
            assertEquals(module.describeUnit(unit), hex.description());
            assertTrue(hex.description().startsWith("data of " + module.pathOf(module.item(aId)) + " at file offset "),
                    hex.description());
            assertTrue(hex.text().startsWith(String.format("%010x  ", module.unitOffset(unit))), "offsets on the left");
            assertEquals(module.allocationUnit() / 16, hex.text().lines().count(), "16 bytes a line");
        }

        PropertiesView properties = (PropertiesView) page.showView(PropertiesView.ID);
        display.syncExec(() -> page.activate(map));
        display.syncExec(() -> map.canvas().notifyListeners(org.eclipse.swt.SWT.MouseDown, click));
        waitUntil("the properties of the unit clicked", () -> value(properties, "Holds") != null);
        synchronized (simulation) {
            assertEquals(Long.toString(unit), value(properties, "Unit"));
            assertEquals(module.describeUnit(unit), value(properties, "Holds"));
            assertEquals(module.pathOf(module.item(aId)), value(properties, "Path"));
            assertEquals(Integer.toString(module.currentMapping(module.item(aId)).size()), value(properties, "Extents"));
        }
        display.syncExec(() -> page.activate(trace));
        trace.select(continuation);
        String summary = "Operation " + operation;
        waitUntil("the properties of the continuation's operation", () -> value(properties, summary) != null);
        long continuations = events.stream().filter(e -> e.operationId() == operation && e.continuation()
                && e.kind().equals("call")).count();
        assertTrue(value(properties, summary).startsWith(calls + " blockmapFile calls (" + continuations
                + " continuation"), value(properties, summary));
        assertEquals("yes: the packer of the call before was full", value(properties, "Continuation"));

        // A filter stays as the trace grows and shrinks; selecting a hidden event brings every row back.
        int before = events.size();
        display.syncExec(() -> page.activate(trace));
        trace.setFilter(new TraceFilter(null, null, aId, -1, false));
        execute(TransportHandler.PERFORM, Map.of(TransportHandler.PERFORM_LINE, "write /a 32K 4K"));
        waitForJobs(SimulationSession.FAMILY);
        List<TraceEvent> grown = SimulationSession.getDefault().simulation().kernel().trace().events();
        assertTrue(grown.size() > before);
        int[] ofA = java.util.stream.IntStream.range(0, grown.size()).filter(i -> grown.get(i).item() == aId).toArray();
        waitUntil("the filtered trace to grow with /a's new events", () -> trace.rowCount() == ofA.length);
        assertEquals(Long.toString(grown.get(ofA[ofA.length - 1]).sequence()), trace.row(ofA.length - 1)[0]);
        trace.setFilter(new TraceFilter(null, null, -1, -1, true));
        waitUntil("no failures to show", () -> trace.rowCount() == 0);
        trace.select(continuation);
        assertEquals(TraceFilter.NONE, trace.filter(), "selecting a hidden event shows every row again");
        waitUntil("every row back", () -> trace.rowCount() == grown.size());
        // The write's last event selected, then the write undone: no row and no moment stand for it any more.
        trace.select(grown.size() - 1);
        waitUntil("the free-space view to mark the write's last event", () -> grown.get(grown.size() - 1).equals(free.moment()));
        execute(TransportHandler.STEP_BACK, Map.of());
        waitForJobs(SimulationSession.FAMILY);
        waitUntil("the trace to lose the write's rows", () -> trace.rowCount() == before);
        assertEquals(-1, trace.selectedRow(), "the undone event's row is not selected");
        assertEquals(null, free.moment(), "the undone event's moment is not marked");
    }

    /**
     * The image blocks of a GIF file and its NETSCAPE2.0 loop count (-1 when absent), read block by block
     * (GTK's loader merges frames that look alike, so it cannot count them).
     */
    private static int[] gifFramesAndLoops(byte[] gif) {
        assertEquals("GIF89a", new String(gif, 0, 6, java.nio.charset.StandardCharsets.US_ASCII));
        int at = 13 + ((gif[10] & 0x80) != 0 ? 3 * (1 << ((gif[10] & 7) + 1)) : 0);
        int frames = 0;
        int loops = -1;
        while (at < gif.length && gif[at] != 0x3B) {
            if (gif[at] == 0x21) {
                boolean netscape = (gif[at + 1] & 0xFF) == 0xFF
                        && new String(gif, at + 3, 11, java.nio.charset.StandardCharsets.US_ASCII).equals("NETSCAPE2.0");
                at += 2;
                if (netscape) {
                    loops = (gif[at + 12 + 2] & 0xFF) | (gif[at + 12 + 3] & 0xFF) << 8;
                }
            } else if (gif[at] == 0x2C) {
                frames++;
                int flags = gif[at + 9] & 0xFF;
                at += 10 + ((flags & 0x80) != 0 ? 3 * (1 << ((flags & 7) + 1)) : 0) + 1;
            } else {
                throw new AssertionError("not a GIF block at byte " + at + ": " + gif[at]);
            }
            while (gif[at] != 0) {
                at += (gif[at] & 0xFF) + 1;
            }
            at++;
        }
        return new int[] { frames, loops };
    }

    private static String value(PropertiesView view, String name) {
        return view.rows().stream().filter(r -> r.name().equals(name)).map(PropertiesView.Row::value).findFirst()
                .orElse(null);
    }

    /** The owners of the map's cells as the engine answers now, for the view's zoom and selection. */
    private static long[] engineCells(Simulation simulation, VolumeMapView map) {
        synchronized (simulation) {
            return VolumeMapQuery.of(simulation.module()).cells(map.firstUnit(), map.perCell(), map.cells().length,
                    map.selected());
        }
    }

    private static int indexOf(long[] cells, long owner) {
        for (int i = 0; i < cells.length; i++) {
            if (cells[i] == owner) {
                return i;
            }
        }
        throw new AssertionError("no cell of " + owner);
    }

    /** A pixel inside the cell (not on the gap). */
    private static int[] centre(VolumeMapView map, int cell) {
        return new int[] { (cell % map.columns()) * map.pitch() + map.pitch() / 2 - 1,
                (cell / map.columns()) * map.pitch() + map.pitch() / 2 - 1 };
    }

    /** What the views show at one moment, read once each view caught up with the engine. */
    private record Shown(int rows, long[] cells, List<FreeSpaceQuery.Point> series, List<Long> lanes, int spans,
            String status, List<String> files) {
    }

    private Shown shown(IWorkbenchPage page) throws Exception {
        Simulation simulation = SimulationSession.getDefault().simulation();
        int events = simulation.kernel().trace().events().size();
        ProtocolTraceView trace = (ProtocolTraceView) page.showView(ProtocolTraceView.ID);
        waitUntil("the trace to show " + events + " rows", () -> trace.rowCount() == events);
        VolumeMapView map = (VolumeMapView) page.showView(VolumeMapView.ID);
        waitUntil("the map to show the engine's owners", () -> map.upToDate()
                && java.util.Arrays.equals(map.cells(), engineCells(simulation, map)));
        FreeSpaceView free = (FreeSpaceView) page.showView(FreeSpaceView.ID);
        long reported = simulation.kernel().trace().events().stream().filter(e -> e.freeSpace() != null
                && e.freeSpace().kind() == org.extentlab.kernel.FreeSpace.Kind.VALUE).count();
        waitUntil("the free-space series", () -> free.series().size() == reported + 1);
        TimelineView timeline = (TimelineView) page.showView(TimelineView.ID);
        int spans = TimelineQuery.spans(simulation.kernel().trace()).size();
        waitUntil("the timeline's spans", () -> timeline.spans().size() == spans);
        VolumeNavigatorView navigator = (VolumeNavigatorView) page.showView(VolumeNavigatorView.ID);
        List<String> files = new java.util.ArrayList<>();
        synchronized (simulation) {
            for (FileSystemModule.Entry entry : simulation.module().list(simulation.module().root())) {
                files.add(entry.name() + " " + simulation.module().attributes(entry.item()).size());
            }
        }
        waitUntil("the navigator to list " + files, () -> navigator.listed().containsKey("/") && files.equals(
                navigator.listed().get("/").stream().map(n -> n.name() + " " + n.size()).toList()));
        return new Shown(trace.rowCount(), map.cells().clone(), List.copyOf(free.series()), timeline.lanes(), spans,
                SimulationSession.getDefault().status(), files);
    }

    private static void assertShown(Shown expected, Shown actual, String when) {
        assertEquals(expected.rows(), actual.rows(), when + ": trace rows");
        assertArrayEquals(expected.cells(), actual.cells(), when + ": map cells");
        assertEquals(expected.series(), actual.series(), when + ": free-space series");
        assertEquals(expected.lanes(), actual.lanes(), when + ": timeline lanes");
        assertEquals(expected.spans(), actual.spans(), when + ": timeline spans");
        assertEquals(expected.files(), actual.files(), when + ": the navigator's root");
    }

    @Test
    void steppingThroughAScenarioOnExt4AndBackBringsEveryViewBack() throws Exception {
        Path image = dir.resolve("views-ext4.img");
        run("mke2fs", "-q", "-F", "-t", "ext4", "-b", "1024", image.toString(), "8M");
        openImage(image);
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
        VolumeMapView map = (VolumeMapView) page.showView(VolumeMapView.ID);
        PlatformUI.getWorkbench().getDisplay().syncExec(() -> map.select(VolumeMapQuery.NO_HIGHLIGHT));

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
        assertTrue(deleted.files().stream().noneMatch(f -> f.startsWith("b ")), "the navigator lost /b: " + deleted.files());
        assertTrue(seen.get(7).files().stream().anyMatch(f -> f.startsWith("b ")), "it had /b: " + seen.get(7).files());
        execute(TransportHandler.STEP_BACK, Map.of());
        waitForJobs(SimulationSession.FAMILY);
        assertShown(seen.get(7), shown(page), "the delete undone");

        // Edit > Undo and Redo are the same moves, named after the step each would move over.
        List<String> history = SimulationSession.getDefault().history();
        waitUntil("Edit > Undo to name the seventh step", () -> menuItems("Edit").contains("Undo " + history.get(6)));
        assertTrue(menuItems("Edit").contains("Redo delete /b"), "Redo names the delete: " + menuItems("Edit"));
        org.eclipse.ui.keys.IBindingService bindings = window.getService(org.eclipse.ui.keys.IBindingService.class);
        assertEquals("Ctrl+Z", bindings.getBestActiveBindingFormattedFor(TransportHandler.UNDO));
        execute(TransportHandler.UNDO, Map.of());
        waitForJobs(SimulationSession.FAMILY);
        assertArrayEquals(new int[] { 6, 8 }, SimulationSession.getDefault().position(), "undone one more step");
        assertShown(seen.get(6), shown(page), "Undo went back to step 6");
        execute(TransportHandler.REDO, Map.of());
        waitForJobs(SimulationSession.FAMILY);
        // The last step taken as Play takes it, without a command: the toolbar still follows.
        SimulationSession.getDefault().step(PlatformUI.getWorkbench().getDisplay(), null);
        waitForJobs(SimulationSession.FAMILY);
        assertArrayEquals(new int[] { 8, 8 }, SimulationSession.getDefault().position(), "redone to the delete");
        waitUntil("the toolbar to grey Step and To End, and not Back", () -> List.of(false, false, true)
                .equals(List.of(toolItemEnabled("Step ▶"), toolItemEnabled("To End"), toolItemEnabled("◀ Back"))));
        org.eclipse.ui.commands.ICommandService commands = window.getService(org.eclipse.ui.commands.ICommandService.class);
        assertTrue(!commands.getCommand(TransportHandler.STEP).isEnabled()
                && !commands.getCommand(TransportHandler.REDO).isEnabled()
                && !commands.getCommand(TransportHandler.RUN_TO_END).isEnabled(), "Step, Redo and To End disabled at the end");
        assertTrue(commands.getCommand(TransportHandler.STEP_BACK).isEnabled());
        assertTrue(!commands.getCommand(TransportHandler.PAUSE).isEnabled(), "nothing plays");
        assertTrue(menuItems("Edit").contains("Undo delete /b"), menuItems("Edit").toString());
        assertTrue(menuItems("Edit").contains("Redo (disabled)"), menuItems("Edit").toString());
        SimulationSession.getDefault().stepBack(PlatformUI.getWorkbench().getDisplay(), null);
        waitForJobs(SimulationSession.FAMILY);
        waitUntil("the toolbar to offer Step again", () -> toolItemEnabled("Step ▶") && toolItemEnabled("To End"));
        assertShown(seen.get(7), shown(page), "the delete undone again");

        // Ctrl+Z typed in a text field of the trace's filter bar is the field's: Undo stands aside (the
        // key binding asks the handler as executeCommand does) and the simulation stays at step 7.
        ProtocolTraceView traceView = (ProtocolTraceView) page.showView(ProtocolTraceView.ID);
        org.eclipse.swt.widgets.Text opField = findControl(org.eclipse.swt.widgets.Text.class,
                text -> org.extentlab.internal.ui.Messages.Trace_OperationTip.equals(text.getToolTipText()));
        window.getShell().forceActive();
        waitUntil("the window to be active", () -> display0().getActiveShell() == window.getShell());
        assertTrue(opField.setFocus(), "the operation field takes the keyboard");
        assertEquals(opField, display0().getFocusControl());
        org.junit.jupiter.api.Assertions.assertThrows(org.eclipse.core.commands.NotEnabledException.class,
                () -> execute(TransportHandler.UNDO, Map.of()), "Undo while typing in a field");
        org.junit.jupiter.api.Assertions.assertThrows(org.eclipse.core.commands.NotEnabledException.class,
                () -> execute(TransportHandler.REDO, Map.of()), "Redo while typing in a field");
        waitForJobs(SimulationSession.FAMILY);
        assertArrayEquals(new int[] { 7, 8 }, SimulationSession.getDefault().position(), "the field kept step 7");
        traceView.setFocus();
        assertTrue(display0().getFocusControl() instanceof org.eclipse.swt.widgets.Table, "the trace's table has the keyboard");
        execute(TransportHandler.UNDO, Map.of());
        waitForJobs(SimulationSession.FAMILY);
        assertArrayEquals(new int[] { 6, 8 }, SimulationSession.getDefault().position(), "Undo from the table undid a step");
        execute(TransportHandler.STEP, Map.of());
        waitForJobs(SimulationSession.FAMILY);
        assertShown(seen.get(7), shown(page), "redone after the table's undo");

        List<String> heard = new java.util.concurrent.CopyOnWriteArrayList<>();
        SimulationSession.getDefault().perform("write /missing/x 0 4K", PlatformUI.getWorkbench().getDisplay(),
                heard::add);
        waitForJobs(SimulationSession.FAMILY);
        assertEquals(1, heard.size(), "an operation whose call fails says so: " + heard);
        assertTrue(heard.get(0).contains("ENOENT"), heard.get(0));
        assertTrue(SimulationSession.getDefault().status().contains("failed: open ENOENT"),
                SimulationSession.getDefault().status());

        SimulationSession.getDefault().perform("create /pre", PlatformUI.getWorkbench().getDisplay(), heard::add);
        waitForJobs(SimulationSession.FAMILY);
        SimulationSession.getDefault().perform("preallocate /pre 32K", PlatformUI.getWorkbench().getDisplay(),
                heard::add);
        waitForJobs(SimulationSession.FAMILY);
        assertEquals(1, heard.size(), "both succeeded: " + heard);
        Simulation now = SimulationSession.getDefault().simulation();
        VolumeMapView shownMap = (VolumeMapView) page.showView(VolumeMapView.ID);
        waitUntil("the map to show the preallocation", () -> shownMap.upToDate() && java.util.Arrays.equals(shownMap.cells(),
                engineCells(now, shownMap)));
        boolean[] pale = shownMap.pale();
        synchronized (now) {
            assertArrayEquals(VolumeMapQuery.of(now.module()).unwrittenCells(shownMap.firstUnit(), shownMap.perCell(), pale.length),
                    pale, "the cells drawn pale are the engine's unwritten ones");
        }
        int paleCell = -1;
        for (int i = 0; i < pale.length && paleCell < 0; i++) {
            paleCell = pale[i] ? i : -1;
        }
        assertTrue(paleCell >= 0, "32 KiB preallocated shows");
        long owner = shownMap.cells()[paleCell];
        int rgb = org.extentlab.internal.ui.MapPainter.pale(org.extentlab.internal.ui.MapPainter.colourOf(owner,
                shownMap.selected()));
        RGB expected = new RGB(rgb >>> 16 & 0xFF, rgb >>> 8 & 0xFF, rgb & 0xFF);
        int[] at = centre(shownMap, paleCell);
        waitUntil("the unwritten cell to be drawn pale " + expected, () -> expected.equals(pixel(shownMap.canvas(), at[0], at[1])));

        int[] before = SimulationSession.getDefault().position();
        Path frames = dir.resolve("frames");
        PlatformUI.getWorkbench().getDisplay().syncExec(() -> page.activate(shownMap));
        execute(ExportHandler.EXPORT_RUN, Map.of(ExportHandler.FILE, frames.toString()));
        waitForJobs(ExportHandler.FAMILY);
        waitForJobs(SimulationSession.FAMILY);
        List<Path> written;
        try (var listing = Files.list(frames)) {
            written = listing.sorted().toList();
        }
        assertEquals(before[1] + 1, written.size(), "one frame per step, from the start: " + written);
        assertEquals("frame-0000.png", written.get(0).getFileName().toString());
        ImageData first = new ImageData(written.get(0).toString());
        ImageData last = new ImageData(written.get(written.size() - 1).toString());
        assertEquals(first.width, last.width);
        assertTrue(!java.util.Arrays.equals(first.data, last.data), "the run changes the map");
        assertArrayEquals(before, SimulationSession.getDefault().position(), "back at the step it was at");
        long frameBytes = Files.size(written.get(0));
        List<String> refused = new java.util.concurrent.CopyOnWriteArrayList<>();
        ExportHandler.exportRun(shownMap, frames, PlatformUI.getWorkbench().getDisplay(), refused::add);
        waitForJobs(ExportHandler.FAMILY);
        assertTrue(refused.size() == 1 && refused.get(0).contains("already holds frames"), "refused: " + refused);
        assertEquals(frameBytes, Files.size(written.get(0)), "nothing replaced");
        Path gif = dir.resolve("run.gif");
        execute(ExportHandler.EXPORT_RUN, Map.of(ExportHandler.FILE, gif.toString()));
        waitForJobs(ExportHandler.FAMILY);
        waitForJobs(SimulationSession.FAMILY);
        int[] gifShape = gifFramesAndLoops(Files.readAllBytes(gif));
        assertEquals(before[1] + 1, gifShape[0], "an animated GIF, a frame per step");
        assertEquals(0, gifShape[1], "it loops for ever");
        assertEquals(first.width, new ImageData(gif.toString()).width);
        assertArrayEquals(before, SimulationSession.getDefault().position());

        Path savedImage = dir.resolve("views-ext4-simulated.img");
        execute(ExportHandler.SAVE_IMAGE_AS, Map.of(ExportHandler.FILE, savedImage.toString()));
        waitForJobs(SimulationSession.FAMILY);
        run("e2fsck", "-fn", savedImage.toString());
        assertTrue(run("debugfs", "-R", "ls /", savedImage.toString()).contains("pre"),
                "the saved image holds the file created by the last operations");
        assertArrayEquals(before, SimulationSession.getDefault().position(), "the simulation stays where it was");

        for (String line : List.of("switch keep-stale-mappings on", "create /st", "write /st 0 4K", "truncate /st 0")) {
            SimulationSession.getDefault().perform(line, PlatformUI.getWorkbench().getDisplay(), heard::add);
            waitForJobs(SimulationSession.FAMILY);
        }
        assertEquals(1, heard.size(), "all succeeded: " + heard);
        Simulation latest = SimulationSession.getDefault().simulation();
        waitUntil("the map to show the stale mapping", () -> shownMap.upToDate()
                && java.util.Arrays.equals(shownMap.cells(), engineCells(latest, shownMap)));
        boolean[] stale = shownMap.stale();
        synchronized (latest) {
            assertArrayEquals(VolumeMapQuery.of(latest).staleCells(shownMap.firstUnit(), shownMap.perCell(),
                    stale.length), stale, "the cells framed are the kernel's stale units");
        }
        int staleCell = -1;
        for (int i = 0; i < stale.length && staleCell < 0; i++) {
            staleCell = stale[i] ? i : -1;
        }
        assertTrue(staleCell >= 0, "the 4 KiB /st lost are mapped stale");
        int sx = (staleCell % shownMap.columns()) * shownMap.pitch();
        int sy = (staleCell / shownMap.columns()) * shownMap.pitch();
        waitUntil("the stale cell to be framed in red", () -> new RGB(255, 0, 0).equals(pixel(shownMap.canvas(), sx, sy)));

        for (String line : List.of("mkdir /deep", "mkdir /deep/er", "create /deep/er/x", "write /deep/er/x 0 4K")) {
            SimulationSession.getDefault().perform(line, PlatformUI.getWorkbench().getDisplay(), heard::add);
            waitForJobs(SimulationSession.FAMILY);
        }
        assertEquals(1, heard.size(), "all succeeded: " + heard);
        VolumeNavigatorView navigator = (VolumeNavigatorView) page.showView(VolumeNavigatorView.ID);
        Simulation deepest = SimulationSession.getDefault().simulation();
        long xId;
        synchronized (deepest) {
            FileSystemModule deepModule = deepest.module();
            VolumeItem deep = deepModule.lookupItem("deep", deepModule.root(), null).item();
            VolumeItem er = deepModule.lookupItem("er", deep, null).item();
            xId = deepModule.lookupItem("x", er, null).item().id();
        }
        waitUntil("the map to show /deep/er/x", () -> shownMap.upToDate()
                && java.util.Arrays.equals(shownMap.cells(), engineCells(deepest, shownMap)));
        PlatformUI.getWorkbench().getDisplay().syncExec(() -> {
            page.activate(shownMap);
            shownMap.select(xId);
        });
        waitUntil("the navigator to open /deep and /deep/er and select /deep/er/x", () -> navigator.viewer()
                .getStructuredSelection().getFirstElement() instanceof VolumeNavigatorView.Node node
                && node.path().equals("/deep/er/x"));
        assertTrue(navigator.viewer().getExpandedState(navigator.listed().get("/").stream()
                .filter(n -> n.name().equals("deep")).findFirst().orElseThrow()), "/deep expanded");
    }

    @Test
    void thePreferencesReplayTheRunningSimulationUnderTheirRules() throws Exception {
        SimulationSession session = openFat16("preferences-fat16.img", 4);
        Display display = PlatformUI.getWorkbench().getDisplay();
        List<String> heard = new java.util.concurrent.CopyOnWriteArrayList<>();
        List<String> lines = List.of("create /a", "create /b", "write /a 0 2K", "write /b 0 2K", "write /a 2K 2K",
                "write /b 2K 2K", "write /a 4K 2K", "close /a", "read /a 0 6K");
        for (String line : lines) {
            session.perform(line, display, heard::add);
            waitForJobs(SimulationSession.FAMILY);
        }
        assertEquals(List.of(), heard);
        assertEquals(0, continuations(session.simulation()), "a packer of 64 extents holds /a's three");

        display.syncExec(() -> {
            org.eclipse.jface.preference.PreferenceDialog dialog = org.eclipse.ui.dialogs.PreferencesUtil
                    .createPreferenceDialogOn(window.getShell(), "org.extentlab.ui.preferences.simulation", null, null);
            dialog.create();
            assertTrue(dialog.getSelectedPage() instanceof SimulationPreferencePage, "Window > Preferences > Simulation");
            dialog.close();
        });
        org.eclipse.jface.preference.IPreferenceStore store = SimulationPreferences.store();
        try {
            store.setValue(SimulationPreferences.PACKER_CAPACITY, 1);
            assertNotNull(SimulationPreferences.apply(display, heard::add), "the running simulation is replayed");
            waitForJobs(SimulationSession.FAMILY);
            assertEquals(List.of(), heard);
            assertEquals(1, session.settings().packerCapacity());
            assertArrayEquals(new int[] { lines.size(), lines.size() }, session.position(), "at the same step");
            assertTrue(continuations(session.simulation()) > 0, "one extent per reply: the read continues");
            ProtocolTraceView trace = (ProtocolTraceView) window.getActivePage().showView(ProtocolTraceView.ID);
            int events = session.simulation().kernel().trace().events().size();
            waitUntil("the trace to show the replayed run", () -> trace.rowCount() == events);
        } finally {
            store.setToDefault(SimulationPreferences.PACKER_CAPACITY);
            SimulationPreferences.apply(display, heard::add);
            waitForJobs(SimulationSession.FAMILY);
        }
        assertEquals(0, continuations(session.simulation()), "back to the default packer");
    }

    @Test
    void theMapFlashesEachChangeInThePreferencesColoursAndFaultsAreSteps() throws Exception {
        SimulationSession session = openFat16("appearance-fat16.img", 4);
        Display display = PlatformUI.getWorkbench().getDisplay();
        List<String> heard = new java.util.concurrent.CopyOnWriteArrayList<>();
        IWorkbenchPage page = window.getActivePage();
        VolumeMapView map = (VolumeMapView) page.showView(VolumeMapView.ID);
        java.util.function.Function<String, List<int[]>> step = line -> {
            session.perform(line, display, heard::add);
            waitForJobs(SimulationSession.FAMILY);
            Simulation now = session.simulation();
            waitUntil("the map to show '" + line + "'", () -> map.upToDate()
                    && java.util.Arrays.equals(map.cells(), engineCells(now, map)));
            return map.flashed();
        };
        step.apply("create /a");
        List<int[]> allocated = step.apply("write /a 0 64K");
        assertTrue(!allocated.isEmpty() && allocated.stream().allMatch(f -> f[1] == VolumeMapView.ALLOCATED),
                "64 KiB of new clusters flash as allocated: " + kinds(allocated));
        List<int[]> overwritten = step.apply("write /a 0 4K");
        Simulation simulation = session.simulation();
        int aCell;
        synchronized (simulation) {
            FileSystemModule module = simulation.module();
            long physical = module.currentMapping(module.lookupItem("a", module.root(), null).item()).get(0)[1];
            long unit = (physical - module.unitOffset(0)) / module.allocationUnit();
            aCell = (int) ((unit - map.firstUnit()) / map.perCell());
        }
        assertTrue(overwritten.stream().anyMatch(f -> f[0] == aCell && f[1] == VolumeMapView.WRITTEN),
                "the cluster the kernel wrote flashes as written: " + kinds(overwritten));
        assertTrue(overwritten.stream().allMatch(f -> f[1] == VolumeMapView.WRITTEN), "an overwrite allocates nothing");
        List<int[]> freed = step.apply("truncate /a 0");
        assertTrue(!freed.isEmpty() && freed.stream().allMatch(f -> f[1] == VolumeMapView.FREED),
                "the clusters truncated away flash as freed: " + kinds(freed));
        assertEquals(List.of(), heard);

        display.syncExec(() -> {
            org.eclipse.jface.preference.PreferenceDialog dialog = org.eclipse.ui.dialogs.PreferencesUtil
                    .createPreferenceDialogOn(window.getShell(), "org.extentlab.ui.preferences.appearance", null, null);
            dialog.create();
            assertTrue(dialog.getSelectedPage() instanceof org.extentlab.internal.ui.AppearancePreferencePage,
                    "Window > Preferences > Simulation > Appearance");
            dialog.close();
        });
        org.eclipse.jface.preference.IPreferenceStore store = SimulationPreferences.store();
        RGB chosen = new RGB(250, 200, 120);
        int freeCell = indexOf(map.cells(), FileSystemModule.FREE_UNIT);
        int[] at = centre(map, freeCell);
        try {
            org.eclipse.jface.preference.PreferenceConverter.setValue(store, SimulationPreferences.COLOUR_FREE, chosen);
            assertEquals(chosen, map.colours().free());
            waitUntil("free cells to be drawn in the colour chosen", () -> chosen.equals(pixel(map.canvas(), at[0], at[1])));
        } finally {
            store.setToDefault(SimulationPreferences.COLOUR_FREE);
        }
        waitUntil("free cells back in the default colour", () -> VolumeMapView.rgbOf(FileSystemModule.FREE_UNIT)
                .equals(pixel(map.canvas(), at[0], at[1])));

        // Simulation > Inject Fault...: the dialog's line is a step; the next blockmapFile fails with it.
        int stepsBefore = session.history().size();
        java.util.concurrent.atomic.AtomicReference<String> answered = WorkbenchDriver.handleDialog("Inject Fault",
                shell -> {
                    WorkbenchDriver.press(shell, org.eclipse.jface.dialogs.IDialogConstants.OK_LABEL);
                    return "OK";
                });
        execute(TransportHandler.INJECT_FAULT, Map.of());
        waitForJobs(SimulationSession.FAMILY);
        assertEquals("OK", answered.get());
        assertEquals(stepsBefore + 1, session.history().size());
        assertEquals("fault blockmap EIO", session.history().get(stepsBefore), "the dialog's first choices");
        assertTrue(session.status().contains("fault armed: blockmap EIO"), session.status());
        session.perform("write /a 0 4K", display, heard::add);
        waitForJobs(SimulationSession.FAMILY);
        assertEquals(1, heard.size(), "the write fails: " + heard);
        assertTrue(heard.get(0).contains("EIO"), heard.get(0));
        assertTrue(!session.status().contains("fault armed"), "it struck: " + session.status());
        ProtocolTraceView trace = (ProtocolTraceView) page.showView(ProtocolTraceView.ID);
        trace.setFilter(new TraceFilter(null, null, -1, -1, true));
        List<TraceEvent> events = session.simulation().kernel().trace().events();
        long problems = events.stream().filter(TraceFilter::isProblem).count();
        waitUntil("the trace to show the failures", () -> trace.rowCount() == problems);
        assertTrue(problems >= 2, "the fault and the failed calls: " + problems);
        boolean faultShown = false;
        for (int r = 0; r < problems; r++) {
            String[] row = trace.row(r);
            assertTrue(!row[11].isEmpty() || List.of("stale", "fault", "check").contains(row[2]), String.join(" | ", row));
            faultShown |= row[2].equals("fault") && row[3].equals("blockmapFile");
        }
        assertTrue(faultShown, "the injected fault is a row");
        trace.setFilter(TraceFilter.NONE);
        execute(TransportHandler.STEP_BACK, Map.of());
        waitForJobs(SimulationSession.FAMILY);
        execute(TransportHandler.STEP_BACK, Map.of());
        waitForJobs(SimulationSession.FAMILY);
        assertArrayEquals(new int[] { stepsBefore, stepsBefore + 2 }, session.position(), "the fault undone");
        session.perform("write /a 0 4K", display, heard::add);
        waitForJobs(SimulationSession.FAMILY);
        assertEquals(1, heard.size(), "without the fault the write succeeds: " + heard);
    }

    @Test
    void thePackerFindsEveryOperationOfARandomRunWithoutReadingTheWholeTrace() throws Exception {
        SimulationSession session = openFat16("packer-fat16.img", 2);
        Display display = PlatformUI.getWorkbench().getDisplay();
        List<String> heard = new java.util.concurrent.CopyOnWriteArrayList<>();
        session.perform("packer-capacity 2", display, heard::add);
        waitForJobs(SimulationSession.FAMILY);
        session.perform("random 1500 files 12", display, heard::add);
        waitForJobs(SimulationSession.FAMILY);
        List<TraceEvent> events;
        synchronized (session.simulation()) {
            events = List.copyOf(session.simulation().kernel().trace().events());
        }
        // The whole trace read once: each operation's calls and completion, and the operations that
        // interleave with another (parallel groups), which the bounded scan must not cut short.
        Map<Long, List<TraceEvent>> byOperation = new java.util.HashMap<>();
        for (TraceEvent e : events) {
            if (e.operationId() > 0) {
                byOperation.computeIfAbsent(e.operationId(), k -> new java.util.ArrayList<>()).add(e);
            }
        }
        java.util.Set<Long> interleaved = new java.util.HashSet<>();
        for (List<TraceEvent> own : byOperation.values()) {
            long first = own.get(0).sequence();
            long last = own.get(own.size() - 1).sequence();
            long id = own.get(0).operationId();
            if (events.subList((int) first - 1, (int) last).stream().anyMatch(e -> e.operationId() > 0 && e.operationId() != id)) {
                interleaved.add(id);
            }
        }
        assertTrue(byOperation.size() > 500, "a run of many operations: " + byOperation.size());
        assertTrue(interleaved.size() > 10, "operations of parallel groups interleave: " + interleaved.size());
        assertTrue(events.stream().filter(e -> e.continuation() && e.kind().equals("call")).count() > 20,
                "a packer of two extents makes the kernel ask again");
        int checked = 0;
        for (int i = 0; i < events.size(); i++) {
            long id = events.get(i).operationId();
            if (id <= 0) {
                continue;
            }
            ExtentPackerView.Operation found = ExtentPackerView.find(events, i);
            List<TraceEvent> own = byOperation.get(id);
            List<TraceEvent> requests = own.stream()
                    .filter(e -> e.name().equals("blockmapFile") && e.kind().equals("call")).toList();
            List<TraceEvent> completions = own.stream()
                    .filter(e -> e.name().equals("completeIO") && e.kind().equals("reply")).toList();
            assertEquals(id, found.id());
            assertEquals(requests, found.calls().stream().map(ExtentPackerView.Call::request).toList(),
                    "the blockmapFile calls of operation " + id + ", from event " + (i + 1));
            assertEquals(completions.isEmpty() ? null : completions.get(completions.size() - 1), found.completion(),
                    "the completion of operation " + id);
            checked++;
        }
        assertTrue(checked > 2000, "every event of an operation checked: " + checked);
        assertEquals(-1, ExtentPackerView.find(events, -1).id(), "no operation");

        // In the view: the last blockmapFile reply of an operation of a parallel group, selected in the trace.
        int pick = -1;
        for (int i = events.size() - 1; i >= 0 && pick < 0; i--) {
            TraceEvent e = events.get(i);
            if (interleaved.contains(e.operationId()) && e.name().equals("blockmapFile") && e.kind().equals("reply")) {
                pick = i;
            }
        }
        assertTrue(pick > 0, "a blockmapFile of an interleaved operation");
        IWorkbenchPage page = window.getActivePage();
        ExtentPackerView packer = (ExtentPackerView) page.showView(ExtentPackerView.ID);
        ProtocolTraceView trace = (ProtocolTraceView) page.showView(ProtocolTraceView.ID);
        trace.select(pick);
        long operation = events.get(pick).operationId();
        waitUntil("the packer to show operation " + operation, () -> packer.operation() == operation);
        assertEquals(ExtentPackerView.find(events, pick).calls(), packer.calls());
        assertEquals(List.of(), heard);
    }

    /**
     * The items of the menu bar's menu {@code name} as a person opening it sees them: the text without
     * mnemonics and accelerator, " (disabled)" after an item that cannot be chosen.
     */
    private List<String> menuItems(String name) {
        List<String> items = new java.util.ArrayList<>();
        display0().syncExec(() -> {
            for (org.eclipse.swt.widgets.MenuItem top : window.getShell().getMenuBar().getItems()) {
                if (top.getText().replace("&", "").equals(name)) {
                    org.eclipse.swt.widgets.Menu menu = top.getMenu();
                    menu.notifyListeners(org.eclipse.swt.SWT.Show, new org.eclipse.swt.widgets.Event());
                    for (org.eclipse.swt.widgets.MenuItem item : menu.getItems()) {
                        String text = item.getText().replaceAll("&(?!&)", "").replace("&&", "&");
                        int tab = text.indexOf('\t');
                        text = tab < 0 ? text : text.substring(0, tab);
                        items.add(text + (item.getEnabled() ? "" : " (disabled)"));
                    }
                    menu.notifyListeners(org.eclipse.swt.SWT.Hide, new org.eclipse.swt.widgets.Event());
                }
            }
        });
        return items;
    }

    /** The first control of type {@code type} in the window that {@code test} accepts. */
    private <T extends org.eclipse.swt.widgets.Control> T findControl(Class<T> type, java.util.function.Predicate<T> test) {
        List<T> found = new java.util.ArrayList<>();
        display0().syncExec(() -> {
            java.util.ArrayDeque<org.eclipse.swt.widgets.Control> controls = new java.util.ArrayDeque<>(
                    List.of(window.getShell().getChildren()));
            while (!controls.isEmpty() && found.isEmpty()) {
                org.eclipse.swt.widgets.Control control = controls.pop();
                if (type.isInstance(control) && test.test(type.cast(control))) {
                    found.add(type.cast(control));
                } else if (control instanceof org.eclipse.swt.widgets.Composite composite) {
                    controls.addAll(List.of(composite.getChildren()));
                }
            }
        });
        assertTrue(!found.isEmpty(), "no such " + type.getSimpleName() + " in the window");
        return found.get(0);
    }

    /** Whether the main toolbar's item {@code text} can be pressed. */
    private boolean toolItemEnabled(String text) {
        boolean[] found = new boolean[2];
        display0().syncExec(() -> {
            java.util.ArrayDeque<org.eclipse.swt.widgets.Control> controls = new java.util.ArrayDeque<>(
                    List.of(window.getShell().getChildren()));
            while (!controls.isEmpty()) {
                org.eclipse.swt.widgets.Control control = controls.pop();
                if (control instanceof org.eclipse.swt.widgets.ToolBar bar) {
                    for (org.eclipse.swt.widgets.ToolItem item : bar.getItems()) {
                        if (item.getText().equals(text)) {
                            found[0] = true;
                            found[1] = item.getEnabled();
                        }
                    }
                } else if (control instanceof org.eclipse.swt.widgets.Composite composite) {
                    controls.addAll(List.of(composite.getChildren()));
                }
            }
        });
        assertTrue(found[0], "the toolbar has " + text);
        return found[1];
    }

    /**
     * A new 16 MiB FAT16 image with {@code sectorsPerCluster} sectors a cluster, opened as File > Open
     * does; the session, once it simulates the image.
     */
    private SimulationSession openFat16(String name, int sectorsPerCluster) throws Exception {
        Path image = dir.resolve(name);
        run("mkfs.fat", "-C", "-F", "16", "-s", Integer.toString(sectorsPerCluster), image.toString(), "16384");
        openImage(image);
        SimulationSession session = SimulationSession.getDefault();
        waitUntil("the simulation to start", () -> session.simulation() != null);
        return session;
    }

    private static Display display0() {
        return PlatformUI.getWorkbench().getDisplay();
    }

    private static String kinds(List<int[]> flashes) {
        return flashes.stream().map(f -> f[0] + ":" + f[1]).toList().toString();
    }

    private static long continuations(Simulation simulation) {
        synchronized (simulation) {
            return simulation.kernel().trace().events().stream()
                    .filter(e -> e.continuation() && e.kind().equals("call")).count();
        }
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
