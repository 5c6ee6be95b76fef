package org.stations.export;

import org.stations.model.ReportDate;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.xssf.streaming.SXSSFRow;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.stations.bench.BenchJob;
import org.stations.lake.Lake;
import org.stations.model.Table;
import org.stations.summary.SummaryJob;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The lake and the benchmark tables as one Excel workbook for analysts: a sheet per table, after a
 * 说明 sheet that lists them. Spark selects, filters and orders; rows reach the driver one partition at
 * a time (toLocalIterator) and POI streams them to disk (SXSSF), so the lake's size is bounded by the
 * disk, not the driver's memory.
 */
public final class ExportJob {
    static final String GUIDE = "说明";

    /** One table's sheets and rows; {@code note} says what was left out or how it was cut. */
    public record Part(String table, String kind, List<String> sheets, long rows, String note) {}

    public record Result(Path file, List<Part> parts) {}

    /** What each table holds, on the 说明 sheet. */
    private static final Map<String, String> ABOUT = Columns.pairs(
            "report", "每份评估报告一行：社工站、评估方、日期、总分、等级、稳岗率",
            "party_score", "每份报告的四方得分 (监督方 10、购买方 20、督导中心 15、第三方 55)",
            "score_item", "第三方评分的分项 (片区项目注明片区)",
            "indicator", "服务指标的目标、实际与完成率 (片区为空 = 全站)",
            "staffing", "人员配备与稳岗",
            "staff_month", "人员到岗附件：每人每月在岗、参保、发薪 (不含姓名)",
            "finding", "值得肯定 / 需要关注 的评估意见及其主题",
            "quality_flag", "报告自相矛盾之处",
            "quarantine", "未能入库的文件及原因",
            "retention", "每份报告的稳岗率与全市排名",
            "retention_by_district", "各区稳岗率分布",
            "completion", "服务指标完成率与时间进度",
            "party_share", "四方得分率及与全市同方均值之差",
            "district", "各区概况",
            "station_trend", "各站首份与末份报告之间的变化",
            "leniency_by_report", "每份报告中各方得分率与其他三方之差",
            "leniency", "各方评分宽严的分布");

    private ExportJob() {}

    /**
     * @param month    null for every report, else the reports of that month (by evaluation_date, as the summary)
     * @param district null for every district
     */
    public static Result run(SparkSession spark, String lakeDir, String outDir, Path file, YearMonth month, String district)
            throws IOException {
        return run(spark, lakeDir, outDir, file, month, district, SheetWriter.EXCEL_DATA_ROWS);
    }

