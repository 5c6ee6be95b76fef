package org.stations.summary;

import org.stations.model.Requirements;
import org.stations.chart.SummaryCharts;
import org.stations.chart.SummaryCharts.Bar;
import org.stations.chart.SummaryCharts.Line;
import org.stations.model.Party;
import org.stations.summary.Page.Cell;
import org.stations.summary.SummaryJob.Data;
import org.stations.summary.SummaryJob.Flag;
import org.stations.summary.SummaryJob.Indicator;
import org.stations.summary.SummaryJob.MonthReport;
import org.stations.summary.SummaryJob.Share;
import org.stations.summary.SummaryJob.Stats;

import java.awt.Color;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Lays the month's data out as one page (index.html and summary.md) and draws its charts under charts/. */
final class SummaryPage {
    static final String HTML = "index.html";
    static final String MARKDOWN = "summary.md";
    static final String CHARTS = "charts";
    static final String SYNTHETIC_BANNER = "合成数据：以下报告由本系统的模拟程序生成，不是真实评估；"
            + "其基准只在合成报告之间计算，不与真实数据混合。";

    static final double THRESHOLD = Requirements.RETENTION;

    private final Data data;
    private final Path dir;
    private final Path chartsDir;
    private final List<Path> charts = new ArrayList<>();
    private final Page page;

    private SummaryPage(Data data, Path dir) {
        this.data = data;
        this.dir = dir;
        this.chartsDir = dir.resolve(CHARTS);
        String where = data.district() == null ? "" : " · " + data.district();
        this.page = new Page("社工服务站评估月度汇总 " + monthCn(data.month()) + where);
    }

    static SummaryJob.Result write(Data data, Path dir) throws IOException {
        Files.createDirectories(dir);
        SummaryPage p = new SummaryPage(data, dir);
        List<String> districts = p.build();
        Path html = dir.resolve(HTML);
        Path md = dir.resolve(MARKDOWN);
        Files.writeString(html, p.page.html(), StandardCharsets.UTF_8);
        Files.writeString(md, p.page.markdown(), StandardCharsets.UTF_8);
        return new SummaryJob.Result(dir, html, md, data.reports().size(), districts, List.copyOf(p.charts));
    }

    /** Returns the districts shown. */
    private List<String> build() throws IOException {
        List<String> shown = new ArrayList<>();
        if (data.reports().isEmpty()) {
            none();
            return shown;
        }
        page.text("本月 = 评估日期所在月份；报告未写评估日期时按考核期末，再无则按合同期末，“日期”一栏注明。基准 = 截至 " + data.month().atEndOfMonth()
                + " 湖中全部同类报告 (真实与合成数据分开计算)。稳岗率要求 ≥ " + pct(THRESHOLD) + "；"
                + "服务指标按时间进度判断：中期报告进度 = 考核月数 / 12，末期与绩效评价为 100%。");
        long synthetics = data.reports().stream().filter(MonthReport::synthetic).count();
        page.text("本月 " + (data.reports().size() - synthetics) + " 份真实报告" + (synthetics == 0 ? "。"
                : "，" + synthetics + " 份合成报告 (标有【合成数据】，单列于真实报告之后)。"));
        // real reports first; synthetic ones after them under their own banner
        for (boolean synthetic : new boolean[]{false, true}) {
            Map<String, Map<String, List<MonthReport>>> byCity = new LinkedHashMap<>();
            for (MonthReport r : data.reports()) {
                if (r.synthetic() != synthetic) continue;
                byCity.computeIfAbsent(r.city(), c -> new LinkedHashMap<>())
                        .computeIfAbsent(r.district(), d -> new ArrayList<>()).add(r);
            }
            if (byCity.isEmpty()) continue;
            for (Map.Entry<String, Map<String, List<MonthReport>>> city : byCity.entrySet()) {
                if (data.district() == null) overview(synthetic, city.getKey(), city.getValue());
                for (Map.Entry<String, List<MonthReport>> d : city.getValue().entrySet()) {
                    district(synthetic, city.getKey(), d.getKey(), d.getValue(), shown.size() + 1);
                    shown.add((synthetic ? "【合成】" : "") + d.getKey());
                }
            }
        }
        return shown;
    }

