package org.extentlab.internal.ui;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.part.ViewPart;

/**
 * Extent Lab's help: the pages of org.extentlab.doc's {@code help/} folder (the user guide, the
 * lessons, the exercises, the protocol explained, the scenario format) with their sections in a tree,
 * a search over them, and the page shown as text with its headings, code and links (a click on a link
 * to another page opens it). Help > Help Contents and Help > Search open it; F1 on a view or a dialog
 * opens it at that view's or dialog's section ({@link #attach}).
 */
public class HelpView extends ViewPart {
    public static final String ID = "org.extentlab.ui.views.help";
    private static final Pattern INLINE = Pattern.compile("!\\[([^\\]]*)\\]\\(([^)]*)\\)|\\[([^\\]]+)\\]\\(([^)]*)\\)"
            + "|`([^`]+)`|\\*\\*([^*]+)\\*\\*");

    private HelpPages pages;
    private Text search;
    private Tree toc;
    private StyledText page;
    private Font heading;
    private Font code;
    private HelpPages.Page shown;
    private HelpPages.Section shownSection;
    /** For each line of the page shown, the line of the text it became. */
    private int[] renderedLines = new int[0];
    /** The links of the page shown: where each starts and ends in the text, and where it leads. */
    private final List<Object[]> links = new ArrayList<>();

    @Override
    public void createPartControl(Composite parent) {
        SashForm sash = new SashForm(parent, SWT.HORIZONTAL);
        Composite left = new Composite(sash, SWT.NONE);
        left.setLayout(new GridLayout(1, false));
        search = new Text(left, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL | SWT.BORDER);
        search.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        search.setMessage(Messages.Help_SearchHint);
        search.addListener(SWT.DefaultSelection, e -> search(search.getText()));
        search.addListener(SWT.Modify, e -> {
            if (search.getText().isEmpty()) {
                fillContents();
            }
        });
        toc = new Tree(left, SWT.BORDER | SWT.SINGLE);
        toc.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        toc.addListener(SWT.Selection, e -> {
            if (e.item instanceof TreeItem item && item.getData() instanceof HelpPages.Hit hit) {
                show(hit.page(), hit.section());
            }
        });
        page = new StyledText(sash, SWT.V_SCROLL | SWT.WRAP | SWT.READ_ONLY);
        page.setMargins(10, 8, 10, 8);
        page.setCaret(null);
        page.addListener(SWT.MouseUp, e -> followLink(e.x, e.y));
        sash.setWeights(1, 3);
        FontData[] base = parent.getFont().getFontData();
        heading = new Font(parent.getDisplay(), base[0].getName(), base[0].getHeight() + 3, SWT.BOLD);
        code = JFaceResources.getTextFont();
        try {
            pages = HelpPages.installed();
        } catch (IOException e) {
            page.setText(e.getMessage());
            return;
        }
        fillContents();
        HelpPages.Hit first = pages.resolve(pages.pages().get(0).file());
        show(first.page(), first.section());
        Presentation.apply(parent);
    }

    private void fillContents() {
        if (pages == null) {
            return;
        }
        toc.removeAll();
        for (HelpPages.Page each : pages.pages()) {
            TreeItem item = new TreeItem(toc, SWT.NONE);
            item.setText(each.title());
            item.setData(new HelpPages.Hit(each, each.sections().isEmpty() ? null : each.sections().get(0)));
            for (HelpPages.Section section : each.sections()) {
                if (section.level() == 2) {
                    TreeItem child = new TreeItem(item, SWT.NONE);
                    child.setText(section.title());
                    child.setData(new HelpPages.Hit(each, section));
                }
            }
        }
    }

    /** Lists the sections holding every word of {@code query}; returns how many. */
    public int search(String query) {
        if (pages == null) {
            return 0;
        }
        if (!search.getText().equals(query)) {
            search.setText(query);
        }
        List<HelpPages.Hit> hits = pages.search(query);
        toc.removeAll();
        for (HelpPages.Hit hit : hits) {
            TreeItem item = new TreeItem(toc, SWT.NONE);
            item.setText(hit.section().title() + " \u2014 " + hit.page().title());
            item.setData(hit);
        }
        if (hits.isEmpty()) {
            new TreeItem(toc, SWT.NONE).setText(Messages.Help_NothingFound);
        } else {
            show(hits.get(0).page(), hits.get(0).section());
        }
        return hits.size();
    }

    /** Puts the keyboard in the search field (Help > Search). */
    public void focusSearch() {
        search.setFocus();
        search.selectAll();
    }

    /** Shows {@code reference} ({@code page.md} or {@code page.md#section}); false when it leads nowhere. */
    public boolean show(String reference) {
        HelpPages.Hit hit = pages == null ? null : pages.resolve(reference);
        if (hit == null) {
            return false;
        }
        show(hit.page(), hit.section());
        return true;
    }

    /** Shows the section a view or dialog opens on F1. */
    public void showContext(String id) {
        if (pages != null) {
            HelpPages.Hit hit = pages.context(id);
            show(hit.page(), hit.section());
        }
    }

    private void show(HelpPages.Page next, HelpPages.Section section) {
        if (next != shown) {
            render(next);
        }
        shown = next;
        shownSection = section;
        int line = section == null ? 0 : lineOf(section.line());
        page.setTopIndex(Math.max(0, line));
    }

    /** The line of the rendered text that page line {@code source} became. */
    private int lineOf(int source) {
        return source < renderedLines.length ? renderedLines[source] : 0;
    }

