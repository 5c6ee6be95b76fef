package org.stations.cli;

import org.apache.spark.sql.SparkSession;
import org.stations.summary.StationPages;
import org.stations.lake.Lake;
import org.stations.summary.SummaryJob;
import org.stations.util.SparkSessions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;

@Command(name = "summary", mixinStandardHelpOptions = true,
        description = {"Monthly regional summary under OUT/summaries/YYYY-MM/ (index.html with its charts, and summary.md):",
                "per district, the reports evaluated that month against the district's and the city's benchmarks.",
                "Needs the benchmark tables of bench under OUT/bench/."})
public final class SummaryCommand implements Callable<Integer> {
    @Mixin CommonOptions common;
    @Mixin OutOptions output;
    @Mixin AsOfOptions version;

    // a String, not a YearMonth: a bad value is then one line from call(), not picocli's usage page
    @Option(names = "--month", required = true, paramLabel = "YYYY-MM|last",
            description = "the month of evaluation_date (of period_end, then contract_end, where a report states none); last = the previous calendar month")
    String month;

    @Option(names = "--district", paramLabel = "区名",
            description = "one district only (written to OUT/summaries/YYYY-MM/<区名>/); default: every district and the city overview")
    String district;

    @Override
    public Integer call() throws Exception {
        YearMonth m = parseMonth(month);
        SparkSession spark = SparkSessions.create("stations summary", common.master);
        print(SummaryJob.run(spark, new Lake(spark, common.lake, version.asOf), output.out, m, district), m);
        // the station pages the summary links to, as of this lake
        StationPages.write(spark, common.lake, output.out, SummaryJob.stations(spark, common.lake, m, district));
        return 0;
    }

    static YearMonth parseMonth(String s) {
        return parseMonth(s, YearMonth.now());
    }

    /**
     * YYYY-MM, or {@code last}: the calendar month before {@code now}, which a run on the 2nd of a month
     * summarises (the month just ended). A month after {@code now} has no evaluations yet: refused, since
     * an empty page for it would look like a month without any.
     */
    static YearMonth parseMonth(String s, YearMonth now) {
        if (s != null && s.strip().equals("last")) return now.minusMonths(1);
        YearMonth m = null;
        try {
            if (s != null && s.strip().matches("\\d{4}-\\d{2}")) m = YearMonth.parse(s.strip());
        } catch (DateTimeParseException e) {
            // falls through to the one-line message
        }
        if (m == null) throw new IllegalArgumentException("--month must be YYYY-MM or last, e.g. 2025-01 (got '" + s + "')");
        if (m.isAfter(now)) throw new IllegalArgumentException("--month " + m + " is in the future (this month is " + now + ")");
        return m;
    }

    static void print(SummaryJob.Result r, YearMonth month) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        if (r.reports() == 0) {
            out.println("summary: no reports evaluated in " + month + " → " + r.html());
        } else {
            out.println("summary " + month + ": " + r.reports() + " reports in " + r.districts().size() + " districts ("
                    + String.join(", ", r.districts()) + ") → " + r.html() + " and " + r.markdown().getFileName()
                    + " (" + r.charts().size() / 2 + " charts, PNG and SVG)");
        }
    }
}
