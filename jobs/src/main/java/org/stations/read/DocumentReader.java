package org.stations.read;

import java.util.Set;

/** One reader per document format, chosen by {@link ReaderRegistry}: adding a format is adding a class. */
public interface DocumentReader {
    /** Lower-case file extensions without the dot, e.g. "docx". */
    Set<String> extensions();

    /** Whether a file's bytes look like this format (magic numbers), whatever its name says. */
    boolean recognizes(byte[] content);

    /**
     * The document's text in reading order: a line per paragraph (docx) or printed line (pdf, txt), and tables as
     * rows of cells. Only a table row starts with a TAB: the row is one line, a TAB then its cells joined by TABs
     * ({@code "\t" + String.join("\t", cells)}), each cell's text on one line with no TAB in it; an empty line
     * before the table and after every row.
     */
    String read(byte[] content) throws UnreadableInputException;
}
