package org.stations.perf;

import org.stations.bench.BenchJob;
import org.stations.chart.BenchWithCharts;
import org.stations.ingest.IngestJob;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;
import org.stations.generate.City;
import org.stations.generate.ReportGenerator;
import org.stations.lake.Lake;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Measures the pipeline on synthetic corpora of several sizes, in one run: the limit (read, decode and one
 * regex pass over every file, on all cores, as a Spark job), ingest, bench (tables and charts), the benchmark
 * tables alone (bench/BenchJob: the very queries bench runs), and peak memory. Corpora are cached in the work folder. Prints a table and
 * one closing line of ratios.
 */
public final class PerfRunner {

    public static final String[] STEPS = {"generate", "limit", "ingest", "bench", "bench-tables"};

    /** What the limit job looks for: every number, percent or not; one pass per file. */
    private static final Pattern NUMBER = Pattern.compile("\\d+(?:\\.\\d+)?%?");

    public record Options(List<Integer> reports, Path work, long seed) {}

    /** One measured step; seconds null when it could not run (note says why). */
    public record Row(int target, long reports, String step, Double seconds, Double peakHeapMb, String note) {
        Double perSecond() { return seconds == null || seconds <= 0 ? null : reports / seconds; }
    }

    public record Outcome(List<Row> rows, String ratios, long peakRssMb) {}

    private PerfRunner() {}

    public static Outcome run(SparkSession spark, Options o, PrintStream out) throws Exception {
        List<Row> rows = new ArrayList<>();
        List<Integer> sizes = o.reports().stream().sorted().distinct().toList();
        for (int i = 0; i < sizes.size(); i++) rows.addAll(measure(spark, o, sizes.get(i), i == 0));
        String ratios = ratios(rows, sizes);
        long rss = peakRssMb();
        print(rows, ratios, rss, out);
        return new Outcome(rows, ratios, rss);
    }

    /** @param warmUp run the limit job once untimed first, so the first size does not pay for JIT and Spark start-up */
    private static List<Row> measure(SparkSession spark, Options o, int n, boolean warmUp) throws Exception {
        List<Row> rows = new ArrayList<>();
        Path corpus = o.work().resolve("corpus-" + n);
        Path reports = corpus.resolve(ReportGenerator.REPORTS_DIR);

        resetPeaks();
        long t0 = System.nanoTime();
        boolean cached = Files.exists(corpus.resolve(ReportGenerator.TRUTH_FILE));
        if (!cached) {
            // two reports (中期, 末期) per station-year; one station in ten adds a 绩效评价报告
            ReportGenerator.generate(new ReportGenerator.Options(Math.max(1, (n + 1) / 2), 1, o.seed(), corpus,
                    List.of("txt"), City.GUANGZHOU, Runtime.getRuntime().availableProcessors()));
        }
        long count = countFiles(reports);
        rows.add(new Row(n, count, "generate", cached ? null : secs(t0), cached ? null : peakHeapMb(), cached ? "cached" : ""));

        if (warmUp) limitJob(spark, reports.toString());
        resetPeaks();
        t0 = System.nanoTime();
        long numbers = limitJob(spark, reports.toString());
        rows.add(new Row(n, count, "limit", secs(t0), peakHeapMb(), numbers + " numbers matched"));

        Path lake = o.work().resolve("lake-" + n);
        Path outDir = o.work().resolve("out-" + n);
        deleteTree(lake);
        deleteTree(outDir);
        resetPeaks();
        t0 = System.nanoTime();
        IngestJob.run(spark, List.of(reports.toString()), lake.toString());
        rows.add(new Row(n, count, "ingest", secs(t0), peakHeapMb(), ""));

        resetPeaks();
        t0 = System.nanoTime();
        BenchWithCharts.run(spark, lake.toString(), outDir.toString());
        rows.add(new Row(n, count, "bench", secs(t0), peakHeapMb(), "tables and charts"));

        Path tablesOut = o.work().resolve("tables-" + n);
        deleteTree(tablesOut);
        resetPeaks();
        t0 = System.nanoTime();
        BenchJob.run(spark, new Lake(spark, lake.toString()), tablesOut.toString());
        rows.add(new Row(n, count, "bench-tables", secs(t0), peakHeapMb(), BenchJob.benchmarks().size() + " tables to Parquet"));
        return rows;
    }

    /**
     * The ceiling for ingest: every file read, decoded and scanned once, spread over all cores. Files are
     * listed once (paths only) and opened inside the tasks through Hadoop's FileSystem, so it works on HDFS
     * or S3 too. Not binaryFiles, nor FileSystem.listFiles: on the local file system without Hadoop's native
     * library both start a shell per file to read its permissions (17 s and 4 s against 0.1 s for 1,050
     * reports here), which would make the limit no ceiling at all.
     */
    static long limitJob(SparkSession spark, String dir) throws IOException {
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        List<String> files = new ArrayList<>();
        org.apache.hadoop.fs.Path root = new org.apache.hadoop.fs.Path(dir);
        org.apache.hadoop.fs.FileSystem fs = root.getFileSystem(jsc.hadoopConfiguration());
        listFiles(fs, root, files);
        int partitions = Math.max(2, Math.min(files.size(), jsc.defaultParallelism() * 4));
        return jsc.parallelize(files, partitions).mapPartitions(paths -> {
            org.apache.hadoop.conf.Configuration conf = new org.apache.hadoop.conf.Configuration();
            long c = 0;
            while (paths.hasNext()) {
                org.apache.hadoop.fs.Path p = new org.apache.hadoop.fs.Path(paths.next());
                byte[] bytes;
                try (var in = p.getFileSystem(conf).open(p)) {
                    bytes = in.readAllBytes();
                }
                Matcher m = NUMBER.matcher(new String(bytes, StandardCharsets.UTF_8));
                while (m.find()) c++;
            }
            return List.of(c).iterator();
        }).fold(0L, Long::sum);
    }

