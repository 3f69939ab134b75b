package org.extentlab.app.tests;

import static org.extentlab.app.tests.WorkbenchDriver.execute;
import static org.extentlab.app.tests.WorkbenchDriver.handleDialog;
import static org.extentlab.app.tests.WorkbenchDriver.openImage;
import static org.extentlab.app.tests.WorkbenchDriver.press;
import static org.extentlab.app.tests.WorkbenchDriver.waitForJobs;
import static org.extentlab.app.tests.WorkbenchDriver.waitUntil;
import static org.extentlab.images.tests.ExternalTools.run;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.extentlab.images.tests.ExfatPopulator;
import org.extentlab.internal.app.ImageOpener;
import org.extentlab.internal.ui.ProtocolTraceView;
import org.extentlab.internal.ui.RunScenarioHandler;
import org.extentlab.internal.ui.TraceFilter;
import org.extentlab.internal.ui.VolumeNavigatorView;
import org.extentlab.kernel.FileSystemModule;
import org.extentlab.kernel.sim.Simulation;
import org.extentlab.ui.SimulationSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The window on images students bring: compressed images of each format open as the same volume, the
 * files already on them read with no finding, the navigator's Write... writes chosen bytes, and a read
 * that differs from the file (the stale-mapping lesson) is a finding in the status line and the trace.
 */
class RealImagesWorkbenchTest {

    @TempDir
    Path dir;

    private IWorkbenchWindow window;

    @BeforeEach
    void findWindow() {
        window = WorkbenchDriver.settledWindow();
    }

    private void perform(String line) {
        SimulationSession.getDefault().perform(line, window.getShell().getDisplay(), null);
        waitForJobs(SimulationSession.FAMILY);
    }

    @Test
    void compressedImagesOfEachFormatOpenAndTheirFilesReadAsTheyAre() throws Exception {
        byte[] notes = "notes already on the image\n".repeat(300).getBytes(StandardCharsets.US_ASCII);
        Path tree = dir.resolve("tree");
        Files.createDirectories(tree);
        Files.write(tree.resolve("notes.txt"), notes);

        Path ext4 = dir.resolve("course-ext4.img");
        run("mke2fs", "-q", "-F", "-t", "ext4", "-d", tree.toString(), ext4.toString(), "8M");
        Path fat = dir.resolve("course-fat16.img");
        run("mkfs.fat", "-C", "-F", "16", fat.toString(), "16384");
        run("mcopy", "-i", fat.toString(), tree.resolve("notes.txt").toString(), "::/notes.txt");
        Path exfat = dir.resolve("course-exfat.img");
        try (RandomAccessFile raf = new RandomAccessFile(exfat.toFile(), "rw")) {
            raf.setLength(16L << 20);
        }
        run("mkfs.exfat", exfat.toString());
        try (ExfatPopulator populator = new ExfatPopulator(exfat)) {
            populator.file(populator.rootCluster(), "notes.txt", notes, notes.length, true);
        }
        for (Object[] each : new Object[][] { { ext4, "gzip", ".gz", "ext4" }, { fat, "xz", ".xz", "FAT16" },
                { exfat, "gzip", ".gz", "exFAT" } }) {
            Path image = (Path) each[0];
            Path compressed = dir.resolve(image.getFileName() + (String) each[2]);
            run("sh", "-c", each[1] + " -c '" + image + "' > '" + compressed + "'");

            openImage(compressed);

            String name = compressed.getFileName().toString();
            waitUntil("the title to name " + name, () -> window.getShell().getText().contains(name));
            Simulation simulation = SimulationSession.getDefault().simulation();
            assertNotNull(simulation, name + " is simulated");
            assertEquals(each[3], simulation.module().formatName(), name);
            perform("read /notes.txt 0 " + notes.length);
            assertEquals(List.of(), SimulationSession.getDefault().problems(), name + ": no finding reading notes.txt");
            java.util.zip.CRC32 crc = new java.util.zip.CRC32();
            crc.update(notes);
            String returned = simulation.kernel().trace().events().stream()
                    .filter(e -> e.kind().equals("data") && e.name().equals("read")).map(e -> e.detail())
                    .reduce((a, b) -> b).orElse("");
            assertEquals(String.format("crc32 %08x", crc.getValue()), returned, name + ": the read returned the file's bytes");
            assertTrue(!SimulationSession.getDefault().status().contains("finding"), SimulationSession.getDefault().status());
        }
    }

