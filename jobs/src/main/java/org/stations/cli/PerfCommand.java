package org.stations.cli;

import org.apache.spark.sql.SparkSession;
import org.stations.perf.HostileBench;
import org.stations.perf.PerfRunner;
import org.stations.util.SparkSessions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "perf", mixinStandardHelpOptions = true,
        description = {"Times the pipeline on synthetic corpora of N reports (cached in --work): the limit (read + decode + one regex",
                "pass, as a Spark job), ingest, bench (tables and charts), the benchmark tables alone, and peak memory.",
                "With --hostile: extraction of a report grown to 1 and 5 MB with each kind of hostile text, in MB per CPU-second."})
public final class PerfCommand implements Callable<Integer> {

    @Option(names = "--reports", split = ",", description = "corpus sizes (default: ${DEFAULT-VALUE})", defaultValue = "1000,10000,100000")
    List<Integer> reports;

    @Option(names = "--work", description = "folder for corpora, lakes and outputs (default: ${DEFAULT-VALUE})", defaultValue = "data/perf")
    Path work;

    @Option(names = "--seed", description = "generator seed (default: ${DEFAULT-VALUE})", defaultValue = "1")
    long seed;

    @Option(names = "--master", description = "Spark master (default: ${DEFAULT-VALUE})", defaultValue = "local[*]")
    String master;

    @Option(names = "--hostile", description = "time extraction on hostile texts instead (no Spark, no corpus)")
    boolean hostile;

    @Option(names = "--base", description = "with --hostile: the report the hostile texts are grown from (default: ${DEFAULT-VALUE})",
            defaultValue = "data/reports/000_0682475d3b25f555.txt")
    Path base;

    @Override
    public Integer call() throws Exception {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        if (hostile) {
            if (!Files.isRegularFile(base)) throw new IllegalArgumentException("input not found: " + base);
            HostileBench.run(Files.readString(base), HostileBench.SIZES_MB, seed, out);
            return 0;
        }
        for (int n : reports) if (n < 1) throw new IllegalArgumentException("--reports values must be at least 1");
        SparkSession spark = SparkSessions.create("stations perf", master);
        PerfRunner.run(spark, new PerfRunner.Options(reports, work, seed), out);
        return 0;
    }
}
