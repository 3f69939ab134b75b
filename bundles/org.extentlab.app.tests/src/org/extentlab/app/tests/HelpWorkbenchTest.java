package org.extentlab.app.tests;

import static org.extentlab.app.tests.WorkbenchDriver.execute;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchWindow;
import org.extentlab.internal.app.ExerciseView;
import org.extentlab.internal.app.ImageSummaryView;
import org.extentlab.internal.app.LessonView;
import org.extentlab.internal.ui.BlockHexView;
import org.extentlab.internal.ui.ExtentPackerView;
import org.extentlab.internal.ui.FreeSpaceView;
import org.extentlab.internal.ui.HelpPages;
import org.extentlab.internal.ui.HelpView;
import org.extentlab.internal.ui.PropertiesView;
import org.extentlab.internal.ui.ProtocolTraceView;
import org.extentlab.internal.ui.TimelineView;
import org.extentlab.internal.ui.VolumeMapView;
import org.extentlab.internal.ui.VolumeNavigatorView;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The help the product ships: every page of the table of contents is there, every link between pages
 * and every F1 context leads to a heading that exists; Help > Help Contents and Help > Search open the
 * help view; F1 on every view opens its section.
 */
class HelpWorkbenchTest {
    private static final Pattern LINK = Pattern.compile("\\]\\(([^)#:]+\\.md)(#[^)]*)?\\)");

    private IWorkbenchWindow window;

    @BeforeEach
    void findWindow() {
        window = WorkbenchDriver.settledWindow();
    }

    @Test
    void everyPageLinkAndContextResolves() throws Exception {
        HelpPages pages = HelpPages.installed();
        assertTrue(pages.pages().size() >= 5, "the guide, lessons, exercises, the protocol, the scenario format");
        for (HelpPages.Page page : pages.pages()) {
            assertTrue(page.lines().size() > 10 && page.sections().size() > 1, page.file());
            for (String line : page.lines()) {
                Matcher m = LINK.matcher(line);
                while (m.find()) {
                    if (m.group(1).startsWith("../")) {
                        continue; // the contributors' pages in the source tree, not shipped
                    }
                    String reference = m.group(1) + (m.group(2) == null ? "" : m.group(2));
                    assertNotNull(pages.resolve(reference), page.file() + " links to " + reference);
                }
            }
        }
        String[] views = { VolumeNavigatorView.ID, VolumeMapView.ID, ExtentPackerView.ID, TimelineView.ID,
                FreeSpaceView.ID, ProtocolTraceView.ID, BlockHexView.ID, PropertiesView.ID, HelpView.ID,
                ImageSummaryView.ID, LessonView.ID, ExerciseView.ID };
        for (String id : views) {
            assertTrue(pages.contexts().containsKey(id), "F1 on " + id + " has a context");
        }
        for (var context : pages.contexts().entrySet()) {
            assertNotNull(pages.resolve(context.getValue()), context.getKey() + " -> " + context.getValue());
        }
        assertTrue(pages.contexts().keySet().containsAll(List.of("org.extentlab.ui.dialogs.write",
                "org.extentlab.ui.dialogs.fault", "org.extentlab.ui.dialogs.operation", "org.extentlab.app.dialogs.partition",
                "org.extentlab.ui.preferences.simulation")), "every dialog has its context");
    }

    @Test
    void helpContentsSearchAndF1OnEveryView() throws Exception {
        execute("org.eclipse.ui.help.helpContents", Map.of());
        HelpView help = (HelpView) window.getActivePage().findView(HelpView.ID);
        assertNotNull(help, "Help Contents opens the help view");
        assertEquals("guide.md", help.shownPage().file());
        assertTrue(help.text().startsWith("Extent Lab user guide"), help.text().substring(0, 40));
        assertTrue(!help.text().contains("**") && !help.text().contains("]("), "the Markdown is laid out, not shown");

        execute("org.eclipse.ui.help.helpSearch", Map.of());
        int found = help.search("continuation operation ID");
        assertTrue(found > 0, "the search finds the continuation");
        assertTrue(help.text().toLowerCase().contains("continuation"));
        assertEquals(0, help.search("zzzz-not-a-word"));
        assertEquals(List.of("Nothing found: fewer or other words?"), help.entries());

        for (String id : new String[] { ProtocolTraceView.ID, ExtentPackerView.ID, LessonView.ID, ExerciseView.ID,
                VolumeMapView.ID }) {
            IViewPart view = window.getActivePage().showView(id);
            Control control = firstChild(view);
            control.notifyListeners(SWT.Help, new Event()); // what F1 sends to the focused control
            HelpPages.Hit expected = help.pages().context(id);
            assertEquals(expected.page().file(), help.shownPage().file(), "F1 on " + id);
            assertEquals(expected.section(), help.shownSection(), "F1 on " + id);
        }
        window.getActivePage().showView(ProtocolTraceView.ID);
        execute("org.eclipse.ui.help.dynamicHelp", Map.of());
        assertEquals("protocol.md", help.shownPage().file(), "Help for This View on the trace: the glossary");
    }

    /** The control the view's F1 listener sits on (found by the context it was given). */
    private Control firstChild(IViewPart view) {
        Control found = find(window.getShell(), view.getSite().getId());
        assertNotNull(found, "a control of " + view.getSite().getId() + " listens for F1");
        assertTrue(found.isListening(SWT.Help));
        return found;
    }

    private static Control find(Control control, String id) {
        if (id.equals(control.getData(HelpView.CONTEXT))) {
            return control;
        }
        if (control instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                Control found = find(child, id);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
