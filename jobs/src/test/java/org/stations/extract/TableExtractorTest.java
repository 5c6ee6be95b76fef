package org.stations.extract;

import org.junit.jupiter.api.Test;
import org.stations.document.Document;
import org.stations.document.Layout;
import org.stations.model.IndicatorVocabulary;
import org.stations.model.Party;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.*;

/** Tables read by their header words; every table here is copied from a development-set report (values checked by hand). */
class TableExtractorTest {

    private static TableExtractor.Result read(String text) {
        return TableExtractor.extract(Layout.parse(text));
    }

    private static Map<String, IndicatorValue> byKey(List<IndicatorValue> values) {
        return values.stream().collect(Collectors.toMap(v -> v.area + "|" + v.code, v -> v));
    }

    @Test
    void wideTableWithAreaColumnsIsReadByHeaderNotPosition() {
        // dev_c.txt: 全年指标 | 东片区完成 | 西片区完成 | 合计 | 完成率 — the station's actual is 合计, not the second column
        TableExtractor.Result r = read("服务指标\t全年指标\t东片区完成\t西片区完成\t合计\t完成率\n"
                + "困难群众和特殊群体建档（户）\t420\t231\t198\t429\t102.14%\n电访（人次）\t4800\t1356\t1187\t2,543\t52.98%\n");
        Map<String, IndicatorValue> v = byKey(r.indicators);
        IndicatorValue archive = v.get("null|archive");
        assertEquals(420.0, archive.target);
        assertEquals(429.0, archive.actual);
        assertEquals(1.0214, archive.reportedCompletion);
        assertTrue(archive.fromOneRow);
        assertEquals(231.0, v.get("东片区|archive").actual);
        assertNull(v.get("东片区|archive").target);
        assertEquals(198.0, v.get("西片区|archive").actual);
        assertEquals(2543.0, v.get("null|phone_visits").actual, "thousands separator read whole");
        assertTrue(r.problems.isEmpty());
    }

    @Test
    void mergedCategoryCarriesDownAndNamesTheFamily() {
        // dev_e.docx 表 4 as the reader writes it: two header rows (中期完成情况 over 完成数 | 完成率), 专业个案 merged down
        TableExtractor.Result r = read("\t服务类别\t服务指标\t年度指标\t中期完成情况\t中期完成情况\n\n"
                + "\t服务类别\t服务指标\t年度指标\t完成数\t完成率\n\n"
                + "\t个案\t专业个案接案（个）\t90\t38\t42.22%\n\n\t个案\t专业个案服务（节）\t450\t187\t41.56%\n\n"
                + "\t小组\t专业小组（个）\t30\t13\t43.33%\n\n");
        Map<String, IndicatorValue> v = byKey(r.indicators);
        assertEquals(List.of(90.0, 38.0), targetAndActual(v, "null|case_intake"));
        assertEquals(List.of(450.0, 187.0), targetAndActual(v, "null|case_sessions"));
        assertEquals(0.4333, v.get("null|group_count").reportedCompletion);
    }

    @Test
    void areaRowsGroupedUnderALabelPrintedOnTheMiddleRow() {
        // dev_f.pdf 表 2 as the PDF reader aligns it: the merged label sits on one row of its group, 全站合计 closes it
        TableExtractor.Result r = read("\t服务类别\t服务指标\t片区\t协议指标\t完成量\t完成率\n\n"
                + "\t\t\t一片区\t1400\t1516\t108.29%\n\n\t\t电访（人次）\t二片区\t1200\t1190\t99.17%\n\n"
                + "\t兜底服务\t\t三片区\t1000\t1287\t128.70%\n\n\t\t\t全站合计\t3600\t3993\t110.92%\n\n"
                + "\t\t大型社区活动（场）\t全站\t4\t5\t125.00%\n\n");
        Map<String, IndicatorValue> v = byKey(r.indicators);
        assertEquals(List.of(1400.0, 1516.0), targetAndActual(v, "一片区|phone_visits"));
        assertEquals(1287.0, v.get("三片区|phone_visits").actual);
        assertEquals(List.of(3600.0, 3993.0), targetAndActual(v, "null|phone_visits"));
        assertEquals(5.0, v.get("null|large_event_count").actual);
        assertEquals(5, r.indicators.size());
    }

    @Test
    void partyScoresTotalAndItemsFromScoreTables() {
        // dev_b.txt: 评估主体 | 满分 | 得分 | 得分率; dev_c.txt: items with 片区 as columns, 得分 the item's mean
        TableExtractor.Result r = read("评估主体\t满分\t得分\t得分率\n监督方（白云区民政局）\t10\t9.10\t91.00%\n"
                + "购买方（三元里街道办事处）\t20\t18.80\t94.00%\n督导中心\t15\t13.45\t89.67%\n第三方评估机构\t55\t47.86\t87.02%\n"
                + "合计\t100\t89.21\t89.21%\n\n（二）第三方评估分项得分\n"
                + "评估项目\t满分\t东片区\t西片区\t得分\n运营管理\t10\t\t\t8.90\n服务质量\t20\t15.90\t15.60\t15.75\n");
        assertEquals(9.10, r.parties.get(Party.SUPERVISOR).score());
        assertEquals(47.86, r.parties.get(Party.THIRD_PARTY).score());
        assertEquals(List.of(89.21), r.totals);
        Map<String, ScoreExtractor.ScoreItem> items = r.items.stream()
                .collect(Collectors.toMap(i -> i.item() + "|" + i.area(), i -> i));
        assertEquals(8.90, items.get("运营管理|null").score());
        assertEquals(15.90, items.get("服务质量|东片区").score());
        assertEquals(15.60, items.get("服务质量|西片区").score());
        assertNull(items.get("服务质量|null").score());
        assertEquals(15.75, items.get("服务质量|null").convertedScore());
    }

    @Test
    void itemsTableTotalIsTheThirdPartysNotTheReports() {
        // dev_e.docx 表 2: 评估内容 | 满分 | 得分, its 合计 55 45.62 is the third party's score
        TableExtractor.Result r = read("评估内容\t满分\t得分\n项目管理\t10\t8.70\n服务质量\t20\t15.55\n合计\t55\t45.62\n");
        assertEquals(45.62, r.parties.get(Party.THIRD_PARTY).score());
        assertTrue(r.totals.isEmpty());
    }

    @Test
    void staffingTableByRowLabels() {
        // dev_e.docx 表 3 (项目 | 要求 | 实际)
        TableExtractor.Result r = read("项目\t要求\t实际\n在岗社工（名，截至评估末月）\t20\t21\n其中：持证社工（名）\t10\t15\n"
                + "社工累计到岗（人次）\t100\t103\n持证社工累计到岗（人次）\t50\t72\n持续稳定在岗社工（名）\t16\t16\n"
                + "稳岗率\t不低于80%\t80.00%\n从业2年以上社工到岗人次占比\t—\t73.79%\n");
        assertEquals(20.0, r.facts.get("staffing.required_workers"));
        assertEquals(21.0, r.facts.get("report.social_workers"));
        assertEquals(15.0, r.facts.get("report.certified_workers"));
        assertEquals(100.0, r.facts.get("staffing.workers_expected"));
        assertEquals(72.0, r.facts.get("staffing.certified_actual"));
        assertEquals(16.0, r.facts.get("staffing.stable_workers"));
        assertEquals(0.8, r.facts.get("staffing.retention_rate"));
        assertEquals(0.7379, r.facts.get("staffing.experienced_share"));
        assertTrue(r.indicators.isEmpty(), "staffing rows are not indicators");
    }

    @Test
    void subPeriodAndAreaFromTheHeadingAboveTheTable() {
        // dev_d.txt: a table under "（一）2023年1月至6月"; dev_a.txt: the annex table under "（一）片区一（…）"
        TableExtractor.Result r = read("（一）2023年1月至6月\n本阶段共下达服务指标11项，完成情况如下：\n"
                + "指标名称\t指标值\t实际完成值\t完成率\n入户探访（人次）\t600\t642\t107.00%\n\n"
                + "（一）片区一（盐运西、都府、府学西、广卫社区）\n服务指标\t年度指标\t中期完成\t完成率\n电话访问（人次）\t1900\t1143\t60.16%\n");
        assertEquals("2023年1月至6月", r.indicators.get(0).periodLabel);
        assertEquals("片区一", r.indicators.get(1).area);
        assertEquals(1143.0, r.indicators.get(1).actual);
    }

    @Test
    void aTableWhoseHeaderGivesNoMeaningIsFlaggedNotGuessed() {
        TableExtractor.Result r = read("甲\t乙\t丙\n电访（人次）\t4800\t2543\n入户探访（人次）\t1200\t669\n");
        assertTrue(r.indicators.isEmpty());
        assertEquals(1, r.problems.size());
        assertTrue(r.problems.get(0).startsWith("table_unparsed: 表格 1"), r.problems.get(0));
    }

    @Test
    void twoUnlabelledActualColumnsAreAmbiguous() {
        TableExtractor.Result r = read("服务指标\t年度指标\t完成\t实际\n电访（人次）\t4800\t2543\t2600\n");
        IndicatorValue v = r.indicators.get(0);
        assertEquals(4800.0, v.target);
        assertNull(v.actual, "two columns claim to be the actual: neither is guessed");
    }

