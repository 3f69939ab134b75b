package org.extentlab.internal.ui;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;


/**
 * The help pages: Markdown files in the {@code help/} folder of org.extentlab.doc, in the order of its
 * {@code toc.txt}, each cut into sections at its headings; and {@code contexts.txt}, which names the
 * page and section each view and dialog opens on F1 ({@code view-or-dialog-id page.md#section}).
 * Sections are named as the headings read, lower case, runs of other characters made one "-"
 * ("Running the product in detail" is {@code running-the-product-in-detail}).
 */
public final class HelpPages {
    /** A heading of a page: its slug, its words, its level (1 for "#") and the line it is on. */
    public record Section(String slug, String title, int level, int line) {
    }

    /** A page: its file name, its title (its first heading), its lines and sections. */
    public record Page(String file, String title, List<String> lines, List<Section> sections) {
        public Section section(String slug) {
            return sections.stream().filter(s -> s.slug().equals(slug)).findFirst().orElse(null);
        }
    }

    /** Where a search found its words: a page's section. */
    public record Hit(Page page, Section section) {
    }

    private final List<Page> pages;
    private final Map<String, String> contexts;

    private HelpPages(List<Page> pages, Map<String, String> contexts) {
        this.pages = pages;
        this.contexts = contexts;
    }

    /** The pages in {@code folder}, as its toc.txt orders them. */
    public static HelpPages read(Path folder) throws IOException {
        List<Page> pages = new ArrayList<>();
        for (String line : Files.readAllLines(folder.resolve("toc.txt"), StandardCharsets.UTF_8)) {
            String file = line.strip();
            if (file.isEmpty() || file.startsWith("#")) {
                continue;
            }
            pages.add(page(file, Files.readAllLines(folder.resolve(file), StandardCharsets.UTF_8)));
        }
        Map<String, String> contexts = new LinkedHashMap<>();
        for (String line : Files.readAllLines(folder.resolve("contexts.txt"), StandardCharsets.UTF_8)) {
            String[] words = line.strip().split("\\s+");
            if (words.length == 2 && !words[0].startsWith("#")) {
                contexts.put(words[0], words[1]);
            }
        }
        return new HelpPages(List.copyOf(pages), contexts);
    }

    /** The pages of the installed org.extentlab.doc bundle. */
    public static HelpPages installed() throws IOException {
        return read(DocBundle.folder("help/"));
    }

    static Page page(String file, List<String> lines) {
        List<Section> sections = new ArrayList<>();
        boolean code = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.startsWith("```")) {
                code = !code;
            }
            if (!code && line.startsWith("#")) {
                int level = 0;
                while (level < line.length() && line.charAt(level) == '#') {
                    level++;
                }
                String title = line.substring(level).strip();
                sections.add(new Section(slug(title), title, level, i));
            }
        }
        String title = sections.isEmpty() ? file : sections.get(0).title();
        return new Page(file, title, List.copyOf(lines), List.copyOf(sections));
    }

    /** A heading's name in links: lower case, every run of other characters one "-". */
    public static String slug(String title) {
        return title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }

    public List<Page> pages() {
        return pages;
    }

    /** The page {@code file}, or null. */
    public Page page(String file) {
        return pages.stream().filter(p -> p.file().equals(file)).findFirst().orElse(null);
    }

    /** Every context id and the {@code page.md#section} it opens. */
    public Map<String, String> contexts() {
        return contexts;
    }

    /** Where {@code reference} ({@code page.md}, {@code page.md#section}) leads, or null when nowhere. */
    public Hit resolve(String reference) {
        int hash = reference.indexOf('#');
        Page page = page(hash < 0 ? reference : reference.substring(0, hash));
        if (page == null) {
            return null;
        }
        if (hash < 0) {
            return new Hit(page, page.sections().isEmpty() ? null : page.sections().get(0));
        }
        Section section = page.section(reference.substring(hash + 1));
        return section == null ? null : new Hit(page, section);
    }

    /** The page and section a view or dialog opens on F1; the guide's top when it has none of its own. */
    public Hit context(String id) {
        String reference = contexts.get(id);
        Hit hit = reference == null ? null : resolve(reference);
        return hit != null ? hit : resolve(pages.get(0).file());
    }

    /** The sections whose text holds every word of {@code query} (any case), in page order. */
    public List<Hit> search(String query) {
        List<String> words = List.of(query.toLowerCase(Locale.ROOT).strip().split("\\s+"));
        List<Hit> hits = new ArrayList<>();
        if (query.isBlank()) {
            return hits;
        }
        for (Page page : pages) {
            for (int s = 0; s < page.sections().size(); s++) {
                Section section = page.sections().get(s);
                int end = s + 1 < page.sections().size() ? page.sections().get(s + 1).line() : page.lines().size();
                String text = String.join("\n", page.lines().subList(section.line(), end)).toLowerCase(Locale.ROOT);
                if (words.stream().allMatch(text::contains)) {
                    hits.add(new Hit(page, section));
                }
            }
        }
        return hits;
    }
}
