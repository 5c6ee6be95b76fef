package org.stations.lake;

import io.delta.tables.DeltaTable;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.stations.model.Table;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ConcurrentModificationException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.min;

/**
 * Writes lake versions. The report table is committed last and its commit is the lake version: child
 * tables first gain the new version's rows beside the old ones (nothing a reader sees changes, since
 * rows are read through their report's version), then report switches to the new versions and records
 * every table's version, then the superseded rows are dropped. A run killed anywhere leaves the old
 * lake version readable, and its re-run first deletes what the killed run left, so nothing doubles.
 * Callers hold the {@link LakeLock}.
 */
public final class LakeWriter {
    /** For the crash test: a line on stderr before and after each commit, so it can kill at known moments. */
    static final String TRACE_PROPERTY = "stations.trace.commits";
    private static final String USER_METADATA = "spark.databricks.delta.commitInfo.userMetadata";

    private final Lake lake;
    private final SparkSession spark;

    public LakeWriter(Lake lake) {
        this.lake = lake;
        this.spark = lake.spark();
    }

    /**
     * One ingest run.
     *
     * @param reports    the winning report rows, one per report_id (contract columns)
     * @param children   each child table's rows of those reports, contract columns and {@link Lake#VERSION}
     * @param quarantine files not ingested (contract columns); a row already in the lake is not added again
     * @param filesForNewTables files per table when a table is created (later runs add files per batch)
     */
    public void ingest(Dataset<Row> reports, Map<Table, Dataset<Row>> children, Dataset<Row> quarantine, LakeRun run,
                       int filesForNewTables) {
        tagged(run, () -> {
            // per report: the version the lake holds now (_keep, null for a new report) and the one this run brings
            Dataset<Row> keys = reports.select(col("report_id"), col(Lake.VERSION).as("_version"));
            if (lake.exists(Table.REPORT)) {
                keys = keys.join(latest(Table.REPORT).select(col("report_id"), col(Lake.VERSION).as("_keep")), "report_id", "left");
            } else {
                keys = keys.withColumn("_keep", lit(null).cast("string"));
            }
            keys = keys.persist(StorageLevel.MEMORY_AND_DISK());
            long reportCount = keys.count();
            long revised = keys.where(col("_keep").isNotNull()).count();
            for (Map.Entry<Table, Dataset<Row>> e : children.entrySet()) {
                addVersionRows(e.getKey(), e.getValue(), keys, filesForNewTables);
            }
            addQuarantine(quarantine, filesForNewTables);
            if (reportCount == 0 && lake.exists(Table.REPORT)) recordCommit(run); // only quarantine: still a lake version
            else commitReports(reports, run, filesForNewTables, revised > 0);
            if (revised > 0) {
                for (Table t : children.keySet()) dropSupersededRows(t, keys);
            }
            keys.unpersist(false);
        });
    }

    /** Deletes the rows of these reports that belong to neither the lake's version nor this run's, adds this run's. */
    private void addVersionRows(Table t, Dataset<Row> rows, Dataset<Row> keys, int files) {
        List<String> cols = Lake.storedColumns(t);
        Dataset<Row> stored = rows.select(cols.stream().map(c -> col(c)).toArray(Column[]::new));
        if (!lake.exists(t)) {
            step("creating " + t.tableName, () -> stored.coalesce(files).write().format("delta").mode("append").save(path(t)));
            return;
        }
        if (!mayHoldLeftovers(t)) {
            // the usual run: nothing of a killed run to delete, the old version's rows stay until after the commit
            step("appending " + t.tableName, () -> stored.write().format("delta").mode("append").save(path(t)));
            return;
        }
        // one MERGE: a key row per report deletes leftovers of a killed run, the data rows are inserted
        Dataset<Row> data = stored.withColumn("_kind", lit("row")).withColumn("_keep", lit(null).cast("string"));
        Dataset<Row> deleters = keys.select(col("report_id"), col("_keep")).withColumn("_kind", lit("key"));
        for (String c : cols) {
            if (!c.equals("report_id")) deleters = deleters.withColumn(c, lit(null).cast(typeOf(t, c)));
        }
        Dataset<Row> source = data.unionByName(deleters);
        Map<String, String> insert = new LinkedHashMap<>();
        for (String c : cols) insert.put(c, "s." + c);
        step("merging " + t.tableName, () -> DeltaTable.forPath(spark, path(t)).as("t")
                .merge(source.as("s"), "t.report_id = s.report_id AND s._kind = 'key'")
                .whenMatched("NOT (t." + Lake.VERSION + " <=> s._keep)").delete()
                .whenNotMatched("s._kind = 'row'").insertExpr(insert)
                .execute());
    }

