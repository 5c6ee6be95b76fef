package org.stations.ingest;

import org.stations.model.Check;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.LongAccumulator;
import org.stations.lake.Lake;
import org.stations.lake.LakeLock;
import org.stations.lake.LakeRun;
import org.stations.lake.LakeWriter;
import org.stations.model.Table;
import org.stations.util.PersonKey;
import org.apache.spark.sql.types.StructType;
import scala.Tuple2;

import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;

/**
 * Reports (txt/docx/pdf, files or folders) → lake tables. Per-file work runs in Spark tasks; the
 * driver only lists paths and decides, per report_id, which file wins. The same evaluation in
 * several files is one report (the others are quarantined as duplicates); a file that states
 * other values (facts_sha256) is a revision and the later one wins. The lake takes the new
 * versions by MERGE on report_id (see LakeWriter), so a run costs what its batch costs.
 */
public final class IngestJob {
    private IngestJob() {}

    public enum Status { ingested, revised, unchanged, duplicate, quarantined }

    /** What became of one input file: printed one per line, never containing a stack trace. */
    public record Outcome(String sourceFile, Status status, String reportId, String reason) implements Serializable {}

    public record Summary(long inputs, Map<Status, Long> counts) {
        public long count(Status s) { return counts.getOrDefault(s, 0L); }
    }

    /** The identity of a report version: which file, which text, when. */
    record Candidate(String reportId, String factsSha256, String sourceFile, long modifiedMillis, boolean inLake)
            implements Serializable {}

    /** What a caller hears while a run goes on. */
    public interface Listener {
        default void started(long files) {}
        /** The number of files processed so far, about every second. */
        default void progress(long processed) {}
        /** Whether to hear the outcomes of this status: a run over many files need not stream every file back. */
        default boolean wants(Status status) { return true; }
        default void outcome(Outcome o) {}
        /** A line about the lake itself (a lock taken over from a run that was killed). */
        default void notice(String line) {}
    }

    public static Summary run(SparkSession spark, List<String> inputs, String lakeDir) throws java.io.IOException {
        return run(spark, inputs, lakeDir, new Listener() {});
    }

    public static Summary run(SparkSession spark, List<String> inputs, String lakeDir, Listener listener)
            throws java.io.IOException {
        return run(spark, inputs, lakeDir, listener, 0);
    }

    /**
     * @param waitSeconds how long to wait for another writer of the lake before stopping with
     *                    {@link org.stations.lake.LakeBusyException}
     */
    public static Summary run(SparkSession spark, List<String> inputs, String lakeDir, Listener listener, long waitSeconds)
            throws java.io.IOException {
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        List<InputFiles.InputFile> files = InputFiles.list(inputs, jsc.hadoopConfiguration());
        // the lock before the lake is read: the decisions below are against the version this run replaces
        try (LakeLock lock = LakeLock.acquire(new Lake(spark, lakeDir), "ingest", waitSeconds, listener::notice)) {
            return run(spark, inputs, files, new Lake(spark, lakeDir), listener);
        }
    }

