package org.stations.cli;

import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stations.SeedsLake;
import org.stations.SparkTestBase;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The sql shell over the five seeds: piped scripts, dot-commands, multi-line statements, Chinese aligned. */
class SqlShellTest extends SparkTestBase {
    static final List<String> TABLES = List.of("report", "finding", "bench_staff_survival");

    @BeforeAll
    static void lake() { SeedsLake.use(spark()); }

    private record Run(String out, String err, int failures) {}

    private static Run script(String text, String format) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        SqlShell sh = new SqlShell(spark(), TABLES, format, SqlShell.utf8(out), SqlShell.utf8(err));
        sh.runScript(new BufferedReader(new StringReader(text)));
        return new Run(out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8), sh.failures());
    }

    @Test
    void aPipedScriptAnswersEveryStatement() throws Exception {
        Run r = script("SELECT count(*) AS reports FROM report;\nSELECT 1 AS one;\n", "csv");
        assertEquals("reports\n5\none\n1\n", r.out());
        assertEquals(0, r.failures());
    }

    @Test
    void statementsSpanLinesAndSemicolonsInQuotesDoNotEndThem() throws Exception {
        Run r = script("""
                SELECT station -- the short name; not the full one
                FROM report
                WHERE station <> 'a;b'
                  AND district = '荔湾区' AND report_type = 'midterm';  SELECT 'x;y' AS s
                """, "csv");
        assertEquals("station\n金花街\ns\nx;y\n", r.out());
    }

    @Test
    void aBadStatementIsOneLineAndTheNextRuns() throws Exception {
        Run r = script("SELECT nope FROM report;\n.schema staff_month\n.tables\n.format json\nSELECT 1 AS one;\n", "table");
        assertEquals(1, r.failures());
        assertTrue(r.err().startsWith("error: ") && r.err().strip().lines().count() == 1, r.err());
        assertTrue(r.out().contains("person_key  STRING\n") && r.out().contains("month  DATE\n"), r.out());
        assertTrue(r.out().contains("report\nfinding\nbench_staff_survival\n"), r.out());
        assertTrue(r.out().endsWith("{\"one\":1}\n"), r.out());
    }

    @Test
    void chineseColumnsAlignInTheTable() throws Exception {
        Run r = script("SELECT station, district, total_score FROM report ORDER BY total_score;", "table");
        List<String> lines = r.out().lines().toList();
        // the '|' separators stand in the same terminal column on every line, station names of 3 to 6 characters
        List<Integer> bars = new ArrayList<>();
        for (String line : lines.subList(0, lines.size() - 1)) {
            if (line.startsWith("-")) continue;
            bars.add(ResultPrinter.width(line.substring(0, line.indexOf('|'))));
        }
        assertEquals(6, bars.size(), r.out());
        assertTrue(bars.stream().distinct().count() == 1, r.out());
        assertTrue(r.out().contains("市桥街东西片"), r.out());
    }

    @Test
    void theInteractiveShellWaitsForTheSemicolon(@TempDir Path dir) throws Exception {
        // a pipe left open, as a terminal is: at the end of a closed stream JLine's reader stops at once
        PipedOutputStream keys = new PipedOutputStream();
        PipedInputStream in = new PipedInputStream(keys, 4096);
        keys.write("SELECT\n  2 AS two\n;\n.quit\n".getBytes(StandardCharsets.UTF_8));
        keys.flush();
        ByteArrayOutputStream screen = new ByteArrayOutputStream();
        try (Terminal t = TerminalBuilder.builder().streams(in, screen).type(Terminal.TYPE_DUMB)
                .encoding(StandardCharsets.UTF_8).build()) {
            new SqlShell(spark(), TABLES, "csv", SqlShell.utf8(t.output()), SqlShell.utf8(new ByteArrayOutputStream()))
                    .runInteractive(t, dir.resolve("history"));
        }
        String shown = screen.toString(StandardCharsets.UTF_8);
        // the three lines ran as one statement: its column, not an error about a lone SELECT
        assertTrue(shown.contains("stations> two"), shown);
        assertTrue(Files.readString(dir.resolve("history")).contains("2 AS two"), "kept in the history file");
    }
}
