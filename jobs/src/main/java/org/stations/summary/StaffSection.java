package org.stations.summary;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.stations.chart.MonthCharts;
import org.stations.summary.Page.Cell;
import org.stations.summary.SummaryJob.MonthReport;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.stations.summary.SummaryPage.THRESHOLD;
import static org.stations.summary.SummaryPage.pct;

/**
 * The summary's section on staff retention, from bench_staff_survival: for each report of the month with a
 * staffing annex, how many of the annex's first-month team are still on post in its last month, against the
 * 80 % requirement, with the headcount against the required and the joiners and leavers; and the same last
 * survival across the district's and the city's annexes dated up to the month's end.
 */
final class StaffSection {
    /** One month of an annex, as bench_staff_survival has it; joiners and leavers are null in the first month. */
    record Month(int index, LocalDate month, long onPost, long cohortOnPost, long cohortSize, Double survival,
                 Long joiners, Long leavers, Double required) {}

    /** A report's annex, its months in order, and the 持续在岗 its prose states (null when it states none). */
    record Annex(String reportId, List<Month> months, Integer stableWorkers) {
        Month last() { return months.get(months.size() - 1); }

        long sum(java.util.function.Function<Month, Long> f) {
            return months.stream().map(f).filter(java.util.Objects::nonNull).mapToLong(Long::longValue).sum();
        }
    }

    /** The last survival of the annexes in a scope: how many, their median, how many below 80 %. */
    record Scope(long annexes, Double median, long below) {}

    /** {@code scopes} keyed by {@link SummaryJob#key}. */
    record Data(Map<String, Annex> annexes, Map<String, Scope> scopes) {
        static final Data NONE = new Data(Map.of(), Map.of());
    }

    private StaffSection() {}

    /** Reads the views summary_month and summary_base that {@link SummaryJob} made, and bench_staff_survival. */
    static Data collect(SparkSession spark, Map<String, Object> args) {
        Map<String, List<Month>> months = new LinkedHashMap<>();
        Map<String, Integer> stable = new LinkedHashMap<>();
        for (Row r : spark.sql("""
                SELECT s.report_id, s.month_index, s.month, s.on_post, s.cohort_on_post, s.cohort_size, s.survival,
                       s.joiners, s.leavers, s.required_per_month, s.stable_workers
                FROM bench_staff_survival s LEFT SEMI JOIN summary_month m ON m.report_id = s.report_id
                ORDER BY s.report_id, s.month""").collectAsList()) {
            months.computeIfAbsent(r.getString(0), k -> new ArrayList<>()).add(new Month(r.getInt(1), r.getAs(2),
                    lng(r, 3), lng(r, 4), lng(r, 5), dbl(r, 6), r.isNullAt(7) ? null : lng(r, 7),
                    r.isNullAt(8) ? null : lng(r, 8), dbl(r, 9)));
            if (!r.isNullAt(10)) stable.put(r.getString(0), ((Number) r.get(10)).intValue());
        }
        Map<String, Annex> annexes = new LinkedHashMap<>();
        months.forEach((id, m) -> annexes.put(id, new Annex(id, m, stable.get(id))));

        Map<String, Scope> scopes = new LinkedHashMap<>();
        for (Row r : spark.sql("""
                WITH last AS (SELECT report_id, max_by(survival, month) AS survival FROM bench_staff_survival GROUP BY report_id),
                b AS (SELECT 'month' AS scope, * FROM summary_base WHERE summary_date >= :first
                      UNION ALL SELECT 'to_date' AS scope, * FROM summary_base)
                SELECT b.scope, b.synthetic, b.city, b.district, grouping(b.district) = 1 AS city_level,
                       count(l.survival), percentile(l.survival, 0.5), count_if(l.survival < %s)
                FROM b JOIN last l ON l.report_id = b.report_id
                GROUP BY GROUPING SETS ((b.scope, b.synthetic, b.city, b.district), (b.scope, b.synthetic, b.city))
                """.formatted(THRESHOLD), args).collectAsList()) {
            scopes.put(SummaryJob.key(r.getString(0), r.getBoolean(1), r.getString(2), r.getBoolean(4) ? null : r.getString(3)),
                    new Scope(r.getLong(5), dbl(r, 6), r.getLong(7)));
        }
        return new Data(annexes, scopes);
    }

