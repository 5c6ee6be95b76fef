package org.stations.bench;

import org.stations.chart.BenchWithCharts;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.stations.SparkTestBase;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The benchmarks over four real reports; expected figures worked out by hand from the seed text. */
class BenchJobTest extends SparkTestBase {
    private static final double EPS = 1e-9;

    /** Under target/ rather than a temp dir, so the charts stay to be looked at after the run. */
    static final Path DIR = Path.of("target", "bench-test");
    static Path out;
    static BenchWithCharts.Result result;

    @BeforeAll
    static void runJob() throws Exception {
        org.apache.commons.io.FileUtils.deleteDirectory(DIR.toFile());
        String lake = DIR.resolve("lake").toString();
        SeedLake.write(spark(), lake);
        out = DIR.resolve("out");
        result = BenchWithCharts.run(spark(), lake, out.toString());
        for (String t : result.tables()) {
            spark().read().parquet(out.resolve("bench").resolve(t).toString()).createOrReplaceTempView("t_" + t);
        }
    }

    private static Row one(String q) {
        List<Row> rows = sql(q);
        assertEquals(1, rows.size(), q);
        return rows.get(0);
    }

    @Test
    void retentionBelowThresholdAndCityRank() {
        Row jinhua = one("SELECT retention_rate, below_threshold, city_rank FROM t_retention WHERE station = '金花街'");
        assertEquals(0.70, jinhua.getDouble(0), EPS);
        assertTrue(jinhua.getBoolean(1));
        Row yuncheng = one("SELECT retention_rate, below_threshold, city_rank FROM t_retention WHERE station = '云城街'");
        assertEquals(0.85, yuncheng.getDouble(0), EPS);
        assertFalse(yuncheng.getBoolean(1));
        // 云城街 85% > 金花街 70% > 流花街 65%; 市桥街东西片 states no rate and has no rank
        assertEquals(1, yuncheng.getInt(2));
        assertEquals(2, jinhua.getInt(2));
        assertEquals(3, one("SELECT city_rank FROM t_retention WHERE station = '流花街'").getInt(0));
        Row shiqiao = one("SELECT retention_rate, below_threshold, city_rank FROM t_retention WHERE station = '市桥街东西片'");
        assertTrue(shiqiao.isNullAt(0) && shiqiao.isNullAt(1) && shiqiao.isNullAt(2));
    }

    @Test
    void retentionByDistrict() {
        Row liwan = one("SELECT reports, min, p25, median, p75, max, share_below_threshold"
                + " FROM t_retention_by_district WHERE district = '荔湾区'");
        assertEquals(1L, liwan.getLong(0));
        for (int i = 1; i <= 5; i++) assertEquals(0.70, liwan.getDouble(i), EPS);
        assertEquals(1.0, liwan.getDouble(6), EPS);
        Row baiyun = one("SELECT median, share_below_threshold FROM t_retention_by_district WHERE district = '白云区'");
        assertEquals(0.85, baiyun.getDouble(0), EPS);
        assertEquals(0.0, baiyun.getDouble(1), EPS);
        // 番禺区's only report states no rate: the district has no retention row
        assertEquals(0, sql("SELECT * FROM t_retention_by_district WHERE district = '番禺区'").size());
        assertEquals(3, sql("SELECT * FROM t_retention_by_district").size());
    }

    @Test
    void completionStatusAgainstPace() {
        Row archive = one("SELECT target, actual, completion, pace, status FROM t_completion"
                + " WHERE station = '金花街' AND indicator = 'archive'"); // the 片区1 row is not station level
        assertEquals(100.0, archive.getDouble(0), EPS);
        assertEquals(1788.0, archive.getDouble(1), EPS);
        assertEquals(17.88, archive.getDouble(2), EPS);
        assertEquals(5.0 / 12, archive.getDouble(3), EPS);
        assertEquals("far_over", archive.getString(4));
        // at pace 5/12: 电访 190.55% ≥ 3 × pace; 探访 114.78% ≥ 1.5 × pace; 接案 50% ≥ pace; 结案 22% < pace
        assertEquals("far_over", status("金花街", "phone_visits"));
        assertEquals("over", status("金花街", "home_visits"));
        assertEquals("met", status("金花街", "case_intake"));
        assertEquals("under", status("金花街", "case_closed"));
        assertEquals("over", status("金花街", "small_event_count"));
        // 末期 reports are on pace at 1.0: 106.46% met, 230% over, 459.57% far over
        assertEquals("met", status("流花街", "archive"));
        assertEquals(1.0, one("SELECT pace FROM t_completion WHERE station = '流花街' AND indicator = 'archive'")
                .getDouble(0), EPS);
        assertEquals("over", status("流花街", "large_event_attendance"));
        assertEquals("far_over", status("云城街", "large_event_attendance"));
        assertEquals("met", status("云城街", "home_visits"));
        // 市桥街东西片 中期 5 months: 小组 60% met (< 62.5%), 社区活动 64.41% over
        assertEquals("met", status("市桥街东西片", "group_count"));
        assertEquals("over", status("市桥街东西片", "community_event_count"));
        assertEquals(12, sql("SELECT * FROM t_completion").size());
    }

    private static String status(String station, String indicator) {
        return one("SELECT status FROM t_completion WHERE station = '%s' AND indicator = '%s'"
                .formatted(station, indicator)).getString(0);
    }

