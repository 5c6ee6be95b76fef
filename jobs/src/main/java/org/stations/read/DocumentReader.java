package org.stations.read;

import java.util.Set;

/** One reader per document format, chosen by {@link ReaderRegistry}: adding a format is adding a class. */
public interface DocumentReader {
    /** Lower-case file extensions without the dot, e.g. "docx". */
    Set<String> extensions();

    /** Whether the first bytes of a file look like this format (magic numbers), whatever its name says. */
    boolean recognizes(byte[] head);

    /** The document's text in reading order; tables as one line per row with cells separated by TAB. */
    String read(byte[] content) throws UnreadableInputException;
}
