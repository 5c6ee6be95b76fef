package org.stations.extract;

import org.stations.model.Check;
import org.stations.document.Document;
import org.stations.document.Layout;
import org.stations.model.Table;
import org.stations.normalize.LongLines;
import org.stations.util.Hashing;
import org.stations.util.PersonKey;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Normalized text → all lake rows of one report. Pure Java: runs inside a Spark task. */
public final class ReportExtractor {
    /** Bumped whenever extraction changes what it reads, so re-ingested rows can be told apart. */
    public static final String PARSER_VERSION = "2.3.0";

    private ReportExtractor() {}

    /** Where a file came from; not part of the report's identity. */
    public record Source(String file, String fileSha256, Instant modified, Instant ingestedAt) {}

    /** With the person key configured for this JVM (tests, single-JVM tools). */
    public static ExtractedReport extract(String rawText, Source source) throws NotAReportException {
        return extract(rawText, source, PersonKey.configured());
    }

    /** @param personKey the key of staff_month.person_key, read once on the driver so every task uses the same */
    public static ExtractedReport extract(String rawText, Source source, PersonKey personKey) throws NotAReportException {
        Document doc = Layout.parse(rawText);
        ReportText t = ReportText.of(doc);
        ReportText prose = t.proseOnly();
        List<QualityChecks.Flag> flags = new ArrayList<>();
        Isolated run = new Isolated(flags);
        ReportHeader h = run.get("header", () -> HeaderExtractor.extract(t), ReportHeader::new);
        if (h.station == null || h.reportType == null) {
            throw new NotAReportException("not an evaluation report: "
                    + (h.station == null ? "no station name (…社工服务站)" : "no report type (中期/末期评估, 绩效评价)") + " found");
        }
        TableExtractor.Result tables = run.get("tables", () -> TableExtractor.extract(doc, h.reportType), TableExtractor.Result::new);
        ScoreExtractor.Scores scores = run.get("scores", () -> ScoreExtractor.extract(prose, tables), ScoreExtractor.Scores::new);
        StaffingExtractor.Staffing staffing = run.get("staffing", () -> StaffingExtractor.extract(prose, h.reportType), StaffingExtractor.Staffing::new);
        run.get("staffing_tables", () -> { TableFacts.apply(tables, staffing, h); return null; }, () -> null);
        List<IndicatorValue> fromProse = run.get("indicator_prose", () -> IndicatorProseExtractor.extract(prose), List::of);
        ReportText numberRows = ReportText.of(doc, tables.headerless);
        IndicatorTableExtractor.Result lineTables = run.get("indicator_rows", () -> IndicatorTableExtractor.extract(numberRows),
                () -> new IndicatorTableExtractor.Result(List.of(), List.of()));
        List<IndicatorValue> mentioned = run.get("indicator_mentions", () -> IndicatorMentions.extract(prose), List::of);
        List<IndicatorValue> indicators = merge(tables.indicators, fromProse, lineTables.values(), flags);
        fillMissing(indicators, mentioned);
        if (scores.parties.isEmpty() && indicators.isEmpty() && staffing.isEmpty() && scores.grade == null && scores.total() == null) {
            throw new NotAReportException("not an evaluation report: no scores, grade, indicators or staffing found");
        }
        List<FindingExtractor.Finding> findings = run.get("finding", () -> FindingExtractor.extract(t), List::of);
        StaffRosterExtractor.Roster roster = run.get("staff_month", () -> StaffRosterExtractor.extract(t, h, personKey),
                () -> new StaffRosterExtractor.Roster(List.of(), 0, 0, List.of()));
        flags.addAll(run.get("quality_checks", () -> QualityChecks.check(prose, scores, staffing, indicators, roster), List::of));
        problemFlags("indicator", tables.problems, flags);
        problemFlags("indicator", lineTables.problems(), flags);
        problemFlags("staff_month", roster.problems(), flags);
        flags.addAll(NotExtracted.check(prose, scores, staffing, indicators));
        longLine(doc.longestLine(), t.longestLine(), flags);

        asPrinted(rawText, scores, indicators);

        String textSha = Hashing.sha256Hex(t.text());
        String d = h.identifyingDate() != null ? h.identifyingDate().toString() : textSha;
        String reportId = Hashing.sha256Hex(String.join("|", s(h.city), s(h.district), s(h.station), s(h.reportType), d))
                .substring(0, 16);
        ExtractedReport r = new ExtractedReport(reportId, textSha);
        Double retention = staffing.retentionRate;
        r.add(Table.REPORT, Table.REPORT.row().set("report_id", reportId).set("source_file", source.file())
                .set("station", h.station).set("station_full", h.stationFull).set("city", h.city).set("district", h.district)
                .set("operator", h.operator).set("purchaser", h.purchaser).set("supervisor", h.supervisor)
                .set("evaluator", h.evaluator).set("report_type", h.reportType)
                .set("report_type_label", ReportHeader.typeLabel(h.reportType)).set("evaluation_date", h.evaluationDate)
                .set("contract_start", h.contractStart).set("contract_end", h.contractEnd).set("period_start", h.periodStart)
                .set("period_end", h.periodEnd).set("period_months", h.periodMonths).set("budget_wan", h.budgetWan)
                .set("total_score", scores.total()).set("grade", scores.grade).set("social_workers", h.socialWorkers)
                .set("certified_workers", h.certifiedWorkers).set("retention_rate", retention)
                .set("satisfaction_rate", h.satisfactionRate).set("text_sha256", textSha)
                .set("parser_version", PARSER_VERSION).set("ingested_at", source.ingestedAt())
                .set("file_sha256", source.fileSha256()).set("source_modified", source.modified())
                .set("synthetic", h.synthetic)
                .set("facts_sha256", factsSha256(h, scores, staffing, indicators, findings, roster)).build());
        r.fieldEvidence.putAll(h.evidence);
        if (scores.total() != null) r.fieldEvidence.put("total_score", scores.totalEvidence);
        if (scores.grade != null && scores.gradeEvidence != null) r.fieldEvidence.put("grade", scores.gradeEvidence);
        if (retention != null) r.fieldEvidence.put("retention_rate", staffing.evidenceText());
        for (ScoreExtractor.PartyScore p : scores.parties.values()) r.add(Table.PARTY_SCORE, p.toRow(reportId));
        for (ScoreExtractor.ScoreItem i : scores.items) r.add(Table.SCORE_ITEM, i.toRow(reportId));
        for (IndicatorValue v : indicators) r.add(Table.INDICATOR, v.toRow(reportId));
        if (!staffing.isEmpty()) r.add(Table.STAFFING, staffing.toRow(reportId));
        for (StaffRosterExtractor.StaffMonth m : roster.rows()) r.add(Table.STAFF_MONTH, m.toRow(reportId));
        for (FindingExtractor.Finding f : findings) r.add(Table.FINDING, f.toRow(reportId));
        for (QualityChecks.Flag f : flags) r.add(Table.QUALITY_FLAG, f.toRow(reportId));
        return r;
    }