    /** The section of one district's reports of the month; {@code prefix} names its chart files. */
    static void render(Data data, Page page, Path chartsDir, List<Path> charts, YearMonth month, boolean synthetic,
                       String city, String district, List<MonthReport> reports, String prefix, String upToOut) throws IOException {
        page.heading(3, "稳岗：人员到岗附件中首月在岗社工的留存");
        List<MonthReport> with = reports.stream().filter(r -> data.annexes().containsKey(r.id())).toList();
        if (with.isEmpty()) {
            page.text("本月" + district + "的报告均未附人员到岗表 (附件2)，无逐月在岗数据。");
            return;
        }
        page.text("留存率 = 附件末月仍在岗的首月在岗者 ÷ 首月在岗人数，对照稳岗率要求 ≥ " + pct(THRESHOLD)
                + "；报告的稳岗率以协议要求人数为分母，两者可能不同。新到岗、离岗为附件中逐月比较上月的人次之和。");
        List<List<Cell>> rows = new ArrayList<>();
        List<String> below = new ArrayList<>();
        List<MonthCharts.Curve> curves = new ArrayList<>();
        for (MonthReport r : with) {
            Annex a = data.annexes().get(r.id());
            Month first = a.months().get(0);
            Month last = a.last();
            boolean low = last.survival() != null && last.survival() < THRESHOLD;
            String name = SummaryPage.stationName(r);
            rows.add(List.of(SummaryPage.stationCell(r, upToOut), Cell.of(r.type()),
                    Cell.of(ym(first.month()) + " 至 " + ym(last.month()) + " (" + a.months().size() + " 个月)"),
                    Cell.of(first.onPost() + " 人"),
                    new Cell(last.cohortOnPost() + " / " + last.cohortSize() + " = " + pct(last.survival())
                            + (low ? " (低于 " + pct(THRESHOLD) + ")" : ""), low),
                    Cell.of(String.join("、", a.months().stream().map(m -> Long.toString(m.onPost())).toList())),
                    Cell.of(last.required() == null ? "未给出" : SummaryPage.num(last.required()) + " 人"),
                    Cell.of(a.sum(Month::joiners) + " / " + a.sum(Month::leavers)),
                    Cell.of(a.stableWorkers() == null ? "未写" : a.stableWorkers() + " 人")));
            if (low) {
                below.add(name + " (" + r.type() + "，首月 " + last.cohortSize() + " 人中末月 " + last.cohortOnPost() + " 人仍在岗，"
                        + pct(last.survival()) + ")");
            }
            List<Integer> x = new ArrayList<>();
            List<Double> y = new ArrayList<>();
            for (Month m : a.months()) {
                x.add(m.index());
                y.add(m.survival());
            }
            curves.add(new MonthCharts.Curve(name + " · " + r.type() + " (" + ym(first.month()) + " 起)", x, y));
        }
        page.table(List.of("社工站", "类型", "附件月份", "首月在岗", "末月仍在岗的首月在岗者 (留存率)", "每月在岗 (人)",
                "协议要求在岗", "新到岗 / 离岗 (人次)", "报告写持续在岗"), rows);
        page.text(below.isEmpty() ? "本月" + district + "有人员附件的报告，末月留存率均不低于 " + pct(THRESHOLD) + "。"
                : "末月留存率低于 " + pct(THRESHOLD) + " 的：" + String.join("；", below) + "。");

        String upTo = "截至 " + month.atEndOfMonth();
        List<List<Cell>> scopes = new ArrayList<>();
        scopes.add(scopeRow("本区本月", data.scopes().get(SummaryJob.key("month", synthetic, city, district))));
        scopes.add(scopeRow("本区基准 (" + upTo + ")", data.scopes().get(SummaryJob.key("to_date", synthetic, city, district))));
        scopes.add(scopeRow(city + "基准 (" + upTo + ")", data.scopes().get(SummaryJob.key("to_date", synthetic, city, null))));
        page.table(List.of("范围", "有人员附件的报告", "末月留存率中位数", "留存率 < " + pct(THRESHOLD) + " 的占比"), scopes);

        String title = (synthetic ? "【合成数据】" : "") + district + " " + SummaryPage.monthCn(month) + " 首月在岗社工的留存曲线";
        String name = prefix + "staff-survival";
        charts.addAll(MonthCharts.survival(chartsDir, name, title, curves, "数据来源：社工站评估报告的人员到岗附件，本月 "
                + with.size() + " 份" + (synthetic ? "合成报告 (非真实数据)" : "报告") + "；红线：稳岗率要求 80%"));
        page.image(SummaryPage.CHARTS + "/" + name + ".png", SummaryPage.CHARTS + "/" + name + ".svg", title);
    }

