package org.stations.generate;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import static org.stations.generate.Composer.*;

/** Seed 000: the 广州市社会工作协会's PDF report, hard-wrapped, with the 附件1 per-片区 table. */
final class Layout000 {
    private Layout000() {}

    static Doc compose(ReportFacts f) {
        Station st = f.station;
        ReportFacts.Staffing s = f.staffing;
        ReportFacts.Scores sc = f.scores;
        String district = st.district().name();
        int areas = st.areas().size();
        Doc d = new Doc(f.layout);
        d.lines(" " + st.fullName(), f.type.titleWord + "评估报告", "");
        d.p("一、社工站基本情况");
        d.p(st.fullName() + "（以下简称“社工站”）位于广州市" + district + st.name() + "道模拟路 " + (10 + st.index() % 90)
                + " 号，由" + st.operator() + "承接运营。经广州市" + district + st.purchaserShort() + "采购，本年度服务协议期自"
                + Formats.date(f.contractStart) + "至" + Formats.dateSpaced(f.contractEnd) + "，年度项目服务经费为 "
                + n(st.budgetWan()) + " 万元。社工站本年度按照新模式，根据辖区实际情况和购买方需求，划分了" + CN_AREA_COUNT[areas]
                + "个片区开展社会工作专业服务。");
        associationSections(d, f, "于 " + Formats.dateSpaced(f.evaluationDate), Layout000::partySection);
        d.p("社工站本年度协议期为 " + Formats.dateSpaced(f.contractStart) + "至 " + Formats.dateSpaced(f.contractEnd)
                + "，本次评估考核期为 " + Formats.dateSpaced(f.periodStart) + "至 " + Formats.dateSpaced(f.periodEnd)
                + "，共计考核 " + n(f.periodMonths) + " 个月。");
        d.p("值得肯定的地方：");
        d.p("（1）社工站能够按照《广州市社工服务站管理办法》相关规定和购买项目协议相关要求配备人员。在人员到岗方面，持证社工应到岗 "
                + n(s.certifiedExpected()) + " 人次，实到岗 " + n(s.certifiedActual()) + " 人次"
                + surplus(s.certifiedExpected(), s.certifiedActual(), "，") + "；社工（含持证社工和非持证社工）应到岗 "
                + n(s.workersExpected()) + " 人次，实到岗 " + n(s.workersActual()) + " 人次"
                + surplus(s.workersExpected(), s.workersActual(), "，")
                + "；非持证社工均能按要求，接受社会工作行业组织管理、培训且取得相关培训证书。截至评估末月，社工站共配备 "
                + s.certifiedWorkers() + "名持证社工，" + (s.socialWorkers() - s.certifiedWorkers()) + " 名非持证社工，共计 "
                + s.socialWorkers() + " 名社工。");
        d.p("（2）在人员资质方面，截至评估末月，社工站配备了 " + s.intermediateCertified() + " 名中级社工师、"
                + (s.certifiedWorkers() - s.intermediateCertified()) + " 名助理级社工师；其次，社工站项目负责人持有中级社工师证书。以上各项在评估期内均符合评估指标体系要求，落实情况良好。");
        d.p("需要关注的地方：");
        d.p("（1）评估期内，社工站共有 " + s.resigned() + " 名社工提前解除劳动合同，" + s.hired() + " 名社工新入职，"
                + s.transferredIn() + " 名社工调入，" + s.transferredOut() + " 名社工调出。此外，社工站共有 " + s.stableWorkers()
                + " 名社工持续稳定在岗，稳岗率为" + Formats.pct2(s.retentionRate()) + "，" + retentionJudgement(s)
                + "此外，评估期内，服务团队中拥有 2 年以上从业经历的社工实到 " + n(s.experiencedActual())
                + " 人次，占社工站社工实到人次的 " + Formats.pct2(s.experiencedShare()) + "。");
        d.p("（二）社工站总体服务开展情况");
        d.p("1.项目执行与服务成效");
        d.p("值得肯定的地方：");
        d.p("（1）在党建工作方面，社工站党支部认真落实“三会一课”制度，联动社区开展主题党日活动。");
        d.p("需要关注的地方：");
        d.p("（1）建议社工站要厘清社工点、社区片、社工站服务需求调研的逻辑关系。");
        d.p("2.服务指标完成情况");
        int restated = s.socialWorkersRestated() != null ? s.socialWorkersRestated() : s.socialWorkers();
        d.p("评估期末月，社工站投入符合资质的社工 " + restated + " 名。本年度完成困难群众和特殊群体建档 " + actual(f, "archive")
                + " 个，电访 " + actual(f, "phone_visits") + " 个，探访 " + actual(f, "home_visits") + " 个，分别完成协议指标量的 "
                + pcts(f, "，", "archive", "phone_visits", "home_visits") + "；个案接案 " + actual(f, "case_intake") + " 个，开展 "
                + actual(f, "case_sessions") + " 节，结案 " + actual(f, "case_closed") + " 个，分别完成协议指标量的 "
                + pcts(f, "，", "case_intake", "case_sessions", "case_closed") + "；完成小组 " + actual(f, "group_count")
                + " 个，开展 " + actual(f, "group_sessions") + "节，服务 " + actual(f, "group_attendance")
                + " 人次，分别完成协议指标量的 " + pcts(f, "，", "group_count", "group_sessions", "group_attendance")
                + "；完成大型社区活动 " + actual(f, "large_event_count") + " 个，服务 " + actual(f, "large_event_attendance")
                + " 人次，分别完成协议指标量的 " + pcts(f, "，", "large_event_count", "large_event_attendance")
                + "；完成中小型社区活动 " + actual(f, "small_event_count") + " 个，服务 " + actual(f, "small_event_attendance")
                + " 人次，分别完成协议指标量的 " + pcts(f, "，", "small_event_count", "small_event_attendance")
                + "；（以上数据统计共计 " + n(f.periodMonths) + " 个考核月份，由社工服务站提供，各片区指标完成情况见附件 1）");
        d.p("（三）各社工点服务开展情况");
        d.p("社工站本年度按照新管理办法，根据辖区实际情况和购买方需求，划分了" + CN_AREA_COUNT[areas] + "个片区开展社会工作专业服务。各社工点分片情况如下：");
        for (int i = 0; i < areas; i++) d.p("片区" + CN_NUMBERS[i] + "：" + communities(f, i) + "；");
        for (int i = 0; i < areas; i++) {
            d.p((i + 1) + ".片区" + CN_NUMBERS[i] + "社工点服务情况");
            d.p("值得肯定的地方：");
            d.p("（1）片区社工能积极开展困难群众和特殊群体的摸查建档工作，完成了建档全覆盖工作。");
            d.p("需要关注的地方：");
            d.p("（1）片区的服务规划方面仍有进一步提升空间。");
        }
        d.p("七、评估结果");
        d.p("（一）购买方评估 得分：" + Formats.score(sc.purchaser()) + "分");
        d.p("（二）监督方评估 得分：" + Formats.score(sc.supervisor()) + " 分");
        d.p("（三）督导中心评估 得分：" + Formats.score(sc.supervisionCenter()) + "分");
        d.p("（四）第三方评估 得分：" + Formats.score(sc.thirdParty()) + "分");
        d.p("以上四项总得分：" + Formats.score(sc.total()) + " 分 等级：" + sc.grade());
        d.p("八、结语");
        d.p(st.fullName() + "在" + district + "民政局、" + st.purchaserShort() + "的大力支持下，在全体社工和管理人员的努力下，积极开展困难群众和特殊群体的摸查建档工作。");
        annex(d, f);
        staffAnnex(d, f);
        return d;
    }

