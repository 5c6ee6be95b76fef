package org.stations.bench;

import org.stations.model.Party;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

import java.util.ArrayList;
import java.util.List;

/** One row per district: scores, grades, retention, indicators behind pace and each party's mean share. */
public final class DistrictBenchmark implements Benchmark {
    @Override public String name() { return "district"; }

    @Override
    public Dataset<Row> compute(SparkSession spark) {
        List<String> partyMeans = new ArrayList<>();
        for (Party p : Party.values()) {
            partyMeans.add("avg(CASE WHEN party = '%s' THEN share END) AS mean_share_%s".formatted(p.code, p.code));
        }
        return spark.sql("""
                WITH r AS (
                  SELECT district, count(*) AS reports,
                         percentile(total_score, 0.5) AS median_total_score,
                         count_if(grade = '优秀') AS grade_excellent,
                         count_if(grade = '良好') AS grade_good,
                         count_if(grade = '合格') AS grade_pass,
                         count_if(grade = '不合格') AS grade_fail
                  FROM report GROUP BY district),
                ret AS (
                  SELECT district, percentile(retention_rate, 0.5) AS median_retention
                  FROM bench_retention GROUP BY district),
                c AS (
                  SELECT district, avg(CASE WHEN status = 'under' THEN 1.0D ELSE 0.0D END) AS share_indicators_under_pace
                  FROM bench_completion WHERE status IS NOT NULL GROUP BY district),
                p AS (
                  SELECT district, %s
                  FROM bench_party_share GROUP BY district)
                SELECT r.district, r.reports, r.median_total_score,
                       r.grade_excellent, r.grade_good, r.grade_pass, r.grade_fail,
                       ret.median_retention, c.share_indicators_under_pace,
                       %s
                FROM r
                LEFT JOIN ret ON ret.district <=> r.district
                LEFT JOIN c ON c.district <=> r.district
                LEFT JOIN p ON p.district <=> r.district
                """.formatted(String.join(", ", partyMeans), partyColumns()));
    }

    private static String partyColumns() {
        List<String> cols = new ArrayList<>();
        for (Party p : Party.values()) cols.add("p.mean_share_" + p.code);
        return String.join(", ", cols);
    }
}
