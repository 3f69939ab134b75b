package org.extentlab.app.tests;

import static org.extentlab.app.tests.WorkbenchDriver.openImage;
import static org.extentlab.app.tests.WorkbenchDriver.waitForJobs;
import static org.extentlab.app.tests.WorkbenchDriver.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.RandomAccessFile;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.ui.commands.ICommandService;
import org.extentlab.internal.app.ImageSession;
import org.extentlab.internal.app.ImageSummaryView;
import org.extentlab.internal.ui.TransportHandler;
import org.extentlab.internal.ui.Views;
import org.extentlab.internal.ui.VolumeNavigatorView;
import org.extentlab.kernel.sim.TraceEvent;
import org.extentlab.ui.SimulationSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a user met and must not meet again: a false error dialog after {@code random 300}, Operation...
 * enabled with no volume to run on, a truncated image called "supported", operation ID 0 shown bare,
 * "1 files".
 */
class WhatUsersMetTest extends WindowTest {
    @TempDir
    Path dir;



    private List<String> perform(String line) {
        List<String> dialogs = new CopyOnWriteArrayList<>();
        SimulationSession.getDefault().perform(line, display, dialogs::add);
        waitForJobs(SimulationSession.FAMILY);
        return dialogs;
    }


    @Test
    void aRandomScenarioMeetsFailuresOnPurposeAndNoDialogSaysOtherwise() {
        WorkbenchDriver.openSample(window);
        assertEquals(List.of(), perform("random 300"), "random draws meet EEXIST and ENOSPC on purpose");
        assertEquals(List.of(), perform("mkdir /once"));
        List<String> twice = perform("mkdir /once");
        assertEquals(1, twice.size(), "a line of the user's own that fails still says so");
        assertTrue(twice.get(0).contains("EEXIST"), twice.get(0));
        assertEquals(List.of(), perform("mkdir /once expect EEXIST"), "an expected failure is no error");
    }

    @Test
    void operationsAreDisabledWithoutAVolumeAndATruncatedImageIsNotSupported() throws Exception {
        Path truncated = dir.resolve("truncated-ext4.img");
        org.extentlab.images.tests.ExternalTools.run("mke2fs", "-q", "-F", "-t", "ext4", truncated.toString(), "8M");
        try (RandomAccessFile file = new RandomAccessFile(truncated.toFile(), "rw")) {
            file.setLength(2L << 20);
        }
        openImage(truncated);
        waitUntil("the truncated image to be refused", () -> SimulationSession.getDefault().simulation() == null
                && !(ImageSession.getDefault().state() instanceof org.extentlab.internal.app.ImageState.Opening));
        String simulation = ImageSummaryView.rows(ImageSession.getDefault().state()).stream()
                .filter(r -> r.property().equals("Simulation")).map(ImageSummaryView.Row::value).findFirst().orElse("");
        assertTrue(simulation.startsWith("not possible: "), simulation);
        ICommandService commands = window.getService(ICommandService.class);
        while (display.readAndDispatch()) {
            // let the handlers hear that the session stopped
        }
        for (String id : new String[] { TransportHandler.PERFORM, TransportHandler.INJECT_FAULT, TransportHandler.LOAD }) {
            assertFalse(commands.getCommand(id).isEnabled(), id + " with no volume to run on");
        }
        WorkbenchDriver.openSample(window);
        while (display.readAndDispatch()) {
            // the handlers hear that a simulation runs
        }
        assertTrue(commands.getCommand(TransportHandler.PERFORM).isEnabled(), "Operation... on the sample");
    }

    @Test
    void operationIdZeroSaysWhatItMeansAndCountsAgreeWithTheirNouns() throws Exception {
        WorkbenchDriver.openSample(window);
        VolumeNavigatorView navigator = (VolumeNavigatorView) window.getActivePage().showView(VolumeNavigatorView.ID);
        while (display.readAndDispatch()) {
            // paint
        }
        List<String> labels = WorkbenchDriver.labelTexts(navigator.getSite().getShell());
        assertTrue(labels.stream().noneMatch(t -> t.matches(".*\\b1 files\\b.*")), labels.toString());
        java.util.regex.Pattern counted = java.util.regex.Pattern.compile(": (\\d+) (files?) in the folders open here");
        String status = labels.stream().filter(t -> counted.matcher(t).find()).findFirst().orElseThrow();
        java.util.regex.Matcher m = counted.matcher(status);
        assertTrue(m.find());
        assertEquals(m.group(1).equals("1") ? "file" : "files", m.group(2), status);
        perform("create /one.txt\nwrite /one.txt 0 100 fill 0x41\nwrite /one.txt 0 10 fill 0x42\nlog2phys /one.txt 0");
        List<TraceEvent> events = SimulationSession.getDefault().simulation().kernel().trace().events();
        assertTrue(events.stream().anyMatch(e -> e.name().equals("completeIO") && e.operationId() == 0
                && Views.operation(e).equals("0 (no blockmap: an overwrite)")), "the overwrite's completeIO");
        assertTrue(events.stream().anyMatch(e -> e.name().equals("blockmapFile") && e.operationId() == 0
                && Views.operation(e).equals("0 (mapping only)")), "F_LOG2PHYS's blockmapFile");
        assertEquals("1 file", Views.count(1, "file|files"));
        assertEquals("2 files", Views.count(2, "file|files"));
        assertEquals("0 files", Views.count(0, "file|files"));
    }
}
