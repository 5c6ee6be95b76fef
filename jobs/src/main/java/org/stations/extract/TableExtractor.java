package org.stations.extract;

import org.stations.model.Check;
import org.stations.model.IndicatorVocabulary;

import org.stations.document.Document;
import org.stations.model.ColumnRole;
import org.stations.model.Party;
import org.stations.model.ReportType;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Objects;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every table of a {@link Document}, read by its header words and its rows' labels, never by column position:
 * a column is a target, an actual, a completion, a maximum, a score or a converted score because its header says
 * so ({@link ColumnRole}); a row is an indicator, a party, a third-party item or a staffing figure because its
 * label says so. 片区 may be rows (an area column), columns (东片区完成) or whole tables (under a 片区 heading).
 * A table whose header gives its numbers no meaning is not guessed at: it is named in a {@code table_unparsed}
 * problem when its rows name indicators, parties or staffing.
 */
public final class TableExtractor {
    private TableExtractor() {}

    /** What the tables say. Staffing and report facts by column name of the lake (staffing.*, report.*). */
    public static final class Result {
        public final List<IndicatorValue> indicators = new ArrayList<>();
        public final Map<Party, ScoreExtractor.PartyScore> parties = new LinkedHashMap<>();
        public final List<ScoreExtractor.ScoreItem> items = new ArrayList<>();
        public final List<Double> totals = new ArrayList<>();
        public String totalEvidence;
        /** The grade a key/value grid states in a cell of its own ("评估等级 | 良好"), and its row. */
        public String grade, gradeEvidence;
        public final Map<String, Double> facts = new LinkedHashMap<>();
        public final Map<String, String> factEvidence = new LinkedHashMap<>();
        public final List<String> problems = new ArrayList<>();
        /**
         * The 说明/备注 cells of staffing rows, each after its row's label ("本年度流出：其中离职2人、调出1人",
         * "年内持续在岗：稳岗率82.35%"): sentences the staffing rules read (see {@link TableFacts}).
         */
        public final List<String> staffingNotes = new ArrayList<>();
        /** The rows those notes were printed in, as evidence. */
        public final Map<String, String> staffingNoteRows = new LinkedHashMap<>();
        /** Tables without a header row whose rows are a label and numbers: read as number rows, not by header. */
        public final java.util.Set<Integer> headerless = new java.util.HashSet<>();

        void fact(String field, Double value, String evidence) {
            if (value == null || facts.containsKey(field)) return;
            facts.put(field, value);
            factEvidence.put(field, evidence);
        }
    }

    /** The third party's itemised score: the items evaluators print (one vocabulary). */
    static final List<String> SCORE_ITEMS = List.of("项目管理", "运营管理", "服务监测", "服务成效", "服务质量", "专业服务",
            "服务管理", "机构管理", "财务管理", "人员管理", "服务开展");
    /** A 片区's number before 片区 (1片区, 三片区), taken whole from its first digit (see {@link Cn#DIGITS}). */
    static final String AREA_NUMBER = "(?<![\\d一二三四五六七八九十])[\\d一二三四五六七八九十]++";
    private static final Pattern AREA_WORD = Pattern.compile(
            "(片区\\s*[\\d一二三四五六七八九十]+|" + AREA_NUMBER + "\\s*片区|[东西南北中][\\d一二三四五六七八九十]?片区?(?![\\u4e00-\\u9fff]{0,1}[组活])|[\\u4e00-\\u9fff]{1,2}片区)");
    private static final Pattern TOTAL_WORD = Pattern.compile("^(?:全站|全年|总|四方)?(?:合计|小计|总计|总分|总得分|汇总)");
    /** An area cell that means the whole station: 全站合计, 合计, or 全站 alone. */
    private static final Pattern WHOLE_STATION = Pattern.compile("^(?:全站|全街|全镇|站级|整体)(?:合计|小计|总计|汇总)?$|^(?:合计|小计|总计|汇总)$");
    private static final Pattern HEADING_AREA = Pattern.compile(
            "^(?:[(（]?[一二三四五六七八九十\\d]+[)）、.]\\s*|\\d+(?:\\.\\d+){1,9}\\s*)?(片区\\s*[一二三四五六七八九十\\d]+|[一二三四五六七八九十\\d]+\\s*片区|[东西南北中]\\d?片区?|[\\u4e00-\\u9fff]{2,3}片(?=[(（\\s]|$))(?![\\d一二三四五六七八九十])");
    /**
     * A table's caption ("表2　松北片区服务指标完成情况"): it names that table's 片区, or — naming none (表5　全站…汇总) — says
     * the table is the station's, whatever 片区 an earlier caption named.
     */
    private static final Pattern CAPTION = Pattern.compile("^表\\s*+[\\d一二三四五六七八九十]{1,3}+(?:[-－.]\\d{1,3}+)?[\\s\\u3000.:：、]*+");
    private static final Pattern CAPTION_AREA = Pattern.compile("^(?![各每全本该分])([\\u4e00-\\u9fff]{2,3}片区)");
    private static final Pattern STATION_CAPTION = Pattern.compile("全站|全街|全镇|汇总|合计|总计");
    private static final Pattern HEADING_PERIOD = Pattern.compile(
            "^(?:[(（]?[一二三四五六七八九十\\d]+[)）、.]\\s*)?(\\d{4}年\\d{1,2}月\\s*(?:至|到|—|-|~)\\s*(?:\\d{4}年)?\\d{1,2}月|(?:上|下)半年|第[一二三四五六七八九十\\d]+(?:个)?(?:项目期|阶段))");
    /** A row about the team, read as staffing, never as a service indicator. */
    /** A label column of posts (岗位, 职位, 职务): the table is a staffing table. */
    private static final Pattern POSTS = Pattern.compile("岗位|职位|职务");
    private static final Pattern STAFFING_LABEL = Pattern.compile("社工|稳岗|在岗|到岗|离职|入职|调入|调出|人员");
    /** An item with a bracketed qualifier: "服务质量（东1片区）", "服务质量（平均）". */
    private static final Pattern BRACKETED = Pattern.compile("^([^(（]*+)[(（](.*)[)）]$");
    /** An item's maximum in brackets after its name: "（10分）", "(满分15分)". */
    private static final Pattern MAX_IN_BRACKETS = Pattern.compile("^(?:满分)?\\d{1,3}+(?:\\.\\d{1,2}+)?+分$");
    private static final Pattern PLACEHOLDER = Pattern.compile("—+|-+|/|无");
    /** A target printed as a floor ("≥3,000", "不少于50"): the number is the target. */
    private static final Pattern AT_LEAST = Pattern.compile("^(?:≥|>=|≧|不少于|不低于)");
    private static final Pattern PLACE_PIAN = Pattern.compile("[\\u4e00-\\u9fff]{1,3}片");
    private static final Pattern PLAIN_NUMBER = Pattern.compile("\\d[\\d,]*+(?:\\.\\d++)?");
    private static final Pattern PERCENT_OR_NUMBER = Pattern.compile("[+-]?\\d[\\d,]*(?:\\.\\d+)?\\s*%?");

    public static Result extract(Document doc) {
        return extract(doc, null);
    }

    /** @param reportType the report's type code: where 中期 and 末期 columns stand side by side, its own are read */
    public static Result extract(Document doc, String reportType) {
        Result r = new Result();
        List<String> recent = new ArrayList<>();
        List<List<String>> lastHeader = List.of();
        int paragraphsSince = 0;
        for (Document.Block b : apartAtHeadings(doc.blocks())) {
            if (b instanceof Document.Paragraph p) {
                recent.add(p.text());
                if (recent.size() > 3) recent.remove(0);
                paragraphsSince++;
                continue;
            }
            Document.Table t = (Document.Table) b;
            int h = headerRows(shaped(t));
            if (h > 0) lastHeader = t.rows().subList(0, h);
            else if (paragraphsSince <= 1 && !lastHeader.isEmpty() && lastHeader.get(0).size() == t.width() && labelAndNumbers(t)) {
                // a table continued right after a page break or one section heading ("二、六榕片（…）"), without its
                // header: read under the header of the table it continues
                List<List<String>> rows = new ArrayList<>(lastHeader);
                rows.addAll(t.rows());
                t = new Document.Table(t.index(), rows);
            }
            read(t, List.copyOf(recent), r, ReportType.of(reportType == null ? "" : reportType));
            paragraphsSince = 0;
        }
        return r;
    }

    /**
     * Blocks with each table cut where a row is a section heading ("三、服务指标完成情况", no figure) followed by a row
     * without figures (a caption, a header): a PDF reader may join two tables and the heading between them into one;
     * the heading is a paragraph again.
     */
    static List<Document.Block> apartAtHeadings(List<Document.Block> blocks) {
        List<Document.Block> out = new ArrayList<>();
        Matcher top = org.stations.normalize.Headings.TOP.matcher("");
        for (Document.Block b : blocks) {
            if (!(b instanceof Document.Table t)) { out.add(b); continue; }
            int from = 0;
            for (int i = 1; i < t.rows().size(); i++) {
                List<String> row = t.rows().get(i);
                String text = String.join("", row).strip();
                if (!top.reset(text).find() || row.stream().anyMatch(c -> number(c) != null)) continue;
                // a heading over figures ("一、全站" above its rows) labels a group of the table; one over a caption or
                // a header row starts another table
                if (i + 1 < t.rows().size() && t.rows().get(i + 1).stream().anyMatch(c -> number(c) != null)) continue;
                if (i > from) out.add(new Document.Table(t.index(), t.rows().subList(from, i)));
                out.add(new Document.Paragraph(text));
                from = i + 1;
            }
            if (from == 0) out.add(t);
            else if (from < t.rows().size()) out.add(new Document.Table(t.index(), t.rows().subList(from, t.rows().size())));
        }
        return out;
    }

    // ---- a table's columns ----

    /** A column: its role and, for a per-片区 column (东片区完成, 东片区), the 片区 it belongs to. */
    record Column(ColumnRole role, String area, String header) {}

    private static void read(Document.Table printed, List<String> context, Result r, ReportType type) {
        Document.Table records = figuresInCells(printed);
        if (records != null) read(records, List.of(), r, type);
        Document.Table t = shaped(captionedRatios(printed, context));
        int headerRows = headerRows(t);
        movements(t, r);
        if (headerRows == 0) {
            // no header row: its rows of a label and numbers are left to the reading of number rows in running text
            // (IndicatorTableExtractor), which takes a row only where its % agrees with its numbers
            if (keyValueGrid(t, r) > 0) return;
            if (!labelAndNumbers(t)) unparsedIfMeaningful(t, "表头缺失", r);
            else r.headerless.add(t.index());
            return;
        }
        t = ratiosApart(t, headerRows);
        List<Column> cols = scoreBesideFullMarks(wholePeriodOverStage(ofThisPeriod(columns(t, headerRows), type)));
        int label = labelColumn(t, headerRows, cols);
        if (label < 0) { unparsedIfMeaningful(t, "无法确定标签列", r); return; }
        t = continuedRows(t, headerRows, cols);
        boolean scores = cols.stream().anyMatch(c -> c.role == ColumnRole.SCORE || c.role == ColumnRole.MAX || c.role == ColumnRole.CONVERTED);
        boolean counts = cols.stream().anyMatch(c -> c.role == ColumnRole.TARGET || c.role == ColumnRole.ACTUAL || c.role == ColumnRole.COMPLETION);
        String contextArea = contextArea(context);
        String period = contextPeriod(context);
        List<Row> rows = rows(t, headerRows, cols, label);
        int read = 0;
        if (scores) read += scoreRows(rows, cols, r) + gradeRow(t, headerRows, r);
        if (counts) {
            read += staffingRows(rows, cols, r);
            // a table of posts (岗位 | 协议配备 | 实际在岗: 站长, 一线社工, 行政助理) is staffing: its rows are no indicators
            if (!POSTS.matcher(cols.get(label).header).find()) read += indicatorRows(rows, cols, contextArea, period, r);
        }
        if (read == 0 && (scores || counts)) unparsedIfMeaningful(t, "表头无法赋予数值含义", r);
    }