    /**
     * A report in traditional characters is read folded to simplified; the fields kept as printed (score items,
     * indicator labels) take back the characters the report prints (項目管理, not 项目管理).
     */
    static void asPrinted(String rawText, ScoreExtractor.Scores scores, List<IndicatorValue> indicators) {
        if (!org.stations.normalize.TraditionalChinese.holdsTraditional(rawText)) return;
        var printed = new org.stations.normalize.TraditionalChinese.Printed(
                java.text.Normalizer.normalize(rawText, java.text.Normalizer.Form.NFKC));
        scores.items.replaceAll(i -> new ScoreExtractor.ScoreItem(printed.of(i.item()), i.area(), i.maxScore(), i.score(),
                i.convertedScore(), i.evidence()));
        for (IndicatorValue v : indicators) v.label = printed.of(v.label);
    }

    /**
     * Runs each extractor on its own: an exception in one becomes an {@code extractor_failed} flag naming it, and the
     * report keeps everything the others read (an unfamiliar layout must not cost the whole report).
     */
    static final class Isolated {
        private final List<QualityChecks.Flag> flags;

        Isolated(List<QualityChecks.Flag> flags) { this.flags = flags; }

        <T> T get(String extractor, java.util.function.Supplier<T> work, java.util.function.Supplier<T> empty) {
            try {
                return work.get();
            } catch (RuntimeException | StackOverflowError e) {
                String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getClass().getSimpleName() + ": " + e.getMessage();
                flags.add(new QualityChecks.Flag("report", Check.EXTRACTOR_FAILED, "error",
                        extractor + ": " + why.replaceAll("\\s+", " ").substring(0, Math.min(200, why.replaceAll("\\s+", " ").length()))));
                return empty.get();
            }
        }
    }

