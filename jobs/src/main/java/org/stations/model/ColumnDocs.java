package org.stations.model;

import java.util.HashMap;
import java.util.Map;

/**
 * What each table and column means, in Chinese and English, with its unit and what a NULL says: the one list the
 * data dictionary, the workbook's headers and the notebooks read. A column
 * documented once by name (report_id, station …) means the same in every table; "table.column" overrides.
 */
public final class ColumnDocs {
    public record Doc(String zh, String en, String unit) {}

    public record TableDoc(String zh, String rowZh, String rowEn, String en) {}

    private static final Map<String, Doc> COLUMNS = new HashMap<>();
    private static final Map<String, TableDoc> TABLES = new HashMap<>();

    private ColumnDocs() {}

    public static Doc column(String table, String column) {
        Doc d = COLUMNS.getOrDefault(table + "." + column, COLUMNS.get(column));
        if (d == null) throw new IllegalStateException("no meaning for column " + table + "." + column + " in ColumnDocs");
        return d;
    }

    public static TableDoc table(String name) {
        TableDoc t = TABLES.get(name);
        if (t == null) throw new IllegalStateException("no description for table " + name + " in ColumnDocs");
        return t;
    }

    private static void c(String column, String zh, String en, String unit) { COLUMNS.put(column, new Doc(zh, en, unit)); }

    private static void t(String name, String zh, String rowZh, String rowEn, String en) {
        TABLES.put(name, new TableDoc(zh, rowZh, rowEn, en));
    }

