package org.stations.read;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * PDFBox's position-sorted text, kept as printed lines with glyph positions instead of written out: PDFBox finds the
 * lines and words (or, on a page where it interleaves two lines, the glyphs' baselines do: see {@link #writePage}),
 * {@link PdfTables} decides which lines are table rows.
 */
final class PdfLineCollector extends PDFTextStripper {

    /** A gap inside a PDFBox word that still splits it into pieces (the column finder needs them apart). */
    private static final float PIECE_GAP_EM = 0.25f;
    /** Baselines closer than this are one printed line (mixed fonts, a cell's text centred a little off). */
    private static final float BASELINE_TOLERANCE_EM = 0.3f;
    /** Used when a font reports no size. */
    private static final float DEFAULT_EM = 10f;

    private final List<List<PrintedLine>> pages = new ArrayList<>();
    private List<PrintedLine> page;
    private final List<String> words = new ArrayList<>();
    private final List<PrintedLine.Piece> pieces = new ArrayList<>();
    private final List<TextPosition> glyphs = new ArrayList<>();
    private float lineY;
    /** Whether PDFBox joined lines that overlap across the page on the page being read. */
    private boolean garbled;

    PdfLineCollector() throws IOException {
        setSortByPosition(true);
    }

    /** Every page's lines, top to bottom; call after {@link #getText}. */
    List<List<PrintedLine>> pages() { return pages; }

    @Override protected void startPage(PDPage pdPage) {
        page = new ArrayList<>();
        pages.add(page);
    }

    @Override protected void endPage(PDPage pdPage) {
        endLine();
    }

    @Override protected void writeString(String text, List<TextPosition> wordGlyphs) {
        if (words.isEmpty() && !wordGlyphs.isEmpty()) lineY = wordGlyphs.get(0).getYDirAdj();
        words.add(text);
        glyphs.addAll(wordGlyphs);
        addPieces(wordGlyphs, pieces);
    }

    @Override protected void writeLineSeparator() {
        endLine();
    }

    /** Written text is not wanted: the lines are. */
    @Override protected void writeWordSeparator() {}

    private void endLine() {
        if (!words.isEmpty() && page != null) {
            page.add(new PrintedLine(pages.size() - 1, lineY, String.join(" ", words), List.copyOf(pieces)));
            garbled |= interleaved(baselines(glyphs));
        }
        words.clear();
        pieces.clear();
        glyphs.clear();
    }

    /**
     * PDFBox joins glyphs whose heights overlap into one line, and a CJK font's glyph box (1.4 em in Noto Sans CJK)
     * can be taller than a LibreOffice line pitch of 1.3 em: two lines of a paragraph then come out as one, their
     * characters interleaved. Such a page is read again with lines found by baseline.
     */
    @Override protected void writePage() throws IOException {
        garbled = false;
        super.writePage();
        endLine();
        if (!garbled) return;
        List<TextPosition> all = new ArrayList<>();
        for (List<TextPosition> article : getCharactersByArticle()) all.addAll(article);
        page.clear();
        List<List<TextPosition>> lines = new ArrayList<>();
        for (List<TextPosition> line : baselines(all)) {
            // a run beside the line above, not under it, is part of it: a table's label printed between two rows
            if (!lines.isEmpty() && beside(lines.get(lines.size() - 1), line)) lines.get(lines.size() - 1).addAll(line);
            else lines.add(line);
        }
        for (List<TextPosition> line : lines) {
            float y = line.get(0).getYDirAdj();
            line.sort(Comparator.comparingDouble(TextPosition::getXDirAdj));
            List<PrintedLine.Piece> linePieces = new ArrayList<>();
            addPieces(line, linePieces);
            if (!linePieces.isEmpty()) {
                page.add(new PrintedLine(pages.size() - 1, y, PrintedLine.joined(linePieces), linePieces));
            }
        }
    }

    private static boolean interleaved(List<List<TextPosition>> lines) {
        for (int a = 0; a < lines.size(); a++) {
            for (int b = a + 1; b < lines.size(); b++) if (overlapAcross(lines.get(a), lines.get(b))) return true;
        }
        return false;
    }

    /** The glyphs grouped by baseline, top to bottom. */
    private static List<List<TextPosition>> baselines(List<TextPosition> glyphs) {
        List<TextPosition> byY = new ArrayList<>(glyphs);
        byY.sort(Comparator.comparingDouble(TextPosition::getYDirAdj));
        List<List<TextPosition>> lines = new ArrayList<>();
        List<TextPosition> current = null;
        float lastY = 0;
        for (TextPosition glyph : byY) {
            float y = glyph.getYDirAdj();
            if (current == null || y - lastY > BASELINE_TOLERANCE_EM * em(glyph)) lines.add(current = new ArrayList<>());
            current.add(glyph);
            lastY = y;
        }
        return lines;
    }

    private static boolean beside(List<TextPosition> above, List<TextPosition> line) {
        float dy = line.get(0).getYDirAdj() - above.get(0).getYDirAdj();
        return dy <= em(line.get(0)) && !overlapAcross(above, line);
    }

    private static boolean overlapAcross(List<TextPosition> a, List<TextPosition> b) {
        return Math.min(right(a), right(b)) - Math.max(left(a), left(b)) > 0;
    }

    private static float left(List<TextPosition> line) {
        float x = Float.MAX_VALUE;
        for (TextPosition g : line) x = Math.min(x, g.getXDirAdj());
        return x;
    }

    private static float right(List<TextPosition> line) {
        float x = -Float.MAX_VALUE;
        for (TextPosition g : line) x = Math.max(x, g.getXDirAdj() + g.getWidthDirAdj());
        return x;
    }

    /** A word's glyphs split at spaces and visible gaps; each word starts a piece of its own. */
    private static void addPieces(List<TextPosition> glyphs, List<PrintedLine.Piece> pieces) {
        StringBuilder text = new StringBuilder();
        float x0 = 0, x1 = 0, em = 0;
        for (TextPosition glyph : glyphs) {
            String unicode = glyph.getUnicode();
            float size = em(glyph);
            boolean space = unicode == null || unicode.isBlank();
            float x = glyph.getXDirAdj();
            if (text.length() > 0 && (space || x - x1 >= PIECE_GAP_EM * Math.max(em, size))) {
                pieces.add(new PrintedLine.Piece(text.toString(), x0, x1, em));
                text.setLength(0);
            }
            if (space) continue;
            float end = x + glyph.getWidthDirAdj();
            if (text.length() == 0) {
                x0 = x;
                x1 = end;
                em = size;
            } else {
                x1 = Math.max(x1, end);
                em = Math.max(em, size);
            }
            text.append(unicode);
        }
        if (text.length() > 0) pieces.add(new PrintedLine.Piece(text.toString(), x0, x1, em));
    }

    private static float em(TextPosition glyph) {
        float size = glyph.getFontSizeInPt();
        if (size <= 0) size = glyph.getHeightDir();
        return size > 0 ? size : DEFAULT_EM;
    }
}
