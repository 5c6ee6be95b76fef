package org.stations.summary;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import org.stations.bench.BenchJob;
import org.stations.lake.Lake;
import org.stations.model.Codes;
import org.stations.model.Party;
import org.stations.summary.Page.Cell;
import org.stations.summary.Page.Note;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A page per station, OUT/stations/&lt;区名&gt;/&lt;站名&gt;.html: its reports over time (scores by party,
 * 稳岗率), its station-level indicators, its findings by theme and its quality flags; each number the
 * lake read from a sentence links to that sentence, quoted at the foot of the page. Stations are read in
 * batches, so the driver holds one batch's rows, never the lake.
 */
public final class StationPages {
    static final String DIR = "stations";
    private static final int BATCH = 200;

    private StationPages() {}

    /** A station's page, relative to OUT. */
    static String relative(String district, String station) {
        return DIR + "/" + SummaryJob.safeName(district) + "/" + SummaryJob.safeName(station) + ".html";
    }

    /**
     * Writes the pages of the stations in {@code stations} (a Dataset of district, station), or of every
     * station of the lake when it is null. Returns the pages written.
     */
    public static List<Path> write(SparkSession spark, String lakeDir, String outDir, Dataset<Row> stations) throws IOException {
        new Lake(spark, lakeDir).registerViews();
        BenchJob.registerViews(spark, outDir); // bench_staff_survival, for the staffing annexes
        if (stations == null) {
            stations = spark.sql("SELECT DISTINCT coalesce(district, '区未注明') AS district, station FROM report WHERE station IS NOT NULL");
        }
        StructType keys = stations.schema();
        List<Path> written = new ArrayList<>();
        List<Row> batch = new ArrayList<>();
        Iterator<Row> it = stations.orderBy("district", "station").toLocalIterator();
        while (it.hasNext()) {
            batch.add(it.next());
            if (batch.size() == BATCH || !it.hasNext()) {
                spark.createDataFrame(batch, keys).createOrReplaceTempView("station_batch");
                written.addAll(batch(spark, Path.of(outDir)));
                batch.clear();
            }
        }
        return written;
    }

    private record Report(String id, String district, String station, boolean synthetic, String type, LocalDate date,
                          String evaluator, Double total, String grade, Double retention) {}

    /** A number and the sentence it was read in. */
    private record Read(String row, String evidence) {}