    @Test
    void aSessionOnACompressedImageNamesTheCompressedFileAndReopens() throws Exception {
        Path image = dir.resolve("session-fat16.img");
        run("mkfs.fat", "-C", "-F", "16", image.toString(), "16384");
        Path compressed = dir.resolve("session-fat16.img.xz");
        run("sh", "-c", "xz -c '" + image + "' > '" + compressed + "'");
        openImage(compressed);
        perform("create /a\nwrite /a 0 5000 text \"session\"");
        SimulationSession session = SimulationSession.getDefault();
        assertEquals(compressed.toAbsolutePath(), session.image(), "the session names the file the user opened");
        assertTrue(!session.simulatedImage().equals(session.image()), "it reads the decompressed copy");
        Path saved = dir.resolve("compressed.extentlab");
        execute(org.extentlab.internal.app.SessionHandler.SAVE,
                Map.of(org.extentlab.internal.app.SessionHandler.FILE, saved.toString()));
        waitForJobs(org.extentlab.internal.app.SessionHandler.FAMILY);
        String xmi = Files.readString(saved);
        assertTrue(xmi.contains(compressed.getFileName().toString()), xmi);
        assertTrue(xmi.contains(org.extentlab.images.CompressedImages.sha256(compressed,
                new org.eclipse.core.runtime.NullProgressMonitor())), "the compressed file's checksum");
        perform("delete /a");
        execute(org.extentlab.internal.app.SessionHandler.OPEN,
                Map.of(org.extentlab.internal.app.SessionHandler.FILE, saved.toString()));
        waitForJobs(org.extentlab.internal.app.SessionHandler.FAMILY);
        waitForJobs(ImageOpener.FAMILY);
        waitForJobs(SimulationSession.FAMILY);
        waitUntil("the session to be restored", () -> session.history().size() == 2);
        assertEquals(List.of("create /a", "write /a 0 5000 text session"), session.history());
    }

    @Test
    void anInjectedBlockmapErrorReachesTheStatusLineAsItself() throws Exception {
        Path image = dir.resolve("fault-fat16.img");
        run("mkfs.fat", "-C", "-F", "16", "-s", "4", image.toString(), "16384");
        openImage(image);
        // The kernel maps [0, 2048) after the first write; the second needs a blockmap for the rest, which fails.
        java.util.concurrent.atomic.AtomicReference<String> heard = new java.util.concurrent.atomic.AtomicReference<>();
        SimulationSession.getDefault().perform("create /a\nwrite /a 0 2048\nfault blockmap EIO\nwrite /a 1024 3072",
                window.getShell().getDisplay(), heard::set);
        waitForJobs(SimulationSession.FAMILY);
        String status = SimulationSession.getDefault().status();
        assertTrue(status.contains("EIO") && !status.contains("EINVAL"), status);
        assertNotNull(heard.get(), "the failed call is reported");
        assertTrue(heard.get().contains("EIO") && !heard.get().contains("EINVAL"), heard.get());
        assertTrue(SimulationSession.getDefault().simulation().kernel().trace().events().stream()
                .noneMatch(e -> e.error() == org.extentlab.kernel.Errno.EINVAL), "no follow-on EINVAL in the trace");
    }

    /** The navigator's context menu item {@code text}, as a right-click on the selected row shows it. */
    private static MenuItem menuItem(VolumeNavigatorView navigator, String text) {
        Menu menu = navigator.viewer().getTree().getMenu();
        menu.notifyListeners(SWT.Show, new Event());
        for (MenuItem item : menu.getItems()) {
            if (item.getText().replace("&", "").equals(text)) {
                return item;
            }
        }
        throw new AssertionError("no " + text + " in " + Arrays.stream(menu.getItems()).map(MenuItem::getText).toList());
    }

