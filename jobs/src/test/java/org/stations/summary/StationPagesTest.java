package org.stations.summary;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.stations.SeedOutput;
import org.stations.SparkTestBase;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Station pages of the seed lake (SeedOutput), read as a person reads 000 金花街. */
class StationPagesTest extends SparkTestBase {
    static List<Path> pages;
    static String jinhua;

    @BeforeAll
    static void pages() throws Exception {
        SeedOutput.ensure();
        pages = StationPages.write(spark(), SeedOutput.LAKE, SeedOutput.OUT, null);
        jinhua = Files.readString(Path.of(SeedOutput.OUT, "stations", "荔湾区", "金花街.html"));
    }

    @Test
    void a_page_per_station() {
        // five real stations and three synthetic ones
        assertEquals(8, pages.size());
        assertTrue(pages.contains(Path.of(SeedOutput.OUT, "stations", "番禺区", "市桥街东西片.html")));
        assertTrue(pages.contains(Path.of(SeedOutput.OUT, "stations", "天河区", "模拟绿星街.html")));
    }

    @Test
    void jinhua_numbers_link_to_the_sentences_they_were_read_in() {
        // 000: 于 2025 年 1 月 20 日现场评估; 总得分 85.52 分 等级：良好
        assertTrue(jinhua.contains("<td>2025-01-20</td><td>中期评估</td><td>广州市社会工作协会</td><td>85.52</td><td>良好</td>"), jinhua);
        // 稳岗率为 70.00%, below 80%: marked, and linked to 「此外，社工站共有 14 名社工持续稳定在岗，稳岗率为 70.00%，…」
        String retentionNote = note(jinhua, "<td class=\"alert\"><a href=\"#(e\\d+)\">70.0%</a></td>");
        assertTrue(retentionNote.contains("社工站共有14名社工持续稳定在岗,稳岗率为70.00%"), retentionNote);
        // （一）购买方评估 得分：20.00分, of 20
        String purchaserNote = note(jinhua, "<td><a href=\"#(e\\d+)\">20.00 \\(100.0%\\)</a></td>");
        assertTrue(purchaserNote.contains("20.00"), purchaserNote);
        // 附件1-1 合计: 建档 100 → 1788
        assertTrue(jinhua.contains("<td>困难群众和特殊群体建档</td><td>100</td><td>1788</td><td><a href=\"#e"), jinhua);
    }

    @Test
    void jinhua_findings_by_theme_and_flags_in_chinese() {
        assertTrue(jinhua.contains("<h2>评估意见 (按主题)</h2>"));
        // themes named as model/Codes names them, the one vocabulary
        assertTrue(Pattern.compile("<h3>志愿服务 \\(\\d+ 条\\)</h3>").matcher(jinhua).find(), "the 志愿 findings together");
        // 附件2: of August's 19, 14 on post in December
        assertTrue(jinhua.contains("<td>2024-12</td><td>22</td><td>14 / 19</td><td class=\"alert\">73.7%</td><td>1</td><td>1</td><td>20</td>"), jinhua);
        assertTrue(jinhua.contains("入职人数：正文为 6 人，人员到岗附件中备注写「入职」的有 5 人"));
        SummaryJobTest.assertChineseOnly(jinhua);
    }

    @Test
    void the_monthly_summary_links_each_station_to_its_page() throws Exception {
        SummaryJob.Result january = SummaryJob.run(spark(), SeedOutput.LAKE, SeedOutput.OUT, YearMonth.of(2025, 1), null);
        String html = Files.readString(january.html());
        assertTrue(html.contains("<td><a href=\"../../stations/荔湾区/金花街.html\">金花街</a></td>"), html);
        assertTrue(Files.exists(january.dir().resolve("../../stations/荔湾区/金花街.html").normalize()));
        // the summary command writes the pages of the month's stations
        assertEquals(List.of(new Key("荔湾区", "模拟红星街"), new Key("荔湾区", "金花街")),
                SummaryJob.stations(spark(), SeedOutput.LAKE, YearMonth.of(2025, 1), null).orderBy("station").collectAsList()
                        .stream().map(r -> new Key(r.getString(0), r.getString(1))).toList());
    }

    private record Key(String district, String station) {}

    /** The evidence sentence a cell matching {@code cell} (its group 1 the note's id) links to. */
    private static String note(String page, String cell) {
        Matcher m = Pattern.compile(cell).matcher(page);
        assertTrue(m.find(), cell);
        Matcher n = Pattern.compile("<li id=\"" + m.group(1) + "\">(.*?)</li>").matcher(page);
        assertTrue(n.find(), m.group(1));
        return n.group(1);
    }
}
