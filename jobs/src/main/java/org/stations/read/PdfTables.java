package org.stations.read;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import org.stations.read.PrintedLine.Piece;

/**
 * A PDF's printed lines as text: prose lines as PDFBox prints them, and runs of lines that are a table as rows of
 * cells aligned to the table's columns (the encoding of {@link DocumentReader#read}), an empty line between pages.
 *
 * <p>A line whose glyphs have wide gaps (see {@link PrintedLine#CELL_GAP_EM}) has several chunks. Two or more such
 * lines in a row, close together, are a table when they have numbers in them (a header of short labels and one
 * row with a number, or two rows with numbers): justified prose or a signature block with a wide gap is not.
 * The columns are the x ranges the body rows' glyphs occupy; every piece of text goes to the column it overlaps,
 * and a column a row prints nothing in is an empty cell, so a label printed once beside the middle row of the rows
 * it spans (a merged cell) stays in its own column on that row.
 */
final class PdfTables {
    private PdfTables() {}

    /** Lines further apart than this (in ems of the upper line) are not rows of one table. */
    private static final float ROW_PITCH_EM = 3f;
    /** A cell that is a number, a percentage, or a mark standing for none. */
    private static final Pattern NUMBER = Pattern.compile("[-+]?\\d[\\d,]*(?:\\.\\d+)?%?|[-—–－]+|[/√×]");
    private static final Pattern SENTENCE_MARK = Pattern.compile("[，。；：,;:！？]");
    /** A header cell is a short label. */
    private static final int HEADER_CELL_MAX_CHARS = 12;
    /** A one-chunk line between table rows that is still part of the table: a label printed between two rows. */
    private static final int LONE_LABEL_MAX_CHARS = 15;
    /** A unit in brackets on a line of its own, the end of a label wrapped in its cell: "（户）". */
    private static final Pattern WRAPPED_UNIT = Pattern.compile("[（(][^（()）]{1,8}[）)]");
    /** A label cannot end with "and": the rest of it is on the next line. */
    private static final Pattern ENDS_WITH_CONNECTIVE = Pattern.compile("^.*[与和及或、]$");

    static String render(List<List<PrintedLine>> pages) {
        List<List<PrintedLine>> ordered = new ArrayList<>(pages.size());
        for (List<PrintedLine> page : pages) ordered.add(PdfColumns.inReadingOrder(page));
        List<PrintedLine> lines = PageFurniture.strip(ordered);
        List<List<List<Piece>>> chunks = new ArrayList<>(lines.size());
        for (PrintedLine line : lines) chunks.add(line.chunks());
        StringBuilder out = new StringBuilder();
        int page = lines.isEmpty() ? 0 : lines.get(0).page();
        int i = 0;
        while (i < lines.size()) {
            if (lines.get(i).page() != page) {
                endPage(out);
                page = lines.get(i).page();
            }
            int end = tableEnd(lines, chunks, i);
            if (end == i) {
                out.append(lines.get(i).text()).append('\n');
                i++;
                continue;
            }
            if (!endsWithEmptyLine(out)) out.append('\n');
            for (String[] row : rows(lines.subList(i, end))) {
                out.append('\t').append(String.join("\t", row)).append("\n\n");
            }
            page = lines.get(end - 1).page();
            i = end;
        }
        endPage(out);
        return out.toString();
    }

    /** An empty line between pages (none where a table row already left one). */
    private static void endPage(StringBuilder out) {
        if (out.length() > 0 && !endsWithEmptyLine(out)) out.append('\n');
    }

    /** Looks at the last two characters only: copying the whole text at every table would be quadratic. */
    private static boolean endsWithEmptyLine(StringBuilder out) {
        int n = out.length();
        return n >= 2 && out.charAt(n - 1) == '\n' && out.charAt(n - 2) == '\n';
    }

