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
    private static final String CN_NUMERALS = "零〇一二两三四五六七八九十百千";
    /**
     * A head count or a number of months, in Arabic or Chinese numerals (20名, 二十名, 新入职两人, 共六个月), as group 1:
     * read with {@link #count}. Not after a character that makes 一 part of a word (统一, 唯一, 同一, 万一). The
     * look-ahead turns away most positions with one test.
     */
    public static final String COUNT = "(?=[\\d" + CN_NUMERALS + "])((?<!\\d)\\d++|(?<![" + CN_NUMERALS + "统唯同万之单逐])["
            + CN_NUMERALS + "]{1,6}+)";

    /** A number of months, in Arabic numerals with decimals (10.5) or in Chinese numerals (共六个月), as group 1: {@link #months}. */
    public static final String MONTHS = "(\\d+(?:\\.\\d+)?|[" + CN_NUMERALS + "]{1,4}+)";

    public static Double months(String printed) {
        if (printed == null || Character.isDigit(printed.charAt(0))) return num(printed);
        long n = cnNumber(printed);
        return n <= 0 ? null : (double) n;
    }

    /** A count as {@link #COUNT} reads it, or null where Chinese numerals do not make one number ("三四名"). */
    public static Integer count(String printed) {
        if (printed == null) return null;
        if (Character.isDigit(printed.charAt(0))) {
            try { return Integer.valueOf(printed); } catch (NumberFormatException e) { return null; }
        }
        long n = cnNumber(printed);
        return n < 0 ? null : (int) n;
    }

    /**
     * A date as printed: 2024年8月1日, 2024/8/1, 2024-08-01, 2024.8.1. Never the last digits of a longer number; and the
     * look-behind turns away each position inside a run of digits with one test (DATE, MONTH, START and END alike).
     */
    public static final String DATE = "(?<!\\d)(\\d{4}\\s*年\\s*\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日|\\d{4}[/.-]\\d{1,2}[/.-]\\d{1,2})";
    /** A month as printed: 2021年8月 */
    public static final String MONTH = "(?<!\\d)(\\d{4}\\s*年\\s*\\d{1,2}\\s*月)";
    /** A range's start as printed: a date, or a month alone (2024年9月, read as its first day). */
    public static final String START = "(?<!\\d)(\\d{4}\\s*年\\s*\\d{1,2}\\s*月(?:\\s*\\d{1,2}\\s*日)?|\\d{4}[/.-]\\d{1,2}[/.-]\\d{1,2})";
    /**
     * A range's end as printed: a date, a month alone (its last day), or a month and day that leave out the start's
     * year (2024年7月1日—12月31日, 2025/3/12—3/13).
     */
    public static final String END = "(?<!\\d)(\\d{4}\\s*年\\s*\\d{1,2}\\s*月(?:\\s*\\d{1,2}\\s*日)?|\\d{4}[/.-]\\d{1,2}[/.-]\\d{1,2}"
            + "|\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日|\\d{1,2}/\\d{1,2}(?![/\\d]))";
    /** What may follow a date before the sentence goes on: a weekday (（星期四）) and a range's end (至13日, —3/13). */
    public static final String DATE_ASIDE = "(?:\\s*+[(（](?:星期|周)[一二三四五六日天][)）])?"
            + "(?:\\s*+(?:至|到|—++|-|~|－|–)\\s*+(?:\\d{1,2}\\s*月\\s*)?\\d{1,2}\\s*日|\\s*+(?:—++|-|~|－|–)\\s*+\\d{1,2}/\\d{1,2}(?![/\\d]))?";

    /** Between the two ends of a range: 至, 起至 (自…起至…止), 到, dashes, ~. */
    public static final String RANGE_SEP = "\\s*+(?:起?至|到|—++|-++|~|－|–)\\s*+";

    private static final Pattern CLAUSE_END = Pattern.compile("[。；;]");
    public static final Pattern WHITESPACE = Pattern.compile("\\s+");

    /** Whether {@link #WHITESPACE} has anything to replace in {@code s} (\\s: space, TAB, line breaks, vertical tab, form feed). */
    public static boolean holdsWhitespace(CharSequence s) {
        for (int i = 0; i < s.length(); i++) if (isRegexSpace(s.charAt(i))) return true;
        return false;
    }
    /** \\s of java.util.regex: ASCII whitespace only. */
    public static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }

    /** A line holding a digit, as String.matches(".*\\d.*") reads it; anchored: .* tried at every position costs the square. */
    public static final Pattern WITH_DIGIT = Pattern.compile("^.*\\d.*$");

    private static final Pattern CN_DATE = Pattern.compile(
            "([〇○零一二三四五六七八九]{4})\\s*年\\s*([一二三四五六七八九十]{1,3})\\s*月(?:\\s*([一二三四五六七八九十]{1,3})\\s*日)?");

    /**
     * The text with numbers and dates as one pattern reads them, whatever way they were printed: dates in Chinese
     * numerals (二〇二五年一月十五日), a range's end day in them (12日至十三日), two-digit years (25年2月28日),
     * capital-numeral amounts (贰佰叁拾肆万元), 百分之九十五, and the
     * variant characters OCR gives for the words patterns look for (満分). Approximate figures (一千余人次, 约占六成,
     * 九成以上) are left as printed: they are not values. Counts in Chinese numerals (二十名) stay as printed too and are
     * read by {@link #COUNT} where a pattern expects a head count: a figure in passing (培育志愿者骨干二十六名) is left
     * to the patterns that read Arabic figures only.
     */
    public static String canonical(String text) {
        // line by line, passing over the lines that hold none of the characters the forms need: each form's pattern
        // would otherwise be tried from every position of the whole text (a report of a million lines of numbers).
        // A form the page broke over two lines reads whole once the paragraph is joined (TextNormalizer.lines).
        if (text.indexOf('\n') < 0) return canonicalLine(text);
        StringBuilder out = null;
        int from = 0;
        while (from <= text.length()) {
            int to = text.indexOf('\n', from);
            if (to < 0) to = text.length();
            if (holdsAny(text, from, to, CANONICAL_MARKS)) {
                String line = text.substring(from, to);
                String canonical = canonicalLine(line);
                if (!canonical.equals(line)) {
                    if (out == null) out = new StringBuilder(text.length()).append(text, 0, from);
                    out.append(canonical);
                } else if (out != null) out.append(text, from, to);
            } else if (out != null) out.append(text, from, to);
            if (to < text.length() && out != null) out.append('\n');
            from = to + 1;
        }
        return out == null ? text : out.toString();
    }

    /** The characters at least one of canonical's forms holds (満 for the variants). */
    private static final String CANONICAL_MARKS = "年日之,千万元満. Q";

    private static boolean holdsAny(String s, int from, int to, String chars) {
        for (int i = from; i < to; i++) if (chars.indexOf(s.charAt(i)) >= 0) return true;
        return false;
    }

    private static String canonicalLine(String text) {
        String s = variants(text);
        if (s.indexOf('年') >= 0) s = twoDigitYears(arabicDates(splitYears(s)));
        if (s.indexOf('季') >= 0 || s.indexOf('Q') >= 0) s = replace(s, QUARTERS, (in, m) -> {
            int year = Integer.parseInt(m.group(1)), first = quarter(m.group(2) != null ? m.group(2) : m.group(3));
            int endYear = m.group(4) != null ? Integer.parseInt(m.group(4)) : year;
            String end = m.group(5) != null ? m.group(5) : m.group(6);
            int last = end != null ? quarter(end) : first;
            if (first < 1 || last < 1 || endYear * 4 + last < year * 4 + first) return null;
            return year + "年" + (3 * first - 2) + "月至" + endYear + "年" + (3 * last) + "月";
        });
        if (s.indexOf('.') >= 0) s = replace(s, DOTTED_SHORT_RANGE, (in, m) -> {
            String a = shortDate(m.group(1), m.group(2), m.group(3)), b = shortDate(m.group(5), m.group(6), m.group(7));
            return a == null || b == null || a.compareTo(b) >= 0 ? null : a + m.group(4) + b;
        });
        if (s.indexOf('日') >= 0) s = replace(s, CN_RANGE_DAY, (in, m) -> {
            String month = m.group(2) == null ? "" : small(m.group(2)) + "月";
            int day = small(m.group(3));
            return day < 1 || day > 31 ? null : m.group(1) + month + day + "日";
        });
        if (s.indexOf('之') >= 0) s = replace(s, CN_PERCENT, (in, m) -> {
            long whole = cnNumber(m.group(1));
            if (whole < 0 || whole > 100) return null;
            String fraction = m.group(2) == null ? "" : "." + digits(m.group(2));
            return fraction.equals(".") ? null : whole + fraction + "%";
        });
        if (s.indexOf(',') >= 0) s = replace(s, THOUSANDS_SEPARATED, (in, m) -> m.group().replace(",", ""));
        if (s.indexOf(' ') >= 0) s = replace(s, THOUSANDS_SPACED, (in, m) -> m.group().replace(" ", ""));
        if (s.indexOf('万') >= 0 && s.indexOf('千') >= 0) s = replace(s, TEN_THOUSANDS_AND_THOUSANDS, (in, m) ->
                String.valueOf(Long.parseLong(m.group(1)) * 10_000 + Long.parseLong(m.group(2)) * 1_000));
        if (s.indexOf('千') >= 0) s = replace(s, THOUSANDS_WORD, (in, m) -> timesWord(in, m, 1_000));
        if (s.indexOf('万') >= 0) s = replace(s, TEN_THOUSANDS_WORD, (in, m) -> timesWord(in, m, 10_000));
        if (s.indexOf('元') >= 0) s = replace(s, CAPITAL_AMOUNT, (in, m) -> {
            long yuan = capitalAmount(m.group(1));
            return yuan <= 0 ? null : yuan + "元";
        });
        return s;
    }

    /**
     * "3千", "1.2万": the figure before the word times what the word means; null (left as printed) where a digit or a point
     * before it makes it part of another number. 3千余 / 3千多 stay approximate: the patterns do not take them.
     */
    private static String timesWord(String in, Matcher m, int times) {
        if (m.start() > 0 && "0123456789.,".indexOf(in.charAt(m.start() - 1)) >= 0) return null;
        return String.valueOf(Math.round(Double.parseDouble(m.group(1)) * times));
    }

    /**
     * A range of dates printed with two-digit years and dots, "25.4.1—26.3.31": both ends in that form (a lone "25.4.1"
     * may be a section number), each a real date, the end after the start. The look-behind turns away a position inside
     * a run of digits or dots with one test.
     */
    private static final Pattern DOTTED_SHORT_RANGE = Pattern.compile(
            "(?<![\\d.])(\\d{2})\\.(\\d{1,2})\\.(\\d{1,2})(\\s*+(?:至|到|—++|-|~|－|–)\\s*+)(\\d{2})\\.(\\d{1,2})\\.(\\d{1,2})(?![\\d.])");

    /** "25", "4", "1" as the date 2025.04.01 (zero-padded so that two compare as text), or null where it is no date. */
    private static String shortDate(String yy, String m, String d) {
        // a year of the reports' time (2015–2039): "10.1.1—10.1.5" is a range of section numbers
        if (yy.compareTo("15") < 0 || yy.compareTo("39") > 0) return null;
        try {
            LocalDate date = LocalDate.of(2000 + Integer.parseInt(yy), Integer.parseInt(m), Integer.parseInt(d));
            return String.format("%d.%02d.%02d", date.getYear(), date.getMonthValue(), date.getDayOfMonth());
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    /**
     * Quarters as the months they cover: "2025年第三季度" is 2025年7月至2025年9月, "2025年第二季度至第三季度" 2025年4月至
     * 2025年9月, "2025-Q3" and "2024Q4—2025Q3" likewise; so a period printed in quarters reads as one in months (a
     * month alone is its first day as a start and its last as an end).
     */
    private static final Pattern QUARTERS = Pattern.compile(
            "(?<!\\d)(\\d{4})\\s*+(?:年\\s*+第?([一二三四1-4])季度|-?Q([1-4]))"
            + "(?:\\s*+(?:起?至|到|—++|-|~|－|–)\\s*+(?:(\\d{4})\\s*+(?:年\\s*+)?)?(?:第?([一二三四1-4])季度|-?Q([1-4])))?+(?!\\d)");

    private static int quarter(String printed) {
        return "一二三四".indexOf(printed.charAt(0)) >= 0 ? "一二三四".indexOf(printed.charAt(0)) + 1 : printed.charAt(0) - '0';
    }

    /** A year the PDF text layer broke with a space, "202 6年3月31日": four digits of 20xx before 年, read whole. */
    private static final Pattern SPLIT_YEAR = Pattern.compile("(?<![\\d.])(2\\d{0,2}+) (\\d{1,3}+)(?=\\s*+年)");

    private static String splitYears(String s) {
        return replace(s, SPLIT_YEAR, (in, m) -> {
            String y = m.group(1) + m.group(2);
            return y.length() == 4 && y.startsWith("20") ? y : null;
        });
    }

    /** OCR and font variants of the characters the patterns look for, as the standard ones: 満分 is 满分. */
    private static final String VARIANTS = "満满";

    private static String variants(String s) {
        for (int i = 0; i < VARIANTS.length(); i += 2) s = s.replace(VARIANTS.charAt(i), VARIANTS.charAt(i + 1));
        return s;
    }

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

    /** The end of a range that leaves out what it shares with its start, in Chinese numerals: "3月12日至十三日". */
    private static final Pattern CN_RANGE_DAY = Pattern.compile(
            "(\\d日\\s*+(?:起?至|到|—++|-|~|－|–)\\s*+)(?:([一二三四五六七八九十]{1,3})月)?([一二三四五六七八九十]{1,3})日");
    private static final Pattern CN_PERCENT = Pattern.compile("百分之([零〇一二两三四五六七八九十百]{1,6})(?:点([零〇一二三四五六七八九]{1,4}))?");
    /**
     * "3，912人次", "2，280，000元" (the full-width comma is "," after NFKC): thousands separators only where every group
     * after the first has exactly three digits and a unit follows at once; "85,90,100" or "9.40,8.70" is a list, "120,300,
     * 450" without a unit is left as printed.
     */
    /** The units a figure of a count or an amount ends in, where a form of writing numbers is read only before one. */
    private static final String COUNT_UNIT = "(?:人次|万元|元|户|个|节|名|场|次|支|份|人)";
    private static final Pattern THOUSANDS_SEPARATED = Pattern.compile(
            "(?<![\\d.,])\\d{1,3}+(?:,\\d{3}+)++(?![\\d.,])(?=\\s*+" + COUNT_UNIT + ")");
    /**
     * "3 912人次", "2 360 000元": spaces as thousands separators (ISO style), read whole only where every group after the
     * first has exactly three digits and a unit follows at once. Not a number after another one and a space: "17 86
     * 100人" and "5 120" are cells of a table row, side by side. Possessive groups: a megabyte of "1 1 1" is one pass.
     */
    private static final Pattern THOUSANDS_SPACED = Pattern.compile(
            "(?<![\\d.,])(?<![\\d.,%] )\\d{1,3}+(?: \\d{3}+)++(?=" + COUNT_UNIT + ")");
    /** "1万2千人次": ten thousands and thousands in words, before a unit of counts (never 万元 or 千万). */
    private static final Pattern TEN_THOUSANDS_AND_THOUSANDS = Pattern.compile(
            "(?<![\\d.,])(\\d{1,4}+)万(\\d)千(?=人次|人|户|个|场|节|名|次|支|份|\\t|\\||$)");
    /** "3千人次", a cell "3千": thousands in a word, followed by a unit or by no Chinese character (not 3千万, 3千余, 3千多). */
    private static final Pattern THOUSANDS_WORD = Pattern.compile(
            "(\\d{1,3}+(?:\\.\\d)?+)千(?=人次|人|个|户|场|节|名|次|支|份|元|[^\\u4e00-\\u9fff]|$)");
    /**
     * "1.2万人次", a cell "1.2万": ten thousands in a word, before a unit of counts or a cell's end (never 万元, the
     * unit of budgets; 约3.6万人次 stays approximate by its 约).
     */
    private static final Pattern TEN_THOUSANDS_WORD = Pattern.compile(
            "(\\d{1,4}+(?:\\.\\d{1,2}+)?+)万(?=人次|人|户|个|场|节|名|次|支|份|\\t|\\||$)");
    private static final Pattern CAPITAL_AMOUNT = Pattern.compile("([零壹贰叁肆伍陆柒捌玖拾佰仟万]{2,16})元");
    // the digits taken whole from their first (DIGITS): \\d++ tried from every digit of a long run reads the rest each time
    private static final Pattern TWO_DIGIT_YEAR = Pattern.compile("(" + DIGITS + ")年(\\d{1,2})月");

    /** "25年2月28日", "24年10月": a year printed with two digits is of this century (the reports' are 20xx). */
    private static String twoDigitYears(String s) {
        return replace(s, TWO_DIGIT_YEAR, (in, m) -> {
            int month = Integer.parseInt(m.group(2));
            if (m.group(1).length() != 2 || month < 1 || month > 12) return null;
            // a digit, a point or a slash before is part of another number
            if (m.start() > 0 && "0123456789.．/-".indexOf(in.charAt(m.start() - 1)) >= 0) return null;
            return "20" + m.group(1) + "年" + m.group(2) + "月";
        });
    }

    /** Each match replaced by what {@code with} gives (from the text searched and the match), or left as printed where it gives null. */
    private static String replace(String s, Pattern p, java.util.function.BiFunction<String, Matcher, String> with) {
        Matcher m = p.matcher(s);
        if (!m.find()) return s;
        StringBuilder out = new StringBuilder(s.length());
        do {
            String r = with.apply(s, m);
            m.appendReplacement(out, Matcher.quoteReplacement(r == null ? m.group() : r));
        } while (m.find());
        m.appendTail(out);
        return out.toString();
    }

    /** 〇一二 … 九 one by one: the decimals of 百分之九十五点五. */
    private static String digits(String cn) {
        StringBuilder out = new StringBuilder();
        for (char c : cn.toCharArray()) {
            int d = c == '两' ? 2 : digit(c);
            if (d < 0) return "";
            out.append(d);
        }
        return out.toString();
    }

    /**
     * A number in Chinese numerals up to 9999 (十八, 二十, 一百零五, 两千), or -1 where the characters are not one number
     * ("三四" is an approximate range, not 34).
     */
    static long cnNumber(String cn) {
        long total = 0;
        int pending = -1, lastUnit = 10_000;
        boolean placeHeld = true; // after 百 or 千 a last digit needs its 零 (一百零五); "一百五" is colloquial for 150
        for (int i = 0; i < cn.length(); i++) {
            char c = cn.charAt(i);
            int unit = c == '十' ? 10 : c == '百' ? 100 : c == '千' ? 1000 : 0;
            if (unit > 0) {
                if (unit >= lastUnit) return -1;
                int d = pending >= 0 ? pending : unit == 10 && i == 0 ? 1 : -1; // 十八 is 18
                if (d < 0) return -1;
                total += (long) d * unit;
                lastUnit = unit;
                pending = -1;
                placeHeld = unit == 10;
            } else {
                int d = c == '两' ? 2 : digit(c);
                if (d < 0 || pending >= 0) return -1; // "三四名": an approximate range, not 34
                if (d == 0) { placeHeld = true; continue; }
                pending = d;
            }
        }
        if (pending < 0) return total;
        return placeHeld || lastUnit == 10_000 ? total + pending : -1;
    }

    /** An amount in capital numerals (贰佰叁拾肆万, 壹拾玖万玖仟捌佰) in yuan, or -1. */
    static long capitalAmount(String printed) {
        StringBuilder plain = new StringBuilder();
        for (char c : printed.toCharArray()) {
            int i = "零壹贰叁肆伍陆柒捌玖拾佰仟".indexOf(c);
            plain.append(c == '万' ? '万' : "零一二三四五六七八九十百千".charAt(i));
        }
        String p = plain.toString();
        int wan = p.indexOf('万');
        if (wan != p.lastIndexOf('万')) return -1;
        if (wan < 0) return cnNumber(p);
        long high = cnNumber(p.substring(0, wan));
        long low = wan == p.length() - 1 ? 0 : cnNumber(p.substring(wan + 1));
        return high <= 0 || low < 0 ? -1 : high * 10_000 + low;
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

    private static final Pattern MONTH_DAY = Pattern.compile("^(\\d{1,2})\\D+(\\d{1,2})\\D*$");

    /** The first day a range's start ({@link #START}) names: the date, or its month's first day. */
    public static LocalDate startOf(String printed) {
        LocalDate d = date(printed);
        if (d != null) return d;
        YearMonth m = month(printed);
        return m == null ? null : m.atDay(1);
    }

    /**
     * The last day a range's end ({@link #END}) names: the date, its month's last day, or a month and day in the
     * start's year (the next year's when it falls before the start: 2024年9月1日—2月28日).
     */
    public static LocalDate endOf(LocalDate start, String printed) {
        LocalDate d = date(printed);
        if (d != null) return d;
        Matcher md = MONTH_DAY.matcher(printed.strip());
        if (md.matches()) {
            if (start == null) return null;
            try {
                LocalDate e = LocalDate.of(start.getYear(), Integer.parseInt(md.group(1)), Integer.parseInt(md.group(2)));
                return e.isBefore(start) ? e.plusYears(1) : e;
            } catch (java.time.DateTimeException ex) {
                return null;
            }
        }
        YearMonth m = month(printed);
        return m == null ? null : m.atEndOfMonth();
    }

    public static YearMonth month(String printed) {
        Matcher m = MONTH_PARTS.matcher(printed);
        if (!m.find()) return null;
        int mo = Integer.parseInt(m.group(2));
        return mo >= 1 && mo <= 12 ? YearMonth.of(Integer.parseInt(m.group(1)), mo) : null;
    }

    public static Double num(String printed) {
        if (printed == null) return null;
        Double plain = plainDecimal(printed);
        if (plain != null) return plain;
        try {
            return Double.valueOf(printed.replace("%", "").strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static final double[] POWERS_OF_TEN = {1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15};

    /**
     * "12", "459.57", "56%": digits with at most one point, read without Double.valueOf's allocations (a table of a
     * million rows reads two million numbers); null for any other form, which num() then hands to Double.valueOf. The
     * value is the same: up to 15 digits are exact in a double, and one division by an exact power of ten rounds once.
     */
    private static Double plainDecimal(String printed) {
        int from = 0, to = printed.length();
        while (from < to && printed.charAt(from) == ' ') from++;
        while (to > from && (printed.charAt(to - 1) == ' ' || printed.charAt(to - 1) == '%')) to--;
        if (from == to || to - from > 16) return null;
        long digits = 0;
        int count = 0, decimals = -1;
        for (int i = from; i < to; i++) {
            char c = printed.charAt(i);
            if (c == '.' && decimals < 0) { decimals = 0; continue; }
            if (c < '0' || c > '9') return null;
            digits = digits * 10 + (c - '0');
            count++;
            if (decimals >= 0) decimals++;
        }
        if (count == 0 || count > 15 || decimals == 0) return null;
        return decimals < 0 ? (double) digits : digits / POWERS_OF_TEN[decimals];
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

    /**
     * Words that make a figure someone else's or another time's: averages (全市平均, 全区平均), earlier periods
     * (上年度, 上一服务年度, 上期, 去年), another batch. A clause with one of them does not state this report's value.
     */
    private static final String[] ANOTHER_REPORTS = {"平均", "全市", "全区", "上年度", "上一年度", "上一服务年度", "上期", "去年", "上一周期", "同批次"};
    /** Words that make a figure a requirement, not a result: "不低于80%", "≥50%", "要求…". */
    private static final String[] THRESHOLD = {"≥", "≧", ">=", "＞", ">", "不低于", "不少于", "不得低于", "至少", "要求", "标准"};

    /**
     * Whether the clause before a figure (from its last 。；，, or opening bracket) says it is not this report's own: an
     * average, an earlier period's, or, in a 末期 report, the 中期's.
     */
    public static boolean anotherReports(String text, int figureStart, String reportType) {
        String clause = clauseBefore(text, figureStart);
        for (String w : ANOTHER_REPORTS) if (clause.contains(w)) return true;
        return "final".equals(reportType) && clause.contains("中期");
    }

    /** Whether the clause before a figure makes it a threshold (≥50%, 不低于80%). */
    public static boolean threshold(String text, int figureStart) {
        String clause = clauseBefore(text, figureStart);
        for (String w : THRESHOLD) if (clause.contains(w)) return true;
        return false;
    }

    /** Words around a figure that make it approximate (约120人, 近百人, 300人左右): not a value. */
    private static final String[] APPROXIMATE_BEFORE = {"约", "近", "逾", "将近", "超过"};
    private static final String[] APPROXIMATE_AFTER = {"余", "多", "左右", "上下"};

    /** Whether the words just before a figure, or just after its unit, make it approximate. */
    public static boolean approximate(String before, String afterUnit) {
        String b = before.strip(), a = afterUnit.strip();
        for (String w : APPROXIMATE_BEFORE) if (b.endsWith(w)) return true;
        for (String w : APPROXIMATE_AFTER) if (a.startsWith(w)) return true;
        return false;
    }

    private static String clauseBefore(String text, int at) {
        int from = at;
        while (from > 0 && at - from < 60 && "。；;,，(（\n".indexOf(text.charAt(from - 1)) < 0) from--;
        return text.substring(from, at);
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