    @Test
    void partyShareAgainstCityMean() {
        Row jinhua = one("SELECT score, max_score, share FROM t_party_share WHERE station = '金花街' AND party = 'purchaser'");
        assertEquals(20.0, jinhua.getDouble(0), EPS);
        assertEquals(20.0, jinhua.getDouble(1), EPS);
        assertEquals(1.0, jinhua.getDouble(2), EPS);
        Row liuhua = one("SELECT share, share_vs_city FROM t_party_share WHERE station = '流花街' AND party = 'purchaser'");
        assertEquals(0.9, liuhua.getDouble(0), EPS);
        assertEquals(0.9 - (1.0 + 0.9 + 1.0) / 3, liuhua.getDouble(1), EPS); // ≈ −0.067
        Row third = one("SELECT share FROM t_party_share WHERE station = '市桥街东西片' AND party = 'third_party'");
        assertEquals(46.31 / 55, third.getDouble(0), EPS);
        // 云城街 prints no points: no party rows
        assertEquals(12, sql("SELECT * FROM t_party_share").size());
    }

    @Test
    void districtSummary() {
        Row liwan = one("SELECT reports, median_total_score, grade_good, grade_excellent, median_retention,"
                + " share_indicators_under_pace, mean_share_purchaser, mean_share_supervisor FROM t_district"
                + " WHERE district = '荔湾区'");
        assertEquals(1L, liwan.getLong(0));
        assertEquals(85.52, liwan.getDouble(1), EPS);
        assertEquals(1L, liwan.getLong(2));
        assertEquals(0L, liwan.getLong(3));
        assertEquals(0.70, liwan.getDouble(4), EPS);
        assertEquals(1.0 / 6, liwan.getDouble(5), EPS); // 结案 is the one of six indicators behind pace
        assertEquals(1.0, liwan.getDouble(6), EPS);
        assertEquals(0.837, liwan.getDouble(7), EPS);
        Row baiyun = one("SELECT median_total_score, grade_good, share_indicators_under_pace, mean_share_purchaser"
                + " FROM t_district WHERE district = '白云区'");
        assertTrue(baiyun.isNullAt(0));
        assertEquals(1L, baiyun.getLong(1));
        assertEquals(0.0, baiyun.getDouble(2), EPS);
        assertTrue(baiyun.isNullAt(3));
    }

    @Test
    void stationTrendOfASingleReport() {
        Row jinhua = one("SELECT reports, first_total_score, last_total_score, total_score_delta,"
                + " first_median_completion, first_report_type FROM t_station_trend WHERE station = '金花街'");
        assertEquals(1L, jinhua.getLong(0));
        assertEquals(85.52, jinhua.getDouble(1), EPS);
        assertEquals(85.52, jinhua.getDouble(2), EPS);
        assertTrue(jinhua.isNullAt(3), "no delta from one report");
        // median of 0.22, 0.5, 0.675, 1.1478, 1.9055, 17.88 = (0.675 + 1033/900) / 2
        assertEquals((0.675 + 1033.0 / 900) / 2, jinhua.getDouble(4), EPS);
        assertEquals("midterm", jinhua.getString(5));
    }

    @Test
    void leniencyOfThePurchaser() {
        Row purchaser = one("SELECT n, mean, median, full_marks_share FROM t_leniency WHERE party = 'purchaser'");
        assertEquals(3L, purchaser.getLong(0));
        assertEquals((1.0 + 0.9 + 1.0) / 3, purchaser.getDouble(1), EPS);
        assertEquals(1.0, purchaser.getDouble(2), EPS);
        assertEquals(2.0 / 3, purchaser.getDouble(3), EPS);
        Row gap = one("SELECT others_mean_share, gap_vs_others FROM t_leniency_by_report"
                + " WHERE station = '金花街' AND party = 'purchaser'");
        double others = (8.37 / 10 + 12.85 / 15 + 44.30 / 55) / 3; // ≈ 0.8334
        assertEquals(others, gap.getDouble(0), EPS);
        assertEquals(1.0 - others, gap.getDouble(1), EPS);
        assertEquals(0.0, one("SELECT full_marks_share FROM t_leniency WHERE party = 'third_party'").getDouble(0), EPS);
    }

    @Test
    void benchOnALakeWithoutReportsFailsWithOneLine() {
        java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
        java.io.PrintStream saved = System.err;
        int status;
        try {
            System.setErr(new java.io.PrintStream(err, true, java.nio.charset.StandardCharsets.UTF_8));
            status = org.stations.cli.Main.run("bench", "--lake", DIR.resolve("no-lake").toString(),
                    "--out", DIR.resolve("no-out").toString(), "--master", "local[2]");
        } finally {
            System.setErr(saved);
        }
        String message = err.toString(java.nio.charset.StandardCharsets.UTF_8).strip();
        assertTrue(status != 0);
        assertTrue(message.startsWith("stations: no report table in lake"), message);
        assertEquals(1, message.lines().count(), message);
    }

    @Test
    void chartsAreWrittenAsPngAndSvg() throws Exception {
        for (String name : List.of("retention", "completion_heatmap", "completion_by_indicator", "score_breakdown",
                "leniency", "district")) {
            for (String ext : List.of("png", "svg")) {
                Path f = out.resolve("charts").resolve(name + "." + ext);
                assertTrue(Files.size(f) > 1000, f + " is written and not empty");
                assertTrue(result.charts().contains(f), f + " is reported");
            }
        }
        byte[] png = Files.readAllBytes(out.resolve("charts/retention.png"));
        assertEquals((byte) 0x89, png[0]);
        assertEquals('P', png[1]);
        assertTrue(Files.readString(out.resolve("charts/retention.svg")).contains("<svg"));
    }
}
