package org.stations.generate;

/** The contract's report_type codes with the label a report prints. */
public enum ReportType {
    MIDTERM("midterm", "中期"), FINAL("final", "末期"), PERFORMANCE("performance", "绩效评价");

    public final String code;
    public final String label;

    ReportType(String code, String label) {
        this.code = code;
        this.label = label;
    }
}