    /** One batch of stations: a query per table, grouped by report on the driver. */
    private static List<Path> batch(SparkSession spark, Path out) throws IOException {
        spark.sql("""
                SELECT r.report_id, coalesce(r.district, '区未注明') AS district, r.station, coalesce(r.synthetic, false) AS synthetic,
                       coalesce(r.report_type_label, r.report_type) AS type, %s AS d, r.evaluator, r.total_score, r.grade,
                       r.retention_rate
                FROM report r JOIN station_batch b ON b.district = coalesce(r.district, '区未注明') AND b.station = r.station
                """.formatted(SummaryJob.SUMMARY_DATE)).createOrReplaceTempView("station_reports");
        Map<String, List<Report>> byStation = new LinkedHashMap<>();
        for (Row r : spark.sql("SELECT * FROM station_reports ORDER BY district, station, d, report_id").collectAsList()) {
            Report rep = new Report(r.getString(0), r.getString(1), r.getString(2), r.getBoolean(3), r.getString(4), r.getAs(5),
                    r.getString(6), dbl(r, 7), r.getString(8), dbl(r, 9));
            byStation.computeIfAbsent(rep.district() + "|" + rep.station(), k -> new ArrayList<>()).add(rep);
        }
        Map<String, List<Row>> parties = byReport(spark, "SELECT p.report_id, p.party, p.score, p.max_score, p.evidence FROM party_score p");
        Map<String, List<Row>> staffing = byReport(spark, "SELECT s.report_id, s.evidence FROM staffing s");
        Map<String, List<Row>> indicators = byReport(spark, """
                SELECT i.report_id, i.period_label, i.indicator, coalesce(i.label, i.indicator), i.target, i.actual, i.completion,
                       i.evidence FROM indicator i WHERE i.area IS NULL""");
        Map<String, List<Row>> findings = byReport(spark,
                "SELECT f.report_id, f.party, f.polarity, f.seq, f.text, f.themes FROM finding f");
        Map<String, List<Row>> flags = byReport(spark, "SELECT q.report_id, q.check, q.severity, q.detail FROM quality_flag q");
        Map<String, List<Row>> survival = spark.catalog().tableExists("bench_staff_survival") ? byReport(spark,
                "SELECT s.report_id, " + StaffSection.STATION_COLUMNS + " FROM bench_staff_survival s") : Map.of();

        List<Path> written = new ArrayList<>();
        for (List<Report> reports : byStation.values()) {
            Report first = reports.get(0);
            Path file = out.resolve(relative(first.district(), first.station()));
            Files.createDirectories(file.getParent());
            String html = page(reports, parties, staffing, indicators, findings, flags, survival).html();
            // the page written aside and renamed over the old one: a reader never opens half of it
            Path aside = file.resolveSibling("." + file.getFileName() + ".new");
            Files.writeString(aside, html, StandardCharsets.UTF_8);
            Files.move(aside, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            written.add(file);
        }
        return written;
    }

    /** A table's rows of the batch's reports, by report_id (column 0), in the order of the query. */
    private static Map<String, List<Row>> byReport(SparkSession spark, String select) {
        // "SELECT x.… FROM table x [WHERE …]": the batch's reports only
        String alias = select.substring(select.indexOf("SELECT ") + 7, select.indexOf('.')).strip();
        String semi = " LEFT SEMI JOIN station_reports sr ON sr.report_id = " + alias + ".report_id";
        String sql = select.contains(" WHERE ") ? select.replace(" WHERE ", semi + " WHERE ") : select + semi;
        Map<String, List<Row>> out = new LinkedHashMap<>();
        for (Row r : spark.sql(sql).collectAsList()) out.computeIfAbsent(r.getString(0), k -> new ArrayList<>()).add(r);
        return out;
    }

    private static Page page(List<Report> reports, Map<String, List<Row>> parties, Map<String, List<Row>> staffing,
                             Map<String, List<Row>> indicators, Map<String, List<Row>> findings, Map<String, List<Row>> flags,
                             Map<String, List<Row>> survival) {
        Report first = reports.get(0);
        Page page = new Page((first.synthetic() ? "【合成】" : "") + first.station() + " · " + first.district() + " · 历次评估");
        if (first.synthetic()) page.banner(SummaryPage.SYNTHETIC_BANNER);
        List<Note> notes = new ArrayList<>();
        page.text("湖中本站共 " + reports.size() + " 份报告。带下划线的数字可点开，看它在报告中所在的原句 (见页末“原文依据”)；"
                + "总分与等级取自报告的评估结论，湖中未存原句。");

        page.heading(2, "历次评估：总分、四方得分与稳岗率");
        List<List<Cell>> rows = new ArrayList<>();
        for (Report r : reports) {
            List<Cell> row = new ArrayList<>();
            row.add(Cell.of(r.date() == null ? "日期未注明" : r.date().toString()));
            row.add(Cell.of(r.type()));
            row.add(Cell.of(r.evaluator() == null ? "未注明" : r.evaluator()));
            row.add(Cell.of(SummaryPage.score(r.total())));
            row.add(Cell.of(r.grade() == null ? "未给出" : r.grade()));
            String retention = null;
            for (Row s : staffing.getOrDefault(r.id(), List.of())) retention = sentenceWith(s.getString(1), "稳岗率");
            row.add(linked(r.retention() == null ? "未给出" : SummaryPage.pct(r.retention()), r.retention() != null
                    && r.retention() < SummaryPage.THRESHOLD, retention, when(r) + " 稳岗率", notes));
            for (Party p : Party.values()) {
                Row score = null;
                for (Row s : parties.getOrDefault(r.id(), List.of())) if (p.code.equals(s.getString(1))) score = s;
                if (score == null) {
                    row.add(Cell.of("未给出"));
                    continue;
                }
                double max = score.isNullAt(3) ? p.maxScore : score.getDouble(3);
                row.add(linked(SummaryPage.score(score.getDouble(2)) + " (" + SummaryPage.pct(score.getDouble(2) / max) + ")", false,
                        score.getString(4), when(r) + " " + p.label, notes));
            }
            rows.add(row);
        }
        List<String> header = new ArrayList<>(List.of("日期", "类型", "评估方", "总分", "等级", "稳岗率"));
        for (Party p : Party.values()) header.add(p.label + " (满分 " + (int) p.maxScore + "，得分率)");
        page.table(header, rows);

        Map<String, String> annexes = new LinkedHashMap<>();
        for (Report r : reports) if (survival.containsKey(r.id())) annexes.put(r.id(), when(r));
        StaffSection.station(page, annexes, survival);

        page.heading(2, "服务指标完成情况 (全站)");
        rows = new ArrayList<>();
        for (Report r : reports) {
            for (Row i : indicators.getOrDefault(r.id(), List.of())) {
                rows.add(List.of(Cell.of(when(r)), Cell.of(i.isNullAt(1) ? "" : i.getString(1)), Cell.of(i.getString(3)),
                        Cell.of(SummaryPage.num(dbl(i, 4))), Cell.of(SummaryPage.num(dbl(i, 5))),
                        linked(i.isNullAt(6) ? "—" : SummaryPage.pct(i.getDouble(6)), false, i.getString(7),
                                when(r) + " " + i.getString(3), notes)));
            }
        }
        if (rows.isEmpty()) page.text("本站报告未列出服务指标。");
        else page.table(List.of("报告", "项目期", "指标", "目标", "实际", "完成率"), rows);

        page.heading(2, "评估意见 (按主题)");
        Map<String, List<List<Cell>>> byTheme = new LinkedHashMap<>();
        for (String t : Codes.THEME.values()) byTheme.put(t, new ArrayList<>());
        byTheme.put("其他", new ArrayList<>());
        for (Report r : reports) {
            for (Row f : findings.getOrDefault(r.id(), List.of())) {
                List<String> themes = f.isNullAt(5) ? List.of() : f.getList(5);
                List<Cell> row = List.of(Cell.of(when(r)), Cell.of(party(f.getString(1))),
                        new Cell("concern".equals(f.getString(2)) ? "需要关注" : "值得肯定", "concern".equals(f.getString(2))),
                        Cell.of(f.getString(4)));
                boolean placed = false;
                for (String t : themes) {
                    if (Codes.THEME.containsKey(t)) {
                        byTheme.get(Codes.THEME.get(t)).add(row);
                        placed = true;
                    }
                }
                if (!placed) byTheme.get("其他").add(row);
            }
        }
        boolean any = false;
        for (Map.Entry<String, List<List<Cell>>> e : byTheme.entrySet()) {
            if (e.getValue().isEmpty()) continue;
            any = true;
            page.heading(3, e.getKey() + " (" + e.getValue().size() + " 条)");
            page.table(List.of("报告", "评价方", "性质", "意见"), e.getValue());
        }
        if (!any) page.text("本站报告没有“值得肯定 / 需要关注”的意见条目。");

        page.heading(2, "质量问题：报告自相矛盾之处");
        rows = new ArrayList<>();
        for (Report r : reports) {
            Map<String, String> labels = new LinkedHashMap<>();
            for (Row i : indicators.getOrDefault(r.id(), List.of())) labels.putIfAbsent(i.getString(2), i.getString(3));
            for (Row q : flags.getOrDefault(r.id(), List.of())) {
                rows.add(List.of(Cell.of(when(r)), Cell.of(FlagText.check(q.getString(1))), Cell.of(FlagText.severity(q.getString(2))),
                        Cell.of(FlagText.detail(q.getString(1), q.getString(3), labels))));
            }
        }
        if (rows.isEmpty()) page.text("本站报告未发现自相矛盾之处。");
        else page.table(List.of("报告", "检查", "严重程度", "说明"), rows);

        if (!notes.isEmpty()) {
            page.heading(2, "原文依据");
            page.notes(notes);
        }
        return page;
    }

    /** A value linked to the sentence it was read in, numbered at the foot of the page; plain when the lake kept none. */
    private static Cell linked(String text, boolean alert, String evidence, String label, List<Note> notes) {
        if (evidence == null || evidence.isBlank()) return new Cell(text, alert);
        String id = "e" + (notes.size() + 1);
        notes.add(new Note(id, "[" + (notes.size() + 1) + "] " + label + "：", evidence));
        return new Cell(text, alert, "#" + id);
    }

    /** Of several sentences kept as evidence (joined by " … "), the one that states {@code word}. */
    private static String sentenceWith(String evidence, String word) {
        if (evidence == null) return null;
        for (String s : evidence.split(" … ")) if (s.contains(word)) return s;
        return null;
    }

    private static String when(Report r) {
        return (r.date() == null ? "" : r.date() + " ") + r.type();
    }

    private static String party(String code) {
        if (code == null) return "评估方";
        if (code.startsWith("area:")) return code.substring(5);
        for (Party p : Party.values()) if (p.code.equals(code)) return p.label;
        return "评估方";
    }

    private static Double dbl(Row r, int i) { return r.isNullAt(i) ? null : ((Number) r.get(i)).doubleValue(); }
}
