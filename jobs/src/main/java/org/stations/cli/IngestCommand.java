package org.stations.cli;

import org.apache.spark.sql.SparkSession;
import org.stations.ingest.IngestJob;
import org.stations.util.SparkSessions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = "Reads reports (txt/docx/pdf files or folders) into the lake; a bad input is quarantined and the run goes on.")
public final class IngestCommand implements Callable<Integer> {
    @Mixin CommonOptions common;

    @Mixin InputOptions input;

    @Mixin WaitOptions waiting;

    /** Above this many inputs, progress and the problems only, not a line per file. */
    static final int QUIET_ABOVE = 200;

    @Override
    public Integer call() throws Exception {
        SparkSession spark = SparkSessions.create("stations ingest", common.master);
        run(spark, input.inputs, common.lake, waiting.seconds);
        return 0;
    }

    static IngestJob.Summary run(SparkSession spark, List<String> inputs, String lake, long waitSeconds) throws java.io.IOException {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        IngestJob.Summary s = IngestJob.run(spark, inputs, lake, new IngestJob.Listener() {
            long total;
            @Override public void started(long files) { total = files; }
            @Override public void progress(long processed) {
                if (total > QUIET_ABOVE) err.print("\ringest: " + processed + "/" + total + " files read");
            }
            @Override public boolean wants(IngestJob.Status status) {
                return total <= QUIET_ABOVE || status == IngestJob.Status.quarantined;
            }
            @Override public void outcome(IngestJob.Outcome o) { out.println(line(o)); }
            @Override public void notice(String line) { err.println(line); }
        }, waitSeconds);
        if (s.inputs() > QUIET_ABOVE) err.println();
        out.printf("ingest: %d inputs: %d ingested, %d revised, %d unchanged, %d duplicate, %d quarantined → %s%n",
                s.inputs(), s.count(IngestJob.Status.ingested), s.count(IngestJob.Status.revised),
                s.count(IngestJob.Status.unchanged), s.count(IngestJob.Status.duplicate),
                s.count(IngestJob.Status.quarantined), lake);
        return s;
    }

    static String line(IngestJob.Outcome o) {
        StringBuilder sb = new StringBuilder(String.format("%-11s %s", o.status(), o.sourceFile()));
        if (o.reportId() != null) sb.append("  report ").append(o.reportId());
        if (o.reason() != null) sb.append("  — ").append(o.reason());
        return sb.toString();
    }
}