    private static void partySection(Doc d, ReportFacts f, String heading, String party) {
        d.p(heading);
        d.p("（一）值得肯定的地方：");
        numbered(d, findings(f, party, "positive"), false);
        d.p("（二）需要关注的地方：");
        numbered(d, findings(f, party, "concern"), false);
    }

    /** 附件1-1: the per-片区 indicator table flattened as PDF text puts it, one row per line, and 合计. */
    private static void annex(Doc d, ReportFacts f) {
        Station st = f.station;
        int[] workers = splitWorkers(f.staffing.socialWorkers(), st.areas().size());
        d.lines("", "", "附件1-1", "", "广州市" + st.name() + "社工站购买服务项目指标完成情况统计表", "",
                "服务", "", "片区", "", "投入社工", "", "人数", "", "困难群众", "", "和特殊群体建档",
                "电访 入户探访 专业个案", "", "协议", "", "个数", "完成量 百分比 协议量 完成量 百分比 协议量 完成量 百分比", "",
                "协议", "", "接案数", "", "接案", "", "完成数", "百分比", "", "协议", "", "节数",
                "完成量 百分比 协议结案数 完成量 百分比", "");
        List<String> first = FactsSampler.AREA_SPLIT.subList(0, 6);
        List<String> second = FactsSampler.AREA_SPLIT.subList(6, 13);
        d.rows(areaRows(f, first, workers));
        d.lines("", "服务", "", "片区", "", "投入社工", "", "人数", "", "专业小组 大型社区活动 中小型社区活动", "",
                "协议   个", "", "数", "完成量 百分比", "", "协议   节", "", "数", "完成量 百分比", "", "协议   人", "", "次",
                "完成量 百分比", "");
        d.rows(areaRows(f, second, workers));
        d.lines("", "总体服务", "", "协议内容 指标要求 完成量 百分比", "");
        List<List<String>> overall = new ArrayList<>();
        String[][] labels = {{"新增志愿者", "volunteers_new"}, {"新增志愿者骨干", "volunteer_leaders"},
                {"新增志愿队伍", "volunteer_teams"}, {"社区组织培育", "community_orgs"}};
        for (String[] l : labels) {
            Measure m = f.measure(l[1]);
            overall.add(List.of(l[0], n(m.target()), n(m.actual()), Formats.pct2(m.printedCompletion())));
        }
        d.rows(overall);
    }

