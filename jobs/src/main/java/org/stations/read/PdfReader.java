package org.stations.read;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/**
 * PDF text layer in reading position order, a blank line between pages; page numbers and running headers dropped,
 * tables as rows of cells aligned to their columns (see {@link PdfTables}). A PDF that opens only with a password,
 * or has no text at all (a scan), is refused with its reason: there is nothing to read without OCR.
 */
public final class PdfReader implements DocumentReader {

    private static final byte[] PDF_MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    /** Viewers accept junk before the header within the first KiB; so do we. */
    private static final int HEADER_WINDOW = 1024;
    /** A complete PDF ends with %%EOF (viewers allow some trailing junk); a cut-off download does not. */
    private static final byte[] EOF_MARKER = "%%EOF".getBytes(StandardCharsets.US_ASCII);
    private static final int TRAILER_WINDOW = 1024;
    /**
     * The most pages read, checked before any text is laid out. The longest report PDF here (seed 000 with its
     * staffing annex) has 25 pages; a file of thousands is no evaluation report, and laying out its text would cost
     * in proportion before the text limit could refuse it.
     */
    static final int MAX_PAGES = 500;

    @Override public Set<String> extensions() { return Set.of("pdf"); }

    @Override public boolean recognizes(byte[] content) {
        return Bytes.indexOf(content, PDF_MAGIC, 0, HEADER_WINDOW) >= 0;
    }

    @Override public String read(byte[] content) throws UnreadableInputException {
        if (!recognizes(content)) throw new UnreadableInputException("not a PDF: no %PDF- header");
        // PDFBox repairs a truncated file silently and returns the pages it could find: refuse it instead
        if (Bytes.indexOf(content, EOF_MARKER, content.length - TRAILER_WINDOW, content.length) < 0) {
            throw new UnreadableInputException("PDF is truncated (no %%EOF at its end)");
        }
        try (PDDocument pdf = Loader.loadPDF(content)) {
            int pages = pdf.getNumberOfPages();
            if (pages > MAX_PAGES) throw new UnreadableInputException("PDF too long: " + pages + " pages > " + MAX_PAGES);
            PdfLineCollector lines = new PdfLineCollector();
            lines.getText(pdf);
            String text = PdfTables.render(lines.pages());
            if (text.isBlank()) throw new UnreadableInputException("PDF has no text layer (scanned image?)");
            return text;
        } catch (InvalidPasswordException e) {
            throw new UnreadableInputException("PDF is password-protected", e);
        } catch (IOException | RuntimeException e) {
            // PDFBox reports damage with assorted exceptions; all mean the same to a user
            throw UnreadableInputException.wrapping("corrupt or unsupported PDF", e);
        }
    }
}
