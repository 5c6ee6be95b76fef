package org.stations.bench;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/** The spread of 稳岗率 over the reports of each district that state one. */
public final class RetentionByDistrictBenchmark implements Benchmark {
    @Override public String name() { return "retention_by_district"; }

    @Override
    public Dataset<Row> compute(SparkSession spark) {
        return spark.sql("""
                SELECT district, count(*) AS reports,
                       min(retention_rate) AS min,
                       percentile(retention_rate, 0.25) AS p25,
                       percentile(retention_rate, 0.5) AS median,
                       percentile(retention_rate, 0.75) AS p75,
                       max(retention_rate) AS max,
                       avg(CASE WHEN below_threshold THEN 1.0D ELSE 0.0D END) AS share_below_threshold
                FROM bench_retention
                WHERE retention_rate IS NOT NULL
                GROUP BY district
                """);
    }
}
