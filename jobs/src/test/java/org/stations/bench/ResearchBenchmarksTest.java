package org.stations.bench;

import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.stations.SeedsLake;
import org.stations.SparkTestBase;
import org.stations.model.Codes;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** staff_survival and finding_themes over the five real seeds; expected values read in the seed text. */
class ResearchBenchmarksTest extends SparkTestBase {
    private static final double EPS = 1e-9;

    @BeforeAll
    static void lake() { SeedsLake.use(spark()); }

    @Test
    void jinhuaSurvivalFromItsStaffingAnnex() {
        // 000 附件2: months 2024年8月 … 2024年12月; the prose: 14 名社工持续稳定在岗, 稳岗率为 70.00%
        List<Row> rows = sql("""
                SELECT month, month_index, on_post, cohort_on_post, cohort_size, survival, joiners, leavers,
                       required_per_month, stable_workers
                FROM bench_staff_survival WHERE station = '金花街' ORDER BY month""");
        assertEquals(5, rows.size());
        assertEquals(java.time.LocalDate.of(2024, 8, 1), rows.get(0).get(0));
        int[] onPost = {19, 20, 21, 22, 22};
        int[] stayed = {19, 17, 16, 14, 14};
        for (int i = 0; i < 5; i++) {
            Row r = rows.get(i);
            assertEquals(i + 1, r.getInt(1));
            assertEquals(onPost[i], r.getLong(2), "on post in month " + (i + 1));
            assertEquals(stayed[i], r.getLong(3), "of August's 19 still on post in month " + (i + 1));
            assertEquals(19L, r.getLong(4));
            assertEquals(stayed[i] / 19.0, r.getDouble(5), EPS);
            // 社工应到岗 100 人次 over the 5 months: 20 a month, and 14 / 20 = the stated 70.00%
            assertEquals(20.0, r.getDouble(8), EPS);
        }
        assertEquals(14 / 19.0, rows.get(4).getDouble(5), EPS); // 0.737
        assertEquals(14, rows.get(4).getInt(9), "the last month's survivors are the report's 持续在岗");
        assertTrue(rows.get(0).isNullAt(6) && rows.get(0).isNullAt(7), "no one joins or leaves in the first month");
        // 6 名社工新入职, 3 名社工调入: the 9 who joined after August
        long joined = 0;
        for (Row r : rows.subList(1, 5)) joined += r.getLong(6);
        assertEquals(9, joined);
        // headcount moves by joiners minus leavers
        for (int i = 1; i < 5; i++) {
            assertEquals(rows.get(i).getLong(2), rows.get(i - 1).getLong(2) + rows.get(i).getLong(6) - rows.get(i).getLong(7));
        }
        // 000 is the only seed with a staffing annex
        assertEquals(1L, sql("SELECT count(DISTINCT report_id) FROM bench_staff_survival").get(0).getLong(0));
    }

    @Test
    void partyBuildingConcerns() {
        // 000 需要关注 (1) 签订的党建共建协议仅有 1 份 (荔湾区); 003 党建工作方面, 社工站尚未建立项目党组织 (番禺区);
        // 004 第三方: 建议社工站推动、落实党支部建设的工作, 购买方: 建议社工站推动党支部组建工作 (白云区)
        List<Row> rows = sql("""
                SELECT party, district, items, reports, district_reports, district_share FROM bench_finding_themes
                WHERE theme = 'party_building' AND polarity = 'concern' ORDER BY district, party""");
        assertEquals(List.of("third_party 番禺区 1", "purchaser 白云区 1", "third_party 白云区 1", "third_party 荔湾区 1"),
                rows.stream().map(r -> r.getString(0) + " " + r.getString(1) + " " + r.getLong(2)).toList());
        for (Row r : rows) {
            assertEquals(1L, r.getLong(4), "one report with findings in each of these districts");
            assertEquals(1.0, r.getDouble(5), EPS);
        }
        // 001 (越秀区) praises its party work (在党建引领工作方面能积极联系辖内机团) and raises no party concern
        assertEquals(0, sql("""
                SELECT * FROM bench_finding_themes WHERE theme = 'party_building' AND polarity = 'concern'
                AND district = '越秀区'""").size());
        assertEquals(1L, sql("""
                SELECT items FROM bench_finding_themes WHERE theme = 'party_building' AND polarity = 'positive'
                AND district = '越秀区' AND party = 'purchaser'""").get(0).getLong(0));
    }

    @Test
    void themeCountsAreWhatAQueryOverFindingGives() {
        // the query the README documents for following a theme to its texts, counted
        List<Row> diff = sql("""
                WITH direct AS (
                  SELECT t.theme, f.polarity, f.party, count(*) AS items, count(DISTINCT f.report_id) AS reports
                  FROM finding f LATERAL VIEW explode(f.themes) t AS theme
                  GROUP BY t.theme, f.polarity, f.party),
                bench AS (
                  SELECT theme, polarity, party, sum(items) AS items, sum(reports) AS reports
                  FROM bench_finding_themes GROUP BY theme, polarity, party)
                SELECT * FROM direct FULL OUTER JOIN bench USING (theme, polarity, party)
                WHERE NOT (direct.items <=> bench.items AND direct.reports <=> bench.reports)""");
        assertEquals(List.of(), diff);
        assertTrue(sql("SELECT DISTINCT theme FROM bench_finding_themes").size() >= 15);
        // 002 (绩效评价) has no 值得肯定 / 需要关注 sections: 4 reports with findings, one per district
        assertEquals(4L, sql("SELECT sum(district_reports) FROM (SELECT DISTINCT district, district_reports"
                + " FROM bench_finding_themes)").get(0).getLong(0));
    }

    @Test
    void chartsOfSurvivalAndConcerns() throws Exception {
        for (String name : List.of("staff_survival", "staff_headcount", "finding_concerns", "finding_heatmap")) {
            for (String ext : List.of("png", "svg")) {
                Path f = SeedsLake.OUT.resolve("charts").resolve(name + "." + ext);
                assertTrue(Files.size(f) > 5000, f + " is written");
            }
        }
    }
}
