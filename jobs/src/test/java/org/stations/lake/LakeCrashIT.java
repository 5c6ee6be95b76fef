package org.stations.lake;

import org.apache.commons.io.FileUtils;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stations.Seeds;
import org.stations.SparkTestBase;
import org.stations.ingest.IngestJob;
import org.stations.model.Table;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Crash safety, with real SIGKILLs: an ingest of a second batch (a new report, a revision and a bad
 * file: {@link TwoBatches}) runs in its own JVM and is killed at moments named by its commit trace, inside the child tables'
 * MERGEs, inside the report commit (the commit point), and after it, inside the clean-up. After each kill
 * the lake reads as the first batch or as both, every table of one version, and a re-run ends with
 * exactly the content of an uninterrupted run. Two ingests started together end as both batches, or one
 * batch and a busy line with exit 3.
 * Not in {@code mvn test} (about two minutes of JVM starts): {@code .ci/run} runs it after the suite.
 */
class LakeCrashIT extends SparkTestBase {
    @TempDir static Path work;
    static Path firstBatch, secondBatch, oldLake;
    static String oldContent, newContent;

    @BeforeAll
    static void batchesAndTheirLakes() throws Exception {
        TwoBatches b = TwoBatches.write(work);
        firstBatch = b.first();
        secondBatch = b.second();

        oldLake = work.resolve("old");
        IngestJob.run(spark(), List.of(firstBatch.toString()), oldLake.toString());
        oldContent = content(oldLake);
        Path reference = copy(oldLake, "reference");
        IngestJob.run(spark(), List.of(secondBatch.toString()), reference.toString());
        newContent = content(reference);
        assertNotEquals(oldContent, newContent);
    }

    /** Each moment: the trace line after which the ingest is killed. */
    static final List<String> MOMENTS = List.of(
            "lake: appending indicator",       // inside a child table's commit
            "lake: done merging quarantine",   // every child committed, report not yet
            "lake: merging report",            // inside the commit point
            "lake: done merging report",       // committed, superseded rows not yet dropped
            "lake: cleaning finding");         // inside the clean-up

    @Test
    void killed_at_any_moment_the_lake_is_old_or_new_and_a_rerun_completes_it() throws Exception {
        List<String> seen = new ArrayList<>();
        for (String moment : MOMENTS) {
            Path lake = copy(oldLake, "kill-" + MOMENTS.indexOf(moment));
            Process p = ingest(lake, secondBatch, true);
            boolean killed = killAt(p, moment);
            assertTrue(killed, "the run never reached '" + moment + "'");
            String after = content(lake);
            assertTrue(after.equals(oldContent) || after.equals(newContent),
                    "killed at '" + moment + "': neither the old nor the new lake\n" + after);
            seen.add(moment + " → " + (after.equals(oldContent) ? "old" : "new"));
            List<String> notices = new ArrayList<>();
            IngestJob.run(spark(), List.of(secondBatch.toString()), lake.toString(), new IngestJob.Listener() {
                @Override public void notice(String line) { notices.add(line); }
            }, 0);
            assertEquals(1, notices.size(), "the killed run's lock is taken over with a line");
            assertEquals(newContent, content(lake), "re-run after a kill at '" + moment + "'");
        }
        System.out.println("crash moments: " + seen);
        // the commit point splits them: before it old, after it new
        assertTrue(seen.get(0).endsWith("old") && seen.get(1).endsWith("old"), seen.toString());
        assertTrue(seen.get(3).endsWith("new") && seen.get(4).endsWith("new"), seen.toString());
    }

    @Test
    void two_ingests_at_once_end_as_both_batches_or_one_and_a_busy_line() throws Exception {
        Path lake = work.resolve("together");
        Path third = Files.createDirectories(work.resolve("third"));
        Files.copy(Seeds.file("003"), third.resolve("003.txt"));
        Process a = ingest(lake, firstBatch, false);
        Process b = ingest(lake, third, false);
        String errA = new String(a.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        String errB = new String(b.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(a.waitFor(5, TimeUnit.MINUTES) && b.waitFor(5, TimeUnit.MINUTES));
        List<Integer> codes = List.of(a.exitValue(), b.exitValue());
        long reports = new Lake(spark(), lake.toString()).read(Table.REPORT).count();
        if (codes.equals(List.of(0, 0))) {
            assertEquals(3L, reports, "both batches");
        } else {
            assertTrue(codes.contains(0) && codes.contains(3), codes + "\n" + errA + "\n" + errB);
            String busy = a.exitValue() == 3 ? errA : errB;
            assertTrue(busy.strip().matches("stations: another ingest holds " + java.util.regex.Pattern.quote(lake.toString())
                    + " since \\d\\d:\\d\\d \\(pid \\d+\\); try again later"), busy);
            assertEquals(a.exitValue() == 0 ? 2L : 1L, reports, "the winner's batch, whole");
        }
    }

    /** `stations ingest` in a JVM of its own, with the commit trace on stderr. */
    private static Process ingest(Path lake, Path input, boolean trace) throws IOException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(Arrays.asList(jvmOptions().split("\\s+")));
        if (trace) cmd.add("-D" + LakeWriter.TRACE_PROPERTY + "=true");
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), "org.stations.cli.Main",
                "ingest", "--master", "local[2]", "--input", input.toString(), "--lake", lake.toString()));
        return new ProcessBuilder(cmd).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    }

    /** Kills the process with SIGKILL right after it prints {@code moment}; false when it ended without. */
    private static boolean killAt(Process p, String moment) throws Exception {
        try (BufferedReader err = new BufferedReader(new InputStreamReader(p.getErrorStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = err.readLine()) != null; ) {
                if (line.equals(moment)) {
                    p.destroyForcibly(); // SIGKILL: no shutdown hook, no finally
                    p.waitFor();
                    return true;
                }
            }
        }
        p.waitFor();
        return false;
    }

    private static String jvmOptions() throws IOException {
        Properties p = new Properties();
        try (var in = Files.newInputStream(Path.of("..", "jvm.properties"))) {
            p.load(in);
        }
        return p.getProperty("jvm.options").strip();
    }

    private static Path copy(Path lake, String name) throws IOException {
        Path to = work.resolve(name);
        FileUtils.copyDirectory(lake.toFile(), to.toFile());
        return to;
    }

    /**
     * Every table's rows as a reader sees them, sorted, without the times a run stamps (ingested_at, at):
     * equal strings are equal lakes.
     */
    static String content(Path lake) {
        Lake l = new Lake(spark(), lake.toString());
        TreeMap<String, List<String>> tables = new TreeMap<>();
        for (Table t : Table.values()) {
            Dataset<Row> rows = l.read(t);
            for (String stamp : List.of("ingested_at", "at")) {
                if (Arrays.asList(rows.columns()).contains(stamp)) rows = rows.drop(stamp);
            }
            List<String> lines = new ArrayList<>();
            for (Row r : rows.collectAsList()) lines.add(r.toString());
            lines.sort(null);
            tables.put(t.tableName, lines);
        }
        StringBuilder sb = new StringBuilder();
        tables.forEach((t, lines) -> sb.append(t).append(": ").append(lines.size()).append(" rows\n")
                .append(String.join("\n", lines)).append('\n'));
        return sb.toString();
    }
}