    private void none() {
        String where = data.district() == null ? "" : data.district();
        page.text("湖中没有" + where + "在 " + data.month() + " 评估的报告 (按评估日期；未写评估日期的按考核期末或合同期末)。");
        if (data.otherMonths().isEmpty()) {
            page.text("湖中没有" + where + "任何带日期的报告。");
            return;
        }
        List<List<Cell>> rows = new ArrayList<>();
        data.otherMonths().forEach((m, n) -> rows.add(List.of(Cell.of(m.toString()), Cell.of(Long.toString(n)))));
        page.heading(2, "有评估报告的最近月份").table(List.of("月份", "报告数"), rows);
    }

    private void overview(boolean synthetic, String city, Map<String, List<MonthReport>> districts) throws IOException {
        String tag = synthetic ? "【合成数据】" : "";
        page.heading(2, tag + city + "概览");
        if (synthetic) page.banner(SYNTHETIC_BANNER);
        List<List<Cell>> rows = new ArrayList<>();
        List<Bar> bars = new ArrayList<>();
        for (String d : districts.keySet()) {
            Stats m = data.stats().get(SummaryJob.key("month", synthetic, city, d));
            Stats b = data.stats().get(SummaryJob.key("to_date", synthetic, city, d));
            rows.add(List.of(Cell.of(d), Cell.of(Long.toString(m.reports())), Cell.of(score(m.medianScore())),
                    Cell.of(pct(m.medianRetention())), belowCell(m), Cell.of(flagCount(districts.get(d))),
                    Cell.of(score(b.medianScore())), Cell.of(pct(b.medianRetention()))));
            bars.add(new Bar(d + " (" + m.reports() + " 份) · " + score(m.medianScore()), m.medianScore(), "本月总分中位数"));
        }
        Stats m = data.stats().get(SummaryJob.key("month", synthetic, city, null));
        Stats b = data.stats().get(SummaryJob.key("to_date", synthetic, city, null));
        List<MonthReport> all = districts.values().stream().flatMap(List::stream).toList();
        rows.add(List.of(Cell.of("全市"), Cell.of(Long.toString(m.reports())), Cell.of(score(m.medianScore())),
                Cell.of(pct(m.medianRetention())), belowCell(m), Cell.of(flagCount(all)),
                Cell.of(score(b.medianScore())), Cell.of(pct(b.medianRetention()))));
        page.text("本月 " + m.reports() + " 份报告，来自 " + districts.size() + " 个区。" + cityBenchmark(b));
        page.table(List.of("区", "本月报告", "总分中位数", "稳岗率中位数", "稳岗率 < " + pct(THRESHOLD), "质量问题",
                "基准: 总分中位数", "基准: 稳岗率中位数"), rows);
        // with one district the chart would only repeat that district's own chart
        if (districts.size() > 1 && bars.stream().anyMatch(x -> x.value() != null)) {
            List<Line> lines = new ArrayList<>();
            if (b.medianScore() != null) lines.add(new Line("全市基准中位数 " + score(b.medianScore()), b.medianScore(), SummaryCharts.CITY));
            Map<String, Color> colour = Map.of("本月总分中位数", SummaryCharts.AT_OR_ABOVE);
            chart((synthetic ? "synthetic-" : "") + "overview", tag + city + " " + monthCn(data.month()) + " 各区评估总分中位数",
                    "总分 (满分 100)", "区 (本月报告数)", bars, colour, lines, scoreAxisMin(bars, lines), 100, sourceNote(m.reports(), synthetic));
        }
    }

