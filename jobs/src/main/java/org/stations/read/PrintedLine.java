package org.stations.read;

import java.util.ArrayList;
import java.util.List;

/**
 * One printed line of a PDF page as PDFBox groups it (glyphs whose heights overlap): its text as PDFBox spaces it,
 * and its glyph runs with their horizontal extents, from which table cells and columns are found.
 *
 * @param page 0-based page index
 * @param y    baseline-ish position of the line's first glyph, growing down the page
 */
record PrintedLine(int page, float y, String text, List<Piece> pieces) {

    /**
     * Share of the font size above which a gap between glyphs separates table cells. Measured on LibreOffice PDFs:
     * spaces and CJK/Latin auto-spacing in prose are 0.2–0.25 em, dev_f's table cells are 1.75 em or more apart;
     * a cramped table (seed003's) has cells 0.27–1.1 em apart, which only column alignment can tell (see
     * {@link PdfTables}).
     */
    static final float CELL_GAP_EM = 1.0f;

    /**
     * A run of glyphs with no space and no gap of a quarter em inside: a word, a number, a CJK phrase.
     *
     * @param em the font size in points, the unit gaps are measured in
     */
    record Piece(String text, float x0, float x1, float em) {
        float gapTo(Piece next) { return next.x0 - x1; }

        /** Whether the gap before {@code next} is wide enough to separate table cells. */
        boolean isCellGapTo(Piece next) { return gapTo(next) >= CELL_GAP_EM * Math.max(em, next.em); }
    }

    /** The pieces grouped where the gap between them is wide: a table row's cells, or the whole line of prose. */
    List<List<Piece>> chunks() {
        List<List<Piece>> chunks = new ArrayList<>();
        List<Piece> current = null;
        Piece previous = null;
        for (Piece piece : pieces) {
            if (current == null || previous.isCellGapTo(piece)) chunks.add(current = new ArrayList<>());
            current.add(piece);
            previous = piece;
        }
        return chunks;
    }

    static String joined(List<Piece> pieces) {
        StringBuilder text = new StringBuilder();
        for (Piece piece : pieces) {
            if (text.length() > 0) text.append(' ');
            text.append(piece.text());
        }
        return text.toString();
    }
}
