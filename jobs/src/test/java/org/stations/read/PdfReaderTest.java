package org.stations.read;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.Test;
import org.stations.normalize.TextNormalizer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.stations.read.Fixtures.fixture;
import static org.stations.read.Fixtures.reason;

class PdfReaderTest {

    private final PdfReader reader = new PdfReader();

    /** LibreOffice's PDF wraps lines where its page is full; the facts a person reads must survive the normalizer. */
    @Test
    void libreOfficePdfOfSeed001KeepsTheKeyFacts() throws Exception {
        String normalized = TextNormalizer.normalize(reader.read(fixture("seed001.pdf")));
        for (String fact : new String[] {
                "评估日期:2024年3月15日",
                "本年度服务协议期自2023年4月23日至2024年4月22日,年度项目服务经费为240万元",
                "本次评估考核期为2023年4月23日至2024年2月29日,共计10.5个考核月份",
                "人员稳岗率为65.00%,不符合评估指标体系关于人员稳岗率不低于80%的要求",
                "1.购买方评估得分:18.00分",
                "2.监督方评估得分:8.70分",
                "3.督导中心评估得分:12.80分",
                "4.第三方评估得分:44.12分",
                "以上四项总得分:83.62分等级:良好",
                "本年度建档412份,完成电访1547个,探访1726个,分别完成协议指标量的106.46%,103.13%,102.25%"}) {
            assertTrue(normalized.contains(fact), fact);
        }
    }

    @Test
    void libreOfficePdfOfSeed003KeepsTheKeyFacts() throws Exception {
        String read = reader.read(fixture("seed003.pdf"));
        String normalized = TextNormalizer.normalize(read);
        assertTrue(normalized.contains("本社工站评估期限内服务经费为240万元,评估项目合同期为2024年8月26日至2025年8月25日。"
                + "本次考核期为2024年8月26日——2025年1月31日,考核5个月。"), normalized);
        assertTrue(normalized.contains("经过评估,市桥街东西片社工站本次中期评估的等级为“良好”(89.76分)。"));
        assertTrue(normalized.contains("从业两年以上社工13人,占协议社工总人数的72.22%"));
        // the score table comes out as position-sorted lines, cells separated by spaces
        assertTrue(read.contains("\n督导中心 15 14.65 14.65\n监督方 10 8.8 8.8\n总分 89.76\n"), read);
    }

    @Test
    void pagesAreSeparatedByABlankLine() throws Exception {
        String read = reader.read(twoPagePdf());
        assertEquals("First page of the report.\n\nSecond page of the report.\n\n", read);
    }

    @Test
    void passwordProtectedPdfIsRefused() throws Exception {
        byte[] pdf = encrypted(twoPagePdf(), "owner-secret", "user-secret");
        assertEquals("PDF is password-protected", reason(() -> reader.read(pdf)));
    }

    /** Only an owner password (restricting copying) opens without one, as in any viewer: the text is read. */
    @Test
    void pdfWithOnlyAnOwnerPasswordIsRead() throws Exception {
        byte[] pdf = encrypted(twoPagePdf(), "owner-secret", "");
        assertTrue(reader.read(pdf).startsWith("First page of the report."));
    }

    @Test
    void scannedPdfWithOnlyAnImageHasNoTextLayer() throws Exception {
        assertEquals("PDF has no text layer (scanned image?)", reason(() -> reader.read(imageOnlyPdf())));
    }

    @Test
    void damagedPdfIsCorrupt() {
        byte[] pdf = "%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\ngarbage\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
        String reason = reason(() -> reader.read(pdf));
        assertTrue(reason.startsWith("corrupt or unsupported PDF: "), reason);
    }

    @Test
    void textNamedPdfIsNotAPdf() {
        byte[] text = Fixtures.seed("001");
        assertEquals("not a PDF: no %PDF- header", reason(() -> reader.read(text)));
    }

    /** PDFBox would repair this one and return the first third of the report: it must be refused instead. */
    @Test
    void truncatedPdfIsRefused() {
        byte[] pdf = fixture("seed001.pdf");
        for (int length : new int[] {2000, pdf.length / 2, pdf.length - 100}) {
            byte[] truncated = Arrays.copyOf(pdf, length);
            assertEquals("PDF is truncated (no %%EOF at its end)", reason(() -> reader.read(truncated)));
        }
    }

    @Test
    void recognizesThePdfHeader() throws IOException {
        assertTrue(reader.recognizes(fixture("seed003.pdf")));
        assertTrue(reader.recognizes(twoPagePdf()));
        assertEquals(false, reader.recognizes(fixture("seed003.docx")));
    }

    static byte[] twoPagePdf() throws IOException {
        try (PDDocument doc = new PDDocument()) {
            for (String line : new String[] {"First page of the report.", "Second page of the report."}) {
                PDPage page = new PDPage();
                doc.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                    content.beginText();
                    content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                    content.newLineAtOffset(72, 700);
                    content.showText(line);
                    content.endText();
                }
            }
            return save(doc);
        }
    }

    /** What a scanner makes: a page that is one picture of text, no text layer. */
    static byte[] imageOnlyPdf() throws IOException {
        BufferedImage scan = new BufferedImage(400, 500, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = scan.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 400, 500);
        g.setColor(Color.BLACK);
        for (int y = 40; y < 460; y += 20) g.fillRect(40, y, 320, 8); // lines of "text"
        g.dispose();
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            PDImageXObject image = LosslessFactory.createFromImage(doc, scan);
            try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                content.drawImage(image, 50, 100, 400, 500);
            }
            return save(doc);
        }
    }

    static byte[] encrypted(byte[] pdf, String ownerPassword, String userPassword) throws IOException {
        try (PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            AccessPermission noCopying = new AccessPermission();
            noCopying.setCanExtractContent(false);
            StandardProtectionPolicy policy = new StandardProtectionPolicy(ownerPassword, userPassword, noCopying);
            policy.setEncryptionKeyLength(256);
            doc.protect(policy);
            return save(doc);
        }
    }

    private static byte[] save(PDDocument doc) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        doc.save(out);
        return out.toByteArray();
    }
}
