package org.stations.lake;

import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.DataFrameReader;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.stations.model.Table;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.apache.spark.sql.functions.col;

/**
 * The lake root: one Delta table per contract table. A lake version is a version of the {@code report}
 * table: every run commits {@code report} last and records in that commit which version of every other
 * table belongs to it, so a reader opens the whole lake at one consistent point and a run that stopped
 * before its {@code report} commit leaves nothing visible. Child rows also carry the version of their
 * report ({@code facts_sha256}) and are read through {@code report}: a reader of the bare Delta tables
 * who joins on both columns sees the same. Opening a lake never writes: readers never block a writer.
 */
public final class Lake {
    /** The column each child table adds: the version of the report its rows belong to. */
    public static final String VERSION = "facts_sha256";

    private final SparkSession spark;
    private final Path root;
    private final FileSystem fs;
    private final String asOf;
    private final String name;
    private LakeVersion version; // resolved on first read: one point for every table

    public Lake(SparkSession spark, String root) {
        this(spark, root, null);
    }

    /** @param asOf a lake version (report table version) or a timestamp; null for the latest */
    public Lake(SparkSession spark, String root, String asOf) {
        this.spark = spark;
        this.asOf = asOf;
        this.name = root;
        try {
            Path p = new Path(root);
            this.fs = p.getFileSystem(spark.sparkContext().hadoopConfiguration());
            this.root = fs.makeQualified(p);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open lake " + root + ": " + e.getMessage(), e);
        }
    }

    public Path root() { return root; }

    /** The lake as the user named it, for messages. */
    public String name() { return name; }

    public Path path(Table t) { return new Path(root, t.tableName); }

    FileSystem fs() { return fs; }

    SparkSession spark() { return spark; }

    /** The columns a table stores: the contract's, and the report version for child tables. */
    public static List<String> storedColumns(Table t) {
        List<String> cols = new ArrayList<>(Arrays.asList(t.schema.fieldNames()));
        if (isChild(t)) cols.add(VERSION);
        return cols;
    }

    /** Tables whose rows belong to one version of one report. */
    public static boolean isChild(Table t) {
        return t != Table.REPORT && t != Table.QUARANTINE;
    }

    /** Whether the table has a Delta log; a Parquet folder of the lake before Delta is a clear error. */
    public boolean exists(Table t) {
        try {
            if (fs.exists(new Path(path(t), "_delta_log"))) return true;
            if (fs.exists(new Path(path(t), "_SUCCESS"))) {
                throw new IllegalArgumentException("lake " + root + " holds Parquet tables written before the lake moved"
                        + " to Delta Lake: move it aside and ingest the reports again (bin/stations ingest --lake DIR)");
            }
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read lake " + root + ": " + e.getMessage(), e);
        }
    }

    /** The lake version this lake reads (the latest, or the one --as-of named); null for an empty lake. */
    public LakeVersion version() {
        if (version == null && exists(Table.REPORT)) version = LakeHistory.resolve(this, asOf);
        if (version == null && asOf != null) {
            throw new IllegalArgumentException("lake " + root + " has no history yet: --as-of " + asOf + " names nothing");
        }
        return version;
    }

    /**
     * The table at this lake's version, contract columns only, or an empty frame of its schema when the
     * lake does not have it yet. Child rows are those of the report version the report table holds.
     */
    public Dataset<Row> read(Table t) {
        return read(t, null);
    }

    /** @param reports the report table at this version as already read (kept), or null to read it */
    private Dataset<Row> read(Table t, Dataset<Row> reports) {
        LakeVersion v = version();
        if (v == null || v.tableVersion(t) == null) return spark.createDataFrame(List.of(), t.schema);
        Dataset<Row> stored = stored(t, v.tableVersion(t));
        Column[] contract = Arrays.stream(t.schema.fieldNames()).map(c -> col("c." + c)).toArray(Column[]::new);
        if (!isChild(t)) return stored.select(contract);
        Dataset<Row> owners = (reports != null ? reports : stored(Table.REPORT, v.reportVersion())).select("report_id", VERSION);
        // null-safe: a report without facts (loaded by hand) still owns its rows
        return stored.alias("c").join(owners.alias("r"), col("c.report_id").equalTo(col("r.report_id"))
                .and(col("c." + VERSION).eqNullSafe(col("r." + VERSION))), "left_semi").select(contract);
    }

