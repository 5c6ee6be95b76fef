package org.stations.model;

/** The contract's report_type codes, with the label report.report_type_label stores and the word a title prints. */
public enum ReportType {
    MIDTERM("midterm", "中期评估", "中期"), FINAL("final", "末期评估", "末期"), PERFORMANCE("performance", "绩效评价", "绩效评价");

    public final String code;
    /** report.report_type_label. */
    public final String label;
    /** The word of a report's title: 中期 in "中期评估报告". */
    public final String titleWord;

    ReportType(String code, String label, String titleWord) {
        this.code = code;
        this.label = label;
        this.titleWord = titleWord;
    }

    /** The type of a stored code, or null. */
    public static ReportType of(String code) {
        for (ReportType t : values()) if (t.code.equals(code)) return t;
        return null;
    }
}
