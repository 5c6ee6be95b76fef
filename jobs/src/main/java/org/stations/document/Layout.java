package org.stations.document;

import org.stations.extract.Cn;
import org.stations.model.ColumnRole;
import org.stations.normalize.LongLines;
import org.stations.normalize.TextNormalizer;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A reader's text → {@link Document}. Readers of docx and pdf already write each table row as one line of cells
 * (a leading TAB, cells separated by TAB); plain-text reports print tables in every way people type them, and all
 * of these become tables here:
 * <ul>
 * <li>TAB rows ("评估主体⇥满分⇥得分"), with or without a leading TAB;</li>
 * <li>one cell per line, each with a leading TAB, a blank line after each row (a Word table saved as text);</li>
 * <li>pipe or markdown rows ("| 项目 | 要求 | 实际 |", the separator row "|---|" skipped);</li>
 * <li>one cell per line without any marker (a PDF table copied as text): a run of header words, then cells that
 *     fill rows of that many columns, a merged category cell printed once;</li>
 * <li>columns separated by runs of two or more spaces.</li>
 * </ul>
 * Page footers ("— 3 —", "第 3 页 共 9 页", a lone page number) are dropped first, so a table split by a page
 * break continues, and its repeated header row is skipped. Everything else is prose, joined into paragraphs by
 * {@link TextNormalizer}.
 */
public final class Layout {
    private Layout() {}

    private static final Pattern FOOTER = Pattern.compile(
            "^(?:[—–\\-－]+\\s*\\d{1,3}\\s*[—–\\-－]+|第\\s*\\d{1,3}\\s*页\\s*[,，/]?\\s*(?:共\\s*\\d{1,3}\\s*页)?|\\d{1,3}\\s*/\\s*\\d{1,3}|"
            + "[Pp]age\\s*\\d{1,3}(?:\\s*of\\s*\\d{1,3})?)$");
    private static final Pattern THOUSANDS = Pattern.compile("(?<=[0-9０-９]),(?=[0-9０-９]{3}(?![0-9０-９]))");
    private static final Pattern LONE_NUMBER = Pattern.compile("^\\d{1,3}$");
    /** A possessive repeat: a greedy group repeat recurses once per column in java.util.regex (a stack overflow on a long rule). */
    private static final Pattern MARKDOWN_RULE = Pattern.compile("^\\|?\\s*:?-{3,}:?\\s*(?:\\|\\s*:?-{3,}:?\\s*)*+\\|?$");
    private static final Pattern SPACED = Pattern.compile("\\s{2,}");
    private static final Pattern TAB = Pattern.compile("\t");
    private static final Pattern PIPE = Pattern.compile("\\|");
    /** A value cell: a number (with thousands separators, a sign, a %), or a placeholder for none. */
    private static final Pattern VALUE_CELL = Pattern.compile("^(?:[+-]?\\d[\\d,]*(?:\\.\\d+)?\\s*%?|—+|-+|/|／|无|-)$");
    /**
     * The most cells a row printed one cell per line may have. The widest table of the seeds, the development set and
     * the blind reports has 7 columns, a staffing annex of twelve months about 45; a run of thousands of cell lines is not a
     * table, and without a bound it would be read again from each of its lines (the square of its length).
     */
    private static final int MAX_COLUMNS = 100;

    /** The lines being laid out, and how many cell lines and header-cell lines run from each: measured once, right to left. */
    private static final class Lines {
        final List<String> all;
        final int[] cellRun;
        final int[] headerRun;

        Lines(List<String> all) {
            this.all = all;
            cellRun = new int[all.size() + 1];
            headerRun = new int[all.size() + 1];
            for (int i = all.size() - 1; i >= 0; i--) {
                String l = all.get(i);
                cellRun[i] = isCellLine(l) ? cellRun[i + 1] + 1 : 0;
                headerRun[i] = isHeaderCell(l.strip()) ? headerRun[i + 1] + 1 : 0;
            }
        }

        String get(int i) { return all.get(i); }

        int size() { return all.size(); }
    }
    /** A header cell of a one-cell-per-line table: short, no clause punctuation. */
    private static final int HEADER_CELL_MAX = 14;
    /** Clause punctuation and digits: a header cell holds none. */
    private static final String NOT_IN_HEADER = "。，,；;：:、0123456789";

