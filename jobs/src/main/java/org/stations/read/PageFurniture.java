package org.stations.read;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a PDF prints on every page around the report: page numbers ("第 3 页 共 9 页", "— 3 —", "3", "3/9") and a
 * running header or footer (the report's title repeated at the top of each page). Left in, they cut paragraphs and
 * tables that run over a page break in two.
 */
final class PageFurniture {
    private PageFurniture() {}

    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "^(?:第\\s*\\d{1,4}\\s*页(?:\\s*[,，/、]?\\s*共\\s*\\d{1,4}\\s*页)?"
            + "|共\\s*\\d{1,4}\\s*页\\s*[,，]?\\s*第\\s*\\d{1,4}\\s*页"
            + "|[-－—–―]+\\s*\\d{1,4}\\s*[-－—–―]+"
            + "|\\d{1,3}(?:\\s*/\\s*\\d{1,3})?"
            + "|(?i:page)\\s*\\d{1,4}(?:\\s*(?i:of)\\s*\\d{1,4})?)$");

    /** The pages' lines in reading order, page numbers and running headers and footers dropped. */
    static List<PrintedLine> strip(List<List<PrintedLine>> pages) {
        List<List<PrintedLine>> numbered = new ArrayList<>();
        for (List<PrintedLine> page : pages) numbered.add(withoutSheetHeadings(withoutPageNumbers(page)));
        Set<String> headers = running(numbered, true);
        Set<String> footers = running(numbered, false);
        List<PrintedLine> out = new ArrayList<>();
        for (List<PrintedLine> page : numbered) {
            int from = 0, to = page.size();
            if (from < to && headers.contains(key(page.get(from)))) from++;
            if (from < to && footers.contains(key(page.get(to - 1)))) to--;
            out.addAll(page.subList(from, to));
        }
        return out;
    }

    /**
     * The page without a page number as its last or first line. One at each edge only: the line above a footer can
     * be a number that wrapped from the text ("服务 1214" + "人次").
     */
    private static List<PrintedLine> withoutPageNumbers(List<PrintedLine> page) {
        List<PrintedLine> lines = new ArrayList<>(page);
        if (!lines.isEmpty() && isPageNumber(lines.get(lines.size() - 1))) lines.remove(lines.size() - 1);
        if (!lines.isEmpty() && isPageNumber(lines.get(0))) lines.remove(0);
        return lines;
    }

    /**
     * A sheet printed from a spreadsheet with its headings: a line of column letters (A B C …, in order from A) over
     * the grid, and the row number (1 2 3 …, rising) as the first piece of every line below it. Neither is data: the
     * letters line goes, each row loses its number (a blank row, nothing but its number, goes), and the print header
     * above the letters (file — sheet name) is kept as one piece of prose, so it cannot start the grid's table.
     * Without the letters line nothing is dropped: a table's own 序号 column counts 1 2 3 as well.
     */
    static List<PrintedLine> withoutSheetHeadings(List<PrintedLine> page) {
        int letters = -1;
        for (int i = 0; i < page.size() && letters < 0; i++) if (isColumnLetters(page.get(i))) letters = i;
        if (letters < 0) return page;
        List<PrintedLine> out = new ArrayList<>(page.size());
        for (PrintedLine line : page.subList(0, letters)) out.add(onePiece(line));
        long last = Long.MIN_VALUE;
        for (PrintedLine line : page.subList(letters + 1, page.size())) {
            List<PrintedLine.Piece> pieces = line.pieces();
            String first = pieces.isEmpty() ? "" : pieces.get(0).text();
            if (!ROW_NUMBER.matcher(first).matches() || Long.parseLong(first) <= last) {
                last = Long.MAX_VALUE; // the grid has ended: what follows keeps its numbers
                out.add(line);
                continue;
            }
            last = Long.parseLong(first);
            if (pieces.size() == 1) continue;
            String text = line.text().strip();
            text = text.startsWith(first) ? text.substring(first.length()).strip() : text;
            out.add(new PrintedLine(line.page(), line.y(), text, List.copyOf(pieces.subList(1, pieces.size()))));
        }
        return out;
    }

    private static final Pattern ROW_NUMBER = Pattern.compile("\\d{1,5}");

    /** Two or more pieces, each one capital letter, A first and each the next letter. */
    static boolean isColumnLetters(PrintedLine line) {
        List<PrintedLine.Piece> pieces = line.pieces();
        if (pieces.size() < 2) return false;
        for (int i = 0; i < pieces.size(); i++) {
            String t = pieces.get(i).text();
            if (t.length() != 1 || t.charAt(0) != 'A' + i) return false;
        }
        return true;
    }

    private static PrintedLine onePiece(PrintedLine line) {
        List<PrintedLine.Piece> pieces = line.pieces();
        if (pieces.size() < 2) return line;
        float em = 0;
        for (PrintedLine.Piece p : pieces) em = Math.max(em, p.em());
        PrintedLine.Piece joined = new PrintedLine.Piece(line.text().strip(), pieces.get(0).x0(),
                pieces.get(pieces.size() - 1).x1(), em);
        return new PrintedLine(line.page(), line.y(), line.text(), List.of(joined));
    }

    static boolean isPageNumber(PrintedLine line) {
        return PAGE_NUMBER.matcher(line.text().strip()).matches();
    }

    /**
     * Texts that are the first (or last) line of at least two pages and of half of them: a running header (footer).
     * Compared whole, so table rows that merely look alike at the top of two pages are kept.
     */
    private static Set<String> running(List<List<PrintedLine>> pages, boolean top) {
        if (pages.size() < 2) return Set.of();
        Map<String, Integer> counts = new HashMap<>();
        for (List<PrintedLine> page : pages) {
            if (!page.isEmpty()) counts.merge(key(page.get(top ? 0 : page.size() - 1)), 1, Integer::sum);
        }
        Set<String> running = new HashSet<>();
        counts.forEach((text, n) -> { if (n >= 2 && 2 * n >= pages.size()) running.add(text); });
        return running;
    }

    /** The longest page number a running line ends with ("第 12 页 共 30 页"). */
    private static final int MAX_PAGE_NUMBER_CHARS = 24;

    /**
     * A line compared whole, spaces aside; a page number at its end ("鳌头镇社工服务站中期评估报告　第 1 页 共 2 页")
     * stands for any page's, since it differs from page to page while the line does not. A bare number is no such tail
     * (a table row ends with numbers).
     */
    static String key(PrintedLine line) {
        String text = line.text().strip();
        if (text.length() <= MAX_RUNNING_CHARS) {
            for (int i = Math.max(1, text.length() - MAX_PAGE_NUMBER_CHARS); i < text.length(); i++) {
                String tail = text.substring(i);
                if (!Character.isDigit(tail.charAt(0)) && PAGE_NUMBER.matcher(tail).matches()) {
                    text = text.substring(0, i) + "\u0000page";
                    break;
                }
            }
        }
        return text.replaceAll("\\s+", "");
    }

    /** A running header or footer is one short line. */
    private static final int MAX_RUNNING_CHARS = 120;
}
