package org.stations.normalize;

import org.stations.extract.Cn;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns decoded report text into one logical line per paragraph or table row, whatever the
 * evaluator's layout: full-width forms to ASCII, debris and page numbers dropped, hard-wrapped
 * lines joined, one-cell-per-line table blocks joined into TAB-separated rows.
 * Every extractor reads only this form, so a new layout is handled here once.
 */
public final class TextNormalizer {

    /** A table cell separator in normalized text; spaces are only ever single. */
    public static final char CELL = '\t';

    /** Word bookmarks and terminal colour codes; a bookmark ends before the next '[' (so an unclosed one costs one scan). */
    public static final Pattern DEBRIS = Pattern.compile("\\[bookmark:[^\\]\\[]*+\\]|\\u001B\\[[0-9;]*+[A-Za-z]|\\[[0-9;]*+m");
    private static final Pattern PAGE_NUMBER = Pattern.compile("^(?:-\\s*)?\\d{1,3}(?:\\s*-)?$|^第\\s*\\d{1,3}\\s*页(?:\\s*[,/]?\\s*共\\s*\\d+\\s*页)?$");
    /** Lines that start a new logical line even when the previous one looks unfinished. */
    private static final Pattern LINE_START = Pattern.compile(
            "^(?:[一二三四五六七八九十]+、|[(（][一二三四五六七八九十\\d]+[)）]|\\d+[.、．](?!\\d)|[①②③④⑤⑥⑦⑧⑨⑩]|【\\s*\\d{1,3}+\\s*】|[■□◆◇●▲]|附件|[-•·]\\s|"
            + "片区\\s*\\d|合计|小计|总计|值得肯定|需要关注|以上四项|评估等级|项目监督方|项目购买方|项目承办方|项目评估方|评估日期|"
            // a cover page's "key：value" lines ("评估机构：…", "现场评估日期：…") each stand alone
            + "[\\u4e00-\\u9fff]{2,12}+[:：]\\s*\\S)");
    /** How a letter's file number or a document's title ends: "〔2025〕第047号", "评估意见书", "评估报告". */
    private static final Pattern TITLE_END = Pattern.compile("(?:[〔\\[]\\d{4}+[〕\\]][^〔〕\\[\\]]{0,12}+号|意见书|评估报告|报告书)$");
    private static final Pattern DATE_LINE = Pattern.compile("^\\d{4}\\s*年\\s*\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日$");
    /** Possessive repeats: a greedy group repeat recurses once per cell in java.util.regex (a stack overflow on a long row). */
    private static final Pattern NUMBERS_ONLY = Pattern.compile("^(?:\\d++(?:\\.\\d++)?+%?+|/|——)(?: (?:\\d++(?:\\.\\d++)?+%?+|/|——))*+$");
    /** A row shorter than this was not wrapped by the page width. */
    private static final int WRAPPED_ROW = 60;
    private static final Pattern ENDS_COMPLETE = Pattern.compile("[。；;：:！!？?」”）)]$");
    /** Two numbers (or marks) side by side, separated only by a space: prose never has that after cleanLine. */
    private static final Pattern TABLE_CELLS = Pattern.compile("(?:" + Cn.DIGITS + "(?:\\.\\d++)?%?|[√/]|——) (?:\\d++(?:\\.\\d++)?%?|[√/]|——)");

    private TextNormalizer() {}

    public static String normalize(String raw) {
        return String.join("\n", lines(raw));
    }

    public static List<String> lines(String raw) {
        String s = raw;
        if (!s.isEmpty() && s.charAt(0) == '\uFEFF') s = s.substring(1);
        s = s.replace("\r\n", "\n").replace('\r', '\n');
        s = DEBRIS.matcher(s).replaceAll("");
        s = Normalizer.normalize(s, Normalizer.Form.NFKC);
        s = s.replace('―', '一').replace('〜', '~');
        List<String> physical = new ArrayList<>();
        for (String line : s.split("\n", -1)) physical.add(cleanLine(line));
        physical = dropPageNumbers(physical);
        physical = joinCellBlocks(physical);
        // again once joined: a date or an amount the page broke over two lines reads whole only now
        List<String> joined = unwrap(physical);
        joined.replaceAll(Cn::canonical);
        return joined;
    }

