package org.stations.chart;

import org.knowm.xchart.style.AxesChartStyler;
import org.knowm.xchart.style.Styler;

import java.awt.Color;
import java.util.List;

/** The look every chart shares, so that they read as one set. */
final class ChartStyle {
    /** Colour-blind-safe (Okabe–Ito) colours for series. */
    static final List<Color> SERIES = List.of(
            new Color(0, 114, 178), new Color(230, 159, 0), new Color(0, 158, 115), new Color(204, 121, 167),
            new Color(86, 180, 233), new Color(213, 94, 0), new Color(240, 228, 66), new Color(0, 0, 0),
            new Color(120, 120, 120), new Color(153, 102, 51), new Color(102, 0, 153), new Color(0, 102, 102));

    static final Color REFERENCE_LINE = new Color(200, 30, 30);

    private ChartStyle() {}

    static Color series(int i) { return SERIES.get(i % SERIES.size()); }

    static void common(Styler s, float tickSize) {
        ChartFont.apply(s, tickSize);
        s.setChartBackgroundColor(Color.WHITE);
        s.setPlotBackgroundColor(Color.WHITE);
        s.setPlotBorderVisible(false);
        s.setLegendBorderColor(Color.WHITE);
        s.setChartPadding(16);
        s.setAnnotationTextFontColor(REFERENCE_LINE);
        if (s instanceof AxesChartStyler a) {
            a.setPlotGridLinesColor(new Color(225, 225, 225));
            a.setAxisTickLabelsColor(Color.DARK_GRAY);
        }
    }
}
