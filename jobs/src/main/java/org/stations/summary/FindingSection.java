package org.stations.summary;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.stations.chart.MonthCharts;
import org.stations.model.Codes;
import org.stations.summary.Page.Cell;
import org.stations.summary.SummaryJob.MonthReport;

import java.io.IOException;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.stations.summary.SummaryPage.pct;

/**
 * The summary's section on what evaluators praised (值得肯定) and raised (需要关注) in the month's reports, from
 * finding.themes: per theme, the month's reports and items, against the share of the district's and the city's
 * reports with findings (dated up to the month's end) that raise it, with example texts quoted from the month's
 * reports. A share's denominator is the reports that have any finding, as in bench_finding_themes.district_share.
 */
final class FindingSection {
    /** The themes a table shows; the rest are named in one sentence with their counts. */
    static final int CONCERN_ROWS = 8;
    static final int PRAISE_ROWS = 5;
    /** The characters of a finding quoted in a table; the whole text is on the station's page. */
    static final int QUOTE = 50;

    /** A theme in one district's reports of the month: reports and items, and items per finding.party. */
    record Theme(String polarity, String code, long reports, long items, Map<String, Long> itemsByParty) {}

    /** A finding quoted as an example of a theme. */
    record Example(MonthReport report, String party, String text) {}

    /** One district's findings of the month; themes ordered by reports, items, then the vocabulary's order. */
    record District(long reports, long concerns, long praised, List<Theme> themes, Map<String, List<Example>> examples) {}

    /**
     * {@code districts} keyed by {@link SummaryJob#key} ("month" scope); {@code raising} by that key of the
     * "to_date" scope + "|" + polarity + "|" + theme; {@code withFindings} by the "to_date" key.
     */
    record Data(Map<String, District> districts, Map<String, Long> raising, Map<String, Long> withFindings) {
        static final Data NONE = new Data(Map.of(), Map.of(), Map.of());
    }

    private FindingSection() {}

    /** A finding of the month's reports, as collected. */
    private record Item(String key, MonthReport report, String party, String polarity, int seq, String text, List<String> themes) {}

    /**
     * Reads finding and the views summary_month and summary_base that {@link SummaryJob} made: the month's findings
     * (a few dozen per report) reach the driver and are counted there; the shares up to the month's end are counted
     * in Spark.
     */
    static Data collect(SparkSession spark, List<MonthReport> reports) {
        Map<String, MonthReport> byId = new LinkedHashMap<>();
        for (MonthReport r : reports) byId.put(r.id(), r);
        Map<String, List<Item>> items = new LinkedHashMap<>();
        for (Row r : spark.sql("""
                SELECT f.report_id, f.party, f.polarity, f.seq, f.text, f.themes
                FROM finding f LEFT SEMI JOIN summary_month m ON m.report_id = f.report_id""").collectAsList()) {
            MonthReport m = byId.get(r.getString(0));
            String key = SummaryJob.key("month", m.synthetic(), m.city(), m.district());
            items.computeIfAbsent(key, k -> new ArrayList<>()).add(new Item(key, m, r.getString(1), r.getString(2),
                    r.isNullAt(3) ? 0 : ((Number) r.get(3)).intValue(), r.getString(4), r.isNullAt(5) ? List.of() : r.getList(5)));
        }
        Map<String, District> districts = new LinkedHashMap<>();
        Map<String, List<Example>> examples = new LinkedHashMap<>();
        items.forEach((key, list) -> districts.put(key, district(list, examples)));

        // reports with findings (theme null: the denominators) and those raising each theme, per district and city
        Map<String, Long> raising = new LinkedHashMap<>();
        Map<String, Long> withFindings = new LinkedHashMap<>();
        for (Row r : spark.sql("""
                SELECT b.synthetic, b.city, b.district, grouping(b.district) = 1, grouping(t.theme) = 1, f.polarity, t.theme,
                       count(DISTINCT f.report_id)
                FROM finding f JOIN summary_base b ON b.report_id = f.report_id
                LATERAL VIEW OUTER explode(f.themes) t AS theme
                GROUP BY GROUPING SETS ((b.synthetic, b.city, b.district, f.polarity, t.theme), (b.synthetic, b.city, f.polarity, t.theme),
                                        (b.synthetic, b.city, b.district), (b.synthetic, b.city))""").collectAsList()) {
            String key = SummaryJob.key("to_date", r.getBoolean(0), r.getString(1), r.getBoolean(3) ? null : r.getString(2));
            if (r.getBoolean(4)) withFindings.put(key, r.getLong(7));
            else if (!r.isNullAt(6)) raising.put(key + "|" + r.getString(5) + "|" + r.getString(6), r.getLong(7));
        }
        return new Data(districts, raising, withFindings);
    }

