package org.stations.generate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The truth line of one report: the values as the report states them, null where its layout does not
 * state a value (an extractor must not invent it), plus the contradictions planted. Field names follow
 * the lake columns of CONTRACT.md.
 */
final class TruthRecord {
    private TruthRecord() {}

    static Map<String, Object> of(ReportFacts f, String file) {
        Station st = f.station;
        Layout l = f.layout;
        ReportFacts.Scores sc = f.scores;
        ReportFacts.Staffing s = f.staffing;
        boolean header = l == Layout.PARAGRAPHS_001 || l == Layout.GRADE_ONLY_004;
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("file", file);
        m.put("synthetic", true);
        m.put("layout", l.seed);
        m.put("city", st.city());
        m.put("district", st.district().name());
        m.put("station", st.name());
        m.put("station_full", st.fullName());
        m.put("operator", st.operator());
        m.put("purchaser", switch (l) {
            case WRAPPED_000 -> st.purchaser();
            case PARAGRAPHS_001, GRADE_ONLY_004 -> st.purchaser();
            case CELLS_003 -> st.purchaserShort();
            case PERFORMANCE_002 -> null;
        });
        m.put("supervisor", header ? st.supervisor() : l == Layout.WRAPPED_000 ? st.district().name() + "民政局" : null);
        m.put("evaluator", switch (l) {
            case WRAPPED_000, PARAGRAPHS_001 -> "广州市社会工作协会";
            case CELLS_003 -> st.district().name() + "社会组织联合会";
            case GRADE_ONLY_004 -> "广州市社会组织联合会";
            case PERFORMANCE_002 -> null;
        });
        m.put("report_type", f.type.code);
        m.put("evaluation_date", date(f.evaluationDate));
        boolean contractStated = l != Layout.PERFORMANCE_002;
        m.put("contract_start", contractStated ? date(f.contractStart) : null);
        m.put("contract_end", contractStated ? date(f.contractEnd) : null);
        boolean periodStated = l != Layout.GRADE_ONLY_004;
        LocalDate periodStart = l == Layout.PERFORMANCE_002 ? f.periods.get(0).start() : f.periodStart;
        LocalDate periodEnd = l == Layout.PERFORMANCE_002 ? f.periods.get(f.periods.size() - 1).end() : f.periodEnd;
        m.put("period_start", periodStated ? date(periodStart) : null);
        m.put("period_end", periodStated ? date(periodEnd) : null);
        m.put("period_months", periodStated && l != Layout.PERFORMANCE_002 ? f.periodMonths : null);
        m.put("budget_wan", st.budgetWan());
        boolean scored = sc != null && l != Layout.GRADE_ONLY_004;
        m.put("total_score", scored ? sc.total() : null);
        m.put("grade", sc == null ? null : sc.grade());
        Map<String, Object> parties = new LinkedHashMap<>();
        if (scored) {
            parties.put("supervisor", sc.supervisor());
            parties.put("purchaser", sc.purchaser());
            parties.put("supervision_center", sc.supervisionCenter());
            parties.put("third_party", sc.thirdParty());
        }
        m.put("party_scores", parties);
        m.put("score_items", scoreItems(sc));
        boolean headcount = l == Layout.WRAPPED_000 || l == Layout.PARAGRAPHS_001 || l == Layout.GRADE_ONLY_004;
        m.put("social_workers", headcount ? s.socialWorkers() : null);
        m.put("certified_workers", headcount ? s.certifiedWorkers() : null);
        m.put("retention_rate", headcount ? s.retentionRate() : null);
        m.put("staffing", staffing(f));
        m.put("indicators", indicators(f));
        List<Map<String, Object>> findings = new ArrayList<>();
        for (ReportFacts.Finding x : f.findings) {
            Map<String, Object> fm = new LinkedHashMap<>();
            fm.put("party", x.party());
            fm.put("polarity", x.polarity());
            List<String> printed = Composer.printedFindings(f, x.party(), x.polarity());
            fm.put("count", printed.size());
            fm.put("items", printed);
            findings.add(fm);
        }
        m.put("findings", findings);
        m.put("staff_month", roster(f));
        List<Map<String, Object>> contradictions = new ArrayList<>();
        for (Contradiction c : f.contradictions) {
            Map<String, Object> cm = new LinkedHashMap<>();
            cm.put("type", c.type());
            cm.put("field", c.field());
            cm.put("area", c.area());
            cm.put("stated", c.stated());
            cm.put("other", c.other());
            contradictions.add(cm);
        }
        m.put("contradictions", contradictions);
        return m;
    }

