package org.stations.export;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.stations.SeedOutput;
import org.stations.SparkTestBase;
import org.stations.cli.Main;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The workbook of the seed lake, opened with POI as Excel would open it. */
class ExportJobTest extends SparkTestBase {
    static final Path FILE = SeedOutput.DIR.resolve("export/stations.xlsx");
    static final DataFormatter SHOWN = new DataFormatter();

    @BeforeAll
    static void export() throws Exception {
        SeedOutput.ensure();
        assertEquals(0, Main.run("export", "--xlsx", FILE.toString(), "--lake", SeedOutput.LAKE, "--out", SeedOutput.OUT,
                "--master", "local[2]"));
    }

    @Test
    void jinhua_as_a_reader_sees_it_in_excel() throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(FILE))) {
            List<String> sheets = new ArrayList<>();
            wb.forEach(s -> sheets.add(s.getSheetName()));
            assertEquals(List.of("说明", "报告", "四方评分", "评分细项", "服务指标", "人员配备", "人员到岗月表", "评估意见", "质量问题",
                    "未入库文件", "基准-稳岗率", "基准-指标完成", "基准-四方得分率", "基准-人员留存"), sheets);
            XSSFSheet report = wb.getSheet("报告");
            Map<String, Integer> col = headers(report);
            assertEquals("report.total_score", report.getRow(0).getCell(col.get("总得分")).getCellComment().getString().getString());
            assertTrue(report.getPaneInformation().isFreezePane());
            assertEquals(1, report.getPaneInformation().getHorizontalSplitPosition());
            assertTrue(report.getCTWorksheet().getAutoFilter().getRef().startsWith("A1:"));
            Row jinhua = rowWhere(report, col.get("社工站"), "金花街");
            // 000: 以上四项总得分：85.52 分 等级：良好; 稳岗率为 70.00%; 于 2025 年 1 月 20 日现场评估
            assertEquals(85.52, jinhua.getCell(col.get("总得分")).getNumericCellValue(), 1e-9);
            assertEquals("良好", jinhua.getCell(col.get("等级")).getStringCellValue());
            Cell rate = jinhua.getCell(col.get("稳岗率"));
            assertEquals(0.70, rate.getNumericCellValue(), 1e-9);
            assertEquals("70.00%", SHOWN.formatCellValue(rate));
            Cell date = jinhua.getCell(col.get("评估日期"));
            assertTrue(DateUtil.isCellDateFormatted(date));
            assertEquals(LocalDate.of(2025, 1, 20), date.getLocalDateTimeCellValue().toLocalDate());
            assertEquals("否", jinhua.getCell(col.get("合成数据")).getStringCellValue());
            // a CJK column is sized for its characters: 广州市社会工作协会 is 9 characters, 18 widths
            assertTrue(report.getColumnWidth(col.get("评估机构")) >= 18 * 256);

            // 000 七、评估结果: 购买方 20.00 of 20, evidence kept and wrapped; the station named beside the report id
            XSSFSheet parties = wb.getSheet("四方评分");
            Map<String, Integer> p = headers(parties);
            Row purchaser = null;
            for (Row r : parties) {
                if (r.getRowNum() > 0 && "金花街".equals(r.getCell(p.get("社工站")).getStringCellValue())
                        && "购买方".equals(r.getCell(p.get("评分方 (中文)")).getStringCellValue())) purchaser = r;
            }
            assertEquals(20.00, purchaser.getCell(p.get("得分")).getNumericCellValue(), 1e-9);
            assertTrue(purchaser.getCell(p.get("原文依据")).getCellStyle().getWrapText());
            assertEquals("report.station", parties.getRow(0).getCell(p.get("社工站")).getCellComment().getString().getString());

            // 000 附件1-1 合计: 建档 100 → 1788, 1788.00%
            XSSFSheet indicators = wb.getSheet("服务指标");
            Map<String, Integer> i = headers(indicators);
            Row archive = null;
            for (Row r : indicators) {
                if (r.getRowNum() > 0 && "金花街".equals(r.getCell(i.get("社工站")).getStringCellValue())
                        && "archive".equals(r.getCell(i.get("指标代码")).getStringCellValue())
                        && r.getCell(i.get("片区")) == null && r.getCell(i.get("项目期")) == null) archive = r;
            }
            assertEquals("1788.00%", SHOWN.formatCellValue(archive.getCell(i.get("完成率"))));

            XSSFSheet guide = wb.getSheet("说明");
            assertTrue(text(guide).contains("基准：retention"));
        }
    }

    @Test
    void a_month_and_district_keep_what_its_summary_covers_and_a_long_table_is_split_with_a_note() throws Exception {
        Path file = SeedOutput.DIR.resolve("export/2025-01-liwan.xlsx");
        // five rows a sheet stand for Excel's 1,048,575: 金花街 alone has more indicator rows than that
        ExportJob.Result r = ExportJob.run(spark(), SeedOutput.LAKE, SeedOutput.OUT, file, YearMonth.of(2025, 1), "荔湾区", 5);
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(file))) {
            XSSFSheet report = wb.getSheet("报告");
            Map<String, Integer> col = headers(report);
            List<String> stations = new ArrayList<>();
            for (Row row : report) if (row.getRowNum() > 0) stations.add(row.getCell(col.get("社工站")).getStringCellValue());
            // 荔湾区 in 2025-01: 金花街 (2025-01-20) and the synthetic 模拟红星街 (2025-01-06); 中南街 (荔湾区, 2022) is not
            assertEquals(List.of("模拟红星街", "金花街"), stations.stream().sorted().toList());
            assertTrue(wb.getSheet("服务指标 (2)") != null, "indicator rows continue on a second sheet");
            assertEquals(5, wb.getSheet("服务指标").getLastRowNum(), "five rows under the header");
            assertTrue(wb.getSheet("未入库文件") == null);
            String guide = text(wb.getSheet("说明"));
            assertTrue(guide.contains("2025年1月") && guide.contains("荔湾区"));
            assertTrue(guide.contains("超出 Excel 每表 5 行上限，分为"), guide);
        }
        long indicatorRows = r.parts().stream().filter(p -> p.table().equals("indicator")).findFirst().orElseThrow().rows();
        long inSheets = 0;
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(file))) {
            for (String s : r.parts().stream().filter(p -> p.table().equals("indicator")).findFirst().orElseThrow().sheets()) {
                inSheets += wb.getSheet(s).getLastRowNum();
            }
        }
        assertEquals(indicatorRows, inSheets, "no row lost in the split");
        assertFalse(Files.exists(file.resolveSibling("." + file.getFileName() + ".part")));
    }

    private static Map<String, Integer> headers(XSSFSheet sheet) {
        Map<String, Integer> out = new HashMap<>();
        for (Cell c : sheet.getRow(0)) out.put(c.getStringCellValue(), c.getColumnIndex());
        return out;
    }

    private static Row rowWhere(XSSFSheet sheet, int col, String value) {
        for (Row r : sheet) if (r.getRowNum() > 0 && value.equals(r.getCell(col).getStringCellValue())) return r;
        throw new AssertionError("no row with " + value);
    }

    private static String text(XSSFSheet sheet) {
        StringBuilder sb = new StringBuilder();
        for (Row r : sheet) for (Cell c : r) sb.append(SHOWN.formatCellValue(c)).append('\t');
        return sb.toString();
    }
}