    /** The target and actual read for an "area|code" key. */
    private static List<Double> targetAndActual(Map<String, IndicatorValue> v, String key) {
        IndicatorValue x = v.get(key);
        assertNotNull(x, key + " not read: " + v.keySet());
        return java.util.Arrays.asList(x.target, x.actual);
    }

    @Test
    void perAreaTargetAndActualPairsUnderMergedHeaders() {
        // blind2_d.docx 表1: 鱼珠片 / 茅岗片 / 全站 each merged over 目标 | 完成; a 小计 row; '—' for station-only rows
        TableExtractor.Result r = read("\t服务类别\t服务指标\t鱼珠片\t鱼珠片\t茅岗片\t茅岗片\t全站\t全站\t全站\n\n"
                + "\t服务类别\t服务指标\t目标\t完成\t目标\t完成\t目标\t完成\t完成率\n\n"
                + "\t个案服务\t个案接案（个）\t30\t31\t26\t27\t56\t58\t103.57%\n\n"
                + "\t社区活动\t小计（场）\t34\t38\t30\t32\t64\t70\t109.38%\n\n"
                + "\t五社联动\t志愿者队伍（支）\t—\t—\t—\t—\t2\t2\t100.00%\n\n");
        Map<String, IndicatorValue> v = byKey(r.indicators);
        assertEquals(List.of(56.0, 58.0), targetAndActual(v, "null|case_intake"));
        assertEquals(List.of(30.0, 31.0), targetAndActual(v, "鱼珠片|case_intake"));
        assertEquals(List.of(26.0, 27.0), targetAndActual(v, "茅岗片|case_intake"));
        assertEquals(List.of(2.0, 2.0), targetAndActual(v, "null|volunteer_teams"));
        assertNull(v.get("鱼珠片|volunteer_teams"));
        assertTrue(r.indicators.stream().noneMatch(x -> x.code.contains("event")), "a 小计 row is no indicator");
    }

    @Test
    void sectionRowsAndATableContinuedUnderASectionHeading() {
        // blind2_f.pdf 表1: "一、全站" as a row, targets "≥3,000", completion as a fraction, then "二、六榕片（…）" between
        TableExtractor.Result r = read("\t指标\t协议指标\t中期完成\t完成比例\n\n\t一、全站\t\t\t\n\n"
                + "\t电访（人次）\t≥3,000\t1,286\t0.43\n\n\t个案接案（个）\t≥48\t21\t0.44\n\n"
                + "二、六榕片（六榕、净慧、解放中、光孝 4 个社区）\n\n"
                + "\t电访（人次）\t≥1,600\t689\t0.43\n\n\t个案接案（个）\t≥26\t12\t0.46\n\n");
        Map<String, IndicatorValue> v = byKey(r.indicators);
        assertEquals(List.of(3000.0, 1286.0), targetAndActual(v, "null|phone_visits"));
        assertEquals(0.43, v.get("null|phone_visits").reportedCompletion, "1.00 is the whole target: a fraction, not 0.43 %");
        assertEquals(List.of(1600.0, 689.0), targetAndActual(v, "六榕片|phone_visits"));
        assertEquals(List.of(26.0, 12.0), targetAndActual(v, "六榕片|case_intake"));
    }

    @Test
    void theSumOfItemsScoredOutOfAHundredIsNeitherTheTotalNorThePartysScore() {
        // blind2_b.txt 表3 and 表4: parties by organisation name, 原始分（百分制） beside 加权得分; items out of 100
        TableExtractor.Result r = read("评分方\t权重\t原始分（百分制）\t加权得分\n天河区民政局\t10%\t92.0\t9.20\n"
                + "广州市明衡社会服务评估所\t55%\t84.6\t46.53\n合计\t100%\t—\t87.83\n\n说明\n\n"
                + "评估维度\t分值\t得分\n项目管理\t20\t17.2\n服务质量\t35\t29.6\n合计\t100\t84.6\n");
        assertEquals(46.53, r.parties.get(Party.THIRD_PARTY).score());
        assertEquals(9.20, r.parties.get(Party.SUPERVISOR).score());
        assertEquals(List.of(87.83), r.totals);
    }

    @Test
    void midtermAndFinalColumnsSideBySideReadTheReportsOwnPeriod() {
        // blind2_e.pdf 表1 and 表2 of a 末期 report: 中期得分 | 末期得分 | 增减, and 中期 | 末期 under 分值
        String text = "\t评估主体\t满分\t中期得分\t末期得分\t增减\n\n\t监督方（番禺区民政局）\t10\t8.60\t9.05\t+0.45\n\n"
                + "\t第三方\t55\t45.10\t47.35\t+2.25\n\n说明\n\n\t评估内容\t分值\t中期\t末期\n\n\t项目管理\t10\t8.40\t9.00\n\n";
        TableExtractor.Result fin = TableExtractor.extract(Layout.parse(text), "final");
        assertEquals(9.05, fin.parties.get(Party.SUPERVISOR).score());
        assertEquals(47.35, fin.parties.get(Party.THIRD_PARTY).score());
        assertEquals(9.00, fin.items.get(0).score());
        TableExtractor.Result mid = TableExtractor.extract(Layout.parse(text), "midterm");
        assertEquals(8.60, mid.parties.get(Party.SUPERVISOR).score());
        assertEquals(8.40, mid.items.get(0).score());
    }

    @Test
    void aUnitColumnNamesTheMeasureAndHalfYearColumnsAreNotTheActual() {
        // blind2_b.txt 表1: 单位 apart from the label; 2024年7-12月 | 2025年1-5月 before 累计完成; a rate above 1000 %
        TableExtractor.Result r = read("序号\t服务指标\t单位\t年度指标\t2024年7-12月\t2025年1-5月\t累计完成\t完成率\t备注\n"
                + "6\t专业个案服务\t节\t360\t168\t201\t369\t102.50%\t\n"
                + "12\t大型社区活动服务\t人次\t500\t2,864\t2,367\t5,231\t1046.20%\t含元宵游园、社区运动会等开放式活动\n");
        Map<String, IndicatorValue> v = byKey(r.indicators);
        assertEquals(List.of(360.0, 369.0), targetAndActual(v, "null|case_sessions"));
        assertEquals(List.of(500.0, 5231.0), targetAndActual(v, "null|large_event_attendance"));
        assertEquals(10.462, v.get("null|large_event_attendance").reportedCompletion);
    }

    @Test
    void cityAverageColumnIsAComparisonNotTheActual() {
        // blind3_f.pdf 表2 as the PDF reader writes it: 全市平均完成率 wrapped over two rows beside the station's own columns
        TableExtractor.Result r = read("\t序号\t服务指标\t单位\t年度指标\t年度完成\t完成率\t全市平均完成\n\n"
                + "\t\t\t\t\t\t\t率\n\n"
                + "\t1\t困难群众和特殊群体建档\t户\t520\t536\t103.1%\t104.6%\n\n"
                + "\t12\t大型社区活动服务\t人次\t1200\t2450\t204.2%\t168.5%\n\n");
        assertEquals(Map.of("archive", List.of(520.0, 536.0, 1.031), "large_event_attendance", List.of(1200.0, 2450.0, 2.042)),
                asRead(r));
    }

    /** Each indicator's code → target, actual and printed completion. */
    private static Map<String, List<Double>> asRead(TableExtractor.Result r) {
        return r.indicators.stream().collect(Collectors.toMap(x -> x.code, x -> java.util.Arrays.asList(x.target, x.actual,
                x.reportedCompletion)));
    }

    @Test
    void stationColumnBesideCityAverageInStaffing() {
        // blind3_f.pdf 表3: 本站 is the station's figure, 全市平均 never read
        TableExtractor.Result r = read("\t指标\t协议要求\t本站\t全市平均\n\n\t持证社工(名)\t≥12\t16\t—\n\n"
                + "\t从业两年以上社工到岗占比\t≥50%\t66.03%\t61.2%\n\n\t稳岗率\t≥80%\t91.7%\t87.4%\n\n");
        assertEquals(Map.of("staffing.retention_rate", 0.917, "staffing.experienced_share", 0.6603, "report.certified_workers", 16.0),
                r.facts);
    }

    @Test
    void midtermColumnOfAFinalReportIsAComparison() {
        // blind3_b.txt 表3: 末期完成情况 over 累计完成 | 完成率, beside a 中期完成 column
        TableExtractor.Result r = TableExtractor.extract(Layout.parse(
                "| 序号 | 服务内容 | 协议指标 | 中期完成 | 末期完成情况 | 末期完成情况 | 评价 |\n"
                + "|  |  |  |  | 累计完成 | 完成率 |  |\n"
                + "| 12 | 大型社区活动人次 | 800 | 930 | 1,685 | 210.63% | 超额 |\n"
                + "| 7 | 个案结案(个) | 44 | 9 | 41 | 93.18% | 未达标 |\n"), "final");
        assertEquals(Map.of("large_event_attendance", List.of(800.0, 1685.0, 2.1063), "case_closed", List.of(44.0, 41.0, 0.9318)),
                asRead(r));
    }

