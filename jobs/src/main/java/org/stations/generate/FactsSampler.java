package org.stations.generate;

import org.stations.model.Requirements;
import org.stations.model.ReportType;

import org.stations.model.IndicatorVocabulary;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Draws one report's numbers from plausible distributions: annual targets per indicator, completions
 * lognormal around the pace (~8% under-completed, ~3% far over: a target set wrong), four party scores
 * summing to the total, retention mostly 0.75–1.0 with ~20% below 0.80, 片区 rows that add up to the station,
 * and a self-contradiction in ~5% of reports.
 */
final class FactsSampler {

    static final double CONTRADICTION_RATE = 0.05;

    /** Station-level indicators each layout prints, in the order its sentence states them. */
    private static final Map<Layout, List<String>> PRINTED = Map.of(
            Layout.WRAPPED_000, List.of("archive", "phone_visits", "home_visits", "case_intake", "case_sessions", "case_closed",
                    "group_count", "group_sessions", "group_attendance", "large_event_count", "large_event_attendance",
                    "small_event_count", "small_event_attendance", "volunteers_new", "volunteer_leaders", "volunteer_teams",
                    "community_orgs"),
            Layout.PARAGRAPHS_001, List.of("archive", "phone_visits", "home_visits", "consult_cases", "case_intake", "case_closed",
                    "case_sessions", "group_count", "group_sessions", "group_attendance", "large_event_count",
                    "large_event_attendance", "small_event_count", "small_event_attendance"),
            Layout.CELLS_003, List.of("home_visits", "phone_visits", "case_intake", "case_sessions", "group_count", "group_sessions",
                    "group_attendance", "community_event_count", "community_event_attendance", "volunteers_new",
                    "volunteer_leaders", "volunteer_teams", "community_orgs"),
            Layout.GRADE_ONLY_004, List.of("home_visits", "phone_visits", "case_intake", "case_sessions", "case_closed", "group_count",
                    "group_sessions", "group_attendance", "large_event_count", "large_event_attendance", "small_event_count",
                    "small_event_attendance", "volunteers_new", "volunteer_leaders", "volunteer_teams"),
            Layout.PERFORMANCE_002, List.of("archive", "home_visits", "phone_visits", "consult_cases", "case_intake", "group_count",
                    "group_sessions", "group_attendance", "large_event_count", "large_event_attendance", "small_event_count",
                    "small_event_attendance", "volunteers_new"));

    /** The 000 annex splits these by 片区; the rest of its indicators are station-wide (总体服务). */
    static final List<String> AREA_SPLIT = PRINTED.get(Layout.WRAPPED_000).subList(0, 13);


    private static final String[] POSITIVE = {
            "社工站能够按照要求配备服务团队社工，到岗情况符合评估要求。",
            "社工站能够配合街道开展各项重点工作，按照新管理办法要求推进服务及工作。",
            "社工站日常能够较及时地提交各类数据报表和服务数据。",
            "社工站对困难群众和特殊群体的服务跟进密切，能切实解决困难群众的实际问题。",
            "社工站重视服务资源的链接与整合，为困境群体提供了充足的人力与物资支持。",
            "项目团队内部管理工作落实扎实，不断健全各项内部管理制度和工作机制。",
            "社工站重视服务经验的梳理和总结，撰写的服务案例在行业平台发表。",
            "双工联动合作情况良好，项目社工与事务性岗位社工常态化沟通合作。"};
    private static final String[] CONCERN = {
            "社工站要关注服务团队人员稳定性问题，提升稳岗率，保障服务质量。",
            "社工站要进一步加强对新管理办法服务要求的理解和落实。",
            "需加强日常服务及管理工作的记录与台账完善工作。",
            "建议加大服务宣传力度，提高居民对社工服务的知晓度与参与度。",
            "建议进一步完善专业能力提升体系的规划、实施和总结工作。",
            "建议进一步提炼具备推广性的服务模式，撰写成文并争取公开发表。",
            "需求调研与服务设计之间的逻辑有待加强，服务成效呈现不足。"};

