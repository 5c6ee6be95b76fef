package org.stations.cli;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Bad usage is one line on stderr and exit status 2 (CONTRACT: CLI), before any Spark session starts. */
class MainTest {

    /** Runs the CLI in this JVM: {exit status, stderr, stdout}. */
    static String[] run(String... args) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream savedErr = System.err, savedOut = System.out;
        int status;
        try {
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            status = Main.run(args);
        } finally {
            System.setErr(savedErr);
            System.setOut(savedOut);
        }
        return new String[]{Integer.toString(status), err.toString(StandardCharsets.UTF_8), out.toString(StandardCharsets.UTF_8)};
    }

    @Test
    void a_missing_option_is_one_line() {
        String[] r = run("summary", "--lake", "no-such-lake");
        assertEquals("2", r[0]);
        assertEquals("stations: Missing required option: '--month=YYYY-MM|last' (see: bin/stations summary --help)\n", r[1]);
        assertEquals("", r[2]);
    }

    @Test
    void an_unknown_option_or_command_is_one_line() {
        String[] r = run("ingest", "--lakes", "x");
        assertEquals("2", r[0]);
        assertEquals(1, r[1].lines().count(), r[1]);
        assertEquals("stations: Unknown options: '--lakes', 'x' (see: bin/stations ingest --help)", r[1].strip());
        String[] c = run("ingset");
        assertEquals("2", c[0]);
        assertEquals(1, c[1].lines().count(), c[1]);
    }
}
