package org.stations.chart;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.knowm.xchart.AnnotationLine;
import org.knowm.xchart.AnnotationText;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.lines.SeriesLines;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.stations.model.Requirements;
import org.stations.model.Codes;

import java.awt.BasicStroke;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The staffing annexes' charts, from bench_staff_survival: who stays, and the headcount against the contract's. */
final class StaffCharts {
    /** Lines beyond a dozen are a tangle; the reports whose teams kept fewest of their first month are drawn. */
    static final int MAX_LINES = 12;

    private StaffCharts() {}

    static List<Path> renderAll(SparkSession spark, Path dir) throws IOException {
        List<Path> files = new ArrayList<>();
        // a lake without staffing annexes has no curve to draw
        if (spark.table("bench_staff_survival").isEmpty()) return files;
        files.addAll(survival(spark, dir));
        files.addAll(headcount(spark, dir));
        return files;
    }

    /** The reports to draw, worst last survival first, and how many there are in all. */
    private static List<Row> series(SparkSession spark, String order) {
        return spark.sql("""
                WITH last AS (
                  SELECT report_id, max_by(survival, month) AS last_survival,
                         max_by(on_post / required_per_month, month) AS last_staffed
                  FROM bench_staff_survival GROUP BY report_id)
                SELECT s.report_id, s.station, coalesce(s.district, '区未注明') AS district, s.report_type,
                       collect_list(struct(s.month, s.month_index, s.on_post, s.survival, s.required_per_month)) AS months
                FROM bench_staff_survival s JOIN last l ON l.report_id = s.report_id
                GROUP BY s.report_id, s.station, s.district, s.report_type, %s
                ORDER BY %s, s.station LIMIT %d
                """.formatted(order, order, MAX_LINES)).collectAsList();
    }

    static List<Path> survival(SparkSession spark, Path dir) throws IOException {
        List<Row> reports = series(spark, "l.last_survival");
        long all = spark.sql("SELECT count(DISTINCT report_id) FROM bench_staff_survival").first().getLong(0);
        XYChart chart = lineChart("首月在岗社工的留存曲线 (每站一条线)" + BenchCharts.shown(reports.size(), all, "留存最低"),
                "考核期第几个月 (附件2 人员到岗表)", "首月在岗者仍在岗的比例 (%)");
        int maxMonth = 1;
        java.util.Set<String> used = new java.util.HashSet<>();
        for (int i = 0; i < reports.size(); i++) {
            Row r = reports.get(i);
            List<Double> x = new ArrayList<>();
            List<Double> y = new ArrayList<>();
            for (Row m : sortedMonths(r)) {
                x.add((double) m.getInt(1));
                y.add(m.isNullAt(3) ? null : m.getDouble(3) * 100);
                maxMonth = Math.max(maxMonth, m.getInt(1));
            }
            curve(chart, i, unique(used, seriesName(r)), x, y);
        }
        survivalAxes(chart, maxMonth);
        return ChartWriter.write(chart, dir, "staff_survival", note(spark, reports), List.of());
    }

    /** A report's survival curve (x: month of the annex, y: %), in the i-th series colour. */
    static void curve(XYChart chart, int i, String name, List<Double> x, List<Double> y) {
        XYSeries s = chart.addSeries(name, x, y);
        s.setLineColor(ChartStyle.series(i));
        s.setMarkerColor(ChartStyle.series(i));
        s.setMarker(SeriesMarkers.CIRCLE);
    }

    /** Survival from 0 to 100 % over the annex's months 1 … maxMonth, with the line of the 80 % requirement. */
    static void survivalAxes(XYChart chart, int maxMonth) {
        var st = chart.getStyler();
        st.setYAxisMin(0.0);
        st.setYAxisMax(100.0);
        st.setXAxisMin(1.0);
        st.setXAxisMax((double) Math.max(2, maxMonth));
        st.setXAxisDecimalPattern("0");
        referenceLine(chart, Requirements.RETENTION * 100, "稳岗率要求 " + Requirements.RETENTION_PERCENT, 1.0);
    }