    /** The end (exclusive) of the table that starts at line {@code start}, or {@code start} if none does. */
    static int tableEnd(List<PrintedLine> lines, List<List<List<Piece>>> chunks, int start) {
        if (chunks.get(start).size() < 2) return start;
        int end = start + 1;
        while (end < lines.size() && near(lines.get(end - 1), lines.get(end))) {
            if (chunks.get(end).size() >= 2) {
                end++;
            } else if (end + 1 < lines.size() && chunks.get(end + 1).size() >= 2
                    && near(lines.get(end), lines.get(end + 1)) && isLoneLabel(lines.get(end))) {
                end++;
            } else {
                break;
            }
        }
        int tableLike = 0, withNumbers = 0;
        for (int i = start; i < end; i++) {
            if (chunks.get(i).size() >= 2) tableLike++;
            if (chunks.get(i).stream().anyMatch(c -> NUMBER.matcher(PrintedLine.joined(c)).matches())) withNumbers++;
        }
        boolean table = tableLike >= 2
                && (withNumbers >= 2 || withNumbers >= 1 && isHeader(chunks.get(start)));
        return table ? end : start;
    }

    /** Rows of one table, or the next page's first line after a table's last row on the page before. */
    private static boolean near(PrintedLine upper, PrintedLine lower) {
        if (lower.page() != upper.page()) return lower.page() == upper.page() + 1;
        float em = 0;
        for (Piece p : upper.pieces()) em = Math.max(em, p.em());
        return lower.y() - upper.y() <= ROW_PITCH_EM * em;
    }

    private static boolean isLoneLabel(PrintedLine line) {
        String text = line.text().strip();
        return text.length() <= LONE_LABEL_MAX_CHARS && !SENTENCE_MARK.matcher(text).find();
    }

    private static boolean isHeader(List<List<Piece>> chunks) {
        for (List<Piece> chunk : chunks) {
            String text = PrintedLine.joined(chunk);
            if (text.length() > HEADER_CELL_MAX_CHARS || text.matches(".*\\d.*") || SENTENCE_MARK.matcher(text).find()) {
                return false;
            }
        }
        return true;
    }

    /** The table's rows, cells aligned to its columns; the header repeated after a page break dropped. */
    static List<String[]> rows(List<PrintedLine> block) {
        List<float[]> columns = columns(block);
        List<String[]> rows = new ArrayList<>();
        List<Integer> pages = new ArrayList<>();
        for (PrintedLine line : block) {
            String[] cells = new String[columns.size()];
            Arrays.fill(cells, "");
            for (Piece piece : line.pieces()) {
                List<Integer> spanned = rows.isEmpty() ? spanned(piece, columns) : List.of();
                for (int c : spanned.size() > 1 ? spanned : List.of(column(piece, columns))) {
                    cells[c] = cells[c].isEmpty() ? piece.text() : cells[c] + " " + piece.text();
                }
            }
            if (!rows.isEmpty() && Arrays.equals(cells, rows.get(0))) continue;
            rows.add(cells);
            pages.add(line.page());
        }
        joinWrappedLabels(rows, pages);
        return rows;
    }

    /**
     * The x ranges of the table's columns: where the body rows' pieces overlap one another (the header is left out:
     * a header cell over two columns would join them). Two neighbouring ranges that no row sets a cell gap apart,
     * while some row has text in both closer than that, are one cell's words: one column.
     */
    static List<float[]> columns(List<PrintedLine> block) {
        List<Piece> pieces = new ArrayList<>();
        for (PrintedLine line : block.subList(1, block.size())) {
            if (line.chunks().size() >= 2) pieces.addAll(line.pieces());
        }
        if (pieces.isEmpty()) for (PrintedLine line : block) pieces.addAll(line.pieces());
        pieces.sort(Comparator.comparingDouble(Piece::x0));
        List<float[]> columns = new ArrayList<>();
        for (Piece p : pieces) {
            float[] last = columns.isEmpty() ? null : columns.get(columns.size() - 1);
            if (last != null && p.x0() <= last[1]) last[1] = Math.max(last[1], p.x1());
            else columns.add(new float[] {p.x0(), p.x1()});
        }
        for (int c = 0; c + 1 < columns.size(); ) {
            if (oneCellApart(block, columns, c)) {
                columns.get(c)[1] = Math.max(columns.get(c)[1], columns.get(c + 1)[1]);
                columns.remove(c + 1);
            } else {
                c++;
            }
        }
        return columns;
    }

