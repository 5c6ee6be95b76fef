package org.stations.extract;

import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.stations.model.Table;
import org.stations.read.ReaderRegistry;

import java.io.InputStream;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.*;
import static org.stations.extract.SeedExtractionTest.extract;

/**
 * 值得肯定 / 需要关注 items, counted by a person in each seed's text (the headings are quoted beside).
 * Texts are the normalized form every lake column holds: full-width punctuation as ASCII (，→ ,).
 */
class FindingExtractionTest {

    /** "party polarity" → number of items. */
    static Map<String, Integer> counts(ExtractedReport r) {
        Map<String, Integer> m = new TreeMap<>();
        for (Row x : r.rows(Table.FINDING)) m.merge(x.getString(1) + " " + x.getString(2), 1, Integer::sum);
        return m;
    }

    static Row finding(ExtractedReport r, String party, String polarity, int seq) {
        return r.rows(Table.FINDING).stream()
                .filter(x -> x.getString(1).equals(party) && x.getString(2).equals(polarity) && x.getInt(3) == seq)
                .findFirst().orElseThrow(() -> new AssertionError("no " + party + " " + polarity + " " + seq));
    }

    static List<String> themes(Row finding) { return finding.getList(5); }

    /**
     * Seed 000 with 20,000 lines of bare figures pasted after the 监督方's third concern: that item stops being read at
     * 3,000 characters (no finding runs longer) and is dropped; everything before it reads as in the seed.
     */
    @Test
    void a_finding_that_runs_into_a_page_of_figures_is_not_read() throws Exception {
        String seed = org.stations.Seeds.text("000");
        String item = "3.应细化并深化应急预案、场地管理、财务管理、档案管理";
        assertTrue(seed.contains(item));
        String grown = seed.replace(item, item + "\n" + "12 34 56%\n".repeat(20_000));
        ExtractedReport r = ReportExtractor.extract(grown, new ReportExtractor.Source("000", "sha", Instant.EPOCH, Instant.EPOCH));
        for (Row f : r.rows(Table.FINDING)) assertTrue(f.getString(4).length() <= 3_000, () -> f.getString(4).substring(0, 80));
        assertThrows(AssertionError.class, () -> finding(r, "supervisor", "concern", 3));
        Row c2 = finding(r, "supervisor", "concern", 2);
        assertEquals(finding(extract("000"), "supervisor", "concern", 2).getString(4), c2.getString(4));
    }

    @Test
    void seed000_four_party_sections_and_three_areas() throws Exception {
        ExtractedReport r = extract("000");
        Map<String, Integer> expected = new TreeMap<>(Map.ofEntries(
                Map.entry("supervisor positive", 3), Map.entry("supervisor concern", 3),                 // 三、监督方评估 1.–3. / 1.–3.
                Map.entry("purchaser positive", 1), Map.entry("purchaser concern", 1),                   // 四、购买方评估: one paragraph each
                Map.entry("supervision_center positive", 3), Map.entry("supervision_center concern", 2),
                Map.entry("third_party positive", 8), Map.entry("third_party concern", 4),               // 项目管理 (1)–(3), 项目执行 (1)–(5)
                Map.entry("area:片区一 positive", 5), Map.entry("area:片区一 concern", 2),
                Map.entry("area:片区二 positive", 3), Map.entry("area:片区二 concern", 3),
                Map.entry("area:片区三 positive", 3), Map.entry("area:片区三 concern", 3)));
        assertEquals(expected, counts(r));
        assertEquals("社工站紧密围绕深度融入社区的核心目标,依托“五社联动”机制,精心绘制了包括《服务对象社区分布地图》《社区资产地图》"
                        + "《社区问题地图》等在内的36幅地图,促进了对困难群众和特殊群体服务需求的精准识别与全面覆盖,有效提升了社工站的服务效能,"
                        + "确保了困难群众和特殊群体服务的“底数清晰、情况明确、资源精准”。",
                finding(r, "supervisor", "positive", 1).getString(4));
        // 3.应细化并深化应急预案、场地管理、财务管理、档案管理等制度的建设及落实情况
        Row c3 = finding(r, "supervisor", "concern", 3);
        assertEquals("应细化并深化应急预案、场地管理、财务管理、档案管理等制度的建设及落实情况,为社工站服务阵地建设提供良好保障。", c3.getString(4));
        assertEquals(List.of("documentation", "finance", "internal_management"), themes(c3));
        // the unnumbered 购买方 paragraph is one item, kept whole
        assertTrue(finding(r, "purchaser", "concern", 1).getString(4).startsWith("建议社工站继续整合各类资源,健全壮大志愿者队伍"));
        // (1)评估期内,社工站共有7名社工提前解除劳动合同 … 稳岗率为70.00%
        Row stability = finding(r, "third_party", "concern", 1);
        assertTrue(stability.getString(4).contains("稳岗率为70.00%"), stability.getString(4));
        assertTrue(themes(stability).contains("staff_stability"));
        // (4)服务执行方面,其一 … / 其二 …: the line break of the PDF text does not split the item
        Row execution = finding(r, "area:片区一", "positive", 4);
        assertTrue(execution.getString(4).startsWith("服务执行方面,其一,") && execution.getString(4).contains("其二,社工在个案"));
        assertTrue(themes(finding(r, "third_party", "positive", 4)).contains("party_building"));  // (1)在党建工作方面
    }

