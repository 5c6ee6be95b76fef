package org.stations.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stations.Seeds;
import org.stations.SparkTestBase;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The command deploy/'s timer and cron line run, run here against a temporary inbox, lake and output folder. */
class DeployCommandTest extends SparkTestBase {
    static final Path DEPLOY = Path.of("..", "deploy");

    /** The service's ExecStart, split into words; the cron line must run the same command. */
    static List<String> timerCommand() throws Exception {
        String exec = Files.readAllLines(DEPLOY.resolve("stations-monthly.service")).stream()
                .filter(l -> l.startsWith("ExecStart=")).findFirst().orElseThrow().substring("ExecStart=".length());
        String cron = Files.readString(DEPLOY.resolve("stations.cron"));
        String args = exec.substring(exec.indexOf("bin/stations"));
        assertTrue(cron.contains(args + " >>"), "cron runs: " + args);
        assertTrue(Files.readString(DEPLOY.resolve("stations-monthly.timer")).contains("OnCalendar=*-*-02 "));
        return Arrays.asList(exec.strip().split("\\s+"));
    }

    @Test
    void the_monthly_run_summarises_the_previous_month_and_replaces_its_pages_whole(@TempDir Path tmp) throws Exception {
        List<String> command = timerCommand();
        assertTrue(command.get(0).endsWith("bin/stations"));
        assertEquals(List.of("all", "--month", "last"), command.subList(1, 4));
        Path inbox = Files.createDirectories(tmp.resolve("inbox"));
        // 金花街 arrives in the inbox
        Files.copy(Seeds.file("000"), inbox.resolve("000.txt"));
        Map<String, Path> paths = Map.of("--input", inbox, "--lake", tmp.resolve("lake"), "--out", tmp.resolve("out"));
        List<String> args = new ArrayList<>();
        for (int i = 1; i < command.size(); i++) {
            String a = command.get(i);
            args.add(a);
            if (paths.containsKey(a)) {
                args.add(paths.get(a).toString());
                i++;
            }
        }
        args.addAll(List.of("--master", "local[2]"));

        YearMonth last = YearMonth.now().minusMonths(1);
        Path month = tmp.resolve("out/summaries").resolve(last.toString());
        // what an earlier run of the month left: a chart it drew, and a district's page of its own
        Files.createDirectories(month.resolve("charts"));
        Files.writeString(month.resolve("charts/d07-score.png"), "an earlier run's chart");
        Files.createDirectories(month.resolve("番禺区"));
        Files.writeString(month.resolve("番禺区/index.html"), "<p>番禺区</p>");

        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        PrintStream saved = System.out;
        int status;
        try {
            System.setOut(new PrintStream(stdout, true, StandardCharsets.UTF_8));
            status = Main.run(args.toArray(String[]::new));
        } finally {
            System.setOut(saved);
        }
        String printed = stdout.toString(StandardCharsets.UTF_8);
        assertEquals(0, status, printed);
        assertTrue(printed.contains("ingest: 1 inputs: 1 ingested"), printed);
        assertTrue(printed.contains("summaries/" + last + "/index.html  (" + last + ": 0 reports"), printed);
        // 金花街 was evaluated in 2025-01: the month just ended has no evaluations, and its page says so
        assertTrue(Files.readString(month.resolve("index.html")).contains("湖中没有在 " + last + " 评估的报告"));
        assertFalse(Files.exists(month.resolve("charts/d07-score.png")), "the month's pages are replaced whole");
        assertTrue(Files.exists(month.resolve("番禺区/index.html")), "a district's pages stay");
        try (var siblings = Files.list(month.getParent())) {
            assertEquals(List.of(last.toString()), siblings.map(p -> p.getFileName().toString()).toList(), "nothing left aside");
        }
    }

    @Test
    void last_is_the_previous_calendar_month_and_a_future_month_is_refused_in_one_line() {
        assertEquals(YearMonth.of(2025, 12), SummaryCommand.parseMonth("last", YearMonth.of(2026, 1)));
        assertEquals(YearMonth.of(2026, 1), SummaryCommand.parseMonth("2026-01", YearMonth.of(2026, 1)));
        String future = YearMonth.now().plusMonths(1).toString();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream saved = System.err;
        int status;
        try {
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            status = Main.run("summary", "--month", future, "--lake", "no-lake", "--out", "no-out");
        } finally {
            System.setErr(saved);
        }
        assertEquals(2, status);
        assertEquals("stations: --month " + future + " is in the future (this month is " + YearMonth.now() + ")",
                err.toString(StandardCharsets.UTF_8).strip());
    }
}