    @Test
    void transposedScoreTableUnderAHeaderOfSeveralRows() {
        // blind3_f.pdf 表1: parties and items as columns, cells wrapped (督导中 / 心, 项目管 / 理), 上年度末期得分 a comparison row
        TableExtractor.Result r = read("\t评分主体\t监督方\t购买方\t督导中\t\t\t三方评估\t\t\n\n"
                + "\t\t\t\t心\t项目管\t服务监\t服务成\t服务质\t\t总分\n\n"
                + "\t\t\t\t\t理\t测\t效\t量\t小计\t\n\n"
                + "\t满分\t10\t20\t15\t10\t10\t15\t20\t55\t100\n\n"
                + "\t本期得分\t9.40\t18.90\t13.35\t9.10\t8.90\t13.20\t17.00\t48.20\t89.85\n\n"
                + "\t上年度末期得\t\t\t\t\t\t\t\t\t\n\n"
                + "\t分\t9.20\t18.60\t13.10\t8.90\t8.70\t12.90\t16.80\t47.30\t88.20\n\n");
        assertEquals(9.40, r.parties.get(Party.SUPERVISOR).score());
        assertEquals(13.35, r.parties.get(Party.SUPERVISION_CENTER).score());
        assertEquals(48.20, r.parties.get(Party.THIRD_PARTY).score());
        Map<String, Double> items = r.items.stream().collect(Collectors.toMap(ScoreExtractor.ScoreItem::item,
                ScoreExtractor.ScoreItem::convertedScore));
        assertEquals(Map.of("项目管理", 9.10, "服务监测", 8.90, "服务成效", 13.20, "服务质量", 17.00), items);
        assertEquals(List.of(89.85), r.totals);
    }

    @Test
    void twoFiguresInOneCellUnderTwoLabels() {
        // blind3_b.txt 表4: 调入/调出 share a row and a cell ("0/1"): one figure each
        TableExtractor.Result r = read("| 项目 | 协议要求 | 实际 | 说明 |\n| 离职(人) | — | 2 | 6月、11月各1人 |\n"
                + "| 调入/调出(人) | — | 0/1 | 调往本机构猎德街项目 |\n| 持续在岗(人) | — | 16 | 考核期内未离岗 |\n");
        assertEquals(Map.of("staffing.transferred_in", 0.0, "staffing.transferred_out", 1.0, "staffing.resigned", 2.0,
                "staffing.stable_workers", 16.0), r.facts);
    }

    @Test
    void ratioCellsUnderAHeaderNamingBothFigures() {
        // blind3_d.docx 表3: 完成/指标 over 395/380 — the first figure the actual, the second the target
        TableExtractor.Result r = read("\t序号\t服务类别\t服务项目\t完成/指标\t完成率\n\n"
                + "\t1\t兜底服务\t困难群众和特殊群体建档(户)\t395/380\t103.9%\n\n"
                + "\t16\t志愿服务与社区治理\t培育社区社会组织(个)\t3/2\t150.0%\n\n");
        assertEquals(Map.of("archive", List.of(380.0, 395.0, 1.039), "community_orgs", List.of(2.0, 3.0, 1.5)), asRead(r));
    }

    @Test
    void hierarchicalScoreTableWithTotalFirstAndItemsAsOfWhichRows() {
        // blind3_d.docx 表2: 总分 first, parties with their organisation in brackets, the items as 其中： rows
        TableExtractor.Result r = read("\t序号\t评分项目\t分值\t得分\n\n\t—\t总分\t100\t89.20\n\n"
                + "\t一\t监督方评分(荔湾区民政局)\t10\t9.35\n\n\t四\t第三方评分(广州市安衡社会服务评估中心)\t55\t47.85\n\n"
                + "\t1\t其中:项目管理\t10\t9.00\n\n\t2\t服务监测\t10\t8.60\n\n");
        assertEquals(List.of(89.20), r.totals);
        assertEquals(Map.of(Party.SUPERVISOR, 9.35, Party.THIRD_PARTY, 47.85), r.parties.values().stream()
                .collect(Collectors.toMap(ScoreExtractor.PartyScore::party, ScoreExtractor.PartyScore::score)));
        assertEquals(List.of("项目管理", "服务监测"), r.items.stream().map(ScoreExtractor.ScoreItem::item).toList());
        assertEquals(9.00, r.items.get(0).convertedScore());
    }

    @Test
    void movementsAsColumnsReadOnTheTeamRow() {
        // blind3_d.docx 表4: 本期变动（人） over 离职 | 入职 | 调入 | 调出; the 其中：持证社工 row is a part of the team
        String movedAbove = "\t人员\t期初(2024年3月)\t期末(2025年1月)" + "\t本期变动(人)".repeat(4) + "\n\n"
                + "\t人员\t期初(2024年3月)\t期末(2025年1月)\t离职\t入职\t调入\t调出\n\n";
        // and the 期末 column is the team at the end: 18 social workers, 12 of them certified
        Map<String, Double> expected = Map.of("staffing.resigned", 2.0, "staffing.hired", 2.0, "staffing.transferred_in", 1.0,
                "staffing.transferred_out", 1.0, "report.social_workers", 18.0, "report.certified_workers", 12.0);
        assertEquals(expected, read(movedAbove + "\t社工\t18\t18\t2\t2\t1\t1\n\n\t其中:持证社工\t11\t12\t1\t1\t1\t0\n\n").facts);
    }

    @Test
    void rowsOfOneCellSetApartBySpacesWithWrappedLabels() {
        // blind3_e.pdf 表1 as its reader writes it: each line one cell; (户) alone on the next line, (服务人次) after the %
        TableExtractor.Result r = read("\t序号 服务内容 年度指标 本期完成 完成率\n\n\t1 困难群众和特殊群体建档 340 288 84.71%\n\n"
                + "\t(户)\n\n\t12 大型社区活动 600 760 126.67%(服务人次)\n\n\t18 培育社区社会组织(个) 2 0 0.00%\n\n");
        assertEquals(Map.of("archive", List.of(340.0, 288.0, 0.8471), "large_event_attendance", List.of(600.0, 760.0, 1.2667),
                "community_orgs", List.of(2.0, 0.0, 0.0)), asRead(r));
    }

    @Test
    void twoItemsToARowAreStacked() {
        // blind3_e.pdf: 评估部分 | 分值 | 得分 printed twice side by side
        List<ScoreExtractor.ScoreItem> items = read("\t评估部分\t分值\t得分\t评估部分\t分值\t得分\n\n"
                + "\t项目管理\t10\t8.70\t服务监测\t10\t8.40\n\n\t服务成效\t15\t12.60\t服务质量\t20\t17.10\n\n").items;
        assertEquals(Map.of("项目管理", 8.70, "服务监测", 8.40, "服务成效", 12.60, "服务质量", 17.10),
                items.stream().collect(Collectors.toMap(ScoreExtractor.ScoreItem::item, ScoreExtractor.ScoreItem::score)));
    }

    @Test
    void countsPrintedWithTheirUnitInTheCell() {
        // blind3_c.docx 表4: 16名, 不少于8名, 96人次 in the cells; the retention row named 人员稳定性指标
        Map<String, Double> facts = read("\t项目\t协议要求\t实际情况\t备注\n\n\t持证社工\t不少于8名\t11名\t中级2名,初级9名\n\n"
                + "\t社工到岗\t96人次\t95人次\t按月考勤\n\n\t本期离职\t—\t2人\t9月、12月各1人\n\n"
                + "\t人员稳定性指标\t不低于80%\t87.50%\t期初16人中14人持续在岗\n\n").facts;
        assertEquals(Map.of("report.certified_workers", 11.0, "staffing.workers_expected", 96.0, "staffing.workers_actual", 95.0,
                "staffing.resigned", 2.0, "staffing.retention_rate", 0.875), facts);
    }

    @Test
    void aVolunteerServiceTeamIsATeam() {
        // blind3_a.txt 表3 row 17: 志愿者服务队伍 | 支 | 2 | 2 — a team, not the hours of 志愿者服务
        assertEquals("volunteer_teams", TableExtractor.code("志愿者服务队伍（支）", ""));
        assertEquals("volunteer_service", IndicatorVocabulary.family("志愿者服务时数"));
    }
    @Test
    void aCaptionNamingAPianquGivesItsTableThatPianquAndTheStationCaptionNone() {
        // blind4_c.docx 表2/表3/表5: each 片区's table under its caption, the station's total last; the caption of an
        // earlier table (表3 松南片区) still in view never names the station's table
        TableExtractor.Result r = read("各片区分解指标完成情况见表2至表3，全站汇总见表5。\n表2　松北片区服务指标完成情况\n"
                + "服务项目\t计量单位\t全年指标\t中期完成\t完成率\n困难群众和特殊群体建档\t户\t150\t155\t103.33%\n电话访问\t人次\t1,300\t672\t51.69%\n"
                + "表3　松南片区服务指标完成情况\n"
                + "服务项目\t计量单位\t全年指标\t中期完成\t完成率\n困难群众和特殊群体建档\t户\t130\t134\t103.08%\n"
                + "表5　全站服务指标完成情况汇总\n"
                + "序号\t服务项目\t计量单位\t全年指标\t中期完成\t完成率\n1\t困难群众和特殊群体建档\t户\t390\t402\t103.08%\n");
        Map<String, IndicatorValue> v = byKey(r.indicators);
        assertEquals(List.of(150.0, 155.0), targetAndActual(v, "松北片区|archive"));
        assertEquals(List.of(1300.0, 672.0), targetAndActual(v, "松北片区|phone_visits"));
        assertEquals(List.of(130.0, 134.0), targetAndActual(v, "松南片区|archive"));
        assertEquals(List.of(390.0, 402.0), targetAndActual(v, "null|archive"));
        assertNull(TableExtractor.contextArea(List.of("各片区分解指标完成情况见表2至表4")), "各片区 names no 片区");
    }

