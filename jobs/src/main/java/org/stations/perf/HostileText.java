package org.stations.perf;

import java.nio.charset.StandardCharsets;
import java.util.Random;

/**
 * A report with something hostile in its middle, grown to a given size: what a damaged export, a runaway table or a
 * deliberate attack puts in front of extraction. Each kind targets a way patterns and table reading can cost the
 * square of the input (a long run a pattern is tried from at every position, a row that never ends, one line of a
 * megabyte). Used by {@code perf --hostile} and by the tests.
 */
public enum HostileText {
    DIGITS("1234567890"),
    PERCENT("%"),
    DOTS("."),
    COLONS("："),
    PIPES("| 12 "),
    TABS("\t12"),
    /** The report's own text without line breaks, over and over: one line of a megabyte. */
    LONG_LINE(null),
    HEADINGS("一、评估结果\n"),
    /** A Word table saved as text whose row never ends. */
    CELL_LINES("\t12\n"),
    /** Column words one per line: a table header that never ends. */
    HEADER_WORDS("完成\n"),
    NUMBER_ROWS("12 34 56%\n"),
    BRACKETS(null),
    /** Digits, Chinese, punctuation, controls and line breaks at random (the seed of the run). */
    NOISE(null);

    private final String unit;

    HostileText(String unit) {
        this.unit = unit;
    }

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** {@code report} with this kind inserted after its middle line, about {@code bytes} of UTF-8 in all. */
    public String build(String report, int bytes, long seed) {
        int middle = report.indexOf('\n', report.length() / 2) + 1;
        int fill = Math.max(0, bytes - utf8Length(report));
        return report.substring(0, middle) + filler(report, fill, seed) + "\n" + report.substring(middle);
    }

    /** The hostile text alone, about {@code bytes} of UTF-8 ({@code report} is what a long line repeats). */
    public String filler(String report, int bytes, long seed) {
        return switch (this) {
            case LONG_LINE -> repeated(report.replace("\r", "").replace("\n", ""), bytes);
            // nested: "(((…)))", half of it opening
            case BRACKETS -> repeated("(", bytes / 2) + repeated(")", bytes / 2);
            case NOISE -> noise(bytes, seed);
            default -> repeated(unit, bytes);
        };
    }

    private static String repeated(String unit, int bytes) {
        return unit.repeat(Math.max(1, bytes / utf8Length(unit)));
    }

    private static String noise(int bytes, long seed) {
        String alphabet = "0123456789%.:：|\t ，。；、（）()一二三四五六七八九十社工站完成率指标片区得分\n\u0000\u0007\u001B[";
        Random r = new Random(seed);
        StringBuilder sb = new StringBuilder();
        for (int n = 0; n < bytes; ) {
            char c = alphabet.charAt(r.nextInt(alphabet.length()));
            sb.append(c);
            n += utf8Length(String.valueOf(c));
        }
        return sb.toString();
    }

    static int utf8Length(CharSequence s) {
        return s.toString().getBytes(StandardCharsets.UTF_8).length;
    }
}
