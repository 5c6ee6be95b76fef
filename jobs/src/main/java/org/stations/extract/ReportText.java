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
        for (Document.Block b : doc.blocks()) {
            if (b instanceof Document.Paragraph p) lines.add(p.text());
            else if (asNumberRows.contains(((Document.Table) b).index())) {
                for (List<String> row : ((Document.Table) b).rows()) lines.add(String.join(" ", row).strip());
            }
            else for (List<String> row : ((Document.Table) b).rows()) {
                lines.add(TextNormalizer.CELL + String.join(String.valueOf(TextNormalizer.CELL), row));
                String pair = keyValue(row);
                if (pair != null) lines.add(pair);
                for (String cell : row) if (isProseCell(cell)) lines.add(cell.strip());
            }
        }
        return new ReportText(lines);
    }

    /** A cell this long, with sentence marks in it, is prose written in a table (a 核查情况 cell of a scoring sheet). */
    static final int PROSE_CELL_MIN_CHARS = 40;
    private static final Pattern SENTENCE_MARKS = Pattern.compile("[，；。,;][^，；。,;]*+[，；。,;]");

    /**
     * A cell of sentences ("协议要求配备社工16名，考核期末在岗社工15名…；社工应到岗96人次，实到岗93人次"): the prose rules
     * read it as a paragraph, as they would outside a table.
     */
    static boolean isProseCell(String cell) {
        return cell.length() >= PROSE_CELL_MIN_CHARS && SENTENCE_MARKS.matcher(cell).find();
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
