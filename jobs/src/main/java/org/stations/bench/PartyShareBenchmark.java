package org.stations.bench;

import org.stations.model.Party;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/** Each party's points as a share of what it may give, against the city's mean share for that party. */
public final class PartyShareBenchmark implements Benchmark {
    @Override public String name() { return "party_share"; }

    @Override
    public Dataset<Row> compute(SparkSession spark) {
        return spark.sql("""
                WITH s AS (
                  SELECT p.report_id, r.station, r.district, r.city, p.party, p.score,
                         coalesce(p.max_score, %s) AS max_score
                  FROM party_score p JOIN report r ON r.report_id = p.report_id
                  WHERE p.score IS NOT NULL)
                SELECT report_id, station, district, party, score, max_score,
                       score / max_score AS share,
                       score / max_score - avg(score / max_score) OVER (PARTITION BY city, party) AS share_vs_city
                FROM s
                """.formatted(Party.maxScoreSql("p.party")));
    }
}
