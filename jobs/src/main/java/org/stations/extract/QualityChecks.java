package org.stations.extract;

import org.stations.model.Table;
import org.stations.model.Check;
import org.stations.model.Grade;
import org.apache.spark.sql.Row;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What a report contradicts in itself, as rows of quality_flag: kept, flagged, never corrected. */
public final class QualityChecks {
    private QualityChecks() {}

    /** A quality_flag row of one report; {@code check} is a code of model/Check. */
    public record Flag(String table, String check, String severity, String detail) {
        public Flag(String table, Check check, String severity, String detail) { this(table, check.code, severity, detail); }

        public Row toRow(String reportId) {
            return Table.QUALITY_FLAG.row().set("report_id", reportId).set("table_name", table).set("check", check)
                    .set("severity", severity).set("detail", detail).build();
        }
    }

    /** A pattern stating a quantity in prose, and a word every match of it contains (where to look). */
    private record Mention(String word, Pattern pattern) {
        Mention(String word, String regex) { this(word, Pattern.compile(regex)); }
    }

    /** Station-level totals a report states outside its indicator section, by indicator code. */
    private static final Map<String, Mention[]> MENTIONS = new LinkedHashMap<>();
    static {
        MENTIONS.put("archive", new Mention[]{
                new Mention("完成全", "完成全[街镇]\\s*(\\d+)\\s*户"), new Mention("建档总户数", "建档总户数\\s*(\\d+)\\s*户")});
        MENTIONS.put("volunteers_new", new Mention[]{
                new Mention("新登记志愿者", "新登记志愿者\\s*(\\d+)\\s*名"), new Mention("名志愿者", "[,，](\\d+)\\s*名志愿者(?![骨的资])")});
        MENTIONS.put("volunteer_leaders", new Mention[]{
                new Mention("培育志愿者骨干", "培育志愿者骨干\\s*(\\d+)\\s*名"), new Mention("名志愿者骨干", "(" + Cn.DIGITS + ")\\s*名志愿者骨干")});
        MENTIONS.put("volunteer_teams", new Mention[]{
                new Mention("支志愿者队伍", "(?:新培育|新增|培育了?)\\s*(\\d+)\\s*支志愿者队伍"),
                new Mention("支志愿者队伍", "[,，](\\d+)\\s*支志愿者队伍")});
        MENTIONS.put("community_orgs", new Mention[]{
                new Mention("个社区社会组织", "(?:新培育|培育了?)\\s*(\\d+)\\s*个社区社会组织")});
    }

    public static List<Flag> check(ReportText t, ScoreExtractor.Scores scores, StaffingExtractor.Staffing staffing,
                                   List<IndicatorValue> indicators, StaffRosterExtractor.Roster roster) {
        List<Flag> flags = new ArrayList<>();
        partySum(scores, flags);
        grade(scores, flags);
        twoTotals(scores, flags);
        itemMeans(scores, flags);
        completions(indicators, flags);
        areaSums(indicators, flags);
        mentions(t, indicators, flags);
        Set<Double> rates = new LinkedHashSet<>(staffing.retentionStatements);
        if (rates.size() > 1) {
            flags.add(new Flag("staffing", Check.CONFLICTING_VALUES, "warning", "稳岗率 stated as " + rates));
        }
        roster(staffing, roster, flags);
        return flags;
    }

    /** The staffing annex against the prose: who was on post every month (持续在岗), and the 备注's events. */
    private static void roster(StaffingExtractor.Staffing s, StaffRosterExtractor.Roster roster, List<Flag> flags) {
        if (roster.isEmpty()) return;
        rosterCount("stable_workers", s.stableWorkers, roster.onPostEveryMonth(), "persons on post in every month", flags);
        rosterCount("resigned", s.resigned, roster.persons("离职"), "persons with 离职 in 备注", flags);
        rosterCount("hired", s.hired, roster.persons("入职"), "persons with 入职 in 备注", flags);
        rosterCount("transferred_in", s.transferredIn, roster.persons("调入"), "persons with 调入 in 备注", flags);
        rosterCount("transferred_out", s.transferredOut, roster.persons("调出"), "persons with 调出/调离 in 备注", flags);
    }

    private static void rosterCount(String field, Integer stated, int inRoster, String what, List<Flag> flags) {
        if (stated == null || stated == inRoster) return;
        flags.add(new Flag("staff_month", Check.ROSTER_MISMATCH, "warning", String.format(
                "%s: the report states %d, the staffing annex has %d %s", field, stated, inRoster, what)));
    }

    private static void partySum(ScoreExtractor.Scores s, List<Flag> flags) {
        if (s.total() == null || s.parties.size() != 4) return;
        double sum = s.parties.values().stream().mapToDouble(ScoreExtractor.PartyScore::score).sum();
        if (Math.abs(sum - s.total()) > 0.015) {
            flags.add(new Flag("party_score", Check.PARTY_SUM_MISMATCH, "error",
                    String.format("four party scores add up to %.2f, the report's total is %.2f", sum, s.total())));
        }
    }

    private static void grade(ScoreExtractor.Scores s, List<Flag> flags) {
        if (s.total() == null || s.grade == null) return;
        String expected = Grade.of(s.total()).label;
        if (!expected.equals(s.grade)) {
            flags.add(new Flag("report", Check.GRADE_MISMATCH, "error",
                    "total " + s.total() + " is " + expected + " by " + Grade.BANDS + ", the report says " + s.grade));
        }
    }

    private static void twoTotals(ScoreExtractor.Scores s, List<Flag> flags) {
        Set<Double> distinct = new LinkedHashSet<>(s.totals);
        if (distinct.size() > 1) {
            flags.add(new Flag("report", Check.CONFLICTING_VALUES, "error", "total score stated as " + distinct));
        }
    }

