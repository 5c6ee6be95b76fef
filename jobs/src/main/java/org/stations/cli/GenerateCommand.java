package org.stations.cli;

import org.stations.generate.City;
import org.stations.generate.ReportGenerator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "generate", mixinStandardHelpOptions = true,
        description = {"Writes a synthetic city of evaluation reports (OUT/reports/) in the seed reports' layouts, and OUT/truth.jsonl:",
                "what a correct extractor must find in each. Every report's first line marks it 【合成数据 SYNTHETIC】."})
public final class GenerateCommand implements Callable<Integer> {

    @Option(names = "--stations", description = "number of stations (default: the city's real count, 176 for guangzhou)")
    Integer stations;

    @Option(names = "--years", description = "contract years per station, each with a 中期 and a 末期 report (default: ${DEFAULT-VALUE})",
            defaultValue = "1")
    int years;

    @Option(names = "--seed", description = "random seed; the same seed gives the same files (default: ${DEFAULT-VALUE})", defaultValue = "1")
    long seed;

    @Option(names = "--out", description = "output folder (default: ${DEFAULT-VALUE}; kept apart from data/reports, the real samples)",
            defaultValue = "data/synthetic")
    Path out;

    @Option(names = "--formats", description = "comma-separated mix of txt, docx, pdf (default: ${DEFAULT-VALUE})", defaultValue = "txt")
    String formats;

    @Option(names = "--city", description = "city whose districts the stations spread over (default: ${DEFAULT-VALUE})",
            defaultValue = "guangzhou")
    String city;

    @Option(names = "--threads", description = "writer threads (default: all cores)")
    Integer threads;

    @Override
    public Integer call() throws Exception {
        City c = City.byCode(city);
        List<String> fs = Arrays.stream(formats.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        int n = stations != null ? stations : c.realStations();
        int t = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        long started = System.nanoTime();
        ReportGenerator.Result r = ReportGenerator.generate(new ReportGenerator.Options(n, years, seed, out, fs, c, t));
        double secs = (System.nanoTime() - started) / 1e9;
        System.out.printf("generated %d reports (txt %d, docx %d, pdf %d; %d with a planted contradiction) in %.1f s%n",
                r.reports(), r.txt(), r.docx(), r.pdf(), r.contradictions(), secs);
        System.out.println("reports: " + r.reportsDir());
        System.out.println("truth:   " + r.truth());
        Path base = r.reportsDir().getParent();
        System.out.println("next:    bin/stations all --input " + r.reportsDir() + " --lake " + base.resolve("lake")
                + " --out " + base.resolve("out"));
        if (r.note() != null) System.err.println("stations generate: " + r.note());
        return 0;
    }
}
