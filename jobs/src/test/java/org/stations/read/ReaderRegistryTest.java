package org.stations.read;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.stations.normalize.TextNormalizer;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.stations.read.Fixtures.fixture;
import static org.stations.read.Fixtures.reason;
import static org.stations.read.Fixtures.seed;
import static org.stations.read.Fixtures.seedText;

class ReaderRegistryTest {

    private static final long MIB = 1024 * 1024;

    @Test
    void seed001ReadsToTheSameFactsInEveryFormat() throws Exception {
        for (String file : new String[] {"seed001.txt", "seed001.docx", "seed001.pdf"}) {
            byte[] content = file.endsWith(".txt") ? seed("001") : fixture(file);
            String normalized = TextNormalizer.normalize(ReaderRegistry.toText(file, content));
            assertTrue(normalized.contains("以上四项总得分:83.62分等级:良好"), file);
            assertTrue(normalized.contains("评估期内人员稳岗率为65.00%"), file);
        }
    }

    /** Names lie: the bytes decide the format. */
    @Test
    void formatIsTakenFromTheBytesNotTheName() throws Exception {
        String pdfNamedTxt = TextNormalizer.normalize(ReaderRegistry.toText("report.txt", fixture("seed001.pdf")));
        assertTrue(pdfNamedTxt.contains("以上四项总得分:83.62分等级:良好"));
        String docxNamedPdf = ReaderRegistry.toText("report.pdf", fixture("seed003.docx"));
        assertEquals(new DocxReader().read(fixture("seed003.docx")), docxNamedPdf);
        assertTrue(docxNamedPdf.contains("\n\t评估内容\t标准分\t评分\t折算分\n"), docxNamedPdf);
        String gbNamedMd = ReaderRegistry.toText("报告.md", seedText("001").getBytes(TxtReader.GB18030));
        assertEquals(seedText("001"), gbNamedMd);
    }

    /** The twelve files the readers were first tested with and the limits added since: each refused with its line. */
    @TestFactory
    List<DynamicTest> everyHostileFileIsRefusedWithItsReason() {
        return HostileFiles.all().stream().map(h -> DynamicTest.dynamicTest(h.name(),
                () -> assertEquals(h.reason(), reason(() -> ReaderRegistry.toText(h.name(), h.bytes()))))).toList();
    }

    @Test
    void sizeIsCheckedBeforeReading() {
        assertEquals("empty file", reason(() -> ReaderRegistry.checkSize(0)));
        assertDoesNotThrow(() -> ReaderRegistry.checkSize(ReaderRegistry.MAX_BYTES));
        assertEquals("file too large: 50.1 MiB > 50 MiB", reason(() -> ReaderRegistry.checkSize(ReaderRegistry.MAX_BYTES + 1)));
        assertEquals("file too large: 700.0 MiB > 50 MiB", reason(() -> ReaderRegistry.checkSize(700 * MIB)));
    }

    @Test
    void aShortPdfIsTooLittleText() throws Exception {
        byte[] shortPdf = PdfReaderTest.twoPagePdf();
        assertEquals("too little text to be a report: 43 characters", reason(() -> ReaderRegistry.toText("short.pdf", shortPdf)));
    }

    @Test
    void truncatedDocx() {
        byte[] truncated = Arrays.copyOf(fixture("seed001.docx"), 2000);
        String reason = reason(() -> ReaderRegistry.toText("report.docx", truncated));
        assertTrue(reason.startsWith("corrupt or unsupported .docx: "), reason);
    }

    /** The bytes decide: a Word 97-2003 file is refused as such whatever its name. */
    @Test
    void legacyDocNamedDocx() throws IOException {
        assertEquals("legacy .doc format is not supported; save as .docx",
                reason(() -> ReaderRegistry.toText("report.docx", HostileFiles.legacyDoc())));
    }

    /** 500 pages are read (these have no text); one more is refused before any text is laid out. */
    @Test
    void pdfPageLimit() throws Exception {
        assertEquals("PDF has no text layer (scanned image?)",
                reason(() -> ReaderRegistry.toText("pages.pdf", HostileFiles.blankPages(PdfReader.MAX_PAGES))));
    }

    /** A part that deflates only twofold but unpacks past 64 MiB (the file itself is under the 50 MiB limit). */
    @Test
    void docxWhosePartUnpacksPastTheLimit() throws Exception {
        byte[] docx = HostileFiles.docxWithBody(HostileFiles.sizeBomb());
        assertTrue(docx.length < ReaderRegistry.MAX_BYTES, docx.length + " bytes");
        assertEquals(".docx refused as a zip bomb: a part unpacks to over 64 MiB", reason(() -> ReaderRegistry.toText("big.docx", docx)));
    }
}
