package org.stations.chart;

import java.util.Map;

/** Chinese labels for the codes the charts show. */
public final class Labels {
    private Labels() {}

    static final Map<String, String> INDICATOR = Map.ofEntries(
            Map.entry("archive", "建档"), Map.entry("phone_visits", "电访"), Map.entry("home_visits", "探访"),
            Map.entry("consult_cases", "咨询个案"), Map.entry("case_intake", "个案接案"),
            Map.entry("case_sessions", "个案节数"), Map.entry("case_closed", "个案结案"),
            Map.entry("group_count", "小组个数"), Map.entry("group_sessions", "小组节数"),
            Map.entry("group_attendance", "小组人次"), Map.entry("large_event_count", "大型活动次数"),
            Map.entry("large_event_attendance", "大型活动人次"), Map.entry("small_event_count", "中小型活动次数"),
            Map.entry("small_event_attendance", "中小型活动人次"), Map.entry("community_event_count", "社区活动次数"),
            Map.entry("community_event_attendance", "社区活动人次"), Map.entry("volunteers_new", "新增志愿者"),
            Map.entry("volunteer_leaders", "志愿者骨干"), Map.entry("volunteer_teams", "志愿者队伍"),
            Map.entry("community_orgs", "社区社会组织"));

    static final Map<String, String> STATUS = Map.of(
            "under", "未达进度 (完成率 < 时间进度)", "met", "达标 (< 1.5 倍进度)",
            "over", "超额 (< 3 倍进度)", "far_over", "远超 (≥ 3 倍进度, 指标或定得过低)");

    /** The label of a completion status code (bench_completion.status), or the code for one not listed. */
    public static String status(String code) { return STATUS.getOrDefault(code, code); }

    /** The label of an indicator code; a code outside the contract's list keeps the label as printed. */
    public static String indicator(String code, String printed) {
        String l = INDICATOR.get(code);
        if (l != null) return l;
        return printed != null && !printed.isBlank() ? printed : code;
    }

    static String sourceNote(long reports, long synthetic) {
        String note = "数据来源: stations 评估报告湖, " + reports + " 份报告";
        return synthetic > 0 ? note + " (其中 " + synthetic + " 份为合成样例)" : note;
    }
}
