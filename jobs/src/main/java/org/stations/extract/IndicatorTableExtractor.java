package org.stations.extract;

import org.stations.normalize.Headings;
import org.stations.model.Check;
import org.stations.model.IndicatorVocabulary;

import org.stations.model.IndicatorVocabulary.Measure;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;


/**
 * Indicators printed as tables, flattened to text:
 * <ul>
 * <li>narrow rows "label target actual percent" ("建档 65 65 100%", "个数 9 9 100.00%" under a "小组" line);</li>
 * <li>wide annex tables by 片区 ("片区1 6 35 628 1794.29% 1334 2180 …"), whose header names the
 *     indicator families left to right and whose rows are triplets of target, actual and percent.</li>
 * </ul>
 * A row is taken only where its percent agrees with actual/target (or the block mostly does), so a
 * staff roster or a misaligned row is never read as an indicator.
 */
public final class IndicatorTableExtractor {
    private IndicatorTableExtractor() {}

    /** Problems worth a quality flag (a table that could not be aligned), as "check: detail". */
    public record Result(List<IndicatorValue> values, List<String> problems) {}

    private static final String CELL = "(?:\\d+(?:\\.\\d+)?%?|/)";
    // repeats of groups are possessive (*+, ++, {3,}+): java.util.regex recurses once per greedy group repeat, and a
    // row of thousands of cells overflowed the stack
    private static final Pattern WIDE_ROW = Pattern.compile(
            "^(片区\\s*[\\d一二三四五六七八九十]+|[东西南北中][\\d一二三四五六七八九十]?片区?|[\\u4e00-\\u9fff]{1,4}片区|合计|总计)\\s*(" + CELL + "(?:\\s+" + CELL + "){3,}+)$");
    /** Target, actual and percent side by side; the label before them is read by {@link #labelBefore}. */
    private static final Pattern TRIPLET = Pattern.compile(
            "(" + Cn.DIGITS + "(?:\\.\\d++)?) (\\d++(?:\\.\\d++)?) (\\d++(?:\\.\\d++)?%?)(?=$|\\s|[^\\d.%])");
    /** Characters a row label never holds: a label runs back from its numbers to the last of these. */
    private static final String NOT_IN_LABEL = "0123456789%/";
    private static final Pattern HEADER_WORDS = Pattern.compile("指标要求|协议指标|协议量|完成数量|完成比例|完成百分比|完成情况|完成量|百分比|服务项目|协议内容");
    private static final Pattern TABLE_TITLE = Pattern.compile("^附件[\\d\\-－]*.*?(?:统计表|一览表|情况表)");
    private static final Pattern HEADER_SUFFIX = Pattern.compile("(?:" + HEADER_WORDS.pattern() + ")++$");
    /** A label line names the rows of the next few lines only. */
    private static final int LABEL_REACH = 12;
    private static final Pattern LABEL_LINE = Pattern.compile("[\\u4e00-\\u9fffA-Za-z、()\"“”]+");
    private static final Pattern MEASURE_ONLY = Pattern.compile("^(?:服务)?(?:个数|节数|人次|次数|服务次数|数量)$");

    public static Result extract(ReportText t) {
        List<IndicatorValue> out = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        // rows of real tables (cells behind a TAB) are TableExtractor's, read by their headers; here only rows of numbers in running text
        List<String> lines = t.lines();
        boolean[] inWide = new boolean[lines.size()];
        wideTables(lines, inWide, out, problems);
        narrowRows(lines, inWide, out);
        return new Result(out, problems);
    }

    // ---- wide annex tables by 片区 ----

    private static void wideTables(List<String> lines, boolean[] inWide, List<IndicatorValue> out, List<String> problems) {
        int i = 0;
        Matcher row = WIDE_ROW.matcher("");
        while (i < lines.size()) {
            if (!row.reset(lines.get(i)).matches()) { i++; continue; }
            int start = i;
            while (i < lines.size() && row.reset(lines.get(i)).matches()) i++;
            String header = header(lines, start);
            List<IndicatorValue> block = wideBlock(header, lines.subList(start, i));
            // rows of a wide table are never read as narrow rows, even when the table cannot be aligned
            for (int k = start; k < i; k++) inWide[k] = true;
            if (block != null) {
                out.addAll(block);
            } else if (!IndicatorVocabulary.families(header).isEmpty()) {
                problems.add(Check.TABLE_UNPARSED.code + ": 附件指标表的列无法与表头对齐，未读取: " + lines.get(start));
            }
        }
    }

