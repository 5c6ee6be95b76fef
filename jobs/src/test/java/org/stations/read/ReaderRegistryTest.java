package org.stations.read;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.Test;
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

    @Test
    void emptyFile() {
        assertEquals("empty file", reason(() -> ReaderRegistry.toText("empty.txt", new byte[0])));
        assertEquals("empty file", reason(() -> ReaderRegistry.checkSize(0)));
    }

    @Test
    void sizeIsCheckedBeforeReading() {
        assertDoesNotThrow(() -> ReaderRegistry.checkSize(ReaderRegistry.MAX_BYTES));
        assertEquals("file too large: 50.1 MiB > 50 MiB", reason(() -> ReaderRegistry.checkSize(ReaderRegistry.MAX_BYTES + 1)));
        assertEquals("file too large: 700.0 MiB > 50 MiB", reason(() -> ReaderRegistry.checkSize(700 * MIB)));
        byte[] huge = new byte[(int) (51 * MIB)];
        assertEquals("file too large: 51.0 MiB > 50 MiB", reason(() -> ReaderRegistry.toText("big.txt", huge)));
    }

    @Test
    void textOverTheCharacterLimit() {
        byte[] longText = "评估报告正文。\n".repeat(250_001).getBytes(StandardCharsets.UTF_8); // 2,000,008 chars
        assertEquals("text too long: 2000008 characters > 2000000", reason(() -> ReaderRegistry.toText("long.txt", longText)));
    }

    @Test
    void tooLittleTextToBeAReport() throws Exception {
        byte[] cover = "广州市流花街社工服务站 末期评估报告\n\n评估日期：2024年3月15日\n".getBytes(StandardCharsets.UTF_8);
        assertEquals("too little text to be a report: 32 characters", reason(() -> ReaderRegistry.toText("cover.txt", cover)));
        byte[] shortPdf = PdfReaderTest.twoPagePdf();
        assertEquals("too little text to be a report: 43 characters", reason(() -> ReaderRegistry.toText("short.pdf", shortPdf)));
    }

    @Test
    void randomBinaryNamedTxt() {
        byte[] noise = new byte[64 * 1024];
        new Random(11).nextBytes(noise);
        noise[0] = 0x42; // not a magic number we know
        assertEquals("binary content, not text", reason(() -> ReaderRegistry.toText("report.txt", noise)));
    }

    @Test
    void pngNamedTxt() throws IOException {
        BufferedImage picture = new BufferedImage(64, 64, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(picture, "png", png);
        assertEquals("PNG image, not a report document", reason(() -> ReaderRegistry.toText("report.txt", png.toByteArray())));
    }

    @Test
    void truncatedDocx() {
        byte[] docx = fixture("seed001.docx");
        for (int length : new int[] {2000, docx.length / 2}) {
            byte[] truncated = Arrays.copyOf(docx, length);
            String reason = reason(() -> ReaderRegistry.toText("report.docx", truncated));
            assertTrue(reason.startsWith("corrupt or unsupported .docx: "), reason);
        }
        assertEquals("corrupt or unsupported .docx: Truncated ZIP file",
                reason(() -> ReaderRegistry.toText("report.docx", Arrays.copyOf(docx, docx.length / 2))));
    }

    @Test
    void zipThatIsNotADocx() throws IOException {
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(zip)) {
            out.putNextEntry(new ZipEntry("report.txt"));
            out.write(seed("001"));
        }
        assertEquals("zip archive without word/document.xml, not a .docx report",
                reason(() -> ReaderRegistry.toText("reports.zip", zip.toByteArray())));
    }

    /** An OLE2 compound file with a WordDocument stream, as Word 97-2003 writes. */
    @Test
    void legacyDoc() throws IOException {
        byte[] doc;
        try (POIFSFileSystem fs = new POIFSFileSystem(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            fs.createDocument(new ByteArrayInputStream(new byte[4096]), "WordDocument");
            fs.writeFilesystem(out);
            doc = out.toByteArray();
        }
        String expected = "legacy .doc format is not supported; save as .docx";
        assertEquals(expected, reason(() -> ReaderRegistry.toText("report.doc", doc)));
        assertEquals(expected, reason(() -> ReaderRegistry.toText("report.docx", doc)));
    }

    /** Word stores a password-protected .docx inside an OLE2 container. */
    @Test
    void passwordProtectedDocx() throws Exception {
        byte[] encrypted;
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword("secret");
            try (OPCPackage docx = OPCPackage.open(new ByteArrayInputStream(fixture("seed001.docx")));
                 OutputStream data = encryptor.getDataStream(fs)) {
                docx.save(data);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            fs.writeFilesystem(out);
            encrypted = out.toByteArray();
        }
        assertEquals("password-protected document is not supported; remove the password and save as .docx",
                reason(() -> ReaderRegistry.toText("report.docx", encrypted)));
    }

    @Test
    void passwordProtectedPdf() throws Exception {
        byte[] pdf = PdfReaderTest.encrypted(fixture("seed001.pdf"), "owner-secret", "user-secret");
        assertEquals("PDF is password-protected", reason(() -> ReaderRegistry.toText("report.pdf", pdf)));
    }

    @Test
    void scannedPdf() throws Exception {
        byte[] pdf = PdfReaderTest.imageOnlyPdf();
        assertEquals("PDF has no text layer (scanned image?)", reason(() -> ReaderRegistry.toText("scan.pdf", pdf)));
    }
}
