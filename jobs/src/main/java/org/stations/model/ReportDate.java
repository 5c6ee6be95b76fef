package org.stations.model;

/**
 * The date a report is placed in time by: its evaluation_date; for a report that states none (a 绩效评价
 * report, for one) its period_end, else its contract_end. The monthly summary, the export's month, the
 * station pages, the trend benchmark and the charts' "latest report" all order and place reports by it.
 */
public final class ReportDate {
    private ReportDate() {}

    /** Spark SQL for the date of the report in alias {@code r}. */
    public static String sql(String r) {
        return "coalesce(" + r + ".evaluation_date, " + r + ".period_end, " + r + ".contract_end)";
    }

    /** Spark SQL naming the column {@link #sql} took the date from. */
    public static String basisSql(String r) {
        return "CASE WHEN " + r + ".evaluation_date IS NOT NULL THEN 'evaluation_date'\n"
                + "     WHEN " + r + ".period_end IS NOT NULL THEN 'period_end' ELSE 'contract_end' END";
    }

    /** Spark SQL ordering reports of one date: a 中期 before a 末期 before a 绩效评价 (0, 1, 2). */
    public static String typeOrderSql(String r) {
        return "CASE " + r + ".report_type WHEN 'midterm' THEN 0 WHEN 'final' THEN 1 ELSE 2 END";
    }
}
