package org.stations.bench;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Who stays: per report with a staffing annex and per month, the persons on post and how many of the
 * annex's first-month team are still on post. 稳岗率 is one number at the end of a period; the curve
 * shows when a team lost its workers, and joiners and leavers show whether posts were refilled.
 * The headcount the contract requires is 协议要求在岗 where stated, else 应到岗人次 spread over the annex's
 * months (000: 100 人次 over 5 months = 20, which its 稳岗率 70% = 14 / 20 confirms).
 */
public final class StaffSurvivalBenchmark implements Benchmark {
    @Override public String name() { return "staff_survival"; }

    @Override
    public Dataset<Row> compute(SparkSession spark) {
        // joiners/leavers compare each person's mark with the month before, so the first month has none (null)
        return spark.sql("""
                WITH m AS (
                  SELECT report_id, person_key, month, on_post,
                         min(month) OVER (PARTITION BY report_id) AS first_month,
                         lag(on_post) OVER (PARTITION BY report_id, person_key ORDER BY month) AS before
                  FROM staff_month),
                cohort AS (
                  SELECT report_id, person_key FROM m WHERE month = first_month AND on_post),
                monthly AS (
                  SELECT m.report_id, m.month,
                         months_between(m.month, min(m.first_month)) + 1 AS month_index,
                         count(DISTINCT CASE WHEN m.on_post THEN m.person_key END) AS on_post,
                         count(DISTINCT CASE WHEN m.on_post AND c.person_key IS NOT NULL THEN m.person_key END)
                           AS cohort_on_post,
                         CASE WHEN m.month > min(m.first_month) THEN
                           count(DISTINCT CASE WHEN m.on_post AND NOT coalesce(m.before, false) THEN m.person_key END) END
                           AS joiners,
                         CASE WHEN m.month > min(m.first_month) THEN
                           count(DISTINCT CASE WHEN NOT m.on_post AND m.before THEN m.person_key END) END AS leavers
                  FROM m LEFT JOIN cohort c ON c.report_id = m.report_id AND c.person_key = m.person_key
                  GROUP BY m.report_id, m.month)
                SELECT x.report_id, r.station, r.district, r.report_type, x.month, CAST(x.month_index AS INT) AS month_index,
                       x.on_post, x.cohort_on_post,
                       first_value(x.on_post) OVER (PARTITION BY x.report_id ORDER BY x.month) AS cohort_size,
                       x.cohort_on_post / first_value(x.on_post) OVER (PARTITION BY x.report_id ORDER BY x.month)
                         AS survival,
                       x.joiners, x.leavers, s.required_workers,
                       coalesce(s.required_workers, s.workers_expected / count(*) OVER (PARTITION BY x.report_id))
                         AS required_per_month,
                       s.stable_workers
                FROM monthly x JOIN report r ON r.report_id = x.report_id
                LEFT JOIN staffing s ON s.report_id = x.report_id
                """);
    }
}
