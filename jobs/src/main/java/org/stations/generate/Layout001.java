package org.stations.generate;

import static org.stations.generate.Composer.*;

/** Seed 001: the 广州市社会工作协会's Word report, long paragraphs after a header block. */
final class Layout001 {
    private Layout001() {}

    static Doc compose(ReportFacts f) {
        Station st = f.station;
        ReportFacts.Staffing s = f.staffing;
        ReportFacts.Scores sc = f.scores;
        String district = st.district().name();
        String title = st.fullName() + " " + f.type.titleWord + "评估报告";
        Doc d = new Doc(f.layout);
        titleAndParties(d, title, st, "广州市社会工作协会", Formats.date(f.evaluationDate));
        d.p("一、社工站基本情况");
        d.p(st.fullName() + "（以下简称“社工站”）位于" + district + "模拟路" + (10 + st.index() % 90) + "号，由" + st.operator()
                + "承接运营。经" + district + st.purchaserShort() + "采购，本年度服务协议期自 " + Formats.dateSpaced(f.contractStart)
                + "至 " + Formats.dateSpaced(f.contractEnd) + "，年度项目服务经费为 " + n(st.budgetWan())
                + " 万元。社工站本年度按照“双百工程”模式，根据辖区实际情况和购买方需求，划分了 " + st.areas().size() + " 个片区开展社会工作专业服务。");
        associationSections(d, f, "于" + Formats.date(f.evaluationDate), Layout001::partySection);
        d.p("社工站本年度协议期是" + Formats.date(f.contractStart) + "至" + Formats.date(f.contractEnd) + "，本次评估考核期为"
                + Formats.date(f.periodStart) + "至" + Formats.date(f.periodEnd) + "，共计" + n(f.periodMonths) + "个考核月份。");
        d.p("值得肯定的地方：");
        d.p("1.在人员配备方面，社工站按照新管理办法要求和年度服务协议要求配备社工，截至评估末月，社工站共配备" + s.certifiedWorkers()
                + "名持证社工，" + (s.socialWorkers() - s.certifiedWorkers()) + "名非持证社工，共计" + s.socialWorkers()
                + "名社工。在人员到岗方面，本评估期内，社工应到岗" + n(s.workersExpected()) + "人次，实到岗" + n(s.workersActual()) + "人次"
                + surplus(s.workersExpected(), s.workersActual(), "，").replace(" ", "") + "；其中，持证社工应到岗" + n(s.certifiedExpected())
                + "人次，实到岗" + n(s.certifiedActual()) + "人次" + surplus(s.certifiedExpected(), s.certifiedActual(), "，").replace(" ", "") + "。");
        d.p("2.在人员资质方面，截至评估末月，社工站配备有符合资质的项目负责人，服务团队配备的" + s.certifiedWorkers() + "名持证社工中，"
                + s.intermediateCertified() + "人持中级社工师证，" + (s.certifiedWorkers() - s.intermediateCertified()) + "人持助理社工师证。");
        d.p("需要关注的地方：");
        d.p("1.承接机构和社工站应关注人员稳定性问题，在人员稳定性方面，评估期内共计 " + s.stableWorkers() + " 名社工持续稳定在岗，人员稳岗率为 "
                + Formats.pct2(s.retentionRate()) + "，" + (s.retentionRate() < 0.8 ? "不符合" : "符合")
                + "评估指标体系关于人员稳岗率不低于 80%的要求。");
        d.p("（二）社工站总体服务开展情况");
        d.p("1.项目执行与服务成效");
        d.p("值得肯定的地方：");
        d.p("（1）社工站搭建“五社联动”的平台和机制，推进“社工站—社区片—社工点”服务框架的搭建，并做好服务规划。");
        d.p("需要关注的地方：");
        d.p("（1）建议社工团队在总结反思、梳理过往服务经验的基础上，深化对社工站新管理办法的理解。");
        d.p("2.服务指标完成情况");
        int restated = s.socialWorkersRestated() != null ? s.socialWorkersRestated() : s.socialWorkers();
        d.p("评估期末月，社工站投入符合资质的社工 " + restated + " 名。本年度建档 " + actual(f, "archive") + " 份，完成电访 "
                + actual(f, "phone_visits") + " 个，探访 " + actual(f, "home_visits") + " 个，分别完成协议指标量的 "
                + pcts(f, "，", "archive", "phone_visits", "home_visits") + "；完成咨询个案 " + actual(f, "consult_cases")
                + " 个，完成协议指标量的 " + pcts(f, "，", "consult_cases") + "；专业个案接案 " + actual(f, "case_intake") + " 个，完成 "
                + actual(f, "case_closed") + " 个，服务 " + actual(f, "case_sessions") + " 节，分别完成协议指标量的 "
                + pcts(f, "，", "case_intake", "case_closed", "case_sessions") + "；完成专业小组 " + actual(f, "group_count")
                + " 个，开展 " + actual(f, "group_sessions") + " 节，服务 " + actual(f, "group_attendance") + " 人次，分别完成协议指标量的 "
                + pcts(f, "，", "group_count", "group_sessions", "group_attendance") + "；完成大型社区活动 "
                + actual(f, "large_event_count") + " 个，服务 " + actual(f, "large_event_attendance") + " 人次，分别完成协议指标量的 "
                + pcts(f, "，", "large_event_count", "large_event_attendance") + "；完成中小型社区活动 " + actual(f, "small_event_count")
                + " 个，服务 " + actual(f, "small_event_attendance") + " 人次，分别完成协议指标量的 "
                + pcts(f, "，", "small_event_count", "small_event_attendance") + "。（以上数据统计共计 " + n(f.periodMonths)
                + " 个考核月份，由社工服务站提供，各片区指标完成情况见附件 1）");
        d.p("(三) 各社工点服务开展情况");
        d.p("社工站本年度按照“双百工程”模式，根据辖区实际情况和购买方需求，划分了" + st.areas().size() + "个片区开展社会工作专业服务。各社工点分片情况如下：");
        for (int i = 0; i < st.areas().size(); i++) {
            d.p(st.areas().get(i) + "：" + communities(f, i) + (i + 1 == st.areas().size() ? "。" : "；"));
        }
        for (int i = 0; i < st.areas().size(); i++) {
            d.p((i + 1) + "." + st.areas().get(i) + "社工点服务情况");
            d.p("值得肯定的地方：");
            d.p("（1）片区根据“双百”社工服务要求，开展需求调查与服务设计，服务流程较为完整、专业。");
            d.p("需要关注的地方：");
            d.p("（1）目前在打造社区特色服务方面不够明显，需要加强。");
        }
        d.p("七、评估结果");
        d.p("（一）评估分数");
        d.p("1.购买方评估 得分：" + Formats.score(sc.purchaser()) + " 分");
        d.p("2.监督方评估 得分：" + Formats.score(sc.supervisor()) + " 分");
        d.p("3.督导中心评估 得分：" + Formats.score(sc.supervisionCenter()) + " 分");
        d.p("4.第三方评估 得分：" + Formats.score(sc.thirdParty()) + " 分");
        d.p("以上四项总得分：" + Formats.score(sc.total()) + " 分 等级：" + sc.grade());
        d.p("（二）重点存在问题");
        d.p("1.需求摸排不够清晰，兜底服务的精细化、专业化水平有待提升。");
        d.p("八、结语");
        d.p(st.fullName() + "在" + district + "民政局、" + st.purchaserShort() + "的大力支持下，全体社工和管理人员的努力下，按照要求配备服务团队社工。");
        d.p("附件：");
        d.p("- 1.广州市" + st.name() + "社工站购买服务项目指标完成情况统计表");
        d.p("- 2.广州市" + st.name() + "社工站购买服务项目社工到岗情况统计表");
        d.p("广州市社会工作协会");
        d.p(Formats.date(f.evaluationDate.plusDays(5)));
        return d;
    }

    private static void partySection(Doc d, ReportFacts f, String heading, String party) {
        d.p(heading);
        d.p("值得肯定的地方：");
        numbered(d, findings(f, party, "positive"), false);
        d.p("需要关注的地方：");
        numbered(d, findings(f, party, "concern"), false);
    }
}