    @Test
    void seeds001_003_004_and_the_performance_report_without_findings() throws Exception {
        Map<String, Integer> s001 = counts(extract("001"));
        assertEquals(3, s001.get("supervisor positive"));                // 三、监督方评估 值得肯定的地方: 1.–3.
        assertEquals(2, s001.get("supervisor concern"));
        assertEquals(10, s001.get("third_party positive"));              // 项目管理 1.–3. + 项目执行 (1)–(7)
        // two 东片区 sections (桂花苑/花果山 and 桂花岗) continue one numbering: 4 + 4, and 1 unnumbered + 3
        assertEquals(8, s001.get("area:东片区 positive"));
        assertEquals(4, s001.get("area:东片区 concern"));
        assertEquals(50, s001.values().stream().mapToInt(Integer::intValue).sum());
        assertEquals("目前在打造社区特色服务方面不够明显,需要加强。", finding(extract("001"), "area:东片区", "concern", 1).getString(4));

        ExtractedReport r003 = extract("003");
        Map<String, Integer> s003 = counts(r003);
        assertNull(s003.get("supervisor positive"));                     // 003 prints no 监督方 section
        assertEquals(1, s003.get("purchaser positive"));                 // (六)购买方反馈情况: 购买方(…)代表认为,…
        assertEquals(1, s003.get("supervision_center concern"));         // (7)市督导中心反馈 2.需要关注的地方: one paragraph
        assertEquals(4, s003.get("area:西片片区 concern"));              // 西片片区:西城社区… as printed
        assertEquals(2, s003.get("area:东一片区 concern"));
        assertEquals(38, s003.values().stream().mapToInt(Integer::intValue).sum());
        assertTrue(finding(r003, "purchaser", "positive", 1).getString(4).startsWith("购买方(市桥街道办事处)代表认为,社工站能够"));

        ExtractedReport r004 = extract("004");
        Map<String, Integer> s004 = counts(r004);
        assertEquals(3, s004.get("area:南片区 positive"));                // (1)南片区,… ①②③
        assertEquals(2, s004.get("area:南片区 concern"));                 // ①②
        assertEquals(3, s004.get("purchaser concern"));                  // - (1) … - (3)
        assertEquals(1, s004.get("supervisor positive"));                // (九)监督方评估: one sentence
        assertEquals(2, s004.get("supervisor concern"));
        assertEquals(9, s004.get("third_party concern"));                // 项目管理 3 + 服务监测 3 + 服务成效 3
        assertEquals("社工站项目人员配备稳定,持证社工比例达85%,稳岗率、到岗人次符合要求。",
                finding(r004, "supervisor", "positive", 1).getString(4));
        assertEquals(List.of("party_building"), themes(finding(r004, "purchaser", "concern", 3))); // 推动党支部组建工作

        assertTrue(extract("002").rows(Table.FINDING).isEmpty(), "a 绩效评价报告 prints 存在问题, not 值得肯定/需要关注");
    }

    @Test
    void docx_and_pdf_of_a_seed_give_the_txt_findings() throws Exception {
        for (String seed : List.of("001", "003")) {
            ExtractedReport txt = extract(seed);
            for (String format : List.of("docx", "pdf")) {
                ExtractedReport other = fromFixture("seed" + seed + "." + format);
                assertEquals(txt.rows(Table.FINDING), other.rows(Table.FINDING), seed + " " + format);
                // the PDF of 003 loses its score table's party scores (read elsewhere), so only there the facts differ
                if (!(seed.equals("003") && format.equals("pdf"))) {
                    assertEquals(txt.factsSha256(), other.factsSha256(), seed + " " + format + ": one evaluation, one facts hash");
                }
            }
        }
    }

    static ExtractedReport fromFixture(String name) throws Exception {
        try (InputStream in = FindingExtractionTest.class.getResourceAsStream("/fixtures/" + name)) {
            String text = ReaderRegistry.toText(name, in.readAllBytes());
            return ReportExtractor.extract(text, new ReportExtractor.Source(name, "sha", Instant.EPOCH, Instant.EPOCH));
        }
    }

    @Test
    void themes_are_snake_case_codes_in_one_vocabulary() {
        for (String code : org.stations.model.Codes.THEME.keySet()) assertTrue(code.matches("[a-z][a-z0-9_]*"), code);
        assertEquals(List.of("staff_stability"), FindingThemes.of("人员稳岗率为65.00%"));
        assertEquals(List.of(), FindingThemes.of("能积极配合社区。"));
        assertEquals(List.of("supervision"), FindingThemes.of("内部督导对新入职社工指导意见中肯"));
        assertEquals(List.of(), FindingThemes.of("督导中心"), "督导中心 is a party, not the supervision theme");
    }
}
