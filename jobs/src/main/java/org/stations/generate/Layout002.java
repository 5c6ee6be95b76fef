package org.stations.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.stations.generate.Composer.n;

/** Seed 002: a 街道's 重点项目绩效评价报告, hard-wrapped, with one indicator table per 项目期. */
final class Layout002 {
    private Layout002() {}

    static Doc compose(ReportFacts f) {
        Station st = f.station;
        String district = st.district().name();
        String office = st.town() ? st.name() + "人民政府" : st.name() + "道办事处";
        double executed = Math.round(st.budgetWan() * (0.7 + 0.25 * ((st.index() * 37 + f.year) % 100) / 100.0) * 10) / 10.0;
        Doc d = new Doc(f.layout);
        d.lines((f.year + 1) + " 年度广州市" + district + "人民政府" + office + "重点项目绩效评价报告", "");
        d.p("一、项目概况");
        d.p("（一）项目基本情况");
        d.p(st.fullName() + "以政府购买服务的形式，由" + st.operator() + "承接运营，服务" + st.name() + "辖区内"
                + st.communities().stream().mapToInt(List::size).sum() + "个社区的居民。");
        d.p("（二）资金投入和使用情况");
        d.p("项目年初预算数 " + n(st.budgetWan()) + " 万元，全年预算数为 " + n(st.budgetWan()) + " 万元；全年执行数为 " + n(executed)
                + " 万元，完成预算的 " + String.format(Locale.ROOT, "%.1f", executed * 100 / st.budgetWan()) + "%。");
        d.p("二、项目绩效情况");
        d.p("（一）项目绩效目标完成情况");
        d.p("1、立足社区需求，多种调研方式相结合。");
        d.p("（二）项目绩效指标完成情况");
        String[] ordinal = {"第一个", "第二个"};
        for (int p = 0; p < f.periods.size(); p++) {
            ReportFacts.Period period = f.periods.get(p);
            String lead = p == 0 ? "本项目年共分为两个项目期指标，" : "";
            d.p(lead + ordinal[p] + "项目期指标时间为 " + period.start().getYear() + " 年 " + period.start().getMonthValue() + " 月-"
                    + period.end().getYear() + " 年 " + period.end().getMonthValue() + " 月，年度协议指标具体为" + targetsSentence(period)
                    + "。具体指标完成情况如下：");
            d.lines(tableLines(period).toArray(String[]::new));
        }
        d.p("三、存在问题");
        d.p("（一）服务成效经验总结与宣传有待提升。");
        d.p("四、相关建议");
        d.p("此项目为跨年项目，项目经费支出要求严格按照项目评估进度支付。");
        d.p("五、需要说明的其他事项");
        d.p("无。");
        return d;
    }

    private static long target(ReportFacts.Period p, String code) {
        return p.measures().stream().filter(m -> m.code().equals(code)).findFirst().orElseThrow().target();
    }

    private static String targetsSentence(ReportFacts.Period p) {
        return "建档 " + target(p, "archive") + " 个、探访 " + target(p, "home_visits") + " 个、电访 " + target(p, "phone_visits")
                + " 个、咨询个案 " + target(p, "consult_cases") + " 个、专业个案 " + target(p, "case_intake") + " 个、小组 "
                + target(p, "group_count") + " 个、大型活动 " + target(p, "large_event_count") + " 个、中小型活动 "
                + target(p, "small_event_count") + " 个、发展志愿者 " + target(p, "volunteers_new");
    }

    private static List<String> tableLines(ReportFacts.Period p) {
        List<String> out = new ArrayList<>();
        out.add("服务项目 协议指标 完成数量 完成比例");
        out.add("");
        for (Measure m : p.measures()) {
            String cells = m.target() + " " + m.actual() + " " + pct(m);
            switch (m.code()) {
                case "archive" -> out.add("建档 " + cells);
                case "home_visits" -> { out.add("探访"); out.add("居家探访 " + cells); }
                case "phone_visits" -> out.add("电访 " + cells);
                case "consult_cases" -> out.add("咨询个案 个数 " + cells);
                case "case_intake" -> out.add("专业个案 个数 " + cells);
                case "group_count" -> { out.add("小组"); out.add(""); out.add("个数 " + cells); }
                case "group_sessions" -> out.add("节数 " + cells);
                case "group_attendance" -> out.add("人次 " + cells);
                case "large_event_count" -> { out.add("大型社区活动"); out.add("个数 " + cells); }
                case "large_event_attendance" -> out.add("人次 " + cells);
                case "small_event_count" -> { out.add("中小型社区活动"); out.add("个数 " + cells); }
                case "small_event_attendance" -> out.add("人次 " + cells);
                case "volunteers_new" -> out.add("发展志愿者 个数 " + cells);
                default -> throw new IllegalStateException("no 002 row for " + m.code());
            }
            out.add("");
        }
        return out;
    }

    /** The seed prints an exact 100% as "100%", everything else with two decimals. */
    private static String pct(Measure m) {
        return m.printedCompletion() == 1.0 ? "100%" : Formats.pct2(m.printedCompletion());
    }
}
