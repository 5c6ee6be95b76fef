package org.stations.cli;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/** Prints a query result as an aligned table, CSV with a header, or JSON Lines; rows stream from the executors. */
final class ResultPrinter {
    private static final int TABLE_SAMPLE = 1000;

    private ResultPrinter() {}

    static void print(Dataset<Row> df, String format, PrintStream out) {
        switch (format) {
            case "json" -> {
                // nulls stay in the object: "not stated" is an answer, not a missing key
                Iterator<Row> it = df.select(org.apache.spark.sql.functions.to_json(
                        org.apache.spark.sql.functions.struct(org.apache.spark.sql.functions.col("*")),
                        java.util.Map.of("ignoreNullFields", "false"))).toLocalIterator();
                while (it.hasNext()) out.println(it.next().getString(0));
            }
            case "csv" -> {
                out.println(String.join(",", df.columns()));
                Iterator<Row> it = df.toLocalIterator();
                while (it.hasNext()) {
                    Row r = it.next();
                    List<String> cells = new ArrayList<>();
                    for (int i = 0; i < r.length(); i++) cells.add(csv(r.get(i)));
                    out.println(String.join(",", cells));
                }
            }
            default -> table(df, out);
        }
    }

    private static String csv(Object v) {
        if (v == null) return "";
        String s = cell(v);
        if (s.contains(",") || s.contains("\"") || s.contains("\n")) return '"' + s.replace("\"", "\"\"") + '"';
        return s;
    }

    private static String cell(Object v) {
        if (v == null) return "NULL";
        if (v instanceof scala.collection.Seq<?> seq) return seq.mkString("[", ", ", "]");
        return v.toString();
    }

    /** An aligned table of at most TABLE_SAMPLE rows; CJK characters count as two columns wide. */
    private static void table(Dataset<Row> df, PrintStream out) {
        String[] cols = df.columns();
        List<String[]> rows = new ArrayList<>();
        Iterator<Row> it = df.toLocalIterator();
        boolean more = false;
        while (it.hasNext()) {
            if (rows.size() == TABLE_SAMPLE) { more = true; break; }
            Row r = it.next();
            String[] cells = new String[cols.length];
            for (int i = 0; i < cols.length; i++) {
                String s = cell(r.get(i)).replace('\n', ' ');
                cells[i] = s.length() > 60 ? s.substring(0, 57) + "..." : s;
            }
            rows.add(cells);
        }
        int[] w = new int[cols.length];
        for (int i = 0; i < cols.length; i++) w[i] = width(cols[i]);
        for (String[] r : rows) for (int i = 0; i < cols.length; i++) w[i] = Math.max(w[i], width(r[i]));
        out.println(line(cols, w));
        StringBuilder sep = new StringBuilder();
        for (int i = 0; i < w.length; i++) sep.append(i == 0 ? "" : "-+-").append("-".repeat(w[i]));
        out.println(sep);
        for (String[] r : rows) out.println(line(r, w));
        out.println("(" + rows.size() + (more ? "+ rows; use --format csv or json for all)" : " rows)"));
    }

    private static String line(String[] cells, int[] w) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) sb.append(" | ");
            sb.append(cells[i]).append(" ".repeat(w[i] - width(cells[i])));
        }
        return sb.toString().stripTrailing();
    }

    /** Terminal columns: Chinese two, combining marks none, as a terminal draws them (JLine's wcwidth). */
    static int width(String s) {
        return s.codePoints().map(cp -> Math.max(0, org.jline.utils.WCWidth.wcwidth(cp))).sum();
    }
}
