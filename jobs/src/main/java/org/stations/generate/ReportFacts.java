package org.stations.generate;

import org.stations.model.ReportType;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything one generated report states, drawn before any text is written: the layouts only print these
 * values and the truth records them, so text and truth cannot disagree.
 */
public final class ReportFacts {

    /** The four parties' scores as printed; {@code grade} is the printed grade (wrong when a contradiction is planted). */
    public record Scores(double supervisor, double purchaser, double supervisionCenter, double thirdParty,
                         double total, String grade, List<ScoreItem> items, Double restatedTotal) {}

    /** One row of a 003-style score table: 服务质量 rows carry their 片区, only the first of them the converted score. */
    public record ScoreItem(String party, String item, String area, double maxScore, double score, Double converted) {}

    public record Staffing(double workersExpected, double workersActual, double certifiedExpected, double certifiedActual,
                           int requiredWorkers, int stableWorkers, double retentionRate, int socialWorkers,
                           int certifiedWorkers, Integer socialWorkersRestated, double experiencedActual,
                           double experiencedShare, int resigned, int hired, int transferredIn, int transferredOut,
                           int intermediateCertified) {}

    /** A 项目期 of a 绩效评价报告 with its own targets. */
    public record Period(String label, LocalDate start, LocalDate end, List<Measure> measures) {}

    public record Finding(String party, String polarity, List<String> items) {}

    /**
     * One person of the 000 layout's staffing annex (附件2), with an obviously synthetic name: on post (and
     * insured and paid) in the months marked, and the 备注's event by month index (入职, 离职, 调入, 调出).
     */
    public record RosterPerson(String name, boolean certified, String role, Integer area, List<Boolean> onPost,
                               Map<Integer, String> events) {}

    public Station station;
    public int year;
    public ReportType type;
    public Layout layout;
    public String fileStem;
    public LocalDate contractStart, contractEnd, periodStart, periodEnd, evaluationDate;
    public double periodMonths;
    public Scores scores;
    public Staffing staffing;
    public final List<Measure> stationMeasures = new ArrayList<>();
    public final Map<String, List<Measure>> areaMeasures = new LinkedHashMap<>();
    public final List<Period> periods = new ArrayList<>();
    public final List<Finding> findings = new ArrayList<>();
    public final List<RosterPerson> roster = new ArrayList<>();
    public final List<Contradiction> contradictions = new ArrayList<>();

    public Measure measure(String code) {
        for (Measure m : stationMeasures) if (m.code().equals(code)) return m;
        throw new IllegalArgumentException("no indicator " + code + " in " + fileStem);
    }

    public String areaOfIndex(int i) { return station.areas().get(i); }

    static String gradeOf(double total) { return org.stations.model.Grade.of(total).label; }
}