    public static Document parse(String raw) {
        List<String> printed = clean(raw);
        int longest = 0;
        for (String l : printed) longest = Math.max(longest, l.length());
        Lines lines = new Lines(dropFooters(LongLines.split(printed)));
        List<Document.Block> blocks = new ArrayList<>();
        List<String> prose = new ArrayList<>();
        int tables = 0;
        int i = 0;
        while (i < lines.size()) {
            Span span = tableAt(lines, i);
            if (span == null || span.rows.isEmpty()) {
                int to = span == null ? i + 1 : span.end;
                prose.addAll(lines.all.subList(i, to));
                i = to;
                continue;
            }
            flushProse(prose, blocks);
            blocks.add(new Document.Table(++tables, span.rows));
            i = span.end;
        }
        flushProse(prose, blocks);
        return new Document(blocks, longest);
    }

    /** Rows read up to line {@code end}; no rows: the lines up to {@code end} are known to start no table (prose). */
    private record Span(List<List<String>> rows, int end) {}

    private static void flushProse(List<String> prose, List<Document.Block> blocks) {
        if (prose.isEmpty()) return;
        for (String l : TextNormalizer.lines(String.join("\n", prose))) blocks.add(new Document.Paragraph(l));
        prose.clear();
    }

    /** Decoded text → physical lines: BOM, CR, debris gone, compatibility forms folded (full-width digits, ｜), TABs kept. */
    static List<String> clean(String raw) {
        String s = raw;
        if (!s.isEmpty() && s.charAt(0) == '\uFEFF') s = s.substring(1);
        s = s.replace("\r\n", "\n").replace('\r', '\n').replace('\f', '\n');
        // box-drawn tables are laid out by display width, which NFKC would change ((（户） becomes (户))
        if (s.indexOf('│') >= 0 || s.indexOf('┃') >= 0 || s.indexOf('║') >= 0) {
            s = String.join("\n", BoxTables.toPipes(java.util.Arrays.asList(s.split("\n", -1))));
        }
        // grid tables (+----+ rules, | cells) likewise, by display width: their rows joined over wrapped lines
        if (GridTables.mayHold(s)) {
            s = String.join("\n", GridTables.toPipes(java.util.Arrays.asList(s.split("\n", -1))));
        }
        s = TextNormalizer.DEBRIS.matcher(s).replaceAll("");
        // thousands separators (2,543人次) read whole: an ASCII comma between digits, before NFKC turns list commas (，) into ASCII ones
        s = THOUSANDS.matcher(s).replaceAll("");
        s = Normalizer.normalize(s, Normalizer.Form.NFKC);
        // a report in traditional characters read as simplified (NFKC has folded the half-width ｡ ､ ｢ ｣ ･ already)
        s = org.stations.normalize.TraditionalChinese.fold(s);
        s = Cn.canonical(s);
        List<String> out = new ArrayList<>();
        for (String l : s.split("\n", -1)) {
            String t = l.replace('\u00A0', ' ').replace('\u3000', ' ');
            int end = t.length();
            while (end > 0 && t.charAt(end - 1) == ' ') end--; // [ ]+$ would read a long run of spaces from each of them
            out.add(TextNormalizer.leaders(t.substring(0, end)));
        }
        return MailQuotes.unquote(out);
    }

    /** Page footers and lone page numbers between blank lines. */
    static List<String> dropFooters(List<String> in) {
        List<String> out = new ArrayList<>(in.size());
        Matcher footer = FOOTER.matcher(""), loneNumber = LONE_NUMBER.matcher("");
        for (int i = 0; i < in.size(); i++) {
            String l = in.get(i).strip();
            if (footer.reset(l).matches()) continue;
            boolean blankBefore = i == 0 || in.get(i - 1).isBlank();
            boolean blankAfter = i == in.size() - 1 || in.get(i + 1).isBlank();
            if (blankBefore && blankAfter && loneNumber.reset(l).matches()) continue;
            out.add(in.get(i));
        }
        return out;
    }

    // ---- recognising a table at a line ----

