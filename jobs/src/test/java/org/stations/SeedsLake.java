package org.stations;

import org.apache.spark.sql.SparkSession;
import org.stations.bench.BenchJob;
import org.stations.chart.BenchWithCharts;
import org.stations.ingest.IngestJob;
import org.stations.lake.Lake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

/**
 * The five real seeds ingested and benchmarked once per test run, as `bin/stations all` does: for the
 * tests of what researchers read (benchmarks over staffing annexes and findings, the lake API, the shell).
 */
public final class SeedsLake {
    /** Under target/, so that its charts stay to be looked at after the run. */
    public static final Path DIR = Path.of("target", "seeds-lake");
    public static final Path LAKE = DIR.resolve("lake");
    public static final Path OUT = DIR.resolve("out");

    private static boolean built;

    private SeedsLake() {}

    /** Builds the lake and its benchmarks on first call; registers the lake's and benchmarks' views on every call. */
    public static synchronized void use(SparkSession spark) {
        try {
            if (!built) {
                org.apache.commons.io.FileUtils.deleteDirectory(DIR.toFile());
                IngestJob.run(spark, List.of(Seeds.dir().toString()), LAKE.toString());
                BenchWithCharts.run(spark, LAKE.toString(), OUT.toString());
                built = true;
            }
            new Lake(spark, LAKE.toString()).registerViews();
            BenchJob.registerViews(spark, OUT.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
