package org.stations.extract;

import org.stations.util.FirstChars;
import org.stations.document.Document;
import org.stations.document.Layout;
import org.stations.normalize.LongLines;
import org.stations.normalize.TextNormalizer;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A report's normalized text: one logical line per paragraph or table row. */
public final class ReportText {
    private static final Pattern TRAILING_COLON = Pattern.compile("[:：]$");
    private static final Pattern NUMBERS = Pattern.compile("[\\d.,%\\s]+");

    private final List<String> lines;
    private final String text;
    private final int longestLine;

    /** Lines longer than {@link LongLines#MAX_CHARS} are split here: no extractor's pattern sees a longer one. */
    public ReportText(List<String> lines) {
        int longest = 0;
        for (String l : lines) longest = Math.max(longest, l.length());
        this.longestLine = longest;
        this.lines = List.copyOf(LongLines.split(lines));
        this.text = String.join("\n", this.lines);
    }

    public static ReportText of(String raw) { return of(Layout.parse(raw)); }

    /** The document as lines: each paragraph one line, each table row one line of cells behind a leading TAB. */
    public static ReportText of(Document doc) {
        return of(doc, java.util.Set.of());
    }

    /**
     * As {@link #of(Document)}, except that the rows of the tables named (tables of a label and numbers whose header
     * was printed apart) are written as running text prints them ("片区1 6 35 628 1794.29%"), for the number-row reading.
     */
    public static ReportText of(Document doc, java.util.Set<Integer> asNumberRows) {
        List<String> lines = new ArrayList<>();
        List<String> previous = List.of();
        for (Document.Block b : doc.blocks()) {
            if (b instanceof Document.Paragraph p) lines.add(p.text());
            else if (asNumberRows.contains(((Document.Table) b).index())) {
                for (List<String> row : ((Document.Table) b).rows()) lines.add(String.join(" ", row).strip());
            }
            else for (List<String> row : ((Document.Table) b).rows()) {
                lines.add(TextNormalizer.CELL + String.join(String.valueOf(TextNormalizer.CELL), row));
                lines.addAll(keyValues(row));
                String measured = measured(row);
                if (measured != null) lines.add(measured);
                String range = range(previous, row);
                if (range != null) lines.add(range);
                previous = row;
                for (String cell : row) if (isSentence(cell)) lines.add(cell.strip());
            }
        }
        return new ReportText(lines);
    }

    public List<String> lines() { return lines; }

    /** The paragraphs only: each table row an empty line, so sentence patterns never read a table row twice. */
    public ReportText proseOnly() {
        List<String> out = new ArrayList<>(lines.size());
        for (String l : lines) out.add(!l.isEmpty() && l.charAt(0) == TextNormalizer.CELL ? "" : l);
        return new ReportText(out);
    }

    public String text() { return text; }

    /** The longest line given, before splitting. */
    public int longestLine() { return longestLine; }

    /**
     * A row of a cover-page layout table, "项目监督方 | 广州市越秀区民政局", as the sentence "项目监督方：广州市越秀区民政局"
     * that the header patterns read; null for any other row.
     */
    static String keyValue(List<String> row) {
        List<String> cells = row.stream().filter(c -> !c.isBlank()).distinct().toList();
        if (cells.size() != 2) return null;
        String key = TRAILING_COLON.matcher(cells.get(0)).replaceAll("");
        if (key.length() > 12 || Cn.WITH_DIGIT.matcher(key).matches() || NUMBERS.matcher(cells.get(1)).matches()) return null;
        return key + "：" + cells.get(1);
    }

    /** A key naming its unit in brackets: "项目经费（元）", "期末在岗社工（名）", "考核期（月）". */
    private static final Pattern KEY_WITH_UNIT = Pattern.compile("^([\\u4e00-\\u9fff]{2,16}+)[(（]([\\u4e00-\\u9fff]{1,2}+)[)）]$");
    private static final Pattern ONE_NUMBER = Pattern.compile("^\\d{1,3}+(?:,\\d{3})*+(?:\\.\\d{1,2}+)?+$|^\\d++(?:\\.\\d{1,2}+)?+$");

    /**
     * A row of a key/value sheet whose key names the unit of its one number ("项目经费（元） | 1,580,000.00",
     * "离职（人） | 2"), as the phrase running text prints: "项目经费1,580,000.00元", "离职2人", "考核期共6个月".
     */
    static String measured(List<String> row) {
        List<String> cells = filled(row);
        if (cells.size() < 2 || cells.size() > 3) return null;
        Matcher k = KEY_WITH_UNIT.matcher(cells.get(0).replaceAll("\\s+", ""));
        if (!k.matches() || !ONE_NUMBER.matcher(cells.get(1)).matches()) return null;
        // a second figure (上期末 | 本期末 columns) makes the row a table's, not one value's
        if (cells.size() == 3 && NUMBERS.matcher(cells.get(2)).matches()) return null;
        String unit = k.group(2);
        return unit.equals("月") ? k.group(1) + "共" + cells.get(1) + "个月" : k.group(1) + cells.get(1) + unit;
    }

    /** A row's cells that hold something, stripped. */
    private static List<String> filled(List<String> row) {
        return row.stream().map(String::strip).filter(c -> !c.isEmpty()).toList();
    }

    private static final Pattern RANGE_START = Pattern.compile("^([\\u4e00-\\u9fff]{2,8}?)(?:开始|起始)(?:日期|时间)?$");
    private static final Pattern RANGE_END = Pattern.compile("^([\\u4e00-\\u9fff]{2,8}?)(?:结束|截止)(?:日期|时间)?$");

