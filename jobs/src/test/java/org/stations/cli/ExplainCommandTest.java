package org.stations.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stations.Seeds;
import org.stations.extract.ExtractedReport;
import org.stations.model.Table;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** bin/stations explain on a development report and a seed: fields with their evidence, in text and JSON. */
class ExplainCommandTest {

    static Path devC;
    static Path seed;
    static String text;
    static String[] textRun;

    @BeforeAll
    static void explainBoth() {
        Path shared = Path.of(System.getProperty("stations.seeds", "../../shared/seeds")).toAbsolutePath().normalize().getParent();
        devC = shared.resolve("devset/reports/dev_c.txt");
        seed = Seeds.file("001");
        textRun = run("explain", devC.toString(), seed.toString());
        text = textRun[2];
    }

    static String[] run(String... args) {
        return MainTest.run(args);
    }

    @Test
    void text_shows_each_report_with_its_fields_and_sections() {
        assertEquals("0", textRun[0], textRun[1]);
        assertEquals("", textRun[1]);
        assertTrue(text.contains("══ " + devC), text);
        assertTrue(text.contains("══ " + seed), text);
        assertTrue(text.lines().anyMatch(l -> l.matches("\\s+站点\\s+南沙街")), text);
        assertTrue(text.lines().anyMatch(l -> l.matches("\\s+区\\s+南沙区")), text);
        for (String section : List.of("【报告】", "【四方评分】", "【评分项目】", "【服务指标】", "【人员配置】", "【未找到】", "【质量标记】")) {
            assertEquals(2, text.split(section, -1).length - 1, section + " once per report");
        }
    }

    @Test
    void a_party_score_is_shown_with_the_sentence_it_came_from() throws Exception {
        ExtractedReport r = ExplainCommand.extract(seed);
        List<Row> parties = r.rows(Table.PARTY_SCORE);
        assertFalse(parties.isEmpty(), "seed 001 states its four parties' scores");
        Row p = parties.get(0);
        String evidence = (String) ExplainRenderer.get(Table.PARTY_SCORE, p, "evidence");
        assertNotNull(evidence);
        String label = org.stations.model.Party.of((String) ExplainRenderer.get(Table.PARTY_SCORE, p, "party")).label;
        String score = ExplainRenderer.number(ExplainRenderer.get(Table.PARTY_SCORE, p, "score"));
        List<String> lines = text.lines().toList();
        int at = -1;
        for (int i = 0; i < lines.size(); i++) if (lines.get(i).matches("\\s+" + label + "\\s+" + score.replace(".", "\\.") + "\\s+.*")) at = i;
        assertTrue(at >= 0, "a row " + label + " " + score + " in\n" + text);
        assertEquals("      依据：" + ExplainRenderer.shorten(evidence), lines.get(at + 1));
        assertTrue(ExplainRenderer.shorten(evidence).length() <= ExplainRenderer.EVIDENCE_CHARS + 1);
    }

    @Test
    void columns_stay_aligned_with_chinese_text() {
        // in 四方评分 the 得分 column ends at one display column on every row, whatever the party label's width
        List<String> lines = text.lines().toList();
        int start = lines.indexOf("【四方评分】");
        int end = lines.subList(start, lines.size()).indexOf("") + start;
        List<String> rows = lines.subList(start + 1, end).stream().filter(l -> !l.contains("依据：")).toList();
        assertTrue(rows.size() >= 2, String.join("\n", rows));
        int w = ExplainRenderer.width(rows.get(0));
        for (String row : rows) assertEquals(w, ExplainRenderer.width(row), "aligned:\n" + String.join("\n", rows));
        assertEquals(7, ExplainRenderer.width("南沙街a"));
        assertEquals(4, ExplainRenderer.width("１２"), "full-width digits take two columns");
    }

    @Test
    void json_is_one_object_per_report_with_nulls_kept() throws Exception {
        String[] r = run("explain", "--format", "json", devC.toString(), seed.toString());
        assertEquals("0", r[0], r[1]);
        List<String> lines = r[2].lines().toList();
        assertEquals(2, lines.size());
        ObjectMapper json = new ObjectMapper();
        JsonNode c = json.readTree(lines.get(0));
        assertEquals(devC.toString(), c.get("source_file").asText());
        assertEquals("南沙街", c.at("/report/station/value").asText());
        assertEquals("站点", c.at("/report/station/label").asText());
        assertTrue(c.at("/report/station").has("evidence"), "evidence present, null or not");
        for (JsonNode nf : c.get("not_found")) {
            JsonNode v = c.at("/report/" + nf.asText() + "/value");
            assertTrue(v.isNull(), nf + " is not found, so its value is a JSON null: " + v);
        }
        JsonNode seedJson = json.readTree(lines.get(1));
        assertTrue(seedJson.get("party_score").size() > 0);
        assertTrue(seedJson.get("party_score").get(0).has("evidence"));
        assertTrue(seedJson.get("indicator").get(0).has("reported_completion"), "null columns are kept");
    }

    @Test
    void a_file_that_is_not_a_report_is_one_line_and_the_others_go_on(@TempDir Path dir) throws IOException {
        Path notes = dir.resolve("notes.txt");
        Files.writeString(notes, "会议纪要：本周讨论了社区活动安排，没有评估内容。".repeat(20));
        Path empty = Files.createFile(dir.resolve("empty.docx"));
        String[] r = run("explain", notes.toString(), devC.toString(), empty.toString());
        assertEquals("0", r[0], "as ingest: a bad input is reported, not fatal");
        List<String> err = r[1].lines().toList();
        assertEquals(2, err.size(), r[1]);
        assertTrue(err.get(0).startsWith("explain: " + notes + ": not an evaluation report"), err.get(0));
        assertEquals("explain: " + empty + ": empty file", err.get(1));
        assertTrue(r[2].contains("══ " + devC));
    }

    @Test
    void a_missing_file_is_bad_usage() {
        String[] r = run("explain", devC.toString(), "no/such/report.txt");
        assertEquals("2", r[0]);
        assertEquals("stations: input not found: no/such/report.txt\n", r[1]);
        assertEquals("", r[2], "nothing explained before the usage error");
    }
}
