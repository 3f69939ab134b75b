package org.extentlab.app.tests;

import static org.extentlab.app.tests.WorkbenchDriver.execute;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.Platform;
import org.eclipse.help.HelpSystem;
import org.eclipse.help.IContext;
import org.eclipse.help.IHelpResource;
import org.eclipse.help.IToc;
import org.eclipse.help.ITopic;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.PlatformUI;
import org.extentlab.internal.app.ExerciseView;
import org.extentlab.internal.app.ImageSummaryView;
import org.extentlab.internal.app.LessonView;
import org.extentlab.internal.doc.Markdown;
import org.extentlab.internal.ui.BlockHexView;
import org.extentlab.internal.ui.ExtentPackerView;
import org.extentlab.internal.ui.FreeSpaceView;
import org.extentlab.internal.ui.HelpContexts;
import org.extentlab.internal.ui.PropertiesView;
import org.extentlab.internal.ui.ProtocolTraceView;
import org.extentlab.internal.ui.TimelineView;
import org.extentlab.internal.ui.VolumeMapView;
import org.extentlab.internal.ui.VolumeNavigatorView;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;

/**
 * The product's Eclipse Help: the toc lists every page and every section of the pages (Markdown in
 * org.extentlab.doc/help/, served as HTML), every link, picture and F1 context leads somewhere that
 * exists; the help server answers the help window's pages, its toc, its search and a context; F1 on a
 * view opens Eclipse's Help view on that view's context.
 */
class HelpWorkbenchTest extends WindowTest {
    private static final String DOC = "org.extentlab.doc";
    private static final String HELP_VIEW = "org.eclipse.help.ui.HelpView";
    private static final String[] VIEWS = { VolumeNavigatorView.ID, VolumeMapView.ID, ExtentPackerView.ID,
            TimelineView.ID, FreeSpaceView.ID, ProtocolTraceView.ID, BlockHexView.ID, PropertiesView.ID,
            ImageSummaryView.ID, LessonView.ID, ExerciseView.ID };
    private static final String[] DIALOGS = { "org.extentlab.ui.dialogs.write", "org.extentlab.ui.dialogs.fault",
            "org.extentlab.ui.dialogs.operation", "org.extentlab.ui.dialogs.powerCut", "org.extentlab.app.dialogs.partition",
            "org.extentlab.ui.preferences.simulation" };

    @Test
    void everyPageSectionLinkPictureAndContextResolves() throws Exception {
        IToc toc = Arrays.stream(HelpSystem.getTocs()).filter(t -> "Extent Lab".equals(t.getLabel())).findFirst()
                .orElse(null);
        assertNotNull(toc, "the help lists Extent Lab's book");
        Bundle doc = Platform.getBundle(DOC);
        List<String> pages = Collections.list(doc.getEntryPaths("help/")).stream().filter(p -> p.endsWith(".md"))
                .sorted().toList();
        assertEquals(5, pages.size(), "the guide, lessons, exercises, the protocol, the scenario format: " + pages);
        List<String> hrefs = new ArrayList<>();
        collect(toc.getTopics(), hrefs);
        for (String page : pages) {
            List<String> lines = read(doc, page).lines().toList();
            String html = "/" + DOC + "/" + page.replace(".md", ".html");
            assertTrue(hrefs.contains(html), "the toc lists " + html);
            for (Markdown.Heading heading : Markdown.headings(lines)) {
                if (heading.level() == 2) {
                    assertTrue(hrefs.contains(html + "#" + heading.slug()), "the toc lists " + page + " > " + heading.title());
                }
            }
            for (String target : Markdown.targets(lines)) {
                if (target.startsWith("https:") || target.startsWith("http:")) {
                    continue;
                }
                if (target.matches("^[\\w-]+\\.md(#.*)?$")) {
                    assertResolves("/" + DOC + "/help/" + target.replace(".md", ".html"), page + " links to " + target);
                } else {
                    assertNotNull(doc.getEntry("help/" + target), page + " shows a picture the bundle holds: " + target);
                }
            }
        }
        for (String href : hrefs) {
            assertResolves(href, "the toc's " + href);
        }
        for (String id : concat(VIEWS, DIALOGS)) {
            IContext context = HelpSystem.getContext(HelpContexts.of(id));
            assertNotNull(context, "F1 on " + id + " has a context (" + HelpContexts.of(id) + ")");
            assertTrue(context.getText() != null && context.getText().length() > 40, "it says what " + id + " is");
            assertTrue(context.getRelatedTopics().length > 0, id + " links to the help");
            for (IHelpResource topic : context.getRelatedTopics()) {
                assertResolves(topic.getHref(), id + "'s topic " + topic.getLabel());
            }
        }
    }

