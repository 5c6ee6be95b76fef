package org.stations.ingest;

import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stations.Seeds;
import org.stations.SparkTestBase;
import org.stations.lake.Lake;
import org.stations.perf.HostileText;
import org.stations.read.HostileFiles;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The hostile files, a report with a megabyte line and a few damaged seeds through `stations ingest` in a JVM of its own,
 * as an operator runs it: exit 0, not one stack trace on stderr (the libraries' own log lines included), each hostile
 * file quarantined with its line, and every input either in the lake or in quarantine.
 */
class HostileIngestTest extends SparkTestBase {

    @TempDir Path work;

    @Test
    void everyInputEndsInTheLakeOrInQuarantineWithoutAStackTrace() throws Exception {
        Path in = Files.createDirectories(work.resolve("in"));
        Map<Path, String> hostile = new HashMap<>();
        for (HostileFiles.Hostile h : HostileFiles.all()) {
            Files.write(in.resolve(h.name()), h.bytes());
            hostile.put(in.resolve(h.name()), h.reason());
        }
        Path longLine = in.resolve("long-line.txt");
        Files.writeString(longLine, HostileText.LONG_LINE.build(Seeds.text("001"), 1 << 20, 1));
        // the newest file: a mutation of seed 001 read as the same report is then the older revision, not this one
        Files.setLastModifiedTime(longLine, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() + 3_600_000));
        long seed = Properties.seed();
        Random random = new Random(seed);
        for (int i = 0; i < 4; i++) Files.write(in.resolve("mutated-" + i + ".txt"), Mutations.text(random).bytes());
        long inputs;
        try (var files = Files.list(in)) {
            inputs = files.count();
        }
        Path lake = work.resolve("lake");

        Process p = stations("ingest", "--master", "local[2]", "--input", in.toString(), "--lake", lake.toString());
        String out = Files.readString(work.resolve("out.txt")), err = Files.readString(work.resolve("err.txt"));
        String context = "seed " + seed + "\nstdout:\n" + out + "\nstderr:\n" + err;
        assertEquals(0, p.exitValue(), context);
        assertFalse(err.contains("\tat ") || err.contains("Exception") || err.contains(" ERROR "), context);
        for (Map.Entry<Path, String> h : hostile.entrySet()) {
            assertTrue(out.contains("quarantined " + h.getKey() + "  — " + h.getValue() + "\n"), h.getKey() + "\n" + context);
        }

        new Lake(spark(), lake.toString()).registerViews();
        long reports = sql("SELECT count(*) FROM report").get(0).getLong(0);
        long quarantined = sql("SELECT count(*) FROM quarantine").get(0).getLong(0);
        assertEquals(inputs, reports + quarantined, context);
        List<String> flags = new ArrayList<>();
        for (Row r : sql("SELECT q.check FROM quality_flag q JOIN report r USING (report_id) WHERE r.source_file = '" + longLine + "'")) {
            flags.add(r.getString(0));
        }
        assertTrue(flags.contains("long_line"), flags + "\n" + context);
    }

    /** `stations ARGS` in a JVM of its own (Spark's flags from jvm.properties), stdout and stderr to files; waits for it. */
    private Process stations(String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        java.util.Properties jvm = new java.util.Properties();
        try (InputStream props = Files.newInputStream(Path.of("..", "jvm.properties"))) {
            jvm.load(props);
        }
        cmd.addAll(List.of(jvm.getProperty("jvm.options").strip().split("\\s+")));
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), "org.stations.cli.Main"));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectOutput(work.resolve("out.txt").toFile())
                .redirectError(work.resolve("err.txt").toFile()).start();
        p.waitFor();
        return p;
    }
}