    private FactsSampler() {}

    static List<String> printed(Layout layout) { return PRINTED.get(layout); }

    static String label(String code) { return IndicatorVocabulary.label(code); }

    /** The first contract year: the last of {@code years} contract years starts in 2024. */
    static int firstYear(int years) { return 2024 - years + 1; }

    static ReportFacts draw(long seed, Station st, int yearIndex, int years, ReportType type) {
        SplittableRandom r = new SplittableRandom(Mix.of(seed, 0x7265L, st.index(), yearIndex, type.ordinal()));
        ReportFacts f = new ReportFacts();
        f.station = st;
        f.year = firstYear(years) + yearIndex;
        f.type = type;
        f.layout = type == ReportType.PERFORMANCE ? Layout.PERFORMANCE_002 : st.layout();
        f.fileStem = String.format("%s_%05d_%d_%s", st.district().name(), st.index(), f.year, type.code);
        f.contractStart = LocalDate.of(f.year, st.contractMonth(), st.contractDay());
        f.contractEnd = f.contractStart.plusYears(1).minusDays(1);
        f.periodStart = f.contractStart;
        switch (type) {
            case MIDTERM -> {
                f.periodMonths = 5;
                f.periodEnd = YearMonth.from(f.contractStart.plusMonths(5).minusDays(1)).atEndOfMonth();
                f.evaluationDate = f.periodEnd.plusDays(14 + r.nextInt(27));
            }
            case FINAL -> {
                boolean fromFirst = st.contractDay() == 1;
                f.periodMonths = fromFirst ? 10 : 10.5;
                f.periodEnd = fromFirst ? YearMonth.from(f.contractStart.plusMonths(9)).atEndOfMonth()
                        : YearMonth.from(f.contractStart.plusMonths(10)).atEndOfMonth();
                f.evaluationDate = f.periodEnd.plusDays(10 + r.nextInt(21));
            }
            case PERFORMANCE -> {
                f.periodMonths = 12;
                f.periodEnd = f.contractEnd;
                f.evaluationDate = null;
            }
        }
        Map<String, Long> targets = annualTargets(r, st.areas().size());
        // a generated 中期 report covers 5 months
        double pace = org.stations.model.Pace.of(type.code, 5.0);
        if (f.layout == Layout.PERFORMANCE_002) {
            drawPeriods(r, f, targets);
        } else {
            drawMeasures(r, f, targets, pace);
            f.scores = drawScores(r, f);
            f.staffing = drawStaffing(r, f);
            drawFindings(r, f);
            if (f.layout == Layout.WRAPPED_000) roster(f);
        }
        if (r.nextDouble() < CONTRADICTION_RATE) plantContradiction(r, f);
        return f;
    }

    private static Map<String, Long> annualTargets(SplittableRandom r, int areas) {
        Map<String, Long> t = new LinkedHashMap<>();
        t.put("archive", between(r, 30, 500));
        t.put("phone_visits", between(r, 1000, 8000));
        t.put("home_visits", between(r, 300, 2000));
        t.put("consult_cases", between(r, 40, 400));
        long intake = between(r, 40, 100);
        t.put("case_intake", intake);
        t.put("case_sessions", intake * 5);
        t.put("case_closed", r.nextBoolean() ? intake : Math.round(intake * 0.8));
        long groups = between(r, 10, 40);
        t.put("group_count", groups);
        t.put("group_sessions", groups * 5);
        t.put("group_attendance", groups * 9);
        long large = Math.max(areas, between(r, 2, 30));
        t.put("large_event_count", large);
        t.put("large_event_attendance", large * 100);
        long small = between(r, 20, 100);
        t.put("small_event_count", small);
        t.put("small_event_attendance", small * between(r, 20, 40));
        long community = between(r, 30, 120);
        t.put("community_event_count", community);
        t.put("community_event_attendance", community * 40);
        t.put("volunteers_new", between(r, 50, 200));
        t.put("volunteer_leaders", between(r, 10, 30));
        t.put("volunteer_teams", between(r, 1, 3));
        t.put("community_orgs", between(r, 1, 3));
        return t;
    }