    @Test
    void aProgressCellHoldsTheActualAndAnUnreadableOneGivesNoRow() {
        // blind4_d.docx 表1: 年度指标 | 进度 ("已完成 3，788", "未完成 43"), no rate
        TableExtractor.Result r = read("序号\t服务内容\t年度指标\t进度\n1\t困难群众和特殊群体建档（户）\t410\t已完成 423\n"
                + "2\t电话访问（人次）\t3，700\t已完成 3，788\n7\t个案结案（个）\t46\t未完成 43\n"
                + "8\t专业小组（个）\t22\t进行中\n");
        Map<String, IndicatorValue> v = byKey(r.indicators);
        assertEquals(List.of(410.0, 423.0), targetAndActual(v, "null|archive"));
        assertEquals(List.of(3700.0, 3788.0), targetAndActual(v, "null|phone_visits"));
        assertEquals(List.of(46.0, 43.0), targetAndActual(v, "null|case_closed"));
        assertNull(v.get("null|archive").reportedCompletion);
        assertFalse(v.containsKey("null|group_count"), "a target whose progress cell holds no figure is not read as done nothing");
        assertEquals("", TableExtractor.progressFigure("时间进度 50%", "进度"), "a percent in a progress cell is a rate");
    }
    @Test
    void aKeyValueGridGivesPartyScoresTheTotalAndItemLinesOfOneCell() {
        // blind4_d.docx 评估结论: two party/score pairs to a row, the third party's items as lines of one cell
        Document.Table grid = new Document.Table(0, List.of(
                List.of("监督方评分", "9.30", "购买方评分", "18.60"),
                List.of("督导中心评分", "13.35", "第三方评分", "47.60"),
                List.of("第三方评分构成", "项目管理：9.20（10）\n服务监测：8.80（10）\n服务成效：12.90（15）\n服务质量：16.70（20）",
                        "第三方评分构成", "项目管理：9.20（10）\n服务监测：8.80（10）\n服务成效：12.90（15）\n服务质量：16.70（20）"),
                List.of("综合得分", "88.85", "评估等级", "良好")));
        TableExtractor.Result r = new TableExtractor.Result();
        assertTrue(TableExtractor.keyValueGrid(grid, r) > 0);
        assertEquals(9.30, r.parties.get(Party.SUPERVISOR).score());
        assertEquals(18.60, r.parties.get(Party.PURCHASER).score());
        assertEquals(47.60, r.parties.get(Party.THIRD_PARTY).score());
        assertEquals(List.of(88.85), r.totals);
        Map<String, ScoreExtractor.ScoreItem> items = r.items.stream()
                .collect(Collectors.toMap(ScoreExtractor.ScoreItem::item, x -> x, (a, b) -> a));
        assertEquals(9.20, items.get("项目管理").score());
        assertEquals(10.0, items.get("项目管理").maxScore(), "the bracket is the maximum, not a score");
        assertEquals(16.70, items.get("服务质量").score());
        assertEquals(4, r.items.size(), "the merged cell's lines once");
        assertEquals("良好", r.grade, "the grade in a cell of its own beside its key");
        assertEquals("综合得分 | 88.85 | 评估等级 | 良好", r.gradeEvidence);
        // a grid of other pairs (no two parties) is not read
        assertEquals(0, TableExtractor.keyValueGrid(new Document.Table(1, List.of(List.of("站长", "1", "督导", "2"))),
                new TableExtractor.Result()));
    }
    @Test
    void columnsAPdfReaderDrewWronglyAreRealignedByWordsAndAHeadingRowCutsTwoTablesApart() {
        // blind4_f.pdf 表2 and 表3 as the PDF reader returns them: one table, "满分 得分" in one cell, the section
        // heading between them a row, and indicators two to a row (指标 | 指标值 | 完成值 | 完成率 twice)
        Document doc = new Document(List.<Document.Block>of(new Document.Table(0, List.of(
                List.of("", "表2", "第三方评估分项得分", ""),
                List.of("评估项目", "", "满分 得分", "得分率"),
                List.of("项目管理", "", "10 9.40", "94.00%"),
                List.of("服务质量", "", "20 17.60", "88.00%"),
                List.of("三、服务指标完成情况", "", "", ""),
                List.of("", "表3", "年度服务指标完成情况", ""),
                List.of("指标 指标值", "完成值", "完成率 指标 指标值", "完成值 完成率"),
                List.of("困难群众建档(户) 400", "418", "104.50% 电话访问(人次) 3600", "3702 102.83%"),
                List.of("小组节数(节) 120", "126", "105.00% 小组人次 980", "1052 107.35%")))), 40);
        TableExtractor.Result r = TableExtractor.extract(doc);
        Map<String, IndicatorValue> v = byKey(r.indicators);
        assertEquals(List.of(400.0, 418.0), targetAndActual(v, "null|archive"));
        assertEquals(List.of(3600.0, 3702.0), targetAndActual(v, "null|phone_visits"));
        assertEquals(List.of(120.0, 126.0), targetAndActual(v, "null|group_sessions"));
        assertEquals(List.of(980.0, 1052.0), targetAndActual(v, "null|group_attendance"));
        Map<String, ScoreExtractor.ScoreItem> items = r.items.stream()
                .collect(Collectors.toMap(ScoreExtractor.ScoreItem::item, x -> x, (a, b) -> a));
        assertEquals(9.40, items.get("项目管理").score());
        assertEquals(10.0, items.get("项目管理").maxScore());
        assertEquals(17.60, items.get("服务质量").score());
    }

    // ---- blind5: layouts read by mechanism (excerpts of the blind5 reports, values checked against them) ----

    @Test
    void gridTableWithStageColumnsReadsTheWholePeriodAndTenThousands() {
        // blind5_b.txt 表4: 年度指标 | 本期指标 | 累计完成 | 本期完成 — the report is 末期: the year's target and 累计 are its
        // values, the 本期 columns a stage of it; 1.2万 is 12,000; the 备注 merged over three rows holds no value
        TableExtractor.Result r = read(
                  "+----+------------------------------+----------+----------+----------+----------+------------+----------------------+\n"
                + "| 序 | 服务指标                     | 年度指标 | 本期指标 | 累计完成 | 本期完成 | 年度完成率 | 备注                 |\n"
                + "+====+==============================+==========+==========+==========+==========+============+======================+\n"
                + "| 2  | 电话访问（人次）             | 1.2万    | 6,000    | 12,516   | 6,340    | 104.30%    | 含“石门关爱热线”     |\n"
                + "|    |                              |          |          |          |          |            | 回访3,126人次        |\n"
                + "+----+------------------------------+----------+----------+----------+----------+------------+----------------------+\n"
                + "| 5  | 个案接案（个）               | 60       | 30       | 61       | 29       | 101.67%    | 累计接案含上年度     |\n"
                + "|    |                              |          |          |          |          |            | 延续个案6个；结案    |\n"
                + "+----+------------------------------+----------+----------+----------+----------+------------+                      +\n"
                + "| 6  | 个案服务（节）               | 360      | 180      | 372      | 190      | 103.33%    | 3个未达标，已转入    |\n"
                + "|    |                              |          |          |          |          |            | 下一年度跟进         |\n"
                + "+----+------------------------------+----------+----------+----------+----------+------------+                      +\n"
                + "| 7  | 个案结案（个）               | 48       | 24       | 45       | 30       | 93.75%     |                      |\n"
                + "+----+------------------------------+----------+----------+----------+----------+------------+----------------------+\n");
        Map<String, IndicatorValue> v = byKey(r.indicators);
        assertEquals(List.of(12000.0, 12516.0), targetAndActual(v, "null|phone_visits"));
        assertEquals(List.of(60.0, 61.0), targetAndActual(v, "null|case_intake"));
        assertEquals(List.of(360.0, 372.0), targetAndActual(v, "null|case_sessions"));
        assertEquals(List.of(48.0, 45.0), targetAndActual(v, "null|case_closed"));
        assertEquals(0.9375, v.get("null|case_closed").reportedCompletion);
    }

    // ---- blind6: layouts read by mechanism (excerpts of the blind6 reports, values checked against them) ----