    private static void collect(Control control, Class<?> type, List<Control> into) {
        if (type.isInstance(control)) {
            into.add(control);
        }
        if (control instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                collect(child, type, into);
            }
        }
    }

    @Test
    void theNavigatorsWriteDialogWritesChosenBytesWhereBlockHexShowsThem() throws Exception {
        Path image = dir.resolve("write-fat16.img");
        run("mkfs.fat", "-C", "-F", "16", image.toString(), "16384");
        openImage(image);
        perform("create /chosen.txt");
        IWorkbenchPage page = window.getActivePage();
        VolumeNavigatorView navigator = (VolumeNavigatorView) page.showView(VolumeNavigatorView.ID);
        waitUntil("the navigator to list /chosen.txt", () -> navigator.listed().containsKey("/")
                && navigator.listed().get("/").stream().anyMatch(n -> n.name().equalsIgnoreCase("chosen.txt")));
        VolumeNavigatorView.Node node = navigator.listed().get("/").stream()
                .filter(n -> n.name().equalsIgnoreCase("chosen.txt")).findFirst().orElseThrow();
        navigator.viewer().setSelection(new org.eclipse.jface.viewers.StructuredSelection(node), true);

        var answered = handleDialog("Write", shell -> {
            List<Control> buttons = new java.util.ArrayList<>();
            collect(shell, Button.class, buttons);
            List<Control> texts = new java.util.ArrayList<>();
            collect(shell, Text.class, texts);
            ((Text) texts.get(1)).setText("3000"); // the length
            for (Control each : buttons) {
                Button button = (Button) each;
                if ((button.getStyle() & SWT.RADIO) != 0) {
                    button.setSelection(button.getText().startsWith("One byte"));
                    button.notifyListeners(SWT.Selection, new Event());
                }
            }
            ((Text) texts.get(2)).setText("0x41");
            press(shell, "OK");
            return "written";
        });
        menuItem(navigator, "Write...").notifyListeners(SWT.Selection, new Event());
        waitUntil("the Write dialog to be answered", () -> answered.get() != null);
        waitForJobs(SimulationSession.FAMILY);

        List<String> history = SimulationSession.getDefault().history();
        assertEquals("write /chosen.txt 0 3000 fill 0x41", history.get(history.size() - 1));
        Simulation simulation = SimulationSession.getDefault().simulation();
        FileSystemModule module = simulation.module();
        long[] run = module.currentMapping(module.item(node.id())).get(0);
        int length = (int) Math.min(3000, run[2]);
        byte[] onDevice = simulation.overlay().read(module.volumeStart() + run[1], length);
        byte[] expected = new byte[length];
        Arrays.fill(expected, (byte) 'A');
        assertArrayEquals(expected, onDevice, "the device holds bytes 0x41 where the file lies");
        assertEquals(List.of(), SimulationSession.getDefault().problems());
    }

    @Test
    void aReadThatDiffersIsAFindingInTheStatusLineAndTheTrace() throws Exception {
        Path image = dir.resolve("stale-fat16.img");
        run("mkfs.fat", "-C", "-F", "16", image.toString(), "16384");
        openImage(image);
        Path lesson = Path.of("../org.extentlab.doc/lessons/15-museum-stale-mappings.txt").toAbsolutePath().normalize();
        execute(RunScenarioHandler.COMMAND_ID, Map.of(RunScenarioHandler.SCRIPT_PARAMETER, lesson.toString()));
        waitForJobs(SimulationSession.FAMILY);

        List<String> problems = SimulationSession.getDefault().problems();
        assertTrue(problems.stream().anyMatch(p -> p.contains("/b: read at 0")), problems.toString());
        String status = SimulationSession.getDefault().status();
        assertTrue(status.contains("finding(s), the last:") && status.contains("/b: read at 0"), status);
        ProtocolTraceView trace = (ProtocolTraceView) window.getActivePage().showView(ProtocolTraceView.ID);
        trace.setFilter(new TraceFilter(null, null, -1, -1, true));
        waitUntil("the trace to list the failures and findings", () -> trace.rowCount() > 0);
        boolean found = false;
        for (int i = 0; i < trace.rowCount(); i++) {
            found |= String.join(" | ", trace.row(i)).contains("/b: read at 0");
        }
        assertTrue(found, "a finding row names the read of /b");
        trace.setFilter(TraceFilter.NONE);
    }
}
