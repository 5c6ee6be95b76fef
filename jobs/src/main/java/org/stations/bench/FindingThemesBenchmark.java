package org.stations.bench;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * What evaluators praise and criticise: per theme, polarity, party and district, the finding items and
 * the reports that raise it, and that count as a share of the district's reports with findings.
 * Rows are per district so that counts add up to the city's (a report is in one district); an item
 * with several themes counts once under each, and an item with no theme is not counted.
 */
public final class FindingThemesBenchmark implements Benchmark {
    @Override public String name() { return "finding_themes"; }

    @Override
    public Dataset<Row> compute(SparkSession spark) {
        // the denominator is the reports that have any finding: a report without such sections (002) raises nothing
        return spark.sql("""
                WITH f AS (
                  SELECT f.report_id, r.district, f.party, f.polarity, f.seq, theme
                  FROM finding f JOIN report r ON r.report_id = f.report_id
                  LATERAL VIEW explode(f.themes) t AS theme),
                district_reports AS (
                  SELECT r.district, count(DISTINCT f.report_id) AS district_reports
                  FROM finding f JOIN report r ON r.report_id = f.report_id
                  GROUP BY r.district)
                SELECT f.theme, f.polarity, f.party, f.district, count(*) AS items,
                       count(DISTINCT f.report_id) AS reports, d.district_reports,
                       count(DISTINCT f.report_id) / d.district_reports AS district_share
                FROM f JOIN district_reports d ON d.district <=> f.district
                GROUP BY f.theme, f.polarity, f.party, f.district, d.district_reports
                """);
    }
}
