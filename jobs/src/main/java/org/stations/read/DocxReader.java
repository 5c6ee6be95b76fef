package org.stations.read;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * Word 2007+ documents: the body's paragraphs and tables in document order. A paragraph is a line; a table is
 * written one cell per line, each prefixed by a TAB, with an empty line after each row, the layout
 * {@code TextNormalizer} turns into TAB-separated rows. Headers and footers are left out.
 */
public final class DocxReader implements DocumentReader {

    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};
    private static final byte[] MAIN_PART = "word/document.xml".getBytes(StandardCharsets.US_ASCII);

    @Override public Set<String> extensions() { return Set.of("docx"); }

    /** A zip that names a word/document.xml part (the name is stored in plain ASCII in the zip headers). */
    @Override public boolean recognizes(byte[] content) {
        return isZip(content) && Bytes.indexOf(content, MAIN_PART) >= 0;
    }

    static boolean isZip(byte[] content) {
        return Bytes.startsWith(content, ZIP_MAGIC);
    }

    @Override public String read(byte[] content) throws UnreadableInputException {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(content))) {
            StringBuilder out = new StringBuilder();
            writeBody(doc.getBodyElements(), out);
            return out.toString();
        } catch (IOException | RuntimeException e) {
            // POI signals a damaged or foreign package with assorted exceptions; all mean the same to a user
            throw UnreadableInputException.wrapping("corrupt or unsupported .docx", e);
        }
    }

    private static void writeBody(List<IBodyElement> elements, StringBuilder out) {
        for (IBodyElement element : elements) {
            if (element instanceof XWPFParagraph p) {
                out.append(paragraphText(p)).append('\n');
            } else if (element instanceof XWPFTable t) {
                writeTable(t, out);
            } else if (element instanceof XWPFSDT sdt) {
                // a content control around body text: its text, one line per paragraph
                out.append(sdt.getContent().getText().replace('\t', ' ')).append('\n');
            }
        }
    }

    /** A leading TAB marks a table cell in our text, so a paragraph's own tabs become spaces. */
    private static String paragraphText(XWPFParagraph p) {
        return p.getText().replace('\t', ' ');
    }

    /**
     * A horizontally merged cell is one cell in the row, so its text is written once; a vertically merged cell
     * continues as an empty cell in the rows below, written as a bare TAB.
     */
    private static void writeTable(XWPFTable table, StringBuilder out) {
        for (XWPFTableRow row : table.getRows()) {
            for (XWPFTableCell cell : row.getTableCells()) {
                out.append('\t').append(cellText(cell)).append('\n');
            }
            out.append('\n');
        }
    }

    /** All of a cell's paragraphs (and nested tables' text) on one line. */
    private static String cellText(XWPFTableCell cell) {
        StringBuilder text = new StringBuilder();
        for (IBodyElement element : cell.getBodyElements()) {
            String part = element instanceof XWPFParagraph p ? p.getText()
                    : element instanceof XWPFTable t ? t.getText()
                    : element instanceof XWPFSDT sdt ? sdt.getContent().getText()
                    : "";
            if (part.isBlank()) continue;
            if (text.length() > 0) text.append(' ');
            text.append(part);
        }
        return text.toString().replaceAll("\\s+", " ").strip();
    }
}
