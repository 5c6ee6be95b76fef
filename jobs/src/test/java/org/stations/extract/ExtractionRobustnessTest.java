package org.stations.extract;

import org.junit.jupiter.api.Test;
import org.stations.Seeds;
import org.stations.model.Table;

import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.*;

/** One failure costs one extractor's fields, never the report; unfamiliar text is named, not silently empty. */
class ExtractionRobustnessTest {

    private static ExtractedReport extract(String text) throws NotAReportException {
        return ReportExtractor.extract(text, new ReportExtractor.Source("t.txt", "sha", Instant.EPOCH, Instant.EPOCH));
    }

    private static List<String> checks(ExtractedReport r) {
        return r.rows(Table.QUALITY_FLAG).stream().map(f -> f.getString(2)).toList();
    }

    @Test
    void seed000WithItsRosterMarksRunTogetherKeepsScoresIndicatorsAndStaffing() throws Exception {
        // the staffing annex's rows "√ √ √ … 5 5" with their spaces lost: "√√√…55"
        String mangled = Pattern.compile("(?m)^(.*√.*)$").matcher(Seeds.text("000"))
                .replaceAll(m -> m.group(1).replaceAll("\\s+", ""));
        ExtractedReport r = extract(mangled);
        assertEquals(4, r.rows(Table.PARTY_SCORE).size());
        assertTrue(r.rows(Table.INDICATOR).size() > 50);
        assertEquals(1, r.rows(Table.STAFFING).size());
        assertEquals(85.52, r.report().getDouble(Table.REPORT.schema.fieldIndex("total_score")));
        assertTrue(checks(r).contains("extractor_failed") || checks(r).contains("table_unparsed"), checks(r)::toString);
    }

    @Test
    void aRosterHeaderMonthThatIsNoMonthIsAnUnreadTableNotAFailure() throws Exception {
        // seed 000's annex header "2024年8月 2024年9月 …" with its first month misprinted as 2024年13月
        String misprinted = Seeds.text("000").replace("2024年8月 2024年9月 2024年10月", "2024年13月 2024年9月 2024年10月");
        ExtractedReport r = extract(misprinted);
        assertEquals(List.of(), r.rows(Table.STAFF_MONTH));
        assertTrue(checks(r).contains("table_unparsed"), checks(r)::toString);
        assertFalse(checks(r).contains("extractor_failed"), checks(r)::toString);
        assertEquals(85.52, r.report().getDouble(Table.REPORT.schema.fieldIndex("total_score")));
    }

    @Test
    void anExtractorThatThrowsBecomesAFlagAndTheRestIsKept() {
        List<QualityChecks.Flag> flags = new java.util.ArrayList<>();
        ReportExtractor.Isolated run = new ReportExtractor.Isolated(flags);
        String v = run.get("scores", () -> { throw new IllegalStateException("column 7 of 6"); }, () -> "empty");
        assertEquals("empty", v);
        assertEquals(1, flags.size());
        assertEquals("extractor_failed", flags.get(0).check());
        assertEquals("scores: IllegalStateException: column 7 of 6", flags.get(0).detail());
        assertEquals("kept", run.get("header", () -> "kept", () -> "empty"));
    }

    @Test
    void textAboutScoresThatYieldsNoneIsNamed() throws Exception {
        String text = "海珠区江海街社工服务站中期评估报告\n本站服务指标完成率为85.00%。\n"
                + "各方评价：监督方打出的分值乃是八点八，总评得分按规则计算为87.50分，成绩较好。\n"
                + "社工站在岗情况：稳岗率为85.00%，各项工作有序推进。\n";
        ExtractedReport r = extract(text);
        assertTrue(checks(r).contains("not_extracted"), checks(r)::toString);
        assertTrue(r.rows(Table.QUALITY_FLAG).stream().anyMatch(f -> f.getString(4).contains("评分")));
    }