    private void district(boolean synthetic, String city, String district, List<MonthReport> reports, int n) throws IOException {
        String tag = synthetic ? "【合成数据】" : "";
        page.heading(2, tag + district + " · 本月 " + reports.size() + " 份报告");
        if (synthetic) page.banner(SYNTHETIC_BANNER);
        Stats month = data.stats().get(SummaryJob.key("month", synthetic, city, district));
        Stats dist = data.stats().get(SummaryJob.key("to_date", synthetic, city, district));
        Stats cityStats = data.stats().get(SummaryJob.key("to_date", synthetic, city, null));

        page.heading(3, "本月评估的报告");
        List<List<Cell>> rows = new ArrayList<>();
        for (MonthReport r : reports) {
            rows.add(List.of(stationCell(r), Cell.of(r.type()), Cell.of(date(r)), Cell.of(orNone(r.evaluator())),
                    Cell.of(score(r.total())), Cell.of(r.grade() == null ? "未给出" : r.grade()), retentionCell(r.retention(), r.below()),
                    Cell.of(Long.toString(flags(r).size()))));
        }
        page.table(List.of("社工站", "类型", "日期", "评估方", "总分", "等级", "稳岗率", "质量问题"), rows);

        page.heading(3, "与本区、全市基准对比");
        String upTo = "截至 " + data.month().atEndOfMonth();
        page.table(List.of("范围", "报告数", "总分中位数", "稳岗率中位数", "稳岗率 < " + pct(THRESHOLD) + " 的占比"), List.of(
                statsRow("本区本月", month), statsRow("本区基准 (" + upTo + ")", dist), statsRow(city + "基准 (" + upTo + ")", cityStats)));
        charts(synthetic, city, district, reports, n, dist, cityStats);
        shares(reports);
        moves(reports);
        indicators(reports);
        String prefix = chartPrefix(synthetic, n);
        StaffSection.render(data.staff(), page, chartsDir, charts, data.month(), synthetic, city, district, reports, prefix, toOut());
        FindingSection.render(data.findings(), page, chartsDir, charts, data.month(), synthetic, city, district, reports.size(),
                prefix, toOut());
        qualityFlags(reports);
    }

    private void charts(boolean synthetic, String city, String district, List<MonthReport> reports, int n,
                        Stats dist, Stats cityStats) throws IOException {
        String prefix = chartPrefix(synthetic, n);
        String tag = synthetic ? "【合成数据】" : "";
        String note = sourceNote(reports.size(), synthetic);
        List<Bar> scores = new ArrayList<>();
        for (MonthReport r : reports) {
            String grade = r.grade() == null ? "未给出等级" : r.grade();
            scores.add(new Bar(orNone(r.station()) + " · " + r.type() + " · " + (r.total() == null ? "无总分" : score(r.total())),
                    r.total(), SummaryCharts.GRADE_COLOURS.containsKey(grade) ? grade : "未给出等级"));
        }
        if (scores.stream().anyMatch(b -> b.value() != null)) {
            List<Line> lines = new ArrayList<>();
            if (dist.medianScore() != null) lines.add(new Line("本区基准中位数 " + score(dist.medianScore()), dist.medianScore(), SummaryCharts.DISTRICT));
            if (cityStats.medianScore() != null) lines.add(new Line(city + "基准中位数 " + score(cityStats.medianScore()), cityStats.medianScore(), SummaryCharts.CITY));
            chart(prefix + "score", tag + district + " " + monthCn(data.month()) + " 评估总分 (按等级着色)", "总分 (满分 100)",
                    "社工站 · 类型 · 总分", scores, SummaryCharts.GRADE_COLOURS, lines, scoreAxisMin(scores, lines), 100, note);
        } else {
            page.text("本月报告均未给出总分，无总分图。");
        }
        List<Bar> retention = new ArrayList<>();
        for (MonthReport r : reports) {
            if (r.retention() == null) continue;
            retention.add(new Bar(orNone(r.station()) + " · " + r.type() + " · " + pct(r.retention()), r.retention() * 100,
                    r.retention() < THRESHOLD ? "低于 " + pct(THRESHOLD) : "达到 " + pct(THRESHOLD)));
        }
        if (retention.isEmpty()) {
            page.text("本月报告均未给出稳岗率，无稳岗率图。");
            return;
        }
        Map<String, Color> colours = new LinkedHashMap<>();
        colours.put("达到 " + pct(THRESHOLD), SummaryCharts.AT_OR_ABOVE);
        colours.put("低于 " + pct(THRESHOLD), SummaryCharts.BELOW);
        List<Line> lines = new ArrayList<>();
        lines.add(new Line("要求 ≥ " + pct(THRESHOLD), THRESHOLD * 100, SummaryCharts.THRESHOLD));
        if (dist.medianRetention() != null) lines.add(new Line("本区基准中位数 " + pct(dist.medianRetention()), dist.medianRetention() * 100, SummaryCharts.DISTRICT));
        if (cityStats.medianRetention() != null) lines.add(new Line(city + "基准中位数 " + pct(cityStats.medianRetention()), cityStats.medianRetention() * 100, SummaryCharts.CITY));
        chart(prefix + "retention", tag + district + " " + monthCn(data.month()) + " 稳岗率", "稳岗率 (%)",
                "社工站 · 类型 · 稳岗率", retention, colours, lines, 0, 100,
                note + (retention.size() < reports.size() ? "; " + (reports.size() - retention.size()) + " 份未给出稳岗率" : ""));
    }