    @Test
    void midtermStageColumnsBesideTheYearsAreComparisons() {
        // blind6_e.pdf sheet 指标 (a 中期 report): 年度指标 | 中期目标 | 中期完成 | 年度完成率 | 中期完成率 — the year's target and
        // rate are the report's, 中期目标 and 中期完成率 a stage of it; 中期完成 alone is the actual; a printed zero is kept
        TableExtractor.Result r = TableExtractor.extract(Layout.parse(
                "\t序号\t类别\t指标名称\t单位\t年度指标\t中期目标\t中期完成\t年度完成率\t中期完成率\n\n"
                + "\t1\t兜底民生\t困难群众和特殊群体建档\t户\t360\t180\t187\t51.9%\t103.9%\n\n"
                + "\t7\t个案\t个案结案\t个\t30\t15\t10\t33.3%\t66.7%\n\n"
                + "\t18\t社区培育\t社区社会组织培育\t个\t1\t0.5\t0\t0.0%\t0.0%\n\n"), "midterm");
        Map<String, IndicatorValue> v = byKey(r.indicators);
        assertEquals(List.of(360.0, 187.0), targetAndActual(v, "null|archive"));
        assertEquals(0.519, v.get("null|archive").reportedCompletion);
        assertEquals(List.of(30.0, 10.0), targetAndActual(v, "null|case_closed"));
        assertEquals(List.of(1.0, 0.0), targetAndActual(v, "null|community_orgs"));
    }

    @Test
    void scoringSheetReadsItemsFromSubtotalsAndPartiesFromItsFoot() {
        // blind6_c.docx 评分表: 评估项目 merged down its rules (1-1 …) and its 小计 row; 评分细则 is the rule's text, no
        // score; at the foot 四方评分汇总 merged over each party's row, 总分 and 评估等级
        TableExtractor.Result r = read("\t评估项目\t序号\t评分细则\t分值\t扣分\t得分\t扣分理由及核查情况\n\n"
                + "\t项目管理 （10分）\t1-1\t制度建设：管理制度健全并有效执行\t2.5\t0.15\t2.35\t请假审批制度执行记录缺2份\n\n"
                + "\t项目管理 （10分）\t1-2\t人员管理：按协议配备社工，人员稳定\t2.5\t0.30\t2.20\t缺岗1名\n\n"
                + "\t项目管理 （10分）\t小计\t小计\t10\t0.85\t9.15\t\n\n"
                + "\t服务监测 （10分）\t2-1\t兜底民生服务指标按进度完成\t3\t0.30\t2.70\t\n\n"
                + "\t服务监测 （10分）\t小计\t小计\t10\t1.40\t8.60\t\n\n"
                + "\t第三方评估得分合计\t第三方评估得分合计\t第三方评估得分合计\t55\t7.80\t47.20\t本中心评分\n\n"
                + "\t四方评分汇总\t监督方评分（越秀区民政局）\t监督方评分（越秀区民政局）\t10\t—\t9.10\t监督方提供\n\n"
                + "\t四方评分汇总\t购买方评分（登峰街道办事处）\t购买方评分（登峰街道办事处）\t20\t—\t18.20\t购买方提供\n\n"
                + "\t四方评分汇总\t总分\t总分\t100\t—\t87.35\t\n\n"
                + "\t四方评分汇总\t评估等级\t评估等级\t—\t—\t良好\t85分以上、90分以下为良好\n\n");
        Map<String, ScoreExtractor.ScoreItem> items = r.items.stream()
                .collect(Collectors.toMap(ScoreExtractor.ScoreItem::item, x -> x, (a, b) -> a));
        assertEquals(java.util.Set.of("项目管理", "服务监测"), items.keySet());
        assertEquals(9.15, items.get("项目管理").score());
        assertEquals(10.0, items.get("项目管理").maxScore());
        assertEquals(8.60, items.get("服务监测").score());
        assertEquals(47.20, r.parties.get(Party.THIRD_PARTY).score());
        assertEquals(9.10, r.parties.get(Party.SUPERVISOR).score());
        assertEquals(18.20, r.parties.get(Party.PURCHASER).score());
        assertEquals(List.of(87.35), r.totals);
        assertEquals("良好", r.grade);
    }

    @Test
    void aCellOfSentencesIsReadAsProse() {
        // blind6_c.docx 评分表, rule 1-2: the staffing stated only in its 扣分理由及核查情况 cell
        ReportText t = ReportText.of(Layout.parse("\t评估项目\t序号\t评分细则\t分值\t扣分\t得分\t扣分理由及核查情况\n\n"
                + "\t项目管理 （10分）\t1-2\t人员管理：按协议配备社工，人员稳定\t2.5\t0.30\t2.20\t协议要求配备社工16名，考核期末在岗社工15名"
                + "（其中持证社工9名），缺岗1名；考核期内离职2人、新入职1人；期初16名社工中14名持续在岗，稳岗率87.50%；社工应到岗96人次，实到岗93人次\n\n"
                + "\t项目管理 （10分）\t1-1\t制度建设：管理制度健全并有效执行\t2.5\t0.15\t2.35\t请假审批制度执行记录缺2份\n\n"));
        StaffingExtractor.Staffing s = StaffingExtractor.extract(t.proseOnly(), "midterm");
        assertEquals(16, s.requiredWorkers);
        assertEquals(14, s.stableWorkers);
        assertEquals(0.875, s.retentionRate);
        assertEquals(2, s.resigned);
        assertEquals(1, s.hired);
        assertEquals(96.0, s.workersExpected);
        assertEquals(93.0, s.workersActual);
        // blind6_c.docx cover grid: two pairs to a row, each its sentence
        assertEquals(List.of("承接机构：广州市越秀区峰华社会工作服务中心", "项目经费：198万元"),
                ReportText.keyValues(List.of("承接机构", "广州市越秀区峰华社会工作服务中心", "项目经费", "198万元")));
        assertEquals(List.of(), ReportText.keyValues(List.of("在岗社工", "17", "18", "19")));
        // a short cell is no paragraph
        assertFalse(ReportText.isSentence("请假审批制度执行记录缺2份"));
    }

    @Test
    void indicatorRecordsInAScoringSheetsCellsAreRead() {
        // blind6_c.docx 评分表, rules 2-1 and 2-2: the figures only in the 扣分理由及核查情况 cells; 问卷60份 is no indicator
        TableExtractor.Result r = read("\t评估项目\t序号\t评分细则\t分值\t扣分\t得分\t扣分理由及核查情况\n\n"
                + "\t服务监测 （10分）\t2-1\t兜底民生服务指标按进度完成\t3\t0.30\t2.70\t建档（户）：指标420，完成226，完成率53.81% "
                + "电话访问（人次）：指标3300，完成1702，完成率51.58% 入户探访（人次）：指标1200，完成618，完成率51.50%\n\n"
                + "\t服务监测 （10分）\t2-2\t个案服务指标按进度完成\t3\t0.60\t2.40\t咨询个案（个）：指标70，完成38，完成率54.29% "
                + "个案结案（个）：指标40，完成12，完成率30.00% 结案进度明显滞后，扣0.60分\n\n"
                + "\t服务质量 （20分）\t4-1\t需求评估：有系统的社区需求调研\t5\t0.70\t4.30\t需求调研样本偏少（问卷60份）\n\n");
        Map<String, IndicatorValue> v = byKey(r.indicators);
        assertEquals(List.of(420.0, 226.0), targetAndActual(v, "null|archive"));
        assertEquals(0.5381, v.get("null|archive").reportedCompletion);
        assertEquals(List.of(3300.0, 1702.0), targetAndActual(v, "null|phone_visits"));
        assertEquals(List.of(1200.0, 618.0), targetAndActual(v, "null|home_visits"));
        assertEquals(List.of(70.0, 38.0), targetAndActual(v, "null|consult_cases"));
        assertEquals(List.of(40.0, 12.0), targetAndActual(v, "null|case_closed"));
        assertEquals(5, r.indicators.size());
    }

