package org.extentlab.app.tests;

import static org.extentlab.app.tests.WorkbenchDriver.execute;
import static org.extentlab.app.tests.WorkbenchDriver.waitForJobs;
import static org.extentlab.app.tests.WorkbenchDriver.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Control;
import org.extentlab.internal.ui.Legend;
import org.extentlab.internal.ui.MapPainter;
import org.extentlab.internal.ui.Presentation;
import org.extentlab.internal.ui.TimelineView;
import org.extentlab.internal.ui.VolumeMapView;
import org.extentlab.internal.ui.ZoomHandler;
import org.extentlab.ui.SimulationSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Presentation mode for a lecture hall: View > Zoom In makes every view's font taller in pixels and the
 * map's cells larger, Actual Size brings both back; the legends under the Volume Map and the I/O
 * Timeline show the very colours the views draw; the owners' palette keeps consecutive files apart also
 * for readers with deuteranopia or protanopia.
 */
class PresentationWorkbenchTest extends WindowTest {


    @AfterEach
    void actualSize() throws Exception {
        execute(ZoomHandler.ACTUAL_SIZE, Map.of());
    }


    private static int pixelHeight(Control control) {
        GC gc = new GC(control);
        try {
            gc.setFont(control.getFont());
            return gc.getFontMetrics().getHeight();
        } finally {
            gc.dispose();
        }
    }

    @Test
    void zoomScalesEveryViewsFontAndTheMapsCells() throws Exception {
        WorkbenchDriver.openSample(window);
        VolumeMapView map = (VolumeMapView) window.getActivePage().showView(VolumeMapView.ID);
        map.zoomToFit();
        WorkbenchDriver.settle();
        int before = pixelHeight(window.getShell());
        int cellsBefore = map.pitch();
        List<String> labels = WorkbenchDriver.labelTexts(window.getShell());
        assertTrue(!labels.isEmpty());
        execute(ZoomHandler.ZOOM_IN, Map.of());
        execute(ZoomHandler.ZOOM_IN, Map.of());
        WorkbenchDriver.settle();
        assertEquals(2, Presentation.level());
        int after = pixelHeight(window.getShell());
        List<String> zoomedLabels = WorkbenchDriver.labelTexts(window.getShell());
        assertEquals(labels.size(), zoomedLabels.size(), "the same labels, larger");
        assertTrue(after > before, "the font grew: " + before + " -> " + after + " px");
        assertTrue(map.pitch() > cellsBefore, "the map's cells grew: " + cellsBefore + " -> " + map.pitch() + " px");
        execute(ZoomHandler.ACTUAL_SIZE, Map.of());
        WorkbenchDriver.settle();
        assertEquals(before, pixelHeight(window.getShell()), "Actual Size gives the font back");
        assertEquals(cellsBefore, map.pitch());
        execute(ZoomHandler.ZOOM_OUT, Map.of());
        WorkbenchDriver.settle();
        assertTrue(pixelHeight(window.getShell()) <= before && map.pitch() < cellsBefore, "Zoom Out goes smaller");
    }

    @Test
    void theLegendsShowTheColoursTheViewsDraw() throws Exception {
        WorkbenchDriver.openSample(window);
        VolumeMapView map = (VolumeMapView) window.getActivePage().showView(VolumeMapView.ID);
        map.zoomToFit();
        WorkbenchDriver.settle();
        List<Legend.Entry> entries = map.legend().entries();
        assertEquals(map.colours().free(), entries.get(0).colour());
        assertEquals(map.colours().metadata(), entries.get(1).colour());
        assertEquals(MapPainter.rgbOf(1, map.colours()), entries.get(2).colour());
        assertEquals(map.colours().stale(), entries.stream().filter(e -> e.swatch() == Legend.Swatch.FRAME)
                .findFirst().orElseThrow().colour());
        // The map as drawn holds the legend's free and metadata colours (the sample has both).
        ImageData drawn = map.capture();
        for (RGB wanted : new RGB[] { entries.get(0).colour(), entries.get(1).colour() }) {
            boolean seen = false;
            for (int y = 0; y < drawn.height && !seen; y += 2) {
                for (int x = 0; x < drawn.width && !seen; x += 2) {
                    seen = drawn.palette.getRGB(drawn.getPixel(x, y)).equals(wanted);
                }
            }
            assertTrue(seen, "the map draws the legend's " + wanted);
        }
        TimelineView timeline = (TimelineView) window.getActivePage().showView(TimelineView.ID);
        WorkbenchDriver.settle();
        assertEquals(TimelineView.legendEntries(), timeline.legend().entries());
    }

