package org.extentlab.app.tests;

import static org.extentlab.app.tests.WorkbenchDriver.answerDialog;
import static org.extentlab.app.tests.WorkbenchDriver.handleDialog;
import static org.extentlab.app.tests.WorkbenchDriver.press;
import static org.extentlab.app.tests.WorkbenchDriver.labelTexts;
import static org.extentlab.app.tests.WorkbenchDriver.waitForJobs;
import static org.extentlab.app.tests.WorkbenchDriver.waitUntil;
import static org.extentlab.images.tests.ExternalTools.field;
import static org.extentlab.images.tests.ExternalTools.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;
import org.extentlab.internal.app.ExtentLabPerspective;
import org.extentlab.internal.app.ImageOpener;
import org.extentlab.internal.app.ImageSummaryView;
import org.extentlab.internal.app.OpenDiskImageHandler;
import org.extentlab.internal.app.PartitionDialog;
import org.extentlab.images.tests.PartitionedImages;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.FrameworkUtil;

/**
 * The Extent Lab workbench as a user meets it, in the real application under Xvfb: perspective,
 * File > Open Disk Image on images made by mkfs in this run, window title, status line, the Disk Image
 * view, a refused format, a missing file, Help > About.
 */
class ExtentLabWorkbenchTest {

    @TempDir
    Path dir;

    private IWorkbenchWindow window;
    private Shell shell;

    @BeforeEach
    void findWindow() {
        window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        assertNotNull(window, "the workbench has a window");
        shell = window.getShell();
        waitForJobs(ImageOpener.FAMILY);
    }

    @Test
    void startsInTheExtentLabPerspectiveWithTheDiskImageView() {
        assertEquals(ExtentLabPerspective.ID, window.getActivePage().getPerspective().getId());
        assertTrue(shell.getText().startsWith("Extent Lab"), shell.getText());
        assertNotNull(window.getActivePage().findView(ImageSummaryView.ID), "the Disk Image view is open");
    }

    @Test
    void openSampleImageOpensTheBundledExt4Volume() throws Exception {
        ICommandService commands = window.getService(ICommandService.class);
        IHandlerService handlers = window.getService(IHandlerService.class);

        handlers.executeCommand(ParameterizedCommand.generateCommand(
                commands.getCommand("org.extentlab.app.commands.openSample"), Map.of()), null);
        waitForJobs(ImageOpener.FAMILY);

        assertEquals("Extent Lab \u2014 sample-ext4.img", shell.getText());
        assertEquals("sample-ext4.img: ext4, 4 MiB, 4096 \u00d7 1 KiB blocks, label \"extentlab-sample\"",
                statusLine("sample-ext4.img"));
        Map<String, String> rows = summaryRows();
        assertEquals("extentlab-sample", rows.get("Label"));
        assertEquals("8", rows.get("Regular files"), "README.txt and the seven files under lessons/");
        assertEquals("none found", rows.get("Problems"));
    }

    @Test
    void openDiskImageShowsTheImageInTitleStatusLineAndView() throws Exception {
        Path image = dir.resolve("class-fat16.img");
        run("mkfs.fat", "-C", "-F", "16", "-n", "LESSON", image.toString(), "20000");
        String fsstat = run("fsstat", image.toString());
        String clusters = Long.toString(Long.parseLong(field(fsstat, "^Total Cluster Range:\\s+2 - (\\d+)")) - 1);

        openImage(image);

        assertEquals("Extent Lab \u2014 class-fat16.img", shell.getText());
        String status = statusLine("class-fat16.img");
        assertTrue(status.startsWith("class-fat16.img: FAT16, 19.5 MiB, " + clusters + " \u00d7 2 KiB clusters"),
                status);
        assertTrue(status.contains("label \"LESSON\""), status);
        Map<String, String> rows = summaryRows();
        assertEquals("FAT16", rows.get("Format"));
        assertEquals(clusters, rows.get("Allocation units"));
        assertEquals("19.5 MiB (20,480,000 bytes)", rows.get("Size"));
        assertEquals(image.toString(), rows.get("Image"));
        assertEquals("0", rows.get("Regular files"));
        assertTrue(rows.get("Free space").startsWith(clusters + " allocation units"), rows.get("Free space"));
    }

