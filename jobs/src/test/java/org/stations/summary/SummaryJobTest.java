package org.stations.summary;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.stations.SeedOutput;
import org.stations.SparkTestBase;
import org.stations.cli.Main;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Monthly summaries of the lake of {@link SeedOutput}: the five real seed reports beside three synthetic
 * stations, whose reports must stay apart from the real ones.
 */
class SummaryJobTest extends SparkTestBase {
    static final Path DIR = SeedOutput.DIR;
    static String lake;
    static String out;
    static SummaryJob.Result january;

    @BeforeAll
    static void lakeAndBenchmarks() throws Exception {
        SeedOutput.ensure();
        lake = SeedOutput.LAKE;
        out = SeedOutput.OUT;
        january = summary("2025-01", null);
    }

    private static SummaryJob.Result summary(String month, String district) throws Exception {
        return SummaryJob.run(spark(), lake, out, YearMonth.parse(month), district);
    }

    @Test
    void january2025_jinhua_scores_grade_and_retention_below_80_against_district_and_city() throws Exception {
        SummaryJob.Result r = january;
        assertEquals(Path.of(out, "summaries", "2025-01"), r.dir());
        String html = Files.readString(r.html());
        String md = Files.readString(r.markdown());
        // 金花街 中期: 于 2025 年 1 月 20 日现场评估; 总得分 85.52 分 等级：良好; 稳岗率为 70.00%
        for (String page : List.of(html, md)) {
            assertTrue(page.contains("金花街"), "金花街 is on the page");
            assertTrue(page.contains("2025-01-20"));
            assertTrue(page.contains("中期评估"));
            assertTrue(page.contains("广州市社会工作协会"));
            assertTrue(page.contains("85.52"));
            assertTrue(page.contains("良好"));
            // the other real reports were evaluated in other months
            for (String other : List.of("流花街", "云城街", "市桥街东西片", "中南街")) assertFalse(page.contains(other), other);
            // real benchmarks to 2025-01-31: 荔湾区 has 金花街 85.52 only (中南街 states no score); the city's
            // scored reports are 金花街 85.52 and 流花街 83.62 → median 84.57; rates 0.70, 0.65, 0.85: 2 of 3 below 80%
            assertTrue(page.contains("84.57"), "city median total score");
            assertTrue(page.contains("66.7% (2/3)"), "city share below 80%");
            // 购买方 20/20 = 100% against the city's (100% + 90%) / 2: +5.0 points
            assertTrue(page.contains("20.00 · 100.0% (+5.0)"));
            // 建档 1788 of 100 (≥ 3 × pace 5/12) and 结案 22 of 100 (< pace)
            assertTrue(page.contains("1788.0% (1788/100)"));
            assertTrue(page.contains("22.0% (22/100)"));
        }
        assertTrue(html.contains("<td class=\"alert\">70.0% (低于 80.0%)</td>"), "70% marked below the threshold");
        assertTrue(md.contains("**70.0% (低于 80.0%)**"));
        assertTrue(html.contains("<meta charset=\"utf-8\">"));
        assertTrue(html.contains("<img src=\"charts/d01-score.png\""));
        assertTrue(md.contains("](charts/d01-retention.png)"));
        assertEquals(List.of("荔湾区", "【合成】荔湾区"), r.districts());
        for (String name : List.of("d01-score", "d01-retention", "synthetic-d02-score", "synthetic-d02-retention")) {
            Path png = r.dir().resolve("charts").resolve(name + ".png");
            byte[] head = Files.readAllBytes(png);
            assertTrue(head.length > 5000 && head[1] == 'P' && head[2] == 'N' && head[3] == 'G', png + " is a PNG");
            assertTrue(Files.readString(r.dir().resolve("charts").resolve(name + ".svg")).contains("<svg"));
            assertTrue(r.charts().contains(png));
        }
    }

    /** The real 荔湾区 section of January 2025: 金花街 (seed 000) alone, before the synthetic reports. */
    private static String januaryReal(String page) {
        return page.substring(page.indexOf("荔湾区 · 本月 1 份报告"), page.indexOf("【合成数据】广州市概览"));
    }

