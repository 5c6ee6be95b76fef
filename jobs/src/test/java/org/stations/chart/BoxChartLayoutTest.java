package org.stations.chart;

import org.junit.jupiter.api.Test;
import org.knowm.xchart.BoxChart;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Twenty boxes on a wide chart, as the completion-by-indicator chart draws them: each in its own slot, none overlapping. */
class BoxChartLayoutTest {

    @Test
    void twenty_boxes_on_a_wide_chart_stand_apart_each_as_wide_as_the_others() {
        int n = 20;
        BoxChart chart = BenchCharts.boxChart(1620, 720, "各项服务指标", "服务指标", "倍");
        chart.getStyler().setYAxisMin(0.0);
        chart.getStyler().setYAxisMax(100.0);
        for (int i = 0; i < n; i++) chart.addSeries("指标" + i, new ArrayList<>(List.of(0.0, 10.0, 50.0, 90.0, 100.0))); // XChart asks contains(null)
        BufferedImage img = ChartWriter.image(chart, "数据来源", List.of());

        // the row halfway down the plot crosses every box between its quartiles: two blue edges per box
        List<Integer> edges = blueEdges(img, 720 / 2);
        assertEquals(2 * n, edges.size(), "edges at x " + edges);
        int width = edges.get(1) - edges.get(0);
        for (int k = 0; k < n; k++) {
            assertTrue(Math.abs(edges.get(2 * k + 1) - edges.get(2 * k) - width) <= 2, "box " + k + " as wide as the first: " + edges);
            if (k + 1 < n) assertTrue(edges.get(2 * k + 2) - edges.get(2 * k + 1) > width / 3, "a gap after box " + k + ": " + edges);
        }
    }

    /** The first x of each run of blue pixels (the boxes' outline) along row y. */
    private static List<Integer> blueEdges(BufferedImage img, int y) {
        List<Integer> xs = new ArrayList<>();
        boolean inRun = false;
        for (int x = 0; x < img.getWidth(); x++) {
            int rgb = img.getRGB(x, y);
            int r = (rgb >> 16) & 0xff, g = (rgb >> 8) & 0xff, b = rgb & 0xff;
            boolean blue = b > 150 && r < 100 && g < 100;
            if (blue && !inRun) xs.add(x);
            inRun = blue;
        }
        return xs;
    }
}