    /** The header of a wide table: the non-row lines just above it, back to a heading or another table. */
    private static String header(List<String> lines, int start) {
        StringBuilder h = new StringBuilder();
        for (int k = start - 1; k >= 0 && k >= start - 8; k--) {
            String l = lines.get(k);
            if (WIDE_ROW.matcher(l).matches() || l.endsWith("。")) break;
            h.insert(0, l + " ");
            if (l.startsWith("附件")) break;
        }
        return h.toString();
    }

    private static List<IndicatorValue> wideBlock(String header, List<String> rows) {
        List<String> families = IndicatorVocabulary.families(header);
        List<String[]> columns = new ArrayList<>(); // {code, family label}
        for (String f : families) {
            for (Measure m : measuresOf(f)) columns.add(new String[]{IndicatorVocabulary.code(f, m), f});
        }
        if (columns.isEmpty()) return null;
        List<IndicatorValue> out = new ArrayList<>();
        int checked = 0, agreeing = 0;
        for (String row : rows) {
            Matcher m = WIDE_ROW.matcher(row);
            if (!m.matches()) return null;
            String[] cells = m.group(2).trim().split("\\s+");
            int lead = cells.length - 3 * columns.size();
            if (lead < 0 || lead > 2) return null;
            String areaLabel = m.group(1);
            String area = areaLabel.matches("合计|总计") ? null : Cn.areaName(areaLabel);
            for (int c = 0; c < columns.size(); c++) {
                String t = cells[lead + 3 * c], a = cells[lead + 3 * c + 1], p = cells[lead + 3 * c + 2];
                if (t.equals("/") && a.equals("/")) continue;
                IndicatorValue v = new IndicatorValue();
                v.area = area;
                v.code = columns.get(c)[0];
                v.label = labelOf(header, columns.get(c)[0]);
                v.target = t.equals("/") ? null : Cn.num(t);
                v.actual = a.equals("/") ? null : Cn.num(a);
                if (!p.equals("/")) { v.reportedCompletion = Cn.percent(p); v.reportedDecimals = Cn.decimals(p); }
                v.evidence = row;
                v.fromOneRow = true;
                if (v.completion() != null && v.reportedCompletion != null) {
                    checked++;
                    if (Math.abs(v.completion() - v.reportedCompletion) < 0.01) agreeing++;
                }
                out.add(v);
            }
        }
        // misaligned columns show as percents that disagree with actual/target almost everywhere
        return checked > 0 && agreeing >= 0.8 * checked ? out : null;
    }

    private static List<Measure> measuresOf(String family) {
        return switch (family) {
            case "case" -> List.of(Measure.INTAKE, Measure.SESSIONS, Measure.CLOSED);
            case "group" -> List.of(Measure.COUNT, Measure.SESSIONS, Measure.ATTENDANCE);
            case "large_event", "small_event", "community_event", "routine_service" -> List.of(Measure.COUNT, Measure.ATTENDANCE);
            default -> List.of(Measure.COUNT);
        };
    }

    /** The contract's label, except where the table's header prints the short form (建档, 探访). */
    private static String labelOf(String header, String code) {
        if (code.equals("archive") && !header.contains("困难群众和特殊群体建档")) return "建档";
        if (code.equals("home_visits") && header.contains("入户探访")) return "入户探访";
        String label = IndicatorVocabulary.label(code);
        return label != null ? label : code;
    }

    // ---- narrow rows: label target actual percent ----

