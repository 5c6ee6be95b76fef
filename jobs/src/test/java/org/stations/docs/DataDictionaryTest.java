package org.stations.docs;

import org.stations.model.ColumnDocs;
import org.junit.jupiter.api.Test;
import org.stations.SparkTestBase;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** docs/data-dictionary.md is what the code's schemas and ColumnDocs give. */
class DataDictionaryTest extends SparkTestBase {
    static final Path FILE = Path.of("..", "docs", "data-dictionary.md");

    @Test
    void theCommittedDictionaryIsTheGeneratedOne() throws Exception {
        String generated = DataDictionary.markdown(spark());
        String committed = Files.readString(FILE, StandardCharsets.UTF_8);
        // one line of difference is enough to say where; the fix is one command
        String[] g = generated.split("\n", -1);
        String[] c = committed.split("\n", -1);
        for (int i = 0; i < Math.min(g.length, c.length); i++) {
            assertEquals(g[i], c[i], "docs/data-dictionary.md line " + (i + 1)
                    + " differs from the code; run: bin/stations dictionary --write docs/data-dictionary.md");
        }
        assertEquals(g.length, c.length, "docs/data-dictionary.md has another length; run: bin/stations dictionary --write docs/data-dictionary.md");
    }

    @Test
    void everyTableAndItsColumnsWithUnits() {
        String md = DataDictionary.markdown(spark());
        for (String t : DataDictionary.tableNames()) assertTrue(md.contains("### `" + t + "` — "), t);
        assertTrue(md.contains("| `retention_rate` | DOUBLE | 稳岗率 | 持续在岗 / 协议要求在岗 | fraction; NULL: not stated |"));
        assertTrue(md.contains("| `survival` | DOUBLE | 留存率 | cohort_on_post / cohort_size | fraction |"));
        assertTrue(md.contains("| `themes` | ARRAY<STRING> |"));
        assertTrue(md.contains("| `party_building` | 党建 |"));
        assertTrue(md.contains("| `supervision_center` | 督导中心 (max 15 points 满分) |"));
    }

    @Test
    void aColumnWithoutAMeaningStopsTheGeneration() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> ColumnDocs.column("report", "new_column"));
        assertTrue(e.getMessage().contains("report.new_column"));
    }
}
