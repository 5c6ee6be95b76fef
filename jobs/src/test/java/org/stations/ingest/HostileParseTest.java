package org.stations.ingest;

import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stations.model.Check;
import org.stations.model.Table;
import org.stations.util.PersonKey;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * No input, however damaged, makes the per-file work throw: each ends as a report (no extractor failing on it) or as a
 * one-line reason; an exception caught inside ("extraction failed", extractor_failed) counts as a failure, since it
 * is a bug a damaged file found. Seeded, shrunk on failure (see {@link Properties}).
 */
class HostileParseTest {

    @TempDir Path dir;
    private final Configuration conf = new Configuration();

    @Test
    void damagedSeedTextsParseToAReportOrAReason() {
        Properties.forAll("a damaged seed text parses to a report or a one-line reason", Properties.seed(), Properties.cases(30),
                Mutations::text, this::parsesToAReportOrAReason);
    }

    @Test
    void damagedWordAndPdfFilesParseToAReportOrAReason() {
        Properties.forAll("a damaged .docx or .pdf parses to a report or a one-line reason", Properties.seed(), Properties.cases(20),
                Mutations::binary, this::parsesToAReportOrAReason);
    }

    private void parsesToAReportOrAReason(Properties.Input input) throws IOException {
        Path file = dir.resolve(input.fileName());
        Files.write(file, input.bytes());
        ParsedFile p = ParsedFile.parse(new InputFiles.InputFile(file.toString(), input.bytes().length, 0L), conf, Instant.EPOCH,
                PersonKey.configured());
        assertNotEquals(p.ok(), p.reason != null, "a report or a reason, not both or neither");
        if (p.ok()) {
            int check = Table.QUALITY_FLAG.schema.fieldIndex("check"), detail = Table.QUALITY_FLAG.schema.fieldIndex("detail");
            List<String> failed = p.report.rows(Table.QUALITY_FLAG).stream()
                    .filter(f -> Check.EXTRACTOR_FAILED.code.equals(f.getString(check))).map(f -> f.getString(detail)).toList();
            assertEquals(List.of(), failed);
            Row row = p.toRow();
            assertEquals(ParsedFile.SCHEMA.size(), row.size());
        } else {
            assertFalse(p.reason.isBlank());
            assertFalse(p.reason.contains("\n") || p.reason.contains("\r"), p.reason);
            assertFalse(p.reason.startsWith("extraction failed"), p.reason);
        }
    }
}