    /** A report that states only how it is scored (seed 003's rules, a grade without scores) misses no score. */
    @Test
    void scoringRulesAloneAreNoScoreToMiss() throws Exception {
        String rules = "评估总分为100分，其中，第三方评估机构占比55%、街道办事处（镇人民政府）占比20%、市督导中心占15%、区民政局占比10%。"
                + "评估结果由四方评估分数的总和确定。评估等级分为优秀、良好、合格、不合格四个等级，90分以上为优秀，80分至90分（不含90分）为良好。";
        assertFalse(NotExtracted.talksOfAScore(rules));
        assertFalse(NotExtracted.talksOfAScore("购买方评分满分20分。"));
        assertTrue(NotExtracted.talksOfAScore(rules + "\n本站评估总分为87.50分。"));
    }

    /** A megabyte line reaches no pattern whole: it is read in pieces, the report says so, and its facts are all there. */
    @Test
    void aMegabyteLineIsSplitFlaggedAndTheReportKept() throws Exception {
        String seed = Seeds.text("001");
        int at = seed.indexOf("\n\n", seed.length() / 2) + 1;
        ExtractedReport r = extract(seed.substring(0, at) + "1234567890".repeat(100_000) + "\n" + seed.substring(at));
        assertEquals(83.62, r.report().getDouble(Table.REPORT.schema.fieldIndex("total_score")));
        assertEquals(0.65, r.report().getDouble(Table.REPORT.schema.fieldIndex("retention_rate")));
        assertEquals(4, r.rows(Table.PARTY_SCORE).size());
        assertEquals(List.of("超过 5000 字的行已拆分后读取（最长一行 1000000 字），跨拆分处的数值可能未读出"), r.rows(Table.QUALITY_FLAG).stream()
                .filter(f -> f.getString(2).equals("long_line")).map(f -> f.getString(4)).toList());
        assertFalse(checks(r).contains("extractor_failed"), checks(r)::toString);
    }

    /** Hard-wrapped lines joined into a paragraph over the limit: read in pieces, and the flag says it was joined. */
    @Test
    void aParagraphJoinedPastTheLimitIsFlaggedAsSuch() throws Exception {
        String seed = Seeds.text("001");
        int at = seed.indexOf("\n\n", seed.length() / 2) + 1;
        ExtractedReport r = extract(seed.substring(0, at) + "社工站开展社区服务\n".repeat(1000) + seed.substring(at));
        assertEquals(List.of("超过 5000 字的行已拆分后读取（最长一段由多行连成，9000 字），跨拆分处的数值可能未读出"), r.rows(Table.QUALITY_FLAG).stream()
                .filter(f -> f.getString(2).equals("long_line")).map(f -> f.getString(4)).toList());
    }

    /** Seed 000's staffing annex with a header of 40 months: more than an annex covers, so no row is read, nothing fails. */
    @Test
    void aRosterHeaderOfTooManyMonthsIsAnUnreadTable() throws Exception {
        StringBuilder months = new StringBuilder();
        for (int i = 0; i < 40; i++) months.append(2021 + i / 12).append('年').append(1 + i % 12).append("月 ");
        String text = Seeds.text("000").replaceFirst("2024年8月 2024年9月 2024年10月 2024年11月 2024年12月", months.toString().strip());
        ExtractedReport r = extract(text);
        assertEquals(List.of(), r.rows(Table.STAFF_MONTH));
        assertTrue(r.rows(Table.QUALITY_FLAG).stream().anyMatch(f -> f.getString(4).equals("人员到岗情况附件表头的月份过多：40 个月 > 36")),
                checks(r)::toString);
        assertFalse(checks(r).contains("extractor_failed"), checks(r)::toString);
    }

    /** A row of three agreeing numbers under a label line that names no indicator family (it once threw, losing every such row). */
    @Test
    void aNumberRowUnderALabelOfNoFamilyIsRead() {
        List<IndicatorValue> read = IndicatorTableExtractor.extract(ReportText.of("服务情况\n10 10 100%\n")).values();
        assertEquals(1, read.size());
        assertEquals("服务情况", read.get(0).label);
        assertEquals(10.0, read.get(0).target);
        assertEquals(10.0, read.get(0).actual);
    }
}
