package org.stations.chart;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.knowm.xchart.HeatMapChart;
import org.knowm.xchart.style.Styler;
import org.stations.model.Codes;
import org.stations.model.Party;

import java.awt.Color;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** What evaluators ask stations to attend to (需要关注), across the city and by district. */
final class FindingCharts {
    /** The concerns a chart shows: beyond fifteen the rare ones are single items. */
    static final int MAX_THEMES = 15;

    /** Bars stacked by who wrote the item; 片区 sections (area:…) are one group. */
    static final List<String> PARTY_GROUPS = List.of(Party.THIRD_PARTY.code, Party.PURCHASER.code,
            Party.SUPERVISION_CENTER.code, Party.SUPERVISOR.code, "area");

    private FindingCharts() {}

    static List<Path> renderAll(SparkSession spark, Path dir) throws IOException {
        // the concerns most reports raise, whoever wrote them: the rows of both charts
        spark.sql("""
                SELECT theme, sum(items) AS items FROM bench_finding_themes WHERE polarity = 'concern' GROUP BY theme
                """).createOrReplaceTempView("chart_concern_items");
        spark.sql("""
                SELECT f.theme, count(DISTINCT f.report_id) AS reports, max(i.items) AS items
                FROM (SELECT report_id, explode(themes) AS theme FROM finding WHERE polarity = 'concern') f
                JOIN chart_concern_items i ON i.theme = f.theme
                GROUP BY f.theme ORDER BY reports DESC, items DESC, f.theme LIMIT %d
                """.formatted(MAX_THEMES)).createOrReplaceTempView("chart_top_concerns");
        List<Path> files = new ArrayList<>();
        if (spark.table("chart_top_concerns").isEmpty()) return files; // no report in the lake raises a concern
        files.addAll(concerns(spark, dir));
        files.addAll(concernHeatMap(spark, dir));
        return files;
    }

    static List<Path> concerns(SparkSession spark, Path dir) throws IOException {
        List<Row> themes = spark.sql("SELECT theme, reports FROM chart_top_concerns ORDER BY reports DESC, items DESC, theme")
                .collectAsList();
        List<Row> cells = spark.sql("""
                SELECT b.theme, CASE WHEN b.party LIKE 'area:%' THEN 'area' ELSE b.party END AS party_group, sum(b.items)
                FROM bench_finding_themes b JOIN chart_top_concerns t ON t.theme = b.theme
                WHERE b.polarity = 'concern'
                GROUP BY 1, 2""").collectAsList();
        List<String> rows = new ArrayList<>();
        List<String> codes = new ArrayList<>();
        for (Row t : themes) {
            codes.add(t.getString(0));
            rows.add(Codes.theme(t.getString(0)) + " (" + t.getLong(1) + " 份报告)");
        }
        List<Double[]> values = new ArrayList<>();
        for (int p = 0; p < PARTY_GROUPS.size(); p++) values.add(new Double[rows.size()]);
        for (Row c : cells) {
            int p = PARTY_GROUPS.indexOf(c.getString(1));
            if (p >= 0) values.get(p)[codes.indexOf(c.getString(0))] = (double) c.getLong(2);
        }
        List<String> names = new ArrayList<>();
        List<Color> colours = new ArrayList<>();
        for (int p = 0; p < PARTY_GROUPS.size(); p++) {
            String g = PARTY_GROUPS.get(p);
            names.add(groupName(g));
            colours.add(ChartStyle.series(p));
        }
        RowBarChart chart = new RowBarChart("全市评估报告中最常见的\"需要关注\"主题 (按提出方, 条数)", "需要关注的条目数",
                "主题 (括号内: 提出该主题的报告数)", rows, names, colours, values, 1100);
        long[] counts = BenchCharts.reportCounts(spark, "finding");
        return ChartWriter.write(chart, dir, "finding_concerns", Labels.sourceNote(counts[0], counts[1])
                + "; 一条意见可属多个主题", List.of());
    }

    /** The group of {@link #PARTY_GROUPS} a finding.party is in. */
    static String group(String party) { return party != null && party.startsWith("area:") ? "area" : party; }

    /** A group's name in a legend. */
    static String groupName(String group) { return group.equals("area") ? "分片区评估意见" : Party.of(group).label; }

    static List<Path> concernHeatMap(SparkSession spark, Path dir) throws IOException {
        // the share of a district's reports with findings that raise the theme as a concern, by any party
        List<Row> cells = spark.sql("""
                WITH f AS (SELECT f.report_id, coalesce(r.district, '区未注明') AS district, f.polarity, f.themes
                           FROM finding f JOIN report r ON r.report_id = f.report_id),
                d AS (SELECT district, count(DISTINCT report_id) AS reports FROM f GROUP BY district)
                SELECT d.district, d.reports, t.theme,
                       count(DISTINCT CASE WHEN f.polarity = 'concern' AND array_contains(f.themes, t.theme)
                                           THEN f.report_id END) / d.reports AS share
                FROM d JOIN f ON f.district = d.district CROSS JOIN chart_top_concerns t
                GROUP BY d.district, d.reports, t.theme
                """).collectAsList();
        List<String> themes = spark.sql("SELECT theme FROM chart_top_concerns ORDER BY reports DESC, items DESC, theme")
                .collectAsList().stream().map(r -> r.getString(0)).toList();
        List<String> districts = cells.stream().map(r -> r.getString(0) + " (" + r.getLong(1) + ")").distinct().sorted().toList();
        List<Number[]> heat = new ArrayList<>();
        for (Row c : cells) {
            heat.add(new Number[]{themes.indexOf(c.getString(2)),
                    districts.indexOf(c.getString(0) + " (" + c.getLong(1) + ")"), Math.round(c.getDouble(3) * 100)});
        }
        List<String> xLabels = themes.stream().map(Codes::theme).toList();
        HeatMapChart chart = new HeatMapChart(Math.max(900, 260 + 70 * xLabels.size()),
                Math.max(520, 40 * districts.size() + 380), Styler.ChartTheme.XChart);
        chart.setTitle("各区报告提出各\"需要关注\"主题的比例 (%)");
        chart.setXAxisTitle("需要关注的主题 (全市最常见者)");
        chart.setYAxisTitle("区 (括号内: 有评估意见的报告数)");
        var st = chart.getStyler();
        ChartStyle.common(st, 12);
        st.setXAxisLabelRotation(45);
        st.setRangeColors(new Color[]{new Color(247, 251, 255), new Color(107, 174, 214), new Color(33, 113, 181)});
        st.setMin(0);
        st.setMax(100);
        st.setShowValue(true);
        st.setDrawBorder(true);
        st.setLegendPosition(Styler.LegendPosition.OutsideE);
        chart.addSeries("比例 (%)", xLabels, districts, heat);
        long[] counts = BenchCharts.reportCounts(spark, "finding");
        return ChartWriter.write(chart, dir, "finding_heatmap", Labels.sourceNote(counts[0], counts[1])
                + "; 格中数字: 该区有评估意见的报告中提出该主题的百分比", List.of());
    }
}