    /** The file names of the n-th district section's charts start with this. */
    private static String chartPrefix(boolean synthetic, int n) { return (synthetic ? "synthetic-" : "") + "d%02d-".formatted(n); }

    /** Bars from the highest value down, those without a value last; a synthetic chart says so in its title and note. */
    private void chart(String name, String title, String xTitle, String rowTitle, List<Bar> bars, Map<String, Color> colours,
                       List<Line> lines, double xMin, double xMax, String note) throws IOException {
        bars = new ArrayList<>(bars);
        bars.sort(java.util.Comparator.comparing(Bar::value, java.util.Comparator.nullsLast(java.util.Comparator.reverseOrder())));
        charts.addAll(SummaryCharts.bars(chartsDir, name, title, xTitle, rowTitle, bars, colours, lines, xMin, xMax, note));
        page.image(CHARTS + "/" + name + ".png", CHARTS + "/" + name + ".svg", title);
    }

    /** Scores sit between 70 and 95: an axis from 0 would make a few points' difference invisible. */
    private static double scoreAxisMin(List<Bar> bars, List<Line> lines) {
        double min = 100;
        for (Bar b : bars) if (b.value() != null) min = Math.min(min, b.value());
        for (Line l : lines) min = Math.min(min, l.x());
        return Math.max(0, Math.floor((min - 5) / 10) * 10);
    }

    private void shares(List<MonthReport> reports) {
        page.heading(3, "四方评分：得分率与全市同方平均得分率之差 (百分点)");
        List<List<Cell>> rows = new ArrayList<>();
        for (MonthReport r : reports) {
            Map<Party, Share> byParty = new LinkedHashMap<>();
            for (Share s : data.shares()) if (s.reportId().equals(r.id())) byParty.put(s.party(), s);
            if (byParty.isEmpty()) continue;
            List<Cell> row = new ArrayList<>();
            row.add(Cell.of(stationName(r)));
            for (Party p : Party.values()) {
                Share s = byParty.get(p);
                row.add(Cell.of(s == null ? "未给出" : "%s · %s (%s)".formatted(score(s.score()), pct(s.share()),
                        s.cityMeanShare() == null ? "无全市均值" : points(s.share() - s.cityMeanShare()))));
            }
            rows.add(row);
        }
        if (rows.isEmpty()) {
            page.text("本月报告均未列出四方得分。");
            return;
        }
        List<String> header = new ArrayList<>();
        header.add("社工站");
        for (Party p : Party.values()) header.add(p.label + " (满分 " + (int) p.maxScore + ")");
        page.table(header, rows);
    }

