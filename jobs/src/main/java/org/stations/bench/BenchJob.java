package org.stations.bench;

import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.SparkSession;
import org.stations.lake.Lake;
import org.stations.model.Table;

import java.io.IOException;
import java.util.List;

/**
 * Computes every benchmark from the lake into OUT/bench/&lt;name&gt;/ (Parquet), each left registered as the view
 * bench_&lt;name&gt;. The charts are drawn from these outputs (chart/BenchWithCharts); nothing here draws.
 */
public final class BenchJob {
    static final List<Benchmark> BENCHMARKS = Benchmarks.ALL;

    /** Where the run wrote its tables. */
    public record Result(String benchDir, List<String> tables) {}

    private BenchJob() {}

    /** The benchmarks in the order they run (the data dictionary documents them in this order). */
    public static List<Benchmark> benchmarks() { return BENCHMARKS; }

    public static Result run(SparkSession spark, String lakeDir, String outDir) throws IOException {
        return run(spark, new Lake(spark, lakeDir), outDir);
    }

    /** @param lake the lake at the version to compute from (the latest, or one named by --as-of) */
    public static Result run(SparkSession spark, Lake lake, String outDir) throws IOException {
        if (!lake.exists(Table.REPORT)) {
            throw new IllegalArgumentException("no report table in lake " + lake.name() + " (run ingest first)");
        }
        lake.registerViews();
        Path benchDir = new Path(outDir, "bench");
        for (Benchmark b : BENCHMARKS) {
            String path = new Path(benchDir, b.name()).toString();
            b.compute(spark).write().mode("overwrite").parquet(path);
            // later benchmarks and the charts read what was written, not a recomputation
            spark.read().parquet(path).createOrReplaceTempView("bench_" + b.name());
        }
        writeLakeVersion(spark, benchDir, lake.version().reportVersion());
        return new Result(benchDir.toString(), BENCHMARKS.stream().map(Benchmark::name).toList());
    }

    /** The lake version the tables under OUT/bench/ were computed from: a summary of another version refuses them. */
    static final String LAKE_VERSION_FILE = "_lake_version";

    private static void writeLakeVersion(SparkSession spark, Path benchDir, long version) throws IOException {
        FileSystem fs = benchDir.getFileSystem(spark.sparkContext().hadoopConfiguration());
        try (var out = fs.create(new Path(benchDir, LAKE_VERSION_FILE), true)) {
            out.write(Long.toString(version).getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        }
    }

    /** The lake version bench last computed OUT/bench/ from; null when unknown (written before it was recorded). */
    public static Long lakeVersion(SparkSession spark, String out) throws IOException {
        Path file = new Path(new Path(out, "bench"), LAKE_VERSION_FILE);
        FileSystem fs = file.getFileSystem(spark.sparkContext().hadoopConfiguration());
        if (!fs.exists(file)) return null;
        try (var in = fs.open(file)) {
            String s = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.US_ASCII).strip();
            return s.matches("\\d+") ? Long.valueOf(s) : null;
        }
    }

    /** Every Parquet folder under OUT/bench/ becomes the view bench_&lt;folder&gt;; returns the names registered. */
    public static List<String> registerViews(SparkSession spark, String out) throws IOException {
        Path bench = new Path(out, "bench");
        FileSystem fs = bench.getFileSystem(spark.sparkContext().hadoopConfiguration());
        List<String> names = new java.util.ArrayList<>();
        if (!fs.exists(bench)) return names;
        for (FileStatus st : fs.listStatus(bench)) {
            if (st.isDirectory() && fs.exists(new Path(st.getPath(), "_SUCCESS"))) {
                spark.read().parquet(st.getPath().toString()).createOrReplaceTempView("bench_" + st.getPath().getName());
                names.add(st.getPath().getName());
            }
        }
        return names;
    }
}
