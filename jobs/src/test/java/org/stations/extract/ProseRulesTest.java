package org.stations.extract;

import org.junit.jupiter.api.Test;
import org.stations.document.Layout;
import org.stations.model.Party;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.*;

/** Sentences as evaluators write them; each is copied from a development-set report and its values read by hand. */
class ProseRulesTest {

    private static ReportText prose(String text) {
        return ReportText.of(Layout.parse(text)).proseOnly();
    }

    private static ScoreExtractor.Scores scores(String text) {
        return ScoreExtractor.extract(prose(text), new TableExtractor.Result());
    }

    @Test
    void partyScoresInAnyOfTheirSentences() {
        // dev_a: a numbered list with the organisation in brackets; dev_c: "(满分 N 分)" after the score
        ScoreExtractor.Scores a = scores("（一）监督方（越秀区民政局）评估：8.85 分\n（三）督导中心（广州市社工服务站督导中心）评估：13.10 分\n"
                + "（四）第三方（广州市社会工作协会）评估：46.28 分\n四方评估总分 87.43 分，评估等级为良好。\n");
        assertEquals(8.85, a.parties.get(Party.SUPERVISOR).score());
        assertEquals(13.10, a.parties.get(Party.SUPERVISION_CENTER).score());
        assertEquals(46.28, a.parties.get(Party.THIRD_PARTY).score());
        assertEquals(87.43, a.total());
        assertEquals("良好", a.grade);
        ScoreExtractor.Scores c = scores("市督导中心评分12.90分（满分15分）\n第三方评估机构（广州市南沙区社会工作协会）评分46.10分（满分55分）\n综合得分86.35分，等级：良好\n");
        assertEquals(12.90, c.parties.get(Party.SUPERVISION_CENTER).score());
        assertEquals(46.10, c.parties.get(Party.THIRD_PARTY).score());
        assertEquals(86.35, c.total());
    }

    @Test
    void theScaleIsNotAScore() {
        // dev_f: the scoring rules name each party's maximum; dev_c: "满分 10 分"; seed 001: "评估总分为100分"
        ScoreExtractor.Scores s = scores("评估总分 100 分，由四方评分相加得出：监督方 10 分、购买方 20 分、督导中心 15 分、第三方评估机构 55 分。"
                + "第三方评分包括项目管理 10 分、服务监测 10 分。监督方（区民政局）满分10分。\n");
        assertTrue(s.parties.isEmpty(), s.parties::toString);
        assertNull(s.total());
    }

    @Test
    void thirdPartyItemsInASentence() {
        // dev_b: 其中，第三方评估得分由四部分构成：项目管理9.12分（满分10分），…
        ScoreExtractor.Scores s = scores("其中，第三方评估得分由四部分构成：项目管理9.12分（满分10分），服务监测8.76分（满分10分），"
                + "服务成效12.83分（满分15分），服务质量17.15分（满分20分）。\n");
        Map<String, Double> items = s.items.stream().collect(Collectors.toMap(ScoreExtractor.ScoreItem::item, ScoreExtractor.ScoreItem::score));
        assertEquals(Map.of("项目管理", 9.12, "服务监测", 8.76, "服务成效", 12.83, "服务质量", 17.15), items);
        assertEquals(47.86, s.parties.get(Party.THIRD_PARTY).score(), 1e-9); // not stated: the sum of its items
    }

    @Test
    void headerFactsWhereverTheyAreStated() {
        // dev_a: a Chinese-numeral date, "自…起至…止"; dev_d: "监督方为…"; dev_b: "…承接运营", "受…委托，…于…组织评估"
        ReportHeader h = HeaderExtractor.extract(prose("越秀区北京街社工服务站\n中期评估报告\n评估日期：二〇二五年一月十五日\n"
                + "本服务年度协议期自 2024 年 7 月 1 日起至 2025 年 6 月 30 日止，年度项目经费 216 万元。\n"
                + "本项目的购买方为广州市花都区人民政府新华街道办事处，监督方为广州市花都区民政局，承接运营方为广州市花都区同行社会工作服务中心（以下简称“同行社工”）。\n"
                + "受白云区民政局委托，广州市社会组织联合会于2025年5月14日组织评估专家对该站开展了末期评估。\n"
                + "本次为年度中期评估，考核期为2024年7月1日至2024年12月31日，共6个月。服务对象满意率为 91.67%。\n"));
        assertEquals(LocalDate.of(2025, 1, 15), h.evaluationDate);
        assertEquals(LocalDate.of(2024, 7, 1), h.contractStart);
        assertEquals(LocalDate.of(2025, 6, 30), h.contractEnd);
        assertEquals(216.0, h.budgetWan);
        assertEquals("广州市花都区民政局", h.supervisor);
        assertEquals("广州市花都区同行社会工作服务中心", h.operator);
        assertEquals("广州市社会组织联合会", h.evaluator);
        assertEquals(6.0, h.periodMonths);
        assertEquals(0.9167, h.satisfactionRate);
    }

