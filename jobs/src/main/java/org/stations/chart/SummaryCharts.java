package org.stations.chart;

import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

import java.awt.BasicStroke;
import java.awt.Color;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The monthly summary's charts: one horizontal bar per report (or district), coloured by a group
 * such as the grade, with reference lines (district and city medians, the 80% rule) named in the
 * legend rather than written on the plot, where lines a point apart would print over each other.
 */
public final class SummaryCharts {
    /** One row: its label, its value (null: drawn without a bar) and the group that colours it. */
    public record Bar(String label, Double value, String group) {}

    /** A vertical reference line and its legend entry. */
    public record Line(String label, double x, Color color) {}

    /** Grade colours, from best to worst; reports without a grade are grey. */
    public static final Map<String, Color> GRADE_COLOURS = new LinkedHashMap<>();
    static {
        GRADE_COLOURS.put("优秀", new Color(0, 158, 115));
        GRADE_COLOURS.put("良好", new Color(0, 114, 178));
        GRADE_COLOURS.put("合格", new Color(230, 159, 0));
        GRADE_COLOURS.put("不合格", new Color(213, 94, 0));
        GRADE_COLOURS.put("未给出等级", new Color(150, 150, 150));
    }

    public static final Color BELOW = new Color(213, 94, 0);
    public static final Color AT_OR_ABOVE = new Color(0, 114, 178);
    public static final Color THRESHOLD = ChartStyle.REFERENCE_LINE;
    public static final Color DISTRICT = Color.BLACK;
    public static final Color CITY = new Color(102, 0, 153);

    /** One dash pattern per line of a chart, so that lines drawn over each other stay apart in the legend. */
    private static final List<float[]> DASHES = List.of(new float[]{8f, 4f}, new float[]{2f, 3f}, new float[]{14f, 4f, 2f, 4f});

    private SummaryCharts() {}

    /**
     * Writes {@code dir/name.png} and {@code .svg}: bars top to bottom in the order given, the
     * groups in the order of {@code groupColours} (groups without a bar are left out of the legend).
     * Bars start at 0; an axis from {@code xMin} > 0 cuts them at the plot's edge.
     */
    public static List<Path> bars(Path dir, String name, String title, String xTitle, String rowTitle, List<Bar> bars,
                                  Map<String, Color> groupColours, List<Line> lines, double xMin, double xMax, String note)
            throws IOException {
        List<String> labels = new ArrayList<>();
        for (Bar b : bars) labels.add(b.label());
        List<String> groups = new ArrayList<>();
        List<Color> colours = new ArrayList<>();
        List<Double[]> values = new ArrayList<>();
        for (Map.Entry<String, Color> g : groupColours.entrySet()) {
            Double[] v = new Double[bars.size()];
            boolean any = false;
            for (int i = 0; i < bars.size(); i++) {
                if (g.getKey().equals(bars.get(i).group()) && bars.get(i).value() != null) {
                    v[i] = bars.get(i).value();
                    any = true;
                }
            }
            if (!any) continue;
            groups.add(g.getKey());
            colours.add(g.getValue());
            values.add(v);
        }
        RowBarChart chart = new RowBarChart(title, xTitle, rowTitle, labels, groups, colours, values, 1100);
        chart.getStyler().setXAxisMin(xMin);
        chart.getStyler().setXAxisMax(xMax);
        for (int i = 0; i < lines.size(); i++) {
            Line l = lines.get(i);
            BasicStroke dashed = new BasicStroke(2.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 1f,
                    DASHES.get(i % DASHES.size()), 0f);
            XYSeries s = chart.addSeries(l.label(), new double[]{l.x(), l.x()}, new double[]{0.4, bars.size() + 0.6});
            s.setMarker(SeriesMarkers.NONE);
            s.setLineColor(l.color());
            s.setLineStyle(dashed);
        }
        return ChartWriter.write(chart, dir, name, note, List.of());
    }
}
