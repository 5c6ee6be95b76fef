package org.stations.chart;

import org.apache.spark.sql.SparkSession;
import org.stations.bench.BenchJob;
import org.stations.lake.Lake;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** The bench step as the commands run it: the benchmark tables (bench/BenchJob), then the charts drawn from them. */
public final class BenchWithCharts {
    private BenchWithCharts() {}

    /** Where the step wrote its tables and charts. */
    public record Result(String benchDir, List<String> tables, String chartsDir, List<Path> charts) {}

    public static Result run(SparkSession spark, String lakeDir, String outDir) throws IOException {
        return run(spark, new Lake(spark, lakeDir), outDir);
    }

    /** @param lake the lake at the version to compute from (the latest, or one named by --as-of) */
    public static Result run(SparkSession spark, Lake lake, String outDir) throws IOException {
        BenchJob.Result tables = BenchJob.run(spark, lake, outDir);
        Path chartsDir = Path.of(outDir, "charts");
        List<Path> charts = BenchCharts.renderAll(spark, chartsDir);
        return new Result(tables.benchDir(), tables.tables(), chartsDir.toString(), charts);
    }
}
