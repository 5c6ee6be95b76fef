package org.stations.model;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Completion against time (CONTRACT.md, completion): targets are annual, so a report is on pace when an
 * indicator's completion reaches the share of the year it covers — period_months / 12 for a 中期 report, 1.0
 * for the others. A 中期 report that does not state its months has no pace (NULL): the contract's rule needs
 * the months, and a full year in their place would call a half-done indicator behind.
 */
public final class Pace {
    private Pace() {}

    /** The pace of a report of this type ("midterm", "final" …) covering {@code periodMonths}; null when unknown. */
    public static Double of(String reportType, Double periodMonths) {
        if (!ReportType.MIDTERM.code.equals(reportType)) return 1.0;
        return periodMonths == null ? null : periodMonths / 12;
    }

    /** Spark SQL for the pace of the report in alias {@code r}: {@link #of} in SQL. */
    public static String sql(String r) {
        return "CASE WHEN " + r + ".report_type = '" + ReportType.MIDTERM.code + "' THEN " + r + ".period_months / 12 ELSE 1.0D END";
    }

    /** How an indicator's completion stands against the pace. */
    public enum Status {
        UNDER("under", "未达进度 (完成率 < 时间进度)", "未达进度: completion < pace", 1.0),
        MET("met", "达标 (< 1.5 倍进度)", "达标: < 1.5 × pace", 1.5),
        OVER("over", "超额 (< 3 倍进度)", "超额: < 3 × pace", 3.0),
        FAR_OVER("far_over", "远超 (≥ 3 倍进度, 指标或定得过低)", "远超: ≥ 3 × pace, a target likely set wrong (指标或定得过低)",
                Double.POSITIVE_INFINITY);

        public final String code;
        /** The label charts and pages show. */
        public final String label;
        /** The data dictionary's meaning. */
        public final String meaning;
        /** Completion below this many times the pace (and at or above the status before) has this status. */
        final double below;

        Status(String code, String label, String meaning, double below) {
            this.code = code;
            this.label = label;
            this.meaning = meaning;
            this.below = below;
        }

        public static Status of(String code) {
            for (Status s : values()) if (s.code.equals(code)) return s;
            throw new IllegalArgumentException("unknown status " + code);
        }
    }

    /** Spark SQL for the status of completion {@code completion} against pace {@code pace}; NULL when either is. */
    public static String statusSql(String completion, String pace) {
        String whens = Arrays.stream(Status.values()).filter(s -> s.below != Double.POSITIVE_INFINITY)
                .map(s -> "WHEN " + completion + " < " + multiple(s.below) + pace + " THEN '" + s.code + "'")
                .collect(Collectors.joining("\n     "));
        return "CASE WHEN " + completion + " IS NULL OR " + pace + " IS NULL THEN NULL\n     " + whens
                + "\n     ELSE '" + Status.FAR_OVER.code + "' END";
    }

    private static String multiple(double m) {
        if (m == 1.0) return "";
        return (m == Math.rint(m) ? Long.toString((long) m) : Double.toString(m)) + " * ";
    }
}