    /** Whether columns c and c+1 are only ever printed closer together than a cell gap. */
    private static boolean oneCellApart(List<PrintedLine> block, List<float[]> columns, int c) {
        boolean close = false;
        for (PrintedLine line : block) {
            Piece left = null, right = null;
            for (Piece p : line.pieces()) {
                int column = column(p, columns);
                if (column == c) left = p;
                else if (column == c + 1 && right == null) right = p;
            }
            if (left == null || right == null) continue;
            if (left.isCellGapTo(right)) return false;
            close = true;
        }
        return close;
    }

    /**
     * The columns a header cell covers a third of or more: a merged header ("中期完成情况" over 完成数 and 完成率) is
     * the header of each, as in a Word table.
     */
    private static List<Integer> spanned(Piece piece, List<float[]> columns) {
        List<Integer> spanned = new ArrayList<>();
        for (int c = 0; c < columns.size(); c++) {
            float[] col = columns.get(c);
            float overlap = Math.min(piece.x1(), col[1]) - Math.max(piece.x0(), col[0]);
            if (overlap > 0 && overlap >= (col[1] - col[0]) / 3) spanned.add(c);
        }
        return spanned;
    }

    /** The column a piece overlaps most, or the nearest one. */
    private static int column(Piece piece, List<float[]> columns) {
        int best = 0;
        float bestScore = Float.NEGATIVE_INFINITY;
        for (int c = 0; c < columns.size(); c++) {
            float[] col = columns.get(c);
            // overlap when positive, minus the distance when apart
            float score = Math.min(piece.x1(), col[1]) - Math.max(piece.x0(), col[0]);
            if (score > bestScore) {
                bestScore = score;
                best = c;
            }
        }
        return best;
    }

    /**
     * A label too long for its cell wraps onto the next printed line, which then sits beside the next row's values
     * ("困难群众和特殊群体建档" + "（户）", "服务质量（东1片" + "区）", "志愿服务与" + "社区组织"): the tail goes back to the
     * row above; a row left with values only in the columns the row above lacks is the rest of that row.
     */
    private static void joinWrappedLabels(List<String[]> rows, List<Integer> pages) {
        for (int r = 0; r + 1 < rows.size(); r++) {
            String[] upper = rows.get(r), lower = rows.get(r + 1);
            if (!pages.get(r).equals(pages.get(r + 1))) continue;
            boolean moved = false;
            for (int c = 0; c < upper.length; c++) {
                if (continuesBelow(upper[c], lower[c])) {
                    upper[c] = upper[c] + lower[c];
                    lower[c] = "";
                    moved = true;
                }
            }
            if (!moved) continue;
            boolean disjoint = true;
            for (int c = 0; c < upper.length; c++) disjoint &= upper[c].isEmpty() || lower[c].isEmpty();
            if (!disjoint) continue;
            for (int c = 0; c < upper.length; c++) if (upper[c].isEmpty()) upper[c] = lower[c];
            rows.remove(r + 1);
            pages.remove(r + 1);
        }
    }

    private static boolean continuesBelow(String upper, String lower) {
        if (upper.isEmpty() || lower.isEmpty()) return false;
        if (NUMBER.matcher(upper).matches() || NUMBER.matcher(lower).matches()) return false;
        return count(upper, "（(") > count(upper, "）)")
                || WRAPPED_UNIT.matcher(lower).matches() && !upper.endsWith("）") && !upper.endsWith(")")
                || ENDS_WITH_CONNECTIVE.matcher(upper).matches();
    }

    private static int count(String s, String chars) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) if (chars.indexOf(s.charAt(i)) >= 0) n++;
        return n;
    }
}