    static {
        // ---- tables
        t("report", "评估报告", "报告", "report (one evaluation, whatever its file format)",
                "What the report says about the station, its evaluation and its totals.");
        t("party_score", "四方评分", "报告 × 评估方", "report × party",
                "The points each of the four parties gave (监督方 10, 购买方 20, 督导中心 15, 第三方 55).");
        t("score_item", "第三方评分分项", "评分分项", "itemised score row",
                "The third party's score items where a report itemises them, per 片区 where it splits them.");
        t("indicator", "服务指标", "报告 × 期间 × 片区 × 指标", "report × period × 片区 × indicator",
                "Targets and what was done, as the report states them (prose or annex table).");
        t("staffing", "人员配备与稳岗", "说明人员情况的报告", "report that states staffing",
                "Staffing as the prose states it: 人次 expected and actual, 持续在岗, 稳岗率, movements.");
        t("staff_month", "人员到岗月表", "人员 × 月份", "person × month of a staffing annex (附件2 of 000)",
                "The staffing annex month by month; no name is stored, only a keyed hash per person.");
        t("finding", "评估意见", "值得肯定 / 需要关注 条目", "值得肯定 / 需要关注 item",
                "Each item an evaluating party praised or asked the station to attend to, with its themes.");
        t("quality_flag", "质量标记", "发现的矛盾", "contradiction found",
                "What a report contradicts in itself; values are kept as first stated.");
        t("quarantine", "隔离文件", "未入湖的文件", "file not ingested", "Why an input did not become a report.");
        t("retention", "稳岗率基准", "报告", "report",
                "稳岗率 against the " + Requirements.RETENTION_PERCENT + " rule and its rank in the city.");
        t("retention_by_district", "各区稳岗率分布", "区", "district", "稳岗率 across a district's reports.");
        t("completion", "指标完成进度", "报告 × 全站指标", "report × station-level indicator",
                "Completion against the share of the year a report covers.");
        t("party_share", "四方得分率", "报告 × 评估方", "report × party",
                "Each party's points as a share of its maximum, against the city's mean share of that party.");
        t("district", "各区概况", "区", "district", "Scores, grades, 稳岗率, completion and party shares per district.");
        t("station_trend", "社工站变化", "社工站", "station",
                "A station's first and last report in date order and how much each measure moved.");
        t("leniency_by_report", "评估方宽严 (每份报告)", "报告 × 评估方", "report × party",
                "A party's share against the mean share of the other three parties of the same report.");
        t("leniency", "评估方宽严", "评估方", "party", "The distribution of each party's share across reports.");
        t("staff_survival", "首月在岗者留存", "有人员附件的报告 × 月份", "report with a staffing annex × month",
                "Who stays: the annex's first-month team month by month, joiners and leavers, against the required headcount.");
        t("finding_themes", "评估意见主题", "主题 × 意见类别 × 评估方 × 区", "theme × polarity × party × district",
                "How often evaluators praise or raise each theme; counts add up over districts to the city's."
                        + " An item with several themes counts under each; items with no theme are not counted.");

        // ---- columns shared by name
        c("report_id", "报告编号", "the evaluation: first 16 hex of SHA-256 of city|district|station|report_type|D", "—");
        c("source_file", "来源文件", "the file the report was read from", "path");
        c("station", "社工站", "station's short name (金花街, 市桥街东西片)", "—");
        c("district", "区", "district (荔湾区)", "NULL: not stated");
        c("report_type", "报告类型", "midterm 中期 / final 末期 / performance 绩效评价 (codes below)", "code");
        c("party", "评分方", "the evaluating party (codes below)", "code");
        c("evidence", "原文依据", "the sentence or table row the values were read from, as printed", "text");
        c("label", "指标名称", "the indicator's name as printed", "text");
        c("target", "目标", "the target (协议指标量)", "count; annual");
        c("actual", "实际完成", "what was done", "count");
        c("completion", "完成率", "actual / target", "fraction");
        c("max_score", "满分", "the most the party or item may give", "points");
        c("score", "得分", "points given", "points");
        c("area", "片区", "the 片区 as printed", "NULL: whole station");
        c("period_label", "项目期", "the sub-period a report splits into, as printed (第一个项目期)", "NULL: the whole period");
        c("evaluation_date", "评估日期", "date of the evaluation visit", "date; NULL: not stated");
        c("reports", "报告数", "reports counted", "count");
        c("share", "得分率", "score / max_score", "fraction");
        c("month", "月份", "the month (first day)", "date");

        // ---- report
        c("station_full", "社工站全称", "the station's full name as printed", "NULL: not stated");
        c("city", "市", "city (广州市)", "—");
        c("operator", "承办方", "the organisation running the station", "NULL: not stated");
        c("purchaser", "购买方", "the buyer of the service (街道办事处)", "NULL: not stated");
        c("supervisor", "监督方", "the supervising authority (区民政局)", "NULL: not stated");
        c("evaluator", "评估机构", "the third-party evaluator", "NULL: not stated");
        c("report_type_label", "报告类型 (中文)", "report type as printed (中期, 末期, 绩效评价)", "—");
        c("contract_start", "协议开始", "service contract start", "date");
        c("contract_end", "协议结束", "service contract end", "date");
        c("period_start", "考核期开始", "start of the period assessed", "date");
        c("period_end", "考核期结束", "end of the period assessed", "date");
        c("period_months", "考核月数", "months assessed (5, 10.5)", "months");
        c("budget_wan", "项目经费", "contract budget", "万元");
        c("total_score", "总得分", "total score of the four parties", "points of 100; NULL: not printed");
        c("report.grade", "等级", "grade as printed (优秀, 良好, 合格, 不合格)", "NULL: not stated");
        c("social_workers", "社工人数", "social workers at the station", "persons");
        c("certified_workers", "持证社工人数", "certified social workers", "persons");
        c("retention_rate", "稳岗率", "持续在岗 / 协议要求在岗", "fraction; NULL: not stated");
        c("satisfaction_rate", "满意度", "service users' satisfaction", "fraction");
        c("text_sha256", "文本哈希", "SHA-256 of the normalized text", "hex");
        c("parser_version", "解析版本", "extraction version that read it", "—");
        c("ingested_at", "入湖时间", "when it was ingested", "timestamp UTC");
        c("file_sha256", "文件哈希", "SHA-256 of the file's bytes", "hex");
        c("source_modified", "文件修改时间", "the file's modification time", "timestamp UTC");
        c("synthetic", "合成数据", "true for generated demo reports (模拟…), kept apart in benchmarks' charts", "boolean");
        c("facts_sha256", "内容哈希", "hash of what the report states, layout aside (a txt and a pdf of one evaluation agree)", "hex");
        // ---- party_score, score_item
        c("party_label", "评分方 (中文)", "the party's Chinese label", "—");
        c("item", "评分项", "score item as printed (服务监测, 服务成效 …)", "text");
        c("converted_score", "折算得分", "the item's score converted to the party's scale", "points");
        // ---- indicator
        c("indicator", "指标代码", "indicator code (codes below)", "code");
        c("reported_completion", "印出的完成率", "completion as printed", "fraction");
        c("target_derived", "目标由推算", "true when only actual and % were printed and target = actual / %", "boolean");
        // ---- staffing
        c("workers_expected", "社工应到岗人次", "social-worker months the contract requires over the period", "人次 (person-months)");
        c("workers_actual", "社工实到岗人次", "social-worker months on post", "人次");
        c("certified_expected", "持证社工应到岗人次", "certified-worker months required", "人次");
        c("certified_actual", "持证社工实到岗人次", "certified-worker months on post", "人次 (169.5 as printed)");
        c("required_workers", "协议要求在岗人数", "headcount the contract requires", "persons; NULL: not stated");
        c("stable_workers", "持续在岗人数", "social workers on post throughout the period", "persons");
        c("experienced_share", "两年以上从业占比", "share of worker months by workers with 2+ years' experience", "fraction");
        c("resigned", "离职人数", "workers who resigned in the period", "persons");
        c("hired", "入职人数", "workers hired in the period", "persons");
        c("transferred_in", "调入人数", "workers transferred in", "persons");
        c("transferred_out", "调出人数", "workers transferred out", "persons");
        // ---- staff_month
        c("person_key", "人员密钥", "HMAC-SHA256 of city|district|station|name under the lake's key: no name is stored", "32 hex");
        c("certified", "持证", "in the annex's 持证社工 group", "boolean; NULL: no group heading");
        c("role", "职位", "post as printed without its 片区 (社工, 片长, 社工站副站长)", "text");
        c("on_post", "人员到位", "marked √ for the month", "boolean");
        c("insured", "社保购买", "social insurance paid that month", "boolean");
        c("paid", "工资发放", "salary paid that month", "boolean");
        c("event", "人员变动", "what the 备注 dates in that month (codes below)", "NULL: none");
        // ---- finding
        c("polarity", "意见类别", "positive 值得肯定 / concern 需要关注", "code");
        c("seq", "序号", "item number within party and polarity", "count from 1");
        c("text", "意见原文", "the item's text, normalized (，→ ,), item number dropped", "text");
        c("themes", "主题", "theme codes whose keywords the text contains (codes below)", "array; empty: none");
        c("finding.party", "评分方", "party code, or area:<片区> for a 片区 section", "code");
        // ---- quality_flag, quarantine
        c("table_name", "涉及表", "the lake table the flag concerns", "—");
        c("check", "检查项", "check code (codes below)", "code");
        c("severity", "严重程度", "error (a contradiction) or warning", "code");
        c("detail", "说明", "what disagrees, with both values", "text");
        c("sha256", "文件哈希", "SHA-256 of the file's bytes", "hex");
        c("reason", "原因", "why not ingested (one line); a duplicate names its report", "text");
        c("at", "时间", "when it was quarantined", "timestamp UTC");
        // ---- retention, retention_by_district
        c("below_threshold", "低于 " + Requirements.RETENTION_PERCENT, "retention_rate < " + Requirements.RETENTION
                + " (评估指标体系: 稳岗率不低于 " + Requirements.RETENTION_PERCENT + ")", "boolean; NULL: no rate");
        c("city_rank", "全市排名", "rank of retention_rate in the city, highest first", "rank; NULL: no rate");
        c("min", "最小值", "lowest", "fraction");
        c("p25", "下四分位", "25th percentile", "fraction");
        c("median", "中位数", "median", "fraction");
        c("p75", "上四分位", "75th percentile", "fraction");
        c("max", "最大值", "highest", "fraction");
        c("share_below_threshold", "低于 " + Requirements.RETENTION_PERCENT + " 占比", "share of reports with retention_rate < "
                + Requirements.RETENTION, "fraction");
        c("retention_by_district.reports", "报告数", "reports stating a 稳岗率", "count");
        // ---- completion
        c("pace", "时间进度", "share of the year assessed: period_months / 12 for 中期, else 1", "fraction");
        c("status", "完成进度", "completion against pace (codes below)", "code; NULL: no completion");
        // ---- party_share
        c("party_share.share", "得分率", "score / max_score (max from the contract when not printed)", "fraction");
        c("share_vs_city", "与全市均值之差", "share minus the city's mean share of that party", "fraction");
        // ---- district
        c("median_total_score", "总分中位数", "median total score", "points");
        c("grade_excellent", "优秀数", "reports graded 优秀", "count");
        c("grade_good", "良好数", "reports graded 良好", "count");
        c("grade_pass", "合格数", "reports graded 合格", "count");
        c("grade_fail", "不合格数", "reports graded 不合格", "count");
        c("median_retention", "稳岗率中位数", "median 稳岗率", "fraction");
        c("share_indicators_under_pace", "未达进度指标占比", "share of station-level indicator rows with status under", "fraction");
        c("mean_share_supervisor", "监督方平均得分率", "mean share of 监督方", "fraction");
        c("mean_share_purchaser", "购买方平均得分率", "mean share of 购买方", "fraction");
        c("mean_share_supervision_center", "督导中心平均得分率", "mean share of 督导中心", "fraction");
        c("mean_share_third_party", "第三方平均得分率", "mean share of 第三方", "fraction");
        // ---- station_trend
        c("first_report_id", "首份报告", "the station's first report", "—");
        c("last_report_id", "末份报告", "the station's last report", "—");
        c("first_report_type", "首份报告类型", "its type", "code");
        c("last_report_type", "末份报告类型", "its type", "code");
        c("first_date", "首份日期", "first report's date (evaluation, else period or contract end)", "date");
        c("last_date", "末份日期", "last report's date", "date");
        for (String[] m : new String[][]{{"total_score", "总分", "total score", "points"},
                {"retention_rate", "稳岗率", "稳岗率", "fraction"},
                {"median_completion", "指标完成率中位数", "median completion of its indicators", "fraction"},
                {"median_completion_vs_pace", "完成率÷进度中位数", "median of completion / pace", "ratio"}}) {
            c("first_" + m[0], "首份" + m[1], "first report's " + m[2], m[3]);
            c("last_" + m[0], "末份" + m[1], "last report's " + m[2], m[3]);
            c(m[0] + "_delta", m[1] + "变化", "last minus first", m[3] + "; NULL: one report");
        }
        c("station_trend.reports", "报告数", "the station's reports", "count");
        // ---- leniency
        c("others_mean_share", "其他三方平均得分率", "mean share of the other three parties of the report", "fraction");
        c("gap_vs_others", "高出其他三方", "share minus others_mean_share", "fraction");
        c("n", "报告数", "reports where the party scored", "count");
        c("mean", "平均得分率", "mean share", "fraction");
        c("full_marks_share", "给满分占比", "share of reports where the party gave full marks", "fraction");
        c("mean_gap_vs_others", "平均高出其他三方", "mean of gap_vs_others", "fraction");
        // ---- staff_survival
        c("month_index", "第几个月", "month of the annex, 1 = its first", "month");
        c("staff_survival.on_post", "在岗人数", "persons marked on post (人员到位 √)", "persons");
        c("cohort_on_post", "首月在岗者仍在岗", "of those on post in the annex's first month, on post this month", "persons");
        c("cohort_size", "首月在岗人数", "persons on post in the annex's first month", "persons");
        c("survival", "留存率", "cohort_on_post / cohort_size", "fraction");
        c("joiners", "新到岗", "on post this month, not the month before", "persons; NULL: first month");
        c("leavers", "离岗", "on post the month before, not this month", "persons; NULL: first month");
        c("required_per_month", "每月应在岗", "required_workers, else workers_expected / the annex's months", "persons");
        c("staff_survival.stable_workers", "持续在岗 (报告)", "the report's 持续在岗, to compare with the last cohort_on_post", "persons");
        // ---- finding_themes
        c("theme", "主题", "theme code (codes below)", "code");
        c("finding_themes.party", "评估方", "party code, or area:<片区> (as in finding)", "code");
        c("items", "条目数", "finding items with the theme", "count");
        c("finding_themes.reports", "报告数", "reports with at least one such item", "count");
        c("district_reports", "区内有意见的报告数", "reports of the district with any finding", "count");
        c("district_share", "区内占比", "reports / district_reports", "fraction");
    }
}
