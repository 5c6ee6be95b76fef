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

    // ---- blind3: dates, numbers and parties in the forms the blind reports print them (excerpts, values read by hand)

    @Test
    void numbersInChineseAndCapitalNumeralsAreReadWhereAValueIsExpected() {
        assertEquals(20, Cn.count("二十"));
        assertEquals(18, Cn.count("十八"));
        assertEquals(2, Cn.count("两"));
        assertEquals(131, Cn.count("一百三十一"));
        assertEquals(105, Cn.count("一百零五"));
        assertNull(Cn.count("三四"), "三四名 is an approximate range, not 34");
        assertNull(Cn.count("一百五"), "colloquial 150, or 105: not one number");
        assertEquals(6.0, Cn.months("六"));
        assertEquals(11.0, Cn.months("十一"));
        assertEquals(2_340_000, Cn.capitalAmount("贰佰叁拾肆万"));
        // blind3_a: 百分之九十五, 贰佰叁拾肆万元整; the approximate 约占六成 / 九成以上 / 一千余人次 stay as printed
        assertEquals("满意率达到95%;九成以上受访居民", Cn.canonical("满意率达到百分之九十五;九成以上受访居民"));
        assertEquals("项目经费为人民币2340000元整", Cn.canonical("项目经费为人民币贰佰叁拾肆万元整"));
        assertEquals("参与居民一千余人次,约占六成", Cn.canonical("参与居民一千余人次,约占六成"));
        // blind3_e: the OCR's 満分 is 满分
        assertEquals("满分55分", Cn.canonical("満分55分"));
    }

    /** A header's evaluation date and period (ISO dates, null where none is stated). */
    private static void assertDates(ReportHeader h, String evaluation, String start, String end, Double months) {
        assertEquals(java.util.Arrays.asList(evaluation, start, end, months), java.util.Arrays.asList(
                h.evaluationDate == null ? null : h.evaluationDate.toString(), h.periodStart == null ? null : h.periodStart.toString(),
                h.periodEnd == null ? null : h.periodEnd.toString(), h.periodMonths));
    }

    @Test
    void datesInAllTheirForms() {
        // blind3_a: Chinese numerals in prose, a two-day visit dated by its first day; 考核期 as months only, 共六个月
        ReportHeader a = HeaderExtractor.extract(prose("增城区新塘镇社工服务站中期评估报告\n"
                + "项目经费为人民币贰佰叁拾肆万元整，由广州市增城区新塘镇人民政府（购买方）按季度拨付。\n"
                + "本次为服务年度中期评估，考核期为2024年9月至2025年2月，共六个月。\n"
                + "评估小组于二〇二五年三月十二日至十三日赴新塘镇社工站开展实地评估。\n"));
        assertDates(a, "2025-03-12", "2024-09-01", "2025-02-28", 6.0);
        assertEquals(234.0, a.budgetWan);
        // blind3_b: slash dates, a range's end without its month and year
        ReportHeader b = HeaderExtractor.extract(prose("天河区员村街社工服务站末期评估报告\n评估时间:2025/3/12—3/13\n"
                + "7.本期考核期:2024/4/1—2025/2/28,共11个月\n"));
        assertDates(b, "2025-03-12", "2024-04-01", "2025-02-28", 11.0);
        // blind3_c: 2024年下半年 is July to December, six months
        ReportHeader c = HeaderExtractor.extract(prose("越秀区东山街社工服务站中期评估报告\n本次为服务年度中期评估，考核期为2024年下半年，服务数据统计至2024年12月31日。\n"));
        assertDates(c, null, "2024-07-01", "2024-12-31", 6.0);
        // blind3_d: a contract of months only, 共十一个月, a weekday after the date, a two-digit year
        ReportHeader d = HeaderExtractor.extract(prose("荔湾区冲口街社工服务站末期评估报告\n合同期限：2024年3月—2025年2月\n"
                + "考核期为2024年3月1日至2025年1月31日，共十一个月。\n"));
        assertEquals(LocalDate.of(2024, 3, 1), d.contractStart);
        assertEquals(LocalDate.of(2025, 2, 28), d.contractEnd);
        assertEquals(11.0, d.periodMonths);
        assertEquals("广州市安衡社会服务评估中心2025年2月28日", Cn.canonical("广州市安衡社会服务评估中心25年2月28日"));
        assertEquals("实地评估日期：2025年2月20日(星期四)", Cn.canonical("实地评估日期：2025年2月20日(星期四)"));
        // a period whose end leaves out the year it shares with the start
        ReportHeader e = HeaderExtractor.extract(prose("白云区同和街社工服务站中期评估报告\n本次中期评估的考核期为2024年7月1日—12月31日。\n"));
        assertEquals(LocalDate.of(2024, 12, 31), e.periodEnd);
        // blind3_f: the period's end in the sentence before is not the evaluation date
        ReportHeader f = HeaderExtractor.extract(prose("花都区狮岭镇社工服务站末期评估报告\n"
                + "本次末期评估的考核期为2024年7月1日至2025年5月31日，共11个月。评估小组由三名专家组成，于2025年6月10日至11日到狮岭镇社工站开展实地评估。\n"));
        assertEquals(LocalDate.of(2025, 6, 10), f.evaluationDate);
    }

    @Test
    void aRunningHeaderBeforeTheStationIsNotItsName() {
        // blind3_b: the page header "广州市公信社会服务评估中心　　员村街社工服务站末期评估报告" comes first
        ReportHeader h = HeaderExtractor.extract(prose("广州市公信社会服务评估中心员村街社工服务站末期评估报告\n"
                + "1.项目名称:广州市天河区员村街社工服务站\n"));
        assertEquals("员村街", h.station);
    }

    @Test
    void staffingOverTwoParagraphsWithChineseNumerals() {
        // blind3_a
        String text = "增城区新塘镇社工服务站中期评估报告\n按服务协议，新塘镇社工站应配备社工二十名，其中持证社工不少于十名。考核期初在岗社工二十名。"
                + "考核期内共流失三人，均为主动离职（9月一人、11月两人）；新入职两人，另由同行社工承接的仙村镇项目调入一人，本期无调出。"
                + "截至2025年2月底，在岗社工仍为二十名，其中持证社工十四名。\n"
                + "期初在岗的二十名社工中有十七名在整个考核期内持续在岗，人员稳定率为85%，达到不低于80%的要求（上一服务年度末期该站稳定率为78.95%）。"
                + "从业两年以上的社工约占六成。\n电话回访四十名服务对象，满意率达到百分之九十五。\n";
        StaffingExtractor.Staffing s = StaffingExtractor.extract(prose(text), "midterm");
        assertEquals(20, s.requiredWorkers);
        assertEquals(17, s.stableWorkers);
        assertEquals(0.85, s.retentionRate);
        assertEquals(List.of(0.85), s.retentionStatements, "last year's 稳定率 is not a second statement of this one");
        assertNull(s.experiencedShare, "约占六成 is approximate");
        assertEquals(3, s.resigned);
        assertEquals(2, s.hired);
        assertEquals(1, s.transferredIn);
        assertEquals(0, s.transferredOut);
        ReportHeader h = HeaderExtractor.extract(prose(text));
        assertEquals(20, h.socialWorkers);
        assertEquals(14, h.certifiedWorkers);
        assertEquals(0.95, h.satisfactionRate);
        // blind3_d: "15名在考核期内未发生离岗"; blind3_e: 无人员调入调出; blind3_c: 离职的两名社工
        StaffingExtractor.Staffing d = StaffingExtractor.extract(prose("期初在岗的18名社工中,15名在考核期内未发生离岗。社工站无人员调入调出。离职的两名社工均为入职未满一年的新社工。\n"), "final");
        assertEquals(15, d.stableWorkers);
        assertEquals(0, d.transferredIn);
        assertEquals(0, d.transferredOut);
        assertEquals(2, d.resigned);
    }

    @Test
    void anotherReportsRateOrARequirementIsNotTheStations() {
        // blind3_b (a 末期 report): the 中期's rate; blind3_d: the city average; blind3_b's table row "≥50%" beside the share
        StaffingExtractor.Staffing b = StaffingExtractor.extract(prose("本期在岗社工和持证社工均达到协议要求。中期评估时该站稳岗率为94.44%，末期下降到88.89%。\n"
                + "│从业两年以上占比│≥50%│64.29%│126/196│\n"), "final");
        StaffingExtractor.Staffing d = StaffingExtractor.extract(prose("期初在岗的18名社工中,15名在考核期内未发生离岗,稳岗情况符合评估指标体系的要求"
                + "(2024年度全市社工站末期评估平均稳岗率为86.2%)。\n"), "final");
        assertEquals(java.util.Arrays.asList(null, null, null, List.of()),
                java.util.Arrays.asList(b.retentionRate, b.experiencedShare, d.retentionRate, d.retentionStatements));
    }

    @Test
    void partyScoresAfterTheirMaximumOrAsADeduction() {
        // blind3_c: numbered prose; the purchaser's only as 满分20分，扣1.5分 (18.5: both numbers are printed, the
        // subtraction is the sentence's own statement of the score); the 督导中心's with 得分率
        ScoreExtractor.Scores c = scores("1.监督方(越秀区民政局)评分:满分10分,得9.05分。扣分主要在经费支出进度与服务进度不匹配。\n"
                + "2.购买方(东山街道办事处)评分:满分20分,扣1.5分。扣分原因是部分服务点开放时间未按约定执行。\n"
                + "3.市社工督导中心评分:满分15分,得13.20分,得分率88.00%。\n4.第三方评估机构评分:满分55分,各部分得分见表1。\n");
        Map<Party, Double> read = c.parties.values().stream().collect(Collectors.toMap(ScoreExtractor.PartyScore::party, ScoreExtractor.PartyScore::score));
        // the third party's maximum is not its score
        assertEquals(Map.of(Party.SUPERVISOR, 9.05, Party.PURCHASER, 18.5, Party.SUPERVISION_CENTER, 13.20), read);
        // blind3_e: an OCR'd page, 満分 and the score broken over two lines after its decimal point
        ScoreExtractor.Scores e = scores("(四)第三方评估机构评分:満分55分,得分46.\n80分,各部分得分如下:\n");
        assertEquals(46.80, e.parties.get(Party.THIRD_PARTY).score());
    }

    @Test
    void oneUnderWayIsNotOneDone() {
        // blind3_e: the community organisation is still being fostered (gold actual 0, from the table), and 约120人 is
        // approximate: neither is the actual of the family the paragraph talks about
        List<IndicatorValue> v = IndicatorProseExtractor.extract(prose(
                "从完成情况看,建档完成84.71%。社区社会组织培育尚未完成,目前有1个“同和街坊文艺队”正在培育中。"
                + "社工站本期还开展了多场节日主题活动,惠及居民300余人次;与辖区两所小学合作开展“四点半课堂”,服务学生约120人。\n"));
        assertTrue(v.stream().noneMatch(i -> "community_orgs".equals(i.code)), v::toString);
    }

    @Test
    void aLettersFileNumberIsNotPartOfTheStationsName() {
        // blind4_a: an 评估意见书 letter, its file number on the line above "关于…社工服务站…的评估意见书"
        ReportHeader h = HeaderExtractor.extract(prose("穗启衡评字〔2025〕第047号\n\n关于华洲街社工服务站第一阶段服务的评估意见书\n\n"
                + "我中心对广州市海珠区华洲街社工服务站服务年度第一阶段的服务进行了中期评估。\n"));
        assertEquals("华洲街", h.station);
    }

    @Test
    void keyValueLinesAndUnpaddedDates() {
        // blind4_b: "键：值" front matter and staffing lines, dates without leading zeros, full-width thousands commas
        ReportText t = prose("广州市番禺区钟村街社工服务站\n2024—2025服务年度末期评估报告\n\n实地评估：2025-10-9\n项目总经费：2，280，000元\n\n"
                + "协议社工岗位：18个\n期初在岗：18人\n期末在岗：17人\n本年度离职：3人\n本年度入职：2人\n本年度调入：0人\n本年度调出：0人\n"
                + "年内持续在岗：15人\n期末持证社工：12人\n");
        ReportHeader h = HeaderExtractor.extract(t);
        assertEquals(LocalDate.of(2025, 10, 9), h.evaluationDate);
        assertEquals(228.0, h.budgetWan);
        assertEquals(17, h.socialWorkers);
        assertEquals(12, h.certifiedWorkers);
        StaffingExtractor.Staffing s = StaffingExtractor.extract(t);
        assertEquals(18, s.requiredWorkers);
        assertEquals(15, s.stableWorkers);
        assertEquals(List.of(3, 2, 0, 0), java.util.Arrays.asList(s.resigned, s.hired, s.transferredIn, s.transferredOut));
        // blind4_a: counted in 人, no 名 on the line; 流动率 is not a 稳岗率
        StaffingExtractor.Staffing a = StaffingExtractor.extract(prose("按协议配置社工16名。本阶段离职社工2人，新入职2人，无调入、调出，第一阶段社工流动率为12.5%。\n"));
        assertEquals(16, a.requiredWorkers);
        // blind4_e: "按协议，社工站配备社工 15 名"
        assertEquals(15, StaffingExtractor.extract(prose("按协议，社工站配备社工 15 名，持证社工不少于 8 名。\n")).requiredWorkers);
        assertEquals(List.of(2, 2, 0, 0), java.util.Arrays.asList(a.resigned, a.hired, a.transferredIn, a.transferredOut));
        assertNull(a.retentionRate);
    }

    @Test
    void indicatorRecordBlocks() {
        // blind4_b: one 【NN】 block per indicator, thousands with a full-width comma, a target "3千人次", a signed 偏差 (no rate)
        List<IndicatorValue> v = IndicatorProseExtractor.extract(prose("■ 服务指标完成情况\n\n【02】电话访问\n　　年度指标：3，800人次\n　　实际完成：3，912人次\n"
                + "　　偏　　差：+2.9%\n\n【07】个案结案\n　　年度指标：48个\n　　实际完成：42个\n　　偏　　差：-12.5%\n\n"
                + "【14】中小型社区活动服务人次\n　　年度指标：3千人次\n　　实际完成：3，126人次\n　　偏　　差：+4.2%\n"));
        Map<String, double[]> got = v.stream().collect(Collectors.toMap(i -> i.code, i -> new double[]{i.target, i.actual}));
        assertArrayEquals(new double[]{3800, 3912}, got.get("phone_visits"));
        assertArrayEquals(new double[]{48, 42}, got.get("case_closed"));
        assertArrayEquals(new double[]{3000, 3126}, got.get("small_event_attendance"));
        assertEquals("volunteer_teams", IndicatorProseExtractor.extract(prose("【17】志愿者服务队\n年度指标：2支\n实际完成：2支\n")).get(0).code);
        assertTrue(v.stream().allMatch(i -> i.reportedCompletion == null), v::toString);
        // a 千 that is part of a larger amount or approximate stays as printed
        assertEquals("3千万元 3千余人次", Cn.canonical("3千万元 3千余人次"));
        // thousands separators only with three-digit groups and a unit at once: lists and scores stay as printed
        assertEquals("服务3912人次,经费2280000元", Cn.canonical("服务3,912人次,经费2,280,000元"));
        assertEquals("得分分别为85,90,100分 9.40,8.70 120,300,450", Cn.canonical("得分分别为85,90,100分 9.40,8.70 120,300,450"));
    }

    @Test
    void aLettersHeadLinesStandAloneAndCountsInTheirWords() {
        // blind4_a: file number, title and addressee over blank lines are three lines, not one paragraph
        ReportText a = prose("穗启衡评字〔2025〕第047号\n\n关于华洲街社工服务站第一阶段服务的评估意见书\n\n广州市海珠区人民政府华洲街道办事处：\n\n"
                + "    受贵街道委托，我中心对华洲街社工服务站的服务进行了中期评估。站内在岗社工16名，在岗社工中持有社会工作者职业资格证书的11名。\n"
                + "    持证社工应到岗不少于48人次，实际到岗66人次。\n");
        ReportHeader h = HeaderExtractor.extract(a);
        assertEquals("广州市海珠区人民政府华洲街道办事处", h.purchaser);
        assertEquals(11, h.certifiedWorkers);
        StaffingExtractor.Staffing s = StaffingExtractor.extract(a);
        assertEquals(48.0, s.certifiedExpected);
        assertEquals(66.0, s.certifiedActual);
        // blind4_b: 人次 on key/value lines of their own, a ■ heading after them
        StaffingExtractor.Staffing b = StaffingExtractor.extract(prose("社工应到岗：216人次\n社工实到岗：209人次\n持证社工应到岗：108人次\n"
                + "持证社工实到岗：147人次\n从业两年以上社工到岗占比：58.37%\n\n■ 服务对象满意度\n"));
        assertEquals(List.of(216.0, 209.0, 108.0, 147.0), java.util.Arrays.asList(b.workersExpected, b.workersActual, b.certifiedExpected, b.certifiedActual));
        // blind4_f: the certified total the report prints after its counts by level; blind4_e: "其中持证9名"
        assertEquals(13, HeaderExtractor.extract(prose("在岗社工中持有助理社会工作师证书8名、社会工作师证书5名，持证社工合计13名。\n")).certifiedWorkers);
        assertEquals(9, HeaderExtractor.extract(prose("考核期末在岗社工15名，其中持证9名。\n")).certifiedWorkers);
        assertNull(HeaderExtractor.extract(prose("协议要求配备社工15名，其中持证8名以上。\n")).certifiedWorkers);
    }

    @Test
    void aLetterNamesItsPartiesAsWriterAndAddressee() {
        // blind4_a: 贵街道 is the purchaser the letter is addressed to; 我中心（…） the evaluator writing it
        String text = "关于华洲街社工服务站第一阶段服务的评估意见书\n\n广州市海珠区人民政府华洲街道办事处：\n\n"
                + "    受贵街道委托，我中心（广州市启衡社会服务评估中心）对广州市海珠区华洲街社工服务站服务年度（2025.4.1-2026.3.31）第一阶段的服务进行了中期评估。"
                + "服务数据统计截至2025年9月30日，即服务年度的前六个月。\n"
                + "    华洲街社工服务站由海珠区民政局负责业务监督。\n"
                + "    经汇总，本次中期评估四方评分合计87.50分，其中监督方（海珠区民政局）评分9.15分，贵街道评分18.40分，"
                + "广州市社会工作服务督导中心评分13.05分，我中心评分46.90分，评估等级为良好。\n";
        ReportHeader h = HeaderExtractor.extract(prose(text));
        assertEquals("广州市启衡社会服务评估中心", h.evaluator);
        assertEquals("海珠区民政局", h.supervisor);
        assertEquals(LocalDate.of(2025, 4, 1), h.contractStart);
        assertEquals(LocalDate.of(2026, 3, 31), h.contractEnd);
        assertDates(h, null, "2025-04-01", "2025-09-30", 6.0);
        assertEquals(18.40, scores(text).parties.get(Party.PURCHASER).score());
    }

    @Test
    void aPeriodStatedAsTheContractsAndVisitsInTheirVerbs() {
        // blind4_d: "服务年度为 2024.10.1—2025.9.30", "考核期为整个服务年度", a visit over two days dated by its first
        ReportHeader d = HeaderExtractor.extract(prose("广州市天河区车陂街社工服务站末期评估报告\n服务年度为 2024.10.1—2025.9.30，项目经费人民币 196.8 万元。"
                + "本次末期评估考核期为整个服务年度（12 个月），评估组于 2025 年 10 月 13 日至 14 日实地评估。\n"));
        assertEquals(LocalDate.of(2024, 10, 1), d.contractStart);
        assertDates(d, "2025-10-13", "2024-10-01", "2025-09-30", 12.0);
        // blind4_f: "考核期与合同期相同", "评估组于…开展实地评估"; blind4_c: "评估组于…进行实地评估"
        ReportHeader f = HeaderExtractor.extract(prose("黄埔区长洲街社工服务站末期评估报告\n合同期限为2024年10月1日至2025年9月30日，本次末期评估考核期与合同期相同，共 12 个月。"
                + "评估组于 2025 年 10 月 21 日开展实地评估。\n"));
        assertDates(f, "2025-10-21", "2024-10-01", "2025-09-30", 12.0);
        assertEquals(LocalDate.of(2025, 4, 17), HeaderExtractor.extract(prose("评估组于 2025 年 4 月 17 日进行实地评估。\n")).evaluationDate);
        // blind4_e: a month's part is no date
        assertNull(HeaderExtractor.extract(prose("评估组于2025年10月中旬到站开展实地评估。\n")).evaluationDate);
    }

    /**
     * blind4_e.pdf wraps a number of a sentence inside its digits ("…到岗人次占比 5" over "5.06%。"): one number again.
     * Numbers side by side before the break stay apart (a wrapped row of cells).
     */
    @Test
    void aNumberWrappedInsideItsDigitsIsOneNumber() {
        String joined = org.stations.normalize.TextNormalizer.normalize(
                "持证社工应到岗 48 人次，\n实到岗 54 人次；从业两年以上社工到岗人次占比 5\n5.06%。\n");
        assertTrue(joined.contains("从业两年以上社工到岗人次占比55.06%。"), joined);
        assertTrue(org.stations.normalize.TextNormalizer.brokenInItsDigits("人次占比 5", "5.06%。"));
        assertTrue(org.stations.normalize.TextNormalizer.brokenInItsDigits("查阅服务档案1", "12份"));
        assertFalse(org.stations.normalize.TextNormalizer.brokenInItsDigits("完成 17 86", "12 人次"));
        assertFalse(org.stations.normalize.TextNormalizer.brokenInItsDigits("得分46.", "80分"));
        assertFalse(org.stations.normalize.TextNormalizer.brokenInItsDigits("人次" + "1".repeat(100_000), "5"), "a run of digits is no figure");
    }

    /** blind_d.docx and blind_f.pdf: who stayed 始终在岗, two movements of one count (各), the period after 评估考核. */
    @Test
    void staffingAndPeriodInOtherWords() {
        StaffingExtractor.Staffing d = StaffingExtractor.extract(prose("截至2025年1月31日，在岗社工21名，持证社工15名，持证比例71.43%。"
                + "协议要求在岗20名，考核期内始终在岗的社工18名，稳岗率为90.00%。全年离职2人、新入职2人，调入、调出各1人。\n"));
        assertEquals(18, d.stableWorkers);
        assertEquals(2, d.resigned);
        assertEquals(2, d.hired);
        assertEquals(1, d.transferredIn);
        assertEquals(1, d.transferredOut);
        StaffingExtractor.Staffing f = StaffingExtractor.extract(prose("协议要求社工站在岗18人，考核期间始终在岗的只有13人。"
                + "离职社工5名，其中南片区3名；新入职4名，另从明德社工其他项目调入1名。\n"));
        assertEquals(13, f.stableWorkers);
        ReportHeader h = HeaderExtractor.extract(prose("广州市海珠区大沙街社工服务站末期评估报告\n"
                + "项目周期：2024年3月1日起至2025年2月28日止。本次末期评估考核2024年3月1日至2025年1月31日的服务情况，计11个月。\n"));
        assertEquals(LocalDate.of(2024, 3, 1), h.periodStart);
        assertEquals(LocalDate.of(2025, 1, 31), h.periodEnd);
        assertEquals(11.0, h.periodMonths);
    }

    /** blind_b.txt and blind_c.docx: the agreement 按照服务协议, 协议要求的20个岗位, 从业满两年, hires 补充招聘/新招聘. */
    @Test
    void requiredHiresAndExperienceInOtherWords() {
        StaffingExtractor.Staffing b = StaffingExtractor.extract(prose("按照服务协议，社工站应配备社工20名，其中持证社工不少于10名。\n"
                + "截至2025年4月30日，社工站在岗社工22名，持证社工14名。考核期内，有4名社工先后离职，补充招聘新社工5名。"
                + "协议要求的20个岗位中，持续稳定在岗17人，稳岗率85%。从业满两年的社工实到人次占比为68.63%，团队经验结构总体合理。\n"));
        assertEquals(20, b.requiredWorkers);
        assertEquals(4, b.resigned);
        assertEquals(5, b.hired);
        assertEquals(17, b.stableWorkers);
        assertEquals(0.6863, b.experiencedShare);
        StaffingExtractor.Staffing c = StaffingExtractor.extract(prose("半年来共有3名社工辞职，另有1名社工调往阳光社工在南村镇的项目，"
                + "社工站新招聘社工3名。协议要求在岗的18个岗位中，全期持续在岗的为15人，稳岗率为83.33%。\n"));
        assertEquals(3, c.hired);
        assertEquals(3, c.resigned);
        assertEquals(1, c.transferredOut);
        assertEquals(15, c.stableWorkers);
    }
}