    /** A converted score printed for an item split by 片区 should be the mean of its areas' scores. */
    private static void itemMeans(ScoreExtractor.Scores s, List<Flag> flags) {
        Map<String, List<ScoreExtractor.ScoreItem>> byItem = new LinkedHashMap<>();
        Map<String, Double> wholeConverted = new LinkedHashMap<>();
        for (ScoreExtractor.ScoreItem i : s.items) {
            if (i.area() != null) byItem.computeIfAbsent(i.item(), k -> new ArrayList<>()).add(i);
            else if (i.convertedScore() != null) wholeConverted.putIfAbsent(i.item(), i.convertedScore());
        }
        for (Map.Entry<String, List<ScoreExtractor.ScoreItem>> e : byItem.entrySet()) {
            List<ScoreExtractor.ScoreItem> items = e.getValue();
            Double converted = items.stream().map(ScoreExtractor.ScoreItem::convertedScore).filter(x -> x != null).findFirst()
                    .orElse(wholeConverted.get(e.getKey()));
            if (converted == null || items.stream().anyMatch(i -> i.score() == null)) continue;
            double mean = items.stream().mapToDouble(ScoreExtractor.ScoreItem::score).average().orElse(0);
            if (Math.abs(mean - converted) > 0.006) {
                flags.add(new Flag("score_item", Check.ITEMS_DO_NOT_ADD_UP, "error", String.format(
                        "%s: mean of %d areas is %.4f, converted score printed %.2f", e.getKey(), items.size(), mean, converted)));
            }
        }
    }

    /** A printed % that is not actual/target beyond the rounding of its printed decimals. */
    private static void completions(List<IndicatorValue> indicators, List<Flag> flags) {
        for (IndicatorValue v : indicators) {
            // only a %, target and actual read from one row or sentence can contradict each other
            if (!v.fromOneRow || v.targetDerived || v.completion() == null || v.reportedCompletion == null) continue;
            if (!Cn.printsAs(v.completion(), v.reportedCompletion, v.reportedDecimals)) {
                flags.add(new Flag("indicator", Check.COMPLETION_MISMATCH, "warning", String.format(
                        "%s%s: %s / %s = %.4f, printed %.4f", v.code, where(v), fmt(v.actual), fmt(v.target),
                        v.completion(), v.reportedCompletion)));
            }
        }
    }

    /** 片区 rows whose targets or actuals do not add up to the station row. */
    private static void areaSums(List<IndicatorValue> indicators, List<Flag> flags) {
        Map<String, IndicatorValue> station = new LinkedHashMap<>();
        Map<String, List<IndicatorValue>> areas = new LinkedHashMap<>();
        for (IndicatorValue v : indicators) {
            String k = v.periodLabel + "|" + v.code;
            if (v.area == null) station.put(k, v);
            else areas.computeIfAbsent(k, x -> new ArrayList<>()).add(v);
        }
        for (Map.Entry<String, List<IndicatorValue>> e : areas.entrySet()) {
            IndicatorValue s = station.get(e.getKey());
            if (s == null) continue;
            sum(s, e.getValue(), "target", s.target, e.getValue().stream().map(v -> v.target).toList(), flags);
            sum(s, e.getValue(), "actual", s.actual, e.getValue().stream().map(v -> v.actual).toList(), flags);
        }
    }

    private static void sum(IndicatorValue s, List<IndicatorValue> areas, String what, Double stationValue,
                            List<Double> areaValues, List<Flag> flags) {
        if (stationValue == null) return;
        double total = areaValues.stream().filter(x -> x != null).mapToDouble(Double::doubleValue).sum();
        if (Math.abs(total - stationValue) > 0.5) {
            flags.add(new Flag("indicator", Check.AREA_SUM_MISMATCH, "warning", String.format(
                    "%s %s: %d 片区 rows add up to %s, the station row says %s", s.code, what, areas.size(),
                    fmt(total), fmt(stationValue))));
        }
    }

    /** One quantity stated twice with different values: the indicator table against the prose elsewhere. */
    private static void mentions(ReportText t, List<IndicatorValue> indicators, List<Flag> flags) {
        Map<String, IndicatorValue> station = new LinkedHashMap<>();
        for (IndicatorValue v : indicators) if (v.area == null && v.periodLabel == null) station.putIfAbsent(v.code, v);
        for (Map.Entry<String, Mention[]> e : MENTIONS.entrySet()) {
            IndicatorValue v = station.get(e.getKey());
            if (v == null || v.actual == null) continue;
            Set<String> seen = new LinkedHashSet<>();
            for (Mention mention : e.getValue()) {
                for (MatchResult m : t.matchesInLinesWith(mention.word(), mention.pattern())) {
                    double stated = Double.parseDouble(m.group(1));
                    if (stated != v.actual && seen.add(m.group(1))) {
                        flags.add(new Flag("indicator", Check.CONFLICTING_VALUES, "warning", String.format(
                                "%s: %s in the indicator table/section, %s in「%s」", v.code, fmt(v.actual), m.group(1),
                                t.sentenceOf(m))));
                    }
                }
            }
        }
    }

    private static String where(IndicatorValue v) {
        return (v.area == null ? "" : " (" + v.area + ")") + (v.periodLabel == null ? "" : " [" + v.periodLabel + "]");
    }

    static String fmt(Double d) {
        if (d == null) return "null";
        return d == Math.rint(d) ? String.valueOf(d.longValue()) : String.valueOf(d);
    }
}