    /** Each station against its own previous report: total score, 稳岗率 and the four parties' shares, then → now (change). */
    private void moves(List<MonthReport> reports) {
        page.heading(3, "与本站上一份报告相比");
        List<List<Cell>> rows = new ArrayList<>();
        List<String> first = new ArrayList<>();
        for (MonthReport r : reports) {
            SummaryJob.Previous p = data.previous().get(r.id());
            if (p == null) {
                first.add(stationName(r));
                continue;
            }
            List<Cell> row = new ArrayList<>();
            row.add(Cell.of(stationName(r)));
            row.add(Cell.of(p.type() + "，" + p.date()));
            row.add(Cell.of(move(p.total(), r.total(), false)));
            row.add(Cell.of(move(p.retention(), r.retention(), true)));
            for (Party party : Party.values()) {
                Double now = data.shares().stream().filter(s -> s.reportId().equals(r.id()) && s.party() == party)
                        .map(Share::share).findFirst().orElse(null);
                row.add(Cell.of(move(p.shares().get(party), now, true)));
            }
            rows.add(row);
        }
        if (!rows.isEmpty()) {
            List<String> header = new ArrayList<>(List.of("社工站", "上一份报告", "总分", "稳岗率"));
            for (Party party : Party.values()) header.add(party.label + "得分率");
            page.table(header, rows);
        }
        if (!first.isEmpty()) {
            page.text((rows.isEmpty() ? "本月评估的社工站在湖中都没有更早的报告，无从比较：" : "在湖中没有更早报告的社工站：")
                    + String.join("、", first) + "。");
        }
    }

    /** "上次 → 本次 (变化)"; rates in percent with the change in percentage points. */
    static String move(Double before, Double now, boolean rate) {
        if (before == null && now == null) return "均未给出";
        String b = rate ? pct(before) : score(before);
        String n = rate ? pct(now) : score(now);
        if (before == null || now == null) return b + " → " + n;
        String change = rate ? points(now - before) + " 个百分点" : String.format(Locale.ROOT, "%+.2f", now - before);
        return b + " → " + n + " (" + change + ")";
    }

    private void indicators(List<MonthReport> reports) {
        page.heading(3, "服务指标：远超进度 (≥ 3 倍，指标或定得过低) 与未达进度");
        List<List<Cell>> rows = new ArrayList<>();
        for (MonthReport r : reports) {
            List<String> far = new ArrayList<>();
            List<String> under = new ArrayList<>();
            Double pace = null;
            for (Indicator i : data.indicators()) {
                if (!i.reportId().equals(r.id())) continue;
                pace = i.pace();
                String s = (i.period() == null ? "" : i.period() + " ") + i.label() + " " + pct(i.completion())
                        + " (" + num(i.actual()) + "/" + num(i.target()) + ")";
                (i.status().equals("far_over") ? far : under).add(s);
            }
            if (far.isEmpty() && under.isEmpty()) continue;
            rows.add(List.of(Cell.of(stationName(r) + " (" + r.type() + "，进度 " + pct(pace) + ")"),
                    Cell.of(far.isEmpty() ? "无" : String.join("；", far)), Cell.of(under.isEmpty() ? "无" : String.join("；", under))));
        }
        if (rows.isEmpty()) {
            page.text("本月报告没有远超或未达进度的站级服务指标 (或未列出指标)。");
            return;
        }
        page.table(List.of("社工站 (时间进度)", "远超进度：完成率 (实际/目标)", "未达进度：完成率 (实际/目标)"), rows);
    }

    private void qualityFlags(List<MonthReport> reports) {
        page.heading(3, "质量问题：报告自相矛盾之处");
        List<List<Cell>> rows = new ArrayList<>();
        for (MonthReport r : reports) {
            for (Flag f : flags(r)) {
                rows.add(List.of(Cell.of(stationName(r)), Cell.of(f.checkText()), Cell.of(f.severityText()), Cell.of(f.detailText())));
            }
        }
        if (rows.isEmpty()) page.text("本月报告未发现自相矛盾之处。");
        else page.table(List.of("社工站", "检查", "严重程度", "说明"), rows);
    }

