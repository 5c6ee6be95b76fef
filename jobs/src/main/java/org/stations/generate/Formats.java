package org.stations.generate;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;

/** How reports print numbers and dates. */
final class Formats {
    private Formats() {}

    /** 0.4857 → 48.57% */
    static String pct2(double fraction) {
        return String.format(Locale.ROOT, "%.2f%%", fraction * 100);
    }

    /** 0.4857 → 48.57, without the % sign (as some reports print it). */
    static String pctNumber(double fraction) {
        return String.format(Locale.ROOT, "%.2f", fraction * 100);
    }

    /** 1.0 → 100%, 4.125 → 412.5%: trailing zeros dropped, as seed 004 prints. */
    static String pctTrimmed(double fraction) {
        return plain(Math.round(fraction * 1000000) / 10000.0) + "%";
    }

    /** 85.5 → 85.50 */
    static String score(double v) {
        return String.format(Locale.ROOT, "%.2f", v);
    }

    /** 210.0 → 210, 169.5 → 169.5, 12.30 → 12.3 */
    static String plain(double v) {
        BigDecimal d = BigDecimal.valueOf(v).stripTrailingZeros();
        return d.scale() < 0 ? d.setScale(0).toPlainString() : d.toPlainString();
    }

    /** 2024年8月1日 */
    static String date(LocalDate d) {
        return d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
    }

    /** 2024 年 8 月 1 日 (PDF text puts spaces around numbers) */
    static String dateSpaced(LocalDate d) {
        return d.getYear() + " 年 " + d.getMonthValue() + " 月 " + d.getDayOfMonth() + " 日";
    }
}
