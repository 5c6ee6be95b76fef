package org.stations.extract;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reading numbers, dates and names the way Chinese reports print them (after normalization). */
public final class Cn {
    private Cn() {}

    public static final String NUM = "(\\d+(?:\\.\\d+)?)";
    /** A date as printed: 2024年8月1日, 2024/8/1, 2024-08-01, 2024.8.1 */
    public static final String DATE = "(\\d{4}\\s*年\\s*\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日|\\d{4}[/.-]\\d{1,2}[/.-]\\d{1,2})";
    /** A month as printed: 2021年8月 */
    public static final String MONTH = "(\\d{4}\\s*年\\s*\\d{1,2}\\s*月)";
    public static final String RANGE_SEP = "\\s*(?:至|到|—+|-+|~|－)\\s*";

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

    /** A 片区 name as its row prints it ("片区1", "东1片区"), spaces removed. */
    public static String areaName(String printed) {
        return printed == null ? null : printed.strip().replaceAll("\\s+", "");
    }
}
