package org.stations.accuracy;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stations.extract.ExtractedReport;
import org.stations.model.Table;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The scorer's rules on a hand-made report, so a port slip shows here rather than as a shifted accuracy figure. */
class GoldScorerTest {

    @Test
    void normalises_areas_organisations_stations_and_dates_as_the_script_does() {
        assertEquals("东", GoldScorer.normArea("东片区"));
        assertEquals("东", GoldScorer.normArea(" 东 片 "));
        assertEquals("1", GoldScorer.normArea("area:一片区"));
        assertEquals("1", GoldScorer.normArea("片区一"));
        assertNull(GoldScorer.normArea(null));
        assertEquals("海惠社会工作服务中心", GoldScorer.normOrg("广州市南沙区海惠社会工作服务中心"));
        assertTrue(GoldScorer.strEq("supervisor", "广州市南沙区民政局", "南沙区民政局"));
        assertTrue(GoldScorer.strEq("operator", "广州市南沙区海惠社会工作服务中心", "海惠社会工作服务中心（海惠社工）"));
        assertFalse(GoldScorer.strEq("operator", "民政局", "区民政局办公室"), "under four characters only equal names match");
        assertTrue(GoldScorer.strEq("station", "南沙街", "南沙街社工服务站"));
        assertTrue(GoldScorer.strEq("evaluation_date", "2025-04-17", "2025-04-17T00:00:00"));
        assertFalse(GoldScorer.strEq("grade", "良好", null));
        assertEquals("dev_e", GoldScorer.base("/x/reports/dev_e.docx"));
        assertEquals("000_0682475d3b25f555", GoldScorer.base("000_0682475d3b25f555.txt"));
    }

    @Test
    void numbers_match_within_the_scripts_tolerances() {
        assertTrue(GoldScorer.numEq(86.35, 86.355));
        assertFalse(GoldScorer.numEq(86.35, 86.4));
        assertTrue(GoldScorer.numEq(4800L, 4802.0), "relative 0.05 %");
        assertFalse(GoldScorer.numEq(4800L, 4803.0));
        assertTrue(GoldScorer.numEq(1, "1.0"), "Python's float() reads a numeric string");
        assertFalse(GoldScorer.numEq(1, "2025-04-17"));
        assertFalse(GoldScorer.numEq(1, null));
        assertTrue(GoldScorer.numEq(1000L, 1009.0, 0.01, 0.006), "a derived target gets 1 %");
    }

    @Test
    void tells_wrong_values_from_misses_and_counts_extras(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("r.json"), """
                {"source_file": "r.txt",
                 "report": {"station": "南沙街", "district": "南沙区", "total_score": 86.35, "grade": "良好",
                            "evaluation_date": "2025-04-17", "budget_wan": null, "supervisor": "广州市南沙区民政局"},
                 "party_score": [{"party": "supervisor", "score": 8.75, "max_score": 10},
                                 {"party": "purchaser", "score": 18.6, "max_score": 20}],
                 "score_item": [{"party": "third_party", "item": "服务质量", "area": "东片区", "score": 15.9},
                                {"party": "third_party", "item": "服务质量", "area": null, "score": null, "converted_score": 15.75}],
                 "indicator": [{"period_label": null, "area": null, "indicator": "archive", "target": 420, "actual": 429,
                                "reported_completion": 1.0214, "target_derived": false},
                               {"period_label": null, "area": "东片", "indicator": "phone_visits", "target": null, "actual": 1300},
                               {"period_label": null, "area": null, "indicator": "own_code", "target": 1, "actual": 1}],
                 "staffing": {"workers_expected": 120, "resigned": null}}
                """);
        ExtractedReport r = new ExtractedReport("rid", "sha");
        r.add(Table.REPORT, row(Table.REPORT, Map.of("report_id", "rid", "station", "南沙街社工服务站", "district", "南沙区",
                "total_score", 86.3, "evaluation_date", LocalDate.of(2025, 4, 17), "budget_wan", 240.0,
                "supervisor", "南沙区民政局")));
        r.add(Table.PARTY_SCORE, row(Table.PARTY_SCORE, Map.of("report_id", "rid", "party", "supervisor", "score", 8.75)));
        r.add(Table.SCORE_ITEM, row(Table.SCORE_ITEM, Map.of("report_id", "rid", "party", "third_party", "item", " 服务质量",
                "area", "东片区", "score", 15.9, "converted_score", 15.75)));
        r.add(Table.INDICATOR, row(Table.INDICATOR, Map.of("report_id", "rid", "indicator", "archive", "target", 420.0,
                "actual", 429.0, "reported_completion", 1.0214)));
        r.add(Table.INDICATOR, row(Table.INDICATOR, Map.of("report_id", "rid", "indicator", "phone_visits", "area", "东片区",
                "actual", 1300.0)));
        r.add(Table.INDICATOR, row(Table.INDICATOR, Map.of("report_id", "rid", "indicator", "home_visits", "actual", 5.0)));
        r.add(Table.STAFFING, row(Table.STAFFING, Map.of("report_id", "rid", "workers_expected", 120.0, "resigned", 2)));

        GoldScorer.Result res = GoldScorer.score(dir, Map.of("r", r));

        // report: station, district, date, supervisor right; total_score wrong; grade missing; budget extra
        assertEquals(4, res.tables.get("report")[0]);
        assertEquals(6, res.tables.get("report")[1]);
        // party: supervisor right, purchaser missing (not wrong: no row)
        assertEquals(1, res.tables.get("party_score")[0]);
        assertEquals(2, res.tables.get("party_score")[1]);
        // items: the area row by its score, the merged average by its converted score
        assertEquals(2, res.tables.get("score_item")[0]);
        // indicators: only contract codes count; the 片区 is normalised
        assertEquals(2, res.tables.get("indicator")[0]);
        assertEquals(2, res.tables.get("indicator")[1]);
        // staffing: a gold null is not counted, a stated value where gold has null is not an extra here
        assertEquals(1, res.tables.get("staffing")[1]);
        assertEquals(1, res.wrong, res.lines.toString());
        assertEquals(2, res.extra, "budget_wan and home_visits: " + res.lines);
        assertTrue(res.lines.contains("  WRONG report ('total_score', 86.35, 86.3)"), res.lines.toString());
        assertTrue(res.lines.contains("  MISS  report ('grade', '良好', None)"), res.lines.toString());
        assertTrue(res.lines.contains("  EXTRA report budget_wan 240.0"), res.lines.toString());
        assertEquals(String.join("\n", "indicator    2/2", "party_score  1/2", "report       4/6", "score_item   2/2",
                "staffing     1/1", "accuracy 0.769 (10/13) wrong 1 extra 2"), res.summary().replace(System.lineSeparator(), "\n"));
    }

    @Test
    void a_report_that_was_not_read_is_all_misses(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("g.json"), """
                {"source_file": "gone.pdf", "report": {"station": "新华街", "grade": "优秀"}, "party_score": [],
                 "score_item": [], "indicator": [], "staffing": {}}
                """);
        GoldScorer.Result res = GoldScorer.score(dir, Map.of());
        assertEquals(0, res.correct());
        assertEquals(2, res.total());
        assertEquals(0, res.wrong);
        assertTrue(res.lines.contains("  report not found in lake"));
    }

    /** A row of a table from column values by name, the rest null. */
    private static Row row(Table t, Map<String, Object> values) {
        String[] cols = t.schema.fieldNames();
        Object[] v = new Object[cols.length];
        for (int i = 0; i < cols.length; i++) v[i] = values.get(cols[i]);
        return RowFactory.create(v);
    }
}