    @Test
    void staffingSentencesInAnyWordOrder() {
        // dev_a and dev_f
        StaffingExtractor.Staffing s = StaffingExtractor.extract(prose("评估期内，社工站应配备社工108人次，实际到岗110人次，超配2人次；"
                + "其中持证社工应到岗54人次，实际到岗71人次，超配17人次。协议要求在岗社工18人，评估期内持续稳定在岗的社工15人，稳岗率为83.33%。\n"
                + "考核期内有5名社工离职、1名社工调出，新入职4名、调入1名。\n"));
        assertEquals(List.of(108.0, 110.0, 54.0, 71.0), List.of(s.workersExpected, s.workersActual, s.certifiedExpected, s.certifiedActual));
        assertEquals(18, s.requiredWorkers);
        assertEquals(15, s.stableWorkers);
        assertEquals(0.8333, s.retentionRate);
        assertEquals(List.of(5, 4, 1, 1), List.of(s.resigned, s.hired, s.transferredIn, s.transferredOut));
    }

    @Test
    void indicatorSentencesWithTheTargetBeforeOrAfter() {
        // dev_b: the target after the actual, before it, or only a %
        List<IndicatorValue> v = IndicatorProseExtractor.extract(prose("个案服务方面，专业个案接案58个，达到协议指标55个的105.45%；"
                + "累计开展个案服务352节，协议要求330节，完成率106.67%。小组服务方面，协议要求开展专业小组24个，实际完成26个，完成率108.33%；"
                + "大型社区活动服务居民2451人次，协议指标1000人次，完成率245.10。此外，社工站全年接待咨询个案126个，完成率210.00%。\n"));
        Map<String, IndicatorValue> byCode = v.stream().collect(Collectors.toMap(x -> x.code, x -> x));
        assertEquals(List.of(55.0, 58.0), List.of(byCode.get("case_intake").target, byCode.get("case_intake").actual));
        assertEquals(List.of(330.0, 352.0), List.of(byCode.get("case_sessions").target, byCode.get("case_sessions").actual));
        assertEquals(List.of(24.0, 26.0), List.of(byCode.get("group_count").target, byCode.get("group_count").actual));
        assertEquals(2.451, byCode.get("large_event_attendance").reportedCompletion); // "245.10" without its % sign
        assertNull(byCode.get("consult_cases").target);
        assertEquals(2.1, byCode.get("consult_cases").reportedCompletion);
    }

    @Test
    void aListOfTargetsIsNotWhatWasDone() {
        // seed 002: 年度协议指标具体为建档65个、探访200个…
        assertTrue(IndicatorProseExtractor.extract(prose("第一个项目期指标时间为2021年8月-2021年12月，年度协议指标具体为建档65个、探访200个、电访1100个。\n")).isEmpty());
    }

    /** The four parties' scores, in the contract's order: 监督方, 购买方, 督导中心, 第三方. */
    private static void assertPartyScores(ScoreExtractor.Scores s, double supervisor, double purchaser, double center, double thirdParty) {
        assertEquals(List.of(supervisor, purchaser, center, thirdParty), java.util.stream.Stream.of(
                Party.SUPERVISOR, Party.PURCHASER, Party.SUPERVISION_CENTER, Party.THIRD_PARTY)
                .map(p -> s.parties.containsKey(p) ? s.parties.get(p).score() : null).toList());
    }

    @Test
    void scoresListedInAStatedOrderGoToThePartiesInThatOrder() {
        // blind2_a.txt 七、评估得分: the order is 购买方, 监督方, 市督导中心, 第三方 — not the usual one
        ScoreExtractor.Scores s = scores("按购买方、监督方、市督导中心、第三方评估机构的顺序，四方评分依次为18.5、9.2、13.1、47.6分，总分88.4分，等级为良好。\n");
        assertPartyScores(s, 9.2, 18.5, 13.1, 47.6);
        // blind2_a.txt 二: "第三方评分分为项目管理（10分）…" states the items' maxima, never a score
        assertTrue(scores("第三方评分分为项目管理（10分）、服务监测（10分）四部分。\n").parties.isEmpty());
    }

    @Test
    void scoresAsTheTermsOfASumAreReadOnlyWhenTheyAddUp() {
        // blind2_d.docx 五、评估得分
        ScoreExtractor.Scores s = scores("总分＝监督方9.30＋购买方18.80＋督导中心13.05＋第三方47.10＝88.25（分），等级：良好。\n");
        assertPartyScores(s, 9.30, 18.80, 13.05, 47.10);
        assertEquals(88.25, s.total());
        assertTrue(scores("总分＝监督方9.30＋购买方18.80＝30.00（分）\n").parties.isEmpty(), "terms that do not add up are not read");
    }