    @Test
    void everyKindCallAndSpanOfALessonHasItsSentence() throws Exception {
        WorkbenchDriver.openSample(window);
        java.nio.file.Path lesson = java.nio.file.Path.of("../org.extentlab.doc/lessons/02-continuations.txt")
                .toAbsolutePath().normalize();
        SimulationSession.getDefault().run(lesson, display, null);
        WorkbenchDriver.settle();
        List<org.extentlab.kernel.sim.TraceEvent> events = SimulationSession.getDefault().simulation().kernel().trace()
                .events();
        assertTrue(events.size() > 100);
        for (org.extentlab.kernel.sim.TraceEvent event : events) {
            assertTrue(org.extentlab.internal.ui.Glossary.kind(event.kind()) != null, "kind " + event.kind());
            if (event.kind().equals("call") || event.kind().equals("reply")) {
                assertTrue(org.extentlab.internal.ui.Glossary.call(event.name()) != null, "call " + event.name());
            }
            for (int column : new int[] { 2, 3, 6, 10, 12 }) {
                String tip = org.extentlab.internal.ui.Glossary.traceCell(event, column);
                assertTrue(column == 3 && !(event.kind().equals("call") || event.kind().equals("reply"))
                        || tip != null && tip.endsWith("."), "column " + column + " of " + event);
            }
        }
        for (var span : SimulationSession.getDefault().snapshot().spans()) {
            assertTrue(TimelineView.spanTip(span).contains("simulated time"), TimelineView.spanTip(span));
        }
        for (String type : new String[] { "data", "zeroFill", "readOnly", "" }) {
            assertTrue(org.extentlab.internal.ui.Glossary.slot(type).endsWith("."));
        }
    }

    @Test
    void consecutiveFilesNeverLookAlikeAlsoToColourBlindReaders() {
        double[][] deuteranopia = { { 0.367322, 0.860646, -0.227968 }, { 0.280085, 0.672501, 0.047413 },
                { -0.011820, 0.042940, 0.968881 } };
        double[][] protanopia = { { 0.152286, 1.052583, -0.204868 }, { 0.114503, 0.786281, 0.099216 },
                { -0.003882, -0.048116, 1.051998 } };
        double worst = Double.MAX_VALUE;
        for (long owner = 1; owner <= 200; owner++) {
            RGB a = MapPainter.rgbOf(owner);
            RGB b = MapPainter.rgbOf(owner + 1);
            worst = Math.min(worst, distance(a, b, null));
            worst = Math.min(worst, distance(a, b, deuteranopia));
            worst = Math.min(worst, distance(a, b, protanopia));
        }
        assertTrue(worst > 60, "consecutive owners stay apart (RGB distance, simulated too): " + worst);
        for (long owner = 1; owner <= MapPainter.paletteSize(); owner++) {
            RGB colour = MapPainter.rgbOf(owner);
            for (RGB fixed : new RGB[] { MapPainter.rgbOf(0), MapPainter.rgbOf(-1), VolumeMapView.SELECTED }) {
                assertTrue(distance(colour, fixed, null) > 40 && distance(colour, fixed, deuteranopia) > 40,
                        colour + " stays apart from " + fixed);
            }
        }
    }

    private static double distance(RGB a, RGB b, double[][] vision) {
        double[] x = seen(a, vision);
        double[] y = seen(b, vision);
        return Math.sqrt(Math.pow(x[0] - y[0], 2) + Math.pow(x[1] - y[1], 2) + Math.pow(x[2] - y[2], 2));
    }

    private static double[] seen(RGB c, double[][] m) {
        double[] v = { c.red, c.green, c.blue };
        if (m == null) {
            return v;
        }
        return new double[] { m[0][0] * v[0] + m[0][1] * v[1] + m[0][2] * v[2], m[1][0] * v[0] + m[1][1] * v[1] + m[1][2] * v[2],
                m[2][0] * v[0] + m[2][1] * v[1] + m[2][2] * v[2] };
    }
}
