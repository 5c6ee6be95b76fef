package org.stations.perf;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The contract's benchmarks (CONTRACT.md, Benchmarks) as plain SQL that Spark and DuckDB both run unchanged
 * over the lake tables as views of their own names, so the two engines can be timed on the same work.
 */
public final class BenchmarkSql {
    private BenchmarkSql() {}

    /** The lake tables the queries read. */
    public static final String[] TABLES = {"report", "indicator", "party_score"};

    public static Map<String, String> queries() {
        Map<String, String> q = new LinkedHashMap<>();
        q.put("retention", """
                SELECT report_id, station, district, report_type, evaluation_date, retention_rate,
                       retention_rate < 0.80 AS below_threshold,
                       RANK() OVER (ORDER BY retention_rate DESC) AS city_rank
                FROM report WHERE retention_rate IS NOT NULL""");
        q.put("retention_by_district", """
                SELECT district, COUNT(*) AS reports, MIN(retention_rate) AS min_rate,
                       percentile_cont(0.25) WITHIN GROUP (ORDER BY retention_rate) AS p25,
                       percentile_cont(0.5) WITHIN GROUP (ORDER BY retention_rate) AS median_rate,
                       percentile_cont(0.75) WITHIN GROUP (ORDER BY retention_rate) AS p75,
                       MAX(retention_rate) AS max_rate,
                       AVG(CASE WHEN retention_rate < 0.80 THEN 1.0 ELSE 0.0 END) AS share_below_threshold
                FROM report WHERE retention_rate IS NOT NULL GROUP BY district""");
        q.put("completion", """
                SELECT report_id, station, district, indicator, target, actual, completion, pace,
                       CASE WHEN completion < pace THEN 'under' WHEN completion < 1.5 * pace THEN 'met'
                            WHEN completion < 3 * pace THEN 'over' ELSE 'far_over' END AS status
                FROM (SELECT i.report_id, r.station, r.district, i.indicator, i.target, i.actual, i.completion,
                             CASE WHEN r.report_type = 'midterm' AND r.period_months IS NOT NULL THEN r.period_months / 12.0
                                  ELSE 1.0 END AS pace
                      FROM indicator i JOIN report r ON i.report_id = r.report_id
                      WHERE i.area IS NULL AND i.completion IS NOT NULL) t""");
        q.put("party_share", """
                SELECT p.report_id, r.station, r.district, p.party, p.score, p.max_score, p.score / p.max_score AS share,
                       p.score / p.max_score - AVG(p.score / p.max_score) OVER (PARTITION BY p.party) AS share_vs_city
                FROM party_score p JOIN report r ON p.report_id = r.report_id
                WHERE p.max_score > 0""");
        return q;
    }
}