    private static long between(SplittableRandom r, long lo, long hi) {
        return lo + r.nextLong(hi - lo + 1);
    }

    /** Completion over pace: ~3% far over, ~8% under, attendance typically well over, the rest at or a little over. */
    static long drawActual(SplittableRandom r, long target, double pace, boolean attendance) {
        double u = r.nextDouble();
        double ratio;
        if (u < 0.03) ratio = 3.5 + 15 * r.nextDouble();
        else if (u < 0.11) ratio = 0.45 + 0.5 * r.nextDouble();
        else if (attendance) ratio = Math.max(1.0, Math.exp(Math.log(1.6) + 0.45 * r.nextGaussian()));
        else ratio = Math.max(1.0, Math.exp(Math.log(1.12) + 0.2 * r.nextGaussian()));
        long a = ratio >= 1.0 ? (long) Math.ceil(target * pace * ratio - 1e-9) : (long) Math.floor(target * pace * ratio);
        return Math.max(0, a);
    }

    private static boolean isAttendance(String code) { return code.endsWith("_attendance"); }

    private static void drawMeasures(SplittableRandom r, ReportFacts f, Map<String, Long> targets, double pace) {
        List<String> codes = PRINTED.get(f.layout);
        boolean targetStated = f.layout == Layout.WRAPPED_000;
        List<String> areas = f.station.areas();
        for (String code : codes) {
            long target = targets.get(code);
            long actual;
            if (f.layout == Layout.WRAPPED_000 && AREA_SPLIT.contains(code)) {
                long[] areaTargets = split(r, target, areas.size());
                actual = 0;
                for (int i = 0; i < areas.size(); i++) {
                    long a = drawActual(r, areaTargets[i], pace, isAttendance(code));
                    actual += a;
                    f.areaMeasures.computeIfAbsent(areas.get(i), k -> new ArrayList<>()).add(
                            new Measure(code, label(code), areaTargets[i], a, Measure.roundedCompletion(a, areaTargets[i]), true));
                }
            } else {
                actual = drawActual(r, target, pace, isAttendance(code));
            }
            if (f.layout == Layout.CELLS_003 && code.equals("community_orgs")) {
                // 003 states 志愿者队伍 and 社区社会组织 as one count ("培育志愿者队伍、社区社会组织2支")
                actual = f.measure("volunteer_teams").actual();
            }
            Double printed = Measure.roundedCompletion(actual, target);
            if ((f.layout == Layout.CELLS_003 || f.layout == Layout.GRADE_ONLY_004) && code.equals("phone_visits")) printed = null;
            if (f.layout == Layout.CELLS_003 && code.equals("home_visits")) printed = null;
            boolean stated = targetStated;
            f.stationMeasures.add(new Measure(code, label(code), target, actual, printed, stated));
        }
    }

    /** Splits a station target over its 片区, each at least 1, by random weights. */
    private static long[] split(SplittableRandom r, long total, int parts) {
        double[] w = new double[parts];
        double sum = 0;
        for (int i = 0; i < parts; i++) sum += (w[i] = 0.8 + 0.4 * r.nextDouble());
        long[] out = new long[parts];
        long given = 0;
        for (int i = 0; i < parts; i++) given += (out[i] = Math.max(1, (long) Math.floor(total * w[i] / sum)));
        for (int i = 0; given < total; i = (i + 1) % parts, given++) out[i]++;
        for (int i = 0; given > total; i = (i + 1) % parts) if (out[i] > 1) { out[i]--; given--; }
        return out;
    }

