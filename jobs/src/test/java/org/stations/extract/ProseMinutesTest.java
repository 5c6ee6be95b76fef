package org.stations.extract;

import org.junit.jupiter.api.Test;
import org.stations.document.Layout;
import org.stations.model.Party;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Prose as the blind5 reports print it (review-meeting minutes, a registration form, PDF text layers); each excerpt is
 * copied from src/test/resources/blind5/reports and its values checked against the report by hand.
 */
class ProseMinutesTest {

    private static ReportText prose(String text) {
        return ReportText.of(Layout.parse(text)).proseOnly();
    }

    private static Map<String, IndicatorValue> indicators(String text) {
        return IndicatorProseExtractor.extract(prose(text)).stream()
                .collect(Collectors.toMap(v -> v.code, v -> v, (a, b) -> a));
    }

    @Test
    void indicatorsReadOutAsANumberedList() {
        // blind5_a: "（k）标签：年度指标T单位，完成A单位，完成率R", labels of their own
        Map<String, IndicatorValue> v = indicators("专家组组长王晓岚通报了服务指标完成情况：\n"
                + "（1）建立服务对象档案：年度指标420户，完成431户，完成率102.62%；\n"
                + "（4）个案咨询：年度指标80个，完成43个，完成率53.75%；\n"
                + "（5）个案管理服务—开案：年度指标60个，完成31个，完成率51.67%；\n"
                + "（6）个案管理服务—面谈：年度指标360节，完成176节，完成率48.89%；\n"
                + "（7）个案管理服务—结案：年度指标45个，完成13个，完成率28.89%；\n"
                + "（10）小组服务：年度指标960人次，完成497人次，完成率51.77%；\n"
                + "（17）志愿服务队：年度指标2支，完成1支，完成率50.00%；\n"
                + "（18）社区自组织孵化：年度指标2个，完成1个，完成率50.00%。\n");
        assertRow(v.get("archive"), 420, 431, 1.0262);
        assertRow(v.get("consult_cases"), 80, 43, 0.5375);
        assertRow(v.get("case_intake"), 60, 31, 0.5167);
        assertRow(v.get("case_sessions"), 360, 176, 0.4889);
        assertRow(v.get("case_closed"), 45, 13, 0.2889);
        assertRow(v.get("group_attendance"), 960, 497, 0.5177);
        assertRow(v.get("volunteer_teams"), 2, 1, 0.5);
        assertRow(v.get("community_orgs"), 2, 1, 0.5);
        assertEquals(8, v.size());
    }

    @Test
    void tenThousandsInAWordAndATargetAfterItsLabel() {
        // blind5_b: "1.2万人次" is 12000; 万元 stays the budget's unit
        assertEquals("电话访问全年指标为12000人次,项目经费201.6万元", Cn.canonical("电话访问全年指标为1.2万人次,项目经费201.6万元"));
        Map<String, IndicatorValue> v = indicators("18项指标中,个案结案(累计45个,93.75%)未完成年度指标,其余17项均已完成或超额完成。"
                + "电话访问全年指标为1.2万人次,累计完成12516人次。全年服务辐射居民约3.6万人次。\n");
        assertNotNull(v.get("phone_visits"));
        assertEquals(java.util.Arrays.asList(12000.0, 12516.0), java.util.Arrays.asList(v.get("phone_visits").target, v.get("phone_visits").actual));
    }

    private static void assertRow(IndicatorValue v, double target, double actual, double completion) {
        assertNotNull(v);
        assertEquals(List.of(target, actual, completion), List.of(v.target, v.actual, v.reportedCompletion), v.evidence);
    }

    @Test
    void aRangeIsNoValueAndADrawnTableNoParagraph() {
        // blind5_c: the target is a range; blind5_b: a grid table's row is no sentence (its 备注 numbers are no actuals)
        assertTrue(indicators("注:1.完成率=中期完成÷年度指标。2.社区自组织孵化的年度指标为1—2个,不计算完成率。\n").isEmpty());
        assertTrue(indicators("+----+----------+------+ +|7|个案结案|48|24|45|30|93.75%||+----+------+|8|专业小组|22|11|22|11|100.00%|含线上小组2个|\n").isEmpty());
    }

