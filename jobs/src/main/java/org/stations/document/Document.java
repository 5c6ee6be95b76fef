package org.stations.document;

import java.util.ArrayList;
import java.util.List;

/**
 * What every reader hands extraction, whatever the file format: paragraphs (hard wraps joined, page footers
 * dropped) and tables as rows of cells, in document order. Extraction reads tables by their headers and
 * paragraphs by their meaning; neither depends on how the evaluator laid the report out.
 */
public record Document(List<Block> blocks, int longestLine) {

    /** @param longestLine the longest line of the text as printed, before lines over {@code LongLines.MAX_CHARS} were split */
    public Document {
        blocks = List.copyOf(blocks);
    }

    public sealed interface Block permits Paragraph, Table {}

    /** One logical line of prose: a paragraph, a heading, a list item. */
    public record Paragraph(String text) implements Block {}

    /**
     * A table: rows of cells as printed (spaces collapsed), merged cells already expanded by the reader where the
     * format says so. {@code index} counts tables in the document from 1, so a flag can name "表格 3".
     */
    public record Table(int index, List<List<String>> rows) implements Block {
        public Table {
            List<List<String>> copy = new ArrayList<>(rows.size());
            for (List<String> r : rows) copy.add(List.copyOf(r));
            rows = List.copyOf(copy);
        }

        public int width() {
            int w = 0;
            for (List<String> r : rows) w = Math.max(w, r.size());
            return w;
        }

        /** A cell, or "" past the row's end. */
        public String cell(int row, int column) {
            List<String> r = rows.get(row);
            return column < r.size() ? r.get(column) : "";
        }

        /** The row as one line, cells separated by " | ": what evidence shows. */
        public String rowText(int row) {
            return String.join(" | ", rows.get(row)).strip();
        }
    }

    public List<Table> tables() {
        List<Table> out = new ArrayList<>();
        for (Block b : blocks) if (b instanceof Table t) out.add(t);
        return out;
    }

    public List<String> paragraphs() {
        List<String> out = new ArrayList<>();
        for (Block b : blocks) if (b instanceof Paragraph p) out.add(p.text());
        return out;
    }
}
