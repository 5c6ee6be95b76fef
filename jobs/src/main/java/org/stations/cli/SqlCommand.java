package org.stations.cli;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.stations.bench.BenchJob;
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
    @Mixin AsOfOptions version;


    @Option(names = "--format", description = "table, csv or json (JSON Lines) (default: ${DEFAULT-VALUE})", defaultValue = "table")
    Format format;

    @Parameters(arity = "1", paramLabel = "QUERY", description = "SELECT …")
    String query;

    enum Format { table, csv, json }

    @Override
    public Integer call() throws Exception {
        SparkSession spark = SparkSessions.create("stations sql", common.master);
        Lake lake = new Lake(spark, common.lake, version.asOf);
        lake.registerViews();
        BenchJob.registerViews(spark, output.out);
        Dataset<Row> result = spark.sql(query);
        PrintStream ps = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        ResultPrinter.print(result, format.name(), ps);
        ps.flush();
        return 0;
    }
}