    private static void drawPeriods(SplittableRandom r, ReportFacts f, Map<String, Long> annual) {
        LocalDate start = f.contractStart.withDayOfMonth(1);
        LocalDate firstEnd = start.getMonthValue() == 1 ? LocalDate.of(start.getYear(), 6, 30) : LocalDate.of(start.getYear(), 12, 31);
        LocalDate secondStart = firstEnd.plusDays(1);
        LocalDate secondEnd = YearMonth.from(f.contractEnd).atEndOfMonth();
        double firstShare = (YearMonth.from(firstEnd).getMonthValue() - start.getMonthValue() + 1) / 12.0;
        String[] labels = {"第一个项目期", "第二个项目期"};
        LocalDate[][] spans = {{start, firstEnd}, {secondStart, secondEnd}};
        for (int p = 0; p < 2; p++) {
            double share = p == 0 ? firstShare : 1 - firstShare;
            List<Measure> ms = new ArrayList<>();
            for (String code : PRINTED.get(Layout.PERFORMANCE_002)) {
                long target = Math.max(1, Math.round(annual.get(code) * share));
                long actual = drawActual(r, target, 1.0, isAttendance(code));
                ms.add(new Measure(code, label(code), target, actual, Measure.roundedCompletion(actual, target), true));
            }
            f.periods.add(new ReportFacts.Period(labels[p], spans[p][0], spans[p][1], ms));
        }
    }

    private static double round2(double v) { return Math.round(v * 100) / 100.0; }

    private static ReportFacts.Scores drawScores(SplittableRandom r, ReportFacts f) {
        double purchaser = r.nextDouble() < 0.6 ? 20.0 : round2(16 + 3.9 * r.nextDouble());
        double supervisor = round2(7.5 + 2.3 * r.nextDouble());
        double center = round2(11.5 + 3.4 * r.nextDouble());
        List<ReportFacts.ScoreItem> items = new ArrayList<>();
        double third;
        boolean weak = r.nextDouble() < 0.08;
        if (f.layout == Layout.CELLS_003) {
            double scale = weak ? 0.55 + 0.1 * r.nextDouble() : 0.75 + 0.2 * r.nextDouble();
            double monitoring = Math.round(10 * scale * 100 + r.nextInt(20) - 10) / 100.0;
            double outcome = Math.round(15 * scale * 10) / 10.0;
            double operations = Math.round(10 * scale * 10 + r.nextInt(5) - 2) / 10.0;
            items.add(new ReportFacts.ScoreItem("third_party", "服务监测", null, 10, Math.min(10, monitoring), Math.min(10, monitoring)));
            items.add(new ReportFacts.ScoreItem("third_party", "服务成效", null, 15, Math.min(15, outcome), Math.min(15, outcome)));
            items.add(new ReportFacts.ScoreItem("third_party", "运营管理", null, 10, Math.min(10, operations), Math.min(10, operations)));
            List<String> areas = f.station.areas();
            double[] quality = new double[areas.size()];
            double sum = 0;
            for (int i = 0; i < quality.length; i++) {
                quality[i] = r.nextBoolean() ? Math.round(20 * scale) : round2(20 * scale + r.nextDouble() - 0.5);
                quality[i] = Math.min(20, quality[i]);
                sum += quality[i];
            }
            double converted = round2(sum / quality.length);
            for (int i = 0; i < quality.length; i++) {
                items.add(new ReportFacts.ScoreItem("third_party", "服务质量", areas.get(i), 20, quality[i], i == 0 ? converted : null));
            }
            third = round2(Math.min(10, monitoring) + Math.min(15, outcome) + Math.min(10, operations) + converted);
        } else {
            third = weak ? round2(25 + 11 * r.nextDouble()) : round2(36 + 16 * r.nextDouble());
        }
        double total = round2(purchaser + supervisor + center + third);
        return new ReportFacts.Scores(supervisor, purchaser, center, third, total, ReportFacts.gradeOf(total), items, null);
    }