    /** The staffing annex per person, in annex order: 片区 and role as the extractor splits the printed 职位. */
    private static List<Map<String, Object>> roster(ReportFacts f) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (ReportFacts.RosterPerson p : f.roster) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("certified", p.certified());
            m.put("role", p.role());
            m.put("area", p.area() == null ? null : p.area() + "片区");
            m.put("on_post", p.onPost());
            List<String> events = new ArrayList<>();
            for (int i = 0; i < p.onPost().size(); i++) events.add(p.events().get(i));
            m.put("events", events);
            out.add(m);
        }
        return out;
    }

    private static String date(LocalDate d) { return d == null ? null : d.toString(); }

    private static List<Map<String, Object>> scoreItems(ReportFacts.Scores sc) {
        List<Map<String, Object>> out = new ArrayList<>();
        if (sc == null) return out;
        for (ReportFacts.ScoreItem it : sc.items()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("party", it.party());
            m.put("item", it.item());
            m.put("area", it.area());
            m.put("max_score", it.maxScore());
            m.put("score", it.score());
            m.put("converted_score", it.converted());
            out.add(m);
        }
        return out;
    }

    private static Map<String, Object> staffing(ReportFacts f) {
        ReportFacts.Staffing s = f.staffing;
        Map<String, Object> m = new LinkedHashMap<>();
        if (s == null) return m;
        Layout l = f.layout;
        boolean attendance = l != Layout.CELLS_003;
        m.put("workers_expected", attendance ? s.workersExpected() : null);
        m.put("workers_actual", attendance ? s.workersActual() : null);
        m.put("certified_expected", attendance ? s.certifiedExpected() : null);
        m.put("certified_actual", attendance ? s.certifiedActual() : null);
        m.put("required_workers", l == Layout.GRADE_ONLY_004 ? s.requiredWorkers() : null);
        m.put("stable_workers", attendance ? s.stableWorkers() : null);
        m.put("retention_rate", attendance ? s.retentionRate() : null);
        m.put("experienced_share", switch (l) {
            case WRAPPED_000 -> s.experiencedShare();
            case CELLS_003 -> round4(Math.round(s.requiredWorkers() * s.experiencedShare()) * 1.0 / s.requiredWorkers());
            case GRADE_ONLY_004 -> {
                int stated = s.socialWorkersRestated() != null ? s.socialWorkersRestated() : s.socialWorkers();
                yield round4(Math.round(stated * s.experiencedShare()) * 1.0 / stated);
            }
            default -> null;
        });
        boolean moves = l == Layout.WRAPPED_000;
        m.put("resigned", moves ? s.resigned() : null);
        m.put("hired", moves ? s.hired() : null);
        m.put("transferred_in", moves ? s.transferredIn() : null);
        m.put("transferred_out", moves ? s.transferredOut() : null);
        return m;
    }

    private static double round4(double v) { return Math.round(v * 10000) / 10000.0; }

    private static List<Map<String, Object>> indicators(ReportFacts f) {
        List<Map<String, Object>> out = new ArrayList<>();
        if (f.layout == Layout.PERFORMANCE_002) {
            for (ReportFacts.Period p : f.periods) for (Measure ms : p.measures()) out.add(indicator(p.label(), null, ms));
        } else {
            for (Measure ms : f.stationMeasures) out.add(indicator(null, null, ms));
            for (Map.Entry<String, List<Measure>> e : f.areaMeasures.entrySet()) {
                for (Measure ms : e.getValue()) out.add(indicator(null, e.getKey(), ms));
            }
        }
        return out;
    }

    private static Map<String, Object> indicator(String period, String area, Measure ms) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("period_label", period);
        m.put("area", area);
        m.put("indicator", ms.code());
        m.put("label", ms.label());
        m.put("target", (double) ms.target());
        m.put("actual", (double) ms.actual());
        m.put("reported_completion", ms.printedCompletion());
        m.put("target_stated", ms.targetStated());
        return m;
    }
}
