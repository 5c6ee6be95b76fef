package org.stations.generate;

import java.util.ArrayList;
import java.util.List;

import static org.stations.generate.Composer.*;

/** Seed 004: the 广州市社会组织联合会's report, long paragraphs after a header block, percents without trailing zeros, the grade only. */
final class Layout004 {
    private Layout004() {}

    /** Which indicator prints its completion without the % sign (seed: "120% 和 459.57"): one in seven reports has one. */
    static String bareCompletion(ReportFacts f) {
        List<String> with = new ArrayList<>();
        for (Measure m : f.stationMeasures) if (m.printedCompletion() != null) with.add(m.code());
        int h = Math.floorMod(f.fileStem.hashCode(), 7 * with.size());
        return h < with.size() ? with.get(h) : null;
    }

    static Doc compose(ReportFacts f) {
        Station st = f.station;
        ReportFacts.Staffing s = f.staffing;
        String district = st.district().name();
        String shortSt = st.shortStation();
        String kind = f.type.titleWord;
        String title = f.year + " 年度" + district + st.name() + "社工服务站 " + kind + "评估报告";
        String bare = bareCompletion(f);
        Doc d = new Doc(f.layout);
        titleAndParties(d, title, st, "广州市社会组织联合会", Formats.dateSpaced(f.evaluationDate));
        d.p(st.name() + "社工服务站（简称" + shortSt + "）" + kind + "报告，是专业评估人员通过对" + shortSt
                + "项目服务的全面调查、综合分析和科学判断，确定目标是否可行，总结服务开展情况，以及服务成效体现的总结文书。");
        d.p("一、" + kind + "评估背景");
        d.p(Formats.dateSpaced(f.evaluationDate) + "，广州市社会组织联合会组织 5 位评估专家及 1 名工作人员对" + district + shortSt
                + "展开了" + kind + "评估工作。");
        d.p("（一）评估依据");
        d.p("1.政策依据：《社会工作服务项目绩效评估指南》《广州市社会工作服务条例》《广州市社工服务站管理办法》。");
        d.p("(二) 评估原则");
        for (String p : Boilerplate.FEDERATION_PRINCIPLES) d.p(p);
        d.p("(五) 评估结果说明");
        d.p(Boilerplate.RESULT_RULES_FEDERATION.replace("市督导中心占15%", "督导中心占比 15%"));
        d.p("二、评估总结");
        d.p("（一）社工站基本情况");
        int communities = st.communities().stream().mapToInt(List::size).sum();
        d.p(shortSt + "位于" + district + "模拟大街 " + (1 + st.index() % 50) + " 号，辖内共有 " + communities + " 个社区，划分为 "
                + st.areas().size() + " 个服务片区。由" + st.operator() + "负责运营。");
        d.p("截至 " + Formats.dateSpaced(f.periodEnd) + "，社工站配备社工 " + s.socialWorkers() + " 名，其中持证社工 "
                + s.certifiedWorkers() + " 名，非持证社工 " + (s.socialWorkers() - s.certifiedWorkers()) + " 名。");
        d.p("本社工站服务经费为 " + n(st.budgetWan()) + " 万元，项目合同期为 " + Formats.dateSpaced(f.contractStart) + "至 "
                + Formats.dateSpaced(f.contractEnd) + "。");
        d.p("（二）各项目服务进度情况");
        d.p("社工站共完成入户探访 " + actual(f, "home_visits") + " 个，完成协议指标量的 " + pct(f, "home_visits", bare)
                + "，完成电话访问 " + actual(f, "phone_visits") + " 个；专业个案接案 " + actual(f, "case_intake") + " 个，服务 "
                + actual(f, "case_sessions") + " 节，结案 " + actual(f, "case_closed") + " 个，分别完成协议指标量的 "
                + pct(f, "case_intake", bare) + "、" + pct(f, "case_sessions", bare) + " 和 " + pct(f, "case_closed", bare)
                + "；完成小组 " + actual(f, "group_count") + " 个，" + actual(f, "group_sessions") + " 节，服务 "
                + actual(f, "group_attendance") + " 人次，分别完成协议指标量的 " + pct(f, "group_count", bare) + "、"
                + pct(f, "group_sessions", bare) + " 和 " + pct(f, "group_attendance", bare) + "；完成大型社区活动 "
                + actual(f, "large_event_count") + " 次，服务 " + actual(f, "large_event_attendance") + " 人次，分别完成协议指标量的 "
                + pct(f, "large_event_count", bare) + " 和 " + pct(f, "large_event_attendance", bare) + "；完成中小型社区活动 "
                + actual(f, "small_event_count") + " 次，服务 " + actual(f, "small_event_attendance") + " 人次，分别完成协议指标量的 "
                + pct(f, "small_event_count", bare) + " 和 " + pct(f, "small_event_attendance", bare) + "；新登记志愿者 "
                + actual(f, "volunteers_new") + " 名，培育志愿者骨干 " + actual(f, "volunteer_leaders") + " 名，发展志愿者队伍 "
                + actual(f, "volunteer_teams") + " 支，分别完成协议指标量的 " + pct(f, "volunteers_new", bare) + "、"
                + pct(f, "volunteer_leaders", bare) + " 和 " + pct(f, "volunteer_teams", bare)
                + "。（以上数据由社工站提供，各项目指标完成情况见附件 1）");
        d.p("（三）项目管理");
        d.p("1. 值得肯定的地方");
        int restated = s.socialWorkersRestated() != null ? s.socialWorkersRestated() : s.socialWorkers();
        long experienced = Math.round(restated * s.experiencedShare());
        d.p("（1）在人员配置和管理方面，经查阅社工档案和核实人员到岗情况，社工站的人员配备符合要求。社工站协议人数 " + s.requiredWorkers()
                + " 人，社工总人数 " + restated + " 人，其中持证社工 " + s.certifiedWorkers() + " 人。社工到岗情况方面，社工站总人数应到 "
                + n(s.workersExpected()) + " 人次，实到 " + n(s.workersActual()) + " 人次；持证社工应到岗 " + n(s.certifiedExpected())
                + " 人次，实到 " + n(s.certifiedActual()) + " 人次；从业两年以上社工 " + experienced + " 人，占社工总数 "
                + Formats.pctTrimmed(Math.round(experienced * 10000.0 / restated) / 10000.0) + "。持续在岗 " + s.stableWorkers()
                + " 人，稳岗率达 " + Formats.pctTrimmed(s.retentionRate()) + "。");
        d.p("2.需要关注的地方");
        d.p("（1）建议社工站持续改进服务意见收集工作。");
        d.p("（四）服务质量");
        for (int i = 0; i < st.areas().size(); i++) {
            d.p("（" + (i + 1) + "）" + st.areas().get(i) + "，该片区范围包括：" + communities(f, i) + "。");
        }
        d.p("(七) 购买方评估");
        partySection(d, f, "purchaser");
        d.p("(八) 督导中心");
        partySection(d, f, "supervision_center");
        d.p("(九) 监督方评估");
        partySection(d, f, "supervisor");
        d.p("三、评估反馈");
        d.p("1.现场反馈： 经过为期一天的评估，评估专家针对" + shortSt + "的情况，进行了现场总结反馈。");
        d.p("四、评估等级");
        d.p("经过评估，" + shortSt + "本次" + kind + "评估的等级为：" + f.scores.grade() + "。");
        d.p("五、结语");
        d.p(district + st.name() + "社工服务站在" + district + "民政局、" + st.purchaserShort() + "的大力支持下，在" + st.operator()
                + "的努力下，为辖区内的服务对象提供专业的社工服务。");
        return d;
    }

    private static String pct(ReportFacts f, String code, String bare) {
        double v = f.measure(code).printedCompletion();
        return code.equals(bare) ? Formats.plain(Math.round(v * 1000000) / 10000.0) : Formats.pctTrimmed(v);
    }

    private static void partySection(Doc d, ReportFacts f, String party) {
        d.p("1. 值得肯定的地方");
        numbered(d, findings(f, party, "positive"), true);
        d.p("2. 需要关注的地方");
        numbered(d, findings(f, party, "concern"), true);
    }
}
