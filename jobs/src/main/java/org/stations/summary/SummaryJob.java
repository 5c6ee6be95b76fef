package org.stations.summary;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.stations.bench.BenchJob;
import org.stations.lake.Lake;
import org.stations.model.Party;
import org.stations.model.Table;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The monthly regional summary: which reports were evaluated in a month, per district, against the
 * district's and the city's benchmarks. Spark SQL over the lake and OUT/bench/; only the month's
 * reports (a few per district) and a handful of aggregates reach the driver.
 *
 * <p>A report belongs to the month of its evaluation_date; a report that states none (a 绩效评价
 * report, for one) to the month of its period_end, else of its contract_end. Benchmarks are over
 * every report of the same kind dated up to the month's end, so a month's summary does not change
 * when later reports arrive; real and synthetic reports are benchmarked apart and never mixed.
 */
public final class SummaryJob {
    /** The date a report is placed in time by, and which column it came from. */
    static final String SUMMARY_DATE = "coalesce(r.evaluation_date, r.period_end, r.contract_end)";

    public record Result(Path dir, Path html, Path markdown, int reports, List<String> districts, List<Path> charts) {}

    /** A report of the month, as the summary shows it. */
    record MonthReport(String id, boolean synthetic, String city, String district, String station, String type,
                       LocalDate date, String dateBasis, String evaluator, Double total, String grade,
                       Double retention, Boolean below) {}

    /** A party's points against the mean share the same party gave across the city's benchmark reports. */
    record Share(String reportId, Party party, double score, double maxScore, double share, Double cityMeanShare) {}

    /** A station-level indicator far over (≥ 3 × pace) or under (< pace) the share of the year assessed. */
    record Indicator(String reportId, String period, String label, Double target, Double actual, double completion,
                     double pace, String status) {}

    record Flag(String reportId, String check, String severity, String detail) {}

    /** Aggregates over a set of reports; medians and counts over the reports that state the value. */
    record Stats(long reports, long scored, Double medianScore, long withRetention, Double medianRetention, long below) {
        Double shareBelow() { return withRetention == 0 ? null : (double) below / withRetention; }
    }

    /** Everything the page is made of. {@code stats} is keyed by {@link #key}. */
    record Data(YearMonth month, String district, List<MonthReport> reports, List<Share> shares,
                List<Indicator> indicators, List<Flag> flags, Map<String, Stats> stats, Map<YearMonth, Long> otherMonths) {}

    private SummaryJob() {}

    /** @param district null for every district and the city overview */
    public static Result run(SparkSession spark, String lakeDir, String outDir, YearMonth month, String district)
            throws IOException {
        return run(spark, new Lake(spark, lakeDir), outDir, month, district);
    }

    /** @param lake the lake at the version to summarise (the latest, or one named by --as-of) */
    public static Result run(SparkSession spark, Lake lake, String outDir, YearMonth month, String district)
            throws IOException {
        Data data = collect(spark, lake, outDir, month, district);
        Path dir = Path.of(outDir, "summaries", month.toString());
        if (district != null) dir = dir.resolve(safeName(district));
        return SummaryPage.write(data, dir);
    }

    /**
     * The latest month with an evaluation_date in the lake; only for a lake where no report states one,
     * the latest period_end or contract_end. A fallback date (a 绩效评价 report's period end) can lie
     * months after the last evaluation and would pick a month with almost nothing in it. Null for an empty lake.
     */
    public static YearMonth latestMonth(SparkSession spark, String lakeDir) {
        Row r = new Lake(spark, lakeDir).read(Table.REPORT).alias("r")
                .selectExpr("max(r.evaluation_date)", "max(" + SUMMARY_DATE + ")").first();
        LocalDate d = r.isNullAt(0) ? r.getAs(1) : r.getAs(0);
        return d == null ? null : YearMonth.from(d);
    }

