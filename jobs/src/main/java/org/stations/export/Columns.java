package org.stations.export;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.stations.model.ColumnDocs;

/**
 * Chinese names of the lake's and the benchmarks' tables and columns for the workbook, and which
 * columns read as percentages. The codes stay beside them (a comment on each header cell) because
 * analysts who also query the lake with SQL need to find the column again.
 */
final class Columns {
    private Columns() {}

    /** Sheet names of the lake tables, in the order the workbook shows them. */
    static final Map<String, String> LAKE_SHEETS = pairs(
            "report", "报告", "party_score", "四方评分", "score_item", "评分细项", "indicator", "服务指标",
            "staffing", "人员配备", "staff_month", "人员到岗月表", "finding", "评估意见", "quality_flag", "质量问题",
            "quarantine", "未入库文件");

    /** Sheet names of the benchmark tables under OUT/bench/; a table not listed keeps its code after 基准-. */
    static final Map<String, String> BENCH_SHEETS = pairs(
            "retention", "基准-稳岗率", "retention_by_district", "基准-各区稳岗率", "completion", "基准-指标完成", "party_share", "基准-四方得分率",
            "district", "基准-各区概况", "station_trend", "基准-站点变化", "leniency_by_report", "基准-各方宽严(按报告)", "leniency", "基准-各方宽严",
            "staff_survival", "基准-人员留存", "finding_themes", "基准-评估意见主题");

    /** code, 中文, code, 中文 …: in order. */
    static Map<String, String> pairs(String... kv) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) m.put(kv[i], kv[i + 1]);
        return m;
    }

    /**
     * A column's Chinese header, with its unit where it has one (项目经费 (万元)): the data dictionary's name
     * (model/ColumnDocs). A column no list knows (a newer benchmark's) shows its code.
     */
    static String header(String table, String column) {
        ColumnDocs.Doc d;
        try {
            d = ColumnDocs.column(table, column);
        } catch (IllegalStateException unknown) {
            return column;
        }
        return UNITS.contains(d.unit()) ? d.zh() + " (" + d.unit() + ")" : d.zh();
    }

    /** Units a header names; the others (counts, fractions, points) read from the column's name. */
    private static final Set<String> UNITS = Set.of("万元");

    /** Rates, shares, completions and pace: fractions shown as 70.00%. */
    private static final Pattern PERCENT = Pattern.compile(".*(rate|share|completion|pace|retention|gap_vs).*");

    /** Tables whose every number is a share (quantiles of 稳岗率, of party shares). */
    private static final Set<String> ALL_PERCENT = Set.of("retention_by_district", "leniency");

    static boolean percent(String table, String column) {
        if (column.equals("reports") || column.equals("n")) return false;
        return ALL_PERCENT.contains(table) || PERCENT.matcher(column).matches();
    }

    /** Long prose a reader reads in full: wrapped in a wide column. */
    static boolean wrapped(String column) {
        return column.equals("evidence") || column.equals("text") || column.equals("detail") || column.equals("reason");
    }
}