    /**
     * Lays a page out as text: headings large, code and tables fixed-width, paragraphs and list items
     * joined into one line each (the view wraps them), with their links, pictures, code and bold.
     */
    private void render(HelpPages.Page next) {
        StringBuilder text = new StringBuilder();
        List<StyleRange> styles = new ArrayList<>();
        links.clear();
        int[] lines = new int[next.lines().size()];
        int rendered = 0;
        boolean inCode = false;
        StringBuilder paragraph = new StringBuilder();
        for (int i = 0; i <= next.lines().size(); i++) {
            String line = i < next.lines().size() ? next.lines().get(i) : "";
            boolean plain = !inCode && !line.isBlank() && !line.startsWith("#") && !line.startsWith("|")
                    && !line.startsWith("```");
            boolean item = plain && line.startsWith("- ");
            if (paragraph.length() > 0 && (!plain || item)) {
                inline(paragraph.toString(), text, styles);
                text.append('\n');
                rendered++;
                paragraph.setLength(0);
            }
            if (i == next.lines().size()) {
                break;
            }
            lines[i] = rendered;
            if (plain) {
                paragraph.append(paragraph.length() == 0 ? "" : " ")
                        .append(item ? "\u2022 " + line.substring(2).strip() : line.strip());
                continue;
            }
            if (line.startsWith("```")) {
                inCode = !inCode;
                continue;
            }
            int start = text.length();
            if (inCode || line.startsWith("|")) {
                text.append(line);
                styles.add(fontRange(start, line.length(), code));
            } else if (line.startsWith("#")) {
                String title = line.replaceFirst("^#+\\s*", "");
                text.append(title);
                styles.add(fontRange(start, title.length(), heading));
            }
            text.append('\n');
            rendered++;
        }
        page.setText(text.toString());
        page.setStyleRanges(styles.toArray(StyleRange[]::new));
        renderedLines = lines;
    }

    private static StyleRange fontRange(int start, int length, Font font) {
        StyleRange style = new StyleRange();
        style.start = start;
        style.length = length;
        style.font = font;
        return style;
    }

    /** Appends {@code line} with its links, pictures, code and bold made styles. */
    private void inline(String line, StringBuilder text, List<StyleRange> styles) {
        Matcher m = INLINE.matcher(line);
        int at = 0;
        while (m.find()) {
            text.append(line, at, m.start());
            int start = text.length();
            if (m.group(1) != null) {
                String words = org.eclipse.osgi.util.NLS.bind(Messages.Help_Picture, m.group(1));
                text.append(words);
                styles.add(new StyleRange(start, words.length(), null, null, SWT.ITALIC));
            } else if (m.group(3) != null) {
                text.append(m.group(3));
                StyleRange style = new StyleRange(start, m.group(3).length(),
                        page.getDisplay().getSystemColor(SWT.COLOR_LINK_FOREGROUND), null);
                style.underline = true;
                styles.add(style);
                links.add(new Object[] { start, text.length(), m.group(4) });
            } else if (m.group(5) != null) {
                text.append(m.group(5));
                styles.add(fontRange(start, m.group(5).length(), code));
            } else {
                text.append(m.group(6));
                styles.add(new StyleRange(start, m.group(6).length(), null, null, SWT.BOLD));
            }
            at = m.end();
        }
        text.append(line.substring(at));
    }

    private void followLink(int x, int y) {
        int offset;
        try {
            offset = page.getOffsetAtPoint(new org.eclipse.swt.graphics.Point(x, y));
        } catch (IllegalArgumentException e) {
            return;
        }
        for (Object[] link : links) {
            if (offset >= (int) link[0] && offset < (int) link[1]) {
                String target = (String) link[2];
                String local = target.startsWith("#") && shown != null ? shown.file() + target : target;
                show(local);
                return;
            }
        }
    }

    /** The page shown (for tests). */
    public HelpPages.Page shownPage() {
        return shown;
    }

    /** The section shown (for tests). */
    public HelpPages.Section shownSection() {
        return shownSection;
    }

    /** The help pages (for tests). */
    public HelpPages pages() {
        return pages;
    }

    /** The text of the page as shown. */
    public String text() {
        return page.getText();
    }

    /** The entries of the contents or search result list (for tests). */
    public List<String> entries() {
        List<String> out = new ArrayList<>();
        for (TreeItem item : toc.getItems()) {
            out.add(item.getText());
        }
        return out;
    }

    @Override
    public void setFocus() {
        page.setFocus();
    }

    @Override
    public void dispose() {
        if (heading != null) {
            heading.dispose();
        }
        super.dispose();
    }

    /**
     * F1 on {@code control} (a view's or a dialog's) opens the help at the section {@code id} names in
     * contexts.txt.
     */
    public static void attach(Control control, String id) {
        control.setData(CONTEXT, id);
        control.addHelpListener(e -> open(id));
    }

    /** The data key under which a control holds the help context {@link #attach} gave it. */
    public static final String CONTEXT = "org.extentlab.ui.helpContext";

    /** Shows the help view (in the active window) at the section of {@code id}; null without a window. */
    public static HelpView open(String id) {
        var window = PlatformUI.isWorkbenchRunning() ? PlatformUI.getWorkbench().getActiveWorkbenchWindow() : null;
        if (window == null && PlatformUI.isWorkbenchRunning() && PlatformUI.getWorkbench().getWorkbenchWindowCount() > 0) {
            window = PlatformUI.getWorkbench().getWorkbenchWindows()[0];
        }
        if (window == null || window.getActivePage() == null) {
            return null;
        }
        try {
            HelpView view = (HelpView) window.getActivePage().showView(ID, null, IWorkbenchPage.VIEW_ACTIVATE);
            if (id != null) {
                view.showContext(id);
            }
            return view;
        } catch (PartInitException e) {
            return null;
        }
    }
}
