package org.stations.generate;

import org.stations.model.ReportType;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;

class ReportGeneratorTest {

    @TempDir static Path tmp;
    static Map<String, Truth.Report> small;
    static Path smallReports;

    @BeforeAll
    static void generateSmallCorpus() throws IOException {
        ReportGenerator.Result r = ReportGenerator.generate(options(6, 42, tmp.resolve("a"), List.of("txt")));
        smallReports = r.reportsDir();
        small = Truth.byFile(r.truth());
        // 6 stations × (中期 + 末期), station 2 also a 绩效评价报告
        assertEquals(13, r.reports());
        assertEquals(13, small.size());
    }

    static ReportGenerator.Options options(int stations, long seed, Path out, List<String> formats) {
        return new ReportGenerator.Options(stations, 1, seed, out, formats, City.GUANGZHOU, 2);
    }

    static String text(String file) throws IOException {
        return Files.readString(smallReports.resolve(file), StandardCharsets.UTF_8);
    }

    static Truth.Report first(String layout, String type) {
        return small.values().stream().filter(t -> t.layout().equals(layout) && t.reportType().equals(type)).findFirst().orElseThrow();
    }

    @Test
    void sameSeedSameFilesOtherSeedOtherNumbers() throws IOException {
        Path again = ReportGenerator.generate(options(6, 42, tmp.resolve("b"), List.of("txt"))).reportsDir();
        for (String f : small.keySet()) {
            assertArrayEquals(Files.readAllBytes(smallReports.resolve(f)), Files.readAllBytes(again.resolve(f)), f);
        }
        assertEquals(Files.readString(tmp.resolve("a/truth.jsonl")), Files.readString(tmp.resolve("b/truth.jsonl")));
        Path other = ReportGenerator.generate(options(6, 43, tmp.resolve("c"), List.of("txt"))).reportsDir();
        assertNotEquals(Files.readString(smallReports.resolve("s00000_2024_midterm.txt")),
                Files.readString(other.resolve("s00000_2024_midterm.txt")));
    }

    @Test
    void everyReportIsMarkedSyntheticAndNamedSo() throws IOException {
        for (Truth.Report t : small.values()) {
            String firstLine = text(t.file()).lines().findFirst().orElseThrow();
            assertEquals("【合成数据 SYNTHETIC】本报告由 stations generate 生成，非真实评估报告。", firstLine, t.file());
            assertTrue(t.synthetic());
            assertTrue(t.station().startsWith("模拟"), t.station());
            assertTrue(t.operator() == null || t.operator().contains("模拟"), t.operator());
            assertTrue(text(t.file()).contains(t.station()), t.file());
        }
    }

    @Test
    void everyLayoutAndReportTypeAppears() {
        assertEquals(List.of("000", "001", "002", "003", "004"),
                small.values().stream().map(Truth.Report::layout).distinct().sorted().toList());
        assertEquals(List.of("final", "midterm", "performance"),
                small.values().stream().map(Truth.Report::reportType).distinct().sorted().toList());
    }

    @Test
    void partyScoresSumToTotalAndGradeMatchesUnlessPlanted() {
        for (Truth.Report t : small.values()) {
            if (t.totalScore() == null) continue;
            double sum = t.partyScores().values().stream().mapToDouble(Double::doubleValue).sum();
            assertEquals(t.totalScore(), sum, 0.011, t.file());
            assertTrue(t.partyScores().get("supervisor") <= 10 && t.partyScores().get("purchaser") <= 20
                    && t.partyScores().get("supervision_center") <= 15 && t.partyScores().get("third_party") <= 55, t.file());
            if (!t.contradicts("grade_mismatch")) assertEquals(ReportFacts.gradeOf(t.totalScore()), t.grade(), t.file());
        }
    }

    @Test
    void wrappedPdfTextLayoutOfSeed000() throws IOException {
        Truth.Report t = first("000", "midterm");
        String s = text(t.file());
        assertTrue(s.contains("以上四项总得分：" + String.format("%.2f", t.totalScore()) + " 分 等级：" + t.grade()));
        assertTrue(s.contains("三、监督方评估（" + t.district() + "民政局）"));
        assertTrue(s.contains("五、督导中心评估"));
        assertTrue(Pattern.compile("\n\n\\d{1,2}\n\n").matcher(s).find(), "a page number alone between blank lines");
        assertTrue(s.contains("附件1-1"));
        // hard-wrapped: no physical line wider than 28 CJK characters (ASCII counts half)
        for (String line : s.lines().skip(1).toList()) {
            double w = line.chars().mapToDouble(c -> c < 128 ? 0.5 : 1).sum();
            assertTrue(w <= 29.5 || line.matches("[\\S ]*\\d+%.*|.*\\d \\d.*|.*协议.*"), line);
        }
        // joined as an extractor would: page numbers dropped, line breaks and spaces removed
        String joined = s.replaceAll("\n\n\\d+\n\n", "\n").replace("\n", "").replace(" ", "");
        Truth.Indicator archive = t.stationIndicators().get(0);
        assertEquals("archive", archive.indicator());
        assertContainsNoSpaces(joined, "本年度完成困难群众和特殊群体建档 " + (long) archive.actual() + " 个");
        assertContainsNoSpaces(joined, "共有 " + t.staffing().get("stable_workers").intValue() + " 名社工持续稳定在岗，稳岗率为"
                + String.format("%.2f%%", t.retentionRate() * 100));
        assertContainsNoSpaces(joined, "持证社工应到岗 " + Formats.plain(t.staffing().get("certified_expected")) + " 人次，实到岗 "
                + Formats.plain(t.staffing().get("certified_actual")) + " 人次");
        assertContainsNoSpaces(joined, "共计 " + t.socialWorkers() + " 名社工");
    }

