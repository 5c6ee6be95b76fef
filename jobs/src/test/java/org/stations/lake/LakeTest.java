package org.stations.lake;

import org.apache.spark.sql.Row;
import org.apache.spark.storage.StorageLevel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.stations.SparkTestBase;
import org.stations.cli.Main;
import org.stations.ingest.IngestJob;
import org.stations.model.Table;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/**
 * A lake of two runs: 001 流花街 and 004 云城街 (稳岗率 85%), then 002 中南街, a revision of 004 (稳岗率 80%)
 * and an empty file. History, --as-of, the writer's lock and vacuum on it.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LakeTest extends SparkTestBase {
    @TempDir static Path work;
    static Path lake, first, second;

    @BeforeAll
    static void twoRuns() throws Exception {
        lake = work.resolve("lake");
        TwoBatches b = TwoBatches.write(work);
        first = b.first();
        second = b.second();
        IngestJob.run(spark(), List.of(first.toString()), lake.toString());
        IngestJob.run(spark(), List.of(second.toString()), lake.toString());
    }

    private static Lake lake(String asOf) {
        return new Lake(spark(), lake.toString(), asOf);
    }

    private static double yunchengRetention(Lake l) {
        return l.read(Table.REPORT).where("station = '云城街'").select("retention_rate").first().getDouble(0);
    }

    @Test @Order(1)
    void history_has_a_line_per_run_with_its_inputs_and_counts() {
        List<String> lines = LakeHistory.lines(lake(null));
        assertEquals(2, lines.size(), String.join("\n", lines));
        assertTrue(lines.get(0).matches("0    \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d UTC  ingest .*"), lines.get(0));
        assertTrue(lines.get(0).endsWith("inputs " + first + " (2 files)  added 2, revised 0, unchanged 0, quarantined 0 (0 of them duplicates)"),
                lines.get(0));
        assertTrue(lines.get(1).startsWith("1 "), lines.get(1));
        assertTrue(lines.get(1).endsWith("inputs " + second + " (3 files)  added 1, revised 1, unchanged 0, quarantined 1 (0 of them duplicates)"),
                lines.get(1));
    }

    @Test @Order(2)
    void as_of_0_reads_the_first_run_with_its_own_child_rows() {
        Lake v0 = lake("0");
        assertEquals(2L, v0.read(Table.REPORT).count());
        assertEquals(0.85, yunchengRetention(v0));
        assertEquals(0L, v0.read(Table.QUARANTINE).count());
        assertEquals(0L, v0.read(Table.QUALITY_FLAG).where("check = 'revision'").count());
        Lake now = lake(null);
        assertEquals(3L, now.read(Table.REPORT).count());
        assertEquals(0.80, yunchengRetention(now));
        assertEquals(1L, now.read(Table.QUARANTINE).count());
        assertEquals(1L, now.read(Table.QUALITY_FLAG).where("check = 'revision'").count());
        // 云城街's staffing row states the 稳岗率 of its version: one row in each, not both versions
        assertEquals(List.of(0.85), retentionRows(v0));
        assertEquals(List.of(0.80), retentionRows(now));
    }

    private static List<Double> retentionRows(Lake l) {
        List<Double> out = new ArrayList<>();
        for (Row r : l.read(Table.STAFFING).join(l.read(Table.REPORT).where("station = '云城街'").select("report_id"), "report_id")
                .select("retention_rate").collectAsList()) out.add(r.getDouble(0));
        return out;
    }

    @Test @Order(3)
    void as_of_a_time_or_an_unknown_version() {
        LakeHistory.Entry v1 = LakeHistory.entries(lake(null)).get(1);
        String atV1 = v1.at().toString().replace("Z", "");
        assertEquals(1L, lake(atV1).version().reportVersion());
        assertEquals(0.80, yunchengRetention(lake(atV1)));
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class, () -> lake("9").version());
        assertTrue(unknown.getMessage().endsWith("has versions 0 to 1, not 9 (see: bin/stations history)"), unknown.getMessage());
        IllegalArgumentException early = assertThrows(IllegalArgumentException.class, () -> lake("2001-01-01").version());
        assertTrue(early.getMessage().startsWith("--as-of 2001-01-01 is before the lake's first version"), early.getMessage());
        assertThrows(IllegalArgumentException.class, () -> lake("yesterday").version());
    }

    @Test @Order(4)
    void kept_views_are_of_the_version_asked_and_a_query_opens_only_the_tables_it_names() {
        for (Table t : Table.values()) spark().catalog().dropTempView(t.tableName);
        lake("0").registerViews();
        assertNotEquals(StorageLevel.NONE(), spark().table("report").storageLevel());
        assertEquals(0.85, spark().sql("SELECT retention_rate FROM report WHERE station = '云城街'").first().getDouble(0));
        // the next version replaces the kept one: never a stale answer from memory
        lake(null).registerViews();
        assertEquals(0.80, spark().sql("SELECT retention_rate FROM report WHERE station = '云城街'").first().getDouble(0));
        assertEquals(3L, spark().table("report").count());
        lake(null).registerViews(); // the same version again: the kept views
        assertEquals(List.of(0.80), spark().sql("SELECT s.retention_rate FROM staffing s JOIN report r USING (report_id)"
                + " WHERE r.station = '云城街'").collectAsList().stream().map(r -> r.getDouble(0)).toList());

        for (Table t : Table.values()) spark().catalog().dropTempView(t.tableName);
        Lake now = lake(null);
        assertEquals(List.of("report", "indicator"),
                now.registerViewsNamedIn("SELECT r.station, count(*) FROM report r JOIN Indicator i USING (report_id) GROUP BY 1"));
        assertFalse(spark().catalog().tableExists("finding"));
        assertEquals(List.of(), now.registerViewsNamedIn("SELECT count(*) FROM report"));
        assertEquals(Table.values().length - 2, now.registerViewsNamedIn("show tables").size());
        assertEquals(1L, spark().sql("SELECT count(*) FROM quarantine").first().getLong(0));

        // the sql command opens the tables its query names, at the version asked, whatever views the session held
        assertEquals("station,retention_rate\n云城街,0.85\n流花街,0.65\n", sqlCommand("--as-of", "0",
                "SELECT station, retention_rate FROM report ORDER BY station"));
        assertEquals("retention_rate\n0.8\n", sqlCommand(
                "SELECT s.retention_rate FROM staffing s JOIN report r USING (report_id) WHERE r.station = '云城街'"));
    }

    private static String sqlCommand(String... args) {
        List<String> all = new ArrayList<>(List.of("sql", "--lake", lake.toString(), "--format", "csv"));
        all.addAll(List.of(args));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream saved = System.out;
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            assertEquals(0, Main.run(all.toArray(String[]::new)));
        } finally {
            System.setOut(saved);
            spark().conf().set("spark.sql.shuffle.partitions", "2"); // Main's session settings, back to the tests'
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test @Order(5)
    void the_revised_reports_old_rows_are_dropped_after_the_commit() {
        Row report = lake(null).read(Table.REPORT).where("station = '云城街'").select("report_id", Lake.VERSION).first();
        // the Delta table as stored, not through report: only the revision's rows remain
        List<Row> versions = spark().read().format("delta").load(lake.resolve("staffing").toString())
                .where("report_id = '" + report.getString(0) + "'").select(Lake.VERSION).collectAsList();
        assertEquals(1, versions.size());
        assertEquals(report.getString(1), versions.get(0).getString(0));
    }

    @Test @Order(6)
    void a_second_writer_stops_with_one_line_and_exit_3() {
        try (LakeLock held = LakeLock.acquire(lake(null), "ingest", 0, line -> fail(line))) {
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            PrintStream saved = System.err;
            int status;
            try {
                System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
                status = Main.run("ingest", "--input", first.toString(), "--lake", lake.toString());
            } finally {
                System.setErr(saved);
                spark().conf().set("spark.sql.shuffle.partitions", "2"); // Main's session settings, back to the tests'
            }
            assertEquals(3, status);
            String line = err.toString(StandardCharsets.UTF_8);
            assertTrue(line.matches("stations: another ingest holds " + java.util.regex.Pattern.quote(lake.toString())
                    + " since \\d\\d:\\d\\d \\(pid " + ProcessHandle.current().pid() + "\\); try again later\n"), line);
        }
    }

    @Test @Order(7)
    void a_lock_left_by_a_dead_process_is_taken_over_with_a_line() throws Exception {
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor();
        Path other = Files.createDirectories(work.resolve("stale"));
        Files.writeString(other.resolve(LakeLock.FILE), "command=ingest\npid=" + gone.pid() + "\nhost=x\nsince=2026-01-05T10:42:00Z\n");
        List<String> heard = new ArrayList<>();
        try (LakeLock l = LakeLock.acquire(new Lake(spark(), other.toString()), "ingest", 0, heard::add)) {
            assertEquals(1, heard.size());
            assertTrue(heard.get(0).startsWith("stations: taking over the lock on " + other + " left by ingest since "), heard.get(0));
            assertTrue(heard.get(0).endsWith("(pid " + gone.pid() + "), whose process is gone"), heard.get(0));
            assertTrue(Files.readString(other.resolve(LakeLock.FILE)).contains("pid=" + ProcessHandle.current().pid()));
        }
        assertEquals("", Files.readString(other.resolve(LakeLock.FILE)), "released: nothing left to take over");
    }

    @Test @Order(8)
    void vacuum_keeps_the_latest_version_and_records_itself() {
        LakeMaintenance.Vacuumed v = LakeMaintenance.vacuum(lake(null), 0, 0, line -> fail(line));
        assertEquals(Table.values().length, v.tables());
        assertTrue(v.filesDeleted() > 0, "the revision replaced 云城街's rows: their old files go");
        List<String> lines = LakeHistory.lines(lake(null));
        assertEquals(3, lines.size());
        assertTrue(lines.get(2).matches("2    .* UTC  vacuum   kept 0 days of history"), lines.get(2));
        assertEquals(3L, lake(null).read(Table.REPORT).count());
        assertEquals(0.80, yunchengRetention(lake(null)));
        assertEquals(List.of(0.80), retentionRows(lake(null)));
    }
}
