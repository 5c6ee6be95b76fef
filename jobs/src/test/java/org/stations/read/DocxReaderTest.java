package org.stations.read;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
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
import static org.junit.jupiter.api.Assertions.assertFalse;
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
     * over the three 服务质量 rows and the [bookmark:] debris as real bookmarks: one line per row, the merged 折算分
     * repeated on each row it covers, and the prose around it reads as the seed's.
     */
    @Test
    void libreOfficeDocxOfSeed003ReadsTheScoreTableAsRowsWithTheMergedCellExpanded() throws Exception {
        String read = reader.read(fixture("seed003.docx"));
        assertTrue(read.contains("\n\n\t评估内容\t标准分\t评分\t折算分\n\n\t服务监测\t10\t9.82\t9.82\n\n"), read);
        assertTrue(read.contains("\n\t服务质量（东1片区）\t20\t15\t15.09\n\n\t服务质量（东2片区）\t20\t15.26\t15.09\n\n"
                + "\t服务质量（西片区）\t20\t15\t15.09\n\n"), read);
        assertTrue(read.contains("\n\t总分\t总分\t总分\t89.76\n\n"), read);
        String normalized = TextNormalizer.normalize(read);
        assertTrue(normalized.contains("经过评估,市桥街东西片社工站本次中期评估的等级为“良好”(89.76分)。"));
        assertTrue(normalized.contains("本次考核期为2024年8月26日——2025年1月31日"), normalized);
    }

    /**
     * A table made with Word's own model: merged cells expanded (折算分 15.09 down over the next row, 总分 over three
     * columns), a multi-paragraph cell with a tab on one line, paragraphs around the table in order.
     */
    @Test
    void wordTableIsWrittenOneRowPerLineInDocumentOrder() throws Exception {
        assertEquals(String.join("\n",
                "以下是详细的评分情况：",
                "",
                "\t评估内容\t标准分\t评分\t折算分", "",
                "\t服务监测\t10\t9.82\t9.82", "",
                "\t服务质量（东1片区）\t20\t15\t15.09", "",
                "\t服务质量（东2片区）\t20\t15.26\t15.09", "",
                "\t购买方 （街道办事处）\t20\t20\t20", "",
                "\t总分\t总分\t总分\t89.76", "",
                "五、结语 以评促建",
                ""), reader.read(scoreTableDocx()));
    }

    /**
     * An indicator table as evaluators lay it out: 中期完成情况 spans 完成数 and 完成率 over a second header row, the
     * category column merged down over the indicators it groups; each row comes out whole, on the table's grid.
     */
    @Test
    void mergedHeaderAndCategoryCellsAreRepeatedInEveryRowAndColumnTheyCover() throws Exception {
        String read = reader.read(indicatorTableDocx());
        assertEquals(String.join("\n",
                "表4 服务指标完成情况",
                "",
                "\t服务类别\t服务指标\t年度指标\t中期完成情况\t中期完成情况", "",
                "\t服务类别\t服务指标\t年度指标\t完成数\t完成率", "",
                "\t兜底服务\t电访（人次）\t3600\t1742\t48.39%", "",
                "\t兜底服务\t入户探访（人次）\t1200\t563\t46.92%", "",
                "\t兜底服务\t咨询个案（个）\t150\t71\t47.33%", "",
                "\t个案\t专业个案接案（个） 说明 见附表\t90\t38\t42.22%", "",
                "\t\t合计\t合计\t\t", "",
                ""), read);
    }

    /** dev_e.docx, a real evaluator's Word report: its indicator table with the merged header and category column. */
    @Test
    void realWordReportIndicatorTableComesOutAsWholeRows() throws Exception {
        String read = reader.read(Files.readAllBytes(Fixtures.DEVSET.resolve("dev_e.docx")));
        assertTrue(read.contains("\n\t服务类别\t服务指标\t年度指标\t中期完成情况\t中期完成情况\n\n"
                + "\t服务类别\t服务指标\t年度指标\t完成数\t完成率\n\n"
                + "\t兜底服务\t困难群众和特殊群体建档（户）\t520\t536\t103.08%\n\n"
                + "\t兜底服务\t电访（人次）\t3600\t1742\t48.39%\n\n"), read);
        assertTrue(read.contains("\n\t个案\t专业个案结案（个）\t70\t11\t15.71%\n\n"), read);
        assertTrue(read.contains("\n\t志愿者\t培育社区社会组织（个）\t2\t0\t0.00%\n\n"), read);
        assertTrue(read.contains("\n\n\t评估方\t权重\t得分\t得分率\n\n\t监督方（增城区民政局）\t10%\t8.90\t89.00%\n\n"), read);
        assertTrue(read.contains("\n现场评估日期：2025年2月26日\n"), read);
        for (String line : read.split("\n")) {
            if (line.startsWith("\t")) continue;
            assertTrue(!line.contains("\t"), "a TAB only ever starts a table row: " + line);
        }
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

    /**
     * 表4 of dev_e in miniature, built with Word's own model: 中期完成情况 spans two grid columns (gridSpan) over the
     * second header row's 完成数/完成率; 服务类别, 服务指标 and 年度指标 are merged down over the two header rows and
     * 兜底服务 over three indicator rows (vMerge); a nested table in a cell; a last row that starts one grid column
     * in (gridBefore) with a legacy hMerge pair.
     */
    static byte[] indicatorTableDocx() throws IOException {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.createParagraph().createRun().setText("表4 服务指标完成情况");
            XWPFTable table = doc.createTable(7, 5);
            List<List<String>> rows = List.of(
                    List.of("服务类别", "服务指标", "年度指标", "中期完成情况", ""),
                    List.of("", "", "", "完成数", "完成率"),
                    List.of("兜底服务", "电访（人次）", "3600", "1742", "48.39%"),
                    List.of("", "入户探访（人次）", "1200", "563", "46.92%"),
                    List.of("", "咨询个案（个）", "150", "71", "47.33%"),
                    List.of("个案", "专业个案接案（个）", "90", "38", "42.22%"));
            for (int r = 0; r < rows.size(); r++) {
                for (int c = 0; c < 5; c++) table.getRow(r).getCell(c).setText(rows.get(r).get(c));
            }
            XWPFTableRow header = table.getRow(0);
            header.getCell(3).getCTTc().addNewTcPr().addNewGridSpan().setVal(BigInteger.valueOf(2));
            header.removeCell(4);
            for (int c = 0; c < 3; c++) {
                vMerge(table.getRow(0).getCell(c), STMerge.RESTART);
                vMerge(table.getRow(1).getCell(c), STMerge.CONTINUE);
            }
            vMerge(table.getRow(2).getCell(0), STMerge.RESTART);
            vMerge(table.getRow(3).getCell(0), STMerge.CONTINUE);
            table.getRow(4).getCell(0).getCTTc().addNewTcPr().addNewVMerge(); // no val: "continue" as well

            XWPFTableCell withNested = table.getRow(5).getCell(1);
            XWPFTable nested = withNested.insertNewTbl(withNested.getCTTc().addNewP().newCursor());
            nested.getCTTbl().addNewTblPr();
            XWPFTableRow nestedRow = nested.createRow();
            nestedRow.createCell().setText("说明");
            nestedRow.createCell().setText("见附表");

            XWPFTableRow last = table.getRow(6);
            last.getCtRow().addNewTrPr().addNewGridBefore().setVal(BigInteger.ONE);
            last.removeCell(4);
            last.getCell(0).setText("合计");
            last.getCell(0).getCTTc().addNewTcPr().addNewHMerge().setVal(STMerge.RESTART);
            last.getCell(1).getCTTc().addNewTcPr().addNewHMerge().setVal(STMerge.CONTINUE);
            doc.write(out);
            return out.toByteArray();
        }
    }

    private static void vMerge(XWPFTableCell cell, STMerge.Enum value) {
        cell.getCTTc().addNewTcPr().addNewVMerge().setVal(value);
    }

    @Test
    void tablesNestedInAFormsCellsAreTablesOfTheirOwn() throws Exception {
        // blind5_c.docx: one 评估结果登记表 whose cells hold the score, item, indicator and staffing tables
        byte[] docx = java.nio.file.Files.readAllBytes(java.nio.file.Path.of("src/test/resources/blind5/reports/blind5_c.docx"));
        String read = reader.read(docx);
        assertTrue(read.contains("\t四方评分\t\n"), "the form's cell keeps its label, its table is no longer flattened into it");
        assertTrue(read.contains("四方评分\n\n\t评分方\t满分\t得分\t得分率\n"), read);
        // the nested indicator table's 服务领域 merged down its group
        assertTrue(read.contains("\t青少年与家庭\t个案咨询(个)\t70\t36\t51.43%\n") || read.contains("\t青少年与家庭\t个案咨询（个）\t70\t36\t51.43%\n"), read);
        assertTrue(read.contains("\t离职 / 入职 / 调入 / 调出\t—\t1 / 1 / 0 / 0\n"), read);
    }

    @Test
    void trackedChangesReadAsAccepted() throws Exception {
        // blind5_d.docx: the third party's 46.95 → 47.45 and 服务成效 12.40 → 12.90 left as tracked changes (w:del / w:ins)
        String read = reader.read(java.nio.file.Files.readAllBytes(java.nio.file.Path.of("src/test/resources/blind5/reports/blind5_d.docx")));
        assertTrue(read.contains("47.45") && read.contains("12.90"), "the inserted figures are read");
        assertFalse(read.contains("46.95") || read.contains("12.40") || read.contains("88.10"), "the deleted figures are not");
    }
}