    /** One district's findings counted by theme; its examples go into {@code examples}, keyed as {@link Data} says. */
    private static District district(List<Item> items, Map<String, List<Example>> examples) {
        Map<String, Theme> themes = new LinkedHashMap<>();
        Map<String, java.util.Set<String>> reports = new LinkedHashMap<>();
        Map<String, List<Item>> byTheme = new LinkedHashMap<>();
        for (Item i : items) {
            for (String t : i.themes()) {
                String k = i.polarity() + "|" + t;
                Theme was = themes.getOrDefault(k, new Theme(i.polarity(), t, 0, 0, new LinkedHashMap<>()));
                reports.computeIfAbsent(k, x -> new java.util.HashSet<>()).add(i.report().id());
                was.itemsByParty().merge(i.party() == null ? "" : i.party(), 1L, Long::sum);
                themes.put(k, new Theme(i.polarity(), t, reports.get(k).size(), was.items() + 1, was.itemsByParty()));
                byTheme.computeIfAbsent(k, x -> new ArrayList<>()).add(i);
            }
        }
        // examples from different reports first, then the items that name fewest other themes (the most to the point)
        Comparator<Item> pointed = Comparator.<Item>comparingInt(i -> i.themes().size())
                .thenComparing(i -> i.report().date(), Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(i -> i.report().id()).thenComparing(i -> String.valueOf(i.party())).thenComparingInt(Item::seq);
        byTheme.forEach((k, list) -> {
            List<Item> sorted = new ArrayList<>(list);
            sorted.sort(pointed);
            List<Item> picked = new ArrayList<>();
            // never the same words twice (reports repeat a sentence across parties and 片区)
            java.util.function.Predicate<Item> fresh = i -> picked.size() < 2 && !picked.contains(i)
                    && picked.stream().noneMatch(p -> p.text().equals(i.text()));
            for (Item i : sorted) if (fresh.test(i) && picked.stream().noneMatch(p -> p.report() == i.report())) picked.add(i);
            for (Item i : sorted) if (fresh.test(i)) picked.add(i);
            examples.put(items.get(0).key() + "|" + k, picked.stream().map(i -> new Example(i.report(), i.party(), i.text())).toList());
        });
        List<Theme> list = new ArrayList<>(themes.values());
        list.sort(Comparator.comparingLong(Theme::reports).reversed().thenComparing(Comparator.comparingLong(Theme::items)
                .reversed()).thenComparingInt(FindingSection::order));
        long withFindings = items.stream().map(i -> i.report().id()).distinct().count();
        return new District(withFindings, items.stream().filter(i -> "concern".equals(i.polarity())).count(),
                items.stream().filter(i -> "positive".equals(i.polarity())).count(), list, examples);
    }

    /** The section of one district's reports of the month; {@code prefix} names its chart files. */
    static void render(Data data, Page page, Path chartsDir, List<Path> charts, YearMonth month, boolean synthetic,
                       String city, String district, int reports, String prefix, String toOut) throws IOException {
        String monthKey = SummaryJob.key("month", synthetic, city, district);
        District d = data.districts().get(monthKey);
        if (d == null) {
            page.heading(3, "评估意见：需要关注与值得肯定的主题");
            page.text("本月" + district + "的报告均未列出“值得肯定 / 需要关注”的评估意见。");
            return;
        }
        String upTo = month.atEndOfMonth().toString();
        page.heading(3, "评估意见：需要关注的主题");
        page.text("本月" + district + " " + reports + " 份报告中 " + d.reports() + " 份列有评估意见：需要关注 " + d.concerns()
                + " 条，值得肯定 " + d.praised() + " 条。主题按关键词归类，一条意见可属多个主题；占比 = 提出该主题的报告 ÷ 有评估意见的报告，"
                + "基准截至 " + upTo + "。例句取自本月报告 (前 " + QUOTE + " 字)，全文见社工站页面。");
        themes(data, page, d, "concern", monthKey, synthetic, city, district, CONCERN_ROWS, 2, toOut);
        List<Theme> concerns = d.themes().stream().filter(t -> t.polarity().equals("concern")).toList();
        if (!concerns.isEmpty()) {
            List<Theme> shown = concerns.subList(0, Math.min(concerns.size(), MonthCharts.MAX_THEMES));
            List<MonthCharts.ThemeRow> rows = new ArrayList<>();
            for (Theme t : shown) rows.add(new MonthCharts.ThemeRow(Codes.theme(t.code()) + " (" + t.reports() + " 份报告)", t.itemsByParty()));
            String title = (synthetic ? "【合成数据】" : "") + district + " " + SummaryPage.monthCn(month) + " 评估意见中“需要关注”的主题 (按提出方，条数)";
            String name = prefix + "concerns";
            charts.addAll(MonthCharts.concerns(chartsDir, name, title, rows, "数据来源：社工站评估报告的评估意见，本月 " + d.reports() + " 份"
                    + (synthetic ? "合成报告 (非真实数据)" : "报告") + "；一条意见可属多个主题"
                    + (shown.size() < concerns.size() ? "；图中为条数最多的 " + shown.size() + " 个主题 (共 " + concerns.size() + " 个)" : "")));
            page.image(SummaryPage.CHARTS + "/" + name + ".png", SummaryPage.CHARTS + "/" + name + ".svg", title);
        }
        page.heading(3, "评估意见：值得肯定的主题");
        themes(data, page, d, "positive", monthKey, synthetic, city, district, PRAISE_ROWS, 1, toOut);
    }

    private static void themes(Data data, Page page, District d, String polarity, String monthKey, boolean synthetic,
                               String city, String district, int max, int examples, String toOut) {
        String what = Codes.POLARITY.get(polarity);
        List<Theme> list = d.themes().stream().filter(t -> t.polarity().equals(polarity)).toList();
        if (list.isEmpty()) {
            page.text("本月" + district + "的报告没有" + what + "的条目 (或条目未归入任何主题)。");
            return;
        }
        String districtKey = SummaryJob.key("to_date", synthetic, city, district);
        String cityKey = SummaryJob.key("to_date", synthetic, city, null);
        List<List<Cell>> rows = new ArrayList<>();
        for (Theme t : list.subList(0, Math.min(max, list.size()))) {
            List<Cell> row = new ArrayList<>();
            row.add(Cell.of(Codes.theme(t.code())));
            row.add(Cell.of(t.reports() + "/" + d.reports() + " 份报告，" + t.items() + " 条"));
            row.add(Cell.of(share(data, districtKey, polarity, t.code())));
            row.add(Cell.of(share(data, cityKey, polarity, t.code())));
            List<Example> ex = d.examples().getOrDefault(monthKey + "|" + polarity + "|" + t.code(), List.of());
            for (int i = 0; i < examples; i++) row.add(i < ex.size() ? example(ex.get(i), toOut) : Cell.of(""));
            rows.add(row);
        }
        List<String> header = new ArrayList<>(List.of("主题", "本月：提出的报告，条数", "本区基准：提出的报告占比", city + "基准：占比"));
        header.addAll(examples == 1 ? List.of("例句") : List.of("例句一", "例句二"));
        page.table(header, rows);
        if (list.size() > max) {
            List<String> rest = new ArrayList<>();
            for (Theme t : list.subList(max, list.size())) rest.add(Codes.theme(t.code()) + " (" + t.reports() + " 份报告，" + t.items() + " 条)");
            page.text("其余" + what + "的主题：" + String.join("、", rest) + "。");
        }
    }

    private static String share(Data data, String scopeKey, String polarity, String theme) {
        Long all = data.withFindings().get(scopeKey);
        if (all == null || all == 0) return "—";
        long n = data.raising().getOrDefault(scopeKey + "|" + polarity + "|" + theme, 0L);
        return pct((double) n / all) + " (" + n + "/" + all + ")";
    }

    /** 「the text's first characters…」(station · who wrote it), linked to the station's page where the whole text is. */
    private static Cell example(Example e, String toOut) {
        String text = e.text().codePointCount(0, e.text().length()) <= QUOTE ? e.text()
                : e.text().substring(0, e.text().offsetByCodePoints(0, QUOTE)) + "…";
        String label = "「" + text + "」(" + SummaryPage.stationName(e.report()) + " · " + Codes.findingParty(e.party()) + ")";
        Cell station = SummaryPage.stationCell(e.report(), toOut);
        return station.href() == null ? Cell.of(label) : Cell.link(label, station.href());
    }

    /** A theme's place in the vocabulary (Codes.THEME, in extract/FindingThemes' order); unknown codes last. */
    private static int order(Theme t) {
        int i = new ArrayList<>(Codes.THEME.keySet()).indexOf(t.code());
        return i < 0 ? Integer.MAX_VALUE : i;
    }
}
