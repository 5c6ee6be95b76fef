package org.stations.read;

import java.util.ArrayList;
import java.util.List;
import org.stations.read.PrintedLine.Piece;

/**
 * A page set in two text columns, read column by column. PDFBox sorts a page's glyphs by position, so a line of the
 * left column and the line of the right column beside it come out as one printed line ("…由广州市从化区乐 个案结案（个） 38
 * 10 26.32%"): sentences and tables of both columns interleaved. A page is in two columns when a vertical gutter
 * near its middle is crossed by few of its lines (a title, a footer) while both sides of it hold lines of prose
 * (a clause mark in them). Each run of lines between two lines that cross the gutter is then read as its left
 * column, then its right column, the right column's pieces moved left onto the left column's margin: a table that
 * runs on from the foot of the left column to the head of the right one lines up with itself, as a table does that
 * runs over a page break.
 */
final class PdfColumns {
    private PdfColumns() {}

    /** Fewer lines than this are no page of columns to find. */
    private static final int MIN_LINES = 8;
    /** Lines of prose each side must hold. */
    private static final int MIN_PROSE_LINES_EACH_SIDE = 4;
    /** Share of each side's lines that must be prose. */
    private static final double MIN_PROSE_SHARE = 0.4;
    /** Lines that print on both sides of the gutter. */
    private static final int MIN_LINES_ON_BOTH_SIDES = 4;
    /** Share of the page's lines that may cross the gutter (headings, title, footer across the page). */
    private static final double MAX_CROSSING_SHARE = 0.2;
    /** The gutter is looked for in this middle share of the text's width. */
    private static final double MIDDLE_FROM = 0.35, MIDDLE_TO = 0.65;
    /** At most this many positions are tried, however wide the page: the cost stays in proportion to its pieces. */
    private static final int MAX_POSITIONS = 200;
    /** A side's text that is prose: a clause mark and some length. */
    private static final String CLAUSE_MARKS = "，。；：、,;";
    private static final int PROSE_MIN_CHARS = 8;

    /** The page's lines in reading order: column by column when the page is set in two columns, else as they are. */
    static List<PrintedLine> inReadingOrder(List<PrintedLine> page) {
        if (page.size() < MIN_LINES) return page;
        float gutter = gutter(page);
        if (Float.isNaN(gutter)) return page;
        float leftMargin = Float.MAX_VALUE, rightMargin = Float.MAX_VALUE;
        for (PrintedLine line : page) {
            if (crosses(line, gutter)) continue;
            for (Piece p : line.pieces()) {
                if (p.x1() <= gutter) leftMargin = Math.min(leftMargin, p.x0());
                else rightMargin = Math.min(rightMargin, p.x0());
            }
        }
        float shift = rightMargin - leftMargin;
        List<PrintedLine> out = new ArrayList<>(page.size() * 2);
        List<PrintedLine> right = new ArrayList<>();
        for (PrintedLine line : page) {
            if (crosses(line, gutter)) {
                out.addAll(right);
                right.clear();
                out.add(line);
                continue;
            }
            List<Piece> l = new ArrayList<>(), r = new ArrayList<>();
            for (Piece p : line.pieces()) {
                if (p.x1() <= gutter) l.add(p);
                else r.add(new Piece(p.text(), p.x0() - shift, p.x1() - shift, p.em()));
            }
            if (!l.isEmpty()) out.add(new PrintedLine(line.page(), line.y(), PrintedLine.joined(l), l));
            if (!r.isEmpty()) right.add(new PrintedLine(line.page(), line.y(), PrintedLine.joined(r), r));
        }
        out.addAll(right);
        return out;
    }

    /** The x of the page's gutter, or NaN when the page is not set in two columns. */
    static float gutter(List<PrintedLine> page) {
        float min = Float.MAX_VALUE, max = -Float.MAX_VALUE;
        for (PrintedLine line : page) {
            for (Piece p : line.pieces()) {
                min = Math.min(min, p.x0());
                max = Math.max(max, p.x1());
            }
        }
        if (!(max > min)) return Float.NaN;
        float from = min + (float) MIDDLE_FROM * (max - min), to = min + (float) MIDDLE_TO * (max - min);
        float step = Math.max(1f, (to - from) / MAX_POSITIONS);
        // the position crossed by the fewest lines; of the longest run of such positions, its middle
        int n = (int) ((to - from) / step) + 1;
        // pieces of one line do not overlap, so the pieces over a position count the lines crossing it: one pass
        int[] crossing = new int[n + 1];
        for (PrintedLine line : page) {
            for (Piece p : line.pieces()) {
                int a = Math.max(0, (int) Math.floor((p.x0() - from) / step) + 1), b = Math.min(n - 1, (int) Math.ceil((p.x1() - from) / step) - 1);
                if (a <= b) {
                    crossing[a]++;
                    crossing[b + 1]--;
                }
            }
        }
        int best = Integer.MAX_VALUE;
        for (int i = 0; i < n; i++) {
            if (i > 0) crossing[i] += crossing[i - 1];
            best = Math.min(best, crossing[i]);
        }
        float bestX = Float.NaN;
        int bestRun = 0;
        for (int i = 0; i < n; ) {
            if (crossing[i] != best) {
                i++;
                continue;
            }
            int j = i;
            while (j < n && crossing[j] == best) j++;
            if (j - i > bestRun) {
                bestRun = j - i;
                bestX = from + (i + j - 1) * step / 2;
            }
            i = j;
        }
        if (Float.isNaN(bestX) || best > MAX_CROSSING_SHARE * page.size()) return Float.NaN;
        int both = 0, proseLeft = 0, proseRight = 0, left = 0, right = 0;
        for (PrintedLine line : page) {
            if (crosses(line, bestX)) continue;
            List<Piece> l = new ArrayList<>(), r = new ArrayList<>();
            for (Piece p : line.pieces()) (p.x1() <= bestX ? l : r).add(p);
            if (!l.isEmpty() && !r.isEmpty()) both++;
            if (!l.isEmpty()) left++;
            if (!r.isEmpty()) right++;
            if (isProse(PrintedLine.joined(l))) proseLeft++;
            if (isProse(PrintedLine.joined(r))) proseRight++;
        }
        // a wide table (a landscape page) has a gap between two of its columns too, and clause marks in its notes
        // column; a column of text is mostly prose on each side
        boolean columns = both >= MIN_LINES_ON_BOTH_SIDES
                && proseLeft >= MIN_PROSE_LINES_EACH_SIDE && proseRight >= MIN_PROSE_LINES_EACH_SIDE
                && proseLeft >= MIN_PROSE_SHARE * left && proseRight >= MIN_PROSE_SHARE * right;
        return columns ? bestX : Float.NaN;
    }

    private static boolean crosses(PrintedLine line, float x) {
        for (Piece p : line.pieces()) if (p.x0() < x && p.x1() > x) return true;
        return false;
    }

    private static boolean isProse(String text) {
        if (text.length() < PROSE_MIN_CHARS) return false;
        for (int i = 0; i < text.length(); i++) if (CLAUSE_MARKS.indexOf(text.charAt(i)) >= 0) return true;
        return false;
    }
}
