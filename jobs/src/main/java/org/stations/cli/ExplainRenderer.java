package org.stations.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import org.apache.spark.sql.Row;
import org.stations.extract.ExtractedReport;
import org.stations.model.ColumnLabels;
import org.stations.model.Party;
import org.stations.model.Table;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** What extraction read from one report, for a person (aligned text, Chinese labels) or for a tool (JSON). */
final class ExplainRenderer {
    /** Evidence is shortened to this many characters in text: enough to find the sentence in the report. */
    static final int EVIDENCE_CHARS = 100;
    /** A table cell longer than this is shortened, so one long label does not push every column off screen. */
    static final int CELL_WIDTH = 40;

    /** The report's fields in reading order: who, what, when, then the figures. Columns added later follow them. */
    private static final List<String> REPORT_ORDER = List.of("station", "station_full", "city", "district", "report_type",
            "evaluation_date", "contract_start", "contract_end", "period_start", "period_end", "period_months",
            "operator", "purchaser", "supervisor", "evaluator", "budget_wan", "total_score", "grade",
            "social_workers", "certified_workers", "retention_rate", "satisfaction_rate");
    /** Bookkeeping, not something read from the report's text. */
    private static final Set<String> NOT_READ = Set.of("report_id", "source_file", "report_type_label", "text_sha256",
            "parser_version", "ingested_at", "file_sha256", "source_modified", "synthetic", "facts_sha256");
    private static final Set<String> RATES = Set.of("retention_rate", "satisfaction_rate", "experienced_share",
            "completion", "reported_completion");
    private static final Map<String, String> SEVERITY = Map.of("error", "错误", "warning", "警告");

    private static final ObjectMapper JSON = new ObjectMapper();

    private ExplainRenderer() {}

    // ---- text ----

    static String text(String file, ExtractedReport r) {
        StringBuilder out = new StringBuilder();
        Row report = r.report();
        out.append("══ ").append(file).append("  ·  ").append(ColumnLabels.of(Table.REPORT, "report_id")).append(' ')
                .append(r.reportId).append('\n');

        out.append("\n【报告】\n");
        List<String[]> fields = new ArrayList<>();
        List<String> evidence = new ArrayList<>();
        List<String> notFound = new ArrayList<>();
        for (String c : reportColumns()) {
            Object v = get(Table.REPORT, report, c);
            if (v == null) { notFound.add(ColumnLabels.of(Table.REPORT, c)); continue; }
            String shown = c.equals("report_type") ? get(Table.REPORT, report, "report_type_label") + " (" + v + ")" : value(c, v);
            fields.add(new String[]{ColumnLabels.of(Table.REPORT, c), shown});
            evidence.add(r.fieldEvidence.get(c));
        }
        if (Boolean.TRUE.equals(get(Table.REPORT, report, "synthetic"))) {
            fields.add(new String[]{ColumnLabels.of(Table.REPORT, "synthetic"), "是（生成的样例报告）"});
            evidence.add(null);
        }
        table(out, null, new boolean[]{false, false}, fields, evidence);

        out.append("\n【四方评分】\n");
        rows(out, r, Table.PARTY_SCORE, List.of("party", "score", "max_score"), true);
        out.append("\n【评分项目】\n");
        rows(out, r, Table.SCORE_ITEM, List.of("party", "item", "area", "max_score", "score", "converted_score"), true);
        out.append("\n【服务指标】\n");
        rows(out, r, Table.INDICATOR, List.of("label", "area", "period_label", "target", "actual", "completion",
                "reported_completion"), true);
        if (r.rows(Table.INDICATOR).stream().anyMatch(x -> Boolean.TRUE.equals(get(Table.INDICATOR, x, "target_derived")))) {
            out.append("  * 报告只写了完成数与完成率：指标值 = 完成数 ÷ 完成率\n");
        }

        out.append("\n【人员配置】\n");
        List<Row> staffing = r.rows(Table.STAFFING);
        if (staffing.isEmpty()) out.append("  （未读到）\n");
        for (Row s : staffing) {
            List<String[]> sf = new ArrayList<>();
            for (String c : Table.STAFFING.schema.fieldNames()) {
                Object v = get(Table.STAFFING, s, c);
                if (c.equals("report_id") || c.equals("evidence") || v == null) continue;
                sf.add(new String[]{ColumnLabels.of(Table.STAFFING, c), value(c, v)});
            }
            table(out, null, new boolean[]{false, false}, sf, null);
            String e = (String) get(Table.STAFFING, s, "evidence");
            if (e != null) out.append("      依据：").append(shorten(e)).append('\n');
        }

        out.append("\n【未找到】\n");
        out.append("  ").append(notFound.isEmpty() ? "（报告的字段都已读到）" : String.join("、", notFound)).append('\n');
        List<String> emptyTables = new ArrayList<>();
        for (Table t : List.of(Table.PARTY_SCORE, Table.SCORE_ITEM, Table.INDICATOR, Table.STAFFING)) {
            if (r.rows(t).isEmpty()) emptyTables.add(tableLabel(t));
        }
        if (!emptyTables.isEmpty()) out.append("  未读到任何一行：").append(String.join("、", emptyTables)).append('\n');

        out.append("\n【质量标记】\n");
        rows(out, r, Table.QUALITY_FLAG, List.of("table_name", "check", "severity", "detail"), false);
        return out.toString();
    }

