package org.stations.cli;

import org.apache.spark.sql.SparkSession;
import org.stations.bench.BenchJob;
import org.stations.util.SparkSessions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "all", mixinStandardHelpOptions = true,
        description = "ingest + bench on one Spark session: reports → lake → benchmark tables and charts.")
public final class AllCommand implements Callable<Integer> {
    @Mixin CommonOptions common;
    @Mixin OutOptions output;

    @Mixin InputOptions input;


    @Override
    public Integer call() throws Exception {
        SparkSession spark = SparkSessions.create("stations all", common.master);
        IngestCommand.run(spark, input.inputs, common.lake);
        BenchJob.Result result = BenchJob.run(spark, common.lake, output.out);
        System.out.println("lake tables:      " + common.lake + "/<table>  (bin/stations sql --lake " + common.lake + " \"SELECT …\")");
        System.out.println("benchmark tables: " + result.benchDir() + "  (" + String.join(", ", result.tables()) + ")");
        System.out.println("charts:           " + result.chartsDir() + "  (" + result.charts().size() + " files: PNG and SVG)");
        return 0;
    }
}