    private static void narrowRows(List<String> lines, boolean[] inWide, List<IndicatorValue> out) {
        String period = null;
        String familyLabel = null;
        int labelLine = -1;
        // matchers reset for each line, not made for each (a report may have a million lines)
        Matcher sp = HeaderExtractor.SUB_PERIOD.matcher(""), title = TABLE_TITLE.matcher(""), withDigit = Cn.WITH_DIGIT.matcher(""),
                m = TRIPLET.matcher("");
        for (int i = 0; i < lines.size(); i++) {
            if (i - labelLine > LABEL_REACH) familyLabel = null;
            String line = lines.get(i);
            if (sp.reset(line).find()) {
                period = sp.group(1);
                familyLabel = null;
                continue;
            }
            if (inWide[i] || line.isEmpty() || line.charAt(0) == '\t') continue;
            String untitled = title.reset(line).replaceFirst("");
            if (!withDigit.reset(untitled).matches()) {
                // a label line names the family of the rows below it ("小组", "大型社区活动")
                String label = HEADER_SUFFIX.matcher(untitled).replaceFirst("");
                if (!label.isEmpty() && label.length() <= 40 && !Headings.ANY.matcher(label).find()
                        && !HEADER_WORDS.matcher(label).find() && LABEL_LINE.matcher(label).matches()) {
                    familyLabel = label;
                    labelLine = i;
                }
                continue;
            }
            m.reset(line);
            boolean any = false;
            for (int from = 0; m.find(); from = m.end()) {
                Double target = Cn.num(m.group(1)), actual = Cn.num(m.group(2));
                String pct = m.group(3);
                String label = labelBefore(line, from, m.start());
                // a row whose label names an indicator is read even when its % is off (QualityChecks flags it);
                // any other row must prove itself by a % that is actual/target
                boolean named = IndicatorVocabulary.family(label) != null
                        || (label.isEmpty() && IndicatorVocabulary.family(familyLabel) != null);
                if (!named && !agrees(target, actual, pct)) continue;
                if (target == null || target == 0) continue;
                IndicatorValue v = row(label, familyLabel, target, actual, pct);
                if (v == null) continue;
                // a label line of a one-number family names one row; 小组 names its 个数, 节数 and 人次
                if (label.isEmpty() && !IndicatorVocabulary.isMeasured(IndicatorVocabulary.family(familyLabel))) familyLabel = null;
                v.periodLabel = period;
                v.evidence = line;
                out.add(v);
                any = true;
            }
            if (any && line.length() > 80) familyLabel = null;
        }
    }

    /**
     * The text between the last digit, % or / before a row's numbers (or the previous row's end) and the numbers,
     * without leading spaces and dots: found by a scan back, since a regex group before the numbers would be tried
     * from every position of the line.
     */
    static String labelBefore(String line, int from, int numbers) {
        int start = numbers;
        while (start > from && NOT_IN_LABEL.indexOf(line.charAt(start - 1)) < 0) start--;
        while (start < numbers && (line.charAt(start) == '.' || Cn.isRegexSpace(line.charAt(start)))) start++;
        return line.substring(start, numbers).strip();
    }

    /** The printed percent is actual/target (×100), within the rounding of a misprint-free table. */
    private static boolean agrees(Double target, Double actual, String pct) {
        if (target == null || actual == null || target == 0) return false;
        double p = Cn.percent(pct);
        return Math.abs(actual / target - p) < 0.02 || Math.abs(actual / target - p) < 0.02 * p;
    }

    private static IndicatorValue row(String label, String familyLabel, Double target, Double actual, String pct) {
        if (IndicatorVocabulary.isSubtotal(label)) return null;
        String useLabel;
        String family = IndicatorVocabulary.family(label);
        if (family != null) useLabel = label;
        else if (label.isEmpty() || MEASURE_ONLY.matcher(label).matches() || IndicatorVocabulary.family(familyLabel) != null) {
            if (familyLabel == null) return null;
            family = IndicatorVocabulary.family(familyLabel);
            useLabel = familyLabel + label;
        } else {
            useLabel = label;
        }
        Measure measure = IndicatorVocabulary.measure(label);
        String code = family != null ? IndicatorVocabulary.code(family, measure)
                : IndicatorVocabulary.codeOfUnknown(familyLabel != null && label.isEmpty() ? familyLabel : label);
        IndicatorValue v = new IndicatorValue();
        v.code = code;
        v.label = useLabel;
        v.target = target;
        v.actual = actual;
        v.reportedCompletion = Cn.percent(pct);
        v.reportedDecimals = Cn.decimals(pct);
        v.fromOneRow = true;
        return v;
    }
}
