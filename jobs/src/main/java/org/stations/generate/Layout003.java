package org.stations.generate;

import java.util.ArrayList;
import java.util.List;

import static org.stations.generate.Composer.*;

/** Seed 003: a district 社会组织联合会's Word export, [bookmark: …] debris and a one-cell-per-line score table. */
final class Layout003 {
    private Layout003() {}

    static Doc compose(ReportFacts f) {
        Station st = f.station;
        ReportFacts.Staffing s = f.staffing;
        ReportFacts.Scores sc = f.scores;
        String district = st.district().name();
        String evaluator = district + "社会组织联合会";
        String shortSt = st.shortStation();
        String kind = f.type.titleWord;
        Doc d = new Doc(f.layout);
        d.p(st.name() + "社工服务站" + kind + "评估报告");
        d.p("（" + Formats.date(f.contractStart) + "—" + Formats.date(f.contractEnd) + "）");
        d.p(st.name() + "社工服务站（简称" + shortSt + "）" + kind + "报告，是专业评估人员通过对" + shortSt
                + "项目阶段性服务的全面调查、综合分析和科学判断，确定目标是否可行，总结服务开展情况，以及服务成效体现的总结文书。");
        d.p("一、" + kind + "评估背景");
        d.p(Formats.date(f.evaluationDate) + "，" + evaluator + "5位评委及2名工作人员对" + shortSt + "展开了" + kind
                + "评估工作。评估为期1天，主要通过听取社工站介绍、实地考察、查阅资料、面谈（访谈）、填写问卷等形式，对" + shortSt
                + "的项目管理、服务开展情况以及项目成效等方面进行评估。评估团队主要完成了以下几方面的工作：");
        d.bp("1.听取介绍。由社工站负责人介绍社工站的运营及服务情况、各项指标完成情况。");
        d.bp("2.实地观察。主要针对社工站硬件建设情况方面进行观察，以评估其设施开展专业服务的适宜性。");
        d.bp("3.查阅资料。查阅社工站行政、人事管理制度及专业服务记录等方面的资料。");
        d.p("（一）评估依据");
        d.bp("1.政策依据：《广州市社工服务站管理办法》《广州市社工站购买服务项目评估办法》《广州市社工站岗位职责》。");
        d.p("2.评估标准依据：《广州市社工站购买服务项目评估指标体系》《广州市社工站购买服务项目协议》。");
        d.p("（二）评估原则");
        for (String p : Boilerplate.FEDERATION_PRINCIPLES) d.bp(p);
        d.p("（五）评估结果说明");
        d.p("社工站项目评估分值由四方评估分数的总和确定。其中，第三方评估机构评估分值占比55％、督导中心评估分值占比15％、镇人民政府（街道办事处）评估分值占比20％、区民政部门评估分值占比10％。评估等级分为优秀、良好、合格、不合格四个等级，90分以上为优秀，80分至90分（不含90分）为良好， 60分至80分（不含80分）为合格，60分以下（不含60分）为不合格。");
        d.p("二、评估总结");
        d.p("（―）社工站基本情况");
        d.p(shortSt + "主要服务于" + st.name() + "辖内" + st.communities().stream().mapToInt(List::size).sum() + "个社区。由"
                + st.operator() + "负责运营。");
        d.p("本社工站评估期限内服务经费为" + n(st.budgetWan()) + "万元，评估项目合同期为" + Formats.date(f.contractStart) + "至"
                + Formats.date(f.contractEnd) + "。本次考核期为" + Formats.date(f.periodStart) + "——" + Formats.date(f.periodEnd)
                + "，考核" + n(f.periodMonths) + "个月。");
        d.p("（二）各项目服务进度情况");
        d.p("社工站共完成家访" + actual(f, "home_visits") + "人次，电访" + actual(f, "phone_visits") + "人次；专业个案接案"
                + actual(f, "case_intake") + "个，" + actual(f, "case_sessions") + "节，完成协议指标量的"
                + pcts(f, "、", "case_intake", "case_sessions") + "；完成小组" + actual(f, "group_count") + "个，"
                + actual(f, "group_sessions") + "节，服务" + actual(f, "group_attendance") + "人次，完成协议指标量的"
                + pcts(f, "、", "group_count", "group_sessions", "group_attendance") + "; 完成社区活动"
                + actual(f, "community_event_count") + "次，服务" + actual(f, "community_event_attendance") + "人次，分别完成协议指标量的"
                + pcts(f, "、", "community_event_count", "community_event_attendance") + "；培育志愿者" + actual(f, "volunteers_new")
                + "名，志愿者骨干" + actual(f, "volunteer_leaders") + "名，培育志愿者队伍、社区社会组织" + actual(f, "volunteer_teams")
                + "支，分别完成指标的" + pcts(f, "、", "volunteers_new", "volunteer_leaders", "volunteer_teams", "community_orgs")
                + "。（以上数据由社工站提供，各项目指标完成情况见附件1）。");
        d.p("（三）项目运营管理");
        d.p("1.值得肯定的地方");
        d.bp("（1）人员配备专业化程度较高。截至" + Formats.date(f.periodEnd) + "，社工站项目配备人员符合相关规定，从业两年以上社工"
                + Math.round(s.requiredWorkers() * s.experiencedShare()) + "人，占协议社工总人数的"
                + Formats.pct2(Math.round(s.requiredWorkers() * s.experiencedShare()) * 1.0 / s.requiredWorkers()) + "。考勤记录清晰。");
        d.bp("2.需要关注的地方");
        d.p("（1）建议完善人事资料归档，把项目周期内反映人员动向的相关资料做好归档。");
        d.p("（五）服务质量情况");
        for (int i = 0; i < st.areas().size(); i++) {
            d.p(st.areas().get(i) + "：" + communities(f, i));
            d.p("1.值得肯定的地方");
            d.bp("（1）该片区能够积极落实困境群体的兜底服务，实现全覆盖建档。");
            d.p("2.需要关注的地方");
            d.p("（1）建议加强服务需求调研，建立基线数据。");
        }
        d.p("（六）购买方反馈情况");
        d.p("1.值得肯定的地方");
        d.p(printedFindings(f, "purchaser", "positive").get(0));
        d.p("2.需要关注的地方");
        d.p(printedFindings(f, "purchaser", "concern").get(0));
        d.p("（7） 市督导中心反馈");
        d.p("1.值得肯定的地方");
        numbered(d, findings(f, "supervision_center", "positive"), true);
        d.p("2.需要关注的地方");
        numbered(d, findings(f, "supervision_center", "concern"), true);
        d.p("三、评估反馈");
        d.p("1.现场反馈：经过为期一天的评估，评委针对" + shortSt + "的情况，进行了现场总结反馈。");
        d.p("四、评估等级");
        d.p("评估总分为100分，其中，第三方评估机构占比55%、街道办事处（镇人民政府）占比20%、市督导中心占15%、区民政局占比10%。评估结果由四方评估分数的总和确定。评估等级分为优秀、良好、合格、不合格四个等级，90分以上为优秀，80分至90分（不含90分）为良好， 60分至80分（不含80分）为合格，60分以下（不含60分）为不合格。");
        double statedTotal = sc.restatedTotal() != null ? sc.restatedTotal() : sc.total();
        d.p("经过评估，" + shortSt + "本次" + kind + "评估的等级为“" + sc.grade() + "”（" + Formats.score(statedTotal) + "分）。");
        d.p("以下是详细的评分情况：");
        d.rows(scoreTable(sc));
        d.bp("五、结语");
        d.p(st.name() + "社工服务站在" + district + "民政局、" + st.purchaserShort() + "的大力支持下，在" + st.operator()
                + "的努力下，已运营多年时间。");
        return d;
    }

    /** 评估内容 / 标准分 / 评分 / 折算分, as the seed's table: 服务质量 per 片区, the total alone in its row. */
    static List<List<String>> scoreTable(ReportFacts.Scores sc) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("评估内容", "标准分", "评分", "折算分"));
        for (ReportFacts.ScoreItem it : sc.items()) {
            String label = it.area() == null ? it.item() : it.item() + "（" + it.area() + "）";
            rows.add(List.of(label, n(it.maxScore()), n(it.score()), it.converted() == null ? "" : n(it.converted())));
        }
        rows.add(List.of("购买方", "20", n(sc.purchaser()), n(sc.purchaser())));
        rows.add(List.of("督导中心", "15", n(sc.supervisionCenter()), n(sc.supervisionCenter())));
        rows.add(List.of("监督方", "10", n(sc.supervisor()), n(sc.supervisor())));
        rows.add(List.of("总分", Formats.score(sc.total())));
        return rows;
    }
}
