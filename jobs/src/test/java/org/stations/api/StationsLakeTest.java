package org.stations.api;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.stations.SeedsLake;
import org.stations.SparkTestBase;
import org.stations.chart.TableChart;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.Table;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The lake as Tablesaw tables, over the five real seeds. */
class StationsLakeTest extends SparkTestBase {
    static StationsLake lake;

    @BeforeAll
    static void open() {
        SeedsLake.use(spark());
        lake = StationsLake.open(spark(), SeedsLake.LAKE.toString(), SeedsLake.OUT.toString());
    }

    @Test
    void aLakeTableWithChineseAndDates() {
        Table report = lake.table("report");
        assertEquals(5, report.rowCount());
        assertEquals(ColumnType.LOCAL_DATE, report.column("evaluation_date").type());
        assertEquals(ColumnType.DOUBLE, report.column("total_score").type());
        Table jinhua = report.where(report.stringColumn("station").isEqualTo("金花街"));
        assertEquals(1, jinhua.rowCount());
        // 000: 2025年1月20日现场评估, 荔湾区, 以上四项总得分：85.52 分
        assertEquals(LocalDate.of(2025, 1, 20), jinhua.dateColumn("evaluation_date").get(0));
        assertEquals("荔湾区", jinhua.stringColumn("district").get(0));
        assertEquals(85.52, jinhua.doubleColumn("total_score").get(0), 1e-9);
    }

    @Test
    void arraysAsTextAndQueriesRunInSpark() {
        Table t = lake.sql("""
                SELECT f.seq, f.themes FROM finding f JOIN report r USING (report_id)
                WHERE r.station = '金花街' AND f.party = 'third_party' AND f.polarity = 'concern' AND f.seq = 1""");
        // 000 需要关注 (1): 7名社工提前解除劳动合同 … 稳岗率为70.00%
        assertEquals(ColumnType.STRING, t.column("themes").type());
        assertTrue(t.stringColumn("themes").get(0).startsWith("[staff_stability"), t.stringColumn("themes").get(0));
        assertEquals(ColumnType.INTEGER, t.column("seq").type());
        Table counted = lake.sql("SELECT count(*) AS n FROM report");
        assertEquals(ColumnType.LONG, counted.column("n").type());
        assertEquals(5L, counted.longColumn("n").get(0));
    }

    @Test
    void codesAsChineseLabelsInSql() {
        // 000 需要关注 of 第三方, item 3: 「社工站党支部与辖内12家企业的党支部建立了合作关系,…」 → party_building
        Table t = lake.sql("""
                SELECT party_label(f.party) AS party, polarity_label(f.polarity) AS polarity,
                       concat_ws('、', transform(f.themes, x -> theme_label(x))) AS themes,
                       report_type_label(r.report_type) AS type, party_label('area:片区一') AS area, theme_label(NULL) AS none
                FROM finding f JOIN report r USING (report_id)
                WHERE r.station = '金花街' AND f.party = 'third_party' AND f.polarity = 'concern' AND f.seq = 3""");
        assertEquals("第三方", t.stringColumn("party").get(0));
        assertEquals("需要关注", t.stringColumn("polarity").get(0));
        assertEquals("党建", t.stringColumn("themes").get(0));
        assertEquals("中期评估", t.stringColumn("type").get(0));
        assertEquals("片区一", t.stringColumn("area").get(0));
        assertTrue(t.stringColumn("none").isMissing(0));
        assertEquals("远超 (≥ 3 倍进度, 指标或定得过低)", CodeLabels.status("far_over"));
        assertEquals("建档", CodeLabels.indicator("archive", "困难群众和特殊群体建档"));
    }

    @Test
    void benchmarkTablesByEitherName() {
        Table survival = lake.table("staff_survival");
        assertEquals(5, survival.rowCount());
        assertEquals(lake.table("bench_staff_survival").rowCount(), survival.rowCount());
        assertTrue(lake.tables().contains("bench_finding_themes"));
        assertTrue(lake.tables().contains("staff_month"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> lake.table("nope"));
        assertTrue(e.getMessage().startsWith("no table nope"));
    }

    @Test
    void aChartOfATableInTheProjectsStyle() throws Exception {
        Table t = lake.sql("SELECT month_index, survival * 100 AS pct, station FROM bench_staff_survival ORDER BY month");
        TableChart c = TableChart.lines(t, "month_index", "pct", "station", "留存曲线", "月", "%").line(80, "稳岗率要求 80%");
        BufferedImage img = c.image();
        assertTrue(img.getWidth() >= 1000 && img.getHeight() > 560);
        var files = c.save(SeedsLake.DIR.resolve("api-charts"), "survival");
        assertTrue(Files.size(files.get(0)) > 5000);
        String html = Html.of(lake.sql("SELECT station, district FROM report ORDER BY station"));
        assertTrue(html.contains("<td>金花街</td>") && html.contains("5 行 rows"), html);
    }
}
