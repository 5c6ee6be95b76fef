package org.stations.generate;

import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stations.extract.ExtractedReport;
import org.stations.extract.ReportExtractor;
import org.stations.model.Table;
import org.stations.read.ReaderRegistry;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Extraction against the generator's truth.jsonl, field by field, over every layout and report type in txt and
 * docx: the report header, party scores, station and 片区 indicators, staffing. The layouts are the extractor's
 * own, so at least 99 % of the fields must agree; a value the truth leaves null must be null in the lake too.
 */
class ExtractionAgreementTest {
    @TempDir static Path tmp;
    static ReportGenerator.Result generated;
    static List<Truth.Report> truth;

    static final String[] HEADER = {"city", "district", "station", "station_full", "operator", "purchaser", "supervisor",
            "evaluator", "report_type", "evaluation_date", "contract_start", "contract_end", "period_start", "period_end",
            "period_months", "budget_wan", "total_score", "grade", "social_workers", "certified_workers", "retention_rate"};

    @BeforeAll
    static void generate() throws Exception {
        generated = ReportGenerator.generate(new ReportGenerator.Options(15, 1, 11, tmp, List.of("txt", "docx"), City.GUANGZHOU, 2));
        try (var s = Truth.stream(generated.truth())) {
            truth = s.toList();
        }
    }

    /** Fields compared and fields that differ, with what differed. */
    static final class Tally {
        int compared;
        final List<String> misses = new ArrayList<>();

        void check(String where, Object expected, Object read) {
            compared++;
            if (!same(expected, read)) misses.add(where + ": truth " + expected + ", read " + read);
        }

        static boolean same(Object a, Object b) {
            if (a instanceof Number x && b instanceof Number y) return Math.abs(x.doubleValue() - y.doubleValue()) < 1e-6;
            return Objects.equals(a == null ? null : a.toString(), b == null ? null : b.toString());
        }
    }

    @Test
    void at_least_99_percent_of_fields_agree_with_the_truth() throws Exception {
        Tally tally = new Tally();
        for (Truth.Report t : truth) {
            byte[] bytes = Files.readAllBytes(generated.reportsDir().resolve(t.file()));
            ExtractedReport r = ReportExtractor.extract(ReaderRegistry.toText(t.file(), bytes),
                    new ReportExtractor.Source(t.file(), "x", Instant.EPOCH, Instant.EPOCH));
            header(t, r, tally);
            parties(t, r, tally);
            indicators(t, r, tally);
            staffing(t, r, tally);
        }
        double agreement = 1.0 - (double) tally.misses.size() / tally.compared;
        System.out.printf("extraction vs truth: %d reports, %d fields, %d differ, agreement %.2f %%%n",
                truth.size(), tally.compared, tally.misses.size(), 100 * agreement);
        Map<String, Long> byKind = new java.util.TreeMap<>();
        for (String m : tally.misses) {
            String[] w = m.split(" ");
            byKind.merge(w[0].replaceAll(".*\\.", "") + " " + w[0].substring(1, 6) + " " + w[1] + " " + (w[1].equals("indicator") ? w[3] : w[2]), 1L, Long::sum);
        }
        byKind.forEach((k, n) -> System.out.println("  " + n + " × " + k));
        tally.misses.stream().limit(10).forEach(m -> System.out.println("    " + m));
        assertTrue(truth.size() >= 30, "a corpus of every layout and type");
        assertEquals(5, truth.stream().map(Truth.Report::layout).distinct().count(), "all five layouts");
        assertTrue(tally.compared > 2000, "fields compared: " + tally.compared);
        assertTrue(agreement >= 0.99, String.format("agreement %.4f; first misses: %s", agreement,
                tally.misses.subList(0, Math.min(10, tally.misses.size()))));
    }

    private static Object reportValue(ExtractedReport r, String column) {
        return r.report().get(Table.REPORT.schema.fieldIndex(column));
    }

    private static void header(Truth.Report t, ExtractedReport r, Tally tally) {
        Object[] expected = {t.city(), t.district(), t.station(), t.stationFull(), t.operator(), t.purchaser(),
                t.supervisor(), t.evaluator(), t.reportType(), t.evaluationDate(), t.contractStart(), t.contractEnd(),
                t.periodStart(), t.periodEnd(), t.periodMonths(), t.budgetWan(), t.totalScore(), t.grade(),
                t.socialWorkers(), t.certifiedWorkers(), t.retentionRate()};
        for (int i = 0; i < HEADER.length; i++) tally.check(t.file() + " " + HEADER[i], expected[i], reportValue(r, HEADER[i]));
    }

    private static void parties(Truth.Report t, ExtractedReport r, Tally tally) {
        Map<String, Double> read = new LinkedHashMap<>();
        for (Row p : r.rows(Table.PARTY_SCORE)) read.put(p.getString(1), p.getDouble(Table.PARTY_SCORE.schema.fieldIndex("score")));
        for (Map.Entry<String, Double> e : t.partyScores().entrySet()) {
            tally.check(t.file() + " party " + e.getKey(), e.getValue(), read.get(e.getKey()));
        }
        if (t.partyScores().isEmpty()) tally.check(t.file() + " no party scores", 0, read.size());
    }

    /** Targets are compared where the report prints them; a derived target (actual ÷ printed %) is rounded by the %. */
    private static void indicators(Truth.Report t, ExtractedReport r, Tally tally) {
        Map<String, Row> read = new LinkedHashMap<>();
        for (Row i : r.rows(Table.INDICATOR)) read.putIfAbsent(i.getString(1) + "|" + i.getString(2) + "|" + i.getString(3), i);
        int target = Table.INDICATOR.schema.fieldIndex("target");
        int actual = Table.INDICATOR.schema.fieldIndex("actual");
        for (Truth.Indicator i : t.indicators()) {
            String key = i.periodLabel() + "|" + i.area() + "|" + i.indicator();
            Row row = read.get(key);
            tally.check(t.file() + " indicator " + key + " actual", i.actual(), row == null ? null : row.get(actual));
            if (i.targetStated()) {
                tally.check(t.file() + " indicator " + key + " target", i.target(), row == null ? null : row.get(target));
            }
        }
    }

    private static void staffing(Truth.Report t, ExtractedReport r, Tally tally) {
        if (t.staffing().isEmpty()) return;
        Row s = r.rows(Table.STAFFING).isEmpty() ? null : r.rows(Table.STAFFING).get(0);
        for (Map.Entry<String, Double> e : t.staffing().entrySet()) {
            Object read = s == null ? null : s.get(Table.STAFFING.schema.fieldIndex(e.getKey()));
            tally.check(t.file() + " staffing " + e.getKey(), e.getValue(), read);
        }
    }
}
