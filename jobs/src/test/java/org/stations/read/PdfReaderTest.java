package org.stations.read;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
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
import static org.junit.jupiter.api.Assertions.assertFalse;
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
        // the score table, its cells only 0.3 em apart in places, comes out as rows aligned to its four columns;
        // the 东1 label wrapped in its cell ("服务质量（东 1片" + "区）" beside the next values) is one row again
        assertTrue(read.contains("\n\n\t评估内容\t标准分\t评分\t折算分\n\n\t服务监测\t10\t9.82\t9.82\n\n"), read);
        assertTrue(read.contains("\n\t服务质量（东 1片区）\t20\t15\t15.09\n\n\t服务质量（东 2片区）\t20\t15.26\t\n\n"), read);
        assertTrue(read.contains("\n\t督导中心\t15\t14.65\t14.65\n\n\t监督方\t10\t8.8\t8.8\n\n\t总分\t\t\t89.76\n\n"), read);
        assertProseHasNoTabs(read);
    }

    /**
     * blind4_e.pdf (LibreOffice) is set in two text columns, the indicator table (18 rows) begun at the foot of the left
     * column and continued at the head of the right one under its header repeated. Read column by column, each
     * sentence is whole and the table is one table of 18 rows aligned to its four columns; the running footer with
     * its page number ("…评估报告 第 1 页 共 2 页") is dropped.
     */
    @Test
    void pdfInTwoTextColumnsIsReadColumnByColumn() throws Exception {
        String read = reader.read(Files.readAllBytes(java.nio.file.Path.of("src/test/resources/blind4/reports/blind4_e.pdf")));
        String normalized = TextNormalizer.normalize(read);
        for (String sentence : new String[] {
                "广州市从化区鳌头镇社工服务站由广州市从化区乐耕社会工作服务中心承接,购买方为广州市从化区鳌头镇人民政府,监督方为广州市从化区民政局。",
                "本次中期评估考核期为2025年4月1日至2025年9月30日,共6个月。",
                "第三方评分中,项目管理8.80分(满分10分)、服务监测8.50分(满分10分)、服务成效12.40分(满分15分)、服务质量16.10分(满分20分)。",
                "从业两年以上社工到岗人次占比55.06%。"}) {
            assertTrue(normalized.contains(sentence), sentence + " in\n" + normalized);
        }
        assertTrue(read.contains("\t指标\t全年\t完成\t完成率\n\n\t困境群体建档（户）\t360\t371\t103.06%\n\n"), read);
        assertTrue(read.contains("\t个案节数（节）\t288\t141\t48.96%\n\n\t个案结案（个）\t38\t10\t26.32%\n\n"), read);
        assertTrue(read.contains("\t社区社会组织（个）\t2\t1\t50.00%\n\n"), read);
        assertEquals(1, read.split("\t指标\t全年", -1).length - 1, "the header repeated in the right column is dropped");
        assertFalse(read.contains("第 1 页"), read);
    }

    /** A running footer that ends with its page number is one line on every page; a table row ending in numbers is not. */
    @Test
    void aRunningLineIsKnownWhateverItsPageNumber() {
        assertEquals(PageFurniture.key(printed("鳌头镇社工服务站中期评估报告　第 1 页 共 2 页")),
                PageFurniture.key(printed("鳌头镇社工服务站中期评估报告　第 2 页 共 2 页")));
        assertEquals(PageFurniture.key(printed("长洲街社工服务站 — 3 —")), PageFurniture.key(printed("长洲街社工服务站 — 4 —")));
        assertFalse(PageFurniture.key(printed("合计 12 15")).equals(PageFurniture.key(printed("合计 12 16"))));
        assertFalse(PageFurniture.key(printed("小组 3/4")).equals(PageFurniture.key(printed("小组 3/5"))));
    }

    @Test
    void aSheetsColumnLettersAndRowNumbersAreNoData() {
        // blind6_e.pdf page 2, printed from a spreadsheet with its headings: the print header, the letters A–E over the
        // grid, each row's number first, a blank row 7 (its number only) between the two tables
        List<PrintedLine> page = List.of(
                pieces(67, "温泉镇社工站中期评估数据表.xlsx", "—", "基本信息"),
                pieces(91, "A", "B", "C", "D", "E"),
                pieces(108, "1", "评分主体", "评分单位", "满分", "得分", "得分率"),
                pieces(126, "2", "监督方", "广州市从化区民政局", "10", "8.95", "89.50%"),
                pieces(143, "7"),
                pieces(161, "8", "第三方分项", "评估内容", "满分", "得分", "得分率"),
                pieces(179, "9", "项目管理", "制度、人员、财务、档案", "10", "8.85", "88.50%"));
        List<PrintedLine> out = PageFurniture.withoutSheetHeadings(page);
        assertEquals(List.of("温泉镇社工站中期评估数据表.xlsx — 基本信息", "评分主体 评分单位 满分 得分 得分率",
                "监督方 广州市从化区民政局 10 8.95 89.50%", "第三方分项 评估内容 满分 得分 得分率",
                "项目管理 制度、人员、财务、档案 10 8.85 88.50%"), out.stream().map(PrintedLine::text).toList());
        assertEquals(1, out.get(0).chunks().size(), "the print header is prose: it cannot start the grid's table");
        assertEquals("监督方", out.get(2).pieces().get(0).text());
        // without the letters a table's own 序号 column stays
        List<PrintedLine> numbered = List.of(pieces(108, "序号", "指标名称", "年度指标"), pieces(126, "1", "电话访问", "2,800"));
        assertEquals(numbered, PageFurniture.withoutSheetHeadings(numbered));
    }

    /** A printed line of pieces a cell gap apart. */
    private static PrintedLine pieces(float y, String... texts) {
        List<PrintedLine.Piece> ps = new java.util.ArrayList<>();
        float x = 60;
        for (String t : texts) {
            ps.add(new PrintedLine.Piece(t, x, x + 8 * t.length(), 8));
            x += 8 * t.length() + 20;
        }
        return new PrintedLine(0, y, String.join(" ", texts), List.copyOf(ps));
    }

    private static PrintedLine printed(String text) {
        return new PrintedLine(0, 0, text, List.of(new PrintedLine.Piece(text, 0, 100, 10)));
    }

    /** Every other PDF here is in one column: the column reader leaves its pages alone (tables are not columns). */
    @Test
    void pagesInOneColumnAreNotSplit() throws Exception {
        List<java.nio.file.Path> pdfs;
        try (var files = Files.walk(java.nio.file.Path.of("src/test/resources"))) {
            pdfs = files.filter(f -> f.toString().endsWith(".pdf") && !f.endsWith("blind4_e.pdf")).toList();
        }
        assertTrue(pdfs.size() >= 10, pdfs::toString);
        for (java.nio.file.Path f : pdfs) {
            try (PDDocument pdf = org.apache.pdfbox.Loader.loadPDF(Files.readAllBytes(f))) {
                PdfLineCollector lines = new PdfLineCollector();
                lines.getText(pdf);
                for (List<PrintedLine> page : lines.pages()) {
                    assertTrue(Float.isNaN(PdfColumns.gutter(page)), f + " read as two columns");
                    assertEquals(page, PdfColumns.inReadingOrder(page));
                }
            }
        }
    }

    /** seed001 has no table: not one line of its prose may become cells. */
    @Test
    void libreOfficePdfOfSeed001HasNoTableRows() throws Exception {
        assertEquals(-1, reader.read(fixture("seed001.pdf")).indexOf('\t'));
    }

    /**
     * dev_f.pdf (LibreOffice): 表 2's indicators with 一/二/三片区 and 全站合计 rows, the indicator label printed once
     * beside the middle row of its rows and the category beside the middle of its indicators, split over a page
     * break with the header repeated. Each printed row is one table row aligned to the six columns.
     */
    @Test
    void devFIndicatorTableRowsAreAlignedToTheirColumns() throws Exception {
        String read = reader.read(Files.readAllBytes(Fixtures.DEVSET.resolve("dev_f.pdf")));
        assertTrue(read.contains("\n\n\t服务类别\t服务指标\t片区\t协议指标\t完成量\t完成率\n\n"
                + "\t\t\t一片区\t160\t168\t105.00%\n\n"
                + "\t\t困难群众和特殊群体建档（户）\t二片区\t140\t141\t100.71%\n\n"
                + "\t\t\t三片区\t130\t137\t105.38%\n\n"
                + "\t\t\t全站合计\t430\t446\t103.72%\n\n"
                + "\t\t\t一片区\t1400\t1516\t108.29%\n\n"
                + "\t\t电访（人次）\t二片区\t1200\t1190\t99.17%\n\n"
                + "\t\t\t三片区\t1000\t1287\t128.70%\n\n"
                + "\t兜底服务\t\t全站合计\t3600\t3993\t110.92%\n\n"), read);
        // over the page break: footer, running header and the repeated header row gone, the rows run on
        assertTrue(read.contains("\n\t\t个案结案（个）\t一片区\t26\t24\t92.31%\n\n\t\t\t二片区\t24\t22\t91.67%\n\n"
                + "\t\t\t三片区\t22\t19\t86.36%\n\n\t\t\t全站合计\t72\t65\t90.28%\n\n"), read);
        assertEquals(read.indexOf("\t服务类别\t服务指标"), read.lastIndexOf("\t服务类别\t服务指标"), "header once");
        assertTrue(read.contains("\n\t志愿服务与社区组织\t\t三片区\t50\t41\t82.00%\n\n"), read);
        assertTrue(read.contains("\n\t\t培育社区社会组织（个）\t全站\t2\t2\t100.00%\n\n"
                + "注：大型社区活动以及志愿者骨干、志愿者队伍和社区社会组织培育由社工站统筹开展，不分片区统计。\n"), read);
        // 表 1: 服务质量 per 片区, its 计入得分 15.15 merged over the three rows and printed on the middle one
        assertTrue(read.contains("\n\n\t评估项目\t片区\t满分\t评分\t计入得分\n\n\t项目管理\t—\t10\t7.95\t7.95\n\n"), read);
        assertTrue(read.contains("\n\t\t一片区\t20\t14.80\t\n\n\t服务质量\t二片区\t20\t15.60\t15.15\n\n"
                + "\t\t三片区\t20\t15.05\t\n\n\t第三方合计\t—\t55\t—\t40.17\n\n"), read);
        // page furniture: "第 N 页 共 9 页" and the title repeated at the top of every page are gone
        assertTrue(!read.contains("页 共"), read);
        assertTrue(!read.contains("\n街口街社工服务站末期评估报告\n") && !read.startsWith("街口街社工服务站末期评估报告"), read);
        assertTrue(read.startsWith("广州市从化区街口街社工服务站末期评估报告\n（2024—2025 服务年度）\n"), read);
        // a paragraph over a page break: only the blank page separator between its lines
        assertTrue(read.contains("实地查看\n\n了站部及三个片区各一个社工点"), read);
        assertProseHasNoTabs(read);
    }

    /**
     * A wide gap alone does not make a table: a justified line, a signature block of two columns without numbers.
     * Two rows with numbers under a header do.
     */
    @Test
    void wideGapsMakeATableOnlyWithNumbersUnderAHeader() throws Exception {
        String read = reader.read(pdf(List.of(List.of(
                new Text(72, 700, "The evaluation team visited the station on the"),
                new Text(400, 700, "twentieth day of February."),
                new Text(72, 650, "Evaluator:"), new Text(300, 650, "Station:"),
                new Text(72, 636, "Signed and sealed"), new Text(300, 636, "Signed and sealed"),
                new Text(72, 600, "Item"), new Text(200, 600, "Target"), new Text(300, 600, "Actual"),
                new Text(72, 586, "Phone visits"), new Text(200, 586, "3600"), new Text(300, 586, "3993"),
                new Text(72, 572, "Home visits"), new Text(300, 572, "1326"),
                new Text(72, 540, "After the table.")))));
        assertEquals(String.join("\n",
                "The evaluation team visited the station on the twentieth day of February.",
                "Evaluator: Station:",
                "Signed and sealed Signed and sealed",
                "",
                "\tItem\tTarget\tActual", "",
                "\tPhone visits\t3600\t3993", "",
                "\tHome visits\t\t1326", "",
                "After the table.",
                "", ""), read);
    }

    /**
     * PDFBox takes glyphs whose boxes overlap for one line; with a CJK font's tall boxes and LibreOffice's tight line
     * pitch (dev_e.docx saved as PDF) two lines of a paragraph came out as one, characters interleaved. Helvetica's
     * boxes overlap the same way when lines are half an em apart: each line is read on its own.
     */
    @Test
    void linesPdfBoxInterleavesAreReadByBaseline() throws Exception {
        String read = reader.read(pdf(List.of(List.of(
                new Text(90, 700, "Alpha beta gamma delta"),
                new Text(72, 695, "epsilon zeta"),
                new Text(72, 660, "Item"), new Text(200, 660, "Target"),
                new Text(72, 646, "Visits"), new Text(200, 646, "3600"),
                new Text(72, 632, "Cases"), new Text(200, 632, "90")))));
        assertEquals(String.join("\n",
                "Alpha beta gamma delta",
                "epsilon zeta",
                "",
                "\tItem\tTarget", "",
                "\tVisits\t3600", "",
                "\tCases\t90", "",
                ""), read);
    }

    /** Page numbers in their usual forms and a running header go; a number inside the text stays. */
    @Test
    void pageNumbersAndRunningHeadersAreDropped() throws Exception {
        List<List<Text>> pages = new ArrayList<>();
        String[] footers = {"- 1 -", "Page 2 of 3", "3"};
        String[] wrapped = {"1214", "2386", "3993"}; // a number wrapped from the text, just above the footer
        for (int p = 0; p < 3; p++) {
            pages.add(List.of(new Text(200, 760, "Annual Evaluation Report"),
                    new Text(72, 700, "Body text of page " + (p + 1) + " continues"),
                    new Text(72, 686, wrapped[p]),
                    new Text(280, 40, footers[p])));
        }
        assertEquals(String.join("\n",
                "Body text of page 1 continues", "1214", "",
                "Body text of page 2 continues", "2386", "",
                "Body text of page 3 continues", "3993", "", ""), reader.read(pdf(pages)));
    }

    /** Prose keeps its text on one line: only a table row starts with a TAB, and nothing else has one. */
    private static void assertProseHasNoTabs(String read) {
        for (String line : read.split("\n")) {
            if (!line.startsWith("\t")) assertEquals(-1, line.indexOf('\t'), line);
        }
    }

    private record Text(float x, float y, String text) {}

    /** A PDF of Helvetica text placed at the given positions, one list per page. */
    private static byte[] pdf(List<List<Text>> pages) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            for (List<Text> texts : pages) {
                PDPage page = new PDPage();
                doc.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                    for (Text t : texts) {
                        content.beginText();
                        content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 10);
                        content.newLineAtOffset(t.x(), t.y());
                        content.showText(t.text());
                        content.endText();
                    }
                }
            }
            return save(doc);
        }
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
