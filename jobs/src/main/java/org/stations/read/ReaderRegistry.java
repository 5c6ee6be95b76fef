package org.stations.read;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns a report file into text: picks the reader by the file's magic bytes first (names lie: a PDF saved as
 * .txt is still a PDF), then by its extension, else reads it as text; and refuses, with a one-line reason,
 * what cannot be a report: empty, too large, not a document, too little or too much text.
 */
public final class ReaderRegistry {

    public static final long MAX_BYTES = 50L * 1024 * 1024;
    public static final int MAX_CHARS = 2_000_000;
    /** The shortest real report has over ten thousand characters; a few hundred is a cover page or a stub. */
    public static final int MIN_TEXT_CHARS = 200;

    private static final long MIB = 1024 * 1024;
    private static final DocumentReader TEXT = new TxtReader();
    /** Readers that know their format by its bytes, in the order asked. */
    private static final List<DocumentReader> BY_CONTENT = List.of(new PdfReader(), new DocxReader(), TEXT);

    private static final byte[] OLE2_MAGIC =
            {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
    /** The stream a password-protected .docx is stored in, inside an OLE2 container (names are UTF-16LE). */
    private static final byte[] ENCRYPTED_PACKAGE = "EncryptedPackage".getBytes(StandardCharsets.UTF_16LE);
    /** Formats people send by mistake, named so the reason says what the file is. */
    private static final Map<String, byte[]> NOT_DOCUMENTS = Map.of(
            "PNG image", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'},
            "JPEG image", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF},
            "GIF image", new byte[] {'G', 'I', 'F', '8'});

    private ReaderRegistry() {}

    public static String toText(String fileName, byte[] content) throws UnreadableInputException {
        checkSize(content.length);
        String text = readerFor(fileName, content).read(content);
        checkTextAmount(text);
        return text;
    }

    /** Refuses an empty or oversized file from its size alone, so a huge file is never loaded. */
    public static void checkSize(long bytes) throws UnreadableInputException {
        if (bytes == 0) throw new UnreadableInputException("empty file");
        if (bytes > MAX_BYTES) {
            double mib = Math.ceil(bytes * 10.0 / MIB) / 10;
            throw new UnreadableInputException(String.format(Locale.ROOT,
                    "file too large: %.1f MiB > %d MiB", mib, MAX_BYTES / MIB));
        }
    }

    static DocumentReader readerFor(String fileName, byte[] content) throws UnreadableInputException {
        for (DocumentReader reader : BY_CONTENT) if (reader.recognizes(content)) return reader;
        if (Bytes.startsWith(content, OLE2_MAGIC)) {
            if (Bytes.indexOf(content, ENCRYPTED_PACKAGE) >= 0) {
                throw new UnreadableInputException(
                        "password-protected document is not supported; remove the password and save as .docx");
            }
            throw new UnreadableInputException("legacy .doc format is not supported; save as .docx");
        }
        for (Map.Entry<String, byte[]> kind : NOT_DOCUMENTS.entrySet()) {
            if (Bytes.startsWith(content, kind.getValue())) {
                throw new UnreadableInputException(kind.getKey() + ", not a report document");
            }
        }
        String extension = extension(fileName);
        for (DocumentReader reader : BY_CONTENT) if (reader.extensions().contains(extension)) return reader;
        if (DocxReader.isZip(content)) {
            throw new UnreadableInputException("zip archive without word/document.xml, not a .docx report");
        }
        return TEXT;
    }

    private static void checkTextAmount(String text) throws UnreadableInputException {
        if (text.length() > MAX_CHARS) {
            throw new UnreadableInputException("text too long: " + text.length() + " characters > " + MAX_CHARS);
        }
        long visible = text.codePoints().filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c)).count();
        if (visible < MIN_TEXT_CHARS) {
            throw new UnreadableInputException("too little text to be a report: " + visible + " characters");
        }
    }

    private static String extension(String fileName) {
        String name = fileName == null ? "" : fileName;
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        int dot = name.lastIndexOf('.');
        return dot > slash ? name.substring(dot + 1).toLowerCase(Locale.ROOT) : "";
    }
}
