package org.stations.chart;

import org.knowm.xchart.style.AxesChartStyler;
import org.knowm.xchart.style.CategoryStyler;
import org.knowm.xchart.style.HeatMapStyler;
import org.knowm.xchart.style.Styler;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The CJK font every chart draws with. The JVM's default fonts draw Chinese as empty boxes on a
 * machine without CJK fonts, so the project ships Source Han Sans SC (SIL OFL 1.1, license beside it).
 */
public final class ChartFont {
    static final String RESOURCE = "/fonts/SourceHanSansSC-Regular.otf";

    private static Font base;

    private ChartFont() {}

    /** The font at 1 pt, loaded once from the jar. */
    public static synchronized Font base() {
        if (base == null) {
            System.setProperty("java.awt.headless", "true");
            try (InputStream in = ChartFont.class.getResourceAsStream(RESOURCE)) {
                if (in == null) throw new IllegalStateException("font resource missing: " + RESOURCE);
                base = Font.createFont(Font.TRUETYPE_FONT, in);
                // registered so that SVG text and Swing can name the family
                GraphicsEnvironment.getLocalGraphicsEnvironment().registerFont(base);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read chart font " + RESOURCE, e);
            } catch (FontFormatException e) {
                throw new IllegalStateException("bad chart font " + RESOURCE + ": " + e.getMessage(), e);
            }
        }
        return base;
    }

    public static Font plain(float size) { return base().deriveFont(Font.PLAIN, size); }

    public static Font bold(float size) { return base().deriveFont(Font.BOLD, size); }

    /** True when the chart font has a glyph for every character of {@code text}. */
    public static boolean canDisplay(String text) { return base().canDisplayUpTo(text) == -1; }

    /** Sets the chart font on every text an XChart styler draws: title, axes, ticks, legend, annotations. */
    public static void apply(Styler s, float tickSize) {
        s.setBaseFont(plain(14));
        s.setChartTitleFont(bold(20));
        s.setLegendFont(plain(14));
        s.setAnnotationTextFont(plain(13));
        s.setAnnotationTextPanelFont(plain(13));
        s.setToolTipFont(plain(12));
        s.setChartButtonFont(plain(12));
        if (s instanceof AxesChartStyler a) {
            a.setAxisTitleFont(plain(15));
            a.setAxisTickLabelsFont(plain(tickSize));
        }
        if (s instanceof CategoryStyler c) c.setLabelsFont(plain(11));
        if (s instanceof HeatMapStyler h) h.setValueFont(plain(10));
    }
}
