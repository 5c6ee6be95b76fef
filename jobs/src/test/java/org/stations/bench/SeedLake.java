package org.stations.bench;

import org.stations.model.Party;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.stations.lake.Lake;
import org.stations.model.Table;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small lake of four real reports, every value read by hand in the seed text
 * (shared/seeds 000 金花街, 001 流花街, 003 市桥街东西片, 004 云城街); the line each comes from is noted.
 */
final class SeedLake {
    static final String JINHUA = "seed000_jinhua";
    static final String LIUHUA = "seed001_liuhua";
    static final String SHIQIAO = "seed003_shiqiao";
    static final String YUNCHENG = "seed004_yuncheng";

    private SeedLake() {}

    static void write(SparkSession spark, String lakeDir) {
        List<Row> reports = List.of(
                // 000: 荔湾区; 2025年1月20日现场评估; 考核期 2024-08-01..2024-12-31, 共计考核 5 个月;
                // 稳岗率为 70.00%; 以上四项总得分：85.52 分 等级：良好
                report(JINHUA, "金花街", "荔湾区", "midterm", "中期", LocalDate.of(2025, 1, 20),
                        LocalDate.of(2024, 8, 1), LocalDate.of(2024, 12, 31), 5.0, 85.52, "良好", 0.70),
                // 001: 评估日期：2024年3月15日; 考核期 2023-04-23..2024-02-29, 共计10.5个考核月份;
                // 人员稳岗率为 65.00%; 以上四项总得分：83.62 分 等级：良好
                report(LIUHUA, "流花街", "越秀区", "final", "末期", LocalDate.of(2024, 3, 15),
                        LocalDate.of(2023, 4, 23), LocalDate.of(2024, 2, 29), 10.5, 83.62, "良好", 0.65),
                // 003: 2025年2月20日 中期评估; 考核期 2024年8月26日——2025年1月31日, 考核5个月;
                // 等级为"良好"（89.76分）; no 稳岗率 stated
                report(SHIQIAO, "市桥街东西片", "番禺区", "midterm", "中期", LocalDate.of(2025, 2, 20),
                        LocalDate.of(2024, 8, 26), LocalDate.of(2025, 1, 31), 5.0, 89.76, "良好", null),
                // 004: 评估日期：2024 年 6 月 11 日; 稳岗率达 85%; 等级为：良好, no points printed
                report(YUNCHENG, "云城街", "白云区", "final", "末期", LocalDate.of(2024, 6, 11),
                        null, null, null, null, "良好", 0.85));

        List<Row> scores = new ArrayList<>();
        // 000 七、评估结果: 购买方 20.00, 监督方 8.37, 督导中心 12.85, 第三方 44.30
        scores.addAll(parties(JINHUA, 20.00, 8.37, 12.85, 44.30));
        // 001: 购买方 18.00, 监督方 8.70, 督导中心 12.80, 第三方 44.12
        scores.addAll(parties(LIUHUA, 18.00, 8.70, 12.80, 44.12));
        // 003 score table: 购买方 20, 监督方 8.8, 督导中心 14.65; 第三方 = 9.82 + 12.3 + 9.1 + 15.09 = 46.31
        scores.addAll(parties(SHIQIAO, 20.0, 8.8, 14.65, 46.31));

        List<Row> indicators = List.of(
                // 000 附件1-1 合计 row: 建档 100 → 1788, 电访 4002 → 7626, 入户探访 900 → 1033,
                // 接案 100 → 50, 结案 100 → 22, 中小型活动次数 80 → 54
                indicator(JINHUA, null, "archive", "困难群众和特殊群体建档", 100, 1788, 17.88, false),
                indicator(JINHUA, null, "phone_visits", "电访", 4002, 7626, 1.9055, false),
                indicator(JINHUA, null, "home_visits", "入户探访", 900, 1033, 1.1478, false),
                indicator(JINHUA, null, "case_intake", "专业个案接案", 100, 50, 0.50, false),
                indicator(JINHUA, null, "case_closed", "专业个案结案", 100, 22, 0.22, false),
                indicator(JINHUA, null, "small_event_count", "中小型社区活动次数", 80, 54, 0.675, false),
                // 000 附件1-1 片区1 row: 建档 35 → 628 (an area row: not station level)
                indicator(JINHUA, "片区1", "archive", "困难群众和特殊群体建档", 35, 628, 17.9429, false),
                // 001: 建档 412 份 … 106.46% (target 412 / 1.0646 = 387); 大型活动服务 4600 人次 … 230.00% (target 2000)
                indicator(LIUHUA, null, "archive", "建档", 387, 412, 1.0646, true),
                indicator(LIUHUA, null, "large_event_attendance", "大型社区活动人次", 2000, 4600, 2.30, true),
                // 003: 完成小组9个 … 60.00% (target 15); 社区活动38次 … 64.41% (target 59)
                indicator(SHIQIAO, null, "group_count", "专业小组", 15, 9, 0.60, true),
                indicator(SHIQIAO, null, "community_event_count", "社区活动", 59, 38, 0.6441, true),
                // 004: 入户探访 778 个 … 124.68% (target 624); 大型活动服务 3217 人次 … 459.57 (target 700)
                indicator(YUNCHENG, null, "home_visits", "入户探访", 624, 778, 1.2468, true),
                indicator(YUNCHENG, null, "large_event_attendance", "大型社区活动人次", 700, 3217, 4.5957, true));

        Map<Table, Dataset<Row>> tables = new LinkedHashMap<>();
        tables.put(Table.REPORT, spark.createDataFrame(reports, Table.REPORT.schema));
        tables.put(Table.PARTY_SCORE, spark.createDataFrame(scores, Table.PARTY_SCORE.schema));
        tables.put(Table.INDICATOR, spark.createDataFrame(indicators, Table.INDICATOR.schema));
        new Lake(spark, lakeDir).commit(tables);
    }

