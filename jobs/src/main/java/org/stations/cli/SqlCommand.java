package org.stations.cli;

import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.stations.lake.Lake;
import org.stations.util.SparkSessions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;

@Command(name = "sql", mixinStandardHelpOptions = true,
        description = "Runs Spark SQL over the lake tables (each a view of its own name) and the benchmark tables (views bench_<name>).")
public final class SqlCommand implements Callable<Integer> {
    @Mixin CommonOptions common;
    @Mixin OutOptions output;


    @Option(names = "--format", description = "table, csv or json (JSON Lines) (default: ${DEFAULT-VALUE})", defaultValue = "table")
    Format format;

    @Parameters(arity = "1", paramLabel = "QUERY", description = "SELECT …")
    String query;

    enum Format { table, csv, json }

    @Override
    public Integer call() throws Exception {
        SparkSession spark = SparkSessions.create("stations sql", common.master);
        Lake lake = new Lake(spark, common.lake);
        lake.registerViews();
        registerBenchViews(spark, output.out);
        Dataset<Row> result = spark.sql(query);
        PrintStream ps = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        ResultPrinter.print(result, format.name(), ps);
        ps.flush();
        return 0;
    }

    /** Every Parquet folder under OUT/bench/ becomes the view bench_&lt;folder&gt;. */
    static void registerBenchViews(SparkSession spark, String out) throws java.io.IOException {
        Path bench = new Path(out, "bench");
        FileSystem fs = bench.getFileSystem(spark.sparkContext().hadoopConfiguration());
        if (!fs.exists(bench)) return;
        for (FileStatus st : fs.listStatus(bench)) {
            if (st.isDirectory() && fs.exists(new Path(st.getPath(), "_SUCCESS"))) {
                spark.read().parquet(st.getPath().toString()).createOrReplaceTempView("bench_" + st.getPath().getName());
            }
        }
    }
}