    @Test
    void theHelpServerServesPagesTocSearchAndContexts() throws Exception {
        URL page = PlatformUI.getWorkbench().getHelpSystem().resolve("/" + DOC + "/help/protocol.html", false);
        assertNotNull(page, "the help system starts its server");
        String html = get(page.toString());
        assertTrue(html.contains("<h1 id=\"the-protocol-explained\">The protocol, explained</h1>"), html);
        assertTrue(html.contains("<h2 id=\"a-continuation\">") && html.contains("<pre><code>"), "sections and pictures");
        String base = page.toString().substring(0, page.toString().indexOf("/topic/"));
        String picture = get(base + "/topic/" + DOC + "/help/images/extentlab-help.png");
        assertTrue(picture.startsWith("\u0089PNG"), "the pictures are served");
        assertTrue(get(base + "/index.jsp").contains("Extent Lab"), "the help window's page names the product");
        String tocXml = get(base + "/toc");
        assertTrue(tocXml.contains("label=\"Extent Lab\"") && tocXml.contains("The protocol, explained"), tocXml);
        String hits = get(base + "/search?phrase=" + URLEncoder.encode("continuation packer", StandardCharsets.UTF_8));
        assertTrue(hits.contains("/" + DOC + "/help/protocol.html"), "the search finds the protocol page: " + hits);
        assertTrue(!get(base + "/search?phrase=zzzqqqnotaword").contains("/" + DOC + "/"), "and nothing for no word");
        String context = get(base + "/context?id=" + HelpContexts.of(ProtocolTraceView.ID));
        assertTrue(context.contains("Every call between kernel and module"), context);
    }

    @Test
    void f1OnEveryViewOpensItsContextInTheHelpView() throws Exception {
        for (String id : VIEWS) {
            IViewPart view = window.getActivePage().showView(id);
            Control control = find(window.getShell(), HelpContexts.of(view.getSite().getId()));
            assertNotNull(control, "a control of " + id + " carries its help context");
            assertTrue(control.isListening(SWT.Help), id + " listens for F1");
        }
        IViewPart trace = window.getActivePage().showView(ProtocolTraceView.ID);
        window.getActivePage().hideView(window.getActivePage().findView(HELP_VIEW));
        find(window.getShell(), HelpContexts.of(trace.getSite().getId())).notifyListeners(SWT.Help, new Event());
        WorkbenchDriver.waitUntil("the Help view", () -> window.getActivePage().findView(HELP_VIEW) != null);
        window.getActivePage().hideView(window.getActivePage().findView(HELP_VIEW));
        execute("org.eclipse.ui.help.helpSearch", Map.of());
        assertNotNull(window.getActivePage().findView(HELP_VIEW), "Help > Search opens the Help view");
    }

    private static void assertResolves(String href, String what) throws IOException {
        int hash = href.indexOf('#');
        String path = hash < 0 ? href : href.substring(0, hash);
        try (InputStream in = HelpSystem.getHelpContent(path)) {
            assertNotNull(in, what + ": " + path + " is there");
            String html = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            if (hash >= 0) {
                assertTrue(html.contains(" id=\"" + href.substring(hash + 1) + "\""), what + ": " + href + " has its heading");
            }
        }
    }

    private static void collect(ITopic[] topics, List<String> hrefs) {
        for (ITopic topic : topics) {
            hrefs.add(topic.getHref());
            collect(topic.getSubtopics(), hrefs);
        }
    }

    private static String read(Bundle bundle, String path) throws IOException {
        try (InputStream in = bundle.getEntry(path).openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String get(String url) throws IOException {
        HttpURLConnection connection = (HttpURLConnection) URI.create(url).toURL().openConnection();
        assertEquals(200, connection.getResponseCode(), url);
        try (InputStream in = connection.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }

    private static String[] concat(String[] a, String[] b) {
        String[] both = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }

    private static Control find(Control control, String context) {
        if (context.equals(control.getData("org.eclipse.ui.help"))) {
            return control;
        }
        if (control instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                Control found = find(child, context);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