    /**
     * A period printed as two rows of a key/value sheet, its start and its end ("服务期开始 | 2025/5/1", "服务期结束 |
     * 2026/4/30"), as one range: "服务期：2025/5/1至2026/4/30".
     */
    static String range(List<String> above, List<String> row) {
        List<String> a = filled(above), b = filled(row);
        if (a.size() < 2 || b.size() < 2) return null;
        Matcher s = RANGE_START.matcher(a.get(0).replaceAll("\\s+", "")), e = RANGE_END.matcher(b.get(0).replaceAll("\\s+", ""));
        if (!s.matches() || !e.matches() || !s.group(1).equals(e.group(1))) return null;
        return s.group(1) + "：" + a.get(1) + "至" + b.get(1);
    }

    /**
     * A cover-page row of two pairs side by side, "服务站名称 | 广州市越秀区登峰街社工服务站 | 评估类型 | 中期评估", as two
     * sentences "服务站名称：…", "评估类型：中期评估"; a two-cell row as {@link #keyValue} reads it; none for any other row.
     * Both keys must be keys (short, no digit) and both values values (no bare number), and one value a name or a date
     * (a digit, or at least {@link #PAIRED_VALUE} characters): a header row of short words ("评估主体 | 监督方 | 购买方 |
     * 督导中心") pairs nothing.
     */
    static List<String> keyValues(List<String> row) {
        String pair = keyValue(row);
        if (pair != null) return List.of(pair);
        List<String> cells = row.stream().filter(c -> !c.isBlank()).distinct().toList();
        if (cells.size() != 4) return List.of();
        String a = keyValue(cells.subList(0, 2)), b = keyValue(cells.subList(2, 4));
        if (a == null || b == null || isKey(cells.get(1)) && isKey(cells.get(3))) return List.of();
        return List.of(a, b);
    }

    /** A cell this long, of clauses, is a sentence written into a table: a scoring sheet's 核查情况. */
    private static final int SENTENCE_CELL = 24;

    /**
     * A cell that is prose, not a value: long, of several clauses (a comma or a semicolon) and stating figures: "协议要求配备
     * 社工16名,考核期末在岗社工15名(其中持证社工9名),缺岗1名;…" in a 评分表's 扣分理由及核查情况 column. It is read as a
     * paragraph too, so the sentence patterns read what it states.
     */
    static boolean isSentence(String cell) {
        if (cell.length() < SENTENCE_CELL || cell.charAt(0) == TextNormalizer.CELL) return false;
        boolean clauses = false, digit = false;
        for (int i = 0; i < cell.length() && !(clauses && digit); i++) {
            char c = cell.charAt(i);
            if (c == ',' || c == '，' || c == ';' || c == '；') clauses = true;
            else if (c >= '0' && c <= '9') digit = true;
        }
        return clauses && digit;
    }

    /** A value this long is a name, not a header word. */
    private static final int PAIRED_VALUE = 8;

    private static boolean isKey(String cell) {
        return cell.length() < PAIRED_VALUE && !Cn.WITH_DIGIT.matcher(cell).matches();
    }

    /** The first match of a pattern anywhere in the text. */
    public Optional<Matcher> find(Pattern p) {
        Matcher m = p.matcher(text);
        return m.find() ? Optional.of(m) : Optional.empty();
    }

    /** The first group 1 of the first pattern that matches, in order of preference. */
    public String first(Pattern... patterns) {
        for (Pattern p : patterns) {
            FirstChars.Matches found = FirstChars.matches(p, text);
            if (found.find()) return found.matcher().group(1);
        }
        return null;
    }

    /** As {@link #first(Pattern...)}, and the sentence it was read from goes into {@code evidence} under {@code field}. */
    public String first(java.util.Map<String, String> evidence, String field, Pattern... patterns) {
        for (Pattern p : patterns) {
            FirstChars.Matches found = FirstChars.matches(p, text);
            if (found.find()) {
                Matcher m = found.matcher();
                evidence.putIfAbsent(field, sentenceOf(m));
                return m.group(1);
            }
        }
        return null;
    }

    /** The sentence (up to 。 or ；) around a position, for evidence. */
    public String sentenceAt(int start, int end) {
        int s = start, e = end;
        while (s > 0 && "。；;\n".indexOf(text.charAt(s - 1)) < 0) s--;
        while (e < text.length() && "。；;\n".indexOf(text.charAt(e)) < 0) e++;
        if (e < text.length() && text.charAt(e) != '\n') e++;
        return text.substring(s, e).replace(TextNormalizer.CELL, ' ').strip();
    }

    public String sentenceOf(MatchResult m) { return sentenceAt(m.start(), m.end()); }

    /**
     * The matches of {@code p}, in text order, for a pattern whose every match contains {@code word} and stays within
     * one line: the regex runs only on the lines holding the word, not from every position of the whole text.
     */
    public List<MatchResult> matchesInLinesWith(String word, Pattern p) {
        return matchesInLines(line -> line.contains(word), p);
    }

    /** As {@link #matchesInLinesWith}, on the lines {@code which} accepts; from the pattern's first characters where it states them. */
    public List<MatchResult> matchesInLines(java.util.function.Predicate<String> which, Pattern p) {
        List<MatchResult> out = new ArrayList<>();
        int start = 0;
        for (String line : lines) {
            if (which.test(line)) {
                FirstChars.Matches found = FirstChars.matches(p, text, start, start + line.length());
                while (found.find()) out.add(found.matcher().toMatchResult());
            }
            start += line.length() + 1;
        }
        return out;
    }
}
