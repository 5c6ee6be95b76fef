package org.stations.extract;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

import static org.stations.extract.Cn.NUM;

/** Staffing: 人次 expected and present, the team that stayed (稳岗率), who left and who came. */
public final class StaffingExtractor {
    private StaffingExtractor() {}

    public static final class Staffing {
        public Double workersExpected, workersActual, certifiedExpected, certifiedActual;
        public Integer requiredWorkers, stableWorkers;
        public Double retentionRate, experiencedShare;
        public Integer resigned, hired, transferredIn, transferredOut;
        /** Every 稳岗率 the report prints: two different ones are a contradiction. */
        public final List<Double> retentionStatements = new ArrayList<>();
        final Set<String> evidence = new LinkedHashSet<>();

        public boolean isEmpty() {
            return evidence.isEmpty();
        }

        public Row toRow(String reportId) {
            return RowFactory.create(reportId, workersExpected, workersActual, certifiedExpected, certifiedActual,
                    requiredWorkers, stableWorkers, retentionRate, experiencedShare, resigned, hired, transferredIn,
                    transferredOut, String.join(" … ", evidence));
        }
    }

    private static final String SEP = "\\s*[,，]\\s*";
    private static final Pattern CERTIFIED = Pattern.compile(
            "持证社工应到岗?\\s*" + NUM + "\\s*人次" + SEP + "实到岗?\\s*" + NUM + "\\s*人次");
    private static final Pattern WORKERS = Pattern.compile(
            "(?<!持证)(?:社工|总人数)(?:[(（][^)）]{0,20}[)）])?应到岗?\\s*" + NUM + "\\s*人次" + SEP + "实到岗?\\s*" + NUM + "\\s*人次");
    private static final Pattern[] STABLE = {
            Pattern.compile("(\\d+)\\s*名社工持续稳定在岗"),
            Pattern.compile("持续(?:稳定)?在岗(?:社工)?\\s*(\\d+)\\s*[人名]"),
    };
    private static final Pattern[] REQUIRED = {
            Pattern.compile("协议(?:要求)?(?:在岗)?(?:社工)?人数(?:为)?\\s*(\\d+)\\s*[人名]"),
            Pattern.compile("协议要求在岗社工(?:数)?(?:为)?\\s*(\\d+)\\s*[人名]"),
    };
    private static final Pattern RETENTION = Pattern.compile("稳岗率(?:[(（][^)）]{0,40}[)）])?(?:为|达到|达|是)?\\s*[:：]?\\s*" + NUM + "%");
    private static final Pattern EXPERIENCED = Pattern.compile(
            "(?:从业\\s*(?:2|两|二)\\s*年以上|(?:2|两|二)\\s*年以上(?:的)?从业)[^。;；]{0,40}?占[^。;；%]{0,20}?" + NUM + "%");
    /** 离职 (resigned), 新入职, 调入, 调出: one pattern, one pass, each kind as first stated. */
    private static final Pattern STAFF_CHANGE = Pattern.compile("(\\d+)\\s*名社工(提前解除劳动合同|离职|辞职|新入职|调入|调出)");

    public static Staffing extract(ReportText t) {
        Staffing s = new Staffing();
        find(t, "持证社工应到", CERTIFIED, s, m -> { s.certifiedExpected = Cn.num(m.group(1)); s.certifiedActual = Cn.num(m.group(2)); });
        find(t, "应到", WORKERS, s, m -> { s.workersExpected = Cn.num(m.group(1)); s.workersActual = Cn.num(m.group(2)); });
        for (Pattern p : STABLE) if (s.stableWorkers == null) find(t, "在岗", p, s, m -> s.stableWorkers = Integer.valueOf(m.group(1)));
        for (Pattern p : REQUIRED) if (s.requiredWorkers == null) find(t, "协议", p, s, m -> s.requiredWorkers = Integer.valueOf(m.group(1)));
        for (MatchResult r : t.matchesInLinesWith("稳岗率", RETENTION)) {
            Double rate = Cn.percent(r.group(1));
            s.retentionStatements.add(rate);
            if (s.retentionRate == null) { s.retentionRate = rate; s.evidence.add(t.sentenceOf(r)); }
        }
        find(t, "年以上", EXPERIENCED, s, m -> s.experiencedShare = Cn.percent(m.group(1)));
        changes(t, s);
        return s;
    }

    private static void changes(ReportText t, Staffing s) {
        Integer[] count = new Integer[4];
        String[] sentence = new String[4];
        for (MatchResult m : t.matchesInLinesWith("名社工", STAFF_CHANGE)) {
            int kind = switch (m.group(2)) { case "新入职" -> 1; case "调入" -> 2; case "调出" -> 3; default -> 0; };
            if (count[kind] == null) { count[kind] = Integer.valueOf(m.group(1)); sentence[kind] = t.sentenceOf(m); }
        }
        s.resigned = count[0];
        s.hired = count[1];
        s.transferredIn = count[2];
        s.transferredOut = count[3];
        for (String e : sentence) if (e != null) s.evidence.add(e);
    }

    /** The first match of {@code p}, looked for on the lines holding {@code word} (in every match of p). */
    private static void find(ReportText t, String word, Pattern p, Staffing s, java.util.function.Consumer<MatchResult> use) {
        List<MatchResult> all = t.matchesInLinesWith(word, p);
        if (all.isEmpty()) return;
        use.accept(all.get(0));
        s.evidence.add(t.sentenceOf(all.get(0)));
    }
}