    private static ReportFacts.Staffing drawStaffing(SplittableRandom r, ReportFacts f) {
        int required = f.station.requiredWorkers();
        double months = f.periodMonths;
        double expected = required * months;
        double certifiedExpected = required / 2.0 * months;
        double actual = expected + r.nextInt(9);
        double certifiedActual = certifiedExpected + r.nextInt((int) (expected / 3) + 1);
        boolean low = r.nextDouble() < 0.2;
        double rate = low ? 0.55 + 0.24 * r.nextDouble() : Requirements.RETENTION + 0.2 * r.nextDouble();
        int stable = (int) Math.round(rate * required);
        int minHigh = (int) Math.ceil(Requirements.RETENTION * required - 1e-9);
        if (low && stable >= minHigh) stable = minHigh - 1;
        if (!low && stable < minHigh) stable = minHigh;
        int social = required + r.nextInt(4);
        int certified = Math.min(social - 1, (int) Math.round(social * (0.6 + 0.25 * r.nextDouble())));
        double experiencedActual = Math.round(actual * (0.6 + 0.3 * r.nextDouble()));
        double experiencedShare = Math.round(experiencedActual / actual * 10000) / 10000.0;
        int resigned = required - stable + r.nextInt(3);
        int hired = Math.max(0, resigned - 1 + r.nextInt(3));
        return new ReportFacts.Staffing(expected, actual, certifiedExpected, certifiedActual, required, stable,
                Math.round(stable * 10000.0 / required) / 10000.0, social, certified, null, experiencedActual,
                experiencedShare, resigned, hired, r.nextInt(4), r.nextInt(3), 1 + r.nextInt(Math.max(1, certified / 2)));
    }

    private static void drawFindings(SplittableRandom r, ReportFacts f) {
        for (String party : List.of("supervisor", "purchaser", "supervision_center")) {
            f.findings.add(new ReportFacts.Finding(party, "positive", pick(r, POSITIVE, 1 + r.nextInt(3))));
            f.findings.add(new ReportFacts.Finding(party, "concern", pick(r, CONCERN, 1 + r.nextInt(3))));
        }
    }

    /**
     * The staffing annex of a 000 report, derived from the staffing facts without drawing (so the other
     * reports' numbers do not move): the stable workers on post every month, then those who resigned,
     * were hired, transferred in and out, each with the 备注 the prose counts.
     */
    private static void roster(ReportFacts f) {
        ReportFacts.Staffing s = f.staffing;
        int months = (int) java.time.temporal.ChronoUnit.MONTHS.between(YearMonth.from(f.periodStart), YearMonth.from(f.periodEnd)) + 1;
        int areas = f.station.areas().size();
        List<String> kinds = new ArrayList<>();
        for (int i = 0; i < s.stableWorkers(); i++) kinds.add(null);
        for (int i = 0; i < s.resigned(); i++) kinds.add("离职");
        for (int i = 0; i < s.hired(); i++) kinds.add("入职");
        for (int i = 0; i < s.transferredIn(); i++) kinds.add("调入");
        for (int i = 0; i < s.transferredOut(); i++) kinds.add("调出");
        for (int i = 0; i < kinds.size(); i++) {
            String kind = kinds.get(i);
            // leavers go before the last month, joiners come after the first: neither is on post every month
            int month = kind == null ? -1 : kind.equals("离职") || kind.equals("调出") ? i % (months - 1) : 1 + i % (months - 1);
            boolean joins = "入职".equals(kind) || "调入".equals(kind);
            List<Boolean> onPost = new ArrayList<>();
            for (int m = 0; m < months; m++) onPost.add(kind == null || (joins ? m >= month : m <= month));
            Map<Integer, String> events = kind == null ? Map.of() : Map.of(month, kind);
            boolean head = i == 0;
            f.roster.add(new ReportFacts.RosterPerson(String.format("模拟社工%02d", i + 1), i % 3 != 2,
                    head ? "社工站主任" : "社工", head ? null : 1 + i % areas, List.copyOf(onPost), events));
        }
    }