    @Test
    void january2025_jinhua_staff_annex_keeps_14_of_19_below_80() throws Exception {
        String html = januaryReal(Files.readString(january.html()));
        String md = januaryReal(Files.readString(january.markdown()));
        // 000 附件2, 2024-08 … 2024-12: on post 19, 20, 21, 22, 22; of August's 19, 14 are on post in December
        // (the report: 共有14名社工持续稳定在岗); 应到岗100人次 over 5 months = 20 required. Joiners 3+2+3+1 and
        // leavers 2+1+2+1 month on month: 19 + 9 − 6 = 22
        assertTrue(html.contains("<td>2024-08 至 2024-12 (5 个月)</td><td>19 人</td>"
                + "<td class=\"alert\">14 / 19 = 73.7% (低于 80.0%)</td><td>19、20、21、22、22</td><td>20 人</td>"
                + "<td>9 / 6</td><td>14 人</td>"), html);
        assertTrue(md.contains("| **14 / 19 = 73.7% (低于 80.0%)** |"), md);
        for (String page : List.of(html, md)) {
            assertTrue(page.contains("末月留存率低于 80.0% 的：金花街 (中期评估，首月 19 人中末月 14 人仍在岗，73.7%)。"), page);
        }
        // up to 2025-01-31 the only real annex is 金花街's: the district and the city are that one report
        assertTrue(html.contains("<td>本区基准 (截至 2025-01-31)</td><td>1</td><td>73.7%</td><td class=\"alert\">100.0% (1/1)</td>"));
        assertTrue(html.contains("<td>广州市基准 (截至 2025-01-31)</td><td>1</td><td>73.7%</td><td class=\"alert\">100.0% (1/1)</td>"));
        assertTrue(html.contains("<img src=\"charts/d01-staff-survival.png\""));
        assertTrue(Files.size(january.dir().resolve("charts/d01-staff-survival.png")) > 5000);
    }

    @Test
    void january2025_jinhua_concerns_by_theme_in_chinese_against_district_and_city() throws Exception {
        String html = januaryReal(Files.readString(january.html()));
        // SELECT t.theme, count(*) FROM finding f JOIN report r USING (report_id) LATERAL VIEW explode(f.themes) t AS theme
        // WHERE r.station = '金花街' AND f.polarity = 'concern' GROUP BY t.theme: needs_assessment 7, safety_net 7,
        // service_design 5, documentation 4, staffing/training/volunteers/publicity/internal_management/outcomes 2,
        // the rest 1; 18 concern items and 26 praised in all
        assertTrue(html.contains("本月荔湾区 1 份报告中 1 份列有评估意见：需要关注 18 条，值得肯定 26 条。"), html);
        String[][] rows = {{"需求调研", "7"}, {"兜底服务 (困难群众, 建档, 探访)", "7"}, {"服务设计与计划", "5"}, {"档案文书", "4"},
                {"人员配备 (到岗, 持证)", "2"}, {"培训与专业能力", "2"}, {"志愿服务", "2"}, {"宣传", "2"}};
        int at = 0;
        for (String[] r : rows) {
            // 荔湾区's reports with findings to 2025-01-31: 金花街 alone (中南街 has none); the city's: 金花街, 流花街, 云城街,
            // each raising these eight (the same query over finding with evaluation_date <= 2025-01-31)
            int i = html.indexOf("<tr><td>" + r[0] + "</td><td>1/1 份报告，" + r[1] + " 条</td><td>100.0% (1/1)</td>"
                    + "<td>100.0% (3/3)</td>", at);
            assertTrue(i > at, r[0] + " " + r[1] + " in order");
            at = i;
        }
        assertTrue(html.contains("其余需要关注的主题：内部管理制度 (1 份报告，2 条)、服务成效 (1 份报告，2 条)、人员稳定 (稳岗, 离职) (1 份报告，1 条)、"));
        assertTrue(html.contains("党建 (1 份报告，1 条)"));
        // examples quoted from the report, linked to the station's page: 第三方 on staffing 「评估期内,社工站共有7名社工提前解除劳动合同…」
        assertTrue(html.contains("<a href=\"../../stations/荔湾区/金花街.html\">「评估期内,社工站共有7名社工提前解除劳动合同,6名社工新入职,"), html);
        assertTrue(html.contains("(金花街 · 第三方)</a>"));
        assertTrue(html.contains("<h3>评估意见：值得肯定的主题</h3>"));
        assertTrue(html.contains("<tr><td>兜底服务 (困难群众, 建档, 探访)</td><td>1/1 份报告，17 条</td>"));
        assertTrue(html.contains("<img src=\"charts/d01-concerns.png\""));
        for (String code : List.of("party_building", "needs_assessment", "safety_net", "third_party", "area:")) assertFalse(html.contains(code), code);
    }

