package org.stations.generate;

import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stations.extract.ExtractedReport;
import org.stations.extract.ReportExtractor;
import org.stations.model.Table;
import org.stations.normalize.TextNormalizer;
import org.stations.read.ReaderRegistry;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Synthetic reports against their truth.jsonl: every printed 值得肯定/需要关注 item of the three parties the
 * truth records, and every person-month of the 000 layout's staffing annex, in txt and docx.
 */
class StaffAndFindingTruthTest {
    @TempDir static Path tmp;
    static ReportGenerator.Result generated;
    static Map<String, Truth.Report> truth;

    @BeforeAll
    static void generate() throws Exception {
        generated = ReportGenerator.generate(new ReportGenerator.Options(6, 1, 42, tmp, List.of("txt", "docx"), City.GUANGZHOU, 2));
        truth = Truth.byFile(generated.truth());
    }

    static ExtractedReport extract(String file) throws Exception {
        byte[] bytes = Files.readAllBytes(generated.reportsDir().resolve(file));
        return ReportExtractor.extract(ReaderRegistry.toText(file, bytes), new ReportExtractor.Source(file, "x", Instant.EPOCH, Instant.EPOCH));
    }

    @Test
    void every_truth_finding_and_person_month_is_read_as_printed() throws Exception {
        int items = 0, itemsRead = 0, personMonths = 0, personMonthsRead = 0, reports000 = 0;
        List<String> misses = new ArrayList<>();
        for (Truth.Report t : truth.values()) {
            ExtractedReport r = extract(t.file());
            for (Truth.Finding f : t.findings()) {
                List<String> read = r.rows(Table.FINDING).stream()
                        .filter(x -> x.getString(1).equals(f.party()) && x.getString(2).equals(f.polarity()))
                        .map(x -> x.getString(4)).toList();
                List<String> expected = f.items().stream().map(TextNormalizer::normalize).toList();
                items += expected.size();
                for (int i = 0; i < expected.size(); i++) {
                    if (i < read.size() && read.get(i).equals(expected.get(i))) itemsRead++;
                    else misses.add(t.file() + " " + f.party() + " " + f.polarity() + " " + (i + 1));
                }
                if (read.size() != expected.size()) misses.add(t.file() + " " + f.party() + " " + f.polarity() + " count " + read.size());
            }
            List<List<Row>> persons = persons(r);
            if (!t.staffMonth().isEmpty()) reports000++;
            assertEquals(t.staffMonth().size(), persons.size(), t.file() + " persons");
            for (int p = 0; p < t.staffMonth().size(); p++) {
                Truth.StaffPerson want = t.staffMonth().get(p);
                List<Row> got = persons.get(p);
                for (int m = 0; m < want.onPost().size(); m++) {
                    personMonths++;
                    Row row = got.get(m);
                    boolean same = row.getBoolean(2) == want.certified() && row.getString(3).equals(want.role())
                            && java.util.Objects.equals(row.getString(4), want.area()) && row.getBoolean(6) == want.onPost().get(m)
                            && row.getBoolean(7) == want.onPost().get(m) && row.getBoolean(8) == want.onPost().get(m)
                            && java.util.Objects.equals(row.getString(9), want.events().get(m));
                    if (same) personMonthsRead++;
                    else misses.add(t.file() + " person " + (p + 1) + " month " + (m + 1) + ": " + row);
                }
                assertEquals(want.onPost().size(), got.size(), t.file() + " months of person " + (p + 1));
            }
            // the annex agrees with the prose it is generated from: no flag, and never an indicator
            assertEquals(List.of(), r.rows(Table.QUALITY_FLAG).stream().filter(x -> x.getString(1).equals("staff_month"))
                    .map(x -> x.getString(4)).toList(), t.file());
            assertTrue(r.rows(Table.INDICATOR).stream().noneMatch(x -> x.getString(10).contains("模拟社工")), t.file());
        }
        assertEquals(List.of(), misses);
        assertTrue(items > 100 && personMonths > 300 && reports000 >= 4,
                items + " items, " + personMonths + " person-months in " + reports000 + " reports with an annex");
        assertEquals(items, itemsRead);
        assertEquals(personMonths, personMonthsRead);
    }

    /** staff_month rows grouped by person, persons in annex order. */
    static List<List<Row>> persons(ExtractedReport r) {
        Map<String, List<Row>> by = new LinkedHashMap<>();
        for (Row x : r.rows(Table.STAFF_MONTH)) by.computeIfAbsent(x.getString(1), k -> new ArrayList<>()).add(x);
        return new ArrayList<>(by.values());
    }
}
