package org.stations.perf;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stations.SparkTestBase;
import org.stations.bench.BenchJob;
import org.stations.lake.Lake;
import org.stations.model.Table;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

class PerfRunnerTest extends SparkTestBase {

    @TempDir Path tmp;

    @Test
    void printsEveryStepForEverySizeAndTheRatiosLine() throws Exception {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        PerfRunner.Outcome o = PerfRunner.run(spark(), new PerfRunner.Options(List.of(10), tmp, 1),
                new PrintStream(buf, true, StandardCharsets.UTF_8));
        String out = buf.toString(StandardCharsets.UTF_8);
        List<String> lines = out.lines().toList();
        assertTrue(lines.get(0).contains("step") && lines.get(0).contains("reports/s") && lines.get(0).contains("peak heap MB"));
        for (String step : PerfRunner.STEPS) {
            assertEquals(1, lines.stream().filter(l -> l.matches("\\s*\\d+\\s+" + step + "\\s.*")).count(), step + " in\n" + out);
        }
        assertEquals(PerfRunner.STEPS.length, o.rows().size());
        // 5 stations × (中期 + 末期) + station 2's 绩效评价报告
        assertTrue(o.rows().stream().allMatch(r -> r.reports() == 11), out);
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("peak RSS of this process")));
        assertTrue(lines.get(lines.size() - 1).startsWith("ratios at N=10: ingest throughput = "), out);
        // the limit job read every file: every report has numbers in it
        PerfRunner.Row limit = o.rows().stream().filter(r -> r.step().equals("limit")).findFirst().orElseThrow();
        assertTrue(Long.parseLong(limit.note().split(" ")[0]) > 11 * 50, limit.note());
        // the second run reuses the cached corpus
        PerfRunner.Outcome again = PerfRunner.run(spark(), new PerfRunner.Options(List.of(10), tmp, 1),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        assertEquals("cached", again.rows().get(0).note());
    }

    /**
     * perf's "bench tables" step is bench's own: on a tiny lake it writes bench_completion with the contract's pace.
     * Where perf's old copy of the query disagreed (a 中期 report without period_months: pace 1.0 there), the
     * contract's rule holds: a 中期 pace is period_months / 12, so without the months there is no pace and no status.
     */
    @Test
    void benchTablesStepWritesBenchsCompletionWithTheContractsPace() throws Exception {
        String lake = tmp.resolve("lake").toString();
        Map<Table, Dataset<Row>> tables = new LinkedHashMap<>();
        tables.put(Table.REPORT, json(Table.REPORT,
                "{\"report_id\":\"r1\",\"station\":\"模拟红星街\",\"district\":\"荔湾区\",\"report_type\":\"midterm\",\"period_months\":5.0,\"retention_rate\":0.7}",
                "{\"report_id\":\"r2\",\"station\":\"模拟绿星街\",\"district\":\"荔湾区\",\"report_type\":\"final\",\"period_months\":10.0,\"retention_rate\":0.9}",
                "{\"report_id\":\"r3\",\"station\":\"模拟金星街\",\"district\":\"越秀区\",\"report_type\":\"midterm\",\"retention_rate\":0.85}"));
        tables.put(Table.INDICATOR, json(Table.INDICATOR,
                "{\"report_id\":\"r1\",\"indicator\":\"archive\",\"target\":100.0,\"actual\":30.0,\"completion\":0.3}",
                "{\"report_id\":\"r1\",\"indicator\":\"phone_visits\",\"target\":100.0,\"actual\":1788.0,\"completion\":17.88}",
                "{\"report_id\":\"r2\",\"indicator\":\"archive\",\"target\":100.0,\"actual\":120.0,\"completion\":1.2}",
                "{\"report_id\":\"r2\",\"area\":\"片区1\",\"indicator\":\"archive\",\"target\":50.0,\"actual\":60.0,\"completion\":1.2}",
                "{\"report_id\":\"r3\",\"indicator\":\"archive\",\"target\":100.0,\"actual\":90.0,\"completion\":0.9}"));
        tables.put(Table.PARTY_SCORE, json(Table.PARTY_SCORE,
                "{\"report_id\":\"r1\",\"party\":\"purchaser\",\"score\":20.0,\"max_score\":20.0}"));
        new Lake(spark(), lake).commit(tables);

        Path out = tmp.resolve("out");
        BenchJob.run(spark(), new Lake(spark(), lake), out.toString());
        List<String> completion = spark().read().parquet(out.resolve("bench/completion").toString())
                .selectExpr("concat_ws(' ', report_id, indicator, format_number(pace, 4), status)")
                .as(Encoders.STRING()).collectAsList().stream().sorted().toList();
        // r1 is a 5-month 中期 (pace 5/12): 30% is under, 1788% far over; r2 末期 120% is met; 片区 rows are left out;
        // r3 is a 中期 that does not state its months: no pace, no status (concat_ws skips the NULLs)
        assertEquals(List.of("r1 archive 0.4167 under", "r1 phone_visits 0.4167 far_over", "r2 archive 1.0000 met", "r3 archive"),
                completion);
    }

    private static Dataset<Row> json(Table t, String... rows) {
        return spark().read().schema(t.schema).json(spark().createDataset(List.of(rows), Encoders.STRING()));
    }
}