    /** {@code rowsPerSheet}: Excel's limit, lower in a test of the split. */
    static Result run(SparkSession spark, String lakeDir, String outDir, Path file, YearMonth month, String district,
                      int rowsPerSheet) throws IOException {
        Lake lake = new Lake(spark, lakeDir);
        if (!lake.exists(Table.REPORT)) {
            throw new IllegalArgumentException("no report table in lake " + lakeDir + " (run ingest first)");
        }
        lake.registerViews();
        List<String> bench = BenchJob.registerViews(spark, outDir);
        boolean scoped = month != null || district != null;
        if (scoped) scope(spark, month, district).createOrReplaceTempView("export_scope");

        Path target = file.toAbsolutePath();
        Files.createDirectories(target.getParent());
        Path aside = target.resolveSibling("." + target.getFileName() + ".part");
        List<Part> parts = new ArrayList<>();
        SXSSFWorkbook wb = new SXSSFWorkbook(200);
        try {
            wb.setCompressTempFiles(true);
            SXSSFSheet guide = wb.createSheet(GUIDE);
            SheetWriter writer = new SheetWriter(wb);
            for (Map.Entry<String, String> t : Columns.LAKE_SHEETS.entrySet()) {
                if (!lake.exists(Table.valueOf(t.getKey().toUpperCase()))) continue;
                if (scoped && t.getKey().equals("quarantine")) {
                    parts.add(new Part(t.getKey(), "湖", List.of(), 0, "按月份或区导出时不含：未入库文件不属于任何报告"));
                    continue;
                }
                parts.add(table(spark, writer, t.getKey(), t.getValue(), "湖", t.getKey(), scoped, district, rowsPerSheet));
            }
            List<String> benchOrder = new ArrayList<>(Columns.BENCH_SHEETS.keySet());
            benchOrder.retainAll(bench);
            for (String b : bench) if (!benchOrder.contains(b)) benchOrder.add(b);
            for (String b : benchOrder) {
                String sheet = Columns.BENCH_SHEETS.getOrDefault(b, "基准-" + b);
                parts.add(table(spark, writer, b, sheet.length() > 31 ? sheet.substring(0, 31) : sheet, "基准",
                        "bench_" + b, scoped, district, rowsPerSheet));
            }
            guide(wb, guide, lakeDir, outDir, month, district, bench.isEmpty(), parts);
            try (OutputStream out = Files.newOutputStream(aside)) {
                wb.write(out);
            }
            // a reader opening the file meanwhile sees the previous workbook or this one, never half of one
            Files.move(aside, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            wb.dispose();
            wb.close();
            Files.deleteIfExists(aside);
        }
        return new Result(target, parts);
    }

    /** The report_ids a monthly (district) summary covers: the summary's own date rule. */
    private static Dataset<Row> scope(SparkSession spark, YearMonth month, String district) {
        Map<String, Object> args = new HashMap<>();
        List<String> where = new ArrayList<>();
        if (month != null) {
            args.put("first", month.atDay(1));
            args.put("last", month.atEndOfMonth());
            where.add(SummaryJob.SUMMARY_DATE + " BETWEEN :first AND :last");
        }
        if (district != null) {
            args.put("district", district);
            where.add("coalesce(r.district, '区未注明') = :district");
        }
        return spark.sql("SELECT r.report_id FROM report r WHERE " + String.join(" AND ", where), args);
    }

    private static Part table(SparkSession spark, SheetWriter writer, String table, String sheet, String kind, String view,
                              boolean scoped, String district, int rowsPerSheet) {
        Dataset<Row> df = spark.table(view);
        List<String> columns = Arrays.asList(df.columns());
        String note = "";
        String from = view + " t";
        if (scoped && columns.contains("report_id")) {
            from += " LEFT SEMI JOIN export_scope s ON s.report_id = t.report_id";
        } else if (scoped && district != null && columns.contains("district")) {
            from += " WHERE t.district = :district";
            note = "汇总表：按区筛选，未按月份筛选 (截至导出时全湖)";
        } else if (scoped) {
            note = "汇总表：全湖，未按月份或区筛选";
        }
        // a report's rows beside its station, so a reader of 服务指标 knows whose they are
        boolean named = columns.contains("report_id") && !columns.contains("station") && !table.equals("report");
        List<String> select = new ArrayList<>();
        List<String> codes = new ArrayList<>();
        for (String c : columns) {
            select.add("t.`" + c + "`");
            codes.add(table + "." + c);
            if (named && c.equals("report_id")) {
                select.add("r.district");
                select.add("r.station");
                codes.add("report.district");
                codes.add("report.station");
            }
        }
        String order = order(columns, table);
        String query = named
                ? "SELECT " + String.join(", ", select) + " FROM (SELECT * FROM " + from + ") t LEFT JOIN report r ON r.report_id = t.report_id"
                : "SELECT " + String.join(", ", select) + " FROM " + from;
        Map<String, Object> args = district == null ? Map.of() : Map.of("district", district);
        Dataset<Row> rows = spark.sql(query + (order.isEmpty() ? "" : " ORDER BY " + order), args);
        SheetWriter.Written w = writer.write(table, sheet, rows.schema(), codes.toArray(String[]::new), rows.toLocalIterator(), rowsPerSheet);
        if (w.sheets().size() > 1) {
            note = (note.isEmpty() ? "" : note + "；") + "超出 Excel 每表 " + String.format("%,d", rowsPerSheet)
                    + " 行上限，分为 " + w.sheets().size() + " 张表：" + String.join("、", w.sheets());
        }
        return new Part(table, kind, w.sheets(), w.rows(), note);
    }

    /** Rows in the order a reader looks for them: by district and station, then time. */
    private static String order(List<String> columns, String table) {
        List<String> keys = new ArrayList<>();
        if (table.equals("report")) return "t.district, t.station, " + ReportDate.sql("t") + ", t.report_id";
        boolean named = columns.contains("report_id") && !columns.contains("station");
        if (named) keys.addAll(List.of("r.district", "r.station"));
        for (String c : List.of("district", "station", "report_id", "party", "period_label", "area", "indicator", "seq",
                "month", "person_key", "source_file")) {
            if (columns.contains(c)) keys.add("t." + c);
        }
        return String.join(", ", keys);
    }

    private static void guide(SXSSFWorkbook wb, SXSSFSheet sheet, String lakeDir, String outDir, YearMonth month,
                              String district, boolean noBench, List<Part> parts) {
        Font bold = wb.createFont();
        bold.setBold(true);
        CellStyle title = wb.createCellStyle();
        title.setFont(bold);
        int r = 0;
        SXSSFRow row = sheet.createRow(r++);
        row.createCell(0).setCellValue("社工服务站评估数据导出");
        row.getCell(0).setCellStyle(title);
        line(sheet, r++, "导出时间", LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")));
        line(sheet, r++, "数据湖", lakeDir);
        line(sheet, r++, "基准表", noBench ? "无 (未运行 bench，" + outDir + "/bench 下没有基准表)" : outDir + "/bench");
        line(sheet, r++, "范围", (month == null ? "全部月份" : month.getYear() + "年" + month.getMonthValue() + "月 (按评估日期；未写的按考核期末、合同期末)")
                + "，" + (district == null ? "全部区" : district));
        line(sheet, r++, "列名", "第一行为中文列名；鼠标停在列名上可见其在数据湖与 SQL 中的代码 (表.列)");
        r++;
        row = sheet.createRow(r++);
        String[] head = {"工作表", "内容", "来源", "行数", "备注"};
        for (int c = 0; c < head.length; c++) {
            row.createCell(c).setCellValue(head[c]);
            row.getCell(c).setCellStyle(title);
        }
        for (Part p : parts) {
            row = sheet.createRow(r++);
            row.createCell(0).setCellValue(p.sheets().isEmpty() ? "(无)" : String.join("、", p.sheets()));
            row.createCell(1).setCellValue(ABOUT.getOrDefault(p.table(), ""));
            row.createCell(2).setCellValue(p.kind() + "：" + p.table());
            row.createCell(3).setCellValue(p.rows());
            row.createCell(4).setCellValue(p.note());
        }
        int[] widths = {30, 50, 30, 10, 60};
        for (int c = 0; c < widths.length; c++) sheet.setColumnWidth(c, widths[c] * 256);
    }

    private static void line(SXSSFSheet sheet, int r, String label, String value) {
        SXSSFRow row = sheet.createRow(r);
        row.createCell(0).setCellValue(label);
        row.createCell(1).setCellValue(value);
    }
}
