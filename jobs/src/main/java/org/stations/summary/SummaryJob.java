package org.stations.summary;

import org.stations.model.ReportDate;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.stations.bench.BenchJob;
import org.stations.lake.Lake;
import org.stations.model.Party;
import org.stations.model.Table;
import org.stations.util.Folders;

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
    /** The date a report is placed in time by (model/ReportDate), of the report in alias r. */
    public static final String SUMMARY_DATE = ReportDate.sql("r");

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

    /** A quality flag; {@code labels}: the report's indicator codes with the labels it printed, to name them in Chinese. */
    record Flag(String reportId, String check, String severity, String detail, Map<String, String> labels) {
        String checkText() { return FlagText.check(check); }

        String severityText() { return FlagText.severity(severity); }

        String detailText() { return FlagText.detail(check, detail, labels); }
    }

    /**
     * The station's report before a report of the month (same station, district, city and kind, an earlier
     * date): its total score, 稳岗率 and party shares (by party code), to show how far the station moved.
     */
    record Previous(String reportId, String previousId, String type, LocalDate date, Double total, Double retention,
                    Map<Party, Double> shares) {}

    /** Aggregates over a set of reports; medians and counts over the reports that state the value. */
    record Stats(long reports, long scored, Double medianScore, long withRetention, Double medianRetention, long below) {
        Double shareBelow() { return withRetention == 0 ? null : (double) below / withRetention; }
    }

    /** Everything the page is made of. {@code stats} is keyed by {@link #key}. */
    record Data(YearMonth month, String district, List<MonthReport> reports, List<Share> shares,
                List<Indicator> indicators, List<Flag> flags, Map<String, Previous> previous, Map<String, Stats> stats,
                Map<YearMonth, Long> otherMonths, StaffSection.Data staff, FindingSection.Data findings) {}

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
        // a rerun of the month replaces its pages whole: written aside, then swapped in
        Path aside = Folders.aside(dir);
        Result r = SummaryPage.write(data, aside);
        // district pages under the month stay; the charts are the page's own, replaced with it
        Folders.swap(aside, dir, child -> !child.getFileName().toString().equals(SummaryPage.CHARTS));
        Path d = dir;
        return new Result(dir, dir.resolve(aside.relativize(r.html())), dir.resolve(aside.relativize(r.markdown())),
                r.reports(), r.districts(), r.charts().stream().map(c -> d.resolve(aside.relativize(c))).toList());
    }

    /** The stations (district, station) of a month's reports: the pages a month's summary links to. */
    public static Dataset<Row> stations(SparkSession spark, String lakeDir, YearMonth month, String district) {
        new Lake(spark, lakeDir).registerViews();
        Map<String, Object> args = new HashMap<>();
        args.put("first", month.atDay(1));
        args.put("last", month.atEndOfMonth());
        if (district != null) args.put("district", district);
        return spark.sql("""
                SELECT DISTINCT coalesce(r.district, '区未注明') AS district, r.station FROM report r
                WHERE r.station IS NOT NULL AND %s BETWEEN :first AND :last%s""".formatted(SUMMARY_DATE,
                district == null ? "" : " AND coalesce(r.district, '区未注明') = :district"), args);
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
        for (String t : List.of("retention", "completion", "party_share", "staff_survival")) {
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
                       %s AS date_basis
                FROM report r LEFT JOIN bench_retention t ON t.report_id = r.report_id
                WHERE %s <= :last
                """.formatted(SUMMARY_DATE, ReportDate.basisSql("r"), SUMMARY_DATE), args).persist(StorageLevel.MEMORY_ONLY());
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
            return new Data(month, district, reports, List.of(), List.of(), List.of(), Map.of(), Map.of(), otherMonths(spark, district),
                    StaffSection.Data.NONE, FindingSection.Data.NONE);
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
        Map<String, Map<String, String>> labels = new HashMap<>();
        for (Row r : spark.sql("""
                SELECT DISTINCT i.report_id, i.indicator, i.label
                FROM indicator i JOIN summary_month m ON m.report_id = i.report_id
                WHERE i.label IS NOT NULL""").collectAsList()) {
            labels.computeIfAbsent(r.getString(0), k -> new HashMap<>()).putIfAbsent(r.getString(1), r.getString(2));
        }
        for (Row r : spark.sql("""
                SELECT q.report_id, q.check, q.severity, q.detail
                FROM quality_flag q JOIN summary_month m ON m.report_id = q.report_id
                ORDER BY q.report_id, q.severity, q.check""").collectAsList()) {
            flags.add(new Flag(r.getString(0), r.getString(1), r.getString(2), r.getString(3),
                    labels.getOrDefault(r.getString(0), Map.of())));
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
        return new Data(month, district, reports, shares, indicators, flags, previous(spark), stats, Map.of(),
                StaffSection.collect(spark, args), FindingSection.collect(spark, reports));
    }

    /** Per report of the month, keyed by its id: the station's latest earlier report, where the lake has one. */
    private static Map<String, Previous> previous(SparkSession spark) {
        Map<String, Previous> out = new LinkedHashMap<>();
        for (Row r : spark.sql("""
                WITH ranked AS (
                  SELECT m.report_id, b.report_id AS previous_id, b.type, b.summary_date, b.total_score, b.retention_rate,
                         row_number() OVER (PARTITION BY m.report_id ORDER BY b.summary_date DESC, b.report_id DESC) AS n
                  FROM summary_month m JOIN summary_base b
                    ON b.synthetic = m.synthetic AND b.city = m.city AND b.district = m.district AND b.station = m.station
                   AND b.summary_date < m.summary_date)
                SELECT r.report_id, r.previous_id, r.type, r.summary_date, r.total_score, r.retention_rate, p.party, p.share
                FROM ranked r LEFT JOIN bench_party_share p ON p.report_id = r.previous_id
                WHERE r.n = 1""").collectAsList()) {
            Previous p = out.computeIfAbsent(r.getString(0), id -> new Previous(id, r.getString(1), r.getString(2),
                    r.getAs(3), dbl(r, 4), dbl(r, 5), new LinkedHashMap<>()));
            if (!r.isNullAt(6)) p.shares().put(Party.of(r.getString(6)), r.getDouble(7));
        }
        return out;
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
