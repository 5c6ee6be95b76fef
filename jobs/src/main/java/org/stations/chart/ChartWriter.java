package org.stations.chart;

import de.erichseifert.vectorgraphics2d.Document;
import de.erichseifert.vectorgraphics2d.VectorGraphics2D;
import de.erichseifert.vectorgraphics2d.VectorHints;
import de.erichseifert.vectorgraphics2d.svg.SVGProcessor;
import de.erichseifert.vectorgraphics2d.util.PageSize;
import org.knowm.xchart.BoxChart;
import org.knowm.xchart.internal.chartpart.Chart;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a chart as PNG and SVG with a footer XChart has no place for: a legend of colour swatches
 * (for charts whose colours are not series) and the source note.
 */
public final class ChartWriter {
    /** A colour and what it means, drawn in the footer. */
    public record Swatch(Color color, String label) {}

    private static final int LINE = 24;
    private static final int PAD = 12;

    private ChartWriter() {}

    /**
     * XChart 3.8.8 draws every box as wide as the plot's side margin (PlotContent_Box), whatever the number of boxes: on a
     * wide chart of twenty boxes each was twice its slot and they overlapped. The margin is set so a box fills 60% of its slot.
     */
    static void fitBoxes(BoxChart chart) {
        int n = Math.max(1, chart.getSeriesMap().size());
        chart.getStyler().setPlotContentSize(n / (n + 0.6));
    }

    /** Writes {@code dir/name.png} and {@code dir/name.svg}; returns both paths. */
    public static List<Path> write(Chart<?, ?> chart, Path dir, String name, String sourceNote, List<Swatch> legend)
            throws IOException {
        Files.createDirectories(dir);
        int w = chart.getWidth();
        int h = chart.getHeight();
        int footer = footer(legend, w);
        Path png = dir.resolve(name + ".png");
        ImageIO.write(image(chart, sourceNote, legend), "png", png.toFile());

        VectorGraphics2D vg = new VectorGraphics2D();
        // glyphs as outlines: the SVG shows Chinese on a viewer without a CJK font
        vg.setRenderingHint(VectorHints.KEY_TEXT, VectorHints.VALUE_TEXT_VECTOR);
        paint(vg, chart, w, h, footer, sourceNote, legend);
        Document doc = new SVGProcessor().getDocument(vg.getCommands(), new PageSize(0, 0, w, h + footer));
        Path svg = dir.resolve(name + ".svg");
        try (OutputStream out = Files.newOutputStream(svg)) {
            doc.writeTo(out);
        }
        List<Path> files = new ArrayList<>();
        files.add(png);
        files.add(svg);
        return files;
    }

    /** The chart with its footer as an image, as the PNG holds it (a notebook shows this). */
    public static BufferedImage image(Chart<?, ?> chart, String sourceNote, List<Swatch> legend) {
        int w = chart.getWidth();
        int h = chart.getHeight();
        int footer = footer(legend, w);
        BufferedImage img = new BufferedImage(w, h + footer, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        paint(g, chart, w, h, footer, sourceNote, legend);
        g.dispose();
        return img;
    }

    private static int footer(List<Swatch> legend, int width) { return PAD + legendLines(legend, width) * LINE + LINE; }

    private static int swatchWidth(Swatch s, FontMetrics fm) { return 22 + fm.stringWidth(s.label()) + 24; }

    /** How many lines the swatches take when wrapped to the chart's width. */
    private static int legendLines(List<Swatch> legend, int width) {
        if (legend.isEmpty()) return 0;
        FontMetrics fm = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB).createGraphics().getFontMetrics(ChartFont.plain(14));
        int lines = 1;
        int x = PAD * 2;
        for (Swatch s : legend) {
            if (x + swatchWidth(s, fm) > width - PAD) {
                lines++;
                x = PAD * 2;
            }
            x += swatchWidth(s, fm);
        }
        return lines;
    }

    private static void paint(Graphics2D g, Chart<?, ?> chart, int w, int h, int footer, String note, List<Swatch> legend) {
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, w, h + footer);
        if (chart instanceof BoxChart box) fitBoxes(box);
        chart.paint(g, w, h);
        int y = h + PAD;
        g.setFont(ChartFont.plain(14));
        FontMetrics fm = g.getFontMetrics();
        if (!legend.isEmpty()) {
            int x = PAD * 2;
            for (Swatch s : legend) {
                if (x + swatchWidth(s, fm) > w - PAD) {
                    x = PAD * 2;
                    y += LINE;
                }
                g.setColor(s.color());
                g.fillRect(x, y + 4, 16, 16);
                g.setColor(Color.GRAY);
                g.drawRect(x, y + 4, 16, 16);
                g.setColor(Color.BLACK);
                g.drawString(s.label(), x + 22, y + 4 + fm.getAscent() - 2);
                x += swatchWidth(s, fm);
            }
            y += LINE;
        }
        g.setColor(new Color(90, 90, 90));
        g.setFont(ChartFont.plain(13));
        g.drawString(note, PAD * 2, y + g.getFontMetrics().getAscent());
    }
}
