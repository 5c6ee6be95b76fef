package org.stations.read;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.stations.normalize.TextNormalizer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.stations.read.Fixtures.fixture;
import static org.stations.read.Fixtures.reason;
import static org.stations.read.Fixtures.seedText;

class DocxReaderTest {

    private final DocxReader reader = new DocxReader();

    /** LibreOffice made seed001.docx from the seed text, one paragraph per line: the text comes back unchanged. */
    @Test
    void libreOfficeDocxOfSeed001ReadsAsTheSeedText() throws Exception {
        String read = reader.read(fixture("seed001.docx"));
        assertEquals(seedText("001"), read);
        String normalized = TextNormalizer.normalize(read);
        assertTrue(normalized.contains("以上四项总得分:83.62分等级:良好"));
        assertTrue(normalized.contains("评估日期:2024年3月15日"));
        assertTrue(normalized.contains("人员稳岗率为65.00%"));
    }

    /**
     * seed003.docx holds the score table as a real Word table (LibreOffice, from HTML) with the 折算分 cell merged
     * over the three 服务质量 rows and the [bookmark:] debris as real bookmarks: it normalizes exactly like the seed.
     */
    @Test
    void libreOfficeDocxOfSeed003WithRealTableNormalizesExactlyLikeTheSeed() throws Exception {
        String read = reader.read(fixture("seed003.docx"));
        assertTrue(read.contains("\t服务质量（东1片区）\n\t20\n\t15\n\t15.09\n\n\t服务质量（东2片区）\n\t20\n\t15.26\n\t\n\n"), read);
        String normalized = TextNormalizer.normalize(read);
        assertEquals(TextNormalizer.normalize(seedText("003")), normalized);
        assertTrue(normalized.contains("经过评估,市桥街东西片社工站本次中期评估的等级为“良好”(89.76分)。"));
        assertTrue(normalized.contains("\n\t评估内容\t标准分\t评分\t折算分\n\t服务监测\t10\t9.82\t9.82\n"));
        assertTrue(normalized.contains("\n\t总分\t89.76\n"));
    }

    /** A table made with Word's own model: merged cells, a multi-paragraph cell, paragraphs around it in order. */
    @Test
    void wordTableIsWrittenOneCellPerLineInDocumentOrder() throws Exception {
        byte[] docx = scoreTableDocx();
        String read = reader.read(docx);
        assertEquals(String.join("\n",
                "以下是详细的评分情况：",
                "\t评估内容", "\t标准分", "\t评分", "\t折算分", "",
                "\t服务监测", "\t10", "\t9.82", "\t9.82", "",
                "\t服务质量（东1片区）", "\t20", "\t15", "\t15.09", "",
                "\t服务质量（东2片区）", "\t20", "\t15.26", "\t", "",
                "\t购买方 （街道办事处）", "\t20", "\t20", "\t20", "",
                "\t总分", "\t89.76", "",
                "五、结语 以评促建",
                ""), read);
        assertEquals(String.join("\n",
                "以下是详细的评分情况:",
                "\t评估内容\t标准分\t评分\t折算分",
                "\t服务监测\t10\t9.82\t9.82",
                "\t服务质量(东1片区)\t20\t15\t15.09",
                "\t服务质量(东2片区)\t20\t15.26\t", // the empty 折算分 cell keeps its column
                "\t购买方(街道办事处)\t20\t20\t20",
                "\t总分\t89.76",
                "五、结语以评促建"), TextNormalizer.normalize(read));
    }

    /** Templates wrap body text in content controls (w:sdt); that text is part of the report. */
    @Test
    void contentControlTextIsRead() throws Exception {
        byte[] docx;
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.createParagraph().createRun().setText("评估日期：");
            doc.getDocument().getBody().addNewSdt().addNewSdtContent().addNewP().addNewR().addNewT()
                    .setStringValue("2024年3月15日");
            doc.write(out);
            docx = out.toByteArray();
        }
        assertEquals("评估日期：\n2024年3月15日\n", reader.read(docx));
    }

    @Test
    void recognizesAZipWithAWordDocumentPart() throws IOException {
        assertTrue(reader.recognizes(fixture("seed001.docx")));
        assertTrue(reader.recognizes(scoreTableDocx()));
        assertEquals(false, reader.recognizes(fixture("seed001.pdf")));
    }

    @Test
    void truncatedDocxIsCorrupt() {
        byte[] docx = fixture("seed001.docx");
        byte[] truncated = Arrays.copyOf(docx, docx.length / 2);
        String reason = reason(() -> reader.read(truncated));
        assertTrue(reason.startsWith("corrupt or unsupported .docx: "), reason);
    }

    @Test
    void textNamedDocxIsCorrupt() {
        String reason = reason(() -> reader.read(seedText("001").getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertTrue(reason.startsWith("corrupt or unsupported .docx: "), reason);
    }

    /**
     * 评估内容/标准分/评分/折算分 rows of seed 003's score table. 折算分 15.09 is merged down over the next row
     * (vMerge), 总分 spans three columns (gridSpan), 购买方's cell holds a tab and two paragraphs.
     */
    static byte[] scoreTableDocx() throws IOException {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.createParagraph().createRun().setText("以下是详细的评分情况：");
            List<List<String>> rows = List.of(
                    List.of("评估内容", "标准分", "评分", "折算分"),
                    List.of("服务监测", "10", "9.82", "9.82"),
                    List.of("服务质量（东1片区）", "20", "15", "15.09"),
                    List.of("服务质量（东2片区）", "20", "15.26", ""),
                    List.of("购买方", "20", "20", "20"));
            XWPFTable table = doc.createTable(rows.size() + 1, 4);
            for (int r = 0; r < rows.size(); r++) {
                for (int c = 0; c < 4; c++) table.getRow(r).getCell(c).setText(rows.get(r).get(c));
            }
            table.getRow(2).getCell(3).getCTTc().addNewTcPr().addNewVMerge().setVal(STMerge.RESTART);
            table.getRow(3).getCell(3).getCTTc().addNewTcPr().addNewVMerge().setVal(STMerge.CONTINUE);

            XWPFTableCell purchaser = table.getRow(4).getCell(0);
            purchaser.removeParagraph(0);
            purchaser.addParagraph().createRun().setText("购买方\t");
            purchaser.addParagraph().createRun().setText("（街道办事处）");

            XWPFTableRow total = table.getRow(5);
            total.getCell(0).setText("总分");
            total.getCell(0).getCTTc().addNewTcPr().addNewGridSpan().setVal(BigInteger.valueOf(3));
            total.removeCell(2);
            total.removeCell(1);
            total.getCell(1).setText("89.76");

            // a paragraph's own tab must not make it look like a table cell
            doc.createParagraph().createRun().setText("五、结语\t以评促建");
            doc.write(out);
            return out.toByteArray();
        }
    }
}
