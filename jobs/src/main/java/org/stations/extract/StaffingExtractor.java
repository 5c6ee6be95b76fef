package org.stations.extract;

import org.stations.model.Table;
import org.apache.spark.sql.Row;

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

        public String evidenceText() {
            return String.join(" … ", evidence);
        }

        public boolean isEmpty() {
            return evidence.isEmpty();
        }

        public Row toRow(String reportId) {
            return Table.STAFFING.row().set("report_id", reportId).set("workers_expected", workersExpected)
                    .set("workers_actual", workersActual).set("certified_expected", certifiedExpected)
                    .set("certified_actual", certifiedActual).set("required_workers", requiredWorkers)
                    .set("stable_workers", stableWorkers).set("retention_rate", retentionRate)
                    .set("experienced_share", experiencedShare).set("resigned", resigned).set("hired", hired)
                    .set("transferred_in", transferredIn).set("transferred_out", transferredOut)
                    .set("evidence", evidenceText()).build();
        }
    }

    private static final String SEP = "\\s*[,，、]?\\s*";
    /**
     * 人次 expected and present, in the ways reports say it: "社工应到 66 人次，实到 70 人次", "应配备社工108人次，实际到岗110人次",
     * "持证社工应到岗54人次,实际到岗71人次". The words before 应 say whose: 持证 there makes it the certified workers'.
     */
    private static final Pattern ATTENDANCE = Pattern.compile(
            "([\\u4e00-\\u9fff()（）]{0,20}?)应(?:配备|到岗?|配|在岗)?(?:社工)?(?:不少于|不低于)?\\s*" + NUM + "\\s*人次" + SEP
            + "(?:实际|实)(?:到岗?|配备|在岗)?\\s*" + NUM + "\\s*人次");
    private static final Pattern ATTENDANCE_LINE = Pattern.compile(
            "^([\\u4e00-\\u9fff]{0,8}?)(应|实)(?:际)?到岗[:：]\\s*" + NUM + "\\s*人次$", Pattern.MULTILINE);
    private static final Pattern[] STABLE = {
            Pattern.compile(Cn.COUNT + "\\s*名社工持续稳定在岗"),
            Pattern.compile("持续(?:稳定)?在岗(?:社工)?\\s*" + Cn.COUNT + "\\s*[人名]"),
            // "考核期内始终在岗的社工18名"
            Pattern.compile("(?=[持始])(?:持续|始终)(?:稳定)?在岗的?(?:社工|人员|有)?(?:共|为|有|[:：])?\\s*" + Cn.COUNT + "\\s*[人名]"),
            // "考核期间始终在岗的只有13人"
            Pattern.compile("(?:持续|始终)[^。，,；;]{0,12}?在岗的?(?:只有|仅有|有|为|共)\\s*" + Cn.COUNT + "\\s*[个人名]"),
            // "期初在岗的20名社工中有17名在整个考核期内持续在岗", "18名社工中，15名在考核期内未发生离岗"
            Pattern.compile("(?=[社人])(?:社工|人员|人)中[,，]?(?:有)?\\s*" + Cn.COUNT + "\\s*[名人][^。；;,，]{0,16}?(?:持续(?:稳定)?在岗|始终在岗|未(?:发生)?离岗)"),
    };
    private static final Pattern[] REQUIRED = {
            Pattern.compile("协议(?:要求)?(?:在岗)?(?:社工)?人数(?:为)?\\s*" + Cn.COUNT + "\\s*[人名]"),
            Pattern.compile("协议要求在岗社工(?:数)?(?:为)?\\s*" + Cn.COUNT + "\\s*[人名]"),
            Pattern.compile("协议要求[\\u4e00-\\u9fff]{0,6}?(?:配备|在岗)社工\\s*" + Cn.COUNT + "\\s*[人名]"),
            Pattern.compile("协议(?:要求|约定)的?\\s*" + Cn.COUNT + "\\s*个(?:在岗)?岗位"),
            Pattern.compile("协议约定[\\u4e00-\\u9fff]{0,6}?配备社工\\s*" + Cn.COUNT + "\\s*[人名]"),
            // "按服务协议，新塘镇社工站应配备社工二十名", "协议配备社工：18名"
            Pattern.compile("按照?(?:服务)?协议[,，]?[^。；;,，]{0,16}?应配备社工\\s*" + Cn.COUNT + "\\s*[人名]"),
            Pattern.compile("协议配备社工[:：]?\\s*" + Cn.COUNT + "\\s*[人名]"),
            // "按协议配置社工16名", a key/value line "协议社工岗位：18个"
            Pattern.compile("按(?:服务)?协议[,，]?[^。；;,，]{0,16}?配(?:备|置)社工\\s*" + Cn.COUNT + "\\s*[人名]"),
            Pattern.compile("协议(?:社工)?岗位(?:数)?[:：]\\s*" + Cn.COUNT + "\\s*[个人名]"),
    };
    /** 稳岗率 under the names reports give it: 人员稳定率, 稳定率, 人员稳定性(指标), 稳岗比例, 留任率. */
    private static final Pattern RETENTION = Pattern.compile(
            "(?=[稳人留])(?:稳岗率|稳岗比例|人员稳定性指标|人员稳定性|人员稳定率|稳定率|留任率)(?:[(（][^)）]{0,40}[)）])?(?:为|达到|达|是)?\\s*[:：]?\\s*" + NUM + "%");
    private static final Pattern EXPERIENCED = Pattern.compile(
            "(?:从业\\s*(?:2|两|二)\\s*年以上|从业满\\s*(?:2|两|二)\\s*年|(?:2|两|二)\\s*年以上(?:的)?从业)[^。;；]{0,40}?占[^。;；%]{0,20}?" + NUM + "%");
    /**
     * 离职 (resigned), 新入职, 调入, 调出: the count before the event ("5名社工离职", "2名社工由承接机构其他项目调入", "1名调出")
     * or after it ("新入职4名", "新入职社工3名"); each kind as first stated.
     */
    private static final String EVENT = "(提前解除劳动合同|离职|辞职|流失|新入职|入职|新进|新招聘|补充招聘|新招|调入|调出|调往|调离)";
    private static final Pattern STAFF_CHANGE = Pattern.compile(
            // "补充招聘新社工5名": the new workers counted after the event
            Cn.COUNT + "\\s*[名人](?:社工)?[^,，。；;、\\d]{0,20}?" + EVENT + "|" + EVENT + "的?新?(?:社工)?\\s*[:：]?\\s*" + Cn.COUNT + "\\s*[名人]");

    /** "调入、调出各1人": two movements of one count. */
    private static final Pattern EACH_OF = Pattern.compile(EVENT + "[、和及与/]?" + EVENT + "(?:社工)?各\\s*" + Cn.COUNT + "\\s*[名人]");

    /** Whether a "/" follows, after a space or two at most. */
    private static boolean slashAfter(String text, int at) {
        for (int i = at; i < Math.min(text.length(), at + 3); i++) {
            char c = text.charAt(i);
            if (c == '/') return true;
            if (c != ' ') return false;
        }
        return false;
    }

    /** "无调出", "无调入、调出", "无人员调入调出": a movement the report states did not happen is a zero, not a null. */
    private static final Pattern NONE_OF = Pattern.compile("(?:无|没有)(?:人员|社工)?" + EVENT + "(?:[、和及与/]?" + EVENT + ")?");

    public static Staffing extract(ReportText t) {
        return extract(t, null);
    }

    /** @param reportType the report's type code: in a 末期 report the 中期's figures are another report's */
    public static Staffing extract(ReportText t, String reportType) {
        Staffing s = new Staffing();
        for (MatchResult m : t.matchesInLinesWith("人次", ATTENDANCE)) {
            // "社工（含持证社工和非持证社工）应到岗": what the brackets include does not make it the certified workers'
            boolean certified = Cn.withoutBrackets(m.group(1)).contains("持证");
            if (certified ? s.certifiedExpected != null : s.workersExpected != null) continue;
            if (certified) { s.certifiedExpected = Cn.num(m.group(2)); s.certifiedActual = Cn.num(m.group(3)); }
            else { s.workersExpected = Cn.num(m.group(2)); s.workersActual = Cn.num(m.group(3)); }
            s.evidence.add(t.sentenceOf(m));
        }
        // key/value lines: "社工应到岗：216人次" and "社工实到岗：209人次" each on a line of its own
        for (MatchResult m : t.matchesInLinesWith("到岗", ATTENDANCE_LINE)) {
            boolean certified = m.group(1).contains("持证");
            boolean expected = m.group(2).equals("应");
            Double n = Cn.num(m.group(3));
            if (certified && expected && s.certifiedExpected == null) s.certifiedExpected = n;
            else if (certified && !expected && s.certifiedActual == null) s.certifiedActual = n;
            else if (!certified && expected && s.workersExpected == null) s.workersExpected = n;
            else if (!certified && !expected && s.workersActual == null) s.workersActual = n;
            else continue;
            s.evidence.add(t.sentenceOf(m));
        }
        for (Pattern p : STABLE) if (s.stableWorkers == null) find(t, "在岗", p, s, m -> s.stableWorkers = Cn.count(m.group(1)));
        for (Pattern p : REQUIRED) if (s.requiredWorkers == null) find(t, "协议", p, s, m -> s.requiredWorkers = Cn.count(m.group(1)));
        // every name of the rate holds 稳 or 留任: one pass over those lines, in text order
        for (MatchResult r : t.matchesInLines(line -> line.contains("稳") || line.contains("留任"), RETENTION)) {
            // "中期评估时该站稳岗率为94.44%", "全市平均稳岗率为86.2%", "上一服务年度末期该站稳定率为78.95%"
            if (Cn.anotherReports(t.text(), r.start(), reportType)) continue;
            Double rate = Cn.percent(r.group(1));
            s.retentionStatements.add(rate);
            if (s.retentionRate == null) { s.retentionRate = rate; s.evidence.add(t.sentenceOf(r)); }
        }
        for (MatchResult m : t.matchesInLinesWith("从业", EXPERIENCED)) {
            // "从业两年以上占比│≥50%": the requirement beside the share, not the share
            if (Cn.threshold(t.text(), m.start(1)) || Cn.anotherReports(t.text(), m.start(1), reportType)) continue;
            s.experiencedShare = Cn.percent(m.group(1));
            s.evidence.add(t.sentenceOf(m));
            break;
        }
        changes(t, s, reportType);
        return s;
    }

    private static void changes(ReportText t, Staffing s, String reportType) {
        Integer[] count = new Integer[4];
        String[] sentence = new String[4];
        // counted in 名 first; a kind no 名 line states may be counted in 人 ("离职社工2人", "本年度离职：3人")
        List<MatchResult> changes = new ArrayList<>(t.matchesInLinesWith("名", STAFF_CHANGE));
        changes.addAll(t.matchesInLines(line -> line.contains("人") && !line.contains("名"), STAFF_CHANGE));
        for (MatchResult m : changes) {
            // "该片区去年下半年有两名社工先后离职": another period's, not this report's count
            if (Cn.anotherReports(t.text(), m.start(), reportType)) continue;
            String event = m.group(2) != null ? m.group(2) : m.group(3);
            String n = m.group(1) != null ? m.group(1) : m.group(4);
            int kind = kind(event);
            // "16名 / 15名 离职 / 入职 / 调入 / 调出": the event words of a cell's header list, not a statement
            if (slashAfter(t.text(), m.end())) continue;
            if (count[kind] == null && Cn.count(n) != null) { count[kind] = Cn.count(n); sentence[kind] = t.sentenceOf(m); }
        }
        for (MatchResult m : t.matchesInLinesWith("各", EACH_OF)) {
            if (Cn.anotherReports(t.text(), m.start(), reportType) || Cn.count(m.group(3)) == null) continue;
            for (String event : new String[]{m.group(1), m.group(2)}) {
                int kind = kind(event);
                if (count[kind] == null) { count[kind] = Cn.count(m.group(3)); sentence[kind] = t.sentenceOf(m); }
            }
        }
        for (MatchResult m : t.matchesInLinesWith("无", NONE_OF)) {
            for (String event : new String[]{m.group(1), m.group(2)}) {
                if (event == null) continue;
                int kind = kind(event);
                if (count[kind] == null) { count[kind] = 0; sentence[kind] = t.sentenceOf(m); }
            }
        }
        s.resigned = count[0];
        s.hired = count[1];
        s.transferredIn = count[2];
        s.transferredOut = count[3];
        for (String e : sentence) if (e != null) s.evidence.add(e);
    }

    private static int kind(String event) {
        return switch (event) { case "新入职", "入职", "新进", "新招聘", "补充招聘", "新招" -> 1; case "调入" -> 2; case "调出", "调往", "调离" -> 3; default -> 0; };
    }

    /** The first match of {@code p}, looked for on the lines holding {@code word} (in every match of p). */
    private static void find(ReportText t, String word, Pattern p, Staffing s, java.util.function.Consumer<MatchResult> use) {
        List<MatchResult> all = t.matchesInLinesWith(word, p);
        if (all.isEmpty()) return;
        use.accept(all.get(0));
        s.evidence.add(t.sentenceOf(all.get(0)));
    }
}