    /** Collapses spaces; a space survives only between two ASCII tokens (numbers in a table row). */
    static String cleanLine(String line) {
        // nothing to change: a line as it is, or a cell line (TAB first) whose cell is (a table of a million cells)
        if (isClean(line, line.startsWith("\t") ? 1 : 0)) return line;
        StringBuilder out = new StringBuilder(line.length());
        boolean leadingTab = line.startsWith("\t");
        // every space becomes ' ' (runs need no collapsing: the loop below keeps a space only between two ASCII words)
        String t = spacesAsBlanks(line).strip();
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == ' ') {
                char prev = out.length() == 0 ? ' ' : out.charAt(out.length() - 1);
                char next = i + 1 < t.length() ? t.charAt(i + 1) : ' ';
                if (isAsciiWord(prev) && isAsciiWord(next)) out.append(' ');
                continue;
            }
            // control characters (but not the cell marker) are debris
            if (Character.isISOControl(c)) continue;
            out.append(c);
        }
        // an empty cell still holds its column
        return leadingTab ? CELL + out.toString() : out.toString();
    }

    /** A line without spaces of any kind or control characters: cleanLine would copy it unchanged. */
    private static boolean isClean(String line, int from) {
        for (int i = from; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c <= ' ' || c == '\u00A0' || Character.isWhitespace(c) || Character.isISOControl(c) || (c >= '\u2002' && c <= '\u200B')) return false;
        }
        return true;
    }

    private static String spacesAsBlanks(String line) {
        char[] chars = line.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            if (c == '\t' || c == '\u00A0' || c == '\u3000' || (c >= '\u2002' && c <= '\u200B')) chars[i] = ' ';
        }
        return new String(chars);
    }

    /** Characters of a table cell value: a space between two of them separates cells and is kept. */
    private static boolean isAsciiWord(char c) {
        return (c < 128 && (Character.isLetterOrDigit(c) || c == '%' || c == '.' || c == '/' || c == '-' || c == '+'))
                || c == '√' || c == '—' || c == '×';
    }

    /** The characters a dotted leader is drawn with, after NFKC (･ is ・, … is "...", ． is "."). */
    private static final String LEADER_DOTS = "・·.‧•";
    /** A leader is a run of at least this many dots; fewer are a decimal point, an ellipsis or a list marker. */
    static final int MIN_LEADER = 4;

    /**
     * A dotted leader between a label and its figure, "項目管理･･････9.20分" (･ after NFKC is ・), as the ":" a
     * "label: value" line prints: "项目管理:9.20分". Only a run of {@link #MIN_LEADER} or more dots followed by a digit
     * (an ellipsis in a sentence is no leader). One pass over the line.
     */
    public static String leaders(String line) {
        StringBuilder out = null;
        int n = line.length();
        for (int i = 0; i < n; ) {
            int j = i;
            while (j < n && LEADER_DOTS.indexOf(line.charAt(j)) >= 0) j++;
            if (j == i) { if (out != null) out.append(line.charAt(i)); i++; continue; }
            int k = j;
            while (k < n && line.charAt(k) == ' ') k++;
            boolean leader = j - i >= MIN_LEADER && i > 0 && k < n && line.charAt(k) >= '0' && line.charAt(k) <= '9';
            if (leader && out == null) out = new StringBuilder(n).append(line, 0, i);
            if (out != null) { if (leader) out.append(':'); else out.append(line, i, k); }
            i = leader ? k : j;
            if (!leader && out != null && k > j) i = k;
        }
        return out == null ? line : out.toString();
    }

    /** A page number is a short number line standing alone between blank lines (hard-wrapped PDF text). */
    private static List<String> dropPageNumbers(List<String> in) {
        List<String> out = new ArrayList<>(in.size());
        for (int i = 0; i < in.size(); i++) {
            String l = in.get(i);
            boolean blankBefore = i == 0 || in.get(i - 1).isEmpty();
            boolean blankAfter = i == in.size() - 1 || in.get(i + 1).isEmpty();
            if (blankBefore && blankAfter && PAGE_NUMBER.matcher(l).matches()) continue;
            out.add(l);
        }
        return out;
    }

    /** Consecutive lines that each begin with a TAB are the cells of one table row (a DOCX table exported as text). */
    private static List<String> joinCellBlocks(List<String> in) {
        List<String> out = new ArrayList<>(in.size());
        StringBuilder row = null;
        for (String l : in) {
            if (!l.isEmpty() && l.charAt(0) == CELL) {
                if (row == null) row = new StringBuilder(); else row.append(CELL);
                row.append(l.substring(1));
                continue;
            }
            if (row != null) { out.add(CELL + row.toString()); row = null; }
            out.add(l);
        }
        if (row != null) out.add(CELL + row.toString());
        return out;
    }

    /** Joins hard-wrapped lines of one paragraph; keeps headings, list items and table rows on lines of their own. */
    private static List<String> unwrap(List<String> in) {
        return new Paragraphs().join(in);
    }

    /**
     * A number the page (or OCR) broke after its decimal point, "得分46." over "80分": one number again. Not a list
     * marker ("1." starting the line) and not a cell of a table row (a space before it).
     */
    static boolean brokenAtItsPoint(CharSequence cur, String next) {
        int n = cur.length();
        if (n < 3 || cur.charAt(n - 1) != '.' || !Character.isDigit(next.charAt(0))) return false;
        int i = n - 2;
        while (i >= 0 && cur.charAt(i) >= '0' && cur.charAt(i) <= '9') i--;
        return i < n - 2 && i >= 0 && cur.charAt(i) != ' ' && cur.charAt(i) != CELL;
    }

    /**
     * A number of a sentence the page broke inside its digits, "从业两年以上社工到岗人次占比 5" over "5.06%": one number
     * again. Only where the digits at the line's end follow words (a Chinese character, maybe a space): numbers side by
     * side ("17 86") are a table's cells, not one number.
     */
    public static boolean brokenInItsDigits(CharSequence cur, String next) {
        int n = cur.length();
        if (n < 2 || !isDigit(cur.charAt(n - 1)) || !isDigit(next.charAt(0))) return false;
        // a number's digits only: a longer run is no figure of a sentence, and looking back over all of it at every
        // joint would cost the square of a paragraph of digits
        int i = n - 1, stop = Math.max(0, n - MAX_WRAPPED_DIGITS);
        while (i >= stop && isDigit(cur.charAt(i))) i--;
        if (i < stop) return false;
        if (i >= 0 && cur.charAt(i) == ' ') i--;
        return i >= 0 && Character.UnicodeScript.of(cur.charAt(i)) == Character.UnicodeScript.HAN;
    }

    private static boolean isDigit(char c) { return c >= '0' && c <= '9'; }

    /** The most digits of a figure before a line break inside it (a count, an amount in 元). */
    private static final int MAX_WRAPPED_DIGITS = 12;

    /** How far before a joint a table cell pair can start (numbers are shorter than this). */
    private static final int JOINT_REACH = 40;

    /** The joining of one text; its matchers are reset for each line (one per line and pattern would be millions). */
    private static final class Paragraphs {
        final Matcher tableCells = TABLE_CELLS.matcher(""), endsComplete = ENDS_COMPLETE.matcher(""),
                heading = Headings.ANY.matcher(""), lineStart = LINE_START.matcher(""), dateLine = DATE_LINE.matcher(""),
                numbersOnly = NUMBERS_ONLY.matcher(""), titleEnd = TITLE_END.matcher("");

        List<String> join(List<String> in) {
            List<String> out = new ArrayList<>(in.size());
            // the paragraph so far: a line as it is until a second one joins it (most lines stand alone: no copy)
            CharSequence cur = null;
            boolean curIsTableRow = false;
            for (String l : in) {
                if (l.isEmpty()) continue;
                if (cur != null && continues(cur, curIsTableRow, l)) {
                    StringBuilder joined = cur instanceof StringBuilder b ? b : new StringBuilder(cur);
                    int at = joined.length();
                    if (isAsciiWord(joined.charAt(at - 1)) && isAsciiWord(l.charAt(0)) && !brokenAtItsPoint(joined, l)
                            && !(!curIsTableRow && brokenInItsDigits(joined, l))) joined.append(' ');
                    joined.append(l);
                    // only the joint can make the paragraph a table row (its lines were not): look there, not at all of it
                    int from = Math.max(0, at - JOINT_REACH);
                    curIsTableRow = holdsSpace(joined, from) && tableCells.reset(joined).region(from, joined.length()).find();
                    cur = joined;
                    continue;
                }
                if (cur != null) out.add(cur.toString());
                cur = l;
                curIsTableRow = isTableRow(l);
            }
            if (cur != null) out.add(cur.toString());
            return out;
        }

        /** Whether {@code next} continues the paragraph {@code prev}; looks at prev's ends only, so joining stays linear. */
        private boolean continues(CharSequence prev, boolean prevIsTableRow, String next) {
            if (prev.charAt(0) == CELL || next.charAt(0) == CELL) return false;
            if (endsComplete.reset(prev).region(prev.length() - 1, prev.length()).find()) return false;
            // a short heading ("（一）项目基本情况", "七、评估结果") is a line of its own
            if (prev.length() <= 20 && heading.reset(prev).find() && !holdsClausePunctuation(prev)) return false;
            // a letter's file number ("穗启衡评字〔2025〕第047号") and a short title ("…的评估意见书") stand alone
            if (prev.length() <= 40 && titleEnd.reset(prev).find() && !holdsClausePunctuation(prev)) return false;
            if (lineStart.reset(next).find()) return false;
            // a date alone on its line (a sign-off under the evaluator's name) stands alone
            if (dateLine.reset(next).matches()) return false;
            // a long row of numbers wrapped by the page width: its numbers continue on the next line
            if (prevIsTableRow && prev.length() >= WRAPPED_ROW && numbersOnly.reset(next).matches()) return true;
            return !prevIsTableRow && !isTableRow(next);
        }

        private static boolean holdsClausePunctuation(CharSequence s) {
            for (int i = 0; i < s.length(); i++) if ("，,。；;".indexOf(s.charAt(i)) >= 0) return true;
            return false;
        }

        /** A table row carries several numbers side by side, e.g. "片区1 6 35 628 1794.29%" or "建档 65 65 100%". */
        private boolean isTableRow(String line) {
            return holdsSpace(line, 0) && tableCells.reset(line).find();
        }

        /** Two cells side by side have a space between them: without one, TABLE_CELLS need not be tried. */
        private static boolean holdsSpace(CharSequence s, int from) {
            for (int i = from; i < s.length(); i++) if (s.charAt(i) == ' ') return true;
            return false;
        }
    }
}