    /**
     * Whether a run that never reached its report commit may have left rows in the table: it did when
     * the table changed after the version the lake records for it, other than by that version's own run.
     */
    private boolean mayHoldLeftovers(Table t) {
        if (!lake.exists(Table.REPORT)) return true; // the table exists, so a first run was killed
        Long recorded = lake.version().tableVersion(t);
        return recorded == null || !lake.onlyOwnCommitsSince(t, recorded);
    }

    private static String typeOf(Table t, String column) {
        if (column.equals(Lake.VERSION)) return "string";
        return t.schema.apply(column).dataType().sql();
    }

    private void addQuarantine(Dataset<Row> rows, int files) {
        Dataset<Row> fresh = rows.groupBy("source_file", "sha256", "reason").agg(min("at").as("at"))
                .select("source_file", "sha256", "reason", "at");
        Table t = Table.QUARANTINE;
        if (!lake.exists(t)) {
            step("creating " + t.tableName, () -> fresh.coalesce(files).write().format("delta").mode("append").save(path(t)));
            return;
        }
        step("merging " + t.tableName, () -> DeltaTable.forPath(spark, path(t)).as("t")
                .merge(fresh.as("s"), "t.source_file <=> s.source_file AND t.sha256 <=> s.sha256 AND t.reason <=> s.reason")
                .whenNotMatched().insertAll()
                .execute());
    }

    /** The commit point: report rows replace theirs, and the commit records every other table's version. */
    private void commitReports(Dataset<Row> reports, LakeRun run, int files, boolean revisions) {
        String metadata = run.withTables(tableVersions()).toJson();
        Table t = Table.REPORT;
        if (!lake.exists(t) || !revisions) {
            // only new report_ids: an append is the same commit without MERGE's join
            String what = lake.exists(t) ? "appending report" : "creating report";
            step(what, () -> reports.coalesce(files).write().format("delta").mode("append")
                    .option("userMetadata", metadata).save(path(t)));
            return;
        }
        String tag = spark.conf().get(USER_METADATA);
        spark.conf().set(USER_METADATA, metadata);
        try {
            step("merging report", () -> DeltaTable.forPath(spark, path(t)).as("t")
                    .merge(reports.as("s"), "t.report_id = s.report_id")
                    .whenMatched().updateAll()
                    .whenNotMatched().insertAll()
                    .execute());
        } finally {
            spark.conf().set(USER_METADATA, tag);
        }
    }

    /** After the commit point: the rows of the versions revised reports left behind. */
    private void dropSupersededRows(Table t, Dataset<Row> keys) {
        Dataset<Row> revised = keys.where(col("_keep").isNotNull()).select("report_id", "_version");
        step("cleaning " + t.tableName, () -> DeltaTable.forPath(spark, path(t)).as("t")
                .merge(revised.as("s"), "t.report_id = s.report_id")
                .whenMatched("NOT (t." + Lake.VERSION + " <=> s._version)").delete()
                .execute());
    }

    /** A lake version that changes no report row (only quarantine, or maintenance): an empty append to report. */
    public void record(LakeRun run) {
        tagged(run, () -> recordCommit(run));
    }

    /** Delta commits nothing for an empty append: a table property naming the run makes the commit. */
    private void recordCommit(LakeRun run) {
        String metadata = run.withTables(tableVersions()).toJson();
        String tag = spark.conf().get(USER_METADATA, null);
        spark.conf().set(USER_METADATA, metadata);
        try {
            step("recording " + run.command(), () -> spark.sql("ALTER TABLE delta.`" + path(Table.REPORT).replace("`", "``")
                    + "` SET TBLPROPERTIES ('stations.last_run' = '" + run.id() + "')"));
        } finally {
            if (tag == null) spark.conf().unset(USER_METADATA);
            else spark.conf().set(USER_METADATA, tag);
        }
    }

