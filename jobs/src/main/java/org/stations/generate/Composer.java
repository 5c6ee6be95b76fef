package org.stations.generate;

import org.stations.model.Requirements;
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

    /**
     * The finding items as a layout prints them: 003 has no 监督方 section (as its seed) and writes the
     * purchaser's as one paragraph ("购买方（…）代表认为，…"); every other section is printed item by item.
     */
    static List<String> printedFindings(ReportFacts f, String party, String polarity) {
        if (f.layout == Layout.CELLS_003 && party.equals("supervisor")) return List.of();
        List<String> items = findings(f, party, polarity);
        if (f.layout == Layout.CELLS_003 && party.equals("purchaser")) {
            return List.of("购买方（" + f.station.purchaserShort() + "）代表认为，" + String.join("", items));
        }
        return items;
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
        String rule = "“稳岗率不低于 " + Requirements.RETENTION_PERCENT + "”";
        return s.retentionRate() < Requirements.RETENTION ? "未能满足评估指标体系中" + rule + "的要求，需要机构和社工站加强对人员稳定性的关注。"
                : "满足评估指标体系中" + rule + "的要求。";
    }

    /** How a layout writes one party's 值得肯定 / 需要关注 section. */
    interface PartySection {
        void write(Doc d, ReportFacts f, String heading, String party);
    }

    /** The title, the header block of seeds 001 and 004 (项目监督方 … 评估日期), and the title again. */
    static void titleAndParties(Doc d, String title, Station st, String evaluator, String evaluationDate) {
        d.p(title);
        d.p("项目监督方：" + st.supervisor());
        d.p("项目购买方：" + st.purchaser());
        d.p("项目承办方：" + st.operator());
        d.p("项目评估方：" + evaluator);
        d.p("评估日期：" + evaluationDate);
        d.p(title);
    }

    /**
     * The 广州市社会工作协会's template shared by seeds 000 and 001: 评估依据 … 评估结果说明, the three
     * parties' sections, and the start of 六、第三方专业评估.
     * @param evaluatedOn "于" and the evaluation date, spaced as the layout prints dates
     */
    static void associationSections(Doc d, ReportFacts f, String evaluatedOn, PartySection partySection) {
        Station st = f.station;
        String district = st.district().name();
        d.p("二、评估依据、评估原则及评估办法");
        d.p("（一）评估依据");
        d.p(Boilerplate.BASIS);
        d.p("（二）评估原则");
        for (String p : Boilerplate.PRINCIPLES) d.p(p);
        d.p("（三）评估团队");
        d.p("受" + district + "民政局委托，广州市社会工作协会负责本年度社工站购买服务项目第三方专业评估工作，组织专家评委专项评估小组，"
                + evaluatedOn + "到" + st.name() + "社工站进行现场评估。");
        d.p("（四）评估方式");
        for (String p : Boilerplate.METHODS) d.p(p);
        d.p("（五）评估结果说明");
        d.p(Boilerplate.RESULT_RULES_1);
        d.p(Boilerplate.RESULT_RULES_2);
        partySection.write(d, f, "三、监督方评估（" + district + "民政局）", "supervisor");
        partySection.write(d, f, "四、购买方评估（" + st.purchaserShort() + "）", "purchaser");
        partySection.write(d, f, "五、督导中心评估", "supervision_center");
        d.p("六、第三方专业评估");
        d.p("（一）项目管理");
    }
}