    private static List<String> pick(SplittableRandom r, String[] pool, int n) {
        List<String> all = new ArrayList<>(List.of(pool));
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n; i++) out.add(all.remove(r.nextInt(all.size())));
        return out;
    }

    /** Plants one contradiction of a kind the layout can show, recording it in the facts. */
    private static void plantContradiction(SplittableRandom r, ReportFacts f) {
        List<String> kinds = new ArrayList<>();
        kinds.add("percent_mismatch");
        if (f.layout == Layout.WRAPPED_000) kinds.add("area_sum");
        if (f.layout == Layout.WRAPPED_000 || f.layout == Layout.PARAGRAPHS_001 || f.layout == Layout.CELLS_003) {
            kinds.add("grade_mismatch");
        }
        if (f.layout != Layout.PERFORMANCE_002) kinds.add("stated_twice");
        String kind = kinds.get(r.nextInt(kinds.size()));
        switch (kind) {
            case "percent_mismatch" -> {
                List<Measure> ms = f.layout == Layout.PERFORMANCE_002 ? f.periods.get(0).measures() : f.stationMeasures;
                List<Integer> withPct = new ArrayList<>();
                for (int i = 0; i < ms.size(); i++) if (ms.get(i).printedCompletion() != null) withPct.add(i);
                int i = withPct.get(r.nextInt(withPct.size()));
                Measure m = ms.get(i);
                double wrong = Math.round((m.printedCompletion() + 0.1 + 0.3 * r.nextDouble()) * 10000) / 10000.0;
                ms.set(i, m.withPrinted(wrong));
                f.contradictions.add(new Contradiction(kind, m.code(), null, pct(wrong), pct(m.printedCompletion())));
            }
            case "area_sum" -> {
                int areaIndex = r.nextInt(f.station.areas().size());
                String area = f.station.areas().get(areaIndex);
                List<Measure> rows = f.areaMeasures.get(area);
                int i = r.nextInt(rows.size());
                Measure m = rows.get(i);
                long wrongActual = m.actual() + 1 + r.nextInt(9);
                rows.set(i, m.withActual(wrongActual).withPrinted(Measure.roundedCompletion(wrongActual, m.target())));
                f.contradictions.add(new Contradiction(kind, m.code(), area, Long.toString(wrongActual), Long.toString(m.actual())));
            }
            case "grade_mismatch" -> {
                ReportFacts.Scores s = f.scores;
                String right = s.grade();
                String wrong = switch (right) {
                    case "优秀" -> "良好";
                    case "良好" -> r.nextBoolean() ? "优秀" : "合格";
                    case "合格" -> "良好";
                    default -> "合格";
                };
                f.scores = new ReportFacts.Scores(s.supervisor(), s.purchaser(), s.supervisionCenter(), s.thirdParty(),
                        s.total(), wrong, s.items(), s.restatedTotal());
                f.contradictions.add(new Contradiction(kind, "grade", null, wrong, right));
            }
            default -> { // stated_twice
                if (f.layout == Layout.CELLS_003) {
                    ReportFacts.Scores s = f.scores;
                    double other = round2(s.total() + (r.nextBoolean() ? 1 : -1) * (0.5 + r.nextInt(300) / 100.0));
                    f.scores = new ReportFacts.Scores(s.supervisor(), s.purchaser(), s.supervisionCenter(), s.thirdParty(),
                            s.total(), s.grade(), s.items(), other);
                    f.contradictions.add(new Contradiction(kind, "total_score", null, Formats.score(other), Formats.score(s.total())));
                } else {
                    ReportFacts.Staffing s = f.staffing;
                    int other = s.socialWorkers() + 1 + r.nextInt(3);
                    f.staffing = new ReportFacts.Staffing(s.workersExpected(), s.workersActual(), s.certifiedExpected(),
                            s.certifiedActual(), s.requiredWorkers(), s.stableWorkers(), s.retentionRate(), s.socialWorkers(),
                            s.certifiedWorkers(), other, s.experiencedActual(), s.experiencedShare(), s.resigned(), s.hired(),
                            s.transferredIn(), s.transferredOut(), s.intermediateCertified());
                    f.contradictions.add(new Contradiction(kind, "social_workers", null, Integer.toString(s.socialWorkers()),
                            Integer.toString(other)));
                }
            }
        }
    }

    private static String pct(double fraction) { return Formats.pct2(fraction); }
}