    private static Span tableAt(Lines lines, int i) {
        String l = lines.get(i);
        if (l.isBlank()) return null;
        if (cellsOf(l) != null) return markedRows(lines, i);
        if (l.startsWith("\t")) return cellPerLineRows(lines, i);
        return unmarkedCells(lines, i);
    }

    /** The cells of a line that is a table row by its separators (TABs, pipes, wide spaces), or null. */
    static List<String> cellsOf(String line) {
        String s = line.strip();
        if (s.isEmpty()) return null;
        List<String> cells = null;
        String body = line.startsWith("\t") ? line.substring(1) : line;
        if (body.indexOf('\t') >= 0) {
            cells = split(body, TAB);
        } else if (count(s, '|') >= 2 || (s.startsWith("|") && s.endsWith("|") && s.length() > 2)) {
            String p = s.startsWith("|") ? s.substring(1) : s;
            p = p.endsWith("|") ? p.substring(0, p.length() - 1) : p;
            cells = split(p, PIPE);
        } else if (hasWideGap(s)) {
            List<String> c = split(s, SPACED);
            long values = c.stream().filter(x -> VALUE_CELL.matcher(x).matches()).count();
            // prose is never set in columns: three cells, two of them numbers, or a header of role words
            if (c.size() >= 3 && (values >= 2 || roleWords(c) >= c.size() - 1)) cells = c;
        }
        if (cells == null) return null;
        long filled = cells.stream().filter(x -> !x.isEmpty()).count();
        return filled >= 2 || (filled >= 1 && cells.size() >= 2) ? cells : null;
    }

    private static List<String> split(String s, Pattern separator) {
        List<String> out = new ArrayList<>();
        for (String c : separator.split(s, -1)) out.add(cell(c));
        return out;
    }

    static String cell(String c) {
        return unemphasised((Cn.holdsWhitespace(c) ? Cn.WHITESPACE.matcher(c).replaceAll(" ") : c).strip());
    }

    /** A Markdown cell set in bold or italics ("**47.80**", "__合计__") holds the text inside the marks. */
    static String unemphasised(String c) {
        for (String mark : EMPHASIS) {
            if (c.length() > 2 * mark.length() && c.startsWith(mark) && c.endsWith(mark)) {
                return c.substring(mark.length(), c.length() - mark.length()).strip();
            }
        }
        return c;
    }

    private static final List<String> EMPHASIS = List.of("**", "__", "*");

    /** Whether two whitespace characters stand side by side (what SPACED finds), without a matcher per line. */
    private static boolean hasWideGap(String s) {
        for (int i = 1; i < s.length(); i++) if (Cn.isRegexSpace(s.charAt(i)) && Cn.isRegexSpace(s.charAt(i - 1))) return true;
        return false;
    }