    @Test
    void aKeyValueSheetOfStaffingIsReadByItsKeys() {
        // blind6_e.pdf sheet 人员 (项目 | 数值 | 说明): each row's key names its figure and its unit; 应到 and 实到 rows apart
        String sheet = "\t项目\t数值\t说明\n\n\t协议要求社工数（名）\t16\t服务协议\n\n\t期末在岗社工（名）\t15\t2025/10/31\n\n"
                + "\t社工应到岗（人次）\t96\t16 名×6 个月\n\n\t社工实到岗（人次）\t92\t\n\n"
                + "\t持证社工应到岗（人次）\t48\t8 名×6 个月\n\n\t持证社工实到岗（人次）\t57\t\n\n"
                + "\t持续在岗社工（名）\t14\t\n\n\t稳岗率\t87.50%\t持续在岗÷期初在岗\n\n\t离职（人）\t2\t\n\n\t调入（人）\t0\t\n\n";
        TableExtractor.Result r = read(sheet);
        assertEquals(96.0, r.facts.get("staffing.workers_expected"));
        assertEquals(92.0, r.facts.get("staffing.workers_actual"));
        assertEquals(48.0, r.facts.get("staffing.certified_expected"));
        assertEquals(57.0, r.facts.get("staffing.certified_actual"));
        assertEquals(14.0, r.facts.get("staffing.stable_workers"));
        assertEquals(0.875, r.facts.get("staffing.retention_rate"));
        assertEquals(2.0, r.facts.get("staffing.resigned"));
        assertEquals(0.0, r.facts.get("staffing.transferred_in"));
        // sheet 基本信息: the unit in a key's brackets goes after its figure; a start row and an end row are one range
        assertEquals("项目经费1,580,000.00元", ReportText.measured(List.of("项目经费（元）", "1,580,000.00")));
        assertEquals("考核期共6个月", ReportText.measured(List.of("考核期（月）", "6")));
        assertNull(ReportText.measured(List.of("评估总分", "85.45")));
        // blind2_f.pdf 表2: 上期末 | 本期末 — two figures, neither alone the value
        assertNull(ReportText.measured(List.of("在岗社工（名）", "17", "18")));
        assertEquals("服务期：2025/5/1至2026/4/30", ReportText.range(List.of("服务期开始", "2025/5/1"), List.of("服务期结束", "2026/4/30")));
        assertNull(ReportText.range(List.of("服务期开始", "2025/5/1"), List.of("考核期结束", "2025/10/31")));
    }

    @Test
    void monthByMonthTableIsReadFromItsClosingRows() {
        // blind6_f.pdf 表3-3: indicators across the top, a row per month (no value of the period), the header printed
        // again after the page break, then 合计 (the actual), 年度指标 and 完成率
        TableExtractor.Result r = read("\t月份\t新增志愿者（名）\t志愿者骨干（名）\t志愿者队伍（支）\t社区社会组织（个）\n\n"
                + "\t2024 年 10 月\t14\t3\t0\t0\n\n\t2024 年 11 月\t12\t2\t1\t0\n\n"
                + "\t月份\t新增志愿者（名）\t志愿者骨干（名）\t志愿者队伍（支）\t社区社会组织（个）\n\n"
                + "\t2025 年 9 月\t13\t3\t0\t1\n\n"
                + "\t合计\t162\t31\t3\t2\n\n\t年度指标\t150\t30\t3\t2\n\n\t完成率\t108.00%\t103.33%\t100.00%\t100.00%\n\n");
        Map<String, IndicatorValue> v = byKey(r.indicators);
        assertEquals(List.of(150.0, 162.0), targetAndActual(v, "null|volunteers_new"));
        assertEquals(1.08, v.get("null|volunteers_new").reportedCompletion);
        assertEquals(List.of(30.0, 31.0), targetAndActual(v, "null|volunteer_leaders"));
        assertEquals(List.of(3.0, 3.0), targetAndActual(v, "null|volunteer_teams"));
        assertEquals(List.of(2.0, 2.0), targetAndActual(v, "null|community_orgs"));
        assertEquals(4, r.indicators.size());
    }

    @Test
    void partiesMergedOverTheirRowsAreReadByEachRowsOwnName() {
        // blind6_d.docx 表1: 评分主体 and 评分机构 merged over each party's 得分 and 得分率 rows (the rates derived), the
        // third party over its four items, 合计 and 得分率; 满分 beside 分值, the latter the score given
        TableExtractor.Result r = read("\t评分主体\t评分机构\t项目\t满分\t分值\n\n"
                + "\t监督方\t广州市增城区民政局\t得分\t10\t9.35\n\n\t监督方\t广州市增城区民政局\t得分率\t—\t93.50%\n\n"
                + "\t购买方\t广州市增城区派潭镇人民政府\t得分\t20\t18.85\n\n\t购买方\t广州市增城区派潭镇人民政府\t得分率\t—\t94.25%\n\n"
                + "\t第三方\t广州市弘正社会工作评估中心\t项目管理\t10\t9.25\n\n\t第三方\t广州市弘正社会工作评估中心\t服务监测\t10\t8.90\n\n"
                + "\t第三方\t广州市弘正社会工作评估中心\t合计\t55\t47.95\n\n\t第三方\t广州市弘正社会工作评估中心\t得分率\t—\t87.18%\n\n"
                + "\t总分\t总分\t总分\t100\t89.45\n\n");
        assertEquals(9.35, r.parties.get(Party.SUPERVISOR).score());
        assertEquals(18.85, r.parties.get(Party.PURCHASER).score());
        assertEquals(47.95, r.parties.get(Party.THIRD_PARTY).score());
        Map<String, ScoreExtractor.ScoreItem> items = r.items.stream()
                .collect(Collectors.toMap(ScoreExtractor.ScoreItem::item, x -> x, (a, b) -> a));
        assertEquals(java.util.Set.of("项目管理", "服务监测"), items.keySet());
        assertEquals(9.25, items.get("项目管理").score());
        assertEquals(10.0, items.get("项目管理").maxScore());
        assertEquals(List.of(89.45), r.totals);
    }

    @Test
    void headCountsOfATableByPositionAreReadOnTheTeamRow() {
        // blind5_d.docx 表3: 岗位 | 人数 | 其中持证; 社工合计 is the team (the 行政 row is no social worker, never added)
        TableExtractor.Result r = read("\t岗位\t人数\t其中持证\n\n\t站长\t1\t1\n\n\t一线社工\t13\t8\n\n\t社工合计\t17\t12\n\n"
                + "\t行政（非社工岗位）\t1\t0\n\n");
        assertEquals(17.0, r.facts.get("report.social_workers"));
        assertEquals(12.0, r.facts.get("report.certified_workers"));
    }

    @Test
    void recordPrintedAsTargetAndActualRowsIsOneRecord() {
        // blind5_f.pdf 表2 as the PDF reader gives it: 服务内容 merged over a 年度指标 row and an 实际完成 row, 完成率 merged
        // over both (printed on either row), the header repeated after the page break
        TableExtractor.Result r = read("\t\t服务内容\t\t项目\t数量\t完成率\t\n\n"
                + "\t困难群众和特殊群体建档（户） 年度指标\t430\t\n\n\t实际完成\t447\t103.95%\n\n"
                + "\t专业个案结案（个） 年度指标\t48\t\n\n\t实际完成\t47\t97.92%\n\n"
                + "\t培育志愿者骨干（名）\t年度指标\t24\t108.33%\n\n\t\t实际完成\t26\t\n\n"
                + "\t服务内容\t项目\t数量\t完成率\n\n"
                + "\t培育社区社会组织（个）\t年度指标\t2\t150.00%\n\n\t\t实际完成\t3\t\n\n");
        Map<String, IndicatorValue> v = byKey(r.indicators);
        assertEquals(List.of(430.0, 447.0), targetAndActual(v, "null|archive"));
        assertEquals(List.of(48.0, 47.0), targetAndActual(v, "null|case_closed"));
        assertEquals(List.of(24.0, 26.0), targetAndActual(v, "null|volunteer_leaders"));
        assertEquals(1.0833, v.get("null|volunteer_leaders").reportedCompletion);
        assertEquals(List.of(2.0, 3.0), targetAndActual(v, "null|community_orgs"));
    }

    @Test
    void numberedRecordsWrappedOverLinesAndAPageBreakAreJoined() {
        // blind5_e.pdf 表3: cells wrapped over printed lines (the figures on the second), record 7 split by the page break
        // with the header printed again; 完成情况说明 full of numbers is a note, 统计口径 no value
        TableExtractor.Result r = read(
                  "\t1\t兜底民生\t困难群众和特殊群体建\t以镇民政办提供的低保名单为基础建档，动态更\t\t\t\t\n\n"
                + "\t\t\t档（户）\t\t350\t362\t103.43%\t新增建档 362 户，含动态更新档案\n\n"
                + "\t\t\t\t新\t\t\t\t逾 80 份（不重复计）\n\n"
                + "\t2\t兜底民生\t电话访问（人次）\t对建档对象的电话关怀\t\t\t\t\n\n"
                + "\t\t\t\t访，每次通话记录在册\t3000\t1544\t51.47%\t其中独居长者“平安电话”约 900\n\n"
                + "\t\t\t\t\t\t\t\t人次\n\n"
                + "\t3\t个案服务\t个案结案（个）\t达成服务目标或经评估转介后结案，结案报告\t36\t9\t25.00%\t结案进度偏慢，12 个个案处于介\n\n"
                + "\t序号\t服务类别\t服务指标\t统计口径\t年度指标\t中期完成\t完成率\t完成情况说明\n\n"
                + "\t\t\t\t经督导审核\t\t\t\t入中期\n\n"
                + "\t4\t社区培育\t社区社会组织培育（个）\t在镇社区社会组织联合会备案\t2\t0\t0.00%\t2 个村民兴趣团队正在筹备备案\n\n");
        Map<String, IndicatorValue> v = byKey(r.indicators);
        assertEquals(List.of(350.0, 362.0), targetAndActual(v, "null|archive"));
        assertEquals(List.of(3000.0, 1544.0), targetAndActual(v, "null|phone_visits"));
        assertEquals(List.of(36.0, 9.0), targetAndActual(v, "null|case_closed"));
        assertEquals(List.of(2.0, 0.0), targetAndActual(v, "null|community_orgs"));
    }