    @Test
    void anUnpartitionedImageOfThousandsOfFilesOpensWithoutAPartitionNamed() throws Exception {
        Path tree = dir.resolve("tree");
        Path folder = Files.createDirectories(tree.resolve("many"));
        for (int i = 0; i < 3000; i++) {
            Files.createFile(folder.resolve(String.format("f%05d", i)));
        }
        Path image = dir.resolve("many-files-ext4.img");
        run("mke2fs", "-q", "-F", "-t", "ext4", "-N", "4096", "-d", tree.toString(), image.toString(), "16M");

        // As File > Open Disk Image and the command line do: no partition named.
        WorkbenchDriver.execute("org.extentlab.app.commands.openImage",
                Map.of(org.extentlab.internal.app.OpenDiskImageHandler.PATH_PARAMETER, image.toString()));
        waitForJobs(org.extentlab.internal.app.ImageOpener.FAMILY);
        // This image's simulation, not one an earlier test left running.
        waitUntil("the simulation to start", () -> org.extentlab.ui.SimulationSession.getDefault().simulation() != null
                && window.getShell().getText().contains("many-files-ext4.img"));
        WorkbenchDriver.settle();

        Map<String, String> rows = summaryRows();
        assertEquals(null, rows.get("Error"), "read whole, not reported as cancelled: " + rows);
        assertEquals("3000", rows.get("Regular files"));

        // The navigator reads the folder in a job and shows it a page at a time.
        org.extentlab.internal.ui.VolumeNavigatorView navigator = (org.extentlab.internal.ui.VolumeNavigatorView) window
                .getActivePage().showView(org.extentlab.internal.ui.VolumeNavigatorView.ID);
        waitUntil("the root to be read", () -> navigator.upToDate() && navigator.listed().containsKey("/"));
        org.extentlab.internal.ui.VolumeNavigatorView.Node many = navigator.listed().get("/").stream()
                .filter(n -> n.name().equals("many")).findFirst().orElseThrow();
        navigator.viewer().setExpandedState(many, true);
        waitUntil("/many to be read", () -> navigator.upToDate() && navigator.listed().containsKey("/many"));
        assertEquals(3000, navigator.listed().get("/many").size());
        assertEquals("f00000", navigator.listed().get("/many").get(0).name());
        org.eclipse.swt.widgets.TreeItem manyRow = java.util.Arrays.stream(navigator.viewer().getTree().getItems())
                .filter(i -> i.getText(0).equals("many")).findFirst().orElseThrow();
        waitUntil("a page of rows", () -> manyRow.getItemCount() == 251);
        assertEquals("... 2,750 more: double-click to list 250", manyRow.getItem(250).getText(0));
        assertEquals("", manyRow.getItem(250).getText(1), "the row is no item: no size");
        navigator.showMore("/many");
        waitUntil("a second page", () -> manyRow.getItemCount() == 501);
        assertEquals("f00250", manyRow.getItem(250).getText(0));
        assertEquals("f00499", manyRow.getItem(499).getText(0));
        assertEquals("... 2,500 more: double-click to list 250", manyRow.getItem(500).getText(0));
        long far = navigator.listed().get("/many").get(2500).id();
        org.extentlab.internal.ui.VolumeMapView map = (org.extentlab.internal.ui.VolumeMapView) window.getActivePage()
                .showView(org.extentlab.internal.ui.VolumeMapView.ID);
        window.getActivePage().activate(map);
        map.select(far);
        waitUntil("the navigator to show and select /many/f02500, picked on the map", () -> navigator.viewer()
                .getStructuredSelection().getFirstElement() instanceof org.extentlab.internal.ui.VolumeNavigatorView.Node n
                && n.name().equals("f02500"));
        assertEquals(2751, manyRow.getItemCount(), "the pages up to it are listed");
    }

    @Test
    void openingAnExt4ImageAfterAnotherReplacesIt() throws Exception {
        Path first = dir.resolve("first.img");
        run("mkfs.fat", "-C", "-F", "12", first.toString(), "1440");
        Path second = dir.resolve("second-ext4.img");
        run("mke2fs", "-q", "-F", "-t", "ext4", "-b", "4096", "-L", "two", second.toString(), "16M");
        String blocks = field(run("dumpe2fs", "-h", second.toString()), "^Block count:\\s+(\\d+)");

        openImage(first);
        openImage(second);

        assertEquals("Extent Lab \u2014 second-ext4.img", shell.getText());
        assertTrue(statusLine("second-ext4.img").startsWith("second-ext4.img: ext4, 16 MiB, " + blocks + " \u00d7 4 KiB blocks"));
        assertEquals("ext4", summaryRows().get("Format"));
    }

    @Test
    void aRefusedFormatIsNamedWithTheReason() throws Exception {
        Path image = dir.resolve("windows.img");
        try (RandomAccessFile file = new RandomAccessFile(image.toFile(), "rw")) {
            file.setLength(16L << 20);
        }
        run("mkntfs", "-F", "-Q", "-q", image.toString());

        openImage(image);

        String status = statusLine("windows.img");
        assertTrue(status.startsWith("windows.img: NTFS, 16 MiB"), status);
        assertTrue(status.contains("not supported"), status);
        assertEquals("not supported", summaryRows().get("Simulation"));
    }

