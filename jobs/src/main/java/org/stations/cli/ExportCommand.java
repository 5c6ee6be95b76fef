package org.stations.cli;

import org.apache.spark.sql.SparkSession;
import org.stations.export.ExportJob;
import org.stations.util.SparkSessions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.concurrent.Callable;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"The lake's tables and the benchmark tables under OUT/bench/ as one Excel workbook (.xlsx):",
                "a sheet per table with Chinese headers (the column code in each header's comment), after a 说明 sheet.",
                "With --month and/or --district, only what that monthly (district) summary covers."})
public final class ExportCommand implements Callable<Integer> {
    @Mixin CommonOptions common;
    @Mixin OutOptions output;

    @Option(names = "--xlsx", required = true, paramLabel = "FILE", description = "the workbook to write (replaced whole)")
    Path xlsx;

    @Option(names = "--month", paramLabel = "YYYY-MM", description = "only the reports of that month (as the summary places them), or 'last'")
    String month;

    @Option(names = "--district", paramLabel = "区名", description = "only that district's reports")
    String district;

    @Override
    public Integer call() throws Exception {
        YearMonth m = month == null ? null : SummaryCommand.parseMonth(month);
        SparkSession spark = SparkSessions.create("stations export", common.master);
        ExportJob.Result r = ExportJob.run(spark, common.lake, output.out, xlsx, m, district);
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        long sheets = r.parts().stream().mapToLong(p -> p.sheets().size()).sum() + 1;
        out.println("export: " + sheets + " sheets → " + r.file());
        for (ExportJob.Part p : r.parts()) {
            out.println("  " + String.format("%-24s", p.table()) + String.format("%,9d", p.rows()) + " rows  "
                    + (p.sheets().isEmpty() ? "no sheet" : String.join(", ", p.sheets())) + (p.note().isEmpty() ? "" : "  (" + p.note() + ")"));
        }
        return 0;
    }
}