    private static void assertContainsNoSpaces(String haystack, String needle) {
        String n = needle.replace(" ", "");
        assertTrue(haystack.contains(n), "missing: " + n);
    }

    @Test
    void pianquRowsAddUpToTheStationRowUnlessPlanted() throws IOException {
        int checked = 0;
        for (Truth.Report t : small.values()) {
            if (!t.layout().equals("000")) continue;
            for (Truth.Indicator station : t.stationIndicators()) {
                List<Truth.Indicator> rows = t.indicators().stream()
                        .filter(i -> i.area() != null && i.indicator().equals(station.indicator())).toList();
                if (rows.isEmpty()) continue;
                boolean planted = t.contradictions().stream()
                        .anyMatch(c -> c.type().equals("area_sum") && c.field().equals(station.indicator()));
                double sum = rows.stream().mapToDouble(Truth.Indicator::actual).sum();
                if (planted) assertNotEquals(station.actual(), sum, t.file());
                else assertEquals(station.actual(), sum, 0, t.file() + " " + station.indicator());
                assertEquals(station.target(), rows.stream().mapToDouble(Truth.Indicator::target).sum(), 0);
                checked++;
            }
            // the annex prints the 合计 row with the station's numbers
            Truth.Indicator archive = t.stationIndicators().get(0);
            assertTrue(text(t.file()).contains(" " + (long) archive.target() + " " + (long) archive.actual() + " "
                    + String.format("%.2f%%", archive.reportedCompletion() * 100)));
        }
        assertTrue(checked >= 13, "annex rows checked: " + checked);
    }

    @Test
    void printedCompletionIsActualOverTargetUnlessPlanted() {
        for (Truth.Report t : small.values()) {
            for (Truth.Indicator i : t.indicators()) {
                if (i.reportedCompletion() == null) continue;
                boolean planted = t.contradictions().stream()
                        .anyMatch(c -> c.type().equals("percent_mismatch") && c.field().equals(i.indicator()) && i.area() == null);
                if (!planted) assertEquals(Measure.roundedCompletion((long) i.actual(), (long) i.target()), i.reportedCompletion(), 1e-9,
                        t.file() + " " + i.indicator());
            }
        }
    }

    @Test
    void tabTableLayoutOfSeed003() throws IOException {
        Truth.Report t = first("003", "midterm");
        String s = text(t.file());
        assertTrue(s.contains("\n\t评估内容\n\t标准分\n\t评分\n\t折算分\n"));
        assertTrue(s.contains("[bookmark: bookmark"));
        assertTrue(s.contains("\n\t总分\n\t" + String.format("%.2f", t.totalScore()) + "\n"));
        Truth.ScoreItem quality = t.scoreItems().stream().filter(i -> i.item().equals("服务质量")).findFirst().orElseThrow();
        assertTrue(s.contains("\t服务质量（" + quality.area() + "）\n\t20\n\t" + Formats.plain(quality.score()) + "\n"));
        double third = t.scoreItems().stream().mapToDouble(i -> i.convertedScore() == null ? 0 : i.convertedScore()).sum();
        assertEquals(t.partyScores().get("third_party"), third, 0.011);
        assertTrue(s.contains("本次中期评估的等级为“" + t.grade() + "”"));
    }

    @Test
    void headerBlockLayoutsOfSeeds001And004() throws IOException {
        for (String layout : List.of("001", "004")) {
            Truth.Report t = first(layout, "final");
            String s = text(t.file());
            assertTrue(s.contains("\n\n项目监督方：" + t.supervisor() + "\n\n项目购买方：" + t.purchaser() + "\n\n项目承办方："
                    + t.operator() + "\n\n项目评估方：" + t.evaluator() + "\n\n评估日期："), t.file());
            assertNotNull(t.evaluationDate());
        }
        String s004 = text(first("004", "final").file());
        assertTrue(s004.contains("本次末期评估的等级为：" + first("004", "final").grade() + "。"));
        assertTrue(s004.contains("稳岗率达 "));
        assertNull(first("004", "final").totalScore(), "004 states the grade only");
        String s001 = text(first("001", "final").file());
        assertTrue(s001.contains("\n\n以上四项总得分：" + String.format("%.2f", first("001", "final").totalScore()) + " 分 等级："));
    }

