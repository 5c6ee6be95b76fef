package org.stations.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The theme codes of finding.themes: each code is named by a few keywords an evaluator uses for it.
 * An item gets every theme whose keywords it contains, in the order listed here (README lists them too).
 */
public final class FindingThemes {
    private FindingThemes() {}

    private static final Map<String, Predicate<String>> THEMES = new LinkedHashMap<>();
    static {
        theme("staff_stability", "稳岗|人员稳定|团队稳定|队伍稳定|流动性|离职|解除劳动合同|人员变动|变更项目负责人");
        theme("staffing", "人员配备|配备人员|配备服务团队|配备社工|到岗|持证|人员资质|劳动合同|人才队伍");
        theme("training", "培训|继续教育|专业能力|能力提升|专业成长|共学|以老带新");
        THEMES.put("supervision", Pattern.compile("督导(?!中心)").asPredicate());
        theme("documentation", "档案|文书|归档|台账|记录|签名|签收|签署");
        theme("needs_assessment", "需求调研|需求评估|需求分析|需求摸查|需求排查|摸查|摸排|调研|三图|基线");
        theme("service_design", "服务设计|服务计划|年度计划|服务规划|服务框架|服务思路|项目化");
        theme("safety_net", "兜底|困难群众|特殊群体|困境群体|建档|探访|电访|分级");
        theme("case_work", "个案");
        theme("volunteers", "志愿");
        theme("community_resources", "资源|五社联动|社区社会组织");
        theme("charity", "慈善|微心愿|社区基金|募集|筹集|筹得|公益");
        theme("indicator_completion", "服务指标|工作指标|指标完成|完成指标|指标量|完成度");
        theme("finance", "财务|经费|资金");
        theme("publicity", "宣传|报道|公众号|推广|知晓度|媒体");
        theme("knowledge_output", "经验总结|总结提炼|提炼|实务研究|案例|发表|期刊");
        theme("party_building", "党建|党支部|党员|党组织|三会一课");
        theme("internal_management", "管理制度|内部管理|制度建设|规范化|工作机制|安全管理|应急预案|考勤");
        theme("dual_worker_linkage", "双工|双岗");
        theme("teamwork", "团队建设|团队成员|团队凝聚力|内部沟通");
        theme("street_cooperation", "配合街道|协助街道|街道各部门|重点工作|中心工作");
        theme("hotline", "热线");
        theme("feedback", "意见箱|意见收集|满意度|改善建议|持续改进");
        theme("outcomes", "服务成效|成效呈现|成效产出");
    }

    /** Keywords are plain words, looked up with indexOf: one regex per theme and item cost a fifth of all extraction. */
    private static void theme(String code, String keywords) {
        String[] words = keywords.split("\\|");
        THEMES.put(code, text -> {
            for (String w : words) if (text.contains(w)) return true;
            return false;
        });
    }

    /** The theme codes an item's text names, in vocabulary order; empty when it names none. */
    public static List<String> of(String text) {
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, Predicate<String>> e : THEMES.entrySet()) if (e.getValue().test(text)) out.add(e.getKey());
        return out;
    }

    /** Every theme code, in vocabulary order. */
    public static List<String> codes() { return List.copyOf(THEMES.keySet()); }
}
