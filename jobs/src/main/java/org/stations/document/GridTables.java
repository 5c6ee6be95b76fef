package org.stations.document;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Tables drawn as reStructuredText grid tables: rules of {@code +}, {@code -} and {@code =} ({@code +====+} under the
 * header), cells between {@code |}. Every physical line between two rules belongs to one row, so a cell wrapped over
 * several lines is joined back into one; a rule drawn in part ({@code +----+      +}) leaves the columns without a rule
 * merged with the row below, and such a merged cell's text is repeated in each row it spans, as a Word reader expands a
 * vertical merge. The result is pipe rows that {@link Layout} reads like any other. Columns are found by where the
 * {@code +} and {@code |} stand, in display columns (a Chinese character is two wide, see {@link BoxTables#width}).
 */
final class GridTables {
    private GridTables() {}

    /** The most column edges a drawn table has: {@code Layout}'s bound on columns, plus one. */
    private static final int MAX_EDGES = 101;

    /** Whether the text may hold a grid table: a rule starts with "+-" or "+=". Cheap, before any splitting. */
    static boolean mayHold(String s) {
        return s.contains("+-") || s.contains("+=");
    }

    /** The lines, with each grid table replaced by pipe rows (rules dropped). Runs on the text before NFKC. */
    static List<String> toPipes(List<String> lines) {
        List<String> out = new ArrayList<>(lines.size());
        int i = 0;
        while (i < lines.size()) {
            if (!isRule(lines.get(i))) { out.add(lines.get(i)); i++; continue; }
            int j = i + 1;
            while (j < lines.size() && (isRule(lines.get(j)) || isCellLine(lines.get(j)))) j++;
            List<String> rows = rows(lines.subList(i, j));
            if (rows == null) out.addAll(lines.subList(i, j));
            else out.addAll(rows);
            i = j;
        }
        return out;
    }

    /** A rule line: "+", then only '-', '=', '+' and spaces (a partial rule leaves merged cells blank), ending in '+'. */
    static boolean isRule(String l) {
        String s = l.strip();
        if (s.length() < 3 || s.charAt(0) != '+' || s.charAt(s.length() - 1) != '+') return false;
        boolean drawn = false;
        for (int k = 1; k < s.length(); k++) {
            char c = s.charAt(k);
            if (c == '-' || c == '=') drawn = true;
            else if (c != '+' && c != ' ') return false;
        }
        return drawn;
    }

    private static boolean isCellLine(String l) {
        String s = l.strip();
        return s.length() >= 2 && s.charAt(0) == '|' && s.charAt(s.length() - 1) == '|';
    }

    /** The pipe rows of one grid block, or null where its lines do not stand on one grid. */
    private static List<String> rows(List<String> block) {
        TreeSet<Integer> grid = new TreeSet<>();
        for (String l : block) {
            char edge = isRule(l) ? '+' : '|';
            int x = 0;
            for (int k = 0; k < l.length(); k++) {
                char c = l.charAt(k);
                if (c == edge) grid.add(x);
                x += BoxTables.width(c);
            }
            if (grid.size() > MAX_EDGES) return null;
        }
        List<Integer> edges = new ArrayList<>(grid);
        int columns = edges.size() - 1;
        if (columns < 1) return null;
        List<String[]> rows = new ArrayList<>();
        // the text of each column's open cell, and the first row that cell spans
        StringBuilder[] open = new StringBuilder[columns];
        int[] since = new int[columns];
        for (int c = 0; c < columns; c++) open[c] = new StringBuilder();
        String[] current = null;
        for (String l : block) {
            if (isRule(l)) {
                if (current == null) continue; // the top rule
                rows.add(current);
                int row = rows.size() - 1;
                boolean[] ruled = ruledColumns(l, edges);
                for (int c = 0; c < columns; c++) {
                    if (!ruled[c]) continue;
                    close(rows, since[c], row, c, open[c]);
                    since[c] = row + 1;
                }
                current = null;
                continue;
            }
            if (current == null) { current = new String[columns]; java.util.Arrays.fill(current, ""); }
            int x = 0, from = -1;
            StringBuilder text = new StringBuilder();
            for (int k = 0; k < l.length(); k++) {
                char c = l.charAt(k);
                if (c == '|') {
                    if (from >= 0) append(open, edges, from, x, text.toString());
                    from = x;
                    text.setLength(0);
                } else if (from >= 0) {
                    text.append(c);
                }
                x += BoxTables.width(c);
            }
        }
        if (current != null) rows.add(current);
        for (int c = 0; c < columns; c++) if (since[c] < rows.size()) close(rows, since[c], rows.size() - 1, c, open[c]);
        List<String> out = new ArrayList<>();
        for (String[] r : rows) {
            boolean any = false;
            for (String cell : r) any |= !cell.isEmpty();
            if (any) out.add("| " + String.join(" | ", r) + " |");
        }
        return out;
    }

    /** A cell's text on this line goes to each grid column between its edges (a cell spanning columns is repeated). */
    private static void append(StringBuilder[] open, List<Integer> edges, int from, int to, String text) {
        String t = text.replace('\u3000', ' ').strip();
        if (t.isEmpty()) return;
        for (int g = java.util.Collections.binarySearch(edges, from); g >= 0 && g + 1 < edges.size() && edges.get(g + 1) <= to; g++) {
            // a wrapped line continues the cell: Chinese runs on without a space, words and numbers keep one
            StringBuilder sb = open[g];
            if (sb.length() > 0 && (isAscii(sb.charAt(sb.length() - 1)) && isAscii(t.charAt(0)))) sb.append(' ');
            sb.append(t);
        }
    }

    private static boolean isAscii(char c) {
        return c < 0x80 && c != ' ';
    }

    /** The cell of column c, open from row {@code from} to row {@code to}: its text in each of those rows. */
    private static void close(List<String[]> rows, int from, int to, int c, StringBuilder text) {
        String t = text.toString();
        for (int r = from; r <= to && r < rows.size(); r++) rows.get(r)[c] = t;
        text.setLength(0);
    }

    /** Which columns a rule line draws a rule under (a blank stretch: a cell merged with the row below). */
    private static boolean[] ruledColumns(String l, List<Integer> edges) {
        boolean[] ruled = new boolean[edges.size() - 1];
        int x = 0;
        for (int k = 0; k < l.length(); k++) {
            char c = l.charAt(k);
            if (c == '-' || c == '=') {
                int g = java.util.Collections.binarySearch(edges, x);
                if (g < 0) g = -g - 2; // the column whose left edge is before x
                if (g >= 0 && g < ruled.length) ruled[g] = true;
            }
            x += BoxTables.width(c);
        }
        return ruled;
    }
}
