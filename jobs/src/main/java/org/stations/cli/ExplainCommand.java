package org.stations.cli;

import org.stations.extract.ExtractedReport;
import org.stations.extract.NotAReportException;
import org.stations.extract.ReportExtractor;
import org.stations.read.ReaderRegistry;
import org.stations.read.UnreadableInputException;
import org.stations.util.Hashing;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

/**
 * What extraction reads from each report, field by field with the sentence or row it came from. Runs the extractor
 * in this JVM (no Spark session): the analyst's "why is this total missing?" and the developer's debugging tool.
 */
@Command(name = "explain", mixinStandardHelpOptions = true,
        description = "Shows what extraction reads from each report: every field with its value and the sentence or "
                + "table row it came from, what was not found, and the quality flags.")
public final class ExplainCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "report files (txt/docx/pdf) or folders of them")
    List<String> files;

    @Option(names = "--format", description = "text or json (one JSON object per line and report) (default: ${DEFAULT-VALUE})",
            defaultValue = "text")
    Format format;

    enum Format { text, json }

    @Override
    public Integer call() throws IOException {
        // as ingest: a name that does not exist is bad usage (exit 2) before anything is read
        List<Path> inputs = list(files);
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        boolean first = true;
        for (Path f : inputs) {
            ExtractedReport r;
            try {
                r = extract(f);
            } catch (Problem p) {
                // as ingest quarantines it: one line, and the other files still get explained
                err.println("explain: " + f + ": " + p.getMessage());
                continue;
            }
            if (format == Format.json) {
                out.println(ExplainRenderer.json(f.toString(), r));
            } else {
                if (!first) out.println();
                out.print(ExplainRenderer.text(f.toString(), r));
            }
            first = false;
        }
        out.flush();
        return 0;
    }

    /** Why a file could not be explained, as one line. */
    static final class Problem extends Exception {
        Problem(String reason) { super(reason == null ? "unknown error" : reason.replaceAll("\\s+", " ").strip()); }
    }

    /** Reads and extracts one file as ingest does, so explain shows what the lake would hold and ingest's reasons. */
    static ExtractedReport extract(Path f) throws Problem {
        try {
            ReaderRegistry.checkSize(Files.size(f));
            byte[] bytes = Files.readAllBytes(f);
            String text = ReaderRegistry.toText(f.getFileName().toString(), bytes);
            return ReportExtractor.extract(text, new ReportExtractor.Source(f.toString(), Hashing.sha256Hex(bytes),
                    Files.getLastModifiedTime(f).toInstant(), Instant.now()));
        } catch (UnreadableInputException | NotAReportException e) {
            throw new Problem(e.getMessage());
        } catch (IOException e) {
            throw new Problem("unreadable file: " + e.getMessage());
        } catch (Exception | StackOverflowError e) {
            throw new Problem("extraction failed: " + e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    /** Files as given, folders walked in name order, hidden and _-files skipped (as ingest lists its inputs). */
    static List<Path> list(List<String> names) throws IOException {
        List<Path> out = new ArrayList<>();
        for (String name : names) {
            Path p = Path.of(name);
            if (!Files.exists(p)) throw new IllegalArgumentException("input not found: " + name);
            if (Files.isDirectory(p)) walk(p, out);
            else out.add(p);
        }
        return out;
    }

    private static void walk(Path dir, List<Path> out) throws IOException {
        List<Path> children;
        try (Stream<Path> s = Files.list(dir)) {
            children = s.sorted().toList();
        }
        for (Path c : children) {
            String n = c.getFileName().toString();
            if (n.startsWith(".") || n.startsWith("_")) continue;
            if (Files.isDirectory(c)) walk(c, out);
            else out.add(c);
        }
    }
}