    @Test
    void performanceReportOfSeed002HasTwoPeriodTables() throws IOException {
        Truth.Report t = first("002", "performance");
        String s = text(t.file());
        assertEquals(2, Pattern.compile("服务项目 协议指标 完成数量 完成比例").matcher(s).results().count());
        assertEquals(List.of("第一个项目期", "第二个项目期"),
                t.indicators().stream().map(Truth.Indicator::periodLabel).distinct().toList());
        Truth.Indicator visits = t.indicators().stream().filter(i -> i.indicator().equals("home_visits")).findFirst().orElseThrow();
        assertTrue(s.contains("探访\n居家探访 " + (long) visits.target() + " " + (long) visits.actual() + " "));
        assertNull(t.totalScore());
    }

    @Test
    void cityOfGuangzhouHasItsRealDistrictCounts() {
        List<City.District> all = City.GUANGZHOU.allocate(176);
        assertEquals(176, all.size());
        assertEquals(24, all.stream().filter(d -> d.name().equals("白云区")).count());
        assertEquals(16, all.stream().filter(d -> d.name().equals("番禺区")).count());
        assertEquals(11, all.stream().map(City.District::name).distinct().count());
        assertEquals(6, City.GUANGZHOU.allocate(6).size());
        assertThrows(IllegalArgumentException.class, () -> City.byCode("shenzhen"));
    }

    @Test
    void ratesOverALargerCorpusAreRealistic() throws IOException {
        ReportGenerator.Result r = ReportGenerator.generate(options(400, 7, tmp.resolve("big"), List.of("txt")));
        List<Truth.Report> all;
        try (Stream<Truth.Report> s = Truth.stream(r.truth())) {
            all = s.toList();
        }
        assertEquals(r.reports(), all.size());
        double contradicted = all.stream().filter(t -> !t.contradictions().isEmpty()).count() / (double) all.size();
        assertTrue(contradicted > 0.025 && contradicted < 0.08, "contradiction rate " + contradicted);
        List<Double> retention = all.stream().map(Truth.Report::retentionRate).filter(x -> x != null).toList();
        double below = retention.stream().filter(x -> x < 0.8).count() / (double) retention.size();
        assertTrue(below > 0.12 && below < 0.30, "share below 0.80: " + below);
        List<Double> completions = new ArrayList<>();
        List<Double> underPace = new ArrayList<>();
        for (Truth.Report t : all) {
            double pace = t.reportType().equals("midterm") ? 5.0 / 12 : 1.0;
            for (Truth.Indicator i : t.stationIndicators()) {
                if (!i.indicator().endsWith("_attendance") && t.layout().equals("001")) {
                    completions.add(i.completion() / pace);
                    if (i.completion() < pace) underPace.add(i.completion());
                }
            }
        }
        double under = underPace.size() / (double) completions.size();
        double farOver = completions.stream().filter(c -> c >= 3).count() / (double) completions.size();
        assertTrue(under > 0.04 && under < 0.14, "under-completed share " + under);
        assertTrue(farOver > 0.01 && farOver < 0.06, "far-over share " + farOver);
    }

    @Test
    void docxAndPdfCarryTheMarkerAndTheScoreTable() throws IOException {
        ReportGenerator.Result r = ReportGenerator.generate(options(6, 42, tmp.resolve("mixed"), List.of("docx", "pdf")));
        Map<String, Truth.Report> truth = Truth.byFile(r.truth());
        assertEquals(small.size(), truth.size());
        int docx = 0;
        int pdf = 0;
        for (Truth.Report t : truth.values()) {
            Path f = r.reportsDir().resolve(t.file());
            if (t.file().endsWith(".docx")) {
                try (InputStream in = Files.newInputStream(f); XWPFDocument d = new XWPFDocument(in)) {
                    assertEquals(Doc.SYNTHETIC_MARKER, d.getParagraphs().get(0).getText());
                    if (t.layout().equals("003")) assertEquals("评估内容", d.getTables().get(0).getRow(0).getCell(0).getText());
                }
                docx++;
            } else {
                assertTrue(t.file().endsWith(".pdf"), t.file());
                try (PDDocument d = Loader.loadPDF(f.toFile())) {
                    String text = new PDFTextStripper().getText(d);
                    assertTrue(text.startsWith(Doc.SYNTHETIC_MARKER), text.substring(0, 80));
                    assertTrue(text.contains(t.station()));
                }
                pdf++;
            }
        }
        assertTrue(docx > 0 && (pdf > 0 || r.note() != null), "docx " + docx + ", pdf " + pdf);
        // the same station-year gets the same numbers whatever its format
        assertEquals(strip(small.values()), strip(truth.values()));
    }

    private static List<String> strip(Collection<Truth.Report> reports) {
        return reports.stream().map(t -> t.station() + t.reportType() + t.totalScore() + t.indicators()).sorted().toList();
    }
}
