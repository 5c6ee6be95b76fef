package org.stations.generate;

import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;

import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds a CJK font PDFBox can embed. PDFBox 3 embeds only TrueType outlines (glyf), so the common Noto CJK
 * (.ttc with CFF outlines) does not qualify; WenQuanYi (apt: fonts-wqy-microhei or -zenhei), AR PL UMing and
 * Droid Sans Fallback do. STATIONS_CJK_FONT names another file. Without one, PDF output falls back to docx.
 */
public final class CjkFont {
    private CjkFont() {}

    private static final String[] CANDIDATES = {
            "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
            "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
            "/usr/share/fonts/truetype/arphic/uming.ttc",
            "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf",
            "/usr/share/fonts/truetype/droid/DroidSansFallback.ttf"};

    private static final String PROBE = "社工站评估报告得分";

    private static volatile Optional<File> found;

    /** The first embeddable CJK font file, looked up once. */
    public static Optional<File> file() {
        Optional<File> f = found;
        if (f == null) {
            synchronized (CjkFont.class) {
                if (found == null) found = search();
                f = found;
            }
        }
        return f;
    }

    private static Optional<File> search() {
        List<String> paths = new ArrayList<>();
        String env = System.getenv("STATIONS_CJK_FONT");
        if (env != null && !env.isBlank()) paths.add(env);
        paths.addAll(List.of(CANDIDATES));
        for (String p : paths) {
            File file = new File(p);
            if (!file.isFile()) continue;
            try {
                TrueTypeFont font = load(file);
                boolean ok = font.getTableMap().containsKey("glyf") && covers(font);
                font.close();
                if (ok) return Optional.of(file);
            } catch (IOException | RuntimeException e) {
                // not a usable font: try the next one
            }
        }
        return Optional.empty();
    }

    private static boolean covers(TrueTypeFont font) throws IOException {
        var cmap = font.getUnicodeCmapLookup();
        for (int i = 0; i < PROBE.length(); i++) if (cmap.getGlyphId(PROBE.charAt(i)) == 0) return false;
        return true;
    }

    /** Loads the font (the first face of a collection); the caller owns and closes it. */
    static TrueTypeFont load(File file) throws IOException {
        if (file.getName().toLowerCase().endsWith(".ttc")) {
            TrueTypeCollection ttc = new TrueTypeCollection(file);
            TrueTypeFont[] first = new TrueTypeFont[1];
            ttc.processAllFonts(f -> { if (first[0] == null) first[0] = f; });
            if (first[0] == null) throw new IOException("empty font collection " + file);
            return first[0];
        }
        return new TTFParser().parse(new RandomAccessReadBufferedFile(file));
    }
}