    /**
     * An indicator's record written in a cell, its unit in brackets after its name: "建档（户）：指标420，完成226，完成率53.81%"
     * (several to a 核查情况 cell of a scoring sheet).
     */
    private static final Pattern CELL_RECORD = Pattern.compile(
            "([\\u4e00-\\u9fff]{2,16}+)[(（]([\\u4e00-\\u9fff]{1,3}+)[)）][:：]\\s*+(?:年度|全年|协议)?+指标\\s*+(\\d{1,7}+)[,，]\\s*+"
            + "(?:实际)?+完成\\s*+(\\d{1,7}+)(?:[,，]\\s*+完成率\\s*+(\\d{1,4}+(?:\\.\\d{1,4}+)?+[%％]))?+");

    /**
     * The indicator records a table's cells state (see {@link #CELL_RECORD}) as a table of their own, read by its header
     * words like any other; null where no cell holds two or more.
     */
    static Document.Table figuresInCells(Document.Table t) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("指标名称", "单位", "年度指标", "完成", "完成率"));
        java.util.Set<String> seen = new java.util.HashSet<>();
        Matcher m = CELL_RECORD.matcher("");
        for (List<String> row : t.rows()) {
            for (String cell : row) {
                if (cell.length() < 12 || !seen.add(cell)) continue; // a merged cell repeated on each row once
                List<List<String>> found = new ArrayList<>();
                m.reset(cell);
                while (m.find()) {
                    found.add(List.of(m.group(1) + "（" + m.group(2) + "）", m.group(2), m.group(3), m.group(4),
                            m.group(5) == null ? "" : m.group(5)));
                }
                if (found.size() >= 2) rows.addAll(found);
            }
        }
        return rows.size() > 1 ? new Document.Table(t.index(), rows) : null;
    }

    /** Two figures in one cell ("9.10/10"). */
    private static final Pattern RATIO_CELL = Pattern.compile("^\\d{1,6}+(?:\\.\\d{1,4}+)?+\\s*+[/／]\\s*+\\d{1,6}+(?:\\.\\d{1,4}+)?+$");
    /** A caption naming the two figures of each cell, in their order: "第三方评估分项（得分/满分）". */
    private static final Pattern CAPTION_PARTS = Pattern.compile("[(（]([^()（）/／]{1,6}+)[/／]([^()（）/／]{1,6}+)[)）]");

    /**
     * Names across the top and, under each, a cell of two figures whose meaning only the caption above gives
     * ("第三方评估分项（得分/满分）" over 项目管理 … 合计 and 9.10/10 …): one row per name, each figure under its part of the
     * caption, so the rows are read by those words. Both parts must name value roles; otherwise unchanged.
     */
    static Document.Table captionedRatios(Document.Table t, List<String> context) {
        if (t.rows().size() != 2 || context.isEmpty()) return t;
        List<String> names = t.rows().get(0), figures = t.rows().get(1);
        if (names.size() < 2 || figures.size() != names.size()) return t;
        for (int c = 0; c < names.size(); c++) {
            if (names.get(c).isBlank() || number(names.get(c)) != null || !RATIO_CELL.matcher(figures.get(c).strip()).matches()) return t;
        }
        Matcher m = CAPTION_PARTS.matcher(context.get(context.size() - 1));
        if (!m.find()) return t;
        String first = m.group(1).strip(), second = m.group(2).strip();
        ColumnRole a = ColumnRole.of(first), b = ColumnRole.of(second);
        if (a == null || b == null || !a.isValue() || !b.isValue() || a == b) return t;
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("项目", first, second));
        for (int c = 0; c < names.size(); c++) {
            String[] parts = SLASH.split(figures.get(c).strip());
            rows.add(List.of(names.get(c), parts[0].strip(), parts[1].strip()));
        }
        return new Document.Table(t.index(), rows);
    }

    /** A table in the shape its header words read: columns found, side-by-side groups stacked, turned if sideways. */
    static Document.Table shaped(Document.Table t) {
        return sideways(groupsStacked(wordsRealigned(spacedColumns(labelledCells(rolePairs(numberedRecords(t)))))));
    }

    /** A cell that names its figure: a short header word, maybe a colon, then the figure ("权重20%", "加权得分：17.60"). */
    private static final Pattern LABELLED_CELL = Pattern.compile(
            "^([\\u4e00-\\u9fff]{1,8}+)[:：]?+\\s*+([+-]?\\d[\\d,，]*+(?:\\.\\d++)?\\s*+[%％]?)$");

    /**
     * A table without a header row whose cells carry their column's name before the figure, the same name all down a
     * column ("项目管理 | 权重20% | 维度得分88.00 | 加权得分17.60"): the names become the header row, the figures the
     * cells. Only names the column vocabulary knows ({@link ColumnRole}); otherwise unchanged.
     */
    static Document.Table labelledCells(Document.Table t) {
        if (t.rows().size() < 2 || t.width() < 2) return t;
        int width = t.width();
        String[] names = new String[width];
        boolean any = false;
        Matcher m = LABELLED_CELL.matcher("");
        for (int c = 0; c < width; c++) {
            String name = null;
            int cells = 0;
            for (int i = 0; i < t.rows().size() && cells >= 0; i++) {
                String cell = t.cell(i, c).strip();
                if (cell.isEmpty()) continue;
                if (!m.reset(cell).matches() || name != null && !name.equals(m.group(1))) cells = -1;
                else { name = m.group(1); cells++; }
            }
            if (cells >= 2 && ColumnRole.of(name) != null && ColumnRole.of(name) != ColumnRole.LABEL) {
                names[c] = name;
                any = true;
            }
        }
        if (!any) return t;
        List<List<String>> rows = new ArrayList<>();
        List<String> header = new ArrayList<>();
        for (int c = 0; c < width; c++) header.add(names[c] == null ? "" : names[c]);
        rows.add(header);
        for (List<String> row : t.rows()) {
            List<String> cells = new ArrayList<>(row);
            for (int c = 0; c < cells.size(); c++) {
                if (names[c] != null && m.reset(cells.get(c).strip()).matches()) cells.set(c, m.group(2));
            }
            rows.add(cells);
        }
        return new Document.Table(t.index(), rows);
    }

    /**
     * A PDF table whose records are numbered (序号 1, 2, 3 … in the first column) and whose cells wrap over several
     * printed lines: each line without a number in the first column is the rest of the record above (its cells joined
     * on, the figures often on the second line), also across a page break, where the header printed again is dropped.
     * A header printed only there (the first lost to the page's layout) becomes the table's. Otherwise unchanged.
     */
    /** The most printed lines one numbered record wraps over (the longest in the blind reports: 3). */
    private static final int MAX_RECORD_LINES = 12;

    static Document.Table numberedRecords(Document.Table t) {
        int header = -1, expected = 1, starts = 0;
        for (int i = 0; i < t.rows().size(); i++) {
            List<String> row = t.rows().get(i);
            String first = row.isEmpty() ? "" : row.get(0).strip();
            if (first.isEmpty()) continue;
            if (first.equals(String.valueOf(expected))) { expected++; starts++; continue; }
            if (ColumnRole.of(first) == ColumnRole.SEQUENCE && row.stream().noneMatch(c -> number(c) != null)) {
                if (header < 0) header = i;
                continue;
            }
            if (starts > 0) return t; // a first cell that is neither the next number nor the header: not numbered records
        }
        if (starts < 3) return t;
        boolean wrapped = false;
        List<List<String>> out = new ArrayList<>();
        if (header >= 0) out.add(t.rows().get(header));
        List<String> record = null;
        int lines = 0;
        for (int i = 0; i < t.rows().size(); i++) {
            List<String> row = t.rows().get(i);
            String first = row.isEmpty() ? "" : row.get(0).strip();
            if (header >= 0 && row.equals(t.rows().get(header))) continue;
            if (!first.isEmpty() && number(first) != null) {
                record = new ArrayList<>(row);
                out.add(record);
                lines = 1;
                continue;
            }
            // a record wraps over a few lines; a run of many unnumbered rows is something else (and joining it would copy
            // the growing cells once per row)
            if (record != null && ++lines > MAX_RECORD_LINES) return t;
            if (!first.isEmpty() || record == null) {
                if (record == null) out.add(row);
                else return t;
                continue;
            }
            for (int c = 1; c < row.size(); c++) {
                String part = row.get(c).strip();
                if (part.isEmpty()) continue;
                while (record.size() <= c) record.add("");
                String above = record.get(c);
                // two figures in one column of a record: not a wrapped cell
                if (number(above) != null && number(part) != null) return t;
                record.set(c, above.isEmpty() ? part : above + part);
                wrapped = true;
            }
        }
        return wrapped || header > 0 ? new Document.Table(t.index(), out) : t;
    }

    /**
     * A record printed as a pair of rows, the second naming its role in a cell of its own (服务内容 merged over a
     * 年度指标 row and an 实际完成 row, 完成率 merged over both): one row per record, its label, the figure of each
     * role's row under that role's word, and the percentage of either row. Read only where every row with a figure names
     * a target or actual role and at least two records have both.
     */
    static Document.Table rolePairs(Document.Table t) {
        List<List<String>> out = new ArrayList<>();
        String targetWord = null, actualWord = null;
        String[] record = null; // label, target, actual, completion, evidence, whether its second row was seen
        int complete = 0;
        List<String[]> records = new ArrayList<>();
        for (int i = 0; i < t.rows().size(); i++) {
            List<String> row = t.rows().get(i);
            int at = -1;
            String word = null, before = "";
            for (int c = 0; c < row.size() && at < 0; c++) {
                String cell = row.get(c).strip();
                int space = cell.lastIndexOf(' ');
                String token = cell.substring(space + 1);
                ColumnRole role = ColumnRole.of(token);
                if ((role == ColumnRole.TARGET || role == ColumnRole.ACTUAL) && role.words.contains(token)
                        && !TOTAL_WORD.matcher(token).find() && !token.equals("全站") && !token.equals("本站")) {
                    at = c;
                    word = token;
                    StringBuilder b = new StringBuilder();
                    for (int k = 0; k < c; k++) b.append(row.get(k).strip());
                    before = (b + (space > 0 ? cell.substring(0, space) : "")).strip();
                }
            }
            boolean figures = row.stream().anyMatch(c -> number(c) != null);
            if (at < 0) {
                if (figures) return t;
                continue;
            }
            ColumnRole role = ColumnRole.of(word);
            if (!before.isEmpty() && number(before) == null) {
                record = new String[] {before, null, null, null, t.rowText(i), null};
                records.add(record);
            } else if (record == null) {
                continue;
            } else if (record[5] != null) {
                return t; // a record is a pair of rows, never more
            } else {
                record[4] = record[4] + " / " + t.rowText(i);
                record[5] = "paired";
            }
            for (int c = at + 1; c < row.size(); c++) {
                String cell = row.get(c).strip();
                if (number(cell) == null) continue;
                if (cell.endsWith("%")) { if (record[3] == null) record[3] = cell; continue; }
                int slot = role == ColumnRole.TARGET ? 1 : 2;
                if (record[slot] == null) record[slot] = cell;
            }
            if (role == ColumnRole.TARGET && targetWord == null) targetWord = word;
            if (role == ColumnRole.ACTUAL && actualWord == null) actualWord = word;
        }
        for (String[] r : records) if (r[1] != null && r[2] != null) complete++;
        if (complete < 2 || targetWord == null || actualWord == null) return t;
        out.add(List.of("服务指标", targetWord, actualWord, "完成率"));
        for (String[] r : records) out.add(java.util.Arrays.asList(r[0], s(r[1]), s(r[2]), s(r[3])));
        return new Document.Table(t.index(), out);
    }

    private static String s(String v) { return v == null ? "" : v; }

    /**
     * A table whose columns a PDF reader drew wrongly, two columns in one cell ("满分 得分" over "10 9.40") and empty
     * cells between: each row's words, one to a column, where the header's words all name a role and every row below
     * it has as many words as the header. Rows above the header (a caption row "表3 …") are dropped. Otherwise unchanged.
     */
    static Document.Table wordsRealigned(Document.Table t) {
        if (t.width() < 2 || t.rows().stream().flatMap(List::stream).noneMatch(c -> c.strip().indexOf(' ') > 0)) return t;
        List<List<String>> words = new ArrayList<>();
        for (List<String> row : t.rows()) {
            List<String> w = new ArrayList<>();
            for (String c : row) if (!c.isBlank()) w.addAll(List.of(Cn.WHITESPACE.split(c.strip())));
            words.add(w);
        }
        int header = -1;
        for (int i = 0; i < words.size() && header < 0; i++) {
            List<String> w = words.get(i);
            if (w.size() >= 3 && w.stream().allMatch(x -> ColumnRole.of(x) != null)) header = i;
        }
        if (header < 0) return t;
        int n = words.get(header).size();
        List<List<String>> rows = new ArrayList<>();
        for (int i = header; i < words.size(); i++) {
            if (words.get(i).isEmpty()) continue;
            if (words.get(i).size() != n) return t;
            rows.add(words.get(i));
        }
        return rows.size() < 2 ? t : new Document.Table(t.index(), rows);
    }

    /**
     * A table whose rows came as one cell each, columns set apart by single spaces (a PDF that looks like a scan):
     * split by the header's words. The figures are taken from the right, the leading columns before the label (序号)
     * from the left, and what is between is the label; a line of words only is the label's wrapped rest ("（户）"); a
     * bracketed rest printed after the last figure ("126.67%（服务人次）") goes back to the label.
     */
    static Document.Table spacedColumns(Document.Table t) {
        if (t.width() != 1 || t.rows().size() < 2) return t;
        List<String> header = List.of(Cn.WHITESPACE.split(t.cell(0, 0).strip()));
        int n = header.size(), label = -1;
        long roles = header.stream().filter(h -> ColumnRole.of(h) != null).count();
        for (int c = 0; c < n && label < 0; c++) {
            ColumnRole role = ColumnRole.of(header.get(c));
            if (role == null || role == ColumnRole.LABEL) label = c;
        }
        if (n < 3 || roles < n - 1 || label < 0) return t;
        int values = n - label - 1;
        List<List<String>> rows = new ArrayList<>();
        rows.add(header);
        for (int i = 1; i < t.rows().size(); i++) {
            List<String> words = new ArrayList<>(List.of(Cn.WHITESPACE.split(t.cell(i, 0).strip())));
            List<String> row = new ArrayList<>(java.util.Collections.nCopies(n, ""));
            int figures = 0;
            while (figures < words.size() && number(words.get(words.size() - 1 - figures)) != null) figures++;
            String rest = "";
            if (figures < values && !words.isEmpty()) {
                Matcher m = FIGURE_THEN_BRACKET.matcher(words.get(words.size() - 1));
                if (m.matches() && words.size() >= 2 && figures == 0) {
                    words.set(words.size() - 1, m.group(1));
                    rest = m.group(2);
                    while (figures < words.size() && number(words.get(words.size() - 1 - figures)) != null) figures++;
                }
            }
            if (figures == 0) { row.set(label, String.join("", words)); rows.add(row); continue; }
            if (figures != values || words.size() < figures + label + 1) return t;
            for (int c = 0; c < label; c++) row.set(c, words.get(c));
            row.set(label, String.join("", words.subList(label, words.size() - figures)) + rest);
            for (int k = 0; k < figures; k++) row.set(label + 1 + k, words.get(words.size() - figures + k));
            rows.add(row);
        }
        return new Document.Table(t.index(), rows);
    }

    private static final Pattern FIGURE_THEN_BRACKET = Pattern.compile("^([+-]?\\d[\\d,]*+(?:\\.\\d++)?%?)([(（][^()（）]{1,12}[)）])$");

    /**
     * The same columns printed twice side by side (评估部分 | 分值 | 得分 | 评估部分 | 分值 | 得分: two items to a row):
     * one group under the other, so each row is one item.
     */
    static Document.Table groupsStacked(Document.Table t) {
        if (t.rows().size() < 2) return t;
        int w = t.width();
        List<String> header = new ArrayList<>();
        for (int c = 0; c < w; c++) header.add(t.cell(0, c));
        for (int g = 2; g <= w / 2; g++) {
            if (w % g != 0) continue;
            int size = w / g;
            if (size < 2) break;
            boolean same = header.subList(0, size).stream().filter(h -> ColumnRole.of(h) != null).count() >= 2;
            for (int k = 1; k < g && same; k++) {
                for (int c = 0; c < size; c++) if (!t.cell(0, c).equals(t.cell(0, k * size + c)) || t.cell(0, c).isBlank()) same = false;
            }
            if (!same) continue;
            List<List<String>> rows = new ArrayList<>();
            rows.add(new ArrayList<>(header.subList(0, size)));
            for (int k = 0; k < g; k++) {
                for (int i = 1; i < t.rows().size(); i++) {
                    List<String> part = new ArrayList<>();
                    for (int c = 0; c < size; c++) part.add(t.cell(i, k * size + c));
                    if (part.stream().anyMatch(x -> !x.isBlank())) rows.add(part);
                }
            }
            return new Document.Table(t.index(), rows);
        }
        return t;
    }

    /**
     * A table printed sideways — parties or indicators across the top, 满分 / 得分 / 完成数 down the first column — turned
     * so that each row is a party or an indicator again and each column a role.
     */
    static Document.Table sideways(Document.Table t) {
        t = closingRowsOnly(t);
        if (t.rows().size() < 2 || t.width() < 3) return t;
        // the header may take several rows: a merged 第三方评估 over the items, or a PDF cell wrapped over two lines (督导中 / 心)
        int top = 0;
        while (top < Math.min(6, t.rows().size() - 1) && t.rows().get(top).stream().skip(1).noneMatch(c -> number(c) != null)) top++;
        if (top == 0) return t;
        List<String> names = new ArrayList<>();
        for (int c = 0; c < t.width(); c++) names.add(columnName(t, top, c));
        long named = names.stream().skip(1).filter(TableExtractor::namesRow).count();
        int data = t.rows().size() - top;
        long roleRows = t.rows().stream().skip(top).filter(row -> {
            ColumnRole role = row.isEmpty() ? null : ColumnRole.of(row.get(0));
            return role != null && role.isValue();
        }).count();
        if (named < 2 || roleRows < Math.max(1, (data + 1) / 2)) return t;
        List<List<String>> turned = new ArrayList<>();
        for (int c = 0; c < t.width(); c++) {
            List<String> row = new ArrayList<>();
            row.add(names.get(c));
            for (int i = top; i < t.rows().size(); i++) row.add(t.cell(i, c));
            turned.add(row);
        }
        return new Document.Table(t.index(), turned);
    }

    /** A row of one month (2024 年 10 月, 10月份) or quarter of the period: a part of its total, never the period's figure. */
    private static final Pattern PERIOD_PART_ROW = Pattern.compile(
            "^(?:\\d{4}\\s*+年\\s*+)?+(?:\\d{1,2}\\s*+月份?|第[一二三四1-4]季度)$");

    /**
     * Indicators across the top and a row per month, closed by rows naming their figure (合计 | 年度指标 | 完成率): the
     * closing rows are the record, the month rows (and the header printed again after a page break) no value of the
     * period; the header and the closing rows only, to be turned. Unchanged unless every other row is a month's.
     */
    static Document.Table closingRowsOnly(Document.Table t) {
        int top = 0;
        while (top < Math.min(6, t.rows().size() - 1) && t.rows().get(top).stream().skip(1).noneMatch(c -> number(c) != null)) top++;
        if (top == 0 || t.width() < 3) return t;
        List<List<String>> header = t.rows().subList(0, top);
        List<List<String>> kept = new ArrayList<>(header);
        int parts = 0, roles = 0;
        for (List<String> row : t.rows().subList(top, t.rows().size())) {
            String first = row.isEmpty() ? "" : row.get(0).strip();
            ColumnRole role = ColumnRole.of(first);
            if (role != null && role.isValue()) { kept.add(row); roles++; }
            else if (PERIOD_PART_ROW.matcher(first).matches()) parts++;
            else if (!header.contains(row)) return t;
        }
        return parts >= 2 && roles >= 2 ? new Document.Table(t.index(), kept) : t;
    }

    /** A party, an indicator, a third-party item, a total or a team figure: what a row of a turned table is. */
    private static boolean namesRow(String c) {
        return partyOf(c) != null || IndicatorVocabulary.family(c) != null || SCORE_ITEMS.stream().anyMatch(c::startsWith)
                || c.contains("社工") || TOTAL_WORD.matcher(c).find();
    }

    /**
     * A column's name from the header rows above its data: its lowest fragment, with the fragments above put before it
     * until together they name something (督导中 + 心; 项目管 + 理), so that a merged 第三方评估 above an item does not
     * make the item the party. Fragments that never name anything are joined whole.
     */
    static String columnName(Document.Table t, int headerRows, int c) {
        List<String> fragments = new ArrayList<>();
        for (int i = 0; i < headerRows; i++) {
            String cell = t.cell(i, c).strip();
            if (!cell.isEmpty() && (fragments.isEmpty() || !fragments.get(fragments.size() - 1).equals(cell))) fragments.add(cell);
        }
        String name = "";
        for (int k = fragments.size() - 1; k >= 0; k--) {
            name = fragments.get(k) + name;
            if (namesRow(name) || ColumnRole.of(name) != null) return name;
        }
        return String.join("", fragments);
    }

    /**
     * A column of two figures per cell under a header that names both (完成/指标 over 395/380): two columns, each under
     * its part of the header, so that each figure is read for what its part says. A cell that is not two numbers leaves
     * both empty, never one figure guessed to be either.
     */
    static Document.Table ratiosApart(Document.Table t, int headerRows) {
        int width = t.width();
        // each ratio column's two roles, found first, so that the table is rebuilt once however many there are
        Map<Integer, ColumnRole[]> ratios = new LinkedHashMap<>();
        for (int c = 0; c < width; c++) {
            String[] parts = SLASH.split(t.cell(headerRows - 1, c).replaceAll("\\s+", ""), -1);
            if (parts.length != 2) continue;
            ColumnRole first = ColumnRole.ofFigure(parts[0]), second = ColumnRole.ofFigure(parts[1]);
            if (first != null && second != null && first.isValue() && second.isValue() && first != second)
                ratios.put(c, new ColumnRole[]{first, second});
        }
        if (ratios.isEmpty()) return t;
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < t.rows().size(); i++) {
            List<String> row = new ArrayList<>();
            for (int c = 0; c < width; c++) {
                String cell = t.cell(i, c);
                ColumnRole[] roles = ratios.get(c);
                if (roles == null) { row.add(cell); continue; }
                String[] pair = SLASH.split(cell.replaceAll("\\s+", ""), -1);
                if (i == headerRows - 1) {
                    // the lowest header names each part by its role word (完成 → 完成, 指标 → 全年指标), as ColumnRole reads it
                    row.add(roleWord(roles[0], pair[0]));
                    row.add(roleWord(roles[1], pair[1]));
                } else if (i < headerRows) {
                    row.add(cell);
                    row.add(cell);
                } else if (pair.length == 2 && number(pair[0]) != null && number(pair[1]) != null) {
                    row.add(pair[0]);
                    row.add(pair[1]);
                } else {
                    row.add("");
                    row.add("");
                }
            }
            rows.add(row);
        }
        return new Document.Table(t.index(), rows);
    }

    /** A header part as a header its role reads from: 指标 alone (a target in a figure's header) becomes 指标值. */
    private static String roleWord(ColumnRole role, String part) {
        return ColumnRole.of(part) == role ? part : role.words.get(0);
    }

    /** Movements of the team as columns (离职 | 入职 | 调入 | 调出, under 本期变动): read on the row of the whole team. */
    private static final Map<String, String> MOVEMENT_COLUMNS = Map.of("离职", "staffing.resigned", "辞职", "staffing.resigned",
            "入职", "staffing.hired", "新入职", "staffing.hired", "调入", "staffing.transferred_in", "调出", "staffing.transferred_out");
    /**
     * Head counts as columns of a table by position (岗位 | 人数 | 其中持证, a row per 站长 / 一线社工 … and one for the
     * team): read on the row of the whole team, never summed over the positions (a 行政 row is no social worker).
     */
    private static final Map<String, String> HEADCOUNT_COLUMNS = Map.of("人数", "report.social_workers",
            "在岗人数", "report.social_workers", "社工人数", "report.social_workers", "其中持证", "report.certified_workers",
            "持证", "report.certified_workers", "持证人数", "report.certified_workers", "其中持证人数", "report.certified_workers");
    private static final Pattern POSITION_HEADER = Pattern.compile("^(?:岗位|职位|职务|岗位名称|岗位设置)$");
    /** The row of the whole team: 社工, 全体社工, 社工总数 — not 其中：持证社工. */
    private static final Pattern TEAM_ROW = Pattern.compile("^(?:全体|全站|在岗)?社工(?:人数|总数|合计)?(?:[(（]人[)）])?$|^合计$");

    static void movements(Document.Table t, Result r) {
        // the header: the rows above the first figure (本期变动（人） over 离职 | 入职 | 调入 | 调出)
        int headerRows = 0;
        while (headerRows < Math.min(4, t.rows().size()) && t.rows().get(headerRows).stream().noneMatch(c -> number(c) != null)) headerRows++;
        if (headerRows == 0) return;
        Map<Integer, String> fields = new LinkedHashMap<>();
        for (int c = 0; c < t.width(); c++) {
            String f = MOVEMENT_COLUMNS.get(t.cell(headerRows - 1, c).replaceAll("\\s+|[(（]人[)）]", ""));
            if (f != null) fields.put(c, f);
        }
        if (POSITION_HEADER.matcher(t.cell(headerRows - 1, 0).replaceAll("\\s+", "")).matches()) {
            for (int c = 1; c < t.width(); c++) {
                String f = HEADCOUNT_COLUMNS.get(t.cell(headerRows - 1, c).replaceAll("\\s+|[(（](?:人|名)[)）]", ""));
                if (f != null) fields.put(c, f);
            }
        }
        if (fields.size() < 2) return;
        for (int i = headerRows; i < t.rows().size(); i++) {
            if (!TEAM_ROW.matcher(t.cell(i, 0).replaceAll("\\s+", "")).matches()) continue;
            for (Map.Entry<Integer, String> e : fields.entrySet()) r.fact(e.getValue(), number(t.cell(i, e.getKey())), t.rowText(i));
            return;
        }
    }

    /** Header rows: the first rows with a column word and no value cell (a title row spanning the table is skipped). */
    static int headerRows(Document.Table t) {
        int n = 0;
        for (int i = 0; i < Math.min(4, t.rows().size()); i++) {
            List<String> row = t.rows().get(i);
            boolean anyValue = row.stream().anyMatch(c -> isValue(c) && !c.isBlank());
            if (anyValue) break;
            // a section row under the header ("一、全站" alone in its first cell) starts the data
            if (n > 0 && !row.isEmpty() && !row.get(0).isBlank() && row.stream().skip(1).allMatch(String::isBlank)) break;
            long roles = row.stream().filter(c -> c.length() <= 20 && ColumnRole.of(c) != null).count();
            boolean title = row.stream().filter(c -> !c.isBlank()).distinct().count() == 1 && row.size() > 1;
            if (roles == 0 && !title) break;
            n = i + 1;
        }
        // a table of one header row and no data, or a title only, has no header worth the name
        for (int i = 0; i < n; i++) {
            if (t.rows().get(i).stream().anyMatch(c -> c.length() <= 20 && ColumnRole.of(c) != null)) return n;
        }
        return 0;
    }

    private static boolean isCaptionRow(List<String> row) {
        Matcher m = CAPTION.matcher("");
        for (String c : row) if (!c.isBlank() && m.reset(c.strip()).lookingAt() && c.strip().length() <= 4) return true;
        return false;
    }

    static List<Column> columns(Document.Table t, int headerRows) {
        List<Column> cols = new ArrayList<>();
        for (int c = 0; c < t.width(); c++) {
            ColumnRole role = null;
            String area = null;
            StringBuilder header = new StringBuilder();
            // the lowest header row is the most specific (中期完成情况 over 完成数 / 完成率)
            for (int h = headerRows - 1; h >= 0; h--) {
                String cell = t.cell(h, c);
                if (cell.isBlank()) continue;
                // a caption row over the header ("表1 | 第三方评估专家评分表"): the table's title, no column's name
                if (h < headerRows - 1 && isCaptionRow(t.rows().get(h))) continue;
                if (header.indexOf(cell) < 0) header.insert(0, header.length() == 0 ? cell : cell + " ");
                Matcher a = AREA_WORD.matcher(cell);
                String rest = cell;
                if (area == null && a.find() && !cell.equals("片区") && !cell.equals("所属片区")) {
                    area = Cn.areaName(a.group(1));
                    rest = cell.substring(0, a.start()) + cell.substring(a.end());
                }
                if (role == null) role = ColumnRole.of(rest);
                // a short header that is only a place ending in 片 (大石片, 会江片) names a 片区 too, in any header row
                // (鱼珠片 merged over its 目标 | 完成 columns)
                String place = cell.replaceAll("\\s+", "");
                if (area == null && PLACE_PIAN.matcher(place).matches() && ColumnRole.of(place) == null) area = place;
            }
            if (area != null && (role == null || role == ColumnRole.AREA)) role = ColumnRole.ACTUAL; // 东片区: that 片区's value
            cols.add(new Column(role, area, header.toString()));
        }
        return cols;
    }

    /**
     * A table comparing periods (中期得分 | 末期得分 | 增减, or 中期 | 末期 under 分值): the columns of the report's own
     * period are its values, the other period's a comparison, never read. A header that is only the period word takes
     * the role the table's other columns imply (a score beside 满分/分值, an actual beside a target).
     */
    static List<Column> ofThisPeriod(List<Column> cols, ReportType type) {
        if (type != ReportType.MIDTERM && type != ReportType.FINAL) return cols;
        String own = type.titleWord, other = (type == ReportType.MIDTERM ? ReportType.FINAL : ReportType.MIDTERM).titleWord;
        // the lowest header cell of each column: a title row above ("中期与末期对比") names both periods everywhere
        List<String> low = cols.stream().map(c -> c.header.substring(c.header.lastIndexOf(' ') + 1)).toList();
        boolean both = low.stream().anyMatch(h -> h.contains(own)) && low.stream().anyMatch(h -> h.contains(other));
        // 末期完成情况 over 累计完成 | 完成率 beside 中期完成: the own period named in a header row above, or a column of
        // the same role that names no period (累计完成 beside 中期完成) — the other period's column is the comparison
        for (int i = 0; i < cols.size() && !both; i++) {
            Column c = cols.get(i);
            if (c.role == null || !low.get(i).contains(other) || low.get(i).contains(own)) continue;
            for (int k = 0; k < cols.size(); k++) {
                if (k != i && cols.get(k).role == c.role && !cols.get(k).header.contains(other)) both = true;
            }
        }
        if (!both) return cols;
        boolean maxima = cols.stream().anyMatch(c -> c.role == ColumnRole.MAX);
        boolean targets = cols.stream().anyMatch(c -> c.role == ColumnRole.TARGET);
        List<Column> out = new ArrayList<>();
        for (int i = 0; i < cols.size(); i++) {
            Column c = cols.get(i);
            String h = low.get(i);
            if (h.contains(other) && !h.contains(own)) out.add(new Column(ColumnRole.NOTE, c.area, c.header));
            else if (h.contains(own) && c.role == null && (maxima || targets))
                out.add(new Column(maxima ? ColumnRole.SCORE : ColumnRole.ACTUAL, c.area, c.header));
            else out.add(c);
        }
        return out;
    }

    /**
     * 满分 beside another column of a maximum's word and no score column (满分 | 分值): 满分 is the maximum, the other the
     * score the row was given.
     */
    static List<Column> scoreBesideFullMarks(List<Column> cols) {
        if (cols.stream().anyMatch(c -> c.role == ColumnRole.SCORE || c.role == ColumnRole.CONVERTED)) return cols;
        if (cols.stream().noneMatch(c -> c.role == ColumnRole.MAX && c.header.contains("满分"))) return cols;
        List<Column> out = new ArrayList<>();
        for (Column c : cols) {
            out.add(c.role == ColumnRole.MAX && !c.header.contains("满分") ? new Column(ColumnRole.SCORE, c.area, c.header) : c);
        }
        return out;
    }

    /**
     * A column of one stage of the period only (本期完成, 本阶段指标, 第二阶段完成, 中期目标 beside 年度指标): not the whole
     * period's figure.
     */
    private static final Pattern STAGE_WORD = Pattern.compile("本期|本阶段|第[一二三四1-4]阶段|上半年|下半年|当期|中期");

    /**
     * Figures of the whole period beside those of one stage of it (年度指标 | 本期指标 | 累计完成 | 本期完成): where a value
     * role has both a column naming a stage and one that does not, the stage's column is a comparison, never read — the
     * report's values are the period's (a 末期 report's year, 累计). A stage column alone keeps its role.
     */
    static List<Column> wholePeriodOverStage(List<Column> cols) {
        List<Column> out = new ArrayList<>(cols);
        for (int i = 0; i < cols.size(); i++) {
            Column c = cols.get(i);
            if (c.role == null || !c.role.isValue() || !STAGE_WORD.matcher(c.header).find()) continue;
            for (Column other : cols) {
                if (other != c && other.role == c.role && Objects.equals(other.area, c.area) && !STAGE_WORD.matcher(other.header).find()) {
                    out.set(i, new Column(ColumnRole.COMPARISON, c.area, c.header));
                    break;
                }
            }
        }
        return out;
    }

    /**
     * The label column, or — where it is empty on every row below the header and the rows' words stand in a column
     * left of it without a header (a PDF reader that put the header's cells one column right of the rows') — that one.
     */
    static int labelColumn(Document.Table t, int headerRows, List<Column> cols) {
        int label = labelColumn(cols);
        if (label <= 0) return label;
        List<List<String>> header = t.rows().subList(0, headerRows);
        for (int i = headerRows; i < t.rows().size(); i++) {
            // the header printed again after a page break is no row
            if (!t.cell(i, label).isBlank() && !header.contains(t.rows().get(i))) return label;
        }
        for (int c = label - 1; c >= 0; c--) {
            if (cols.get(c).role != null) continue;
            boolean words = false;
            for (int i = headerRows; i < t.rows().size(); i++) {
                String cell = t.cell(i, c);
                if (cell.isBlank() || header.contains(t.rows().get(i))) continue;
                if (number(cell) != null) { words = false; break; }
                words = true;
            }
            if (words) return c;
        }
        return label;
    }

    /** The column holding each row's label: the LABEL column, else the first column that is text, not a value. */
    private static int labelColumn(List<Column> cols) {
        for (int c = 0; c < cols.size(); c++) if (cols.get(c).role == ColumnRole.LABEL) return c;
        for (int c = 0; c < cols.size(); c++) {
            ColumnRole role = cols.get(c).role;
            if (role == null && cols.get(c).area == null) return c;
        }
        return -1;
    }

    // ---- rows, with merged labels put back ----

    /** A data row: its label (with the category above it), its 片区 (from an area column) and its cells. */
    record Row(String label, String category, String area, boolean areaTotal, List<String> cells, String evidence) {}

    /**
     * Rows with their labels. A category printed once for several rows carries down. Where a table has an area column,
     * an indicator's rows form a group (closed by its 合计 row, or by a 片区 seen again), and the label printed on any
     * row of the group (a PDF centres a merged cell on the middle row, and may wrap it over two) is the group's.
     */
    static List<Row> rows(Document.Table t, int headerRows, List<Column> cols, int label) {
        int area = -1, category = -1;
        for (int c = 0; c < cols.size(); c++) {
            if (cols.get(c).role == ColumnRole.AREA && area < 0) area = c;
            if (cols.get(c).role == ColumnRole.CATEGORY && category < 0) category = c;
        }
        List<Row> out = new ArrayList<>();
        String carriedCategory = "";
        if (area < 0) {
            for (int i = headerRows; i < t.rows().size(); i++) {
                String cat = category >= 0 ? t.cell(i, category) : "";
                if (!cat.isBlank()) carriedCategory = cat;
                String lab = t.cell(i, label);
                if (!hasValue(t, i, cols)) {
                    if (!out.isEmpty() && wrapsLabel(out.get(out.size() - 1).label, lab)) {
                        // a label wrapped in its cell ("困难群众及特殊" / "群体建档(户)"): the rest of the row above
                        Row above = out.remove(out.size() - 1);
                        out.add(new Row(above.label + lab, above.category, above.area, above.areaTotal, above.cells,
                                above.evidence + " " + lab));
                    } else if (category < 0 && !lab.isBlank() && rowIsText(t, i)) {
                        carriedCategory = lab; // a category row
                    }
                    continue;
                }
                out.add(new Row(lab, carriedCategory, null, false, t.rows().get(i), t.rowText(i)));
            }
            return out;
        }
        List<Integer> group = new ArrayList<>();
        java.util.Set<String> areasSeen = new java.util.HashSet<>();
        for (int i = headerRows; i <= t.rows().size(); i++) {
            boolean end = i == t.rows().size();
            String a = end ? "" : t.cell(i, area);
            boolean placeholder = a.isBlank() || isValue(a);
            boolean restart = !end && !placeholder && areasSeen.contains(Cn.areaName(a));
            boolean single = !end && placeholder && !t.cell(i, label).isBlank();
            if ((end || restart || single) && !group.isEmpty()) { emitGroup(t, group, cols, label, area, category, out); group.clear(); areasSeen.clear(); }
            if (end) break;
            group.add(i);
            if (!placeholder) areasSeen.add(Cn.areaName(a));
            if (single || TOTAL_WORD.matcher(a).find() || WHOLE_STATION.matcher(a).matches()) { emitGroup(t, group, cols, label, area, category, out); group.clear(); areasSeen.clear(); }
        }
        return out;
    }

    private static void emitGroup(Document.Table t, List<Integer> group, List<Column> cols, int label, int area, int category,
                                  List<Row> out) {
        String lab = joined(t, group, label), cat = category >= 0 ? joined(t, group, category) : "";
        for (int i : group) {
            if (!hasValue(t, i, cols)) continue;
            String a = t.cell(i, area);
            boolean placeholder = a.isBlank() || isValue(a);
            boolean total = !placeholder && (TOTAL_WORD.matcher(a).find() || WHOLE_STATION.matcher(a).matches());
            String areaName = placeholder || total ? null : Cn.areaName(a);
            out.add(new Row(lab, cat, areaName, total, t.rows().get(i), t.rowText(i)));
        }
    }

    /** The distinct fragments of a merged cell over the group's rows, in order ("困难群众和特殊群体建档" + "(户)"). */
    private static String joined(Document.Table t, List<Integer> group, int column) {
        StringBuilder sb = new StringBuilder();
        String last = null;
        for (int i : group) {
            String c = t.cell(i, column);
            if (c.isBlank() || isValue(c) || c.equals(last)) continue;
            sb.append(c);
            last = c;
        }
        return sb.toString();
    }

    /** Whether a value-less row's label is the end of the label above, wrapped: only together do they name an indicator. */
    static boolean wrapsLabel(String above, String fragment) {
        if (fragment.isBlank() || above.isBlank()) return false;
        if (fragment.startsWith("(") || fragment.startsWith("（")) return !above.endsWith(")") && !above.endsWith("）");
        // "大型社区活动参" over "与（人次）": a few characters and the unit the label ends with, below a label without one
        if (WRAPPED_REST.matcher(fragment.strip()).matches()) return above.indexOf('(') < 0 && above.indexOf('（') < 0;
        return IndicatorVocabulary.family(above) == null && IndicatorVocabulary.family(above + fragment) != null;
    }

    private static final Pattern WRAPPED_REST = Pattern.compile("^[\\u4e00-\\u9fff]{1,4}+[(（][^()（）]{1,6}+[)）]$");

    private static boolean hasValue(Document.Table t, int i, List<Column> cols) {
        for (int c = 0; c < cols.size(); c++) {
            ColumnRole role = cols.get(c).role;
            if (role != null && role.isValue() && (number(t.cell(i, c)) != null || numbersApart(t.cell(i, c)))) return true;
        }
        return false;
    }

    /** Figures sharing a cell ("0/1"), read apart by {@link #pairedRows} where the label splits as well. */
    private static boolean numbersApart(String cell) {
        String[] parts = SLASH.split(cell, -1);
        if (parts.length < 2) return false;
        for (String p : parts) if (number(p) == null) return false;
        return true;
    }

    private static boolean rowIsText(Document.Table t, int i) {
        return t.rows().get(i).stream().noneMatch(c -> number(c) != null);
    }

    // ---- scores ----

    private static int scoreRows(List<Row> rows, List<Column> cols, Result r) {
        boolean partyRows = rows.stream().anyMatch(x -> partyOf(x.label) != null);
        int read = 0;
        Map<String, List<ScoreExtractor.ScoreItem>> items = new LinkedHashMap<>();
        java.util.Set<String> subtotalled = new java.util.HashSet<>();
        for (Row row : rows) if (subtotalOfItem(row)) subtotalled.add(row.label);
        Map<String, Integer> labelRows = new java.util.HashMap<>();
        for (Row row : rows) labelRows.merge(row.label, 1, Integer::sum);
        for (Row row : rows) {
            String label = row.label.replaceAll("\\s+", "");
            // a scoring sheet (评分表): an item's rules (1-1 … 1-4) are its parts; its 小计 row is the item's figure
            if (subtotalled.contains(row.label) && !subtotalOfItem(row)) continue;
            if (labelRows.get(row.label) > 1) label = ownName(row, label);
            Party group = partyOf(label);
            String sub = group != null && labelRows.get(row.label) > 1 ? subName(row, label, group) : null;
            if (sub != null) {
                // a party merged over its rows (第三方 over 项目管理 … 合计 | 得分率): each row is what its own cell names
                if (ColumnRole.of(sub) == ColumnRole.RATE) continue;
                if (SCORE_ITEMS.stream().anyMatch(sub::startsWith)) label = sub;
                else if (TOTAL_WORD.matcher(sub).find()) {
                    Double v = value(row, cols, ColumnRole.CONVERTED, null);
                    if (v == null) v = value(row, cols, ColumnRole.SCORE, null);
                    if (v != null && !r.parties.containsKey(group)) {
                        r.parties.put(group, new ScoreExtractor.PartyScore(group, v, row.evidence));
                        read++;
                    }
                    continue;
                }
            }

            Double max = value(row, cols, ColumnRole.MAX, null), score = value(row, cols, ColumnRole.SCORE, null),
                    converted = value(row, cols, ColumnRole.CONVERTED, null);
            Party p = partyOf(label);
            if (p != null) {
                Double v = converted != null ? converted : score;
                if (v == null) continue;
                if (!r.parties.containsKey(p)) r.parties.put(p, new ScoreExtractor.PartyScore(p, v, row.evidence));
                read++;
                continue;
            }
            if (TOTAL_WORD.matcher(label).find()) {
                Double v = converted != null ? converted : score;
                if (v == null) continue;
                // the 合计 of a table of parties, or of 100 points, is the report's total; of items, the third party's
                boolean hundred = max != null && Math.abs(max - 100) < 0.01;
                // 小计 right after the items (第三方评估 spanning 项目管理 … 小计) is the third party's, even among the parties
                boolean itemsSubtotal = label.startsWith("小计") && !items.isEmpty() && !hundred;
                if (itemsSubtotal) {
                    if (!r.parties.containsKey(Party.THIRD_PARTY))
                        r.parties.put(Party.THIRD_PARTY, new ScoreExtractor.PartyScore(Party.THIRD_PARTY, v, row.evidence));
                } else if (!partyRows && hundred && !items.isEmpty()) {
                    // the 合计 of items scored out of 100 (百分制): a raw score, neither the total nor the party's
                } else if (partyRows || hundred) {
                    r.totals.add(v);
                    if (r.totalEvidence == null) r.totalEvidence = row.evidence;
                } else if (!items.isEmpty() && !r.parties.containsKey(Party.THIRD_PARTY)) {
                    r.parties.put(Party.THIRD_PARTY, new ScoreExtractor.PartyScore(Party.THIRD_PARTY, v, row.evidence));
                }
                read++;
                continue;
            }
            // "其中：项目管理": the first of the items a party's score is made of
            label = OF_WHICH.matcher(label).replaceFirst("");
            Matcher inLabel = BRACKETED.matcher(label);
            String item = inLabel.matches() && AREA_WORD.matcher(inLabel.group(2)).find() ? inLabel.group(1) : label;
            String area = inLabel.matches() && item != label ? Cn.areaName(inLabel.group(2)) : row.area;
            // "服务质量(平均)": the item's own figure, the mean of its 片区
            boolean mean = inLabel.matches() && inLabel.group(2).matches("平均|均值|平均分|平均值|折算|计入");
            if (mean) { item = inLabel.group(1); area = null; }
            // "项目管理（10分）": the item and its maximum in brackets
            if (inLabel.matches() && MAX_IN_BRACKETS.matcher(inLabel.group(2)).matches()) item = inLabel.group(1);
            if (SCORE_ITEMS.stream().noneMatch(item::startsWith)) continue;
            List<ScoreExtractor.ScoreItem> list = items.computeIfAbsent(item, k -> new ArrayList<>());
            // per-片区 score columns (东片区 | 西片区 | 得分): the 片区 scores, and the item's own figure is what counts
            boolean perAreaColumns = false;
            for (int c = 0; c < cols.size(); c++) {
                Column col = cols.get(c);
                if (col.area == null || !(col.role == ColumnRole.SCORE || col.role == ColumnRole.ACTUAL)) continue;
                Double v = number(cell(row, c));
                if (v == null) continue;
                list.add(new ScoreExtractor.ScoreItem(item, col.area, max, v, null, row.evidence));
                perAreaColumns = true;
            }
            if (perAreaColumns) {
                Double counted = converted != null ? converted : score;
                if (counted != null) list.add(new ScoreExtractor.ScoreItem(item, null, max, null, counted, row.evidence));
            } else if (mean) {
                Double counted = converted != null ? converted : score;
                if (counted != null) list.add(new ScoreExtractor.ScoreItem(item, null, max, null, counted, row.evidence));
            } else if (area != null) {
                list.add(new ScoreExtractor.ScoreItem(item, area, max, score, converted, row.evidence));
            } else if (score != null || converted != null) {
                list.add(new ScoreExtractor.ScoreItem(item, null, max, score, converted != null ? converted : score, row.evidence));
            }
            read++;
        }
        for (List<ScoreExtractor.ScoreItem> list : items.values()) r.items.addAll(wholeItemOfMergedCell(list));
        return read;
    }

    /**
     * The grade stated in a row of a score table, a cell of its own beside "评估等级" (the foot of a scoring sheet:
     * 四方评分汇总 | 评估等级 | — | 良好): 1 when read.
     */
    private static int gradeRow(Document.Table t, int headerRows, Result r) {
        if (r.grade != null) return 0;
        for (int i = headerRows; i < t.rows().size(); i++) {
            boolean named = false;
            for (String c : t.rows().get(i)) {
                String cell = Cn.WHITESPACE.matcher(c).replaceAll("");
                if (GRID_GRADE.matcher(cell).matches()) named = true;
                else if (named && GRADE_CELL.matcher(cell).matches()) {
                    r.grade = cell;
                    r.gradeEvidence = t.rowText(i);
                    return 1;
                }
            }
        }
        return 0;
    }

    /** The first text cell after a party's label that is not the party again (its organisation's name), or null. */
    private static String subName(Row row, String label, Party group) {
        boolean past = false;
        for (String c : row.cells) {
            String cell = c.replaceAll("\\s+", "");
            if (!past) { past = cell.equals(label); continue; }
            if (cell.isEmpty() || cell.equals(label) || number(cell) != null || partyOf(cell) == group) continue;
            return cell;
        }
        return null;
    }

    /** A row of an item (its label merged over its rules) whose own cell says 小计 / 合计: the item's figure. */
    private static boolean subtotalOfItem(Row row) {
        String label = row.label.replaceAll("\\s+", "");
        if (SCORE_ITEMS.stream().noneMatch(label::startsWith)) return false;
        for (String c : row.cells) if (WHOLE_STATION.matcher(c.strip()).matches()) return true;
        return false;
    }

    /**
     * The name of a row whose label is a group merged over several rows (四方评分汇总 over each party, 总分 and 评估等级 at
     * the foot of a scoring sheet): the first text cell after it, where that names a party or a total; else the label.
     */
    private static String ownName(Row row, String label) {
        if (partyOf(label) != null || SCORE_ITEMS.stream().anyMatch(label::startsWith)) return label;
        boolean past = false;
        for (String c : row.cells) {
            String cell = c.replaceAll("\\s+", "");
            if (!past) { past = cell.equals(label); continue; }
            if (cell.isEmpty() || cell.equals(label) || number(cell) != null) continue;
            return partyOf(cell) != null || TOTAL_WORD.matcher(cell).find() || GRID_GRADE.matcher(cell).matches() ? cell : label;
        }
        return label;
    }

    /**
     * An item scored per 片区 whose converted score is printed once, in a cell merged over its 片区 rows (so it lands on
     * one of them, or on all of them once the merge is expanded): that figure is the whole item's, a row of its own
     * without a 片区.
     */
    static List<ScoreExtractor.ScoreItem> wholeItemOfMergedCell(List<ScoreExtractor.ScoreItem> list) {
        boolean whole = list.stream().anyMatch(i -> i.area() == null);
        List<ScoreExtractor.ScoreItem> converted = list.stream().filter(i -> i.area() != null && i.convertedScore() != null).toList();
        long values = converted.stream().map(ScoreExtractor.ScoreItem::convertedScore).distinct().count();
        // one cell: printed on one row (a PDF centres it), or on each row (a Word reader expands the merge)
        boolean oneCell = converted.size() == 1 || (values == 1 && converted.size() == list.size());
        if (whole || !oneCell || list.size() < 2) return list;
        ScoreExtractor.ScoreItem c = converted.get(0);
        List<ScoreExtractor.ScoreItem> out = new ArrayList<>();
        for (ScoreExtractor.ScoreItem i : list) {
            out.add(i.convertedScore() == null ? i
                    : new ScoreExtractor.ScoreItem(i.item(), i.area(), i.maxScore(), i.score(), null, i.evidence()));
        }
        out.add(new ScoreExtractor.ScoreItem(c.item(), null, c.maxScore(), null, c.convertedScore(), c.evidence()));
        return out;
    }

    /** An item as a line of a cell: "项目管理：9.20（10）", the bracket its maximum. */
    private static final Pattern ITEM_LINE = Pattern.compile(
            "^([\\u4e00-\\u9fff]{2,8}+)[:：\\s]++(\\d{1,3}+(?:\\.\\d{1,2}+)?)(?:分)?(?:[(（](?:满分)?(\\d{1,3}+(?:\\.\\d{1,2}+)?)(?:分)?[)）])?$");

    /**
     * A table of key/value pairs without a header, several to a row ("监督方评分 | 9.30 | 购买方评分 | 18.60"): a key
     * naming a party gives that party's score; a value cell of item lines ("项目管理：9.20（10）") the third party's items.
     * Read only where every pair is a key and a value (or the key cell is empty).
     */
    /** A grid's key for the grade (评估等级, 等级, 评定等级) and a cell that is one grade word alone. */
    private static final Pattern GRID_GRADE = Pattern.compile("(?:评估|评定|综合|考核)?等级");
    private static final Pattern GRADE_CELL = Pattern.compile(org.stations.model.Grade.WORDS);
    private static final Pattern GRID_TOTAL = Pattern.compile("综合得分|评估总分|总得分|总分|综合评分|最终得分");
    private static final Pattern AFTER_BRACKET = Pattern.compile("([)）])[ \\t\\u3000]++");
    private static final Pattern LINE_END = Pattern.compile("\\R");

    static int keyValueGrid(Document.Table t, Result r) {
        if (t.width() < 2 || t.width() % 2 != 0) return 0;
        Map<Party, ScoreExtractor.PartyScore> parties = new LinkedHashMap<>();
        List<ScoreExtractor.ScoreItem> items = new ArrayList<>();
        List<Double> totals = new ArrayList<>();
        String grade = null, gradeRow = null;
        for (int i = 0; i < t.rows().size(); i++) {
            List<String> row = t.rows().get(i);
            for (int c = 0; c + 1 < row.size(); c += 2) {
                String key = Cn.WHITESPACE.matcher(row.get(c)).replaceAll(""), value = row.get(c + 1).strip();
                if (key.isEmpty() && value.isEmpty()) continue;
                if (key.isEmpty() || number(key) != null) return 0;
                if (GRID_TOTAL.matcher(key).matches() && number(value) != null) {
                    totals.add(number(value));
                    continue;
                }
                if (GRID_GRADE.matcher(key).matches() && GRADE_CELL.matcher(value).matches()) {
                    grade = value;
                    gradeRow = t.rowText(i);
                    continue;
                }
                Party p = key.length() <= 12 && (key.contains("评分") || key.contains("得分")) ? partyOf(key) : null;
                if (p == null) {
                    List<ScoreExtractor.ScoreItem> lines = itemLines(value, t.rowText(i));
                    if (lines != null) items.addAll(lines);
                    continue;
                }
                if (key.contains("构成") || key.contains("分项")) {
                    List<ScoreExtractor.ScoreItem> lines = itemLines(value, t.rowText(i));
                    if (lines != null) items.addAll(lines);
                    continue;
                }
                Double v = number(value);
                if (v != null && v <= 100) parties.putIfAbsent(p, new ScoreExtractor.PartyScore(p, v, t.rowText(i)));
            }
        }
        if (parties.size() < 2) return 0;
        parties.forEach(r.parties::putIfAbsent);
        // a merged cell expanded by the reader repeats its lines: each item once
        java.util.Set<String> seen = new java.util.HashSet<>();
        if (r.items.isEmpty()) for (ScoreExtractor.ScoreItem item : items) if (seen.add(item.item())) r.items.add(item);
        if (totals.size() == 1 && totals.get(0) <= 100) {
            r.totals.add(totals.get(0));
            if (r.totalEvidence == null) r.totalEvidence = t.rowText(0);
        }
        if (grade != null && r.grade == null) {
            r.grade = grade;
            r.gradeEvidence = gradeRow;
        }
        return parties.size() + items.size();
    }

    /** A cell whose every line is a score item and its score; null where any line is not. */
    private static List<ScoreExtractor.ScoreItem> itemLines(String cell, String evidence) {
        // a reader may join a cell's lines with spaces: an item's line ends at its bracketed maximum
        String[] lines = LINE_END.split(AFTER_BRACKET.matcher(cell).replaceAll("$1\n"));
        if (lines.length < 2) return null;
        List<ScoreExtractor.ScoreItem> out = new ArrayList<>();
        Matcher m = ITEM_LINE.matcher("");
        for (String line : lines) {
            if (line.isBlank()) continue;
            if (!m.reset(line.strip()).matches()) return null;
            String item = m.group(1);
            if (SCORE_ITEMS.stream().noneMatch(item::startsWith)) return null;
            Double score = Cn.num(m.group(2)), max = m.group(3) == null ? null : Cn.num(m.group(3));
            if (max != null && score > max) return null;
            out.add(new ScoreExtractor.ScoreItem(item, null, max, score, score, evidence));
        }
        return out;
    }

    /** The party a score row names; 评估机构 alone is the third party (the evaluator). */
    static Party partyOf(String label) {
        if (label == null || label.isBlank()) return null;
        Party p = Party.named(label);
        if (p == null && label.contains("评估机构")) return Party.THIRD_PARTY;
        return p;
    }

    // ---- staffing ----

    private static int staffingRows(List<Row> rows, List<Column> cols, Result r) {
        int read = attendanceByMonth(rows, cols, r);
        // "应到（人次）| 实到（人次）" as the columns: every row counts 人次
        boolean personTimes = cols.stream().anyMatch(c -> (c.role == ColumnRole.TARGET || c.role == ColumnRole.ACTUAL) && c.header.contains("人次"));
        for (Row row : rows.stream().flatMap(x -> pairedRows(x, cols).stream()).toList()) {
            // 人次 printed in the header or in the row's own cells ("96人次") names the measure as it would in the label
            boolean timesInCells = row.cells.stream().anyMatch(c -> c.strip().endsWith("人次") && number(c) != null);
            String l = row.label.replaceAll("\\s+", "") + (personTimes || timesInCells ? "人次" : "");
            Double target = value(row, cols, ColumnRole.TARGET, null), actual = value(row, cols, ColumnRole.ACTUAL, null);
            String e = row.evidence;
            if (RETENTION_LABEL.matcher(l).find()) { r.fact("staffing.retention_rate", percentValue(row, cols), e); read++; }
            else if (l.contains("从业") && (l.contains("占比") || l.contains("比例"))) { r.fact("staffing.experienced_share", percentValue(row, cols), e); read++; }
            else if (l.contains("从业") && shareInCell(row) != null) { r.fact("staffing.experienced_share", shareInCell(row), e); read++; }
            else if (l.contains("持续") && l.contains("在岗")) { r.fact("staffing.stable_workers", actual, e); read++; }
            else if (l.contains("社工") && l.contains("人次")) {
                String k = l.contains("持证") ? "certified" : "workers";
                // a row naming its figure (社工应到岗（人次） | 96, 社工实到岗（人次） | 92 under one 数值 column): the label says which
                boolean expectedRow = l.contains("应到"), presentRow = l.contains("实到");
                if (expectedRow != presentRow) {
                    Double v = target != null ? target : actual;
                    if (target != null && actual != null) v = expectedRow ? target : actual;
                    r.fact("staffing." + k + (expectedRow ? "_expected" : "_actual"), v, e);
                } else {
                    r.fact("staffing." + k + "_expected", target, e);
                    r.fact("staffing." + k + "_actual", actual, e);
                }
                read++;
            } else if (l.matches(".*(离职|辞职).*")) { r.fact("staffing.resigned", actual, e); read++; }
            else if (l.matches(".*(新入职|入职|新招).*")) { r.fact("staffing.hired", actual, e); read++; }
            else if (l.contains("调入")) { r.fact("staffing.transferred_in", actual, e); read++; }
            else if (l.contains("调出")) { r.fact("staffing.transferred_out", actual, e); read++; }
            else if (l.contains("持证社工") && !l.contains("人次")) {
                // "非持证社工 6": those without a certificate, not the certified
                if (!NOT_CERTIFIED.matcher(l).find()) r.fact("report.certified_workers", actual, e);
                read++;
            }
            else if (TEAM_LABEL.matcher(l).find() || l.matches("^社工[(（]名.*")) {
                // the social workers' row of a table of posts (站长 | 一线社工 | 社工小计 | 行政助理): its 其中持证 too
                r.fact("staffing.required_workers", target, e);
                r.fact("report.social_workers", actual, e);
                r.fact("report.certified_workers", certified(row, cols), e);
                read++;
            } else if (AGREED_POSTS.matcher(l).find()) {
                // "协议社工岗位 | 17": the agreement's head count, whichever column it is printed in
                r.fact("staffing.required_workers", target != null ? target : actual, e);
                read++;
            } else if (ON_POST_AT_END.matcher(l).find()) {
                r.fact("report.social_workers", actual, e);
                read++;
            }
        }
        certifiedByLevel(rows, cols, r);
        if (read > 0) notes(rows, cols, r);
        return read;
    }

    /**
     * The team broken down by certificate level and no row of the certified ("其中：中级社会工作师 3", "助理社会工作师 9",
     * "非持证社工 6"): the certified are the levels' sum, where two levels or more are printed.
     */
    private static void certifiedByLevel(List<Row> rows, List<Column> cols, Result r) {
        if (r.facts.containsKey("report.certified_workers")) return;
        double sum = 0;
        java.util.Set<String> levels = new java.util.HashSet<>();
        List<String> evidence = new ArrayList<>();
        for (Row row : rows) {
            String l = row.label.replaceAll("\\s+", "");
            if (!CERTIFICATE_LEVEL.matcher(l).matches()) continue;
            Double v = value(row, cols, ColumnRole.ACTUAL, null);
            if (v == null || !levels.add(l.replaceFirst("^其中[:：]?", ""))) return;
            sum += v;
            evidence.add(row.evidence);
        }
        if (levels.size() >= 2) r.fact("report.certified_workers", sum, String.join(" … ", evidence));
    }

    /**
     * A table of attendance month by month (月份 | 社工应到 | 社工实到 | 持证应到 | 持证实到) closed by a 合计 row: that
     * row's figures are the period's 人次, each column's by its header (持证 the certified's, 应到 expected, 实到 present).
     */
    private static int attendanceByMonth(List<Row> rows, List<Column> cols, Result r) {
        int label = labelColumn(cols);
        if (label < 0 || !cols.get(label).header.contains("月")) return 0;
        Row total = null;
        for (Row row : rows) if (TOTAL_WORD.matcher(row.label.replaceAll("\\s+", "")).find()) total = row;
        if (total == null) return 0;
        int read = 0;
        for (int c = 0; c < cols.size(); c++) {
            Column col = cols.get(c);
            if (col.area != null || !(col.role == ColumnRole.TARGET || col.role == ColumnRole.ACTUAL)) continue;
            if (!(col.header.contains("应到") || col.header.contains("实到"))) continue;
            String who = col.header.contains("持证") ? "certified" : col.header.contains("社工") ? "workers" : null;
            if (who == null) continue;
            Double v = number(cell(total, c));
            if (v == null) continue;
            r.fact("staffing." + who + (col.role == ColumnRole.TARGET ? "_expected" : "_actual"), v, total.evidence);
            read++;
        }
        return read;
    }

    /** The row of the whole team of social workers, by the names tables give it. */
    private static final Pattern TEAM_LABEL = Pattern.compile("在岗社工|社工人数|配备社工|社工总数|社工小计|社工合计|^社工(?:[(（][人名][)）])?$");
    private static final Pattern NOT_CERTIFIED = Pattern.compile("[非未无没]持证|不持证");
    /** The levels of the social-work certificate (助理社会工作师, 社会工作师 / 中级, 高级): those holding one are the certified. */
    private static final Pattern CERTIFICATE_LEVEL = Pattern.compile("^(?:其中[:：]?)?(?:助理社会工作师|(?:中级)?社会工作师|高级社会工作师)(?:[(（][人名][)）])?$");
    /** A row of the head count the agreement asks for: 协议社工岗位, 合同约定社工. */
    private static final Pattern AGREED_POSTS = Pattern.compile("^(?:按)?(?:协议|合同)(?:约定|要求)?的?(?:社工)?(?:岗位|社工)");
    /** A row of those on post at the period's end (期初 is its start: no field). */
    private static final Pattern ON_POST_AT_END = Pattern.compile("^(?:本期|考核期|年度|年)?(?:期末|末期|现有)在岗(?:社工)?(?:人数)?$");

    /** The figure of a column named for the certified (其中持证, 持证社工) on a team row, where the table has one. */
    private static Double certified(Row row, List<Column> cols) {
        int found = -1;
        for (int c = 0; c < cols.size(); c++) {
            if (!cols.get(c).header.contains("持证")) continue;
            if (found >= 0) return null;
            found = c;
        }
        return found < 0 ? null : number(cell(row, found));
    }

    /** The note cells of a staffing table, each after its row's label, for the staffing rules to read as sentences. */
    private static void notes(List<Row> rows, List<Column> cols, Result r) {
        int note = single(cols, ColumnRole.NOTE);
        if (note < 0) return;
        for (Row row : rows) {
            String text = cell(row, note).strip();
            if (text.isEmpty() || number(text) != null) continue;
            String line = row.label.replaceAll("\\s+", "") + "：" + text;
            r.staffingNotes.add(line);
            r.staffingNoteRows.put(line, row.evidence);
        }
    }

    /** The share of the first month's team still on post, by the names reports give it (稳岗率, 人员稳定性指标, 人员稳定率). */
    private static final Pattern RETENTION_LABEL = Pattern.compile("稳岗率|人员稳定");
    private static final Pattern OF_WHICH = Pattern.compile("^其中[:：]?");
    private static final Pattern SLASH = Pattern.compile("[/／]");

    /**
     * Two figures sharing a row ("调入/调出（人） | 0/1"): one row per figure, when the label and the actual cell split into
     * as many parts; otherwise the row as printed (a ratio such as 126/196 under a single label is not split).
     */
    static List<Row> pairedRows(Row row, List<Column> cols) {
        int actual = single(cols, ColumnRole.ACTUAL);
        Matcher b = BRACKETED.matcher(row.label.strip());
        String bare = b.matches() ? b.group(1) : row.label.strip(), unit = b.matches() ? row.label.strip().substring(bare.length()) : "";
        if (actual < 0 || !SLASH.matcher(bare).find()) return List.of(row);
        String[] labels = SLASH.split(bare), values = SLASH.split(cell(row, actual), -1);
        if (labels.length < 2 || labels.length != values.length) return List.of(row);
        List<Row> out = new ArrayList<>();
        for (int k = 0; k < labels.length; k++) {
            if (labels[k].isBlank() || number(values[k]) == null) return List.of(row);
            List<String> cells = new ArrayList<>(row.cells);
            while (cells.size() <= actual) cells.add("");
            cells.set(actual, values[k].strip());
            out.add(new Row(labels[k].strip() + unit, row.category, row.area, row.areaTotal, cells, row.evidence));
        }
        return out;
    }

    /** A share the row states of itself in a cell of its own, a note included: "占到岗人次58.69%". */
    private static final Pattern SHARE_CELL = Pattern.compile("^占[^\\d%]{0,12}+(\\d{1,3}+(?:\\.\\d{1,4}+)?+)%$");

    private static Double shareInCell(Row row) {
        Matcher m = SHARE_CELL.matcher("");
        for (String c : row.cells) if (m.reset(c.replaceAll("\\s+", "")).matches()) return Cn.percent(m.group(1) + "%");
        return null;
    }

    private static Double percentValue(Row row, List<Column> cols) {
        for (ColumnRole role : List.of(ColumnRole.ACTUAL, ColumnRole.COMPLETION, ColumnRole.SCORE)) {
            for (int c = 0; c < cols.size(); c++) {
                if (cols.get(c).role != role || cols.get(c).area != null) continue;
                String cell = cell(row, c);
                if (cell.contains("%")) return Cn.percent(cell.replace(",", ""));
            }
        }
        return null;
    }

    // ---- indicators ----

    /**
     * A table row printed over several lines where the cells wrap (a PDF's narrow cells: "1 | 困难群众和特殊群" over
     * " | 体建档 | 全年建档不少于430户 | 累计建档452户 | 105.1%"): a line without a 序号 continues the numbered row above
     * while that row holds no figure of its own yet; their cells are joined.
     */
    static Document.Table continuedRows(Document.Table t, int headerRows, List<Column> cols) {
        int seq = single(cols, ColumnRole.SEQUENCE);
        if (seq < 0) return t;
        List<List<String>> rows = new ArrayList<>(t.rows().subList(0, headerRows));
        boolean joined = false;
        for (int i = headerRows; i < t.rows().size(); i++) {
            List<String> row = t.rows().get(i);
            int last = rows.size() - 1;
            boolean continues = last >= headerRows && cellOf(row, seq).isBlank() && number(cellOf(rows.get(last), seq)) != null
                    && !hasValue(rows.get(last), cols) && row.stream().anyMatch(c -> !c.isBlank());
            if (!continues) { rows.add(row); continue; }
            List<String> upper = rows.get(last), merged = new ArrayList<>();
            for (int c = 0; c < Math.max(upper.size(), row.size()); c++) merged.add(joinWrapped(cellOf(upper, c), cellOf(row, c)));
            rows.set(last, merged);
            joined = true;
        }
        return joined ? new Document.Table(t.index(), rows) : t;
    }

    private static String cellOf(List<String> row, int c) {
        return c < row.size() ? row.get(c) : "";
    }

    /** A cell's text and its wrapped rest, a space between only where two Latin words or numbers would touch. */
    private static String joinWrapped(String upper, String lower) {
        if (upper.isBlank()) return lower;
        if (lower.isBlank()) return upper;
        String u = upper.strip(), l = lower.strip();
        boolean space = Character.isLetterOrDigit(u.charAt(u.length() - 1)) && u.charAt(u.length() - 1) < 128
                && Character.isLetterOrDigit(l.charAt(0)) && l.charAt(0) < 128;
        return u + (space ? " " : "") + l;
    }

    private static boolean hasValue(List<String> row, List<Column> cols) {
        for (int c = 0; c < cols.size(); c++) {
            ColumnRole role = cols.get(c).role;
            if (role != null && role.isValue() && (number(cellOf(row, c)) != null || numbersApart(cellOf(row, c)))) return true;
        }
        return false;
    }

    /** Thousands separators inside a phrase's figures ("服务1,106人次"): taken out before the phrase is cut at its commas. */
    private static final Pattern PHRASE_THOUSANDS = Pattern.compile("(?<=\\d)[,，](?=\\d{3}+(?!\\d))");
    /** The clauses of a phrase cell: "接案60个，服务360节，结案48个". */
    private static final Pattern PHRASE_SEPARATOR = Pattern.compile("[,，、;；]");
    /** A figure in a clause, with the unit printed after it (个, 节, 人次, 万元). */
    private static final Pattern CLAUSE_FIGURE = Pattern.compile("(\\d++(?:\\.\\d++)?)([\\u4e00-\\u9fff]{0,2}+)");

    /**
     * A row whose target and actual cells are phrases rather than figures ("全年建档不少于430户" | "累计建档452户"), maybe
     * naming several indicators in one cell in the same order in each ("接案60个，服务360节，结案48个" | "接案61个，服务372节，
     * 结案47个" | "101.7%／103.3%／97.9%"): one row per clause, its figures alone in the cells, its label the row's with
     * the clause's words (专业个案（接案）). Taken only where each clause holds one figure, the clauses name different
     * indicators, and every printed rate agrees with its figures; otherwise the row as printed.
     */
    static List<Row> phraseRows(Row row, List<Column> cols) {
        int target = single(cols, ColumnRole.TARGET), actual = single(cols, ColumnRole.ACTUAL),
                completion = single(cols, ColumnRole.COMPLETION);
        if (target < 0 || actual < 0) return List.of(row);
        String tCell = cell(row, target), aCell = cell(row, actual);
        if (number(tCell) != null && number(aCell) != null) return List.of(row);
        List<String[]> ts = clauses(tCell), as = clauses(aCell);
        if (ts == null || as == null || ts.size() != as.size() || ts.isEmpty()) return List.of(row);
        String pct = completion >= 0 ? cell(row, completion).strip() : "";
        String[] rates = pct.isEmpty() ? new String[0] : SLASH.split(pct, -1);
        int k = ts.size();
        if (rates.length != k && !(rates.length == 0 && k > 1)) return List.of(row);
        String family = IndicatorVocabulary.family(row.label.replaceAll("\\s+", ""));
        if (k > 1 && (family == null || !IndicatorVocabulary.isMeasured(family))) return List.of(row);
        List<Row> out = new ArrayList<>();
        java.util.Set<String> codes = new java.util.HashSet<>();
        for (int j = 0; j < k; j++) {
            double tv = Double.parseDouble(ts.get(j)[0]), av = Double.parseDouble(as.get(j)[0]);
            if (rates.length == k) {
                Double rate = Cn.percent(rates[j].strip().replace('％', '%'));
                if (rate == null || tv <= 0 || Math.abs(av / tv - rate) > 0.5 * Math.pow(10, -2 - Cn.decimals(rates[j].strip())) + 1e-9) {
                    return List.of(row);
                }
            }
            String words = ts.get(j)[1].isEmpty() ? as.get(j)[1] : ts.get(j)[1];
            String label = row.label;
            if (k > 1) {
                if (!codes.add(String.valueOf(IndicatorVocabulary.code(family, IndicatorVocabulary.measure(words + as.get(j)[1]))))) {
                    return List.of(row);
                }
                label = row.label.strip() + "（" + words + "）";
            }
            List<String> cells = new ArrayList<>(row.cells);
            while (cells.size() < cols.size()) cells.add("");
            cells.set(target, ts.get(j)[0]);
            cells.set(actual, as.get(j)[0]);
            if (completion >= 0) cells.set(completion, rates.length == k ? rates[j].strip() : "");
            out.add(new Row(label, row.category, row.area, row.areaTotal, cells, row.evidence));
        }
        return out;
    }

    /**
     * The clauses of a phrase cell, each as its one figure and its words (the words around the figure and its unit,
     * floor words such as 不少于 left out); null when a clause holds no figure or more than one.
     */
    private static List<String[]> clauses(String cell) {
        String s = PHRASE_THOUSANDS.matcher(Cn.WHITESPACE.matcher(cell).replaceAll("")).replaceAll("");
        if (s.isEmpty()) return null;
        List<String[]> out = new ArrayList<>();
        Matcher f = CLAUSE_FIGURE.matcher("");
        for (String clause : PHRASE_SEPARATOR.split(s)) {
            if (clause.isEmpty()) continue;
            f.reset(clause);
            if (!f.find()) return null;
            String figure = f.group(1), unit = f.group(2);
            String before = clause.substring(0, f.start()), after = clause.substring(f.end());
            if (f.find()) return null;
            String words = AT_LEAST_WORDS.matcher(before).replaceAll("") + unit + after;
            out.add(new String[] {figure, words});
        }
        return out;
    }

    /** Floor words inside a phrase ("全年建档不少于430户"): the figure is the target all the same. */
    private static final Pattern AT_LEAST_WORDS = Pattern.compile("不少于|不低于|至少|≥|>=|≧");

    private static int indicatorRows(List<Row> rows, List<Column> cols, String contextArea, String period, Result r) {
        int target = single(cols, ColumnRole.TARGET), actual = single(cols, ColumnRole.ACTUAL),
                completion = single(cols, ColumnRole.COMPLETION);
        int unit = single(cols, ColumnRole.UNIT);
        int read = 0;
        for (Row row : rows.stream().flatMap(x -> phraseRows(x, cols).stream()).toList()) {
            String label = row.label.replaceAll("\\s+", "");
            // a unit printed in its own column ("专业个案服务 | 节") names the measure as a bracketed one would
            String printedUnit = unit >= 0 ? cell(row, unit).replaceAll("\\s+", "") : "";
            if (!printedUnit.isEmpty() && !label.contains("（") && !label.contains("(")) label = label + "（" + printedUnit + "）";
            String code = code(label, row.category);
            if (code == null) continue;
            Double t = target >= 0 ? number(cell(row, target)) : null;
            String actualCell = actual >= 0 ? progressFigure(cell(row, actual), cols.get(actual).header) : "";
            Double a = actual >= 0 ? number(actualCell) : null;
            // an actual column whose cell could not be read: the row's target alone would read as "nothing done"
            if (actual >= 0 && a == null && !printed(actualCell).isEmpty() && !PLACEHOLDER.matcher(printed(actualCell)).matches()) continue;
            String pct = completion >= 0 ? cell(row, completion).replace(",", "") : "";
            boolean hasPct = number(pct) != null;
            // "完成比例 1.04": a completion printed as a fraction, known by agreeing with its numbers
            boolean fraction = hasPct && !pct.contains("%") && t != null && a != null && t > 0
                    && Math.abs(a / t - number(pct)) < 0.01;
            if (t != null || a != null) {
                IndicatorValue v = new IndicatorValue();
                v.periodLabel = period;
                v.area = row.areaTotal ? null : row.area != null ? row.area : contextArea;
                v.code = code;
                v.label = label.isEmpty() ? IndicatorVocabulary.label(code) : label;
                v.target = t;
                v.actual = a;
                if (fraction) { v.reportedCompletion = number(pct); v.reportedDecimals = Math.max(0, Cn.decimals(pct) - 2); }
                else if (hasPct) { v.reportedCompletion = Cn.percent(pct); v.reportedDecimals = Cn.decimals(pct); }
                v.evidence = row.evidence;
                v.fromOneRow = true;
                r.indicators.add(v);
                read++;
            }
            // per-片区 actual columns (东片区完成 | 西片区完成): the 片区's own figure, with its target where the 片区 has
            // exactly one target column of its own (鱼珠片 over 目标 | 完成)
            for (int c = 0; c < cols.size(); c++) {
                Column col = cols.get(c);
                if (col.area == null || col.role != ColumnRole.ACTUAL) continue;
                Double v = number(cell(row, c));
                if (v == null) continue;
                int areaTarget = ofArea(cols, ColumnRole.TARGET, col.area);
                IndicatorValue av = new IndicatorValue();
                av.periodLabel = period;
                av.area = col.area;
                av.code = code;
                av.label = label;
                av.actual = v;
                if (areaTarget >= 0) av.target = number(cell(row, areaTarget));
                av.evidence = row.evidence;
                r.indicators.add(av);
                read++;
            }
        }
        return read;
    }

    /** The words of a progress cell before its count ("已完成 1,086", "未完成：43"). */
    private static final Pattern PROGRESS_WORDS = Pattern.compile("^(?:已|未|尚未|基本)?(?:完成|达成|达标)[:：]?+");

    /**
     * The figure of an actual cell: under a 进度/完成情况 header, the count after 已完成/未完成; a percent there is a
     * rate (时间进度 50%), never the count, and reads as nothing.
     */
    static String progressFigure(String cell, String header) {
        if (header == null || !(header.contains("进度") || header.contains("完成情况"))) return cell;
        String s = PROGRESS_WORDS.matcher(Cn.WHITESPACE.matcher(cell).replaceAll("")).replaceFirst("");
        return s.contains("%") || s.contains("％") ? "" : s;
    }

    /** The one column of a role that belongs to the given 片区; -1 when there is none or more than one. */
    private static int ofArea(List<Column> cols, ColumnRole role, String area) {
        int found = -1;
        for (int c = 0; c < cols.size(); c++) {
            if (cols.get(c).role != role || !area.equals(cols.get(c).area)) continue;
            if (found >= 0) return -1;
            found = c;
        }
        return found;
    }

    /** The one column of a role that belongs to no 片区; -1 when there is none or more than one (ambiguous). */
    private static int single(List<Column> cols, ColumnRole role) {
        int found = -1;
        for (int c = 0; c < cols.size(); c++) {
            if (cols.get(c).role != role || cols.get(c).area != null) continue;
            if (found >= 0) return -1;
            found = c;
        }
        return found;
    }

    /** The indicator code a row's label names; its category (专业个案, 专业小组) names the family when the label does not. */
    static String code(String label, String category) {
        if (label == null || label.isBlank()) return null;
        if (partyOf(label) != null || TOTAL_WORD.matcher(label).find() || STAFFING_LABEL.matcher(label).find()
                || IndicatorVocabulary.isSubtotal(label)) return null;
        String family = IndicatorVocabulary.family(label);
        IndicatorVocabulary.Measure measure = IndicatorVocabulary.measure(label);
        if (family == null && category != null && !category.isBlank()) family = IndicatorVocabulary.family(category);
        if (family == null) {
            if (SCORE_ITEMS.stream().anyMatch(label::startsWith)) return null;
            String bare = Cn.withoutBrackets(label);
            return bare.isBlank() ? null : IndicatorVocabulary.codeOfUnknown(bare);
        }
        return IndicatorVocabulary.code(family, measure);
    }

    // ---- context ----

    /** A 片区 named by the heading just above the table ("（一）片区一（盐运西、都府…）"). */
    static String contextArea(List<String> context) {
        boolean captioned = false;
        for (int i = context.size() - 1; i >= 0; i--) {
            String line = context.get(i).strip();
            Matcher caption = CAPTION.matcher(line);
            if (caption.find()) {
                // the nearest caption is the table's own (its 片区, or the station's where it says 全站/汇总); a caption
                // further up belongs to an earlier table
                if (captioned) continue;
                captioned = true;
                String title = line.substring(caption.end());
                Matcher a = CAPTION_AREA.matcher(title);
                if (a.find()) return Cn.areaName(a.group(1));
                Matcher h = HEADING_AREA.matcher(title);
                if (h.find()) return Cn.areaName(h.group(1));
                if (STATION_CAPTION.matcher(title).find()) return null;
                continue;
            }
            Matcher m = HEADING_AREA.matcher(line);
            if (m.find()) return Cn.areaName(m.group(1));
        }
        return null;
    }

    /** A sub-period named by a heading just above the table ("（一）2023年1月至6月"). */
    static String contextPeriod(List<String> context) {
        for (int i = context.size() - 1; i >= 0; i--) {
            Matcher m = HEADING_PERIOD.matcher(context.get(i));
            if (m.find()) return m.group(1).replaceAll("\\s+", "");
        }
        return null;
    }

    // ---- cells ----

    private static String cell(Row row, int c) {
        return c < row.cells.size() ? row.cells.get(c) : "";
    }

    /** The value of the one column of a role that belongs to no 片区 (or to {@code area}). */
    private static Double value(Row row, List<Column> cols, ColumnRole role, String area) {
        int c = single(cols, role);
        if (c < 0) return null;
        String s = cell(row, c);
        if (role == ColumnRole.MAX && s.endsWith("%")) s = s.substring(0, s.length() - 1); // 权重 10% = 10 points
        return number(s);
    }

    /** A number as printed in a cell: "2,543", "103.81%", "+3"; null for a placeholder (—, /) or text. */
    static Double number(String cell) {
        if (cell == null) return null;
        String s = printed(cell);
        // a count in ten-thousands ("1.2万" under 年度指标): the figure it names
        if (s.length() > 1 && s.endsWith("万") && PLAIN_NUMBER.matcher(s.substring(0, s.length() - 1)).matches()) {
            return Math.round(Cn.num(s.substring(0, s.length() - 1).replace(",", "")) * 10_000 * 100) / 100.0;
        }
        if (!PERCENT_OR_NUMBER.matcher(s).matches()) return null;
        return Cn.num(s.replace(",", "").replace("+", ""));
    }

    static boolean isValue(String cell) {
        String s = printed(cell);
        return s.isEmpty() || PERCENT_OR_NUMBER.matcher(s).matches() || PLACEHOLDER.matcher(s).matches();
    }

    /** A cell as its figure is printed: no spaces, no floor word before it (≥, 不少于), no count unit after it (16名, 96人次), a full-width ％ as %. */
    private static String printed(String cell) {
        // read for every cell of every table: the patterns run only where their characters stand
        String s = Cn.holdsWhitespace(cell) ? Cn.WHITESPACE.matcher(cell).replaceAll("") : cell;
        if (!s.isEmpty() && "≥>≧不".indexOf(s.charAt(0)) >= 0) s = AT_LEAST.matcher(s).replaceFirst("");
        s = s.replace('％', '%');
        if (s.indexOf('，') >= 0) s = WIDE_THOUSANDS.matcher(s).replaceAll("$1,");
        return withoutUnit(s);
    }

    /** A full-width comma between thousands ("3，788"). */
    private static final Pattern WIDE_THOUSANDS = Pattern.compile("(\\d)，(?=\\d{3}+(?!\\d))");

    /** Units a count is printed with inside a cell ("16名", "96人次"); longest first. */
    private static final List<String> COUNT_UNITS = List.of("人次", "名", "人", "户", "个", "节", "场", "支", "次");

    private static String withoutUnit(String s) {
        for (String u : COUNT_UNITS) {
            int at = s.length() - u.length();
            if (at > 0 && s.endsWith(u) && Character.isDigit(s.charAt(at - 1))) return s.substring(0, at);
        }
        return s;
    }

    /** Every row a label followed by numbers (or placeholders): a table of figures whose header was printed apart. */
    static boolean labelAndNumbers(Document.Table t) {
        for (List<String> row : t.rows()) {
            if (row.size() < 3 || row.get(0).isBlank() || number(row.get(0)) != null) return false;
            for (int c = 1; c < row.size(); c++) if (!isValue(row.get(c))) return false;
        }
        return true;
    }

    private static void unparsedIfMeaningful(Document.Table t, String why, Result r) {
        boolean meaningful = false;
        for (List<String> row : t.rows()) {
            for (String c : row) {
                if (c.length() > 30) continue;
                if (IndicatorVocabulary.family(c) != null || Party.named(c) != null || c.contains("稳岗")) meaningful = true;
            }
        }
        boolean numbers = t.rows().stream().flatMap(List::stream).filter(c -> number(c) != null).count() >= 2;
        if (meaningful && numbers) {
            r.problems.add(Check.TABLE_UNPARSED.code + ": 表格 " + t.index() + "（" + why + "），未读取：" + abbreviate(t.rowText(0)));
        }
    }

    private static String abbreviate(String s) {
        return s.length() > 60 ? s.substring(0, 60) + "…" : s;
    }
}