    private static Summary run(SparkSession spark, List<String> inputs, List<InputFiles.InputFile> files, Lake lake,
                               Listener listener) {
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        listener.started(files.size());
        Instant ingestedAt = Instant.now();
        LongAccumulator processed = jsc.sc().longAccumulator("files processed");
        // read here, not in the tasks: executors may not see the driver's environment
        PersonKey personKey = PersonKey.configured();

        JavaRDD<Row> parsedRows = jsc.parallelize(files, slices(files.size(), jsc.defaultParallelism())).mapPartitions(it -> {
            Configuration conf = new Configuration();
            // one file at a time: a task never holds more than the file it reads and the rows it hands on
            return new Iterator<Row>() {
                @Override public boolean hasNext() { return it.hasNext(); }
                @Override public Row next() {
                    Row r = ParsedFile.parse(it.next(), conf, ingestedAt, personKey).toRow();
                    processed.add(1);
                    return r;
                }
            };
        });
        // one row per file, every table's rows nested in it; cached columnar, so each table reads its own column only
        Dataset<Row> parsed = spark.createDataFrame(parsedRows, ParsedFile.SCHEMA).persist(StorageLevel.MEMORY_AND_DISK());

        Thread progress = progressReporter(processed, listener);
        Dataset<Row> decisions = decide(spark, lake, parsed).persist(StorageLevel.MEMORY_AND_DISK());
        Map<Status, Long> counts = new EnumMap<>(Status.class);
        try {
            // the first action: it reads every file and fills both caches
            for (Row r : decisions.groupBy("status").count().collectAsList()) counts.put(Status.valueOf(r.getString(0)), r.getLong(1));
        } finally {
            progress.interrupt();
        }
        listener.progress(processed.value());

        // only the outcomes the caller wants come back: one small record per file
        List<String> wanted = new ArrayList<>();
        for (Status st : Status.values()) if (listener.wants(st) && counts.containsKey(st)) wanted.add(st.name());
        long heard = 0;
        for (String st : wanted) heard += counts.get(Status.valueOf(st));
        Dataset<Row> told = decisions.where(col("status").isin(wanted.toArray())).orderBy("source_file");
        // a few thousand small records come back in one job; more stream back a partition at a time
        Iterator<Row> each = heard == 0 ? java.util.Collections.emptyIterator()
                : heard <= COLLECT_OUTCOMES_UP_TO ? told.collectAsList().iterator() : told.toLocalIterator();
        while (each.hasNext()) {
            Row r = each.next();
            listener.outcome(new Outcome(r.getString(0), Status.valueOf(r.getString(1)), r.getString(2), r.getString(3)));
        }
        long winners = counts.getOrDefault(Status.ingested, 0L) + counts.getOrDefault(Status.revised, 0L);
        if (winners + counts.getOrDefault(Status.duplicate, 0L) + counts.getOrDefault(Status.quarantined, 0L) > 0) {
            LakeRun record = LakeRun.ingest(inputs, files.size(), counts.getOrDefault(Status.ingested, 0L),
                    counts.getOrDefault(Status.revised, 0L), counts.getOrDefault(Status.unchanged, 0L),
                    counts.getOrDefault(Status.duplicate, 0L), counts.getOrDefault(Status.quarantined, 0L));
            commit(lake, parsed, decisions, winners, ingestedAt, record); // else nothing new: the lake stays as it is
        }
        decisions.unpersist(false);
        parsed.unpersist(false);
        return new Summary(files.size(), counts);
    }

    /** Files per task at most: tasks stay small whatever the corpus, so memory per task does not grow with it. */
    static final int FILES_PER_TASK = 500;

    /** Outcomes a caller hears that are collected at once rather than streamed (each is one short line). */
    static final int COLLECT_OUTCOMES_UP_TO = 10_000;

    /** Reports per Parquet file of a lake table (the indicator table: about a million rows a file). */
    static final int REPORTS_PER_FILE = 25_000;

    static int slices(int files, int parallelism) {
        return Math.max(1, Math.min(files, Math.max(parallelism * 4, (files + FILES_PER_TASK - 1) / FILES_PER_TASK)));
    }

    private static final StructType DECISION = StructType.fromDDL("source_file STRING, status STRING, report_id STRING, reason STRING");

    /** Which file wins for each report_id, against the versions already in the lake: one decision per input file. */
    private static Dataset<Row> decide(SparkSession spark, Lake lake, Dataset<Row> parsed) {
        JavaPairRDD<String, Candidate> fresh = parsed.where(col("reason").isNull())
                .select("report_id", "facts_sha256", "source_file", "modified_millis").toJavaRDD()
                .mapToPair(r -> new Tuple2<>(r.getString(0), new Candidate(r.getString(0), r.getString(1), r.getString(2),
                        r.getLong(3), false)));
        JavaPairRDD<String, Candidate> stored = lake.read(Table.REPORT)
                .select("report_id", "facts_sha256", "source_file", "source_modified").toJavaRDD()
                .mapToPair(r -> new Tuple2<>(r.getString(0), new Candidate(r.getString(0), r.getString(1), r.getString(2),
                        r.isNullAt(3) ? 0L : ((Instant) r.get(3)).toEpochMilli(), true)));
        JavaRDD<Row> fromReports = fresh.cogroup(stored).filter(g -> g._2()._1().iterator().hasNext())
                .flatMap(g -> decideOne(g._2()._1(), g._2()._2()).iterator())
                .map(o -> RowFactory.create(o.sourceFile(), o.status().name(), o.reportId(), o.reason()));
        Dataset<Row> fromBad = parsed.where(col("reason").isNotNull())
                .select(col("source_file"), lit(Status.quarantined.name()).as("status"), lit(null).cast("string").as("report_id"),
                        col("reason"));
        return spark.createDataFrame(fromReports, DECISION).unionByName(fromBad);
    }
    /** The later version wins; the lake's version stays when its text is the latest text. */
    static List<Outcome> decideOne(Iterable<Candidate> fresh, Iterable<Candidate> stored) {
        List<Candidate> all = new ArrayList<>();
        fresh.forEach(all::add);
        Candidate lake = stored.iterator().hasNext() ? stored.iterator().next() : null;
        if (lake != null) all.add(lake);
        Candidate latest = all.stream().max(Comparator.comparingLong(Candidate::modifiedMillis)
                .thenComparing(Candidate::inLake).thenComparing(Candidate::sourceFile)).orElseThrow();
        Candidate winner = lake != null && lake.factsSha256().equals(latest.factsSha256()) ? lake : latest;
        List<Outcome> out = new ArrayList<>();
        for (Candidate c : all) {
            if (c.inLake()) continue;
            if (c == winner) {
                out.add(new Outcome(c.sourceFile(), lake == null ? Status.ingested : Status.revised, c.reportId(),
                        lake == null ? null : "revision of " + lake.sourceFile() + ": what it states differs, the later file wins"));
            } else if (lake != null && winner == lake && c.sourceFile().equals(lake.sourceFile())) {
                out.add(new Outcome(c.sourceFile(), Status.unchanged, c.reportId(), null));
            } else {
                String why = c.factsSha256().equals(winner.factsSha256())
                        ? "duplicate of report " + c.reportId() + " (" + winner.sourceFile() + ")"
                        : "older revision of report " + c.reportId() + " (" + winner.sourceFile() + " is later and states other values)";
                out.add(new Outcome(c.sourceFile(), Status.duplicate, c.reportId(), why));
            }
        }
        return out;
    }

