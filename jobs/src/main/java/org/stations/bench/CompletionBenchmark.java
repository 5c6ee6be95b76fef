package org.stations.bench;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Completion of each station-level indicator against the share of the year the report covers.
 * Targets are annual, so a 中期 report covering 5 months is on pace at 5/12 of the target.
 */
public final class CompletionBenchmark implements Benchmark {
    @Override public String name() { return "completion"; }

    @Override
    public Dataset<Row> compute(SparkSession spark) {
        return spark.sql("""
                WITH r AS (
                  SELECT report_id, station, district, report_type,
                         CASE WHEN report_type = 'midterm' THEN period_months / 12 ELSE 1.0D END AS pace
                  FROM report)
                SELECT i.report_id, r.station, r.district, r.report_type, i.period_label, i.indicator, i.label,
                       i.target, i.actual, i.completion, r.pace,
                       CASE WHEN i.completion IS NULL OR r.pace IS NULL THEN NULL
                            WHEN i.completion < r.pace THEN 'under'
                            WHEN i.completion < 1.5 * r.pace THEN 'met'
                            WHEN i.completion < 3 * r.pace THEN 'over'
                            ELSE 'far_over' END AS status
                FROM indicator i JOIN r ON r.report_id = i.report_id
                WHERE i.area IS NULL
                """);
    }
}