    private static Row report(String id, String station, String district, String type, String typeLabel,
                              LocalDate evaluated, LocalDate periodStart, LocalDate periodEnd, Double months,
                              Double total, String grade, Double retention) {
        Map<String, Object> v = new HashMap<>();
        v.put("report_id", id);
        v.put("source_file", id + ".txt");
        v.put("station", station);
        v.put("city", "广州市");
        v.put("district", district);
        v.put("report_type", type);
        v.put("report_type_label", typeLabel);
        v.put("evaluation_date", evaluated);
        v.put("period_start", periodStart);
        v.put("period_end", periodEnd);
        v.put("period_months", months);
        v.put("total_score", total);
        v.put("grade", grade);
        v.put("retention_rate", retention);
        v.put("synthetic", false);
        return row(Table.REPORT, v);
    }

    private static List<Row> parties(String id, double purchaser, double supervisor, double center, double third) {
        List<Row> out = new ArrayList<>();
        double[] scores = {supervisor, purchaser, center, third};
        for (Party p : Party.values()) {
            Map<String, Object> v = new HashMap<>();
            v.put("report_id", id);
            v.put("party", p.code);
            v.put("party_label", p.label);
            v.put("score", scores[p.ordinal()]);
            v.put("max_score", p.maxScore);
            out.add(row(Table.PARTY_SCORE, v));
        }
        return out;
    }

    private static Row indicator(String id, String area, String code, String label, double target, double actual,
                                 double reported, boolean targetDerived) {
        Map<String, Object> v = new HashMap<>();
        v.put("report_id", id);
        v.put("area", area);
        v.put("indicator", code);
        v.put("label", label);
        v.put("target", target);
        v.put("actual", actual);
        v.put("completion", actual / target);
        v.put("reported_completion", reported);
        v.put("target_derived", targetDerived);
        return row(Table.INDICATOR, v);
    }

    private static Row row(Table t, Map<String, Object> values) {
        String[] names = t.schema.fieldNames();
        Object[] cells = new Object[names.length];
        for (int i = 0; i < names.length; i++) cells[i] = values.get(names[i]);
        if (!List.of(names).containsAll(values.keySet())) throw new IllegalArgumentException("unknown column in " + values.keySet());
        return t.check(RowFactory.create(cells));
    }
}
