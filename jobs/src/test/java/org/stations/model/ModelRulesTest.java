package org.stations.model;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;

/** The contract's rules as model/ states them once, and the package rules that keep them in one place. */
class ModelRulesTest {

    @Test
    void gradeBandsOfTheEvaluationRules() {
        // 90分以上为优秀，80分至90分（不含90分）为良好，60分至80分（不含80分）为合格，60分以下为不合格 (seed 003)
        assertEquals(Grade.EXCELLENT, Grade.of(90.0));
        assertEquals(Grade.GOOD, Grade.of(89.99));
        assertEquals(Grade.GOOD, Grade.of(85.52));   // seed 000: 85.52 良好
        assertEquals(Grade.PASS, Grade.of(79.99));
        assertEquals(Grade.FAIL, Grade.of(59.99));
        assertEquals("90/80/60", Grade.BANDS);
        assertTrue(Pattern.compile("(" + Grade.WORDS + ")").matcher("评估等级为不合格").results()
                .map(m -> m.group(1)).toList().equals(List.of("不合格")));
    }

    @Test
    void paceIsTheShareOfTheYearOnlyWhenTheMonthsAreStated() {
        assertEquals(5.0 / 12, Pace.of("midterm", 5.0));
        assertNull(Pace.of("midterm", null), "a 中期 report without its months has no pace");
        assertEquals(1.0, Pace.of("final", null));
        assertEquals(1.0, Pace.of("performance", 12.0));
        assertEquals("80%", Requirements.RETENTION_PERCENT);
    }

    @Test
    void rowsAreBuiltByColumnNameAndCheckedAgainstTheSchema() {
        var row = Table.QUALITY_FLAG.row().set("report_id", "r1").set("table_name", "report")
                .set("check", Check.GRADE_MISMATCH.code).set("severity", "error").set("detail", null).build();
        assertEquals("grade_mismatch", row.getString(Table.QUALITY_FLAG.schema.fieldIndex("check")));
        assertThrows(IllegalArgumentException.class, () -> Table.REPORT.row().set("no_such_column", 1));
        assertThrows(IllegalArgumentException.class, () -> Table.REPORT.row().set("total_score", "85.52"));
        assertThrows(IllegalStateException.class, () -> Table.QUALITY_FLAG.row().set("report_id", "r1").build(),
                "a column left out is an error, not a silent null");
        assertEquals(LocalDate.of(2024, 8, 1), Table.STAFF_MONTH.row().set("report_id", "r").set("person_key", "k")
                .set("certified", true).set("role", null).set("area", null).set("month", LocalDate.of(2024, 8, 1))
                .set("on_post", true).set("insured", true).set("paid", true).set("event", null).build().get(5));
    }

    @Test
    void partiesAreNamedByTheirTitlesAndSynonyms() {
        assertEquals(Party.PURCHASER, Party.named("花都区新华街道办事处"));
        assertEquals(Party.SUPERVISOR, Party.named("越秀区民政局"));
        assertTrue("采购单位".matches(Party.PURCHASER.titles));
        assertTrue("第三方评估机构".matches(Party.THIRD_PARTY.titles));
        assertEquals("监督方|购买方|督导中心|第三方", Party.LABELS);
    }

    /** Charts are drawn from benchmark outputs; benchmarks never draw; charts and the generator read the model, not extraction. */
    @Test
    void packagesDependOneWay() throws IOException {
        assertNoImport("bench", "org.stations.chart");
        assertNoImport("chart", "org.stations.extract");
        assertNoImport("generate", "org.stations.extract");
        assertNoImport("summary", "org.stations.extract");
        assertNoImport("model", "org.stations.");
    }

    private static void assertNoImport(String pkg, String forbidden) throws IOException {
        Path dir = Path.of("src/main/java/org/stations", pkg);
        assertTrue(Files.isDirectory(dir), dir.toAbsolutePath().toString());
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.toList()) {
                for (String line : Files.readAllLines(f)) {
                    if (line.startsWith("import " + forbidden) && !(pkg.equals("model") && line.startsWith("import org.stations.model"))) {
                        fail(f.getFileName() + " (" + pkg + ") imports " + line.substring(7));
                    }
                }
            }
        }
    }
}