    private static String tableLabel(Table t) {
        return switch (t) {
            case PARTY_SCORE -> "四方评分";
            case SCORE_ITEM -> "评分项目";
            case INDICATOR -> "服务指标";
            case STAFFING -> "人员配置";
            default -> t.tableName;
        };
    }

    /** A table's rows as aligned columns under their Chinese labels, each row's evidence below it. */
    private static void rows(StringBuilder out, ExtractedReport r, Table t, List<String> cols, boolean withEvidence) {
        List<Row> rows = r.rows(t);
        if (rows.isEmpty()) { out.append("  （无）\n"); return; }
        String[] header = new String[cols.size()];
        boolean[] right = new boolean[cols.size()];
        for (int i = 0; i < cols.size(); i++) {
            header[i] = ColumnLabels.of(t, cols.get(i));
            right[i] = t.schema.apply(cols.get(i)).dataType() instanceof org.apache.spark.sql.types.NumericType;
        }
        List<String[]> cells = new ArrayList<>();
        List<String> evidence = withEvidence ? new ArrayList<>() : null;
        for (Row row : rows) {
            String[] c = new String[cols.size()];
            for (int i = 0; i < cols.size(); i++) c[i] = cell(t, row, cols.get(i));
            cells.add(c);
            if (withEvidence) evidence.add((String) get(t, row, "evidence"));
        }
        table(out, header, right, cells, evidence);
    }

    private static String cell(Table t, Row row, String col) {
        Object v = get(t, row, col);
        if (v == null) return "—";
        if (col.equals("party") && t != Table.QUALITY_FLAG) return partyLabel((String) v);
        if (col.equals("severity")) return SEVERITY.getOrDefault(v, (String) v);
        if (RATES.contains(col)) return percent((Double) v);
        if (col.equals("target") && Boolean.TRUE.equals(get(t, row, "target_derived"))) return number(v) + "*";
        String s = v instanceof Double ? number(v) : v.toString();
        return col.equals("detail") ? oneLine(s) : fit(oneLine(s), CELL_WIDTH);
    }

    /** 监督方 for a party code; a finding's "area:东片" keeps its 片区. */
    private static String partyLabel(String code) {
        for (Party p : Party.values()) if (p.code.equals(code)) return p.label;
        return code;
    }

    /**
     * Aligned columns (display width: a CJK character takes two), then under each row its evidence, indented.
     * The same evidence as the row before is not repeated: several dates or figures often come from one sentence.
     */
    private static void table(StringBuilder out, String[] header, boolean[] right, List<String[]> rows, List<String> evidence) {
        int n = right.length;
        int[] w = new int[n];
        if (header != null) for (int i = 0; i < n; i++) w[i] = width(header[i]);
        for (String[] r : rows) for (int i = 0; i < n; i++) w[i] = Math.max(w[i], width(r[i]));
        if (header != null) out.append(line(header, w, new boolean[n])).append('\n');
        String previous = null;
        for (int k = 0; k < rows.size(); k++) {
            out.append(line(rows.get(k), w, right)).append('\n');
            String e = evidence == null ? null : evidence.get(k);
            if (e == null || e.isBlank()) continue;
            out.append("      依据：").append(e.equals(previous) ? "（同上）" : shorten(e)).append('\n');
            previous = e;
        }
    }

