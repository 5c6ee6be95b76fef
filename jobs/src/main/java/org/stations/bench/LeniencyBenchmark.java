package org.stations.bench;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/** Per party, the distribution of its share across reports: does one party give everyone full marks? */
public final class LeniencyBenchmark implements Benchmark {
    /** A share this close to 1 is full marks; scores are printed to two decimals. */
    static final double FULL_MARKS = 1 - 1e-9;

    @Override public String name() { return "leniency"; }

    @Override
    public Dataset<Row> compute(SparkSession spark) {
        return spark.sql("""
                SELECT party, count(share) AS n, avg(share) AS mean,
                       percentile(share, 0.25) AS p25, percentile(share, 0.5) AS median,
                       percentile(share, 0.75) AS p75,
                       avg(CASE WHEN share >= %s THEN 1.0D ELSE 0.0D END) AS full_marks_share,
                       avg(gap_vs_others) AS mean_gap_vs_others
                FROM bench_leniency_by_report
                WHERE share IS NOT NULL
                GROUP BY party
                """.formatted(FULL_MARKS));
    }
}
