package org.stations.api;

import tech.tablesaw.api.Table;

/**
 * A Tablesaw table as an HTML table for a notebook ({@code display(Html.of(t), "text/html")}): Tablesaw's
 * own text rendering pads by character count, which misaligns Chinese columns.
 */
public final class Html {
    /** Beyond this a notebook page is a scroll, not a table; the caption says how many were left out. */
    public static final int MAX_ROWS = 50;

    private Html() {}

    public static String of(Table t) { return of(t, MAX_ROWS); }

    public static String of(Table t, int maxRows) {
        StringBuilder sb = new StringBuilder("<table><thead><tr>");
        for (String c : t.columnNames()) sb.append("<th>").append(escape(c)).append("</th>");
        sb.append("</tr></thead><tbody>");
        int n = Math.min(maxRows, t.rowCount());
        for (int r = 0; r < n; r++) {
            sb.append("<tr>");
            for (int c = 0; c < t.columnCount(); c++) {
                var col = t.column(c);
                String v = col.isMissing(r) ? "" : col.getString(r);
                boolean number = col instanceof tech.tablesaw.api.NumericColumn<?>;
                sb.append(number ? "<td style=\"text-align:right\">" : "<td>").append(escape(v)).append("</td>");
            }
            sb.append("</tr>");
        }
        sb.append("</tbody></table>");
        sb.append("<p><small>").append(t.rowCount()).append(" 行 rows");
        if (n < t.rowCount()) sb.append(", 显示前 ").append(n).append(" 行 first shown");
        return sb.append("</small></p>").toString();
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
