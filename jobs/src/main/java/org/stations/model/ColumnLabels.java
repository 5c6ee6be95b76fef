package org.stations.model;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The Chinese label of every lake column, in one place, for whatever shows columns to a person (explain, Excel
 * export, pages). Codes stay the contract's; only the labels are here.
 */
public final class ColumnLabels {
    private ColumnLabels() {}

    /** Columns every table shares. */
    private static final Map<String, String> COMMON = Map.of(
            "report_id", "报告编号", "evidence", "依据", "party", "评分方", "area", "片区",
            "max_score", "满分", "score", "得分", "retention_rate", "稳岗率");

    private static final Map<Table, Map<String, String>> BY_TABLE = new EnumMap<>(Table.class);

    static {
        put(Table.REPORT,
                "source_file", "来源文件", "station", "站点", "station_full", "站点全称", "city", "市", "district", "区",
                "operator", "承办方", "purchaser", "购买方", "supervisor", "监督方", "evaluator", "评估方",
                "report_type", "报告类型", "report_type_label", "报告类型（中文）", "evaluation_date", "评估日期",
                "contract_start", "协议期起", "contract_end", "协议期止", "period_start", "考核期起",
                "period_end", "考核期止", "period_months", "考核月数", "budget_wan", "经费（万元）",
                "total_score", "总分", "grade", "等级", "social_workers", "社工人数", "certified_workers", "持证社工人数",
                "satisfaction_rate", "满意度", "text_sha256", "文本指纹", "parser_version", "解析器版本",
                "ingested_at", "入湖时间", "file_sha256", "文件指纹", "source_modified", "文件修改时间",
                "synthetic", "合成数据", "facts_sha256", "内容指纹");
        put(Table.PARTY_SCORE, "party_label", "评分方（中文）");
        put(Table.SCORE_ITEM, "item", "评分项目", "converted_score", "折算得分");
        put(Table.INDICATOR,
                "period_label", "时段", "indicator", "指标代码", "label", "指标", "target", "指标值", "actual", "完成",
                "completion", "完成率", "reported_completion", "报告完成率", "target_derived", "指标值由完成率推算");
        put(Table.STAFFING,
                "workers_expected", "应配社工（人次）", "workers_actual", "实配社工（人次）",
                "certified_expected", "应配持证社工（人次）", "certified_actual", "实配持证社工（人次）",
                "required_workers", "协议要求在岗", "stable_workers", "持续在岗", "experienced_share", "从业2年以上占比",
                "resigned", "离职", "hired", "入职", "transferred_in", "调入", "transferred_out", "调出");
        put(Table.STAFF_MONTH,
                "person_key", "人员编号", "certified", "持证", "role", "岗位", "month", "月份", "on_post", "在岗",
                "insured", "参保", "paid", "发薪", "event", "变动");
        put(Table.FINDING, "polarity", "性质", "seq", "序号", "text", "内容", "themes", "主题");
        put(Table.QUALITY_FLAG, "table_name", "表", "check", "检查", "severity", "级别", "detail", "说明");
        put(Table.QUARANTINE, "source_file", "来源文件", "sha256", "文件指纹", "reason", "原因", "at", "时间");
    }

    private static void put(Table t, String... codeLabel) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < codeLabel.length; i += 2) m.put(codeLabel[i], codeLabel[i + 1]);
        BY_TABLE.put(t, m);
    }

    /** The label of a column of a table; a column without one (added later) shows its code rather than nothing. */
    public static String of(Table t, String column) {
        String l = BY_TABLE.get(t).get(column);
        if (l == null) l = COMMON.get(column);
        return l != null ? l : column;
    }

    /** Labels of all the table's columns, in schema order: headers for a sheet or a printed table. */
    public static Map<String, String> of(Table t) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String c : t.schema.fieldNames()) out.put(c, of(t, c));
        return out;
    }
}
