package org.stations.chart;

import org.knowm.xchart.AnnotationLine;
import org.knowm.xchart.AnnotationText;
import org.knowm.xchart.BoxChart;
import org.knowm.xchart.HeatMapChart;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.Row;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Charts of a Tablesaw table (from {@code StationsLake}) in the look of the project's own charts: the
 * shipped CJK font, the same colours, reference lines in red, a source note under the plot.
 * {@link #image()} is what a notebook shows; {@link #save} writes PNG and SVG as {@code bench} does.
 *
 * <pre>{@code
 * TableChart.bars(t, "station", "稳岗率", "稳岗率 (%)", "rate_pct").line(80, "要求 ≥ 80%").image()
 * }</pre>
 */
public final class TableChart {
    private final Chart<?, ?> chart;
    private final boolean verticalLines;
    private final double textAt;
    private String note = "数据来源: stations 评估报告湖";
    /** The longest bar of a bar chart, so that a reference line beyond it, and its label, stay on the plot. */
    private double longest;

    private TableChart(Chart<?, ?> chart, boolean verticalLines, double textAt) {
        this.chart = chart;
        this.verticalLines = verticalLines;
        this.textAt = textAt;
    }

    /** Horizontal bars, one row per table row top to bottom, the value columns stacked left to right. */
    public static TableChart bars(Table t, String labelColumn, String title, String valueTitle, String... valueColumns) {
        List<String> rows = new ArrayList<>();
        for (Row r : t) rows.add(text(t.column(labelColumn), r.getRowNumber()));
        List<Double[]> values = new ArrayList<>();
        List<Color> colours = new ArrayList<>();
        for (int s = 0; s < valueColumns.length; s++) {
            values.add(numbers(t, valueColumns[s]));
            colours.add(ChartStyle.series(s));
        }
        RowBarChart c = new RowBarChart(title, valueTitle, labelColumn, rows, List.of(valueColumns), colours, values, 1000);
        if (valueColumns.length == 1) c.getStyler().setLegendVisible(false);
        TableChart chart = new TableChart(c, true, rows.size() + 0.5);
        for (int i = 0; i < rows.size(); i++) {
            double sum = 0;
            for (Double[] v : values) sum += v[i] == null ? 0 : v[i];
            chart.longest = Math.max(chart.longest, sum);
        }
        return chart;
    }

    /**
     * One line per value of {@code groupColumn} (null: one line), points in the table's order; x numeric
     * or a date column.
     */
    public static TableChart lines(Table t, String xColumn, String yColumn, String groupColumn, String title,
                                   String xTitle, String yTitle) {
        XYChart c = StaffCharts.lineChart(title, xTitle, yTitle);
        var st = c.getStyler();
        st.setLegendVisible(groupColumn != null);
        st.setDatePattern("yyyy-MM");
        st.setTimezone(java.util.TimeZone.getTimeZone("UTC")); // dates are drawn from UTC midnight
        Map<String, List<Integer>> groups = new LinkedHashMap<>();
        for (Row r : t) groups.computeIfAbsent(groupColumn == null ? yTitle : text(t.column(groupColumn), r.getRowNumber()),
                k -> new ArrayList<>()).add(r.getRowNumber());
        Column<?> x = t.column(xColumn);
        double minX = Double.MAX_VALUE;
        int g = 0;
        for (Map.Entry<String, List<Integer>> e : groups.entrySet()) {
            List<Object> xs = new ArrayList<>();
            List<Double> ys = new ArrayList<>();
            for (int i : e.getValue()) {
                Object v = x.get(i);
                if (v instanceof java.time.LocalDate d) {
                    xs.add(java.util.Date.from(d.atStartOfDay(java.time.ZoneOffset.UTC).toInstant()));
                } else {
                    double xv = ((Number) v).doubleValue();
                    minX = Math.min(minX, xv);
                    xs.add(xv);
                }
                ys.add(number(t.column(yColumn), i));
            }
            @SuppressWarnings({"unchecked", "rawtypes"})
            XYSeries s = c.addSeries(e.getKey(), (List) xs, ys);
            s.setLineColor(ChartStyle.series(g));
            s.setMarkerColor(ChartStyle.series(g++));
            s.setMarker(SeriesMarkers.CIRCLE);
        }
        return new TableChart(c, false, minX == Double.MAX_VALUE ? 0 : minX);
    }

    /** A box plot of {@code valueColumn} for each value of {@code groupColumn}, in order of first appearance. */
    public static TableChart box(Table t, String groupColumn, String valueColumn, String title, String yTitle) {
        BoxChart c = BenchCharts.boxChart(1000, 600, title, groupColumn, yTitle);
        Map<String, List<Double>> groups = new LinkedHashMap<>();
        for (Row r : t) {
            Double v = number(t.column(valueColumn), r.getRowNumber());
            if (v != null) groups.computeIfAbsent(text(t.column(groupColumn), r.getRowNumber()), k -> new ArrayList<>()).add(v);
        }
        int i = 0;
        for (Map.Entry<String, List<Double>> e : groups.entrySet()) {
            c.addSeries(e.getKey() + " (" + e.getValue().size() + ")", e.getValue()).setFillColor(ChartStyle.series(i++));
        }
        return new TableChart(c, false, 0.6);
    }

    /** A heat map: columns of {@code xColumn}, rows of {@code yColumn}, colour and number from {@code valueColumn}. */
    public static TableChart heatMap(Table t, String xColumn, String yColumn, String valueColumn, String title,
                                     double min, double max) {
        List<String> xs = new ArrayList<>();
        List<String> ys = new ArrayList<>();
        for (Row r : t) {
            String x = text(t.column(xColumn), r.getRowNumber());
            String y = text(t.column(yColumn), r.getRowNumber());
            if (!xs.contains(x)) xs.add(x);
            if (!ys.contains(y)) ys.add(y);
        }
        List<Number[]> cells = new ArrayList<>();
        for (Row r : t) {
            Double v = number(t.column(valueColumn), r.getRowNumber());
            if (v == null) continue;
            cells.add(new Number[]{xs.indexOf(text(t.column(xColumn), r.getRowNumber())),
                    ys.indexOf(text(t.column(yColumn), r.getRowNumber())), Math.round(v * 10) / 10.0});
        }
        HeatMapChart c = new HeatMapChart(Math.max(800, 240 + 70 * xs.size()), Math.max(460, 40 * ys.size() + 360),
                Styler.ChartTheme.XChart);
        c.setTitle(title);
        c.setXAxisTitle(xColumn);
        c.setYAxisTitle(yColumn);
        var st = c.getStyler();
        ChartStyle.common(st, 12);
        st.setXAxisLabelRotation(45);
        st.setRangeColors(new Color[]{new Color(247, 251, 255), new Color(107, 174, 214), new Color(33, 113, 181)});
        st.setMin(min);
        st.setMax(max);
        st.setShowValue(true);
        st.setDrawBorder(true);
        st.setLegendPosition(Styler.LegendPosition.OutsideE);
        c.addSeries(valueColumn, xs, ys, cells);
        return new TableChart(c, false, 0);
    }

    /** A dashed red reference line at {@code value} on the value axis, labelled (the 80% rule, a median). */
    public TableChart line(double value, String label) {
        var st = chart.getStyler();
        st.setAnnotationLineColor(ChartStyle.REFERENCE_LINE);
        st.setAnnotationLineStroke(new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 1f,
                new float[]{6f, 4f}, 0f));
        chart.addAnnotation(new AnnotationLine(value, verticalLines, false));
        if (chart instanceof RowBarChart bars) {
            longest = Math.max(longest, value);
            bars.getStyler().setXAxisMax(longest * 1.2); // room for the line's label right of it
        }
        if (chart instanceof XYChart || chart instanceof BoxChart) {
            chart.addAnnotation(verticalLines ? new AnnotationText(label, value + 4.5, textAt, false)
                    : new AnnotationText(label, textAt + 0.4, value, false));
        }
        return this;
    }

    /** The line under the plot saying where the numbers come from. */
    public TableChart note(String sourceNote) {
        this.note = sourceNote;
        return this;
    }

    /** The XChart chart, for a setting this class does not offer. */
    public Chart<?, ?> chart() { return chart; }

    /** The chart as an image: a notebook cell whose value this is shows it. */
    public BufferedImage image() { return ChartWriter.image(chart, note, List.of()); }

    /** Writes {@code dir/name.png} and {@code dir/name.svg}. */
    public List<Path> save(Path dir, String name) throws IOException {
        return ChartWriter.write(chart, dir, name, note, List.of());
    }

    private static Double[] numbers(Table t, String column) {
        Double[] v = new Double[t.rowCount()];
        for (int i = 0; i < v.length; i++) v[i] = number(t.column(column), i);
        return v;
    }

    private static Double number(Column<?> c, int row) {
        if (c.isMissing(row)) return null;
        if (c instanceof NumericColumn<?> n) return n.getDouble(row);
        throw new IllegalArgumentException("column " + c.name() + " is not numeric (" + c.type() + ")");
    }

    private static String text(Column<?> c, int row) {
        return c.isMissing(row) ? "—" : c.getString(row);
    }
}
