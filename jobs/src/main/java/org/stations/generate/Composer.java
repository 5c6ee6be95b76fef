package org.stations.generate;

import java.util.ArrayList;
import java.util.List;

/** Writes a report's facts as a {@link Doc} in its evaluator's layout, with the seed's sentence shapes and headings. */
final class Composer {
    private Composer() {}

    static final String[] CN_NUMBERS = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};
    static final String[] CN_AREA_COUNT = {"零", "一", "两", "三", "四", "五"};

    static Doc compose(ReportFacts f) {
        return switch (f.layout) {
            case WRAPPED_000 -> Layout000.compose(f);
            case PARAGRAPHS_001 -> Layout001.compose(f);
            case CELLS_003 -> Layout003.compose(f);
            case GRADE_ONLY_004 -> Layout004.compose(f);
            case PERFORMANCE_002 -> Layout002.compose(f);
        };
    }

    static String n(long v) { return Long.toString(v); }

    static String n(double v) { return Formats.plain(v); }

    /** "超配 4 人次" when more came than agreed, nothing otherwise. */
    static String surplus(double expected, double actual, String sep) {
        double d = actual - expected;
        return d > 0 ? sep + "超配 " + Formats.plain(d) + " 人次" : "";
    }

    static List<String> findings(ReportFacts f, String party, String polarity) {
        for (ReportFacts.Finding x : f.findings) {
            if (x.party().equals(party) && x.polarity().equals(polarity)) return x.items();
        }
        return List.of();
    }

    /** Numbered finding items: "1.…" (000/001) or "（1）…" (003/004). */
    static void numbered(Doc d, List<String> items, boolean parenthesised) {
        for (int i = 0; i < items.size(); i++) {
            d.p((parenthesised ? "（" + (i + 1) + "）" : (i + 1) + ".") + items.get(i));
        }
    }

    static String communities(ReportFacts f, int area) {
        return String.join("、", f.station.communities().get(area));
    }

    /** Percents joined as a sentence lists them: "48.57%，49.14%". */
    static String pcts(ReportFacts f, String sep, String... codes) {
        List<String> out = new ArrayList<>();
        for (String c : codes) out.add(Formats.pct2(f.measure(c).printedCompletion()));
        return String.join(sep, out);
    }

    static String actual(ReportFacts f, String code) {
        return Long.toString(f.measure(code).actual());
    }

    static String retentionJudgement(ReportFacts.Staffing s) {
        return s.retentionRate() < 0.8 ? "未能满足评估指标体系中“稳岗率不低于 80%”的要求，需要机构和社工站加强对人员稳定性的关注。"
                : "满足评估指标体系中“稳岗率不低于 80%”的要求。";
    }
}
