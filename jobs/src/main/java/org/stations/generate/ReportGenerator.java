package org.stations.generate;

import org.stations.model.ReportType;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;

/**
 * Writes a synthetic city of evaluation reports under {@code OUT/reports/} and, beside them,
 * {@code OUT/truth.jsonl}: per station and contract year a 中期 and a 末期 report in the station's
 * evaluator layout, and for one station in ten a 绩效评价报告 too. The same options and seed give the same
 * files. Work is streamed in chunks of station-years over several threads; truth lines are written in
 * report order as chunks complete, so memory does not grow with the corpus.
 */
public final class ReportGenerator {

    public static final String REPORTS_DIR = "reports";
    public static final String TRUTH_FILE = "truth.jsonl";
    public static final List<String> FORMATS = List.of("txt", "docx", "pdf");

    private static final int STATION_YEARS_PER_CHUNK = 32;
    private static final Pattern GENERATED_NAME = Pattern.compile("s\\d{5,}_\\d{4}_(midterm|final|performance)\\.(txt|docx|pdf)");
    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * @param stations number of stations, spread over the city's districts in the real proportions
     * @param years    contract years per station; the last starts in 2024
     * @param formats  subset of txt, docx, pdf; each report gets one of them, chosen by the seed
     */
    public record Options(int stations, int years, long seed, Path out, List<String> formats, City city, int threads) {
        public Options {
            if (stations < 1) throw new IllegalArgumentException("--stations must be at least 1");
            if (years < 1 || years > 20) throw new IllegalArgumentException("--years must be between 1 and 20");
            if (formats.isEmpty()) throw new IllegalArgumentException("--formats needs at least one of txt, docx, pdf");
            for (String f : formats) {
                if (!FORMATS.contains(f)) throw new IllegalArgumentException("unknown format '" + f + "' (txt, docx, pdf)");
            }
            formats = List.copyOf(formats);
            threads = Math.max(1, threads);
        }
    }

    /** @param note a remark for the user (pdf fell back to docx), or null */
    public record Result(long reports, long txt, long docx, long pdf, long contradictions, Path reportsDir, Path truth,
                         String note) {}

    private ReportGenerator() {}

    public static Result generate(Options o) throws IOException {
        Path reportsDir = o.out().resolve(REPORTS_DIR);
        Files.createDirectories(reportsDir);
        clearGenerated(reportsDir);
        boolean pdfFallback = o.formats().contains("pdf") && !PdfRenderer.available();
        List<City.District> districts = o.city().allocate(o.stations());
        long stationYears = (long) o.stations() * o.years();
        AtomicLong[] counts = {new AtomicLong(), new AtomicLong(), new AtomicLong(), new AtomicLong()};
        long reports = 0;
        Path truth = o.out().resolve(TRUTH_FILE);
        ExecutorService pool = Executors.newFixedThreadPool(o.threads(), r -> {
            Thread t = new Thread(r, "generate");
            t.setDaemon(true);
            return t;
        });
        try (BufferedWriter w = Files.newBufferedWriter(truth, StandardCharsets.UTF_8)) {
            Deque<Future<Chunk>> inFlight = new ArrayDeque<>();
            for (long from = 0; from < stationYears || !inFlight.isEmpty(); ) {
                while (from < stationYears && inFlight.size() < o.threads() * 4) {
                    long start = from;
                    long end = Math.min(stationYears, from + STATION_YEARS_PER_CHUNK);
                    inFlight.add(pool.submit(() -> chunk(o, districts, start, end, reportsDir, pdfFallback, counts)));
                    from = end;
                }
                Chunk done = inFlight.removeFirst().get();
                w.write(done.truthLines);
                reports += done.reports;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("generation interrupted", e);
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof UncheckedIOException u) throw u.getCause();
            if (c instanceof RuntimeException r) throw r;
            throw new IOException(c.getMessage(), c);
        } finally {
            pool.shutdownNow();
        }
        String note = pdfFallback ? "no embeddable CJK TrueType font (install fonts-wqy-microhei or set STATIONS_CJK_FONT): "
                + "reports chosen for pdf were written as docx" : null;
        return new Result(reports, counts[0].get(), counts[1].get(), counts[2].get(), counts[3].get(), reportsDir, truth, note);
    }

    private record Chunk(String truthLines, long reports) {}

    /** Station-years [from, to): station = index / years, year = index % years. */
    private static Chunk chunk(Options o, List<City.District> districts, long from, long to, Path dir, boolean pdfFallback,
                               AtomicLong[] counts) {
        StringBuilder truth = new StringBuilder();
        long n = 0;
        Station station = null;
        for (long sy = from; sy < to; sy++) {
            int s = (int) (sy / o.years());
            int y = (int) (sy % o.years());
            if (station == null || station.index() != s) station = Station.of(s, o.city(), districts.get(s), o.seed());
            List<ReportType> types = new ArrayList<>(List.of(ReportType.MIDTERM, ReportType.FINAL));
            if (s % 10 == 2) types.add(ReportType.PERFORMANCE);
            for (ReportType type : types) {
                ReportFacts f = FactsSampler.draw(o.seed(), station, y, o.years(), type);
                String format = chooseFormat(o, f, pdfFallback);
                String file = fileName(station, f) + "." + format;
                try {
                    write(Composer.compose(f), format, dir.resolve(file));
                    truth.append(JSON.writeValueAsString(TruthRecord.of(f, file))).append('\n');
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                counts[switch (format) { case "txt" -> 0; case "docx" -> 1; default -> 2; }].incrementAndGet();
                if (!f.contradictions.isEmpty()) counts[3].incrementAndGet();
                n++;
            }
        }
        return new Chunk(truth.toString(), n);
    }

    static String fileName(Station st, ReportFacts f) {
        return String.format(Locale.ROOT, "s%05d_%d_%s", st.index(), f.year, f.type.code);
    }

    private static String chooseFormat(Options o, ReportFacts f, boolean pdfFallback) {
        SplittableRandom r = new SplittableRandom(Mix.of(o.seed(), 0x666dL, f.station.index(), f.year, f.type.ordinal()));
        String format = o.formats().get(r.nextInt(o.formats().size()));
        return format.equals("pdf") && pdfFallback ? "docx" : format;
    }

    static void write(Doc d, String format, Path file) throws IOException {
        switch (format) {
            case "txt" -> Files.writeString(file, TxtRenderer.render(d), StandardCharsets.UTF_8);
            case "docx" -> { try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) { DocxRenderer.render(d, out); } }
            case "pdf" -> { try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) { PdfRenderer.render(d, out); } }
            default -> throw new IllegalArgumentException(format);
        }
    }

    /** Removes reports a previous run left, so the folder holds exactly what truth.jsonl describes. */
    private static void clearGenerated(Path dir) throws IOException {
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir)) {
            for (Path p : ds) if (GENERATED_NAME.matcher(p.getFileName().toString()).matches()) Files.delete(p);
        }
    }
}
