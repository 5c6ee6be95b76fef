package org.stations.bench;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * How far each party's share sits from the mean share of the other parties on the same report:
 * a purchaser at +0.17 gave far more of its points than the evaluators beside it.
 */
public final class LeniencyByReportBenchmark implements Benchmark {
    @Override public String name() { return "leniency_by_report"; }

    @Override
    public Dataset<Row> compute(SparkSession spark) {
        return spark.sql("""
                WITH w AS (
                  SELECT report_id, station, district, party, share,
                         sum(share) OVER (PARTITION BY report_id) AS report_sum,
                         count(share) OVER (PARTITION BY report_id) AS report_parties
                  FROM bench_party_share),
                o AS (
                  SELECT report_id, station, district, party, share,
                         CASE WHEN report_parties > 1 THEN (report_sum - share) / (report_parties - 1) END
                           AS others_mean_share
                  FROM w)
                SELECT report_id, station, district, party, share, others_mean_share,
                       share - others_mean_share AS gap_vs_others
                FROM o
                """);
    }
}
