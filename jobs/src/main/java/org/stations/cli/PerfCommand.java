package org.stations.cli;

import org.apache.spark.sql.SparkSession;
import org.stations.perf.PerfRunner;
import org.stations.util.SparkSessions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "perf", mixinStandardHelpOptions = true,
        description = {"Times the pipeline on synthetic corpora of N reports (cached in --work): the limit (read + decode + one regex",
                "pass, as a Spark job), ingest, bench (tables and charts), the benchmark tables alone, and peak memory."})
public final class PerfCommand implements Callable<Integer> {

    @Option(names = "--reports", split = ",", description = "corpus sizes (default: ${DEFAULT-VALUE})", defaultValue = "1000,10000,100000")
    List<Integer> reports;

    @Option(names = "--work", description = "folder for corpora, lakes and outputs (default: ${DEFAULT-VALUE})", defaultValue = "data/perf")
    Path work;

    @Option(names = "--seed", description = "generator seed (default: ${DEFAULT-VALUE})", defaultValue = "1")
    long seed;

    @Option(names = "--master", description = "Spark master (default: ${DEFAULT-VALUE})", defaultValue = "local[*]")
    String master;

    @Override
    public Integer call() throws Exception {
        for (int n : reports) if (n < 1) throw new IllegalArgumentException("--reports values must be at least 1");
        SparkSession spark = SparkSessions.create("stations perf", master);
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PerfRunner.run(spark, new PerfRunner.Options(reports, work, seed), out);
        return 0;
    }
}
