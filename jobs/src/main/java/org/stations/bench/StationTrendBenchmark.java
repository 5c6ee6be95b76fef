package org.stations.bench;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Each station's first and last report in date order (中期 before 末期 on the same date): total
 * score, 稳岗率 and median indicator completion, and how much each moved. Deltas are null for a
 * station with one report. Completion is also given against pace, since a 中期 report covers
 * only part of the year and its raw completion is not comparable with a 末期 one.
 */
public final class StationTrendBenchmark implements Benchmark {
    private static final String[] MEASURES = {"total_score", "retention_rate", "median_completion",
            "median_completion_vs_pace"};

    @Override public String name() { return "station_trend"; }

    @Override
    public Dataset<Row> compute(SparkSession spark) {
        StringBuilder firstLast = new StringBuilder();
        StringBuilder deltas = new StringBuilder();
        for (String m : MEASURES) {
            firstLast.append(", max(CASE WHEN seq = 1 THEN %s END) AS first_%s".formatted(m, m))
                    .append(", max(CASE WHEN seq = n THEN %s END) AS last_%s".formatted(m, m));
            deltas.append(", first_%s, last_%s, CASE WHEN reports > 1 THEN last_%s - first_%s END AS %s_delta"
                    .formatted(m, m, m, m, m));
        }
        return spark.sql("""
                WITH c AS (
                  SELECT report_id, percentile(completion, 0.5) AS median_completion,
                         percentile(completion / pace, 0.5) AS median_completion_vs_pace
                  FROM bench_completion WHERE completion IS NOT NULL GROUP BY report_id),
                r AS (
                  SELECT r.report_id, r.district, r.station, r.report_type,
                         coalesce(r.evaluation_date, r.period_end, r.contract_end) AS report_date,
                         CASE r.report_type WHEN 'midterm' THEN 0 WHEN 'final' THEN 1 ELSE 2 END AS type_order,
                         r.total_score, t.retention_rate, c.median_completion, c.median_completion_vs_pace
                  FROM report r
                  LEFT JOIN bench_retention t ON t.report_id = r.report_id
                  LEFT JOIN c ON c.report_id = r.report_id),
                o AS (
                  SELECT *, row_number() OVER (PARTITION BY district, station
                                               ORDER BY report_date NULLS LAST, type_order, report_id) AS seq,
                         count(*) OVER (PARTITION BY district, station) AS n
                  FROM r),
                s AS (
                  SELECT district, station, max(n) AS reports,
                         max(CASE WHEN seq = 1 THEN report_id END) AS first_report_id,
                         max(CASE WHEN seq = n THEN report_id END) AS last_report_id,
                         max(CASE WHEN seq = 1 THEN report_type END) AS first_report_type,
                         max(CASE WHEN seq = n THEN report_type END) AS last_report_type,
                         max(CASE WHEN seq = 1 THEN report_date END) AS first_date,
                         max(CASE WHEN seq = n THEN report_date END) AS last_date
                         %s
                  FROM o GROUP BY district, station)
                SELECT district, station, reports, first_report_id, last_report_id, first_report_type,
                       last_report_type, first_date, last_date %s
                FROM s
                """.formatted(firstLast, deltas));
    }
}