    private static int count(String s, char c) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) if (s.charAt(i) == c) n++;
        return n;
    }

    private static long roleWords(List<String> cells) {
        return cells.stream().filter(c -> c.length() <= HEADER_CELL_MAX && ColumnRole.of(c) != null).count();
    }

    /** Consecutive rows marked by separators; blank lines between rows allowed; a repeated header row skipped. */
    private static Span markedRows(Lines lines, int i) {
        List<List<String>> rows = new ArrayList<>();
        int j = i, end = i;
        while (j < lines.size()) {
            String l = lines.get(j);
            if (l.isBlank()) { j++; continue; }
            if (MARKDOWN_RULE.matcher(l.strip()).matches()) { j++; end = j; continue; }
            List<String> cells = cellsOf(l);
            if (cells == null) break;
            if (rows.isEmpty() || !cells.equals(rows.get(0))) rows.add(cells);
            j++;
            end = j;
        }
        // one row, maybe repeated: read from any of its lines it would be the same one row, so none is read again
        return new Span(rows.size() >= 2 ? rows : List.of(), end);
    }

    /** A Word table saved as text: each cell on a line of its own behind a TAB, a blank line after each row. */
    private static Span cellPerLineRows(Lines lines, int i) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        int j = i, end = i;
        while (j < lines.size()) {
            String l = lines.get(j);
            if (isCellLine(l)) {
                if (row.isEmpty() && lines.cellRun[j] > MAX_COLUMNS) return null;
                row.add(cell(l));
                j++;
                end = j;
                continue;
            }
            if (l.isBlank()) {
                if (!row.isEmpty()) { addRow(rows, row); row = new ArrayList<>(); }
                j++;
                continue;
            }
            break;
        }
        if (!row.isEmpty()) addRow(rows, row);
        return rows.size() >= 2 ? new Span(rows, end) : null;
    }

    private static boolean isCellLine(String l) {
        return l.startsWith("\t") && l.indexOf('\t', 1) < 0;
    }

    private static void addRow(List<List<String>> rows, List<String> row) {
        if (rows.isEmpty() || !row.equals(rows.get(0))) rows.add(row);
    }

    /**
     * One cell per line without a marker: at least three header cells in a row (short lines, most of them holding
     * a column word, at least one a value column), then cells that fill rows: each row ends with as many value cells
     * as the header has value columns; a row with fewer text cells than the header's left part had its first (merged)
     * cells printed once, above, and they are left empty here.
     */
    private static Span unmarkedCells(Lines lines, int i) {
        if (lines.headerRun[i] < 3 || lines.headerRun[i] > MAX_COLUMNS) return null;
        List<String> header = new ArrayList<>();
        int j = i;
        for (; j < i + lines.headerRun[i]; j++) header.add(cell(lines.get(j)));
        int valueColumns = 0, labelled = 0;
        for (String h : header) {
            ColumnRole r = ColumnRole.of(h);
            if (r != null) labelled++;
            if (r != null && r.isValue()) valueColumns++;
        }
        if (valueColumns == 0 || labelled < header.size() - 1 || valueColumns >= header.size()) return null;
        int textColumns = header.size() - valueColumns;
        List<List<String>> rows = new ArrayList<>();
        rows.add(header);
        List<String> texts = new ArrayList<>();
        List<String> values = new ArrayList<>();
        int end = j;
        while (j < lines.size()) {
            String l = cell(lines.get(j));
            if (l.isEmpty()) { j++; continue; }
            // the header again after a page break
            if (texts.isEmpty() && values.isEmpty() && startsWith(lines, j, header)) { j += countLines(lines, j, header.size()); end = j; continue; }
            if (VALUE_CELL.matcher(l).matches()) {
                if (texts.isEmpty() && values.isEmpty()) break; // a number with no row label: not this table
                values.add(l);
                j++;
                if (values.size() == valueColumns) {
                    rows.add(row(texts, values, textColumns));
                    texts = new ArrayList<>();
                    values = new ArrayList<>();
                    end = j;
                }
                continue;
            }
            // a text cell: a label of the next row, unless it reads as prose
            if (l.length() > 30 || l.matches(".*[。；;].*")) break;
            if (!values.isEmpty()) {
                // a PDF prints no empty cells: a row whose last cells were empty (or merged above) ends early
                if (values.size() < 2) break;
                while (values.size() < valueColumns) values.add("");
                rows.add(row(texts, values, textColumns));
                texts = new ArrayList<>();
                values = new ArrayList<>();
                end = j;
            }
            if (texts.size() >= textColumns) break;
            texts.add(l);
            j++;
        }
        return rows.size() >= 2 ? new Span(rows, end) : null;
    }

    private static boolean startsWith(Lines lines, int j, List<String> header) {
        int k = j;
        for (String h : header) {
            while (k < lines.size() && lines.get(k).isBlank()) k++;
            if (k >= lines.size() || !cell(lines.get(k)).equals(h)) return false;
            k++;
        }
        return true;
    }

    private static int countLines(Lines lines, int j, int cells) {
        int k = j, seen = 0;
        while (k < lines.size() && seen < cells) { if (!lines.get(k).isBlank()) seen++; k++; }
        return k - j;
    }

    private static List<String> row(List<String> texts, List<String> values, int textColumns) {
        List<String> r = new ArrayList<>();
        for (int k = texts.size(); k < textColumns; k++) r.add("");
        r.addAll(texts);
        r.addAll(values);
        return r;
    }

    private static boolean isHeaderCell(String l) {
        if (l.isEmpty() || l.length() > HEADER_CELL_MAX) return false;
        for (int i = 0; i < l.length(); i++) if (NOT_IN_HEADER.indexOf(l.charAt(i)) >= 0) return false;
        return ColumnRole.of(l) != null;
    }
}
