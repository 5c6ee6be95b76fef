package org.stations.cli;

import org.apache.spark.sql.SparkSession;
import org.stations.bench.BenchJob;
import org.stations.summary.SummaryJob;
import org.stations.util.SparkSessions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.time.YearMonth;
import java.util.concurrent.Callable;

@Command(name = "all", mixinStandardHelpOptions = true,
        description = {"ingest + bench + summary on one Spark session: reports → lake → benchmark tables and charts →",
                "the monthly summary of the latest month with evaluations in the lake."})
public final class AllCommand implements Callable<Integer> {
    @Mixin CommonOptions common;
    @Mixin OutOptions output;

    @Mixin InputOptions input;

    @Mixin WaitOptions waiting;


    @Override
    public Integer call() throws Exception {
        SparkSession spark = SparkSessions.create("stations all", common.master);
        IngestCommand.run(spark, input.inputs, common.lake, waiting.seconds);
        BenchJob.Result result = BenchJob.run(spark, common.lake, output.out);
        System.out.println("lake tables:      " + common.lake + "/<table>  (bin/stations sql --lake " + common.lake + " \"SELECT …\")");
        System.out.println("benchmark tables: " + result.benchDir() + "  (" + String.join(", ", result.tables()) + ")");
        System.out.println("charts:           " + result.chartsDir() + "  (" + result.charts().size() + " files: PNG and SVG)");
        // the latest month is the one a scheduled run has just received; others: bin/stations summary --month
        YearMonth month = SummaryJob.latestMonth(spark, common.lake);
        if (month == null) {
            System.out.println("summary:          none (no report in the lake states a date)");
        } else {
            SummaryJob.Result summary = SummaryJob.run(spark, common.lake, output.out, month, null);
            System.out.println("summary:          " + summary.html() + "  (latest month with evaluations, " + month + ": "
                    + summary.reports() + (summary.reports() == 1 ? " report" : " reports") + "; also " + summary.markdown().getFileName() + ")");
        }
        return 0;
    }
}