    static List<Path> headcount(SparkSession spark, Path dir) throws IOException {
        List<Row> reports = series(spark, "l.last_staffed");
        long all = spark.sql("SELECT count(DISTINCT report_id) FROM bench_staff_survival").first().getLong(0);
        XYChart chart = lineChart("每月在岗社工人数与协议要求人数" + BenchCharts.shown(reports.size(), all, "在岗比例最低"),
                "考核期第几个月 (附件2 人员到岗表)", "在岗社工 (人)");
        double top = 0;
        java.util.Set<String> used = new java.util.HashSet<>();
        for (int i = 0; i < reports.size(); i++) {
            Row r = reports.get(i);
            // months as numbers: XChart's date ticks fall mid-month, a point of the 1st then reads as the month before
            List<Double> x = new ArrayList<>();
            List<Integer> onPost = new ArrayList<>();
            List<Double> required = new ArrayList<>();
            for (Row m : sortedMonths(r)) {
                x.add((double) m.getInt(1));
                onPost.add((int) m.getLong(2));
                required.add(m.isNullAt(4) ? null : m.getDouble(4));
                top = Math.max(top, Math.max(m.getLong(2), m.isNullAt(4) ? 0 : m.getDouble(4)));
            }
            String name = unique(used, seriesName(r));
            XYSeries s = chart.addSeries(name + " 在岗", x, onPost);
            s.setLineColor(ChartStyle.series(i));
            s.setMarkerColor(ChartStyle.series(i));
            s.setMarker(SeriesMarkers.CIRCLE);
            if (required.stream().anyMatch(java.util.Objects::nonNull)) {
                XYSeries req = chart.addSeries(name + " 协议要求 "
                        + new java.text.DecimalFormat("0.#").format(required.get(0)) + " 人", x, required);
                req.setLineColor(ChartStyle.series(i));
                req.setLineStyle(SeriesLines.DASH_DASH);
                req.setMarker(SeriesMarkers.NONE);
            }
        }
        var st = chart.getStyler();
        st.setYAxisMin(0.0);
        st.setYAxisMax(Math.ceil((top + 2) / 5) * 5);
        st.setXAxisDecimalPattern("0");
        return ChartWriter.write(chart, dir, "staff_headcount", note(spark, reports)
                + "; 实线: 人员到位 √ 的人数, 虚线: 协议要求在岗人数", List.of());
    }

    static XYChart lineChart(String title, String xTitle, String yTitle) {
        XYChart chart = new XYChart(1100, 640, Styler.ChartTheme.XChart);
        chart.setTitle(title);
        chart.setXAxisTitle(xTitle);
        chart.setYAxisTitle(yTitle);
        var st = chart.getStyler();
        ChartStyle.common(st, 13);
        st.setLegendPosition(Styler.LegendPosition.OutsideS);
        st.setLegendLayout(Styler.LegendLayout.Horizontal);
        st.setMarkerSize(7);
        return chart;
    }

    /** A horizontal dashed reference line, its label just above it at the left. */
    static void referenceLine(XYChart chart, double y, String text, double xLeft) {
        var st = chart.getStyler();
        st.setAnnotationLineColor(ChartStyle.REFERENCE_LINE);
        st.setAnnotationLineStroke(new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 1f,
                new float[]{6f, 4f}, 0f));
        chart.addAnnotation(new AnnotationLine(y, false, false));
        chart.addAnnotation(new AnnotationText(text, xLeft + 0.35, y + 3, false));
    }

    private static List<Row> sortedMonths(Row report) {
        List<Row> months = new ArrayList<>(report.getList(4));
        months.sort(java.util.Comparator.comparing(m -> (java.time.LocalDate) m.get(0)));
        return months;
    }

    /** Station, district, report type and the annex's first month: a station's 中期 and 末期 are two lines. */
    private static String seriesName(Row r) {
        String type = Codes.REPORT_TYPE.getOrDefault(r.getString(3), r.getString(3));
        String from = sortedMonths(r).get(0).get(0).toString().substring(0, 7);
        return r.getString(1) + " · " + r.getString(2) + " · " + type + " (" + from + " 起)";
    }

    /** XChart refuses a series name twice; two reports alike in every part of the name get a number. */
    static String unique(java.util.Set<String> used, String name) {
        String n = name;
        for (int i = 2; !used.add(n); i++) n = name + " #" + i;
        return n;
    }

    private static String note(SparkSession spark, List<Row> reports) {
        long[] counts = BenchCharts.reportCounts(spark, "bench_staff_survival");
        return Labels.sourceNote(counts[0], counts[1]) + (reports.size() < counts[0] ? " (图中 " + reports.size() + " 份)" : "");
    }
}