    /** The long_line flag: the longest line as printed, else the longest paragraph its lines were joined into. */
    private static void longLine(int printed, int joined, List<QualityChecks.Flag> flags) {
        if (printed <= LongLines.MAX_CHARS && joined <= LongLines.MAX_CHARS) return;
        String longest = printed > LongLines.MAX_CHARS ? "最长一行 " + printed + " 字" : "最长一段由多行连成，" + joined + " 字";
        flags.add(new QualityChecks.Flag("report", Check.LONG_LINE, "warning", String.format(
                "超过 %d 字的行已拆分后读取（%s），跨拆分处的数值可能未读出", LongLines.MAX_CHARS, longest)));
    }

    /** A table an extractor could not read, as "check: detail", becomes a warning on that table. */
    private static void problemFlags(String table, List<String> problems, List<QualityChecks.Flag> flags) {
        for (String p : problems) {
            int colon = p.indexOf(':');
            flags.add(new QualityChecks.Flag(table, p.substring(0, colon), "warning", p.substring(colon + 1).strip()));
        }
    }

    /**
     * One row per period, area and indicator, from the most certain reading to the least: a table row read by its
     * header, then a sentence, then a row of numbers in running text. A later reading adds what an earlier one left
     * out (a target, a %); two different actuals for one indicator: the first is kept and the pair flagged.
     */
    static List<IndicatorValue> merge(List<IndicatorValue> tables, List<IndicatorValue> prose, List<IndicatorValue> lineRows,
                                      List<QualityChecks.Flag> flags) {
        Map<String, IndicatorValue> byKey = new LinkedHashMap<>();
        for (List<IndicatorValue> source : List.of(tables, prose, lineRows)) {
            for (IndicatorValue v : source) {
                IndicatorValue have = byKey.get(v.key());
                if (have == null) { byKey.put(v.key(), v); continue; }
                if (have.actual != null && v.actual != null && !v.actual.equals(have.actual)) {
                    flags.add(new QualityChecks.Flag("indicator", Check.CONFLICTING_VALUES, "warning", String.format(
                            "%s: actual %s in「%s」, %s in「%s」", v.code, QualityChecks.fmt(have.actual), have.evidence,
                            QualityChecks.fmt(v.actual), v.evidence)));
                    continue;
                }
                boolean filled = false;
                if (have.target == null && v.target != null) { have.target = v.target; filled = true; }
                if (have.reportedCompletion == null && v.reportedCompletion != null) {
                    have.reportedCompletion = v.reportedCompletion; have.reportedDecimals = v.reportedDecimals; filled = true;
                }
                if (have.actual == null && v.actual != null) { have.actual = v.actual; filled = true; }
                if (filled) { have.evidence = have.evidence + " ‖ " + v.evidence; have.fromOneRow = false; }
            }
        }
        for (IndicatorValue v : byKey.values()) v.deriveTarget();
        return new ArrayList<>(byKey.values());
    }

    /** Outputs stated in passing fill only indicators nothing else stated (never a conflict: they are the least certain). */
    static void fillMissing(List<IndicatorValue> indicators, List<IndicatorValue> mentioned) {
        java.util.Set<String> have = new java.util.HashSet<>();
        for (IndicatorValue v : indicators) have.add(v.key());
        for (IndicatorValue v : mentioned) if (have.add(v.key())) indicators.add(v);
    }

    /**
     * What the report says, without its layout: two files of one evaluation whose facts agree are
     * duplicates (a txt and a pdf of it), whose facts differ are revisions. Findings count in: their text
     * is what the report says, and it reads the same from txt, docx and pdf once normalized.
     */
    static String factsSha256(ReportHeader h, ScoreExtractor.Scores scores, StaffingExtractor.Staffing staffing,
                              List<IndicatorValue> indicators, List<FindingExtractor.Finding> findings,
                              StaffRosterExtractor.Roster roster) {
        StringBuilder sb = new StringBuilder();
        sb.append(h.station).append('|').append(h.district).append('|').append(h.reportType).append('|')
                .append(h.evaluationDate).append('|').append(h.periodEnd).append('|').append(h.budgetWan).append('|')
                .append(scores.total()).append('|').append(scores.grade).append('|').append(staffing.retentionRate);
        scores.parties.values().forEach(p -> sb.append('|').append(p.party()).append('=').append(p.score()));
        indicators.stream().map(v -> v.key() + "=" + v.target + "/" + v.actual + "/" + v.reportedCompletion).sorted()
                .forEach(k -> sb.append('|').append(k));
        findings.forEach(f -> sb.append('|').append(f.party()).append('/').append(f.polarity()).append('/').append(f.text()));
        roster.rows().forEach(m -> sb.append('|').append(m));
        return Hashing.sha256Hex(sb.toString());
    }

    private static String s(String v) { return v == null ? "" : v; }
}
