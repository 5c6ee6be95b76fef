package org.stations.extract;

import java.util.Map;

/**
 * Staffing and team size read from tables (项目 | 协议要求 | 实际 …) fill what the sentences left unstated: a
 * sentence that states a figure keeps it (and a different figure in a table is the report's contradiction, which
 * the checks see in the 稳岗率 list).
 */
final class TableFacts {
    private TableFacts() {}

    static void apply(TableExtractor.Result tables, StaffingExtractor.Staffing s, ReportHeader h) {
        Map<String, Double> f = tables.facts;
        int before = filled(s);
        if (s.workersExpected == null) s.workersExpected = f.get("staffing.workers_expected");
        if (s.workersActual == null) s.workersActual = f.get("staffing.workers_actual");
        if (s.certifiedExpected == null) s.certifiedExpected = f.get("staffing.certified_expected");
        if (s.certifiedActual == null) s.certifiedActual = f.get("staffing.certified_actual");
        if (s.requiredWorkers == null) s.requiredWorkers = whole(f.get("staffing.required_workers"));
        if (s.stableWorkers == null) s.stableWorkers = whole(f.get("staffing.stable_workers"));
        Double rate = f.get("staffing.retention_rate");
        if (rate != null) {
            s.retentionStatements.add(rate);
            if (s.retentionRate == null) s.retentionRate = rate;
        }
        if (s.experiencedShare == null) s.experiencedShare = f.get("staffing.experienced_share");
        if (s.resigned == null) s.resigned = whole(f.get("staffing.resigned"));
        if (s.hired == null) s.hired = whole(f.get("staffing.hired"));
        if (s.transferredIn == null) s.transferredIn = whole(f.get("staffing.transferred_in"));
        if (s.transferredOut == null) s.transferredOut = whole(f.get("staffing.transferred_out"));
        notes(tables, s);
        if (filled(s) > before) {
            for (Map.Entry<String, String> e : tables.factEvidence.entrySet()) {
                if (e.getKey().startsWith("staffing.")) s.evidence.add(e.getValue());
            }
        }
        if (h.socialWorkers == null && f.get("report.social_workers") != null) {
            h.socialWorkers = whole(f.get("report.social_workers"));
            h.evidence.putIfAbsent("social_workers", tables.factEvidence.get("report.social_workers"));
        }
        if (h.certifiedWorkers == null && f.get("report.certified_workers") != null) {
            h.certifiedWorkers = whole(f.get("report.certified_workers"));
            h.evidence.putIfAbsent("certified_workers", tables.factEvidence.get("report.certified_workers"));
        }
    }

    /**
     * What the 说明 cells of a staffing table say in words ("其中离职2人、调出1人", "稳岗率82.35%"), read by the staffing
     * rules for sentences: it fills what neither the sentences nor the table's figures stated.
     */
    private static void notes(TableExtractor.Result tables, StaffingExtractor.Staffing s) {
        if (tables.staffingNotes.isEmpty()) return;
        StaffingExtractor.Staffing n = StaffingExtractor.extract(new ReportText(tables.staffingNotes));
        if (n.isEmpty()) return;
        if (s.workersExpected == null) s.workersExpected = n.workersExpected;
        if (s.workersActual == null) s.workersActual = n.workersActual;
        if (s.certifiedExpected == null) s.certifiedExpected = n.certifiedExpected;
        if (s.certifiedActual == null) s.certifiedActual = n.certifiedActual;
        if (s.requiredWorkers == null) s.requiredWorkers = n.requiredWorkers;
        if (s.stableWorkers == null) s.stableWorkers = n.stableWorkers;
        s.retentionStatements.addAll(n.retentionStatements);
        if (s.retentionRate == null) s.retentionRate = n.retentionRate;
        if (s.experiencedShare == null) s.experiencedShare = n.experiencedShare;
        if (s.resigned == null) s.resigned = n.resigned;
        if (s.hired == null) s.hired = n.hired;
        if (s.transferredIn == null) s.transferredIn = n.transferredIn;
        if (s.transferredOut == null) s.transferredOut = n.transferredOut;
        for (String line : tables.staffingNotes) {
            if (n.evidence.stream().anyMatch(e -> line.contains(e) || e.contains(line))) s.evidence.add(tables.staffingNoteRows.get(line));
        }
    }

    private static int filled(StaffingExtractor.Staffing s) {
        int n = 0;
        for (Object o : new Object[]{s.workersExpected, s.workersActual, s.certifiedExpected, s.certifiedActual, s.requiredWorkers,
                s.stableWorkers, s.retentionRate, s.experiencedShare, s.resigned, s.hired, s.transferredIn, s.transferredOut}) {
            if (o != null) n++;
        }
        return n;
    }

    private static Integer whole(Double v) {
        return v == null || v != Math.rint(v) ? null : v.intValue();
    }
}
