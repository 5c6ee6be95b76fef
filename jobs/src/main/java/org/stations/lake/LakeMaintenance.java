package org.stations.lake;

import io.delta.tables.DeltaTable;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.SparkSession;
import org.stations.model.Table;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Consumer;

/** vacuum: keeps a stated number of days of history, drops what no version uses. */
public final class LakeMaintenance {
    private LakeMaintenance() {}

    public record Vacuumed(int tables, long filesDeleted) {}

    private static final String LISTING_TASKS = "spark.sql.sources.parallelPartitionDiscovery.parallelism";

    /**
     * Under the writer's lock: drops child rows no report version owns, records the result as a lake
     * version (so the latest version refers only to live files), then deletes files that no version of
     * the last {@code keepDays} days refers to.
     */
    public static Vacuumed vacuum(Lake lake, int keepDays, long waitSeconds, Consumer<String> notice) {
        if (!lake.exists(Table.REPORT)) throw new IllegalArgumentException("no report table in lake " + lake.name() + " (run ingest first)");
        SparkSession spark = lake.spark();
        try (LakeLock lock = LakeLock.acquire(lake, "vacuum", waitSeconds, notice)) {
            LakeWriter writer = new LakeWriter(lake);
            LakeRun run = LakeRun.of("vacuum").keptDays(keepDays);
            writer.dropOrphans(run);
            writer.record(run);
            // Delta refuses less than 7 days unless told: the operator states the number here
            spark.conf().set("spark.databricks.delta.retentionDurationCheck.enabled", "false");
            // VACUUM would otherwise add versions of its own to the report table's history
            spark.conf().set("spark.databricks.delta.vacuum.logging.enabled", "false");
            // VACUUM lists a table's files in this many tasks, 10,000 by default: minutes of empty tasks per small table
            boolean ownListing = !spark.conf().contains(LISTING_TASKS);
            if (ownListing) spark.conf().set(LISTING_TASKS, String.valueOf(Math.max(2, spark.sparkContext().defaultParallelism())));
            int tables = 0;
            long deleted = 0;
            try {
                for (Table t : Table.values()) {
                    if (!lake.exists(t)) continue;
                    long before = dataFiles(lake, lake.path(t));
                    DeltaTable.forPath(spark, lake.path(t).toString()).vacuum(keepDays * 24.0);
                    deleted += before - dataFiles(lake, lake.path(t));
                    tables++;
                }
            } finally {
                spark.conf().unset("spark.databricks.delta.retentionDurationCheck.enabled");
                spark.conf().unset("spark.databricks.delta.vacuum.logging.enabled");
                if (ownListing) spark.conf().unset(LISTING_TASKS);
            }
            return new Vacuumed(tables, deleted);
        }
    }

    /** Files of a table outside its log (data and deletion vectors). */
    private static long dataFiles(Lake lake, Path dir) {
        try {
            long n = 0;
            for (FileStatus st : lake.fs().listStatus(dir)) {
                if (st.getPath().getName().startsWith("_delta_log")) continue;
                n += st.isDirectory() ? dataFiles(lake, st.getPath()) : 1;
            }
            return n;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir + ": " + e.getMessage(), e);
        }
    }
}
