package org.stations.model;

/**
 * The themes of finding.themes: each code with its Chinese label and the words an evaluator uses for it
 * (plain words separated by |, looked up as they are; a regex only where a word alone would mislead).
 * An item gets every theme whose words it contains, in the order listed here.
 */
public enum Theme {
    STAFF_STABILITY("staff_stability", "人员稳定 (稳岗, 离职)", "稳岗|人员稳定|团队稳定|队伍稳定|流动性|离职|解除劳动合同|人员变动|变更项目负责人"),
    STAFFING("staffing", "人员配备 (到岗, 持证)", "人员配备|配备人员|配备服务团队|配备社工|到岗|持证|人员资质|劳动合同|人才队伍"),
    TRAINING("training", "培训与专业能力", "培训|继续教育|专业能力|能力提升|专业成长|共学|以老带新"),
    /** 督导中心 is a party, not supervision. */
    SUPERVISION("supervision", "督导", "督导(?!中心)"),
    DOCUMENTATION("documentation", "档案文书", "档案|文书|归档|台账|记录|签名|签收|签署"),
    NEEDS_ASSESSMENT("needs_assessment", "需求调研", "需求调研|需求评估|需求分析|需求摸查|需求排查|摸查|摸排|调研|三图|基线"),
    SERVICE_DESIGN("service_design", "服务设计与计划", "服务设计|服务计划|年度计划|服务规划|服务框架|服务思路|项目化"),
    SAFETY_NET("safety_net", "兜底服务 (困难群众, 建档, 探访)", "兜底|困难群众|特殊群体|困境群体|建档|探访|电访|分级"),
    CASE_WORK("case_work", "个案服务", "个案"),
    VOLUNTEERS("volunteers", "志愿服务", "志愿"),
    COMMUNITY_RESOURCES("community_resources", "资源链接 (五社联动)", "资源|五社联动|社区社会组织"),
    CHARITY("charity", "慈善公益", "慈善|微心愿|社区基金|募集|筹集|筹得|公益"),
    INDICATOR_COMPLETION("indicator_completion", "服务指标完成", "服务指标|工作指标|指标完成|完成指标|指标量|完成度"),
    FINANCE("finance", "财务经费", "财务|经费|资金"),
    PUBLICITY("publicity", "宣传", "宣传|报道|公众号|推广|知晓度|媒体"),
    KNOWLEDGE_OUTPUT("knowledge_output", "经验提炼与研究", "经验总结|总结提炼|提炼|实务研究|案例|发表|期刊"),
    PARTY_BUILDING("party_building", "党建", "党建|党支部|党员|党组织|三会一课"),
    INTERNAL_MANAGEMENT("internal_management", "内部管理制度", "管理制度|内部管理|制度建设|规范化|工作机制|安全管理|应急预案|考勤"),
    DUAL_WORKER_LINKAGE("dual_worker_linkage", "双工联动", "双工|双岗"),
    TEAMWORK("teamwork", "团队建设", "团队建设|团队成员|团队凝聚力|内部沟通"),
    STREET_COOPERATION("street_cooperation", "配合街道工作", "配合街道|协助街道|街道各部门|重点工作|中心工作"),
    HOTLINE("hotline", "热线", "热线"),
    FEEDBACK("feedback", "意见反馈与满意度", "意见箱|意见收集|满意度|改善建议|持续改进"),
    OUTCOMES("outcomes", "服务成效", "服务成效|成效呈现|成效产出");

    /** As finding.themes stores it. */
    public final String code;
    public final String label;
    /** The words that name the theme, separated by |. */
    public final String words;

    Theme(String code, String label, String words) {
        this.code = code;
        this.label = label;
        this.words = words;
    }

    /** The theme of a stored code, or null. */
    public static Theme of(String code) {
        for (Theme t : values()) if (t.code.equals(code)) return t;
        return null;
    }
}
