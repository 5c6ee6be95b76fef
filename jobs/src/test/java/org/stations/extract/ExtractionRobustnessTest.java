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
                + "各方评价：监督方打出的分值乃是八点八，总评得分按规则计算为87.50分以上者优。\n"
                + "社工站在岗情况：稳岗率为85.00%，各项工作有序推进。\n";
        ExtractedReport r = extract(text);
        assertTrue(checks(r).contains("not_extracted"), checks(r)::toString);
        assertTrue(r.rows(Table.QUALITY_FLAG).stream().anyMatch(f -> f.getString(4).contains("评分")));
    }
}