    /** 附件2: one row per person (类型, 序号, 姓名 … 合同期限), 人员到位 / 社保购买 / 工资发放 a month, 小计, 备注. */
    private static void staffAnnex(Doc d, ReportFacts f) {
        if (f.roster.isEmpty()) return;
        List<String> months = new ArrayList<>();
        for (YearMonth m = YearMonth.from(f.periodStart); !m.isAfter(YearMonth.from(f.periodEnd)); m = m.plusMonths(1)) {
            months.add(m.getYear() + "年" + m.getMonthValue() + "月");
        }
        // the header wrapped as the PDF text wraps it: a month a line
        List<String> header = new ArrayList<>(List.of("", "", "附件2", "",
                "年度服务协议时间：" + Formats.date(f.contractStart) + "至" + Formats.date(f.contractEnd), "",
                "类型 序号 姓名 职位 岗位资格证/资质 合同期限"));
        header.addAll(months);
        header.addAll(List.of("人员到岗小计 备注", ""));
        d.lines(header.toArray(String[]::new));
        String contract = slashed(f.contractStart) + "-" + slashed(f.contractEnd);
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < f.roster.size(); i++) {
            ReportFacts.RosterPerson p = f.roster.get(i);
            List<String> row = new ArrayList<>(List.of(p.certified() ? "持证社工" : "非持证社工", Integer.toString(i + 1), p.name(),
                    p.area() == null ? p.role() : p.area() + "片" + p.role(), p.certified() ? "助理社会工作师" : "社会工作专业", contract));
            long onPost = p.onPost().stream().filter(b -> b).count();
            for (boolean on : p.onPost()) for (int k = 0; k < 3; k++) row.add(on ? "√" : "——");
            row.add(Long.toString(onPost));
            row.add(Long.toString(onPost));
            row.add(remark(f, p));
            rows.add(row);
        }
        d.rows(rows);
    }

    /** The 备注 of a person: the dated event, as the seed prints it ("2024年9月23日离职", "…从琶洲街社工站调入"). */
    private static String remark(ReportFacts f, ReportFacts.RosterPerson p) {
        StringBuilder sb = new StringBuilder();
        p.events().forEach((month, event) -> {
            String day = Formats.date(YearMonth.from(f.periodStart).plusMonths(month).atDay(month % 2 == 0 ? 10 : 20));
            sb.append(day).append(event.equals("调入") ? "从模拟街社工站调入" : event);
        });
        return sb.toString();
    }

    private static String slashed(java.time.LocalDate d) {
        return d.getYear() + "/" + d.getMonthValue() + "/" + d.getDayOfMonth();
    }

    private static List<List<String>> areaRows(ReportFacts f, List<String> codes, int[] workers) {
        List<List<String>> rows = new ArrayList<>();
        List<String> areas = f.station.areas();
        for (int i = 0; i < areas.size(); i++) {
            List<String> row = new ArrayList<>(List.of(areas.get(i), Integer.toString(workers[i])));
            for (String c : codes) {
                Measure m = f.areaMeasures.get(areas.get(i)).stream().filter(x -> x.code().equals(c)).findFirst().orElseThrow();
                row.add(n(m.target()));
                row.add(n(m.actual()));
                row.add(Formats.pct2(m.printedCompletion()));
            }
            rows.add(row);
        }
        List<String> total = new ArrayList<>(List.of("合计", Integer.toString(f.staffing.socialWorkers())));
        for (String c : codes) {
            Measure m = f.measure(c);
            total.add(n(m.target()));
            total.add(n(m.actual()));
            total.add(Formats.pct2(m.printedCompletion()));
        }
        rows.add(total);
        return rows;
    }

    private static int[] splitWorkers(int total, int parts) {
        int[] out = new int[parts];
        for (int i = 0; i < total; i++) out[i % parts]++;
        return out;
    }
}
