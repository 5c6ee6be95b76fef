package org.stations.summary;

import java.util.ArrayList;
import java.util.List;

/**
 * The summary as blocks (headings, text, tables, images), written once and rendered twice: as an
 * HTML page and as Markdown, so the two can never say different things.
 */
final class Page {
    sealed interface Block permits Heading, Text, Banner, Table, Image, Notes {}

    /** Level 2 or 3: the page title is the one level-1 heading. */
    record Heading(int level, String text) implements Block {}

    record Text(String text) implements Block {}

    /** A warning that stands out: the synthetic-data banner. */
    record Banner(String text) implements Block {}

    /** A table; the first row is the header. */
    record Table(List<String> header, List<List<Cell>> rows) implements Block {}

    /** A chart: the PNG shown, the SVG linked; paths relative to the page. */
    record Image(String png, String svg, String alt) implements Block {}

    /** Numbered sentences a page's numbers link to (#id): where each number was read in the report. */
    record Notes(List<Note> notes) implements Block {}

    record Note(String id, String label, String text) {}

    /**
     * A table cell; {@code alert} marks a value an analyst must not miss (稳岗率 below 80%); {@code href}, if
     * not null, where the value links to (a station's page, the sentence a number was read in).
     */
    record Cell(String text, boolean alert, String href) {
        Cell(String text, boolean alert) { this(text, alert, null); }

        static Cell of(String text) { return new Cell(text, false, null); }

        static Cell link(String text, String href) { return new Cell(text, false, href); }
    }

    final String title;
    final List<Block> blocks = new ArrayList<>();

    Page(String title) { this.title = title; }

    Page heading(int level, String text) { blocks.add(new Heading(level, text)); return this; }

    Page text(String text) { blocks.add(new Text(text)); return this; }

    Page banner(String text) { blocks.add(new Banner(text)); return this; }

    Page table(List<String> header, List<List<Cell>> rows) { blocks.add(new Table(header, rows)); return this; }

    Page image(String png, String svg, String alt) { blocks.add(new Image(png, svg, alt)); return this; }

    Page notes(List<Note> notes) { blocks.add(new Notes(notes)); return this; }

    private static final String CSS = """
            body { font-family: "Source Han Sans SC", "Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", sans-serif;
                   margin: 24px auto; max-width: 1280px; padding: 0 16px; color: #222; line-height: 1.5; }
            h1 { font-size: 26px; border-bottom: 2px solid #0072b2; padding-bottom: 6px; }
            h2 { font-size: 21px; margin-top: 36px; border-bottom: 1px solid #ccc; }
            h3 { font-size: 17px; margin-top: 22px; }
            table { border-collapse: collapse; margin: 8px 0 16px; font-size: 14px; }
            th, td { border: 1px solid #ccc; padding: 4px 8px; text-align: left; vertical-align: top; }
            th { background: #eef3f8; }
            td:nth-child(-n+3) { white-space: nowrap; }
            tr:nth-child(even) td { background: #fafafa; }
            td.alert { color: #b00000; font-weight: bold; }
            .banner { background: #fff3cd; border: 2px solid #d39e00; color: #6b4e00; padding: 8px 12px;
                      font-weight: bold; margin: 12px 0; }
            img { max-width: 100%; border: 1px solid #ddd; margin: 6px 0; }
            p.chart { margin: 4px 0 18px; font-size: 13px; }
            ol.notes li { margin: 4px 0; font-size: 14px; }
            ol.notes li:target { background: #fff3cd; }
            td a { color: #0050a0; }
            """;

    String html() {
        StringBuilder sb = new StringBuilder();
        sb.append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(esc(title)).append("</title>\n<style>\n").append(CSS).append("</style>\n</head>\n<body>\n")
                .append("<h1>").append(esc(title)).append("</h1>\n");
        for (Block b : blocks) {
            if (b instanceof Heading h) {
                sb.append("<h").append(h.level()).append('>').append(esc(h.text())).append("</h").append(h.level()).append(">\n");
            } else if (b instanceof Text t) {
                sb.append("<p>").append(esc(t.text())).append("</p>\n");
            } else if (b instanceof Banner t) {
                sb.append("<div class=\"banner\">").append(esc(t.text())).append("</div>\n");
            } else if (b instanceof Table t) {
                sb.append("<table>\n<thead><tr>");
                for (String h : t.header()) sb.append("<th>").append(esc(h)).append("</th>");
                sb.append("</tr></thead>\n<tbody>\n");
                for (List<Cell> row : t.rows()) {
                    sb.append("<tr>");
                    for (Cell c : row) {
                        sb.append(c.alert() ? "<td class=\"alert\">" : "<td>");
                        if (c.href() == null) sb.append(esc(c.text()));
                        else sb.append("<a href=\"").append(esc(c.href())).append("\">").append(esc(c.text())).append("</a>");
                        sb.append("</td>");
                    }
                    sb.append("</tr>\n");
                }
                sb.append("</tbody>\n</table>\n");
            } else if (b instanceof Image i) {
                sb.append("<p class=\"chart\"><img src=\"").append(esc(i.png())).append("\" alt=\"").append(esc(i.alt()))
                        .append("\"><br><a href=\"").append(esc(i.svg())).append("\">矢量图</a></p>\n");
            } else if (b instanceof Notes n) {
                sb.append("<ol class=\"notes\">\n");
                for (Note note : n.notes()) {
                    sb.append("<li id=\"").append(esc(note.id())).append("\"><b>").append(esc(note.label())).append("</b> ")
                            .append(esc(note.text())).append("</li>\n");
                }
                sb.append("</ol>\n");
            }
        }
        return sb.append("</body>\n</html>\n").toString();
    }

    String markdown() {
        StringBuilder sb = new StringBuilder("# ").append(md(title)).append("\n\n");
        for (Block b : blocks) {
            if (b instanceof Heading h) {
                sb.append("#".repeat(h.level())).append(' ').append(md(h.text())).append("\n\n");
            } else if (b instanceof Text t) {
                sb.append(md(t.text())).append("\n\n");
            } else if (b instanceof Banner t) {
                sb.append("> **").append(md(t.text())).append("**\n\n");
            } else if (b instanceof Table t) {
                sb.append('|');
                for (String h : t.header()) sb.append(' ').append(md(h)).append(" |");
                sb.append("\n|").append(" --- |".repeat(t.header().size())).append('\n');
                for (List<Cell> row : t.rows()) {
                    sb.append('|');
                    for (Cell c : row) {
                        String v = c.href() == null ? md(c.text()) : "[" + md(c.text()) + "](" + c.href().replace(" ", "%20") + ")";
                        sb.append(' ').append(c.alert() && !v.isEmpty() ? "**" + v + "**" : v).append(" |");
                    }
                    sb.append('\n');
                }
                sb.append('\n');
            } else if (b instanceof Image i) {
                sb.append("![").append(md(i.alt())).append("](").append(i.png()).append(") ([矢量图](").append(i.svg()).append("))\n\n");
            } else if (b instanceof Notes n) {
                int k = 1;
                for (Note note : n.notes()) sb.append(k++).append(". **").append(md(note.label())).append("** ").append(md(note.text())).append('\n');
                sb.append('\n');
            }
        }
        return sb.toString();
    }

    static String esc(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    /** Markdown text on one line, with the characters that would start markup or end a table cell escaped. */
    static String md(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (char c : s.replaceAll("\\s*\\R\\s*", " ").toCharArray()) {
            if ("\\`*_[]<>|#".indexOf(c) >= 0) sb.append('\\');
            sb.append(c);
        }
        return sb.toString();
    }
}
