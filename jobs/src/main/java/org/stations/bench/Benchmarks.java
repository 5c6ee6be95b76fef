package org.stations.bench;

import java.util.ArrayList;
import java.util.List;
import org.stations.model.Grade;
import org.stations.model.Pace;
import org.stations.model.Party;
import org.stations.model.ReportDate;
import org.stations.model.Requirements;

/**
 * Every benchmark, each defined once: a name and its Spark SQL over the lake views and the benchmarks
 * before it (views bench_<name>). BenchJob runs them in {@link #ALL}'s order; perf times the same list.
 */
public final class Benchmarks {
    private Benchmarks() {}

    /** 稳岗率 per report, below the 80% the evaluation rules require, and its rank in the city. */
    static Benchmark retention() {
        // the rate is on the report; a staffing annex may state it where the prose does not
        return new Benchmark("retention", """
                WITH r AS (
                  SELECT r.report_id, r.station, r.district, r.city, r.report_type, r.evaluation_date,
                         coalesce(r.retention_rate, s.retention_rate) AS retention_rate
                  FROM report r LEFT JOIN staffing s ON s.report_id = r.report_id)
                SELECT report_id, station, district, report_type, evaluation_date, retention_rate,
                       retention_rate < %s AS below_threshold,
                       CASE WHEN retention_rate IS NOT NULL THEN rank() OVER (
                         PARTITION BY city, retention_rate IS NULL ORDER BY retention_rate DESC) END AS city_rank
                FROM r
                """.formatted(Requirements.RETENTION));
    }

    /** The spread of 稳岗率 over the reports of each district that state one. */
    static Benchmark retentionByDistrict() {
        return new Benchmark("retention_by_district", """
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

    /**
     * Completion of each station-level indicator against the share of the year the report covers
     * (model/Pace): a 中期 report covering 5 months is on pace at 5/12 of the annual target.
     */
    static Benchmark completion() {
        return new Benchmark("completion", """
                WITH r AS (
                  SELECT r.report_id, r.station, r.district, r.report_type, %s AS pace
                  FROM report r)
                SELECT i.report_id, r.station, r.district, r.report_type, i.period_label, i.indicator, i.label,
                       i.target, i.actual, i.completion, r.pace,
                       %s AS status
                FROM indicator i JOIN r ON r.report_id = i.report_id
                WHERE i.area IS NULL
                """.formatted(Pace.sql("r"), Pace.statusSql("i.completion", "r.pace")));
    }

    /** Each party's points as a share of what it may give, against the city's mean share for that party. */
    static Benchmark partyShare() {
        return new Benchmark("party_share", """
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

    /** One row per district: scores, grades, retention, indicators behind pace and each party's mean share. */
    static Benchmark district() {
        List<String> partyMeans = new ArrayList<>();
        for (Party p : Party.values()) {
            partyMeans.add("avg(CASE WHEN party = '%s' THEN share END) AS mean_share_%s".formatted(p.code, p.code));
        }
        return new Benchmark("district", """
                WITH r AS (
                  SELECT district, count(*) AS reports,
                         percentile(total_score, 0.5) AS median_total_score,
                         %s
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
                """.formatted(gradeCounts(), String.join(", ", partyMeans), partyColumns()));
    }

    /** Reports per grade, a column per band of model/Grade: grade_excellent … grade_fail. */
    private static String gradeCounts() {
        List<String> counts = new ArrayList<>();
        for (Grade g : Grade.values()) counts.add("count_if(grade = '%s') AS grade_%s".formatted(g.label, g.en));
        return String.join(", ", counts);
    }

    private static String partyColumns() {
        List<String> cols = new ArrayList<>();
        for (Party p : Party.values()) cols.add("p.mean_share_" + p.code);
        return String.join(", ", cols);
    }

    private static final String[] MEASURES = {"total_score", "retention_rate", "median_completion",
            "median_completion_vs_pace"};

    /**
     * Each station's first and last report in date order (中期 before 末期 on the same date): total
     * score, 稳岗率 and median indicator completion, and how much each moved. Deltas are null for a
     * station with one report. Completion is also given against pace, since a 中期 report covers
     * only part of the year and its raw completion is not comparable with a 末期 one.
     */
    static Benchmark stationTrend() {
        StringBuilder firstLast = new StringBuilder();
        StringBuilder deltas = new StringBuilder();
        for (String m : MEASURES) {
            firstLast.append(", max(CASE WHEN seq = 1 THEN %s END) AS first_%s".formatted(m, m))
                    .append(", max(CASE WHEN seq = n THEN %s END) AS last_%s".formatted(m, m));
            deltas.append(", first_%s, last_%s, CASE WHEN reports > 1 THEN last_%s - first_%s END AS %s_delta"
                    .formatted(m, m, m, m, m));
        }
        return new Benchmark("station_trend", """
                WITH c AS (
                  SELECT report_id, percentile(completion, 0.5) AS median_completion,
                         percentile(completion / pace, 0.5) AS median_completion_vs_pace
                  FROM bench_completion WHERE completion IS NOT NULL GROUP BY report_id),
                r AS (
                  SELECT r.report_id, r.district, r.station, r.report_type,
                         %s AS report_date,
                         %s AS type_order,
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
                """.formatted(ReportDate.sql("r"), ReportDate.typeOrderSql("r"), firstLast, deltas));
    }

    /**
     * How far each party's share sits from the mean share of the other parties on the same report:
     * a purchaser at +0.17 gave far more of its points than the evaluators beside it.
     */
    static Benchmark leniencyByReport() {
        return new Benchmark("leniency_by_report", """
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

    /** A share this close to 1 is full marks; scores are printed to two decimals. */
    static final double FULL_MARKS = 1 - 1e-9;

    /** Per party, the distribution of its share across reports: does one party give everyone full marks? */
    static Benchmark leniency() {
        return new Benchmark("leniency", """
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

    /**
     * Who stays: per report with a staffing annex and per month, the persons on post and how many of the
     * annex's first-month team are still on post. 稳岗率 is one number at the end of a period; the curve
     * shows when a team lost its workers, and joiners and leavers show whether posts were refilled.
     * The headcount the contract requires is 协议要求在岗 where stated, else 应到岗人次 spread over the annex's
     * months (000: 100 人次 over 5 months = 20, which its 稳岗率 70% = 14 / 20 confirms).
     */
    static Benchmark staffSurvival() {
        // joiners/leavers compare each person's mark with the month before, so the first month has none (null)
        return new Benchmark("staff_survival", """
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

    /**
     * What evaluators praise and criticise: per theme, polarity, party and district, the finding items and
     * the reports that raise it, and that count as a share of the district's reports with findings.
     * Rows are per district so that counts add up to the city's (a report is in one district); an item
     * with several themes counts once under each, and an item with no theme is not counted.
     */
    static Benchmark findingThemes() {
        // the denominator is the reports that have any finding: a report without such sections (002) raises nothing
        return new Benchmark("finding_themes", """
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

    /** In dependency order: each may read the views of those before it. */
    public static final java.util.List<Benchmark> ALL = java.util.List.of(
            retention(),
            retentionByDistrict(),
            completion(),
            partyShare(),
            district(),
            stationTrend(),
            leniencyByReport(),
            leniency(),
            staffSurvival(),
            findingThemes());
}
