package org.stations.read;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.ICell;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFSDTCell;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTrPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * Word 2007+ documents: the body's paragraphs and tables in document order. A paragraph is a line; a table is an
 * empty line, then each row as one line (a leading TAB, the cells joined by TABs) followed by an empty line, merged
 * cells expanded (see {@link #writeTable}). Headers and footers are left out.
 */
public final class DocxReader implements DocumentReader {

    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};
    private static final byte[] MAIN_PART = "word/document.xml".getBytes(StandardCharsets.US_ASCII);

    /**
     * A zip bomb (a small file whose parts unpack to gigabytes) is stopped by POI while it unpacks: a part may inflate
     * at most 100-fold (POI's default; the parts of the Word documents here inflate at most 32-fold) and to at most
     * 64 MiB (their largest part is under half a MiB, and text over MAX_CHARS is refused anyway). POI keeps these
     * limits JVM-wide; they are set before this reader opens any document.
     */
    static final double MIN_INFLATE_RATIO = 0.01;
    static final long MAX_PART_BYTES = 64L * 1024 * 1024;

    static {
        ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
        ZipSecureFile.setMaxEntrySize(MAX_PART_BYTES);
    }

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
            String bomb = zipBomb(e);
            if (bomb != null) throw new UnreadableInputException(bomb, e);
            // POI signals a damaged or foreign package with assorted exceptions; all mean the same to a user
            throw UnreadableInputException.wrapping("corrupt or unsupported .docx", e);
        }
    }

    /** Our line for POI's zip-bomb refusal (whose message is a paragraph of advice to programmers), else null. */
    private static String zipBomb(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String m = t.getMessage();
            if (m == null || !m.startsWith("Zip bomb detected")) continue;
            return m.contains("max size of the expanded data")
                    ? ".docx refused as a zip bomb: a part unpacks to over " + MAX_PART_BYTES / (1024 * 1024) + " MiB"
                    : ".docx refused as a zip bomb: a part inflates more than " + Math.round(1 / MIN_INFLATE_RATIO) + "-fold";
        }
        return null;
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
        String text = p.getText();
        // a paragraph that starts with a TAB is a table cell typed as text (a txt report opened in Word): keep the marker
        boolean cell = text.startsWith("\t") && text.strip().length() > 0;
        return (cell ? "\t" : "") + text.replace('\t', ' ').strip();
    }

    /**
     * Each row is one line of cells on the table's grid (the encoding of {@link DocumentReader#read}), merged cells
     * expanded so every row carries its category and every column its header: a cell spanning N grid columns
     * (gridSpan, or legacy hMerge) repeats its text in each; a vMerge continuation takes the text of the cell above
     * it in the same grid column; grid columns skipped before a row (gridBefore) are empty cells.
     */
    private static void writeTable(XWPFTable table, StringBuilder out) {
        writeTable(table, out, 0);
    }

    /** Tables nested deeper than this are flattened into their cell's text. */
    private static final int MAX_NESTING = 4;

    /**
     * Tables nested in a table's cells that hold nothing else (a form whose 四方评分 cell holds a table), each written after the table
     * that holds it as a table of its own, headed by a line of its row's other cells (the form's label, 四方评分): read
     * into its cell's text, its rows would run together as one cell of words and figures.
     */
    private static void writeNested(XWPFTable table, StringBuilder out, int depth) {
        if (depth >= MAX_NESTING) return;
        for (XWPFTableRow row : table.getRows()) {
            for (ICell icell : row.getTableICells()) {
                if (!(icell instanceof XWPFTableCell cell) || !holdsOnlyTables(cell)) continue;
                for (XWPFTable nested : cell.getTables()) {
                    StringBuilder label = new StringBuilder();
                    for (ICell other : row.getTableICells()) {
                        if (other == icell || !(other instanceof XWPFTableCell o) || holdsOnlyTables(o)) continue;
                        String text = cellText(o);
                        if (!text.isEmpty()) label.append(label.length() > 0 ? " " : "").append(text);
                    }
                    // the line between keeps the nested table from running on from the rows above it
                    out.append(label.length() > 0 ? label : "表格").append('\n');
                    writeTable(nested, out, depth + 1);
                }
            }
        }
    }

    private static void writeTable(XWPFTable table, StringBuilder out, int depth) {
        out.append('\n');
        for (List<String> row : gridRows(table)) out.append('\t').append(String.join("\t", row)).append("\n\n");
        writeNested(table, out, depth);
    }

    static List<List<String>> gridRows(XWPFTable table) {
        List<List<String>> rows = new ArrayList<>();
        List<String> above = List.of();
        for (XWPFTableRow row : table.getRows()) {
            List<String> cells = new ArrayList<>();
            for (int i = 0; i < gridBefore(row); i++) cells.add("");
            for (ICell icell : row.getTableICells()) {
                if (!(icell instanceof XWPFTableCell cell)) {
                    // a content control around a cell (w:sdt in the row): one grid column of its text
                    cells.add(icell instanceof XWPFSDTCell sdt ? oneLine(sdt.getContent().getText()) : "");
                    continue;
                }
                CTTcPr pr = cell.getCTTc().getTcPr();
                int span = gridSpan(pr);
                if (pr != null && pr.isSetVMerge() && pr.getVMerge().getVal() != STMerge.RESTART) {
                    // a continuation holds nothing of its own (no val means "continue"): the cell above, per column
                    for (int i = 0, column = cells.size(); i < span; i++, column++) {
                        cells.add(column < above.size() ? above.get(column) : "");
                    }
                    continue;
                }
                String text = cellText(cell);
                if (pr != null && pr.isSetHMerge() && pr.getHMerge().getVal() != STMerge.RESTART && !cells.isEmpty()) {
                    text = cells.get(cells.size() - 1);
                }
                for (int i = 0; i < span; i++) cells.add(text);
            }
            rows.add(cells);
            above = cells;
        }
        return rows;
    }

    private static int gridSpan(CTTcPr pr) {
        if (pr == null || !pr.isSetGridSpan() || pr.getGridSpan().getVal() == null) return 1;
        return Math.max(1, pr.getGridSpan().getVal().intValue());
    }

    private static int gridBefore(XWPFTableRow row) {
        CTTrPr pr = row.getCtRow().getTrPr();
        if (pr == null || pr.sizeOfGridBeforeArray() == 0 || pr.getGridBeforeArray(0).getVal() == null) return 0;
        return Math.max(0, pr.getGridBeforeArray(0).getVal().intValue());
    }

    /** A cell on one line: a TAB or line break inside it would split the row. */
    private static String oneLine(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }

    /**
     * A cell that holds tables and no text of its own (a form's 四方评分 cell): its tables are tables of their own. A
     * table beside a cell's text (a label with a small table of remarks) stays part of that text.
     */
    private static boolean holdsOnlyTables(XWPFTableCell cell) {
        if (cell.getTables().isEmpty()) return false;
        for (XWPFParagraph p : cell.getParagraphs()) if (!p.getText().isBlank()) return false;
        return true;
    }

    /** Whether a cell's tables are written as tables of their own ({@link #writeNested}): within the nesting bound. */
    private static boolean nested(XWPFTableCell cell) {
        int depth = 0;
        for (Object t = cell.getTableRow().getTable(); t instanceof XWPFTable table && depth <= MAX_NESTING; depth++) {
            t = table.getBody() instanceof XWPFTableCell outer ? outer.getTableRow().getTable() : null;
        }
        return depth <= MAX_NESTING;
    }

    /** All of a cell's paragraphs (and, past the nesting bound, nested tables' text, flattened) on one line. */
    private static String cellText(XWPFTableCell cell) {
        StringBuilder text = new StringBuilder();
        for (IBodyElement element : cell.getBodyElements()) {
            String part = element instanceof XWPFParagraph p ? p.getText()
                    : element instanceof XWPFTable t ? (holdsOnlyTables(cell) && nested(cell) ? "" : t.getText())
                    : element instanceof XWPFSDT sdt ? sdt.getContent().getText()
                    : "";
            if (part.isBlank()) continue;
            if (text.length() > 0) text.append(' ');
            text.append(part);
        }
        return oneLine(text.toString());
    }
}
