package org.stations.chart;

import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.List;

/**
 * Horizontal (optionally stacked) bars, one row per label, top to bottom, the height growing with
 * the rows. XChart draws only vertical category bars, whose rotated labels are unreadable for 176
 * stations; here each bar is a thick line segment on an XY chart, and the row labels are drawn
 * in a left margin beside the plot.
 */
final class RowBarChart extends XYChart {
    static final int ROW_PX = 18;
    private static final int OVERHEAD_PX = 190;
    private static final float LABEL_PT = 12;

    private final List<String> rows;
    private final String rowTitle;

    /**
     * @param values one array per series, one value (or null) per row; series stack left to right
     */
    RowBarChart(String title, String xTitle, String rowTitle, List<String> rows,
                List<String> series, List<Color> colors, List<Double[]> values, int width) {
        super(width, Math.max(420, rows.size() * ROW_PX + OVERHEAD_PX));
        this.rows = List.copyOf(rows);
        this.rowTitle = rowTitle;
        int n = rows.size();
        setTitle(title);
        setXAxisTitle(xTitle);
        var st = getStyler();
        ChartStyle.common(st, 13);
        st.setLegendPosition(Styler.LegendPosition.OutsideS);
        st.setLegendLayout(Styler.LegendLayout.Horizontal);
        st.setYAxisTicksVisible(false);
        st.setYAxisTitleVisible(false);
        st.setYAxisMin(0.4);
        st.setYAxisMax(n + 0.6);
        st.setXAxisMin(0.0);
        st.setPlotContentSize(1.0); // data fill the plot, so a row's pixel position is simple to compute
        st.setPlotGridHorizontalLinesVisible(false);
        st.setXAxisTickMarkSpacingHint(90);

        double[] left = new double[n];
        // a few rows get the minimum height, and so taller rows and thicker bars
        float rowPx = Math.min(40f, (float) (getHeight() - OVERHEAD_PX) / n);
        BasicStroke bar = new BasicStroke(Math.max(ROW_PX, rowPx) * 0.7f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER);
        for (int s = 0; s < series.size(); s++) {
            Double[] v = values.get(s);
            // three points per bar: start, end, and a NaN gap before the next bar
            double[] xs = new double[n * 3];
            double[] ys = new double[n * 3];
            for (int i = 0; i < n; i++) {
                double y = n - i;
                double start = left[i];
                if (v[i] != null) left[i] += v[i];
                xs[3 * i] = start;
                ys[3 * i] = y;
                xs[3 * i + 1] = left[i];
                ys[3 * i + 1] = y;
                xs[3 * i + 2] = Double.NaN;
                ys[3 * i + 2] = Double.NaN;
            }
            XYSeries xy = addSeries(series.get(s), xs, ys);
            xy.setMarker(SeriesMarkers.NONE);
            xy.setLineColor(colors.get(s));
            xy.setLineStyle(bar);
        }
    }

    /** Paints the chart to the right of a margin that holds the row labels. */
    @Override
    public void paint(Graphics2D g, int width, int height) {
        g.setFont(ChartFont.plain(LABEL_PT));
        FontMetrics fm = g.getFontMetrics();
        int longest = 0;
        for (String r : rows) longest = Math.max(longest, fm.stringWidth(r));
        int margin = longest + 44;

        Graphics2D chart = (Graphics2D) g.create();
        chart.translate(margin, 0);
        super.paint(chart, width - margin, height);
        chart.dispose();
        setWidth(width); // super.paint stored the narrower width

        Rectangle2D plotBounds = plot.getBounds();
        double top = plotBounds.getY();
        double h = plotBounds.getHeight();
        double yMin = 0.4;
        double yMax = rows.size() + 0.6;
        g.setFont(ChartFont.plain(LABEL_PT));
        g.setColor(Color.DARK_GRAY);
        for (int i = 0; i < rows.size(); i++) {
            double y = rows.size() - i;
            double py = top + h * (yMax - y) / (yMax - yMin);
            String label = rows.get(i);
            int x = margin + (int) plotBounds.getX() - 6 - fm.stringWidth(label);
            g.drawString(label, x, (float) (py + fm.getAscent() / 2.0 - 2));
        }
        // the row axis title, rotated, at the far left
        g.setFont(ChartFont.plain(15));
        g.setColor(Color.BLACK);
        Graphics2D t = (Graphics2D) g.create();
        t.translate(18, top + h / 2 + g.getFontMetrics().stringWidth(rowTitle) / 2.0);
        t.rotate(-Math.PI / 2);
        t.drawString(rowTitle, 0, 0);
        t.dispose();
    }
}