    @Test
    void synthetic_reports_are_bannered_and_benchmarked_apart_from_real_ones() throws Exception {
        String html = Files.readString(january.html());
        int realSection = html.indexOf("<h2>荔湾区 · 本月 1 份报告</h2>");
        int syntheticOverview = html.indexOf("<h2>【合成数据】广州市概览</h2>");
        int syntheticSection = html.indexOf("<h2>【合成数据】荔湾区 · 本月 1 份报告</h2>");
        assertTrue(realSection > 0 && syntheticOverview > realSection && syntheticSection > syntheticOverview,
                "real 荔湾区 first, then the synthetic overview and 荔湾区");
        assertTrue(html.indexOf("金花街") < syntheticSection);
        assertTrue(html.indexOf("模拟红星街") > syntheticSection, "the synthetic station only in the synthetic section");
        assertTrue(html.substring(syntheticSection).contains("<div class=\"banner\">合成数据："));
        assertTrue(html.substring(syntheticOverview, syntheticSection).contains("<div class=\"banner\">合成数据："));
        assertFalse(html.substring(0, syntheticOverview).contains("class=\"banner\""), "no banner over real data");
        assertTrue(html.contains("【合成】模拟红星街"), "synthetic rows are marked too");
        // the real 荔湾区 benchmark is 金花街's 85.52 alone; mixed with 模拟红星街 it would not be
        String real = html.substring(realSection, syntheticOverview);
        assertTrue(real.contains("<td>本区基准 (截至 2025-01-31)</td><td>2</td><td>85.52 (1 份有总分)</td>"), real);
        assertFalse(real.contains("模拟"));
    }

    @Test
    void january2025_flags_are_told_in_chinese_from_their_data() throws Exception {
        for (String page : List.of(Files.readString(january.html()), Files.readString(january.markdown()))) {
            // 金花街: the annex table 建档 1788; the prose 「完成全街1749户、2032人的档案」
            assertTrue(page.contains("困难群众和特殊群体建档：指标表为 1788 户，正文为 1749 户（「(4)在服务成果方面"), page);
            // 培育志愿者骨干20名 against 15 in the table
            assertTrue(page.contains("志愿者骨干：指标表为 15 人，正文为 20 人"));
            // the prose 6 名社工新入职; 5 persons of the staffing annex have 入职 in 备注
            assertTrue(page.contains("入职人数：正文为 6 人，人员到岗附件中备注写「入职」的有 5 人"));
            // 中小型社区活动人次 target: the three 片区 rows add up to 2400, the station row 1500
            assertTrue(page.contains("中小型社区活动人次目标：3 个片区合计 2400，全站一行为 1500"));
            assertTrue(page.contains("片区之和与全站不符") && page.contains("提示"));
        }
        assertChineseOnly(Files.readString(january.html()));
    }

    @Test
    void february2025_page_has_no_english_word() throws Exception {
        SummaryJob.Result r = summary("2025-02", null);
        String html = Files.readString(r.html());
        for (String english : List.of("warning", "conflicting_values", "in the indicator table")) {
            assertFalse(html.contains(english), english);
        }
        // 市桥街东西片: 培育志愿者25名 in the indicator paragraph, 「…12名志愿者骨干,78名志愿者…」 in 服务成果
        assertTrue(html.contains("新增志愿者：指标表为 25 人，正文为 78 人（「在社区培育方面,本周期内培育了2个社区社会组织"), html);
        assertTrue(html.contains("同一数值前后不一"));
        // 模拟绿星街's 末期 (2025-02-12: 81.26, 稳岗率 7/11) against its 中期 (2024-09-18: 74.18, 6/11)
        assertTrue(html.contains("<td>【合成】模拟绿星街</td><td>中期评估，2024-09-18</td><td>74.18 → 81.26 (+7.08)</td>"
                + "<td>54.6% → 63.6% (+9.1 个百分点)</td>"), html);
        assertTrue(html.contains("本月评估的社工站在湖中都没有更早的报告，无从比较：市桥街东西片。"));
        assertChineseOnly(html);
        assertChineseOnly(Files.readString(r.markdown()));
    }

