package org.stations.model;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Chinese labels of the lake's codes that have no enum of their own: finding themes and polarities,
 * report types, staffing events. Charts, the data dictionary and notebooks show these beside the codes.
 */
public final class Codes {
    private Codes() {}

    /** finding.themes: one label per code of extract/FindingThemes, in its order (a test keeps them in step). */
    public static final Map<String, String> THEME = ordered(
            "staff_stability", "人员稳定 (稳岗, 离职)",
            "staffing", "人员配备 (到岗, 持证)",
            "training", "培训与专业能力",
            "supervision", "督导",
            "documentation", "档案文书",
            "needs_assessment", "需求调研",
            "service_design", "服务设计与计划",
            "safety_net", "兜底服务 (困难群众, 建档, 探访)",
            "case_work", "个案服务",
            "volunteers", "志愿服务",
            "community_resources", "资源链接 (五社联动)",
            "charity", "慈善公益",
            "indicator_completion", "服务指标完成",
            "finance", "财务经费",
            "publicity", "宣传",
            "knowledge_output", "经验提炼与研究",
            "party_building", "党建",
            "internal_management", "内部管理制度",
            "dual_worker_linkage", "双工联动",
            "teamwork", "团队建设",
            "street_cooperation", "配合街道工作",
            "hotline", "热线",
            "feedback", "意见反馈与满意度",
            "outcomes", "服务成效");

    public static final Map<String, String> POLARITY = ordered("positive", "值得肯定", "concern", "需要关注");

    public static final Map<String, String> REPORT_TYPE = ordered(
            "midterm", "中期评估", "final", "末期评估", "performance", "绩效评价");

    public static final Map<String, String> EVENT = ordered("入职", "joined", "离职", "left", "调入", "transferred in",
            "调出", "transferred out");

    /** A theme's label, or the code itself for a code this list does not know. */
    public static String theme(String code) { return THEME.getOrDefault(code, code); }

    /** finding.party: a party's label, or the 片区 of an {@code area:<片区>} section. */
    public static String findingParty(String party) {
        if (party == null) return "未注明";
        if (party.startsWith("area:")) return party.substring("area:".length());
        try {
            return Party.of(party).label;
        } catch (IllegalArgumentException e) {
            return party;
        }
    }

    private static Map<String, String> ordered(String... pairs) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) m.put(pairs[i], pairs[i + 1]);
        return java.util.Collections.unmodifiableMap(m);
    }
}
