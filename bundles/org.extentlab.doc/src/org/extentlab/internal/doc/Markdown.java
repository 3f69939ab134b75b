package org.extentlab.internal.doc;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The help pages' Markdown made HTML for Eclipse Help: headings (each with an id, its slug), paragraphs,
 * lists, block quotes, fenced code, tables, pictures, links ({@code page.md#section} becomes
 * {@code page.html#section}), inline code, bold and italics. The subset the pages under help/ use; any
 * other line is a paragraph's text, shown as written.
 */
public final class Markdown {
    /** A heading: its level (1 for "#"), its words and its slug. */
    public record Heading(int level, String title, String slug) {
    }

    private static final Pattern INLINE = Pattern.compile(
            "`([^`]+)`|!\\[([^\\]]*)\\]\\(([^)\\s]+)\\)|\\[([^\\]]+)\\]\\(([^)\\s]+)\\)|\\*\\*(.+?)\\*\\*|(?<![\\w*])\\*([^*\\s][^*]*?)\\*(?![\\w*])");
    private static final Pattern ORDERED = Pattern.compile("^(\\s*)\\d+\\.\\s+(.*)$");
    private static final Pattern BULLET = Pattern.compile("^(\\s*)[-*]\\s+(.*)$");

    private Markdown() {
    }

    /** A heading's name in links: lower case, every run of other characters one "-". */
    public static String slug(String title) {
        return title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }

    /** The headings of {@code lines}, outside code blocks, in order. */
    public static List<Heading> headings(List<String> lines) {
        List<Heading> headings = new ArrayList<>();
        boolean code = false;
        for (String line : lines) {
            if (line.startsWith("```")) {
                code = !code;
            } else if (!code && heading(line) > 0) {
                String title = line.substring(heading(line)).strip();
                headings.add(new Heading(heading(line), title, slug(title)));
            }
        }
        return headings;
    }

    /** The links and pictures of {@code lines} (their targets as written), outside code. */
    public static List<String> targets(List<String> lines) {
        List<String> targets = new ArrayList<>();
        boolean code = false;
        for (String line : lines) {
            if (line.startsWith("```")) {
                code = !code;
                continue;
            }
            Matcher m = INLINE.matcher(code ? "" : line);
            while (m.find()) {
                if (m.group(3) != null) {
                    targets.add(m.group(3));
                } else if (m.group(5) != null) {
                    targets.add(m.group(5));
                }
            }
        }
        return targets;
    }

    /** A whole HTML page: {@code lines} under the title of their first heading, with the help's style. */
    public static String page(List<String> lines) {
        List<Heading> headings = headings(lines);
        String title = headings.isEmpty() ? "Extent Lab" : headings.get(0).title();
        return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"UTF-8\">\n<title>" + escape(title)
                + "</title>\n<link rel=\"stylesheet\" href=\"help.css\" type=\"text/css\">\n</head><body>\n"
                + body(lines) + "</body></html>\n";
    }

    /** The HTML of {@code lines}, block by block. */
    public static String body(List<String> lines) {
        StringBuilder html = new StringBuilder();
        int i = 0;
        while (i < lines.size()) {
            String line = lines.get(i);
            if (line.isBlank()) {
                i++;
            } else if (line.startsWith("```")) {
                html.append("<pre><code>");
                for (i++; i < lines.size() && !lines.get(i).startsWith("```"); i++) {
                    html.append(escape(lines.get(i))).append('\n');
                }
                html.append("</code></pre>\n");
                i++;
            } else if (heading(line) > 0) {
                int level = heading(line);
                String title = line.substring(level).strip();
                html.append("<h").append(level).append(" id=\"").append(slug(title)).append("\">")
                        .append(inline(title)).append("</h").append(level).append(">\n");
                i++;
            } else if (line.startsWith("|")) {
                i = table(lines, i, html);
            } else if (line.startsWith(">")) {
                List<String> quoted = new ArrayList<>();
                for (; i < lines.size() && lines.get(i).startsWith(">"); i++) {
                    quoted.add(lines.get(i).substring(1).stripLeading());
                }
                html.append("<blockquote>\n").append(body(quoted)).append("</blockquote>\n");
            } else if (BULLET.matcher(line).matches() || ORDERED.matcher(line).matches()) {
                i = list(lines, i, html);
            } else {
                StringBuilder text = new StringBuilder();
                for (; i < lines.size() && paragraphGoesOn(lines.get(i)); i++) {
                    text.append(text.isEmpty() ? "" : "\n").append(lines.get(i).strip());
                }
                html.append("<p>").append(inline(text.toString())).append("</p>\n");
            }
        }
        return html.toString();
    }

    private static boolean paragraphGoesOn(String line) {
        return !line.isBlank() && !line.startsWith("```") && heading(line) == 0 && !line.startsWith("|")
                && !line.startsWith(">") && !BULLET.matcher(line).matches() && !ORDERED.matcher(line).matches();
    }

    /** A list from line {@code i}: its items, with lines indented under an item going on with it. */
    private static int list(List<String> lines, int i, StringBuilder html) {
        boolean ordered = ORDERED.matcher(lines.get(i)).matches();
        int indent = indent(lines.get(i));
        html.append(ordered ? "<ol>\n" : "<ul>\n");
        while (i < lines.size()) {
            String line = lines.get(i);
            Matcher item = (ordered ? ORDERED : BULLET).matcher(line);
            if (!item.matches() || indent(line) != indent) {
                break;
            }
            List<String> inner = new ArrayList<>(List.of(item.group(2)));
            for (i++; i < lines.size(); i++) {
                String next = lines.get(i);
                boolean blankThenIndented = next.isBlank() && i + 1 < lines.size()
                        && indent(lines.get(i + 1)) > indent && !lines.get(i + 1).isBlank();
                if (!blankThenIndented && (next.isBlank() || indent(next) <= indent)) {
                    break;
                }
                inner.add(next.isBlank() ? "" : next.substring(Math.min(next.length(), indent + 2)));
            }
            String content = body(inner);
            if (content.startsWith("<p>") && content.indexOf("<p>", 1) < 0) {
                content = content.replaceFirst("^<p>(.*?)</p>\n", "$1");
            }
            html.append("<li>").append(content.strip()).append("</li>\n");
            while (i < lines.size() && lines.get(i).isBlank() && i + 1 < lines.size()
                    && (ordered ? ORDERED : BULLET).matcher(lines.get(i + 1)).matches()
                    && indent(lines.get(i + 1)) == indent) {
                i++;
            }
        }
        html.append(ordered ? "</ol>\n" : "</ul>\n");
        return i;
    }

    /** A table from line {@code i}: a header row, the |---| row, then body rows. */
    private static int table(List<String> lines, int i, StringBuilder html) {
        html.append("<table>\n");
        boolean header = i + 1 < lines.size() && lines.get(i + 1).matches("^\\|[\\s|:-]+\\|?\\s*$");
        for (int row = 0; i < lines.size() && lines.get(i).startsWith("|"); i++, row++) {
            if (header && row == 1) {
                continue;
            }
            String tag = header && row == 0 ? "th" : "td";
            html.append("<tr>");
            for (String cell : cells(lines.get(i))) {
                html.append('<').append(tag).append('>').append(inline(cell)).append("</").append(tag).append('>');
            }
            html.append("</tr>\n");
        }
        html.append("</table>\n");
        return i;
    }

    /** A table row's cells; a "|" inside back quotes or escaped as "\|" does not end a cell. */
    static List<String> cells(String row) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean code = false;
        String inner = row.strip();
        inner = inner.substring(1, inner.endsWith("|") && inner.length() > 1 ? inner.length() - 1 : inner.length());
        for (int k = 0; k < inner.length(); k++) {
            char c = inner.charAt(k);
            if (c == '\\' && k + 1 < inner.length() && inner.charAt(k + 1) == '|') {
                cell.append('|');
                k++;
            } else if (c == '|' && !code) {
                cells.add(cell.toString().strip());
                cell.setLength(0);
            } else {
                code ^= c == '`';
                cell.append(c);
            }
        }
        cells.add(cell.toString().strip());
        return cells;
    }

    /** Inline code, pictures, links, bold and italics in {@code text}; everything else escaped. */
    static String inline(String text) {
        StringBuilder html = new StringBuilder();
        Matcher m = INLINE.matcher(text);
        int at = 0;
        while (m.find()) {
            html.append(escape(text.substring(at, m.start())));
            if (m.group(1) != null) {
                html.append("<code>").append(escape(m.group(1))).append("</code>");
            } else if (m.group(3) != null) {
                html.append("<img src=\"").append(escape(m.group(3))).append("\" alt=\"").append(escape(m.group(2)))
                        .append("\" title=\"").append(escape(m.group(2))).append("\">");
            } else if (m.group(5) != null) {
                html.append("<a href=\"").append(escape(href(m.group(5)))).append("\">").append(inline(m.group(4)))
                        .append("</a>");
            } else if (m.group(6) != null) {
                html.append("<strong>").append(inline(m.group(6))).append("</strong>");
            } else {
                html.append("<em>").append(inline(m.group(7))).append("</em>");
            }
            at = m.end();
        }
        return html.append(escape(text.substring(at))).toString();
    }

    /** A link's target in the help: another page's {@code .md} is its {@code .html}. */
    static String href(String target) {
        return target.matches("^[\\w-]+\\.md(#.*)?$") ? target.replaceFirst("\\.md", ".html") : target;
    }

    private static int heading(String line) {
        int level = 0;
        while (level < line.length() && level < 7 && line.charAt(level) == '#') {
            level++;
        }
        return level > 0 && level <= 6 && line.length() > level && line.charAt(level) == ' ' ? level : 0;
    }

    private static int indent(String line) {
        int n = 0;
        while (n < line.length() && line.charAt(n) == ' ') {
            n++;
        }
        return n;
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