    @Test
    void rowLabelsLeftOfAHeaderShiftedByThePdfReaderAndACaptionRowAreRead() {
        // blind5_f.pdf 表1: the caption row 表1 | 第三方评估专家评分表 names no column (评分 in it is no 得分 column), the
        // header sits one column right of the rows' words; the item score is 平均得分, the experts' columns are not read
        TableExtractor.Result r = read("\t\t\t\t表1\t第三方评估专家评分表\t\t\t\n\n"
                + "\t\t评估项目\t\t满分\t专家A 专家B\t\t专家C\t平均得分\n\n"
                + "\t项目管理\t\t\t10\t9.00 9.30\t\t9.30\t9.20\n\n"
                + "\t服务成效\t\t\t15\t13.00 13.60\t\t13.45\t13.35\n\n"
                + "\t合计\t\t\t55\t47.80 49.30\t\t48.85\t48.65\n\n");
        Map<String, Double> items = r.items.stream().collect(Collectors.toMap(ScoreExtractor.ScoreItem::item, ScoreExtractor.ScoreItem::score));
        assertEquals(9.20, items.get("项目管理"));
        assertEquals(13.35, items.get("服务成效"));
    }

    @Test
    void blind5LabelsNameTheirFamilies() {
        // blind5_c.docx 服务指标: 个案咨询 is a consultation (not an intake), 开案 an intake, 服务对象档案 the archive
        assertEquals("consult_cases", TableExtractor.code("个案咨询（个）", null));
        assertEquals("case_intake", TableExtractor.code("个案管理—开案（个）", null));
        assertEquals("archive", TableExtractor.code("建立服务对象档案（户）", null));
        assertEquals("community_orgs", TableExtractor.code("社区自组织孵化（个）", null));
    }

    @Test
    void figurePairsAcrossTheTopAreReadByTheWordsOfTheirCaption() {
        // blind5_c.docx: the form's 第三方评估分项（得分/满分）cell holds the items across the top, 9.10/10 under each
        TableExtractor.Result r = read("第三方评估分项（得分/满分）\n\n\t项目管理\t服务监测\t服务成效\t服务质量\t合计\n\n"
                + "\t9.10/10\t8.55/10\t12.80/15\t16.60/20\t47.05/55\n\n");
        Map<String, ScoreExtractor.ScoreItem> items = r.items.stream().collect(Collectors.toMap(ScoreExtractor.ScoreItem::item, i -> i));
        assertEquals(9.10, items.get("项目管理").score());
        assertEquals(10.0, items.get("项目管理").maxScore());
        assertEquals(16.60, items.get("服务质量").score());
        // without the caption the pairs mean nothing: nothing is read
        assertTrue(read("\t项目管理\t服务监测\t服务成效\t服务质量\t合计\n\n\t9.10/10\t8.55/10\t12.80/15\t16.60/20\t47.05/55\n\n").items.isEmpty());
    }

    @Test
    void hostileRunsOfUnnumberedOrRolePairRowsStayLinear() {
        // 1, 2, 3 then 100,000 unnumbered rows; 100,000 rows naming 实际完成 under one label: neither is joined into one record
        StringBuilder numbered = new StringBuilder("\t1\t电访（人次）\t3000\t1544\n\n\t2\t探访（人次）\t1100\t571\n\n\t3\t建档（户）\t350\t362\n\n");
        numbered.append("\t\t续\t\t\n\n".repeat(100_000));
        StringBuilder pairs = new StringBuilder("\t电访（人次） 年度指标\t3000\t\n\n");
        pairs.append("\t实际完成\t1544\t51.47%\n\n".repeat(100_000));
        assertTimeoutPreemptively(java.time.Duration.ofSeconds(20), () -> { read(numbered.toString()); read(pairs.toString()); });
    }

    @Test
    void aShareARowStatesOfItselfInItsNoteIsRead() {
        // blind5_b.txt 表5: 从业两年以上到岗 | — | 125 | 占到岗人次58.69% — the share printed in the 说明 cell
        TableExtractor.Result r = read("\t项目\t协议要求\t实际\t说明\n\n\t持证社工到岗（人次）\t108\t141\t9名×12个月\n\n"
                + "\t从业两年以上到岗（人次）\t—\t125\t占到岗人次58.69%\n\n");
        assertEquals(0.5869, r.facts.get("staffing.experienced_share"));
        assertEquals(141.0, r.facts.get("staffing.certified_actual"));
    }

    /**
     * blind4_b.txt: third-party 评估维度 scored out of 100, weighted, each cell naming its figure and no header row. The
     * names are the header: 权重 20% is 20 points, 加权得分 the item's score, 维度得分 (out of 100) never a score.
     */
    @Test
    void cellsThatNameTheirFigureAreReadUnderThoseNames() {
        TableExtractor.Result r = read("第三方评估先按四个评估维度以百分制评分，再按维度权重加权，加权合计后按55%折算为第三方得分：\n"
                + "　　项目管理　　权重20%　　维度得分88.00　　加权得分17.60\n"
                + "　　服务监测　　权重20%　　维度得分85.00　　加权得分17.00\n"
                + "　　服务成效　　权重25%　　维度得分84.00　　加权得分21.00\n"
                + "　　服务质量　　权重35%　　维度得分88.00　　加权得分30.80\n"
                + "　　加权合计86.40分（百分制）×55%＝47.52分\n");
        Map<String, ScoreExtractor.ScoreItem> items = r.items.stream().collect(Collectors.toMap(ScoreExtractor.ScoreItem::item, i -> i));
        assertEquals(4, items.size(), items::toString);
        assertEquals(17.60, items.get("项目管理").score());
        assertEquals(20.0, items.get("项目管理").maxScore());
        assertEquals(30.80, items.get("服务质量").score());
        assertEquals(35.0, items.get("服务质量").maxScore());
        assertTrue(r.parties.isEmpty(), "no item is a party: " + r.parties);

        // a column whose cells do not all name the same figure stays as printed (a header row is no labelled cell)
        Document.Table mixed = new Document.Table(1, List.of(List.of("项目管理", "权重20%", "得分17.60"), List.of("服务监测", "权重20%", "17.00")));
        assertEquals(List.of("", "权重", ""), TableExtractor.labelledCells(mixed).rows().get(0));
        Document.Table header = new Document.Table(1, List.of(List.of("评估维度", "分值", "得分"), List.of("项目管理", "20", "17.2")));
        assertSame(header, TableExtractor.labelledCells(header));
    }

    /**
     * blind4_c.docx 表6: a table of posts (协议配备 | 实际在岗 | 其中持证). The social workers' figures are the 社工小计 row's,
     * not the 行政助理's (not a social-work post) nor a post's.
     */
    @Test
    void aTableOfPostsGivesTheTeamFromItsSocialWorkersRow() {
        Document.Table posts = new Document.Table(6, List.of(
                List.of("岗位", "协议配备", "实际在岗", "其中持证"),
                List.of("站长", "1", "1", "1"),
                List.of("片区负责人", "3", "3", "3"),
                List.of("一线社工", "12", "11", "6"),
                List.of("社工小计", "16", "15", "10"),
                List.of("行政助理（非社工岗位）", "1", "1", "—")));
        TableExtractor.Result r = TableExtractor.extract(new Document(List.of(posts), 0));
        assertEquals(16.0, r.facts.get("staffing.required_workers"));
        assertEquals(15.0, r.facts.get("report.social_workers"));
        assertEquals(10.0, r.facts.get("report.certified_workers"));
        assertTrue(r.indicators.isEmpty(), () -> r.indicators.stream().map(i -> i.code + " " + i.label + " " + i.target + " " + i.actual).toList().toString());
    }

    /**
     * blind4_d.docx 表3: 项目 | 人数 | 说明, the movements' breakdown and the 稳岗率 in words in the 说明 cells. The
     * figures are read by their row labels, the notes by the staffing rules for sentences.
     */
    @Test
    void aStaffingTableWithItsBreakdownInTheNoteColumn() {
        Document.Table t = new Document.Table(3, List.of(
                List.of("项目", "人数", "说明"),
                List.of("协议社工岗位", "17", "持证社工不少于9名"),
                List.of("期初在岗", "17", "2024年10月1日"),
                List.of("本年度流出", "3", "其中离职2人、调出1人"),
                List.of("本年度流入", "3", "其中新入职2人、调入1人"),
                List.of("期末在岗", "17", "其中持证社工11人"),
                List.of("年内持续在岗", "14", "稳岗率82.35%")));
        TableExtractor.Result r = TableExtractor.extract(new Document(List.of(t), 0));
        assertEquals(17.0, r.facts.get("staffing.required_workers"));
        assertEquals(17.0, r.facts.get("report.social_workers"));
        assertEquals(14.0, r.facts.get("staffing.stable_workers"));
        StaffingExtractor.Staffing s = new StaffingExtractor.Staffing();
        TableFacts.apply(r, s, new ReportHeader());
        assertEquals(2, s.resigned);
        assertEquals(1, s.transferredOut);
        assertEquals(2, s.hired);
        assertEquals(1, s.transferredIn);
        assertEquals(0.8235, s.retentionRate);
        assertEquals(17, s.requiredWorkers);
        assertEquals(14, s.stableWorkers);
        assertTrue(s.evidenceText().contains("本年度流出 | 3 | 其中离职2人、调出1人"), s.evidenceText());
    }