    private List<Flag> flags(MonthReport r) {
        return data.flags().stream().filter(f -> f.reportId().equals(r.id())).toList();
    }

    private String flagCount(List<MonthReport> reports) {
        return Long.toString(reports.stream().mapToLong(r -> flags(r).size()).sum());
    }

    private static List<Cell> statsRow(String scope, Stats s) {
        return List.of(Cell.of(scope), Cell.of(Long.toString(s.reports())),
                Cell.of(score(s.medianScore()) + " (" + s.scored() + " 份有总分)"),
                Cell.of(pct(s.medianRetention()) + " (" + s.withRetention() + " 份有稳岗率)"), belowCell(s));
    }

    private static Cell belowCell(Stats s) {
        if (s.withRetention() == 0) return Cell.of("—");
        return new Cell(pct(s.shareBelow()) + " (" + s.below() + "/" + s.withRetention() + ")", s.below() > 0);
    }

    private static Cell retentionCell(Double rate, Boolean below) {
        if (rate == null) return Cell.of("未给出");
        boolean low = Boolean.TRUE.equals(below);
        return new Cell(pct(rate) + (low ? " (低于 " + pct(THRESHOLD) + ")" : ""), low);
    }

    private static String cityBenchmark(Stats b) {
        return "全市基准 (截至本月末 " + b.reports() + " 份报告)：总分中位数 " + score(b.medianScore()) + "，稳岗率中位数 "
                + pct(b.medianRetention()) + "，稳岗率低于 " + pct(THRESHOLD) + " 的占 "
                + (b.shareBelow() == null ? "—" : pct(b.shareBelow()) + " (" + b.below() + "/" + b.withRetention() + ")") + "。";
    }

    /** The station's name linked to its page under OUT/stations/ (written with the summary). */
    private Cell stationCell(MonthReport r) { return stationCell(r, toOut()); }

    /** The station's name linked to its page; {@code toOut}: the path from the page up to OUT. */
    static Cell stationCell(MonthReport r, String toOut) {
        if (r.station() == null) return Cell.of(stationName(r));
        return Cell.link(stationName(r), toOut + StationPages.relative(r.district(), r.station()));
    }

    /** From this page up to OUT: a district's page is one folder deeper than the city's. */
    private String toOut() { return data.district() == null ? "../../" : "../../../"; }

    static String stationName(MonthReport r) {
        return (r.synthetic() ? "【合成】" : "") + orNone(r.station());
    }

    private static String date(MonthReport r) {
        return switch (r.dateBasis()) {
            case "evaluation_date" -> r.date().toString();
            case "period_end" -> r.date() + " (未写评估日期，按考核期末)";
            default -> r.date() + " (未写评估日期，按合同期末)";
        };
    }

    private static String sourceNote(long reports, boolean synthetic) {
        return "数据来源：社工站评估报告数据湖，本月 " + reports + " 份" + (synthetic ? "合成报告 (非真实数据)" : "报告");
    }

    static String monthCn(YearMonth m) { return m.getYear() + "年" + m.getMonthValue() + "月"; }

    static String score(Double v) { return v == null ? "—" : String.format(Locale.ROOT, "%.2f", v); }

    static String pct(Double v) { return v == null ? "—" : String.format(Locale.ROOT, "%.1f%%", v * 100); }

    static String points(double v) { return String.format(Locale.ROOT, "%+.1f", v * 100); }

    static String num(Double v) {
        if (v == null) return "?";
        return v == Math.rint(v) ? Long.toString(v.longValue()) : String.format(Locale.ROOT, "%.2f", v);
    }

    private static String orNone(String s) { return s == null || s.isBlank() ? "未注明" : s; }
}