    /** Replaces the given tables whole (children take their version from the report rows), report last. */
    void replace(Map<Table, Dataset<Row>> tables) {
        LakeRun load = LakeRun.of("load");
        tagged(load, () -> {
            Dataset<Row> reports = tables.containsKey(Table.REPORT) ? tables.get(Table.REPORT)
                    : lake.exists(Table.REPORT) ? latest(Table.REPORT) : spark.createDataFrame(List.of(), Table.REPORT.schema);
            Dataset<Row> versions = reports.select("report_id", Lake.VERSION);
            for (Map.Entry<Table, Dataset<Row>> e : tables.entrySet()) {
                Table t = e.getKey();
                if (t == Table.REPORT) continue;
                Dataset<Row> rows = Lake.isChild(t) ? e.getValue().join(versions, "report_id", "left") : e.getValue();
                List<String> cols = Lake.storedColumns(t);
                Dataset<Row> stored = rows.select(cols.stream().map(c -> col(c)).toArray(Column[]::new));
                step("replacing " + t.tableName, () -> stored.write().format("delta").mode("overwrite").save(path(t)));
            }
            if (tables.containsKey(Table.REPORT)) {
                String metadata = load.withTables(tableVersions()).toJson();
                step("replacing report", () -> reports.write().format("delta").mode("overwrite")
                        .option("userMetadata", metadata).save(path(Table.REPORT)));
            } else {
                record(load);
            }
        });
    }

    /**
     * Deletes child rows that belong to no report version the lake holds (left by a run killed after
     * its report commit, before its clean-up, whose reports were not ingested again since).
     */
    public void dropOrphans(LakeRun run) {
        tagged(run, () -> {
            if (!lake.exists(Table.REPORT)) return;
            Dataset<Row> versions = latest(Table.REPORT).select("report_id", Lake.VERSION);
            for (Table t : Table.values()) {
                if (!Lake.isChild(t) || !lake.exists(t)) continue;
                step("sweeping " + t.tableName, () -> DeltaTable.forPath(spark, path(t)).as("t")
                        .merge(versions.as("s"), "t.report_id = s.report_id AND t." + Lake.VERSION + " <=> s." + Lake.VERSION)
                        .whenNotMatchedBySource().delete()
                        .execute());
            }
        });
    }

    /** Every table's latest version, as recorded in a report commit (report itself excluded). */
    Map<String, Long> tableVersions() {
        Map<String, Long> out = new LinkedHashMap<>();
        for (Table t : Table.values()) {
            if (t != Table.REPORT && lake.exists(t)) out.put(t.tableName, latestVersion(t));
        }
        return out;
    }

    /** The newest commit in the table's log: a listing, no Spark job. */
    long latestVersion(Table t) {
        List<Long> commits = LakeHistory.commits(lake, t);
        if (commits.isEmpty()) throw new IllegalStateException("table " + lake.path(t) + " has no commit");
        return commits.get(commits.size() - 1);
    }

    private Dataset<Row> latest(Table t) {
        return spark.read().format("delta").load(path(t));
    }

    private String path(Table t) {
        return lake.path(t).toString();
    }

    private static void step(String what, Runnable r) {
        boolean trace = Boolean.getBoolean(TRACE_PROPERTY);
        if (trace) System.err.println("lake: " + what);
        r.run();
        if (trace) System.err.println("lake: done " + what);
    }

    /**
     * Runs a writer's work with every commit tagged by the run's id, so a reader can tell the commits
     * of the run that made its lake version (its clean-up) from those of a later run.
     */
    private void tagged(LakeRun run, Runnable body) {
        spark.conf().set(USER_METADATA, run.tag().toJson());
        try {
            conflictsAreBusy(() -> {
                body.run();
                return null;
            });
        } finally {
            spark.conf().unset(USER_METADATA);
        }
    }

    /** Delta's optimistic conflicts (a writer that did not take the lock) end in the busy line, not a stack trace. */
    private <T> T conflictsAreBusy(Supplier<T> body) {
        try {
            return body.get();
        } catch (ConcurrentModificationException e) {
            throw new LakeBusyException("another writer changed " + lake.name() + " while this run wrote it; try again later");
        }
    }
}