    /**
     * One Delta table at one of its versions, as stored. Read as the latest version when no later run
     * touched it since (only this version's own clean-up): Delta keeps the latest state of a table
     * computed, while each past version costs a Spark job to rebuild.
     */
    Dataset<Row> stored(Table t, long tableVersion) {
        DataFrameReader r = spark.read().format("delta");
        if (!onlyOwnCommitsSince(t, tableVersion)) r = r.option("versionAsOf", tableVersion);
        return r.load(path(t).toString()).alias("c");
    }

    /** Whether every commit to {@code t} after {@code tableVersion} is of the run that made this lake version. */
    boolean onlyOwnCommitsSince(Table t, long tableVersion) {
        String run = version().runId();
        for (long c : LakeHistory.commits(this, t)) {
            if (c <= tableVersion) continue;
            LakeRun by = LakeHistory.entry(this, t, c).run();
            if (run == null || by == null || !run.equals(by.id())) return false;
        }
        return true;
    }

    /**
     * Registers every table as a view of its own name, each read once and kept (memory, then disk) for
     * the session: bench, charts, summary and station pages query the lake hundreds of times, and every
     * query of a Delta table otherwise plans its files anew. One lake version is kept per session; asking
     * for another (a new ingest, --as-of) drops the kept one.
     */
    public void registerViews() {
        LakeVersion v = version();
        String key = v == null ? null : root + "@" + v.reportVersion() + "/" + v.runId() + "/" + v.at().toEpochMilli();
        synchronized (KEPT) {
            Kept kept = KEPT.get(spark);
            if (key != null && kept != null && kept.key().equals(key)) {
                kept.views().forEach((name, d) -> d.createOrReplaceTempView(name));
                return;
            }
            if (kept != null) { // children first: dropping the report first would re-plan them over tables perhaps gone
                List<Dataset<Row>> old = new ArrayList<>(kept.views().values());
                Collections.reverse(old);
                old.forEach(Dataset::unpersist);
            }
            Map<String, Dataset<Row>> views = new LinkedHashMap<>();
            Dataset<Row> reports = null;
            for (Table t : Table.values()) { // report first: the children are read through the kept report rows
                Dataset<Row> d = read(t, reports);
                if (key != null) d = d.persist(StorageLevel.MEMORY_AND_DISK());
                if (t == Table.REPORT) reports = d;
                d.createOrReplaceTempView(t.tableName);
                views.put(t.tableName, d);
            }
            if (key == null) KEPT.remove(spark);
            else KEPT.put(spark, new Kept(key, views));
        }
    }

    /** A kept lake version: its key and its views by name. */
    private record Kept(String key, Map<String, Dataset<Row>> views) {}

    private static final Map<SparkSession, Kept> KEPT = new WeakHashMap<>();

    /**
     * Registers, uncached, only the tables {@code statement} names (a word of the statement that is a table's
     * name): a one-off query reads two tables, not all of them. {@code SHOW TABLES} registers every table.
     * Returns the tables registered by this call.
     */
    public List<String> registerViewsNamedIn(String statement) {
        Set<String> words = new HashSet<>();
        Matcher m = WORD.matcher(statement);
        while (m.find()) words.add(m.group().toLowerCase(Locale.ROOT));
        boolean all = SHOW_TABLES.matcher(statement).find();
        List<String> registered = new ArrayList<>();
        for (Table t : Table.values()) {
            if (!all && !words.contains(t.tableName)) continue;
            if (!opened.add(t)) continue;
            read(t).createOrReplaceTempView(t.tableName);
            registered.add(t.tableName);
        }
        return registered;
    }

    /** The views this lake registered through {@link #registerViewsNamedIn}: each is opened once. */
    private final Set<Table> opened = EnumSet.noneOf(Table.class);

    private static final Pattern WORD = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*+");
    private static final Pattern SHOW_TABLES =
            Pattern.compile("(?i)\\bshow\\s++(?:tables|views)\\b");

    /**
     * Replaces the lake's tables with these, whole, as one new lake version (a tool for loading a lake
     * built by hand; ingest merges instead). Tables not given keep their rows.
     */
    public void commit(Map<Table, Dataset<Row>> tables) {
        try (LakeLock lock = LakeLock.acquire(this, "load", 0, line -> {})) {
            new LakeWriter(this).replace(tables);
        }
    }
}