    /** Merges the next lake version: the winners' rows replace those of their report_ids, quarantine grows. */
    private static void commit(Lake lake, Dataset<Row> parsed, Dataset<Row> decisions, long winnerCount, Instant at,
                               LakeRun record) {
        Dataset<Row> winners = decisions.where(col("status").isin(Status.ingested.name(), Status.revised.name()))
                .select(col("source_file"), col("report_id"), col("reason").as("revision"));
        // one join for the nine tables' writes, not one each
        Dataset<Row> won = parsed.join(winners.select("source_file"), "source_file").persist(StorageLevel.MEMORY_AND_DISK());
        // a new table gets a few large files (readers pay per file); later runs add the batch's files only
        int files = (int) Math.max(1, (winnerCount + REPORTS_PER_FILE - 1) / REPORTS_PER_FILE);
        Dataset<Row> reports = won.select(explode(col(Table.REPORT.tableName)).as("r")).select("r.*");
        Map<Table, Dataset<Row>> children = new EnumMap<>(Table.class);
        for (Table t : Table.reportTables()) {
            if (t == Table.REPORT) continue;
            // every child row carries the version of its report: readers see it only once report holds that version
            Dataset<Row> fresh = won.select(col("facts_sha256").as(Lake.VERSION), explode(col(t.tableName)).as("r"))
                    .select("r.*", Lake.VERSION);
            if (t == Table.QUALITY_FLAG) {
                fresh = fresh.unionByName(revisionFlags(winners).join(reports.select("report_id", Lake.VERSION), "report_id"));
            }
            children.put(t, fresh);
        }
        try {
            new LakeWriter(lake).ingest(reports, children, quarantineRows(parsed, decisions, at), record, files);
        } finally {
            won.unpersist(false);
        }
    }

    private static Dataset<Row> revisionFlags(Dataset<Row> winners) {
        return winners.where(col("revision").isNotNull()).selectExpr("report_id", "'report' AS table_name",
                "'" + Check.REVISION.code + "' AS check", "'warning' AS severity", "revision AS detail");
    }

    /** This run's quarantine rows; the writer keeps one row per file, content and reason, so a second ingest adds nothing. */
    private static Dataset<Row> quarantineRows(Dataset<Row> parsed, Dataset<Row> decisions, Instant at) {
        return decisions.where(col("status").isin(Status.duplicate.name(), Status.quarantined.name()))
                .join(parsed.select("source_file", "file_sha256"), "source_file")
                .selectExpr("source_file", "file_sha256 AS sha256", "reason", "CAST('" + at + "' AS TIMESTAMP) AS at");
    }

    private static Thread progressReporter(LongAccumulator processed, Listener listener) {
        Thread t = new Thread(() -> {
            try {
                while (true) { Thread.sleep(1000); listener.progress(processed.value()); }
            } catch (InterruptedException done) {
                // the job finished
            }
        }, "ingest-progress");
        t.setDaemon(true);
        t.start();
        return t;
    }
}