    /** No Latin word in what a reader sees: tags, the style sheet and links' file names aside. */
    static void assertChineseOnly(String page) {
        String visible = page.replaceAll("(?s)<style>.*?</style>", "").replaceAll("(?s)<[^>]*>", " ")
                .replaceAll("\\]\\([^)]*\\)", "]").replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&quot;", "\"").replace("&#39;", "'");
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("[A-Za-z]{2,}").matcher(visible);
        assertFalse(m.find(), () -> "Latin word '" + m.group() + "' in: …" + visible.substring(Math.max(0, m.start() - 80),
                Math.min(visible.length(), m.end() + 80)) + "…");
    }

    @Test
    void june2024_yuncheng_85_percent_is_not_below_and_has_no_score() throws Exception {
        SummaryJob.Result r = summary("2024-06", null);
        String html = Files.readString(r.html());
        // 云城街 末期: 评估日期 2024 年 6 月 11 日; 稳岗率达 85%; 等级为：良好, no points printed
        assertTrue(html.contains("云城街"));
        assertTrue(html.contains("2024-06-11"));
        assertTrue(html.contains("<td>85.0%</td>"), "85% is not marked");
        assertFalse(html.contains("低于 80.0%)</td>"));
        assertTrue(html.contains("本月报告均未给出总分，无总分图。"));
        // 004 has findings but no staffing annex: one sentence, no empty table
        assertTrue(html.contains("<p>本月白云区的报告均未附人员到岗表 (附件2)，无逐月在岗数据。</p>"), html);
        assertTrue(Files.exists(r.dir().resolve("charts/d01-retention.png")));
        assertFalse(Files.exists(r.dir().resolve("charts/d01-score.png")), "no score chart without scores");
        assertEquals(List.of("白云区"), r.districts());
    }

    @Test
    void a_report_without_evaluation_date_falls_in_the_month_its_period_ends() throws Exception {
        // 中南街 绩效评价: 2021 年 8 月 - 2022 年 8 月, no evaluation date printed
        SummaryJob.Result r = summary("2022-08", null);
        String md = Files.readString(r.markdown());
        assertEquals(1, r.reports());
        assertTrue(md.contains("| [中南街](../../stations/荔湾区/中南街.html) | 绩效评价 | 2022-08-31 (未写评估日期，按考核期末) |"), md);
        // 002 lists no 值得肯定 / 需要关注 items
        assertTrue(md.contains("本月荔湾区的报告均未列出“值得肯定 / 需要关注”的评估意见。"), md);
    }

    @Test
    void district_option_keeps_one_district_in_a_folder_of_its_own() throws Exception {
        // 2025-02: 市桥街东西片 (番禺区, real) beside 模拟绿星街 (天河区) and 模拟金星街 (白云区) (synthetic)
        assertEquals(3L, sql("SELECT count(*) FROM report WHERE coalesce(evaluation_date, period_end) >= DATE '2025-02-01'"
                + " AND coalesce(evaluation_date, period_end) < DATE '2025-03-01'").get(0).getLong(0));
        SummaryJob.Result one = summary("2025-02", "番禺区");
        assertEquals(Path.of(out, "summaries", "2025-02", "番禺区", "index.html"), one.html());
        assertEquals(List.of("番禺区"), one.districts());
        String html = Files.readString(one.html());
        // 等级为"良好"（89.76分）
        assertTrue(html.contains("市桥街东西片") && html.contains("89.76"));
        // one folder deeper than the city page: three steps up to OUT
        assertTrue(html.contains("<a href=\"../../../stations/番禺区/市桥街东西片.html\">市桥街东西片</a>"), html);
        assertFalse(html.contains("模拟"), "other districts left out");
        assertFalse(html.contains("概览"), "no city overview for one district");
    }

    @Test
    void a_month_without_evaluations_gets_a_short_page_and_exit_0() throws Exception {
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        PrintStream saved = System.out;
        int status;
        try {
            System.setOut(new PrintStream(stdout, true, StandardCharsets.UTF_8));
            status = Main.run("summary", "--month", "2023-01", "--lake", lake, "--out", out, "--master", "local[2]");
        } finally {
            System.setOut(saved);
        }
        assertEquals(0, status);
        String printed = stdout.toString(StandardCharsets.UTF_8).strip();
        assertEquals(1, printed.lines().count(), printed);
        assertTrue(printed.startsWith("summary: no reports evaluated in 2023-01"), printed);
        String html = Files.readString(Path.of(out, "summaries", "2023-01", "index.html"));
        assertTrue(html.contains("湖中没有在 2023-01 评估的报告"));
        assertTrue(html.contains("<td>2025-02</td><td>3</td>"), "the latest months that have reports are listed");
        assertTrue(Files.exists(Path.of(out, "summaries", "2023-01", "summary.md")));

        SummaryJob.Result district = summary("2025-01", "越秀区");
        assertEquals(0, district.reports());
        assertTrue(Files.readString(district.html()).contains("湖中没有越秀区在 2025-01 评估的报告"));
    }

    @Test
    void bad_month_is_one_line_and_exit_2() {
        for (String bad : List.of("2025-13", "2025/01", "202501")) {
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            PrintStream saved = System.err;
            int status;
            try {
                System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
                status = Main.run("summary", "--month", bad, "--lake", lake, "--out", out);
            } finally {
                System.setErr(saved);
            }
            String message = err.toString(StandardCharsets.UTF_8).strip();
            assertEquals(2, status);
            assertEquals("stations: --month must be YYYY-MM or last, e.g. 2025-01 (got '" + bad + "')", message);
        }
    }

    @Test
    void latest_month_is_that_of_the_latest_evaluation_date() {
        // 模拟金星街's 绩效评价 report states no evaluation date; its period end (2025-08-31) does not count
        assertEquals(YearMonth.of(2025, 7), SummaryJob.latestMonth(spark(), lake));
        assertNull(SummaryJob.latestMonth(spark(), DIR.resolve("no-lake").toString()));
    }
}