    @Test
    void scoresSpokenByEachPartysRepresentative() {
        // blind5_a: the minutes' 三、各评分方通报评分; the total only under 会议议定事项
        ScoreExtractor.Scores s = ScoreExtractor.extract(prose(
                "（一）区民政局陈志海：民政局作为监督方，主要从项目规范运营、服务台账、资金使用等方面评分，给予沙河街社工站9.20分。\n"
                + "（二）街道办事处刘敏：作为购买方，街道对社工站上半年配合街道中心工作的表现是认可的，购买方评分18.30分。\n"
                + "（三）市督导中心周慧：督导中心从专业督导、社工成长和服务专业性方面评分，评分为13.10分。\n"
                + "（四）评估专家组许家宁：第三方评估满分55分，本次评分46.35分。其中项目管理得8.90分（扣1.10分），服务监测得8.75分（扣1.25分），"
                + "服务成效得12.60分（扣2.40分），服务质量得16.10分（扣3.90分），合计扣分8.65分。\n"
                + "（一）沙河街社工站本次中期评估四方评分合计86.95分，评估等级为良好。\n"), new TableExtractor.Result());
        assertEquals(9.20, s.parties.get(Party.SUPERVISOR).score());
        assertEquals(18.30, s.parties.get(Party.PURCHASER).score());
        assertEquals(13.10, s.parties.get(Party.SUPERVISION_CENTER).score());
        assertEquals(46.35, s.parties.get(Party.THIRD_PARTY).score());
        assertEquals(86.95, s.total());
        assertEquals(List.of("项目管理 10.0 8.9", "服务监测 10.0 8.75", "服务成效 15.0 12.6", "服务质量 20.0 16.1"),
                s.items.stream().map(i -> i.item() + " " + i.maxScore() + " " + i.score()).toList());
        // a sentence naming two parties, or giving two scores, says whose score nothing certain
        ScoreExtractor.Scores two = ScoreExtractor.extract(prose("监督方与购买方沟通后评分，给予社工站9.20分。\n"), new TableExtractor.Result());
        assertTrue(two.parties.isEmpty());
        ScoreExtractor.Scores item = ScoreExtractor.extract(prose("第三方评估中，服务质量评分为16.50分。\n"), new TableExtractor.Result());
        assertTrue(item.parties.isEmpty());
    }

    @Test
    void datesInTheirShortAndBrokenForms() {
        // blind5_a: two-digit dotted ranges; the visit without its year, in the year of the dates before it
        ReportHeader a = HeaderExtractor.extract(prose("沙河街社工服务站中期评估评审会议纪要\n会议时间：2025年10月21日（星期二）下午2:30\n"
                + "本次中期评估的项目服务期为25.4.1—26.3.31，考核期为25.4.1—25.9.30（共6个月），项目经费201.6万元。"
                + "评估专家组已于10月16日至17日到站完成实地评估，查阅档案资料。\n"));
        assertEquals("2025-10-16 2025-04-01 2026-03-31 2025-04-01 2025-09-30 6.0 201.6", a.evaluationDate + " " + a.contractStart + " "
                + a.contractEnd + " " + a.periodStart + " " + a.periodEnd + " " + a.periodMonths + " " + a.budgetWan);
        // a lone dotted number or a range of section numbers is no date
        assertEquals("见10.1.1—10.1.5节", Cn.canonical("见10.1.1—10.1.5节"));
        // blind5_e: the PDF text layer broke a year with a space
        ReportHeader e = HeaderExtractor.extract(prose("炭步镇社工服务站中期评估报告\n服务协议期为2025年4月1日至202 6年3月31日,年度经费168万元。\n"));
        assertEquals("2025-04-01 2026-03-31", e.contractStart + " " + e.contractEnd);
        // blind5_d: the period is the service year, in the other word order
        ReportHeader d = HeaderExtractor.extract(prose("石楼镇社工服务站末期评估报告\n项目服务期为2024年10月1日至2025年9月30日。\n"
                + "本次末期评估以整个服务年度为考核期(共12个月)。\n"));
        assertEquals("2024-10-01 2025-09-30 12.0", d.periodStart + " " + d.periodEnd + " " + d.periodMonths);
        // blind5_b's front matter as its key/value rows read: slash dates, the period is the 服务周期
        ReportHeader b = HeaderExtractor.extract(prose("广州市白云区石门街社工服务站2024—2025服务年度末期评估报告\n服务周期：2024/10/01—2025/09/30\n"
                + "评估类型：末期评估（考核期为整个服务周期，12个月）\n实地评估：2025/10/21\n项目经费：210.00万元\n"));
        assertEquals("2025-10-21 2024-10-01 2025-09-30 2024-10-01 2025-09-30 12.0 210.0", b.evaluationDate + " " + b.contractStart + " "
                + b.contractEnd + " " + b.periodStart + " " + b.periodEnd + " " + b.periodMonths + " " + b.budgetWan);
    }

