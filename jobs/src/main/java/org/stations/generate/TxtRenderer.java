package org.stations.generate;

import java.util.ArrayList;
import java.util.List;

/**
 * Lays a {@link Doc} out as the text the seeds are: hard-wrapped PDF text with page numbers (000, 002),
 * a paragraph per blank-line-separated block (001, 004), or a paragraph per line with one table cell per
 * TAB-prefixed line and [bookmark: …] debris (003). The synthetic marker is always the first line.
 */
public final class TxtRenderer {
    private TxtRenderer() {}

    /** Width of a hard-wrapped line: CJK characters count 1, ASCII ½ (PDF text of the seeds holds ~28 CJK a line). */
    static final double WRAP_WIDTH = 28;
    private static final int LINES_PER_PAGE = 22;
    private static final String NO_LINE_START = "，。、；：？！）》」』”’%";

    public static String render(Doc d) {
        StringBuilder sb = new StringBuilder(16384);
        sb.append(Doc.SYNTHETIC_MARKER).append('\n');
        switch (d.layout) {
            case WRAPPED_000, PERFORMANCE_002 -> wrapped(d, sb);
            case PARAGRAPHS_001, GRADE_ONLY_004 -> paragraphs(d, sb);
            case CELLS_003 -> cells(d, sb);
        }
        return sb.toString();
    }

    private static void wrapped(Doc d, StringBuilder sb) {
        sb.append('\n');
        int[] lineOnPage = {0};
        int[] page = {1};
        for (Doc.Block b : d.blocks) {
            List<String> physical = new ArrayList<>();
            boolean blankAfterEach = true;
            if (b instanceof Doc.Para p) physical.addAll(wrap(p.text(), WRAP_WIDTH));
            else if (b instanceof Doc.Rows r) for (List<String> row : r.rows()) physical.add(String.join(" ", row));
            else if (b instanceof Doc.Lines l) {
                physical.addAll(l.lines());
                blankAfterEach = false;
            }
            for (String line : physical) {
                boolean pageStart = lineOnPage[0] == 0 && page[0] > 1;
                sb.append(pageStart && !line.isEmpty() ? " " : "").append(line).append('\n');
                if (blankAfterEach) sb.append('\n');
                if (!line.isEmpty() && ++lineOnPage[0] == LINES_PER_PAGE) {
                    sb.append("\n\n").append(page[0]++).append("\n\n");
                    lineOnPage[0] = 0;
                }
            }
        }
    }

    private static void paragraphs(Doc d, StringBuilder sb) {
        sb.append('\n');
        for (Doc.Block b : d.blocks) {
            if (b instanceof Doc.Para p) sb.append(p.text()).append("\n\n");
            else if (b instanceof Doc.Rows r) for (List<String> row : r.rows()) sb.append(String.join(" ", row)).append("\n\n");
            else if (b instanceof Doc.Lines l) for (String line : l.lines()) sb.append(line).append('\n');
        }
    }

    private static void cells(Doc d, StringBuilder sb) {
        int bookmark = 6;
        for (Doc.Block b : d.blocks) {
            if (b instanceof Doc.Para p) {
                if (p.bookmark()) sb.append("[bookmark: bookmark").append(bookmark++).append(']');
                sb.append(p.text()).append('\n');
            } else if (b instanceof Doc.Rows r) {
                for (List<String> row : r.rows()) {
                    for (String cell : row) sb.append('\t').append(cell).append('\n');
                    sb.append('\n');
                }
                sb.append('\n');
            } else if (b instanceof Doc.Lines l) {
                for (String line : l.lines()) sb.append(line).append('\n');
            }
        }
    }

    /** Breaks a paragraph into lines of at most {@code width}, never inside a number or ASCII word. */
    static List<String> wrap(String text, double width) {
        List<String> out = new ArrayList<>();
        int start = 0;
        double w = 0;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            double cw = c < 128 ? 0.5 : 1;
            if (w + cw > width && i > start) {
                int cut = i;
                while (cut > start && isWordChar(text.charAt(cut)) && isWordChar(text.charAt(cut - 1))) cut--;
                if (cut == start) cut = i;
                // like the seeds' PDFs, a line never starts with closing punctuation: it stays on the line before
                while (cut < text.length() && NO_LINE_START.indexOf(text.charAt(cut)) >= 0) cut++;
                out.add(text.substring(start, cut).stripTrailing());
                start = cut;
                while (start < text.length() && text.charAt(start) == ' ') start++;
                i = start;
                w = 0;
                continue;
            }
            w += cw;
            i++;
        }
        if (start < text.length()) out.add(text.substring(start));
        return out;
    }

    private static boolean isWordChar(char c) {
        return c < 128 && (Character.isLetterOrDigit(c) || c == '.' || c == '%');
    }
}