    @Test
    void aPartitionedImageAsksWhichPartitionToOpen() throws Exception {
        Path image = twoPartitions();
        AtomicReference<String> seen = handleDialog("Choose a Partition", dialogShell -> {
            PartitionDialog dialog = (PartitionDialog) dialogShell.getData();
            Table table = dialog.viewer().getTable();
            StringBuilder rows = new StringBuilder("selected " + table.getSelection()[0].getText(0));
            for (TableItem item : table.getItems()) {
                rows.append('\n').append(item.getText(0)).append(": ").append(item.getText(1));
            }
            dialog.viewer().setSelection(new StructuredSelection(table.getItem(1).getData()));
            press(dialogShell, "&Open");
            return rows.toString();
        });

        execute(image, Map.of());
        waitUntil("the partition dialog", () -> seen.get() != null);
        waitForJobs(ImageOpener.FAMILY);

        String[] lines = seen.get().split("\n");
        assertEquals("selected 1", lines[0], "the first readable partition is offered first");
        assertTrue(lines[1].startsWith("1: FAT12") && lines[1].contains("label \"PART1\""), lines[1]);
        assertTrue(lines[2].startsWith("2: ext4"), lines[2]);
        Map<String, String> rows = summaryRows();
        assertEquals("ext4 in partition 2", rows.get("Volume opened"));
        assertEquals("supported", rows.get("Simulation"));
        assertEquals("1", rows.get("Regular files"));
    }

    @Test
    void thePartitionParameterOpensThatPartitionWithoutAsking() throws Exception {
        Path image = twoPartitions();

        execute(image, Map.of(OpenDiskImageHandler.PARTITION_PARAMETER, "1"));
        waitForJobs(ImageOpener.FAMILY);

        assertEquals("FAT12 in partition 1", summaryRows().get("Volume opened"));
        assertEquals("Extent Lab \u2014 disk.img", shell.getText());
    }

    /** A GPT image: FAT12 labelled PART1 in partition 1, ext4 holding one file in partition 2. */
    private Path twoPartitions() throws Exception {
        return PartitionedImages.fatAndExt4(dir, "in the second partition\n".getBytes());
    }

    @Test
    void aMissingImageGetsAClearMessageAndChangesNothing() throws Exception {
        Path missing = dir.resolve("no-such.img");
        AtomicReference<String> dialog = answerDialog("Cannot open disk image");

        execute(missing);
        waitForJobs(ImageOpener.FAMILY);
        waitUntil("the error dialog", () -> dialog.get() != null);

        assertTrue(dialog.get().contains("no-such.img") && dialog.get().contains("no such file"), dialog.get());
        assertTrue(dialog.get().contains("The file was not changed."), dialog.get());
        assertTrue(statusLine("no-such.img").startsWith("Could not open no-such.img"));
        assertFalse(Files.exists(missing), "opening never creates the file");
    }

    @Test
    void helpAboutShowsTheVersion() throws Exception {
        AtomicReference<String> dialog = answerDialog("About Extent Lab");
        ICommandService commands = window.getService(ICommandService.class);
        IHandlerService handlers = window.getService(IHandlerService.class);

        handlers.executeCommand(ParameterizedCommand.generateCommand(
                commands.getCommand("org.extentlab.app.commands.about"), Map.of()), null);
        waitUntil("the About dialog", () -> dialog.get() != null);

        String version = FrameworkUtil.getBundle(ImageSummaryView.class).getVersion().toString();
        assertTrue(dialog.get().contains("Version: " + version), dialog.get());
    }

    private void openImage(Path image) throws Exception {
        execute(image);
        waitForJobs(ImageOpener.FAMILY);
        waitUntil("the title to name " + image.getFileName(), () -> shell.getText().contains(image.getFileName().toString()));
    }

    private void execute(Path image) throws Exception {
        execute(image, Map.of(OpenDiskImageHandler.PARTITION_PARAMETER, "0"));
    }

    private void execute(Path image, Map<String, String> parameters) throws Exception {
        ICommandService commands = window.getService(ICommandService.class);
        IHandlerService handlers = window.getService(IHandlerService.class);
        Map<String, String> all = new HashMap<>(parameters);
        all.put(OpenDiskImageHandler.PATH_PARAMETER, image.toString());
        ParameterizedCommand open = ParameterizedCommand.generateCommand(
                commands.getCommand(OpenDiskImageHandler.COMMAND_ID), all);
        handlers.executeCommand(open, null);
    }

    private String statusLine(String fileName) {
        List<String> candidates = new ArrayList<>();
        for (String text : labelTexts(shell)) {
            if (text.contains(fileName)) {
                candidates.add(text);
            }
        }
        assertEquals(1, candidates.size(), "one status field names " + fileName + ": " + labelTexts(shell));
        return candidates.get(0);
    }

    private Map<String, String> summaryRows() {
        IWorkbenchPage page = window.getActivePage();
        IViewPart view = page.findView(ImageSummaryView.ID);
        assertNotNull(view, "the Disk Image view is open");
        ISelectionProvider provider = view.getSite().getSelectionProvider();
        assertTrue(provider instanceof TableViewer, "the Disk Image view shows a table");
        Table table = ((TableViewer) provider).getTable();
        Map<String, String> rows = new LinkedHashMap<>();
        for (TableItem item : table.getItems()) {
            rows.put(item.getText(0), item.getText(1));
        }
        return rows;
    }
}
