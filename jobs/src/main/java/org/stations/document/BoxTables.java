package org.stations.document;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Tables drawn with box-drawing characters (┌─┬─┐ │ ├─┼─┤ └─┴─┘), as records systems print them, turned into pipe rows
 * that {@link Layout} reads like any other. Cells are found by where the verticals stand, in display columns (a Chinese
 * character is two wide): every vertical or junction of the table marks a column edge, and a cell spanning several
 * columns (a merged header such as 末期完成情况 over 累计完成 | 完成率) is repeated in each of them, as a Word reader
 * expands a merged cell. Rule lines are dropped; a rule drawn in part of a row (├────┬────┤ under a merged header)
 * leaves those cells empty.
 */
final class BoxTables {
    private BoxTables() {}

    /** Verticals and junctions: where a column edge stands. */
    private static final String EDGES = "│┃║├┤┼┬┴┌┐└┘┣┫╋┳┻┏┓┗┛╠╣╬╦╩╔╗╚╝╟╢╤╧╪╫";
    /** The most column edges a drawn table has: {@code Layout}'s bound on columns, plus one. */
    private static final int MAX_EDGES = 101;
    /** Horizontal rules: what a rule fragment is made of. */
    private static final String RULES = "─━═╌╍┄┅";

    /** The lines, with each run of box-drawn lines replaced by pipe rows (rules dropped). Runs on the text before NFKC. */
    static List<String> toPipes(List<String> lines) {
        List<String> out = new ArrayList<>(lines.size());
        int i = 0;
        while (i < lines.size()) {
            if (!isBoxLine(lines.get(i))) { out.add(lines.get(i)); i++; continue; }
            int j = i;
            while (j < lines.size() && isBoxLine(lines.get(j))) j++;
            out.addAll(rows(lines.subList(i, j)));
            i = j;
        }
        return out;
    }

    static boolean isBoxLine(String l) {
        for (int k = 0; k < l.length(); k++) {
            char c = l.charAt(k);
            if (c == ' ' || c == '\u3000' || c == '\t') continue;
            return EDGES.indexOf(c) >= 0;
        }
        return false;
    }

    private static List<String> rows(List<String> block) {
        TreeSet<Integer> grid = new TreeSet<>();
        for (String l : block) {
            grid.addAll(edges(l));
            // a run of box characters wider than any table is not one: left as it is (each of its rows would be printed
            // with a cell per column of the whole grid, the square of the line's length)
            if (grid.size() > MAX_EDGES) return block;
        }
        List<Integer> edges = new ArrayList<>(grid);
        List<String> out = new ArrayList<>();
        for (String l : block) {
            if (isRule(l)) continue;
            String[] cells = new String[Math.max(0, edges.size() - 1)];
            java.util.Arrays.fill(cells, "");
            List<Integer> own = new ArrayList<>();
            List<String> texts = segments(l, own);
            boolean any = false;
            for (int k = 0; k < texts.size(); k++) {
                int from = own.get(k), to = own.get(k + 1);
                String text = texts.get(k);
                if (text.isEmpty()) continue;
                any = true;
                for (int g = java.util.Collections.binarySearch(edges, from); g >= 0 && g + 1 < edges.size() && edges.get(g + 1) <= to; g++) {
                    cells[g] = text;
                }
            }
            if (any) out.add("| " + String.join(" | ", cells) + " |");
        }
        return out;
    }

    /** Display columns of the line's edges. */
    private static List<Integer> edges(String l) {
        List<Integer> out = new ArrayList<>();
        int x = 0;
        for (int k = 0; k < l.length(); k++) {
            char c = l.charAt(k);
            if (EDGES.indexOf(c) >= 0) out.add(x);
            x += width(c);
        }
        return out;
    }

    /**
     * The texts between the line's edges, in one pass (a rule fragment read as empty); {@code edges} receives the
     * display columns of the edges, one more than the texts.
     */
    private static List<String> segments(String l, List<Integer> edges) {
        List<String> out = new ArrayList<>();
        StringBuilder sb = new StringBuilder();
        int x = 0;
        for (int k = 0; k < l.length(); k++) {
            char c = l.charAt(k);
            if (EDGES.indexOf(c) >= 0) {
                if (!edges.isEmpty()) out.add(cellText(sb));
                edges.add(x);
                sb.setLength(0);
            } else if (!edges.isEmpty()) {
                sb.append(c);
            }
            x += width(c);
        }
        return out;
    }

    private static String cellText(StringBuilder sb) {
        String s = sb.toString().replace('\u3000', ' ').strip();
        for (int k = 0; k < s.length(); k++) if (RULES.indexOf(s.charAt(k)) < 0 && s.charAt(k) != ' ') return s;
        return "";
    }

    /** A line of edges and rules only. */
    private static boolean isRule(String l) {
        for (int k = 0; k < l.length(); k++) {
            char c = l.charAt(k);
            if (c != ' ' && EDGES.indexOf(c) < 0 && RULES.indexOf(c) < 0) return false;
        }
        return true;
    }

    /** Two for the characters a monospace terminal prints double wide (CJK, full-width forms), else one. */
    static int width(char c) {
        return (c >= '\u1100' && c <= '\u115F') || (c >= '\u2E80' && c <= '\uA4CF') || (c >= '\uAC00' && c <= '\uD7A3')
                || (c >= '\uF900' && c <= '\uFAFF') || (c >= '\uFE30' && c <= '\uFE4F') || (c >= '\uFF00' && c <= '\uFF60')
                || (c >= '\uFFE0' && c <= '\uFFE6') ? 2 : 1;
    }
}