    /** The bench_staff_survival columns (alias s) a station page reads, in the order {@link #station} reads them. */
    static final String STATION_COLUMNS = "s.month, s.on_post, s.cohort_on_post, s.cohort_size, s.survival, s.joiners, s.leavers, "
            + "s.required_per_month";

    /**
     * A station page's section: each annex month by month. {@code annexes}: report id → how the page names the
     * report, for the reports with an annex; {@code rows}: by report id, report_id then {@link #STATION_COLUMNS}.
     */
    static void station(Page page, Map<String, String> annexes, Map<String, List<Row>> rows) {
        page.heading(2, "人员到岗附件：首月在岗社工的留存");
        if (annexes.isEmpty()) {
            page.text("本站报告均未附人员到岗表 (附件2)。");
            return;
        }
        page.text("留存率 = 当月仍在岗的首月在岗者 ÷ 首月在岗人数 (稳岗率要求 ≥ " + pct(THRESHOLD) + ")；新到岗、离岗与上月相比。");
        List<List<Cell>> out = new ArrayList<>();
        for (Map.Entry<String, String> a : annexes.entrySet()) {
            List<Row> months = new ArrayList<>(rows.get(a.getKey()));
            months.sort(java.util.Comparator.comparing(r -> (LocalDate) r.getAs(1)));
            for (Row r : months) {
                Double survival = dbl(r, 5);
                boolean low = survival != null && survival < THRESHOLD;
                out.add(List.of(Cell.of(a.getValue()), Cell.of(ym(r.getAs(1))), Cell.of(Long.toString(lng(r, 2))),
                        Cell.of(lng(r, 3) + " / " + lng(r, 4)), new Cell(pct(survival), low),
                        Cell.of(r.isNullAt(6) ? "—" : Long.toString(lng(r, 6))), Cell.of(r.isNullAt(7) ? "—" : Long.toString(lng(r, 7))),
                        Cell.of(r.isNullAt(8) ? "未给出" : SummaryPage.num(dbl(r, 8)))));
            }
        }
        page.table(List.of("报告", "月份", "在岗 (人)", "首月在岗者仍在岗", "留存率", "新到岗", "离岗", "协议要求在岗"), out);
    }

    private static List<Cell> scopeRow(String scope, Scope s) {
        if (s == null || s.annexes() == 0) return List.of(Cell.of(scope), Cell.of("0"), Cell.of("—"), Cell.of("—"));
        return List.of(Cell.of(scope), Cell.of(Long.toString(s.annexes())), Cell.of(pct(s.median())),
                new Cell(pct((double) s.below() / s.annexes()) + " (" + s.below() + "/" + s.annexes() + ")", s.below() > 0));
    }

    static String ym(LocalDate d) { return String.format(Locale.ROOT, "%d-%02d", d.getYear(), d.getMonthValue()); }

    private static long lng(Row r, int i) { return ((Number) r.get(i)).longValue(); }

    private static Double dbl(Row r, int i) { return r.isNullAt(i) ? null : ((Number) r.get(i)).doubleValue(); }
}
