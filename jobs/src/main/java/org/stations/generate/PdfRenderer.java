package org.stations.generate;

import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a {@link Doc} as a PDF with an embedded CJK font: lines wrapped as the seed PDFs are (~28 CJK
 * characters), tables as rows of space-separated cells, a page number at the foot of every page.
 */
public final class PdfRenderer {
    private PdfRenderer() {}

    private static final float FONT_SIZE = 11;
    private static final float LEADING = 18;
    private static final float MARGIN = 64;

    /** Each thread parses the font once and reuses it for every document it writes. */
    private static final ThreadLocal<TrueTypeFont> FONT = ThreadLocal.withInitial(() -> {
        File f = CjkFont.file().orElseThrow(() -> new IllegalStateException("no embeddable CJK font"));
        try {
            return CjkFont.load(f);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    });

    public static boolean available() {
        return CjkFont.file().isPresent();
    }

    public static void render(Doc d, OutputStream out) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add(Doc.SYNTHETIC_MARKER);
        for (Doc.Block b : d.blocks) {
            if (b instanceof Doc.Para p) lines.addAll(TxtRenderer.wrap(p.text(), TxtRenderer.WRAP_WIDTH));
            else if (b instanceof Doc.Lines l) for (String line : l.lines()) { if (!line.isBlank()) lines.add(line.strip()); }
            else if (b instanceof Doc.Rows r) for (List<String> row : r.rows()) lines.addAll(TxtRenderer.wrap(String.join(" ", row), 40));
        }
        try (PDDocument doc = new PDDocument()) {
            PDType0Font font = PDType0Font.load(doc, FONT.get(), true);
            PDRectangle a4 = PDRectangle.A4;
            int perPage = (int) ((a4.getHeight() - 2 * MARGIN) / LEADING);
            int page = 0;
            for (int from = 0; from < lines.size(); from += perPage) {
                PDPage p = new PDPage(a4);
                doc.addPage(p);
                page++;
                try (PDPageContentStream cs = new PDPageContentStream(doc, p)) {
                    cs.beginText();
                    cs.setFont(font, FONT_SIZE);
                    cs.setLeading(LEADING);
                    cs.newLineAtOffset(MARGIN, a4.getHeight() - MARGIN);
                    for (int i = from; i < Math.min(lines.size(), from + perPage); i++) {
                        cs.showText(lines.get(i));
                        cs.newLine();
                    }
                    cs.endText();
                    if (page > 1 || lines.size() > perPage) {
                        cs.beginText();
                        cs.setFont(font, FONT_SIZE);
                        cs.newLineAtOffset(a4.getWidth() / 2, MARGIN / 2);
                        cs.showText(Integer.toString(page));
                        cs.endText();
                    }
                }
            }
            doc.save(out);
        }
    }
}
