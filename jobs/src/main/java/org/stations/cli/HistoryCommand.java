package org.stations.cli;

import org.apache.spark.sql.SparkSession;
import org.stations.lake.Lake;
import org.stations.lake.LakeHistory;
import org.stations.util.SparkSessions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "history", mixinStandardHelpOptions = true,
        description = {"One line per lake version, oldest first: version, when (UTC), what ran, its inputs and the reports",
                "added, revised and quarantined. sql, bench and summary read a past version with --as-of VERSION|TIMESTAMP."})
public final class HistoryCommand implements Callable<Integer> {
    @Mixin CommonOptions common;

    @Override
    public Integer call() {
        SparkSession spark = SparkSessions.create("stations history", common.master);
        List<String> lines = LakeHistory.lines(new Lake(spark, common.lake));
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        if (lines.isEmpty()) out.println("history: lake " + common.lake + " has no versions yet (run ingest first)");
        lines.forEach(out::println);
        return 0;
    }
}