    @Test
    void organisationsListedAmongTheParticipants() {
        // blind5_a: the participants' lines run together (as the normalizer joins them); roles only by what each is
        ReportHeader h = HeaderExtractor.extract(prose("沙河街社工服务站中期评估评审会议纪要\n会议地点：沙河街道办事处三楼第二会议室\n"
                + "主持人：王晓岚（广州市明鉴社会服务评估中心评估部主任）\n参会人员：\n"
                + "广州市天河区民政局社会工作科陈志海广州市天河区人民政府沙河街道办事处刘敏、黄伟强广州市社会工作服务督导中心周慧"
                + "广州市明鉴社会服务评估中心评估专家组王晓岚、许家宁、梁颖广州市天河区乐群社会工作服务中心（承接机构）郑丽萍（站长）、何俊\n"
                + "记录人：梁颖2025年10月21日下午，广州市天河区沙河街社工服务站中期评估评审会在沙河街道办事处召开。\n"));
        assertEquals(List.of("沙河街", "广州市天河区乐群社会工作服务中心", "广州市天河区人民政府沙河街道办事处", "广州市天河区民政局", "广州市明鉴社会服务评估中心"),
                java.util.Arrays.asList(h.station, h.operator, h.purchaser, h.supervisor, h.evaluator));
        // blind4_e: the evaluator on the cover, a 评估研究院, its role stated nowhere
        assertEquals("广州市昭衡社会服务评估研究院", HeaderExtractor.extract(prose("某镇社工服务站中期评估报告\n广州市昭衡社会服务评估研究院2025年10月\n"
                + "按协议，社工站配备社工15名。\n")).evaluator);
        // another year's evaluator is not this report's
        assertNull(HeaderExtractor.extract(prose("某街社工服务站中期评估报告\n上一服务年度由广州市某某社会服务评估中心评估。\n")).evaluator);
        // seed 002: a bureau named in passing, without 广州市, supervises nothing stated
        ReportHeader p = HeaderExtractor.extract(prose("中南街社工服务站绩效评价报告\n同时季度通过邮件和资料报送等方式向荔湾区民政局汇报。\n"));
        assertNull(p.supervisor);
        // blind5_c: a form's title names any station; the station is the one the form is about
        ReportHeader c = HeaderExtractor.extract(prose("广州市社工服务站中期评估结果登记表(2025—2026服务年度)\n项目名称：广州市黄埔区大沙街社工服务站\n"));
        assertEquals("大沙街", c.station);
    }

    @Test
    void staffingInParagraphs() {
        // blind5_a: head counts in formal Chinese numerals, 人员稳定率
        ReportHeader h = HeaderExtractor.extract(prose("沙河街社工服务站中期评估评审会议纪要\n"
                + "站内社工共一十七名：站长一名、副站长一名、片区主任两名、一线社工一十三名；另有财务兼行政人员一名，不属社工岗位。"
                + "一十七名社工中持有社会工作者职业资格证书的一十一名（社会工作师三名、助理社会工作师八名）。\n"));
        assertEquals(List.of(17, 11), java.util.Arrays.asList(h.socialWorkers, h.certifiedWorkers));
        // blind5_b: the head count the period ended with, in a sentence
        assertEquals(18, HeaderExtractor.extract(prose("石门街社工服务站末期评估报告\n本年度社工流动偏大:期初18名社工中3人离职、1人调往本机构其他项目,"
                + "新入职3人、由本机构调入1人,期末在岗仍为18名;全年持续在岗14名,留任率77.78%。\n")).socialWorkers);
        // "应配备社工共…" is what the contract asks
        assertNull(HeaderExtractor.extract(prose("某街社工服务站\n按服务协议，社工站应配备社工共一十七名。\n")).socialWorkers);
        // blind5_f 稳岗比例, blind5_b 留任率, blind5_e 人员稳定性
        assertEquals(0.875, StaffingExtractor.extract(prose("期初16名社工中14名全年持续在岗，稳岗比例87.50%。\n")).retentionRate);
        assertEquals(0.7778, StaffingExtractor.extract(prose("全年持续在岗14名，留任率77.78%，低于全市80%的参考水平。\n")).retentionRate);
        assertEquals(0.9375, StaffingExtractor.extract(prose("期初16名社工中15名持续在岗，人员稳定性93.75%。\n")).retentionRate);
        // blind5_c: "16名 / 15名 离职 / 入职 / 调入 / 调出": the event words head a cell's list, no count of them
        StaffingExtractor.Staffing c = StaffingExtractor.extract(prose("人员配备：期初在岗 / 持续在岗 — 16名 / 15名 离职 / 入职 / 调入 / 调出 1 / 1 / 0 / 0\n"
                + "（四）人员方面，期内1名社工离职、1名新入职，期初16名社工中15名持续在岗。\n"));
        assertEquals(List.of(1, 1), java.util.Arrays.asList(c.resigned, c.hired));
    }
}
