package org.stations.export;

import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFCell;
import org.apache.poi.xssf.streaming.SXSSFRow;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * Streams rows of one table into one or more sheets of an SXSSF workbook (only a window of rows is
 * held in memory): a Chinese header with the column code in a comment, frozen and filtered; dates as
 * Excel dates; rates as percentages; long prose wrapped. A table longer than a sheet holds continues
 * on "名称 (2)", "名称 (3)" …; the caller records that on the workbook's 说明 sheet.
 */
final class SheetWriter {
    /** Data rows a sheet holds: Excel's 1,048,576 rows less the header. */
    static final int EXCEL_DATA_ROWS = SpreadsheetVersion.EXCEL2007.getMaxRows() - 1;

    /** Column widths in characters: a CJK character counts two, as Excel draws it twice as wide. */
    private static final int MAX_WIDTH = 40;
    private static final int WRAPPED_WIDTH = 70;

    private final SXSSFWorkbook wb;
    private final CellStyle header;
    private final CellStyle date;
    private final CellStyle dateTime;
    private final CellStyle percent;
    private final CellStyle number;
    private final CellStyle wrap;
    private final CellStyle plain;

    SheetWriter(SXSSFWorkbook wb) {
        this.wb = wb;
        CreationHelper h = wb.getCreationHelper();
        Font bold = wb.createFont();
        bold.setBold(true);
        header = wb.createCellStyle();
        header.setFont(bold);
        header.setFillForegroundColor(IndexedColors.PALE_BLUE.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setVerticalAlignment(VerticalAlignment.TOP);
        date = style(h.createDataFormat().getFormat("yyyy-mm-dd"));
        dateTime = style(h.createDataFormat().getFormat("yyyy-mm-dd hh:mm:ss"));
        percent = style(h.createDataFormat().getFormat("0.00%"));
        number = style(h.createDataFormat().getFormat("General"));
        plain = style(h.createDataFormat().getFormat("@"));
        wrap = style(h.createDataFormat().getFormat("@"));
        wrap.setWrapText(true);
    }

    private CellStyle style(short format) {
        CellStyle s = wb.createCellStyle();
        s.setDataFormat(format);
        s.setVerticalAlignment(VerticalAlignment.TOP);
        return s;
    }

    /** The sheets one table filled, and its rows. */
    record Written(List<String> sheets, long rows) {}

    /**
     * Writes the rows under {@code sheetName}, continuing on further sheets past {@code rowsPerSheet}.
     * {@code codes}: each column as SQL names it (table.column), shown in the header's comment.
     * An empty table still gets its sheet with the header, so a reader sees the table exists.
     */
    Written write(String table, String sheetName, StructType schema, String[] codes, Iterator<Row> rows, int rowsPerSheet) {
        List<String> sheets = new ArrayList<>();
        StructField[] fields = schema.fields();
        int[] widths = new int[fields.length];
        SXSSFSheet sheet = start(table, sheetName, fields, codes, widths);
        sheets.add(sheetName);
        int r = 1;
        long total = 0;
        while (rows.hasNext()) {
            if (r > rowsPerSheet) {
                finish(sheet, fields, widths, r);
                String name = sheetName + " (" + (sheets.size() + 1) + ")";
                sheet = start(table, name, fields, codes, widths);
                sheets.add(name);
                r = 1;
            }
            Row row = rows.next();
            SXSSFRow out = sheet.createRow(r++);
            for (int c = 0; c < fields.length; c++) {
                if (!row.isNullAt(c)) widths[c] = Math.max(widths[c], cell(out.createCell(c), fields[c], table, row.get(c)));
            }
            total++;
        }
        finish(sheet, fields, widths, r);
        return new Written(sheets, total);
    }

    private SXSSFSheet start(String table, String name, StructField[] fields, String[] codes, int[] widths) {
        SXSSFSheet sheet = wb.createSheet(name);
        Drawing<?> drawing = sheet.createDrawingPatriarch();
        CreationHelper h = wb.getCreationHelper();
        SXSSFRow row = sheet.createRow(0);
        for (int c = 0; c < fields.length; c++) {
            String code = fields[c].name();
            SXSSFCell cell = row.createCell(c);
            cell.setCellValue(Columns.header(table, code));
            cell.setCellStyle(header);
            // the code as the lake and SQL name it, on hovering the header
            ClientAnchor anchor = h.createClientAnchor();
            anchor.setCol1(c);
            anchor.setCol2(c + 2);
            anchor.setRow1(0);
            anchor.setRow2(2);
            Comment comment = drawing.createCellComment(anchor);
            comment.setString(h.createRichTextString(codes[c]));
            cell.setCellComment(comment);
            widths[c] = Math.max(widths[c], width(Columns.header(table, code)) + 2); // room for the filter button
        }
        sheet.createFreezePane(0, 1);
        return sheet;
    }

    private void finish(SXSSFSheet sheet, StructField[] fields, int[] widths, int rows) {
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, rows - 1), 0, fields.length - 1));
        for (int c = 0; c < fields.length; c++) {
            int w = Columns.wrapped(fields[c].name()) ? WRAPPED_WIDTH : Math.min(MAX_WIDTH, Math.max(6, widths[c] + 1));
            sheet.setColumnWidth(c, w * 256);
        }
    }

    /** Writes one value; returns its display width in characters. */
    private int cell(SXSSFCell cell, StructField field, String table, Object v) {
        DataType t = field.dataType();
        if (v instanceof LocalDate d) {
            cell.setCellValue(d);
            cell.setCellStyle(date);
            return 10;
        }
        if (v instanceof java.sql.Date d) {
            cell.setCellValue(d.toLocalDate());
            cell.setCellStyle(date);
            return 10;
        }
        if (v instanceof Instant i) {
            cell.setCellValue(LocalDateTime.ofInstant(i, ZoneId.systemDefault()));
            cell.setCellStyle(dateTime);
            return 19;
        }
        if (v instanceof Timestamp ts) {
            cell.setCellValue(ts.toLocalDateTime());
            cell.setCellStyle(dateTime);
            return 19;
        }
        if (v instanceof Number n) {
            cell.setCellValue(n.doubleValue());
            boolean pct = (t == DataTypes.DoubleType || t == DataTypes.FloatType) && Columns.percent(table, field.name());
            cell.setCellStyle(pct ? percent : number);
            return pct ? 8 : Math.min(12, n.toString().length());
        }
        if (v instanceof Boolean b) {
            cell.setCellValue(b ? "是" : "否");
            cell.setCellStyle(plain);
            return 2;
        }
        String s = v instanceof scala.collection.Seq<?> seq ? String.join(", ", scala.jdk.javaapi.CollectionConverters.asJava(seq)
                .stream().map(String::valueOf).toList()) : String.valueOf(v);
        // a cell holds at most 32,767 characters; a longer evidence string is cut with a mark, never silently
        if (s.length() > 32_767) s = s.substring(0, 32_700) + " …(超出单元格上限，已截断)";
        cell.setCellValue(s);
        cell.setCellStyle(Columns.wrapped(field.name()) ? wrap : plain);
        return width(s);
    }

    static int width(String s) {
        int w = 0;
        for (int i = 0; i < s.length(); i++) w += s.charAt(i) > 0x2E80 ? 2 : 1;
        return w;
    }
}
