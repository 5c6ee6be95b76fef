package org.stations.lake;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.stations.model.Table;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The lake root: one Parquet folder per table. A new version of the lake is written aside under
 * {@code _staging/<version>/}, marked ready, then swapped in table by table; a swap interrupted
 * midway is finished the next time the lake is opened, so readers never see a half-written lake.
 */
public final class Lake {
    static final String STAGING = "_staging";
    static final String READY = "_READY";
    static final String RETIRED = "_retired";

    private final SparkSession spark;
    private final Path root;
    private final FileSystem fs;

    public Lake(SparkSession spark, String root) {
        this.spark = spark;
        try {
            Configuration conf = spark.sparkContext().hadoopConfiguration();
            Path p = new Path(root);
            this.fs = p.getFileSystem(conf);
            this.root = fs.makeQualified(p);
            recover();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open lake " + root + ": " + e.getMessage(), e);
        }
    }

    public Path root() { return root; }

    public Path path(Table t) { return new Path(root, t.tableName); }

    public boolean exists(Table t) {
        try {
            return fs.exists(new Path(path(t), "_SUCCESS"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The table as stored, or an empty frame of its schema when the lake does not have it yet. */
    public Dataset<Row> read(Table t) {
        if (!exists(t)) return spark.createDataFrame(java.util.List.of(), t.schema);
        return spark.read().schema(t.schema).parquet(path(t).toString());
    }

    /** Registers every table as a view of its own name. */
    public void registerViews() {
        for (Table t : Table.values()) read(t).createOrReplaceTempView(t.tableName);
    }

    /**
     * Writes all given tables as the next version of the lake and swaps them in. Tables not in
     * {@code tables} are left as they are.
     */
    public void commit(Map<Table, Dataset<Row>> tables) {
        String version = Long.toString(System.currentTimeMillis());
        Path staging = new Path(new Path(root, STAGING), version);
        try {
            for (Map.Entry<Table, Dataset<Row>> e : tables.entrySet()) {
                e.getValue().write().mode("overwrite").parquet(new Path(staging, e.getKey().tableName).toString());
            }
            fs.create(new Path(staging, READY), true).close();
            swap(staging);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write lake " + root + ": " + e.getMessage(), e);
        }
    }

    /** Finishes a swap that a stopped run left ready; drops staging that never became ready. */
    private void recover() throws IOException {
        Path stagingRoot = new Path(root, STAGING);
        if (!fs.exists(stagingRoot)) return;
        Map<String, Path> versions = new LinkedHashMap<>();
        for (FileStatus st : fs.listStatus(stagingRoot)) versions.put(st.getPath().getName(), st.getPath());
        for (Path v : versions.values()) {
            if (fs.exists(new Path(v, READY))) swap(v);
            else fs.delete(v, true);
        }
    }

    private void swap(Path staging) throws IOException {
        Path retired = new Path(new Path(root, RETIRED), staging.getName());
        fs.mkdirs(retired);
        for (FileStatus st : fs.listStatus(staging)) {
            if (!st.isDirectory()) continue;
            String name = st.getPath().getName();
            Path live = new Path(root, name);
            if (fs.exists(live)) fs.rename(live, new Path(retired, name));
            fs.rename(st.getPath(), live);
        }
        fs.delete(staging, true);
        fs.delete(retired, true);
        Path stagingRoot = new Path(root, STAGING);
        if (fs.exists(stagingRoot) && fs.listStatus(stagingRoot).length == 0) fs.delete(stagingRoot, true);
        Path retiredRoot = new Path(root, RETIRED);
        if (fs.exists(retiredRoot) && fs.listStatus(retiredRoot).length == 0) fs.delete(retiredRoot, true);
    }
}
