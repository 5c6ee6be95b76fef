package org.stations.chart;

import org.stations.model.Grade;
import org.stations.model.Pace;
import org.stations.model.Party;
import org.stations.model.ReportDate;
import org.stations.model.Requirements;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.knowm.xchart.AnnotationLine;
import org.knowm.xchart.AnnotationText;
import org.knowm.xchart.BoxChart;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.HeatMapChart;
import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.style.BoxStyler;
import org.knowm.xchart.style.Styler;
import org.stations.model.IndicatorVocabulary;

import java.awt.BasicStroke;
import java.awt.Color;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Draws the benchmark charts from the views bench_&lt;name&gt; and the lake views. Only the rows a
 * chart draws reach the driver: one per station, party or district.
 */
public final class BenchCharts {
    /** Status colours, from behind pace to far over it. */
    static final Map<String, Color> STATUS_COLOURS = new LinkedHashMap<>();
    static {
        STATUS_COLOURS.put(Pace.Status.UNDER.code, new Color(213, 94, 0));
        STATUS_COLOURS.put(Pace.Status.MET.code, new Color(0, 158, 115));
        STATUS_COLOURS.put(Pace.Status.OVER.code, new Color(86, 180, 233));
        STATUS_COLOURS.put(Pace.Status.FAR_OVER.code, new Color(0, 70, 140));
    }

    /** The latest report of each station, which the per-station charts show. */
    private static final String LATEST = """
            SELECT report_id, station, district, synthetic FROM (
              SELECT r.*, row_number() OVER (PARTITION BY district, station ORDER BY
                %s DESC NULLS LAST,
                %s DESC, report_id) AS k
              FROM report r) WHERE k = 1
            """.formatted(ReportDate.sql("r"), ReportDate.typeOrderSql("r"));

    private BenchCharts() {}

    public static List<Path> renderAll(SparkSession spark, Path dir) throws IOException {
        spark.sql(LATEST).createOrReplaceTempView("chart_latest_report");
        List<Path> files = new ArrayList<>();
        files.addAll(retention(spark, dir));
        files.addAll(completionHeatMap(spark, dir));
        files.addAll(completionByIndicator(spark, dir));
        files.addAll(scoreBreakdown(spark, dir));
        files.addAll(leniency(spark, dir));
        files.addAll(district(spark, dir));
        files.addAll(StaffCharts.renderAll(spark, dir));
        files.addAll(FindingCharts.renderAll(spark, dir));
        return files;
    }

