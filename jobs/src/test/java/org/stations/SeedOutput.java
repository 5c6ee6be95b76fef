package org.stations;

import org.stations.bench.Benchmark;
import org.stations.bench.Benchmarks;
import org.stations.generate.City;
import org.stations.generate.ReportGenerator;
import org.stations.ingest.IngestJob;
import org.stations.lake.Lake;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A lake of the five real seed reports (evaluated 2024-03 流花街, 2024-06 云城街, 2025-01 金花街, 2025-02
 * 市桥街东西片; 中南街 states no evaluation date, its period ends 2022-08-31) beside three synthetic
 * stations (generator seed 5), with the four benchmark tables the summary reads. Built once per test
 * JVM and shared by the summary, export and station-page tests: ingest is the slow part.
 */
public final class SeedOutput extends SparkTestBase {
    /** Under target/ rather than a temp dir, so the pages stay to be looked at after the run. */
    public static final Path DIR = Path.of("target", "summary-test");
    public static final String LAKE = DIR.resolve("lake").toString();
    public static final String OUT = DIR.resolve("out").toString();
    private static boolean built;

    private SeedOutput() {}

    public static synchronized void ensure() throws Exception {
        if (built) return;
        org.apache.commons.io.FileUtils.deleteDirectory(DIR.toFile());
        Path in = Files.createDirectories(DIR.resolve("in"));
        for (String s : List.of("000", "001", "002", "003", "004")) Files.copy(Seeds.file(s), in.resolve(s + ".txt"));
        // seed 5, 3 stations: 模拟红星街 (荔湾区) 中期 evaluated 2025-01-06; 模拟绿星街 (天河区) 末期 2025-02-12;
        // 模拟金星街 (白云区) 中期 2025-02-24
        ReportGenerator.Result gen = ReportGenerator.generate(new ReportGenerator.Options(3, 1, 5, DIR.resolve("gen"),
                List.of("txt"), City.GUANGZHOU, 1));
        IngestJob.run(spark(), List.of(in.toString(), gen.reportsDir().toString()), LAKE);
        // the four benchmark tables a summary reads, without the rest of bench and its charts (BenchJobTest's)
        new Lake(spark(), LAKE).registerViews();
        for (Benchmark b : Benchmarks.ALL.stream().filter(x -> List.of("retention", "completion", "party_share", "staff_survival")
                .contains(x.name())).toList()) {
            b.compute(spark()).write().mode("overwrite").parquet(Path.of(OUT, "bench", b.name()).toString());
        }
        built = true;
    }
}
