package org.stations.perf;

import org.stations.extract.ExtractedReport;
import org.stations.extract.NotAReportException;
import org.stations.extract.ReportExtractor;
import org.stations.model.Table;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * {@code perf --hostile}: extraction of a report grown to 1 and 5 MB with each {@link HostileText}, timed in CPU
 * seconds of the whole process (garbage collection included), as MB per CPU-second; the target is at least 1 for every
 * kind and size, so no input costs more than a second of CPU per megabyte. Each text is extracted three times and the
 * least CPU counts: on a machine shared with other builds the same work costs up to twice as much from run to run.
 * Runs without Spark.
 */
public final class HostileBench {
    private HostileBench() {}

    public static final double TARGET_MB_PER_CPU_SECOND = 1.0;
    public static final List<Integer> SIZES_MB = List.of(1, 5);
    private static final int MB = 1024 * 1024;
    /** An untimed run of every kind first, so that the first measured does not pay for class loading and the JIT. */
    private static final int WARM_UP_BYTES = MB;
    private static final int RUNS = 3;

    public record Row(HostileText kind, double mb, double cpuSeconds, String outcome) {
        public double mbPerCpuSecond() { return mb / Math.max(cpuSeconds, 1e-9); }
    }

    public static List<Row> run(String report, List<Integer> sizesMb, long seed, PrintStream out) {
        for (HostileText kind : HostileText.values()) extract(kind.build(report, WARM_UP_BYTES, seed));
        List<Row> rows = new ArrayList<>();
        out.printf("%-13s %6s %10s %14s  %s%n", "kind", "MB", "CPU s", "MB per CPU-s", "outcome");
        for (HostileText kind : HostileText.values()) {
            for (int size : sizesMb) {
                String text = kind.build(report, size * MB, seed);
                double mb = HostileText.utf8Length(text) / (double) MB;
                long least = Long.MAX_VALUE;
                String outcome = null;
                for (int run = 0; run < RUNS; run++) {
                    System.gc(); // the garbage of the run before is not charged to this one
                    long t0 = processCpuNanos();
                    outcome = extract(text);
                    least = Math.min(least, processCpuNanos() - t0);
                }
                Row r = new Row(kind, mb, least / 1e9, outcome);
                rows.add(r);
                out.printf(Locale.ROOT, "%-13s %6.2f %10.2f %14.2f  %s%n", kind.code(), r.mb(), r.cpuSeconds(), r.mbPerCpuSecond(), outcome);
            }
        }
        Row worst = rows.stream().min(Comparator.comparingDouble(Row::mbPerCpuSecond)).orElseThrow();
        out.printf(Locale.ROOT, "worst: %s at %.2f MB, %.2f MB per CPU-second (target ≥ %.0f)%n", worst.kind().code(), worst.mb(),
                worst.mbPerCpuSecond(), TARGET_MB_PER_CPU_SECOND);
        return rows;
    }

    /** What extraction made of the text, in a few words. */
    private static String extract(String text) {
        try {
            ExtractedReport r = ReportExtractor.extract(text, new ReportExtractor.Source("hostile.txt", "", Instant.EPOCH, Instant.EPOCH));
            int check = Table.QUALITY_FLAG.schema.fieldIndex("check");
            List<String> checks = r.rows(Table.QUALITY_FLAG).stream().map(f -> f.getString(check)).distinct().sorted().toList();
            return "report, flags " + checks;
        } catch (NotAReportException e) {
            return e.getMessage();
        }
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }
}
