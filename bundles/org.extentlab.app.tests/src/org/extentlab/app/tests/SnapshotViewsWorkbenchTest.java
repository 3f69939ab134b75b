package org.extentlab.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;
import org.extentlab.internal.ui.BlockHexView;
import org.extentlab.internal.ui.ExtentPackerView;
import org.extentlab.internal.ui.FreeSpaceView;
import org.extentlab.internal.ui.PropertiesView;
import org.extentlab.internal.ui.ProtocolTraceView;
import org.extentlab.internal.ui.TimelineView;
import org.extentlab.internal.ui.VolumeMapView;
import org.extentlab.internal.ui.VolumeNavigatorView;
import org.extentlab.kernel.sim.Simulation;
import org.extentlab.ui.SimulationSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Snapshots, not locks: with another thread holding the simulation's monitor the whole time (as an
 * engine step would), every view still refreshes, and the navigator, Properties and Block Hex still
 * get their answers. A view that locked or walked the engine on the UI thread would hang here until
 * the holder lets go, and the test says so.
 */
class SnapshotViewsWorkbenchTest extends WindowTest {
    @TempDir
    Path dir;

    @Test
    void theViewsRefreshAndAnswerWhileTheEngineIsHeld() throws Exception {
        Path image = WorkbenchDriver.fat16WithAFile(dir);
        WorkbenchDriver.perform(image, "create /f.bin", "write /f.bin 0 20K fill 0x41");
        IWorkbenchPage page = window.getActivePage();
        VolumeMapView map = (VolumeMapView) page.showView(VolumeMapView.ID);
        VolumeNavigatorView navigator = (VolumeNavigatorView) page.showView(VolumeNavigatorView.ID);
        ProtocolTraceView trace = (ProtocolTraceView) page.showView(ProtocolTraceView.ID);
        ExtentPackerView packer = (ExtentPackerView) page.showView(ExtentPackerView.ID);
        TimelineView timeline = (TimelineView) page.showView(TimelineView.ID);
        FreeSpaceView free = (FreeSpaceView) page.showView(FreeSpaceView.ID);
        PropertiesView properties = (PropertiesView) page.showView(PropertiesView.ID);
        BlockHexView hex = (BlockHexView) page.showView(BlockHexView.ID);
        WorkbenchDriver.settle();
        WorkbenchDriver.waitUntil("the navigator lists the root", () -> navigator.upToDate()
                && navigator.listed().containsKey("/"));
        VolumeNavigatorView.Node file = navigator.listed().get("/").stream().filter(n -> n.name().equals("f.bin"))
                .findFirst().orElseThrow();

        SimulationSession session = SimulationSession.getDefault();
        Simulation simulation = session.simulation();
        CountDownLatch held = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Thread holder = new Thread(() -> {
            synchronized (simulation) {
                held.countDown();
                try {
                    release.await(20, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }, "holds the simulation");
        holder.start();
        assertTrue(held.await(10, TimeUnit.SECONDS));
        try {
            long start = System.nanoTime();
            // Every view refreshes (Back to the Present tells them all), then the selections ask questions.
            session.present(Display.getCurrent());
            page.activate(navigator);
            navigator.viewer().setSelection(new StructuredSelection(file), true);
            hex.show(file.extents() > 0 ? 3 : 0);
            WorkbenchDriver.waitUntil("Properties to show f.bin", () -> properties.rows().stream()
                    .anyMatch(r -> r.name().equals("Path") && r.value().equals("/f.bin")));
            WorkbenchDriver.waitUntil("Block Hex to show its unit", () -> hex.statusText().startsWith("Unit 3"));
            long took = (System.nanoTime() - start) / 1_000_000;
            assertTrue(took < 15_000, "answered in " + took + " ms with the monitor held (held for up to 20 s)");
            assertTrue(properties.rows().stream().anyMatch(r -> r.name().equals("Size") && r.value().startsWith("20480")),
                    "the size, read in a job: " + properties.rows());
            assertEquals(3, hex.unit());
            for (var view : new org.extentlab.internal.ui.SessionView[] { map, navigator, trace, packer, timeline, free }) {
                assertTrue(!view.statusText().contains("running"), view.getPartName() + ": " + view.statusText());
            }
        } finally {
            release.countDown();
            holder.join();
        }
    }
}
