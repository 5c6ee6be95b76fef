package org.stations.read;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * PDFBox's position-sorted text, kept as printed lines with glyph positions instead of written out: PDFBox finds the
 * lines and words, {@link PdfTables} decides which lines are table rows.
 */
final class PdfLineCollector extends PDFTextStripper {

    /** A gap inside a PDFBox word that still splits it into pieces (the column finder needs them apart). */
    private static final float PIECE_GAP_EM = 0.25f;
    /** Used when a font reports no size. */
    private static final float DEFAULT_EM = 10f;

    private final List<List<PrintedLine>> pages = new ArrayList<>();
    private List<PrintedLine> page;
    private final List<String> words = new ArrayList<>();
    private final List<PrintedLine.Piece> pieces = new ArrayList<>();
    private float lineY;

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

    @Override protected void writeString(String text, List<TextPosition> glyphs) {
        if (words.isEmpty() && !glyphs.isEmpty()) lineY = glyphs.get(0).getYDirAdj();
        words.add(text);
        addPieces(glyphs);
    }

    @Override protected void writeLineSeparator() {
        endLine();
    }

    /** Written text is not wanted: the lines are. */
    @Override protected void writeWordSeparator() {}

    private void endLine() {
        if (!words.isEmpty() && page != null) {
            page.add(new PrintedLine(pages.size() - 1, lineY, String.join(" ", words), List.copyOf(pieces)));
        }
        words.clear();
        pieces.clear();
    }

    /** A word's glyphs split at spaces and visible gaps; each word starts a piece of its own. */
    private void addPieces(List<TextPosition> glyphs) {
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
