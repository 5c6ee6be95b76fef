package org.stations.api;

import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.api.java.UDF2;
import org.apache.spark.sql.types.DataTypes;
import org.stations.chart.Labels;
import org.stations.model.Codes;

/**
 * The Chinese label of each code the lake and benchmark tables hold, for notebooks and other JVM code: each
 * delegates to the project's one vocabulary of that code (themes: {@link Codes#THEME}), so a chart of a query
 * shows 党建, not party_building. {@link StationsLake} registers them as SQL functions:
 * {@code theme_label(theme)}, {@code party_label(party)}, {@code polarity_label(polarity)},
 * {@code report_type_label(report_type)}, {@code status_label(status)} and {@code indicator_label(indicator, label)}.
 * A null code gives null; a code the vocabulary does not know is returned as it is, never dropped.
 */
public final class CodeLabels {
    private CodeLabels() {}

    /** finding.themes, bench_finding_themes.theme: 党建 for party_building. */
    public static String theme(String code) { return code == null ? null : Codes.theme(code); }

    /** A party (party_score.party, finding.party): 第三方 for third_party, the 片区 of an {@code area:<片区>} section. */
    public static String party(String code) { return code == null ? null : Codes.findingParty(code); }

    /** finding.polarity: 值得肯定, 需要关注. */
    public static String polarity(String code) { return code == null ? null : Codes.POLARITY.getOrDefault(code, code); }

    /** report.report_type: 中期评估, 末期评估, 绩效评价. */
    public static String reportType(String code) { return code == null ? null : Codes.REPORT_TYPE.getOrDefault(code, code); }

    /** bench_completion.status: 未达进度 …, 远超 …. */
    public static String status(String code) { return code == null ? null : Labels.status(code); }

    /** An indicator as the charts name it; a code outside the contract's list keeps {@code printed} (indicator.label). */
    public static String indicator(String code, String printed) { return code == null ? printed : Labels.indicator(code, printed); }

    /** Registers the functions above in the session's SQL. */
    static void register(SparkSession spark) {
        var udf = spark.udf();
        udf.register("theme_label", (UDF1<String, String>) CodeLabels::theme, DataTypes.StringType);
        udf.register("party_label", (UDF1<String, String>) CodeLabels::party, DataTypes.StringType);
        udf.register("polarity_label", (UDF1<String, String>) CodeLabels::polarity, DataTypes.StringType);
        udf.register("report_type_label", (UDF1<String, String>) CodeLabels::reportType, DataTypes.StringType);
        udf.register("status_label", (UDF1<String, String>) CodeLabels::status, DataTypes.StringType);
        udf.register("indicator_label", (UDF2<String, String, String>) CodeLabels::indicator, DataTypes.StringType);
    }
}
