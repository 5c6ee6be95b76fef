package org.stations.cli;

import org.apache.spark.sql.SparkSession;
import org.stations.lake.Lake;
import org.stations.lake.LakeMaintenance;
import org.stations.util.SparkSessions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.concurrent.Callable;

@Command(name = "vacuum", mixinStandardHelpOptions = true,
        description = {"Deletes the files of lake versions older than --keep-days (they can no longer be read with --as-of)",
                "and rows no report version uses (left by a killed run). history keeps listing every version."})
public final class VacuumCommand implements Callable<Integer> {
    @Mixin CommonOptions common;
    @Mixin WaitOptions waiting;

    @Option(names = "--keep-days", required = true, paramLabel = "DAYS",
            description = "days of history to keep readable with --as-of (0: only the latest version)")
    int keepDays;

    @Override
    public Integer call() {
        if (keepDays < 0) throw new IllegalArgumentException("--keep-days must be 0 or more (got " + keepDays + ")");
        SparkSession spark = SparkSessions.create("stations vacuum", common.master);
        LakeMaintenance.Vacuumed v = LakeMaintenance.vacuum(new Lake(spark, common.lake), keepDays, waiting.seconds, System.err::println);
        System.out.println("vacuum: " + common.lake + ": " + v.filesDeleted() + " files deleted from " + v.tables()
                + " tables; versions from the last " + keepDays + (keepDays == 1 ? " day" : " days") + " stay readable with --as-of");
        return 0;
    }
}