    static Data collect(SparkSession spark, Lake lake, String outDir, YearMonth month, String district)
            throws IOException {
        if (!lake.exists(Table.REPORT)) {
            throw new IllegalArgumentException("no report table in lake " + lake.name() + " (run ingest first)");
        }
        Long benched = BenchJob.lakeVersion(spark, outDir);
        long summarised = lake.version().reportVersion();
        if (benched != null && benched != summarised) {
            // benchmarks of another lake version would put this month against figures it was not published with
            throw new IllegalArgumentException("the benchmark tables under " + outDir + "/bench are of lake version " + benched
                    + ", this summary reads version " + summarised + ": run bench with the same --as-of first");
        }
        lake.registerViews();
        List<String> bench = BenchJob.registerViews(spark, outDir);
        for (String t : List.of("retention", "completion", "party_share")) {
            if (!bench.contains(t)) throw new IllegalArgumentException("no benchmark table " + t + " under " + outDir + "/bench (run bench first)");
        }
        Map<String, Object> args = new HashMap<>();
        args.put("first", month.atDay(1));
        args.put("last", month.atEndOfMonth());
        // every report dated up to the month's end: the benchmark population, read by every query below
        Dataset<Row> base = spark.sql("""
                SELECT r.report_id, coalesce(r.synthetic, false) AS synthetic, coalesce(r.city, '市未注明') AS city,
                       coalesce(r.district, '区未注明') AS district, r.station, coalesce(r.report_type_label, r.report_type) AS type,
                       r.evaluator, r.total_score, r.grade, t.retention_rate, t.below_threshold,
                       t.report_id IS NOT NULL AS benched, %s AS summary_date,
                       CASE WHEN r.evaluation_date IS NOT NULL THEN 'evaluation_date'
                            WHEN r.period_end IS NOT NULL THEN 'period_end' ELSE 'contract_end' END AS date_basis
                FROM report r LEFT JOIN bench_retention t ON t.report_id = r.report_id
                WHERE %s <= :last
                """.formatted(SUMMARY_DATE, SUMMARY_DATE), args).persist(StorageLevel.MEMORY_ONLY());
        base.createOrReplaceTempView("summary_base");
        try {
            return collect(spark, outDir, month, district, args);
        } finally {
            base.unpersist();
        }
    }