    static List<Path> retention(SparkSession spark, Path dir) throws IOException {
        String from = """
                FROM bench_retention t JOIN chart_latest_report l ON l.report_id = t.report_id
                WHERE t.retention_rate IS NOT NULL""";
        List<Row> rows = spark.sql("""
                SELECT * FROM (
                  SELECT t.station, coalesce(t.district, '区未注明') AS district, t.retention_rate, l.synthetic %s
                  ORDER BY t.retention_rate, t.station LIMIT %d)
                ORDER BY district, retention_rate DESC, station
                """.formatted(from, MAX_STATIONS)).collectAsList();
        long stations = spark.sql("SELECT count(*) " + from).first().getLong(0);
        List<String> districts = new ArrayList<>();
        for (Row r : rows) if (!districts.contains(r.getString(1))) districts.add(r.getString(1));
        List<String> labels = new ArrayList<>();
        List<Double[]> values = new ArrayList<>();
        List<Color> colours = new ArrayList<>();
        for (int d = 0; d < districts.size(); d++) {
            values.add(new Double[rows.size()]);
            colours.add(ChartStyle.series(d));
        }
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            labels.add(r.getString(0) + " · " + r.getString(1));
            values.get(districts.indexOf(r.getString(1)))[i] = r.getDouble(2) * 100;
        }
        RowBarChart chart = new RowBarChart("各社工站稳岗率 (按区分组, 各站最新一份报告)" + shown(rows.size(), stations, "稳岗率最低"),
                "稳岗率 (%)", "社工站 · 所在区",
                labels, districts, colours, values, 1200);
        chart.getStyler().setXAxisMax(100.0);
        threshold(chart, Requirements.RETENTION * 100, "要求 ≥ " + Requirements.RETENTION_PERCENT, rows.size() + 0.5);
        return ChartWriter.write(chart, dir, "retention", note(rows, 3), List.of());
    }

    static List<Path> scoreBreakdown(SparkSession spark, Path dir) throws IOException {
        StringBuilder cols = new StringBuilder();
        for (Party p : Party.values()) {
            cols.append(", max(CASE WHEN s.party = '%s' THEN s.score END) AS %s".formatted(p.code, p.code));
        }
        String scored = """
                SELECT l.station, coalesce(l.district, '区未注明') AS district, max(l.synthetic) AS synthetic,
                       sum(s.score) AS total %s
                FROM bench_party_share s JOIN chart_latest_report l ON l.report_id = s.report_id
                GROUP BY l.report_id, l.station, l.district""".formatted(cols);
        List<Row> rows = spark.sql("SELECT * FROM (%s ORDER BY total, station LIMIT %d) ORDER BY total DESC, station"
                .formatted(scored, MAX_STATIONS)).collectAsList();
        long stations = spark.sql("SELECT count(*) FROM (" + scored + ")").first().getLong(0);
        List<String> labels = new ArrayList<>();
        for (Row r : rows) labels.add(r.getString(0) + " · " + r.getString(1));
        List<String> names = new ArrayList<>();
        List<Color> colours = new ArrayList<>();
        List<Double[]> values = new ArrayList<>();
        Party[] order = {Party.THIRD_PARTY, Party.PURCHASER, Party.SUPERVISION_CENTER, Party.SUPERVISOR};
        for (int p = 0; p < order.length; p++) {
            names.add(order[p].label + " (满分 " + (int) order[p].maxScore + ")");
            colours.add(ChartStyle.series(p));
            Double[] v = new Double[rows.size()];
            int col = 4 + order[p].ordinal();
            for (int i = 0; i < rows.size(); i++) v[i] = rows.get(i).isNullAt(col) ? null : rows.get(i).getDouble(col);
            values.add(v);
        }
        RowBarChart chart = new RowBarChart("四方评估得分构成 (按总分排序, 各站最新一份报告)" + shown(rows.size(), stations, "总分最低"),
                "得分 (分, 满分 100)",
                "社工站 · 所在区", labels, names, colours, values, 1200);
        chart.getStyler().setXAxisMax(100.0);
        double top = rows.size() + 0.5;
        for (Grade g : List.of(Grade.PASS, Grade.GOOD, Grade.EXCELLENT)) {
            threshold(chart, g.from, g.label + " " + (int) g.from, top);
        }
        return ChartWriter.write(chart, dir, "score_breakdown", note(rows, 2), List.of());
    }

    /** The completion charts show the indicators the contract names; a report's other rows stay in bench_completion. */
    private static final String CONTRACT_INDICATORS = String.join(", ",
            IndicatorVocabulary.CONTRACT_CODES.stream().map(c -> "'" + c + "'").toList());

    static List<Path> completionHeatMap(SparkSession spark, Path dir) throws IOException {
        // one cell per station and indicator; a report split into sub-periods shows its whole-year row if any
        spark.sql("""
                SELECT l.station, coalesce(l.district, '区未注明') AS district, c.indicator, max(c.label) AS label,
                       max_by(c.status, c.period_label IS NULL) AS status, max(l.synthetic) AS synthetic, l.report_id
                FROM bench_completion c JOIN chart_latest_report l ON l.report_id = c.report_id
                WHERE c.status IS NOT NULL AND c.indicator IN (%s)
                GROUP BY l.report_id, l.station, l.district, c.indicator
                """.formatted(CONTRACT_INDICATORS)).createOrReplaceTempView("chart_completion_cells");
        // the stations with the most indicators off pace (under, or far over: a target likely set wrong)
        List<Row> rows = spark.sql("""
                SELECT c.* FROM chart_completion_cells c JOIN (
                  SELECT report_id FROM chart_completion_cells GROUP BY report_id
                  ORDER BY sum(CASE WHEN status IN ('under', 'far_over') THEN 1 ELSE 0 END) DESC, min(station), report_id
                  LIMIT %d) USING (report_id)
                ORDER BY district, station
                """.formatted(MAX_STATIONS)).select("station", "district", "indicator", "label", "status", "synthetic",
                "report_id").collectAsList();
        long shownStations = rows.stream().map(r -> r.getString(6)).distinct().count();
        long allStations = spark.sql("SELECT count(DISTINCT report_id) FROM chart_completion_cells").first().getLong(0);
        List<String> stations = new ArrayList<>();
        List<String> indicators = new ArrayList<>();
        Map<String, String> indicatorLabels = new LinkedHashMap<>();
        for (Row r : rows) {
            String s = r.getString(0) + " · " + r.getString(1);
            if (!stations.contains(s)) stations.add(s);
            indicatorLabels.putIfAbsent(r.getString(2), Labels.indicator(r.getString(2), r.getString(3)));
        }
        indicators.addAll(orderIndicators(indicatorLabels.keySet()));
        List<String> statuses = new ArrayList<>(STATUS_COLOURS.keySet());
        List<Number[]> cells = new ArrayList<>();
        for (Row r : rows) {
            int x = indicators.indexOf(r.getString(2));
            // stations top to bottom: the heat map's y axis grows upwards
            int y = stations.size() - 1 - stations.indexOf(r.getString(0) + " · " + r.getString(1));
            cells.add(new Number[]{x, y, statuses.indexOf(r.getString(4))});
        }
        List<String> xLabels = new ArrayList<>();
        for (String code : indicators) xLabels.add(indicatorLabels.get(code));
        List<String> yLabels = new ArrayList<>(stations);
        java.util.Collections.reverse(yLabels);

        HeatMapChart chart = new HeatMapChart(Math.max(900, 260 + 62 * xLabels.size()),
                Math.max(560, 22 * yLabels.size() + 330), Styler.ChartTheme.XChart); // the theme sets its colour defaults
        chart.setTitle("服务指标完成进度 (各站最新一份报告; 中期按考核月数/12 折算进度)"
                + shown(shownStations, allStations, "未达进度或远超进度指标最多"));
        chart.setXAxisTitle("服务指标");
        chart.setYAxisTitle("社工站 · 所在区");
        var st = chart.getStyler();
        ChartStyle.common(st, 12);
        st.setLegendVisible(false);
        st.setPlotContentSize(0.99); // the default margin is tall blank bands on a chart of 176 rows
        st.setXAxisLabelRotation(45);
        st.setRangeColors(STATUS_COLOURS.values().toArray(new Color[0]));
        st.setMin(0);
        st.setMax(statuses.size() - 1);
        st.setDrawBorder(true);
        st.setShowValue(false);
        chart.addSeries("完成进度", xLabels, yLabels, cells);
        List<ChartWriter.Swatch> legend = new ArrayList<>();
        for (String s : statuses) legend.add(new ChartWriter.Swatch(STATUS_COLOURS.get(s), Labels.status(s)));
        legend.add(new ChartWriter.Swatch(Color.WHITE, "空白 = 报告未给出"));
        return ChartWriter.write(chart, dir, "completion_heatmap", note(rows, 5, 6), legend);
    }

    static List<Path> completionByIndicator(SparkSession spark, Path dir) throws IOException {
        List<Row> rows = spark.sql("""
                SELECT c.indicator, max(c.label) AS label, %s AS ratios,
                       count(DISTINCT c.report_id) AS reports, count(DISTINCT CASE WHEN r.synthetic THEN c.report_id END) AS synthetic
                FROM bench_completion c JOIN report r ON r.report_id = c.report_id
                WHERE c.completion IS NOT NULL AND c.pace IS NOT NULL AND c.pace > 0 AND c.indicator IN (%s)
                GROUP BY c.indicator
                """.formatted(percentiles("c.completion / c.pace"), CONTRACT_INDICATORS)).collectAsList();
        Map<String, Row> byCode = new LinkedHashMap<>();
        for (Row r : rows) byCode.put(r.getString(0), r);
        BoxChart chart = boxChart(Math.max(900, 220 + 70 * rows.size()), 720, "各项服务指标完成率 ÷ 时间进度 (跨站分布, 对数刻度)",
                "服务指标", "完成率 ÷ 时间进度 (倍, 1 = 正好达到进度)");
        BoxStyler st = chart.getStyler();
        st.setYAxisLogarithmic(true);
        st.setXAxisLabelRotation(45);
        st.setAnnotationLineColor(ChartStyle.REFERENCE_LINE);
        st.setAnnotationLineStroke(new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 1f,
                new float[]{8f, 5f}, 0f));
        long reports = 0;
        long synthetic = 0;
        double min = 1;
        double max = 1;
        for (String code : orderIndicators(byCode.keySet())) {
            Row r = byCode.get(code);
            List<Double> ratios = new ArrayList<>();
            // a completion of 0 has no place on a log axis; drawn at 1% of pace
            for (Object v : r.getList(2)) ratios.add(Math.max(0.01, ((Number) v).doubleValue()));
            for (double v : ratios) { min = Math.min(min, v); max = Math.max(max, v); }
            chart.addSeries(Labels.indicator(code, r.getString(1)) + " (" + r.getLong(3) + ")", ratios)
                    .setFillColor(new Color(86, 180, 233, 170));
            reports = Math.max(reports, r.getLong(3));
            synthetic = Math.max(synthetic, r.getLong(4));
        }
        st.setYAxisMin(Math.min(0.5, min * 0.8));
        st.setYAxisMax(Math.max(4, max * 1.2));
        chart.addAnnotation(new AnnotationLine(1.0, false, false));
        chart.addAnnotation(new AnnotationLine(1.5, false, false));
        chart.addAnnotation(new AnnotationLine(3.0, false, false));
        chart.addAnnotation(new AnnotationText("时间进度", 0.75, 1.08, false));
        chart.addAnnotation(new AnnotationText("1.5 倍", 0.75, 1.62, false));
        chart.addAnnotation(new AnnotationText("3 倍进度", 0.75, 3.25, false));
        long allReports = spark.sql("SELECT count(DISTINCT report_id) FROM bench_completion WHERE completion IS NOT NULL")
                .first().getLong(0);
        long allSynthetic = spark.sql("""
                SELECT count(DISTINCT c.report_id) FROM bench_completion c JOIN report r ON r.report_id = c.report_id
                WHERE c.completion IS NOT NULL AND r.synthetic""").first().getLong(0);
        return ChartWriter.write(chart, dir, "completion_by_indicator",
                Labels.sourceNote(allReports, allSynthetic) + "; 括号内为站点报告数", List.of());
    }

    static List<Path> leniency(SparkSession spark, Path dir) throws IOException {
        List<Row> rows = spark.sql("""
                SELECT s.party, %s AS shares, l.full_marks_share, l.mean_gap_vs_others
                FROM bench_party_share s JOIN bench_leniency l ON l.party = s.party
                GROUP BY s.party, l.full_marks_share, l.mean_gap_vs_others
                """.formatted(percentiles("s.share * 100"))).collectAsList();
        Map<String, Row> byParty = new LinkedHashMap<>();
        for (Row r : rows) byParty.put(r.getString(0), r);
        BoxChart chart = boxChart(1000, 680, "评估方宽严: 各方得分率分布 (得分 ÷ 该方满分)",
                "评估方 (括号内: 给满分的报告占比, 得分率比同一报告其他三方平均高出的百分点)", "得分率 (%)");
        chart.getStyler().setYAxisMax(100.0);
        int i = 0;
        for (Party p : Party.values()) {
            Row r = byParty.get(p.code);
            if (r == null) continue;
            List<Double> shares = new ArrayList<>();
            for (Object v : r.getList(1)) shares.add(((Number) v).doubleValue());
            String name = "%s (满分 %.0f%%, %+.1f)".formatted(p.label, r.getDouble(2) * 100,
                    r.isNullAt(3) ? 0.0 : r.getDouble(3) * 100);
            chart.addSeries(name, shares).setFillColor(ChartStyle.series(i++));
        }
        long[] counts = reportCounts(spark, "bench_party_share");
        return ChartWriter.write(chart, dir, "leniency", Labels.sourceNote(counts[0], counts[1]), List.of());
    }

    static List<Path> district(SparkSession spark, Path dir) throws IOException {
        List<Row> rows = spark.sql("""
                SELECT coalesce(district, '区未注明') AS district, reports, median_total_score,
                       median_retention * 100, share_indicators_under_pace * 100
                FROM bench_district ORDER BY district
                """).collectAsList();
        List<String> districts = new ArrayList<>();
        for (Row r : rows) districts.add(r.getString(0) + " (" + r.getLong(1) + ")");
        CategoryChart chart = new CategoryChart(Math.max(900, 200 + 110 * rows.size()), 640);
        chart.setTitle("各区对比: 总分中位数、稳岗率中位数、未达进度指标占比");
        chart.setXAxisTitle("区 (括号内为报告数)");
        chart.setYAxisTitle("分 (满分 100) / %");
        var st = chart.getStyler();
        ChartStyle.common(st, 13);
        st.setLegendPosition(Styler.LegendPosition.OutsideS);
        st.setLegendLayout(Styler.LegendLayout.Horizontal);
        st.setYAxisMin(0.0);
        st.setYAxisMax(100.0);
        st.setLabelsVisible(true);
        st.setLabelsFontColorAutomaticEnabled(false);
        st.setLabelsFontColor(Color.BLACK);
        st.setLabelsPosition(1.0);
        st.setLabelsRotation(0);
        st.setDefaultSeriesRenderStyle(org.knowm.xchart.CategorySeries.CategorySeriesRenderStyle.Bar);
        String[] names = {"总分中位数 (分)", "稳岗率中位数 (%)", "未达进度指标占比 (%)"};
        for (int s = 0; s < names.length; s++) {
            List<Double> v = new ArrayList<>();
            for (Row r : rows) v.add(r.isNullAt(2 + s) ? null : Math.round(r.getDouble(2 + s) * 10) / 10.0);
            chart.addSeries(names[s], districts, v).setFillColor(ChartStyle.series(s));
        }
        chart.addAnnotation(new AnnotationLine(Requirements.RETENTION * 100, false, false));
        st.setAnnotationLineColor(ChartStyle.REFERENCE_LINE);
        long[] counts = reportCounts(spark, "report");
        return ChartWriter.write(chart, dir, "district", Labels.sourceNote(counts[0], counts[1])
                + "; 红线: 稳岗率要求 " + Requirements.RETENTION_PERCENT, List.of());
    }

    /** A box plot of {@link #percentiles} per series: no legend, the series names the boxes. */
    static BoxChart boxChart(int width, int height, String title, String xTitle, String yTitle) {
        BoxChart chart = new BoxChart(width, height, Styler.ChartTheme.XChart);
        chart.setTitle(title);
        chart.setXAxisTitle(xTitle);
        chart.setYAxisTitle(yTitle);
        BoxStyler st = chart.getStyler();
        ChartStyle.common(st, 13);
        st.setLegendVisible(false);
        st.setBoxplotCalCulationMethod(BoxStyler.BoxplotCalCulationMethod.N_LESS_1_PLUS_1);
        return chart;
    }

    /** Per-station charts stop being readable beyond a city's worth of rows (Guangzhou has 176 stations). */
    static final int MAX_STATIONS = 200;

    /** The title's note when a per-station chart shows only some stations, and which. */
    static String shown(long shown, long all, String which) {
        return shown < all ? " — 仅显示" + which + "的 " + shown + " 站 (共 " + all + " 站)" : "";
    }

    /**
     * A box plot's values: the 0th, 1st, …, 100th percentile, computed in Spark. Their quartiles are the data's
     * quartiles, and the driver holds 101 numbers per box, whatever the number of reports.
     */
    static String percentiles(String expr) {
        StringBuilder levels = new StringBuilder();
        for (int i = 0; i <= 100; i++) levels.append(i == 0 ? "" : ", ").append(i / 100.0);
        return "percentile_approx(" + expr + ", array(" + levels + "), 10000)";
    }

    /** A labelled vertical reference line on a row chart. */
    private static void threshold(Chart<?, ?> chart, double x, String text, double top) {
        chart.getStyler().setAnnotationLineColor(ChartStyle.REFERENCE_LINE);
        chart.getStyler().setAnnotationLineStroke(new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER,
                1f, new float[]{6f, 4f}, 0f));
        chart.addAnnotation(new AnnotationLine(x, true, false));
        // beside the line, not across it: the text is centred on its point
        chart.addAnnotation(new AnnotationText(text, x + 4.5, top, false));
    }

    /** The contract's indicators in its order, then any other code alphabetically. */
    private static List<String> orderIndicators(java.util.Collection<String> codes) {
        List<String> contract = IndicatorVocabulary.CONTRACT_CODES;
        List<String> out = new ArrayList<>();
        for (String c : contract) if (codes.contains(c)) out.add(c);
        codes.stream().filter(c -> !contract.contains(c)).sorted().forEach(out::add);
        return out;
    }

    /** Reports and synthetic reports behind a chart drawn from {@code view}. */
    static long[] reportCounts(SparkSession spark, String view) {
        Row r = spark.sql("""
                SELECT count(DISTINCT v.report_id), count(DISTINCT CASE WHEN r.synthetic THEN v.report_id END)
                FROM %s v JOIN report r ON r.report_id = v.report_id""".formatted(view)).first();
        return new long[]{r.getLong(0), r.getLong(1)};
    }

    /** The source note for per-station rows whose synthetic flag is in column {@code syntheticCol}. */
    private static String note(List<Row> rows, int syntheticCol) {
        return Labels.sourceNote(rows.size(), rows.stream()
                .filter(r -> !r.isNullAt(syntheticCol) && r.getBoolean(syntheticCol)).count());
    }

    /** As {@link #note(List, int)} for rows that repeat a report: counts distinct report ids. */
    private static String note(List<Row> rows, int syntheticCol, int reportIdCol) {
        java.util.Set<String> all = new java.util.HashSet<>();
        java.util.Set<String> synthetic = new java.util.HashSet<>();
        for (Row r : rows) {
            all.add(r.getString(reportIdCol));
            if (!r.isNullAt(syntheticCol) && r.getBoolean(syntheticCol)) synthetic.add(r.getString(reportIdCol));
        }
        return Labels.sourceNote(all.size(), synthetic.size());
    }
}