    /**
     * blind2_e.pdf 表3 as the PDF reader returns it: cells that wrap onto a second printed line (a line without a 序号
     * continues the numbered row above), phrases around the figures ("全年建档不少于 430 户"), and two or three
     * indicators in one cell, their rates joined by ／. Every figure checked by hand against the report.
     */
    @Test
    void phraseCellsNamingSeveralIndicatorsAreReadClauseByClause() {
        Document.Table t = new Document.Table(3, List.of(
                List.of("序号", "服务内容", "协议要求", "完成情况", "达成率"),
                List.of("1", "困难群众和特殊群", "", "", ""),
                List.of("", "体建档", "全年建档不少于 430 户", "累计建档 452 户", "105.1%"),
                List.of("2", "电话访问", "不少于 3,600 人次", "3,815 人次", "106.0%"),
                List.of("5", "专业个案", "接案 60 个，服务 360 节，", "接案 61 个，服务 372 节，", ""),
                List.of("", "", "结案 48 个", "结案 47 个", "101.7%／103.3%／97.9%"),
                List.of("6", "专业小组", "24 个、144 节、服务 960", "25 个、150 节、服务 1,106", ""),
                List.of("", "", "人次", "人次", "104.2%／104.2%／115.2%"),
                List.of("7", "大型社区活动", "4 场，服务 800 人次", "5 场，服务 1,967 人次", "125.0%／245.9%"),
                List.of("13", "社区慈善基金筹款", "筹集善款不少于 5 万元", "筹集 6.38 万元", "127.6%")));
        Map<String, IndicatorValue> v = byKey(TableExtractor.extract(new Document(List.of(t), 0)).indicators);
        String[][] expected = {
                {"archive", "430", "452", "1.051"}, {"phone_visits", "3600", "3815", "1.06"},
                {"case_intake", "60", "61", "1.017"}, {"case_sessions", "360", "372", "1.033"}, {"case_closed", "48", "47", "0.979"},
                {"group_count", "24", "25", "1.042"}, {"group_sessions", "144", "150", "1.042"}, {"group_attendance", "960", "1106", "1.152"},
                {"large_event_count", "4", "5", "1.25"}, {"large_event_attendance", "800", "1967", "2.459"}};
        for (String[] e : expected) {
            IndicatorValue x = v.get("null|" + e[0]);
            assertNotNull(x, e[0] + " in " + v.keySet());
            assertEquals(Double.parseDouble(e[1]), x.target, e[0]);
            assertEquals(Double.parseDouble(e[2]), x.actual, e[0]);
            assertEquals(Double.parseDouble(e[3]), x.reportedCompletion, e[0]);
        }
        assertEquals("专业个案（接案个）", v.get("null|case_intake").label);
        assertEquals(6.38, v.values().stream().filter(x -> x.label.startsWith("社区慈善")).findFirst().orElseThrow().actual);
    }

    /** Clauses are taken apart only where each rate agrees with its figures and each clause names another indicator. */
    @Test
    void phraseCellsThatDoNotAgreeStayAsPrinted() {
        List<TableExtractor.Column> cols = List.of(new TableExtractor.Column(org.stations.model.ColumnRole.LABEL, null, "服务内容"),
                new TableExtractor.Column(org.stations.model.ColumnRole.TARGET, null, "协议要求"),
                new TableExtractor.Column(org.stations.model.ColumnRole.ACTUAL, null, "完成情况"),
                new TableExtractor.Column(org.stations.model.ColumnRole.COMPLETION, null, "达成率"));
        TableExtractor.Row wrongRate = new TableExtractor.Row("大型社区活动", "", null, false,
                List.of("大型社区活动", "4 场，服务 800 人次", "5 场，服务 1,967 人次", "125.0%／200.0%"), "");
        assertEquals(List.of(wrongRate), TableExtractor.phraseRows(wrongRate, cols));
        TableExtractor.Row sameMeasure = new TableExtractor.Row("专业小组", "", null, false,
                List.of("专业小组", "24 个、30 个", "25 个、30 个", "104.2%／100.0%"), "");
        assertEquals(List.of(sameMeasure), TableExtractor.phraseRows(sameMeasure, cols));
        TableExtractor.Row twoFigures = new TableExtractor.Row("电话访问", "", null, false,
                List.of("电话访问", "2024年3600人次", "3815 人次", "106.0%"), "");
        assertEquals(List.of(twoFigures), TableExtractor.phraseRows(twoFigures, cols));
    }

    /**
     * blind2_f.pdf 表2: the team at the start (上期末) and the end (本期末) of the period, by certificate level. The end's
     * figures are the report's; the certified are the levels' sum (3 中级 + 9 助理), never the 非持证 row.
     */
    @Test
    void aTeamAtTheStartAndEndOfThePeriodByCertificateLevel() {
        Document.Table t = new Document.Table(4, List.of(
                List.of("", "表2 在岗社工情况", ""),
                List.of("项目", "2024年7月31日（上期末）", "2024年 12月31日（本期末）"),
                List.of("在岗社工（名）", "17", "18"),
                List.of("其中：中级社会工作师", "2", "3"),
                List.of("助理社会工作师", "9", "9"),
                List.of("非持证社工", "6", "6")));
        TableExtractor.Result r = TableExtractor.extract(new Document(List.of(t), 0));
        assertEquals(18.0, r.facts.get("report.social_workers"));
        assertEquals(12.0, r.facts.get("report.certified_workers"));
    }

    /** blind3_d.docx 表3: 期初 | 期末 under 人员, the movements beside them; the 社工 row's 期末 is the team, 其中持证 the certified. */
    @Test
    void aTeamTableWithStartAndEndColumns() {
        Document.Table t = new Document.Table(4, List.of(
                List.of("人员", "期初（2024年3月）", "期末（2025年1月）", "本期变动（人）", "本期变动（人）", "本期变动（人）", "本期变动（人）"),
                List.of("人员", "期初（2024年3月）", "期末（2025年1月）", "离职", "入职", "调入", "调出"),
                List.of("社工", "18", "18", "2", "2", "1", "1"),
                List.of("其中：持证社工", "11", "12", "1", "1", "1", "0")));
        TableExtractor.Result r = TableExtractor.extract(new Document(List.of(t), 0));
        assertEquals(18.0, r.facts.get("report.social_workers"));
        assertEquals(12.0, r.facts.get("report.certified_workers"));
        assertEquals(2.0, r.facts.get("staffing.resigned"));
        assertEquals(0.0 + 1, r.facts.get("staffing.transferred_out"));
    }

    /** blind_d.docx: attendance month by month; the 合计 row gives the period's 人次, the 持证 columns the certified's. */
    @Test
    void attendanceByMonthIsReadFromItsTotalRow() {
        Document.Table t = new Document.Table(5, List.of(
                List.of("月份", "社工应到", "社工实到", "持证应到", "持证实到"),
                List.of("2024年3月", "20", "20", "10", "13"),
                List.of("4月", "20", "21", "10", "13"),
                List.of("2025年1月", "20", "21", "10", "15"),
                List.of("合计", "220", "223", "110", "151")));
        TableExtractor.Result r = TableExtractor.extract(new Document(List.of(t), 0));
        assertEquals(Map.of("staffing.workers_expected", 220.0, "staffing.workers_actual", 223.0,
                "staffing.certified_expected", 110.0, "staffing.certified_actual", 151.0), r.facts);
        assertEquals("合计 | 220 | 223 | 110 | 151", r.factEvidence.get("staffing.workers_actual"));
    }

    /** blind_e.pdf 表: a label wrapped in its narrow cell, its rest and unit on the line below the row's figures. */
    @Test
    void aLabelsRestAndUnitBelowItsFigures() {
        Document.Table t = new Document.Table(2, List.of(
                List.of("序号", "指标", "全年指标", "完成率", "中期完成"),
                List.of("11", "大型社区活动（场）", "4", "50.00%", "2"),
                List.of("12", "大型社区活动参", "600", "118.67%", "712"),
                List.of("", "与（人次）", "", "", ""),
                List.of("14", "中小型社区活动", "1200", "54.58%", "655"),
                List.of("", "参与（人次）", "", "", "")));
        Map<String, IndicatorValue> v = byKey(TableExtractor.extract(new Document(List.of(t), 0)).indicators);
        assertEquals(712.0, v.get("null|large_event_attendance").actual);
        assertEquals(600.0, v.get("null|large_event_attendance").target);
        assertEquals(655.0, v.get("null|small_event_attendance").actual);
        assertEquals(2.0, v.get("null|large_event_count").actual);
        assertFalse(TableExtractor.wrapsLabel("电访（人次）", "探访（人次）"), "a label with its unit is whole");
    }
}