    @Test
    void aConvertedScoreIsThePartysNotTheRawHundredPointOne() {
        // blind2_f.pdf 三、评估得分: 百分制 83.60 converted at 55 %; the other parties by organisation name
        ScoreExtractor.Scores s = scores("越秀区民政局评分 8.70 分，六榕街道办事处评分 18.30 分；本中心第三方评估百分制得分为 83.60 分，按 55%折算为 45.98 分。\n");
        assertEquals(45.98, s.parties.get(Party.THIRD_PARTY).score());
        assertEquals(8.70, s.parties.get(Party.SUPERVISOR).score());
        assertEquals(18.30, s.parties.get(Party.PURCHASER).score());
    }

    @Test
    void theReportsOwnPurchaserWordWinsOverTheCommissionerAndTheStartHeadCountIsNotTheEnd() {
        // blind2_a.txt: 委托方 on the cover is the 民政局 that commissioned the evaluation; the text names the buyer
        ReportHeader h = HeaderExtractor.extract(prose("海珠区素社街社工服务站\n2024—2025年度中期评估报告\n委托方：广州市海珠区民政局\n"
                + "广州市海珠区素社街社工服务站由启程社工承接运营，购买方为广州市海珠区素社街道办事处，监督方为广州市海珠区民政局。\n"
                + "考核期初（2024年7月1日）素社街社工站在岗社工16名。截至12月31日在岗社工17名，其中持证社工11名。\n"));
        assertEquals("广州市海珠区素社街道办事处", h.purchaser);
        assertEquals("广州市海珠区民政局", h.supervisor);
        assertEquals(17, h.socialWorkers);
        assertEquals(Party.THIRD_PARTY, Party.named("广州市明衡社会服务评估所"), "an evaluator named by what it is");
    }

    @Test
    void aShortfallOrACountOfSomethingElseIsNotAnIndicatorsActual() {
        // blind2_d.docx 三: "个案结案少1个，原因是1名服务对象在2月因病住院"
        List<IndicatorValue> v = IndicatorProseExtractor.extract(prose(
                "全站19项指标中，大型社区活动人次完成率209.78%，主要是居民参与。个案结案少1个，原因是1名服务对象在2月因病住院，个案延至3月结案。\n"));
        assertTrue(v.stream().noneMatch(x -> x.code.startsWith("case_")), v.toString());
    }

    @Test
    void budgetsInYuanAndItemsAsFractionsAndEvaluatorsEndingIn评估所() {
        // blind2_a.txt 一 and 七, blind2_b.txt 一
        ReportHeader h = HeaderExtractor.extract(prose("海珠区素社街社工服务站\n2024—2025年度中期评估报告\n"
                + "服务周期：2024年7月1日至2025年6月30日，年度服务经费2,160,000元（含税），分四期拨付。\n"
                + "评估机构：广州市明衡社会服务评估所\n"));
        assertEquals(216.0, h.budgetWan);
        assertEquals("广州市明衡社会服务评估所", h.evaluator);
        ScoreExtractor.Scores s = scores("第三方评估四个部分得分分别为：项目管理8.9/10，服务监测8.6/10，服务成效12.7/15，服务质量17.4/20，合计47.6/55。\n");
        Map<String, Double> items = s.items.stream().collect(Collectors.toMap(ScoreExtractor.ScoreItem::item, ScoreExtractor.ScoreItem::score));
        assertEquals(Map.of("项目管理", 8.9, "服务监测", 8.6, "服务成效", 12.7, "服务质量", 17.4), items);
        assertEquals(20.0, s.items.stream().filter(i -> i.item().equals("服务质量")).findFirst().orElseThrow().maxScore());
    }

    @Test
    void aMovementStatedNotToHaveHappenedIsZero() {
        // blind2_a.txt 四 and blind2_b.txt 四
        StaffingExtractor.Staffing a = StaffingExtractor.extract(prose("考核期内，离职3人（8月、10月、11月各1人），新入职3人，另从南石头街项目调入1人，无调出；截至12月31日在岗社工17名。\n"));
        assertEquals(List.of(3, 3, 1, 0), java.util.Arrays.asList(a.resigned, a.hired, a.transferredIn, a.transferredOut));
        StaffingExtractor.Staffing b = StaffingExtractor.extract(prose("截至2025年5月31日，社工站在岗社工21名，其中持证社工15名。考核期内离职4人、新入职5人，无调入、调出。\n"));
        assertEquals(List.of(4, 5, 0, 0), java.util.Arrays.asList(b.resigned, b.hired, b.transferredIn, b.transferredOut));
    }
}