    /** Paths of all files under {@code dir}; listStatus does not read permissions (listFiles does, per file). */
    private static void listFiles(org.apache.hadoop.fs.FileSystem fs, org.apache.hadoop.fs.Path dir, List<String> out)
            throws IOException {
        for (org.apache.hadoop.fs.FileStatus st : fs.listStatus(dir)) {
            if (st.isDirectory()) listFiles(fs, st.getPath(), out);
            else out.add(st.getPath().toString());
        }
    }

    private static String ratios(List<Row> rows, List<Integer> sizes) {
        int largest = sizes.get(sizes.size() - 1);
        Double limit = perSecond(rows, largest, "limit");
        Double ingest = perSecond(rows, largest, "ingest");
        Double bench = seconds(rows, largest, "bench");
        Double tables = seconds(rows, largest, "bench-tables");
        String share = limit != null && ingest != null ? String.format(Locale.ROOT, "%.1f%%", 100 * ingest / limit) : "n/a";
        String charts = bench != null && tables != null && bench > 0 ? String.format(Locale.ROOT, "%.0f%%", 100 * (bench - tables) / bench) : "n/a";
        // per-report ingest cost at the largest size over each smaller one (the goal: within 1.1× of N=10000)
        StringBuilder scale = new StringBuilder();
        Double costLarge = perReportCost(rows, largest);
        for (int n : sizes) {
            Double cost = perReportCost(rows, n);
            if (n == largest || cost == null || costLarge == null) continue;
            scale.append(scale.length() == 0 ? "" : ", ").append(String.format(Locale.ROOT, "N=%d / N=%d = %.2f×", largest, n, costLarge / cost));
        }
        return "ratios at N=" + largest + ": ingest throughput = " + share + " of the limit; charts' share of bench = " + charts
                + "; ingest cost per report " + (scale.length() == 0 ? "n/a (one size)" : scale);
    }

    private static Double perReportCost(List<Row> rows, int n) {
        for (Row r : rows) if (r.target() == n && r.step().equals("ingest") && r.seconds() != null) return r.seconds() / r.reports();
        return null;
    }

    private static Double perSecond(List<Row> rows, int n, String step) {
        for (Row r : rows) if (r.target() == n && r.step().equals(step)) return r.perSecond();
        return null;
    }

    private static Double seconds(List<Row> rows, int n, String step) {
        for (Row r : rows) if (r.target() == n && r.step().equals(step)) return r.seconds();
        return null;
    }

    static void print(List<Row> rows, String ratios, long rssMb, PrintStream out) {
        out.printf("%8s  %-17s %10s %12s %14s  %s%n", "reports", "step", "seconds", "reports/s", "peak heap MB", "note");
        for (Row r : rows) {
            out.printf(Locale.ROOT, "%8d  %-17s %10s %12s %14s  %s%n", r.reports(), r.step(),
                    r.seconds() == null ? "-" : String.format(Locale.ROOT, "%.2f", r.seconds()),
                    r.perSecond() == null ? "-" : String.format(Locale.ROOT, "%.1f", r.perSecond()),
                    r.peakHeapMb() == null ? "-" : String.format(Locale.ROOT, "%.0f", r.peakHeapMb()), r.note());
        }
        out.println("peak RSS of this process (VmHWM): " + (rssMb < 0 ? "n/a" : rssMb + " MB"));
        out.println(ratios);
    }

    private static double secs(long t0) { return (System.nanoTime() - t0) / 1e9; }

    private static void resetPeaks() {
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) if (p.getType() == MemoryType.HEAP) p.resetPeakUsage();
    }

    /** Sum of the heap pools' peaks since the last reset (an upper bound of the heap's peak). */
    private static double peakHeapMb() {
        long sum = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP && p.getPeakUsage() != null) sum += p.getPeakUsage().getUsed();
        }
        return sum / 1048576.0;
    }

    /** The process's peak resident set from /proc (Linux), -1 elsewhere. */
    static long peakRssMb() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
            }
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
        return -1;
    }

    private static long countFiles(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(Files::isRegularFile).count();
        }
    }

    private static void deleteTree(Path p) throws IOException {
        if (!Files.exists(p)) return;
        try (Stream<Path> s = Files.walk(p)) {
            for (Path x : s.sorted(Comparator.reverseOrder()).toList()) Files.delete(x);
        }
    }
}