    private static Data collect(SparkSession spark, String outDir, YearMonth month, String district, Map<String, Object> args) {
        String inDistrict = district == null ? "" : " AND district = :district";
        if (district != null) args.put("district", district);
        spark.sql("SELECT * FROM summary_base WHERE summary_date >= :first" + inDistrict, args)
                .createOrReplaceTempView("summary_month");

        List<MonthReport> reports = new ArrayList<>();
        for (Row r : spark.sql("""
                SELECT report_id, synthetic, city, district, station, type, summary_date, date_basis, evaluator,
                       total_score, grade, retention_rate, below_threshold, benched
                FROM summary_month ORDER BY synthetic, city, district, station, summary_date, report_id""").collectAsList()) {
            if (!r.getBoolean(13)) {
                throw new IllegalStateException("report " + r.getString(0) + " is not in the benchmark tables under "
                        + outDir + "/bench (run bench again: the lake is newer)");
            }
            reports.add(new MonthReport(r.getString(0), r.getBoolean(1), r.getString(2), r.getString(3), r.getString(4),
                    r.getString(5), r.getAs(6), r.getString(7), r.getString(8), dbl(r, 9), r.getString(10), dbl(r, 11),
                    r.isNullAt(12) ? null : r.getBoolean(12)));
        }
        if (reports.isEmpty()) {
            return new Data(month, district, reports, List.of(), List.of(), List.of(), Map.of(), otherMonths(spark, district));
        }

        List<Share> shares = new ArrayList<>();
        for (Row r : spark.sql("""
                WITH city AS (
                  SELECT b.synthetic, b.city, p.party, avg(p.share) AS mean_share
                  FROM bench_party_share p JOIN summary_base b ON b.report_id = p.report_id
                  GROUP BY b.synthetic, b.city, p.party)
                SELECT p.report_id, p.party, p.score, p.max_score, p.share, c.mean_share
                FROM bench_party_share p JOIN summary_month m ON m.report_id = p.report_id
                LEFT JOIN city c ON c.synthetic = m.synthetic AND c.city = m.city AND c.party = p.party""").collectAsList()) {
            shares.add(new Share(r.getString(0), Party.of(r.getString(1)), r.getDouble(2), r.getDouble(3), r.getDouble(4), dbl(r, 5)));
        }

        List<Indicator> indicators = new ArrayList<>();
        for (Row r : spark.sql("""
                SELECT c.report_id, c.period_label, coalesce(c.label, c.indicator), c.target, c.actual, c.completion, c.pace, c.status
                FROM bench_completion c JOIN summary_month m ON m.report_id = c.report_id
                WHERE c.status IN ('far_over', 'under')
                ORDER BY c.report_id, c.period_label NULLS FIRST, c.completion / c.pace DESC""").collectAsList()) {
            indicators.add(new Indicator(r.getString(0), r.getString(1), r.getString(2), dbl(r, 3), dbl(r, 4),
                    r.getDouble(5), r.getDouble(6), r.getString(7)));
        }

        List<Flag> flags = new ArrayList<>();
        for (Row r : spark.sql("""
                SELECT q.report_id, q.check, q.severity, q.detail
                FROM quality_flag q JOIN summary_month m ON m.report_id = q.report_id
                ORDER BY q.report_id, q.severity, q.check""").collectAsList()) {
            flags.add(new Flag(r.getString(0), r.getString(1), r.getString(2), r.getString(3)));
        }

        // this month and up to the month's end, per district and for the city: a few dozen rows at most
        Map<String, Stats> stats = new LinkedHashMap<>();
        for (Row r : spark.sql("""
                SELECT scope, synthetic, city, district, grouping(district) = 1 AS city_level,
                       count(*), count(total_score), percentile(total_score, 0.5),
                       count(retention_rate), percentile(retention_rate, 0.5), count_if(below_threshold)
                FROM (SELECT 'month' AS scope, * FROM summary_base WHERE summary_date >= :first
                      UNION ALL SELECT 'to_date' AS scope, * FROM summary_base)
                GROUP BY GROUPING SETS ((scope, synthetic, city, district), (scope, synthetic, city))""", args).collectAsList()) {
            String key = key(r.getString(0), r.getBoolean(1), r.getString(2), r.getBoolean(4) ? null : r.getString(3));
            stats.put(key, new Stats(r.getLong(5), r.getLong(6), dbl(r, 7), r.getLong(8), dbl(r, 9), r.getLong(10)));
        }
        return new Data(month, district, reports, shares, indicators, flags, stats, Map.of());
    }

    /** Stats key: scope ("month" or "to_date"), kind, city, and district or null for the whole city. */
    static String key(String scope, boolean synthetic, String city, String district) {
        return scope + '|' + synthetic + '|' + city + '|' + (district == null ? "*" : district);
    }

    /** The latest months that do have reports (in the district, when one is asked for), for a page that has none. */
    private static Map<YearMonth, Long> otherMonths(SparkSession spark, String district) {
        Map<String, Object> args = new HashMap<>();
        String where = "";
        if (district != null) {
            where = "WHERE coalesce(r.district, '区未注明') = :district";
            args.put("district", district);
        }
        Map<YearMonth, Long> out = new LinkedHashMap<>();
        for (Row r : spark.sql("""
                SELECT date_format(%s, 'yyyy-MM') AS month, count(*) FROM report r %s
                GROUP BY 1 HAVING month IS NOT NULL ORDER BY month DESC LIMIT 6""".formatted(SUMMARY_DATE, where), args)
                .collectAsList()) {
            out.put(YearMonth.parse(r.getString(0)), r.getLong(1));
        }
        return out;
    }

    private static Double dbl(Row r, int i) { return r.isNullAt(i) ? null : ((Number) r.get(i)).doubleValue(); }

    /** A district name as a folder name: path separators and the like replaced. */
    static String safeName(String s) {
        return s.replaceAll("[\\\\/:*?\"<>|\\s]+", "_");
    }
}