    private static String line(String[] cells, int[] w, boolean[] right) {
        StringBuilder sb = new StringBuilder("  ");
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) sb.append("  ");
            String pad = " ".repeat(w[i] - width(cells[i]));
            sb.append(right[i] ? pad + cells[i] : cells[i] + pad);
        }
        return sb.toString().stripTrailing();
    }

    /** Columns a terminal gives a string: East Asian wide and full-width characters two, combining marks none. */
    static int width(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            int type = Character.getType(cp);
            if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.FORMAT) continue;
            int ea = UCharacter.getIntPropertyValue(cp, UProperty.EAST_ASIAN_WIDTH);
            n += ea == UCharacter.EastAsianWidth.WIDE || ea == UCharacter.EastAsianWidth.FULLWIDTH ? 2 : 1;
        }
        return n;
    }

    static String shorten(String evidence) {
        String s = oneLine(evidence);
        if (s.codePointCount(0, s.length()) <= EVIDENCE_CHARS) return s;
        return s.substring(0, s.offsetByCodePoints(0, EVIDENCE_CHARS - 1)) + "…";
    }

    /** A cell cut to a display width, marked with … where cut. */
    private static String fit(String s, int maxWidth) {
        if (width(s) <= maxWidth) return s;
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            String c = new String(Character.toChars(cp));
            if (width(sb + c) > maxWidth - 1) break;
            sb.append(c);
            i += c.length();
        }
        return sb.append('…').toString();
    }

    private static String oneLine(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }

    private static String value(String col, Object v) {
        if (RATES.contains(col) && v instanceof Double d) return number(d) + "（" + percent(d) + "）";
        return v instanceof Double ? number(v) : v.toString();
    }

    /** 240.0 → 240, 8.75 → 8.75: the number as a report would print it. */
    static String number(Object v) {
        if (!(v instanceof Double d)) return String.valueOf(v);
        if (d.isNaN() || d.isInfinite()) return d.toString();
        return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
    }

    static String percent(Double d) {
        if (d == null) return "—";
        if (d.isNaN() || d.isInfinite()) return d.toString();
        return BigDecimal.valueOf(d * 100).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString() + "%";
    }

    // ---- json ----

    /** One JSON object: the report's fields (label, value, evidence) and every table's rows; nulls kept. */
    static String json(String file, ExtractedReport r) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("source_file", file);
        o.put("report_id", r.reportId);
        Map<String, Object> fields = new LinkedHashMap<>();
        List<String> notFound = new ArrayList<>();
        for (String c : reportColumns()) {
            Object v = get(Table.REPORT, r.report(), c);
            Map<String, Object> f = new LinkedHashMap<>();
            f.put("label", ColumnLabels.of(Table.REPORT, c));
            f.put("value", jsonValue(v));
            f.put("evidence", r.fieldEvidence.get(c));
            fields.put(c, f);
            if (v == null) notFound.add(c);
        }
        o.put("report", fields);
        o.put("report_type_label", get(Table.REPORT, r.report(), "report_type_label"));
        o.put("synthetic", get(Table.REPORT, r.report(), "synthetic"));
        o.put("party_score", jsonRows(r, Table.PARTY_SCORE));
        o.put("score_item", jsonRows(r, Table.SCORE_ITEM));
        o.put("indicator", jsonRows(r, Table.INDICATOR));
        List<Map<String, Object>> staffing = jsonRows(r, Table.STAFFING);
        o.put("staffing", staffing.isEmpty() ? null : staffing.get(0));
        o.put("not_found", notFound);
        o.put("quality_flag", jsonRows(r, Table.QUALITY_FLAG));
        try {
            return JSON.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("explain: cannot write JSON: " + e.getMessage(), e);
        }
    }

    private static List<Map<String, Object>> jsonRows(ExtractedReport r, Table t) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Row row : r.rows(t)) {
            Map<String, Object> m = new LinkedHashMap<>();
            for (String c : t.schema.fieldNames()) if (!c.equals("report_id")) m.put(c, jsonValue(get(t, row, c)));
            out.add(m);
        }
        return out;
    }

    /** Dates and times as ISO strings; a non-finite double, which JSON cannot hold, as a string. */
    private static Object jsonValue(Object v) {
        if (v instanceof Double d && (d.isNaN() || d.isInfinite())) return d.toString();
        if (v instanceof java.time.temporal.TemporalAccessor || v instanceof java.util.Date) return v.toString();
        if (v instanceof scala.collection.Seq<?> seq) return scala.jdk.javaapi.CollectionConverters.asJava(seq);
        return v;
    }

    // ---- rows by column name ----

    /** The report columns explain shows: the preferred order, then any column added to the schema since. */
    private static List<String> reportColumns() {
        Set<String> cols = new LinkedHashSet<>(REPORT_ORDER);
        for (String c : Table.REPORT.schema.fieldNames()) if (!NOT_READ.contains(c)) cols.add(c);
        cols.retainAll(Set.of(Table.REPORT.schema.fieldNames()));
        return new ArrayList<>(cols);
    }

    /** A value by column name, whether or not the row carries its schema. */
    static Object get(Table t, Row row, String col) {
        return row.schema() != null ? row.getAs(col) : row.get(t.schema.fieldIndex(col));
    }
}
