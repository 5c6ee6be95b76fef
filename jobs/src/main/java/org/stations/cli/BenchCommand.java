package org.stations.cli;

import org.apache.spark.sql.SparkSession;
import org.stations.chart.BenchWithCharts;
import org.stations.lake.Lake;
import org.stations.util.SparkSessions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Benchmark tables (Parquet under OUT/bench/) and charts (PNG and SVG under OUT/charts/).")
public final class BenchCommand implements Callable<Integer> {
    @Mixin CommonOptions common;
    @Mixin OutOptions output;
    @Mixin AsOfOptions version;


    @Override
    public Integer call() throws Exception {
        SparkSession spark = SparkSessions.create("stations bench", common.master);
        BenchWithCharts.Result result = BenchWithCharts.run(spark, new Lake(spark, common.lake, version.asOf), output.out);
        System.out.println("benchmark tables in " + result.benchDir() + ": " + String.join(", ", result.tables()));
        System.out.println("charts in " + result.chartsDir() + ":");
        for (Path p : result.charts()) System.out.println("  " + p.getFileName());
        return 0;
    }
}
