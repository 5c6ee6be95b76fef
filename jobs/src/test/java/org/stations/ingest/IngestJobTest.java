package org.stations.ingest;

import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stations.Seeds;
import org.stations.SparkTestBase;
import org.stations.lake.Lake;
import org.stations.model.Table;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.*;

/** The five seeds beside copies and bad inputs: one report each, a quarantine row per bad input, idempotent. */
class IngestJobTest extends SparkTestBase {
    @TempDir static Path work;
    static Path inputs, lakeDir;
    static IngestJob.Summary first;

    @BeforeAll
    static void ingestSeedsCopiesAndBadInputs() throws Exception {
        inputs = Files.createDirectories(work.resolve("in"));
        lakeDir = work.resolve("lake");
        for (String s : List.of("000", "001", "002", "003", "004")) Files.copy(Seeds.file(s), inputs.resolve(s + ".txt"));
        String t001 = Seeds.text("001");
        Files.writeString(inputs.resolve("001-crlf.txt"), t001.replace("\n", "\r\n"));
        Files.write(inputs.resolve("001-gb18030.txt"), t001.getBytes(Charset.forName("GB18030")));
        Files.copy(Seeds.file("001"), inputs.resolve("001-copy.txt"));
        for (String copy : List.of("001-crlf.txt", "001-gb18030.txt", "001-copy.txt")) {
            Files.setLastModifiedTime(inputs.resolve(copy), FileTime.fromMillis(0)); // older than the seed
        }
        Files.write(inputs.resolve("empty.txt"), new byte[0]);
        Files.write(inputs.resolve("binary.txt"), new byte[]{0, 1, 2, 3, (byte) 0xFF, 0, 0, 7, 8, 9, 0, 0});
        Files.writeString(inputs.resolve("minutes.txt"), "这是一份普通的会议纪要，与社工站评估无关。".repeat(30));
        Files.writeString(inputs.resolve("fake.pdf"), "not really a pdf");
        first = IngestJob.run(spark(), List.of(inputs.toString()), lakeDir.toString());
    }

    /** Views see the lake as it is now: another test may have swapped in a new version. */
    @BeforeEach
    void views() {
        new Lake(spark(), lakeDir.toString()).registerViews();
    }

    @Test
    void five_reports_three_duplicates_four_quarantined() {
        assertEquals(12, first.inputs());
        assertEquals(5, first.count(IngestJob.Status.ingested));
        assertEquals(3, first.count(IngestJob.Status.duplicate));
        assertEquals(4, first.count(IngestJob.Status.quarantined));
        assertEquals(5L, sql("SELECT count(*) FROM report").get(0).getLong(0));
        assertEquals(1L, sql("SELECT count(*) FROM report WHERE station = '流花街'").get(0).getLong(0));
    }

    @Test
    void every_bad_input_has_a_one_line_reason() {
        Map<String, String> reasons = new TreeMap<>();
        for (Row r : sql("SELECT source_file, reason FROM quarantine")) {
            reasons.put(Path.of(r.getString(0)).getFileName().toString(), r.getString(1));
        }
        assertEquals("empty file", reasons.get("empty.txt"));
        assertEquals("binary content, not text", reasons.get("binary.txt"));
        assertEquals("not an evaluation report: no station name (…社工服务站) found", reasons.get("minutes.txt"));
        assertEquals("not a PDF: no %PDF- header", reasons.get("fake.pdf"));
        for (String copy : List.of("001-crlf.txt", "001-gb18030.txt", "001-copy.txt")) {
            assertTrue(reasons.get(copy).startsWith("duplicate of report "), reasons.get(copy));
        }
        reasons.values().forEach(r -> assertFalse(r.contains("\n")));
        assertEquals(7L, sql("SELECT count(*) FROM quarantine WHERE sha256 IS NOT NULL OR source_file LIKE '%empty%'").get(0).getLong(0));
    }

    @Test
    void every_table_holds_the_seed_values() {
        assertEquals(12L, sql("SELECT count(*) FROM party_score").get(0).getLong(0)); // 3 reports × 4 parties
        assertEquals(0.70, sql("SELECT retention_rate FROM report WHERE station = '金花街'").get(0).getDouble(0));
        assertEquals(1788.0, sql("SELECT actual FROM indicator i JOIN report r USING (report_id) "
                + "WHERE r.station = '金花街' AND i.indicator = 'archive' AND i.area IS NULL").get(0).getDouble(0));
        assertEquals(46.31, sql("SELECT score FROM party_score p JOIN report r USING (report_id) "
                + "WHERE r.station = '市桥街东西片' AND p.party = 'third_party'").get(0).getDouble(0));
        assertEquals(7L, sql("SELECT count(*) FROM score_item").get(0).getLong(0));
        assertEquals(4L, sql("SELECT count(*) FROM staffing").get(0).getLong(0));
        assertEquals(140L, sql("SELECT count(*) FROM staff_month").get(0).getLong(0));   // 000's annex: 28 persons × 5 months
        assertEquals(181L, sql("SELECT count(*) FROM finding").get(0).getLong(0));       // 44 + 50 + 0 + 38 + 49
        assertEquals(List.of("documentation", "finance", "internal_management"), sql("SELECT f.themes FROM finding f JOIN report r USING (report_id) WHERE r.station = '金花街'"
                + " AND f.party = 'supervisor' AND f.polarity = 'concern' AND f.seq = 3").get(0).getList(0));
        assertTrue(sql("SELECT count(*) FROM quality_flag WHERE check = 'conflicting_values'").get(0).getLong(0) >= 5);
    }

    @Test
    void a_second_ingest_changes_no_row_count() throws Exception {
        Map<String, Long> before = counts();
        IngestJob.Summary again = IngestJob.run(spark(), List.of(inputs.toString()), lakeDir.toString());
        assertEquals(5, again.count(IngestJob.Status.unchanged));
        assertEquals(0, again.count(IngestJob.Status.ingested));
        assertEquals(before, counts());
    }

    @Test
    void a_later_file_that_states_other_values_is_a_revision_and_wins() throws Exception {
        Path lake2 = work.resolve("lake2");
        Path rev = Files.createDirectories(work.resolve("rev"));
        Files.copy(Seeds.file("004"), rev.resolve("004.txt"));
        IngestJob.run(spark(), List.of(rev.toString()), lake2.toString());
        Path revised = rev.resolve("004-revised.txt");
        Files.writeString(revised, Seeds.text("004").replace("稳岗率达 85%", "稳岗率达 80%"));
        Files.setLastModifiedTime(revised, FileTime.fromMillis(System.currentTimeMillis() + 60_000));
        IngestJob.Summary s = IngestJob.run(spark(), List.of(revised.toString()), lake2.toString());
        assertEquals(1, s.count(IngestJob.Status.revised));
        Lake lake = new Lake(spark(), lake2.toString());
        List<Row> rows = lake.read(Table.REPORT).select("retention_rate", "source_file").collectAsList();
        assertEquals(1, rows.size());
        assertEquals(0.80, rows.get(0).getDouble(0));
        assertEquals(1L, lake.read(Table.QUALITY_FLAG).where("check = 'revision'").count());
    }

    private static Map<String, Long> counts() {
        Map<String, Long> m = new TreeMap<>();
        Lake lake = new Lake(spark(), lakeDir.toString());
        for (Table t : Table.values()) m.put(t.tableName, lake.read(t).count());
        return m;
    }
}
