package org.stations.read;

import java.util.Set;

/** One reader per document format, chosen by {@link ReaderRegistry}: adding a format is adding a class. */
public interface DocumentReader {
    /** Lower-case file extensions without the dot, e.g. "docx". */
    Set<String> extensions();

    /** Whether a file's bytes look like this format (magic numbers), whatever its name says. */
    boolean recognizes(byte[] content);

    /**
     * The document's text in reading order. Only table cells start with a TAB: each cell on a line of its own
     * prefixed by one TAB, an empty line after each row (the layout {@code TextNormalizer} joins into rows).
     */
    String read(byte[] content) throws UnreadableInputException;
}
