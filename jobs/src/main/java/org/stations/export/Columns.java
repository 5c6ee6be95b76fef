package org.stations.export;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

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

    private static final Map<String, String> NAMES = new HashMap<>();

    private static void name(String... kv) { NAMES.putAll(pairs(kv)); }

    /** code, 中文, code, 中文 …: in order. */
    static Map<String, String> pairs(String... kv) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) m.put(kv[i], kv[i + 1]);
        return m;
    }

    static {
        name("report_id", "报告编号", "source_file", "源文件", "station", "社工站", "station_full", "社工站全称", "city", "市",
                "district", "区", "operator", "承接机构", "purchaser", "购买方", "supervisor", "监督方", "evaluator", "评估方",
                "report_type", "报告类型代码", "report_type_label", "报告类型", "evaluation_date", "评估日期",
                "contract_start", "合同开始", "contract_end", "合同结束", "period_start", "考核期开始", "period_end", "考核期结束",
                "period_months", "考核月数", "budget_wan", "项目经费 (万元)", "total_score", "总分", "grade", "等级",
                "social_workers", "社工人数", "certified_workers", "持证社工人数", "retention_rate", "稳岗率",
                "satisfaction_rate", "满意度", "text_sha256", "正文摘要 (SHA-256)", "parser_version", "解析程序版本",
                "ingested_at", "入库时间", "file_sha256", "文件摘要 (SHA-256)", "source_modified", "文件修改时间",
                "synthetic", "合成数据", "facts_sha256", "内容摘要 (SHA-256)");
        name("party", "评分方代码", "party_label", "评分方", "score", "得分", "max_score", "满分", "evidence", "原文依据",
                "item", "评分项", "area", "片区", "converted_score", "折算分");
        name("period_label", "项目期", "indicator", "指标代码", "label", "指标", "target", "目标", "actual", "实际完成",
                "completion", "完成率", "reported_completion", "报告所印完成率", "target_derived", "目标由完成率推算");
        name("workers_expected", "社工应到", "workers_actual", "社工实到", "certified_expected", "持证社工应到",
                "certified_actual", "持证社工实到", "required_workers", "协议社工数", "stable_workers", "持续在岗人数",
                "experienced_share", "从业年资达标占比", "resigned", "离职", "hired", "入职", "transferred_in", "调入",
                "transferred_out", "调出");
        name("person_key", "人员密钥", "certified", "持证", "role", "职位", "month", "月份", "on_post", "在岗", "insured", "参保",
                "paid", "发薪", "event", "变动");
        name("polarity", "性质", "seq", "序号", "text", "内容", "themes", "主题");
        name("table_name", "所涉表", "check", "检查", "severity", "严重程度", "detail", "说明");
        name("sha256", "文件摘要 (SHA-256)", "reason", "原因", "at", "时间");
        // benchmarks
        name("below_threshold", "稳岗率低于 80%", "city_rank", "全市排名", "reports", "报告数", "min", "最小值", "p25", "下四分位数",
                "median", "中位数", "p75", "上四分位数", "max", "最大值", "share_below_threshold", "稳岗率低于 80% 的占比",
                "pace", "时间进度", "status", "进度状态", "share", "得分率", "share_vs_city", "与全市同方平均得分率之差",
                "median_total_score", "总分中位数", "grade_excellent", "优秀份数", "grade_good", "良好份数", "grade_pass", "合格份数",
                "grade_fail", "不合格份数", "median_retention", "稳岗率中位数", "share_indicators_under_pace", "未达进度指标占比",
                "mean_share_supervisor", "监督方平均得分率", "mean_share_purchaser", "购买方平均得分率",
                "mean_share_supervision_center", "督导中心平均得分率", "mean_share_third_party", "第三方平均得分率",
                "first_report_id", "首份报告编号", "last_report_id", "末份报告编号", "first_report_type", "首份报告类型",
                "last_report_type", "末份报告类型", "first_date", "首份日期", "last_date", "末份日期",
                "first_total_score", "首份总分", "last_total_score", "末份总分", "total_score_delta", "总分变化",
                "first_retention_rate", "首份稳岗率", "last_retention_rate", "末份稳岗率", "retention_rate_delta", "稳岗率变化",
                "first_median_completion", "首份完成率中位数", "last_median_completion", "末份完成率中位数",
                "median_completion_delta", "完成率中位数变化", "first_median_completion_vs_pace", "首份完成率/进度中位数",
                "last_median_completion_vs_pace", "末份完成率/进度中位数", "median_completion_vs_pace_delta", "完成率/进度中位数变化",
                "others_mean_share", "其他三方平均得分率", "gap_vs_others", "与其他三方之差", "n", "份数", "mean", "平均值",
                "full_marks_share", "满分占比", "mean_gap_vs_others", "与其他三方之差的平均");
    }

    /** A column's Chinese header; a column no list knows (a newer benchmark's) shows its code. */
    static String header(String column) {
        return NAMES.getOrDefault(column, column);
    }

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
