package org.stations.generate;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/** Writes a {@link Doc} as Word: one paragraph per paragraph or line, tables (the score table, annex rows) as real Word tables. */
public final class DocxRenderer {
    private DocxRenderer() {}

    public static void render(Doc d, OutputStream out) throws IOException {
        try (XWPFDocument doc = new XWPFDocument()) {
            paragraph(doc, Doc.SYNTHETIC_MARKER);
            for (Doc.Block b : d.blocks) {
                if (b instanceof Doc.Para p) paragraph(doc, p.text());
                else if (b instanceof Doc.Lines l) {
                    for (String line : l.lines()) if (!line.isBlank()) paragraph(doc, line.strip());
                } else if (b instanceof Doc.Rows r) table(doc, r.rows());
            }
            doc.write(out);
        }
    }

    private static void paragraph(XWPFDocument doc, String text) {
        doc.createParagraph().createRun().setText(text);
    }

    private static void table(XWPFDocument doc, List<List<String>> rows) {
        int cols = rows.stream().mapToInt(List::size).max().orElse(1);
        XWPFTable t = doc.createTable(rows.size(), cols);
        for (int i = 0; i < rows.size(); i++) {
            XWPFTableRow row = t.getRow(i);
            List<String> cells = rows.get(i);
            for (int c = 0; c < cols; c++) row.getCell(c).setText(c < cells.size() ? cells.get(c) : "");
        }
    }
}
