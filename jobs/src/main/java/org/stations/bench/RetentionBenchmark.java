package org.stations.bench;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/** 稳岗率 per report, below the 80% the evaluation rules require, and its rank in the city. */
public final class RetentionBenchmark implements Benchmark {
    /** 评估指标体系: 稳岗率不低于 80%. */
    public static final double THRESHOLD = 0.80;

    @Override public String name() { return "retention"; }

    @Override
    public Dataset<Row> compute(SparkSession spark) {
        // the rate is on the report; a staffing annex may state it where the prose does not
        return spark.sql("""
                WITH r AS (
                  SELECT r.report_id, r.station, r.district, r.city, r.report_type, r.evaluation_date,
                         coalesce(r.retention_rate, s.retention_rate) AS retention_rate
                  FROM report r LEFT JOIN staffing s ON s.report_id = r.report_id)
                SELECT report_id, station, district, report_type, evaluation_date, retention_rate,
                       retention_rate < %s AS below_threshold,
                       CASE WHEN retention_rate IS NOT NULL THEN rank() OVER (
                         PARTITION BY city, retention_rate IS NULL ORDER BY retention_rate DESC) END AS city_rank
                FROM r
                """.formatted(THRESHOLD));
    }
}
