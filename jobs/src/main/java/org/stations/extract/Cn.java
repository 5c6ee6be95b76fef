package org.stations.extract;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reading numbers, dates and names the way Chinese reports print them (after normalization). */
public final class Cn {
    private Cn() {}

    public static final String NUM = "(\\d+(?:\\.\\d+)?)";
    /**
     * A run of digits taken whole, from its first digit, where a pattern starts with a number: a plain \\d+ is tried
     * from every digit of a run and reads the rest of it each time, the square of its length (a megabyte of digits).
     */
    public static final String DIGITS = "(?<!\\d)\\d++";
    /** A date as printed: 2024年8月1日, 2024/8/1, 2024-08-01, 2024.8.1 */
    public static final String DATE = "(\\d{4}\\s*年\\s*\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日|\\d{4}[/.-]\\d{1,2}[/.-]\\d{1,2})";
    /** A month as printed: 2021年8月 */
    public static final String MONTH = "(\\d{4}\\s*年\\s*\\d{1,2}\\s*月)";
    /** Between the two ends of a range: 至, 起至 (自…起至…止), 到, dashes, ~. */
    public static final String RANGE_SEP = "\\s*+(?:起?至|到|—++|-++|~|－|–)\\s*+";

    private static final Pattern CLAUSE_END = Pattern.compile("[。；;]");
    public static final Pattern WHITESPACE = Pattern.compile("\\s+");
    /** \\s of java.util.regex: ASCII whitespace only. */
    public static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }

    /** A line holding a digit, as String.matches(".*\\d.*") reads it; anchored: .* tried at every position costs the square. */
    public static final Pattern WITH_DIGIT = Pattern.compile("^.*\\d.*$");

    private static final Pattern CN_DATE = Pattern.compile(
            "([〇○零一二三四五六七八九]{4})\\s*年\\s*([一二三四五六七八九十]{1,3})\\s*月(?:\\s*([一二三四五六七八九十]{1,3})\\s*日)?");

    /** Dates in Chinese numerals (二〇二五年一月十五日) as Arabic (2025年1月15日), so one date pattern reads both. */
    public static String arabicDates(String text) {
        if (text.indexOf('年') < 0) return text;
        Matcher m = CN_DATE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            StringBuilder year = new StringBuilder();
            for (char c : m.group(1).toCharArray()) year.append(digit(c));
            String r = year + "年" + small(m.group(2)) + "月" + (m.group(3) == null ? "" : small(m.group(3)) + "日");
            m.appendReplacement(out, Matcher.quoteReplacement(r));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static int digit(char c) {
        return "〇一二三四五六七八九".indexOf(c) >= 0 ? "〇一二三四五六七八九".indexOf(c) : c == '○' || c == '零' ? 0 : -1;
    }

    /** 一 … 九, 十, 十五, 二十, 二十四, 三十一. */
    static int small(String cn) {
        int ten = cn.indexOf('十');
        if (ten < 0) return digit(cn.charAt(0));
        int tens = ten == 0 ? 1 : digit(cn.charAt(0));
        int ones = ten == cn.length() - 1 ? 0 : digit(cn.charAt(ten + 1));
        return tens * 10 + ones;
    }

    private static final Pattern DATE_PARTS = Pattern.compile("(\\d{4})\\D+(\\d{1,2})\\D+(\\d{1,2})");
    private static final Pattern MONTH_PARTS = Pattern.compile("(\\d{4})\\D+(\\d{1,2})");

    public static LocalDate date(String printed) {
        if (printed == null) return null;
        Matcher m = DATE_PARTS.matcher(printed);
        if (!m.find()) return null;
        try {
            return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        } catch (java.time.DateTimeException e) {
            return null; // 2月30日: printed, but not a date
        }
    }

    public static YearMonth month(String printed) {
        Matcher m = MONTH_PARTS.matcher(printed);
        if (!m.find()) return null;
        int mo = Integer.parseInt(m.group(2));
        return mo >= 1 && mo <= 12 ? YearMonth.of(Integer.parseInt(m.group(1)), mo) : null;
    }

    public static Double num(String printed) {
        if (printed == null) return null;
        try {
            return Double.valueOf(printed.replace("%", "").strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** "70.00%" → 0.70; a completion printed without its % sign ("459.57") is still a percentage. */
    public static Double percent(String printed) {
        Double v = num(printed);
        return v == null ? null : round(v / 100.0, 6);
    }

    public static double round(double v, int places) {
        double f = Math.pow(10, places);
        return Math.round(v * f) / f;
    }

    /**
     * Whether a ratio, printed as a percentage with that many decimals, gives the printed value:
     * reports round or truncate, so half a unit either way, or up to one unit below.
     */
    public static boolean printsAs(double ratio, double printed, int decimals) {
        double unit = Math.pow(10, -decimals) / 100.0;
        double diff = ratio - printed;
        return Math.abs(diff) <= unit / 2 + 1e-9 || (diff > 0 && diff < unit);
    }

    /** How many decimals a number was printed with: it bounds the rounding a check must allow. */
    public static int decimals(String printed) {
        String s = printed.replace("%", "").strip();
        int dot = s.indexOf('.');
        return dot < 0 ? 0 : s.length() - dot - 1;
    }

    /**
     * The text without its bracketed asides, each from an opening bracket to the first closing one after it (as the
     * regex [(（][^)）]*[)）] removes them), in one pass: the regex reads to the end again from every unclosed bracket.
     */
    public static String withoutBrackets(String s) {
        StringBuilder out = new StringBuilder(s.length());
        int open = -1;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (open < 0 && (c == '(' || c == '（')) open = i;
            else if (open >= 0 && (c == ')' || c == '）')) open = -1;
            else if (open < 0) out.append(c);
        }
        // a bracket never closed is no aside: kept with all that follows it
        if (open >= 0) out.append(s, open, s.length());
        return out.toString();
    }

    /** A look-ahead for the first characters of plain words ("A|B|C"): a cheap first test where a pattern starts with them. */
    public static String startingWithOneOf(String words) {
        StringBuilder firsts = new StringBuilder();
        for (String w : words.split("\\|")) {
            String first = String.format("\\x{%x}", w.codePointAt(0));
            if (firsts.indexOf(first) < 0) firsts.append(first);
        }
        return "(?=[" + firsts + "])";
    }

    /** A line's clauses, split where one ends (。；;); a line of one clause is not run through the regex (loops call this per line). */
    public static String[] clauses(String line) {
        if (line.indexOf('。') < 0 && line.indexOf('；') < 0 && line.indexOf(';') < 0) return new String[]{line};
        return CLAUSE_END.split(line);
    }

    /** A 片区 name as its row prints it ("片区1", "东1片区"), spaces removed. */
    public static String areaName(String printed) {
        return printed == null ? null : WHITESPACE.matcher(printed.strip()).replaceAll("");
    }
}
