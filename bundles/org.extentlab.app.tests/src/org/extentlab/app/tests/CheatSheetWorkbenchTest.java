package org.extentlab.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.core.runtime.Platform;
import org.eclipse.ui.cheatsheets.OpenCheatSheetAction;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.internal.cheatsheets.views.CheatSheetView;
import org.extentlab.internal.app.ExerciseView;
import org.extentlab.internal.app.LessonView;
import org.extentlab.internal.ui.Presentation;
import org.extentlab.ui.SimulationSession;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Help > Cheat Sheets > A tour of the window: it opens in the Cheat Sheets view, and every step's
 * "Click to perform" runs a command that exists and does what the step says.
 */
class CheatSheetWorkbenchTest extends WindowTest {
    private static final String TOUR = "org.extentlab.doc.tour";

    @Test
    void theTourOpensAndEveryStepPerformsWhatItSays() throws Exception {
        new OpenCheatSheetAction(TOUR).run();
        WorkbenchDriver.settle();
        CheatSheetView view = (CheatSheetView) window.getActivePage().findView("org.eclipse.ui.cheatsheets.views.CheatSheetView");
        assertNotNull(view, "the Cheat Sheets view opens");
        assertEquals(TOUR, view.getCheatSheetViewer().getCheatSheetID());

        List<String> serializations = new ArrayList<>();
        try (InputStream in = Platform.getBundle("org.extentlab.doc").getEntry("cheatsheets/tour.xml").openStream()) {
            NodeList commands = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in)
                    .getElementsByTagName("command");
            for (int i = 0; i < commands.getLength(); i++) {
                serializations.add(((Element) commands.item(i)).getAttribute("serialization"));
            }
        }
        assertEquals(7, serializations.size(), "every step but the intro performs itself");
        ICommandService commands = window.getService(ICommandService.class);
        IHandlerService handlers = window.getService(IHandlerService.class);
        SimulationSession session = SimulationSession.getDefault();
        int zoom = Presentation.level();
        try {
            for (String serialization : serializations) {
                ParameterizedCommand command = commands.deserialize(serialization);
                assertTrue(command.getCommand().isDefined(), serialization);
                String id = command.getId();
                if (id.equals("org.eclipse.ui.help.helpContents")) {
                    continue; // the help window: HelpWorkbenchTest asks its server for its pages
                }
                int before = session.position()[0];
                handlers.executeCommand(command, null);
                WorkbenchDriver.settle();
                switch (id) {
                case "org.extentlab.app.commands.openSample" -> WorkbenchDriver.waitUntil("the sample",
                        () -> session.simulation() != null && window.getShell().getText().contains("sample-ext4.img"));
                case "org.extentlab.app.commands.openLesson" -> {
                    assertNotNull(window.getActivePage().findView(LessonView.ID), "the Lesson view");
                    WorkbenchDriver.waitUntil("the tour lesson", () -> session.lesson() != null);
                    assertEquals(0, session.position()[0], "a lesson opens before its first step");
                }
                case "org.extentlab.ui.commands.step" -> assertEquals(before + 1, session.position()[0], "Step");
                case "org.extentlab.ui.commands.stepBack" -> assertEquals(before - 1, session.position()[0], "Back");
                case "org.extentlab.ui.commands.zoomIn" -> assertEquals(zoom + 1, Presentation.level(), "Zoom In");
                case "org.eclipse.ui.views.showView" ->
                    assertNotNull(window.getActivePage().findView(ExerciseView.ID), "the Exercise view");
                default -> throw new AssertionError("a step this test does not know: " + serialization);
                }
            }
        } finally {
            Presentation.setLevel(zoom);
            window.getActivePage().hideView(view);
        }
    }
}
