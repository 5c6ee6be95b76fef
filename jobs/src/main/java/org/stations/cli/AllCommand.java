package org.stations.cli;

import org.apache.spark.sql.SparkSession;
import org.stations.chart.BenchWithCharts;
import org.stations.summary.StationPages;
import org.stations.summary.SummaryJob;
import org.stations.util.SparkSessions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.time.YearMonth;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "all", mixinStandardHelpOptions = true,
        description = {"ingest + bench + summary on one Spark session: reports → lake → benchmark tables and charts →",
                "the monthly summary of the latest month with evaluations in the lake."})
public final class AllCommand implements Callable<Integer> {
    @Mixin CommonOptions common;
    @Mixin OutOptions output;

    @Mixin InputOptions input;

    @Option(names = "--month", paramLabel = "YYYY-MM|last",
            description = "the month to summarise; last = the previous calendar month (the monthly timer's); default: the latest month with evaluations")
    String month;
    @Mixin WaitOptions waiting;


    @Override
    public Integer call() throws Exception {
        // a bad --month is refused before the long ingest, not after it
        YearMonth asked = month == null ? null : SummaryCommand.parseMonth(month);
        SparkSession spark = SparkSessions.create("stations all", common.master);
        IngestCommand.run(spark, input.inputs, common.lake, waiting.seconds);
        BenchWithCharts.Result result = BenchWithCharts.run(spark, common.lake, output.out);
        System.out.println("lake tables:      " + common.lake + "/<table>  (bin/stations sql --lake " + common.lake + " \"SELECT …\")");
        System.out.println("benchmark tables: " + result.benchDir() + "  (" + String.join(", ", result.tables()) + ")");
        System.out.println("charts:           " + result.chartsDir() + "  (" + result.charts().size() + " files: PNG and SVG)");
        // without --month, the latest month with evaluations; the monthly timer asks for the month just ended
        YearMonth month = asked != null ? asked : SummaryJob.latestMonth(spark, common.lake);
        if (month == null) {
            System.out.println("summary:          none (no report in the lake states a date)");
        } else {
            SummaryJob.Result summary = SummaryJob.run(spark, common.lake, output.out, month, null);
            System.out.println("summary:          " + summary.html() + "  (" + (asked == null ? "latest month with evaluations, " : "") + month + ": "
                    + summary.reports() + (summary.reports() == 1 ? " report" : " reports") + "; also " + summary.markdown().getFileName() + ")");
        }
        List<java.nio.file.Path> pages = StationPages.write(spark, common.lake, output.out, null);
        System.out.println("station pages:    " + java.nio.file.Path.of(output.out, "stations") + "  (" + pages.size() + " stations)");
        return 0;
    }
}
