package org.stations.docs;

import org.stations.model.ColumnDocs;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.stations.bench.BenchJob;
import org.stations.bench.Benchmark;
import org.stations.model.IndicatorVocabulary;
import org.stations.model.Check;
import org.stations.model.Codes;
import org.stations.model.Grade;
import org.stations.model.Pace;
import org.stations.model.Requirements;
import org.stations.model.Theme;
import org.stations.model.Party;
import org.stations.model.Table;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * docs/data-dictionary.md, generated: the columns and types come from the code (model/Table's schemas, and
 * each benchmark's SQL run over empty lake tables), the meanings from {@link ColumnDocs}. A column without a
 * meaning stops the generation, and DataDictionaryTest fails when the committed file differs from this text.
 */
public final class DataDictionary {
    private DataDictionary() {}

    /** The whole document. Runs in a session of its own: the empty views it makes shadow no one's lake. */
    public static String markdown(SparkSession spark) {
        SparkSession s = spark.newSession();
        StringBuilder md = new StringBuilder();
        md.append("""
                # Data dictionary 数据字典

                Generated from the code by `bin/stations dictionary` (a test fails when this file and the code differ):
                column names and types from the schemas of `jobs/src/main/java/org/stations/model/Table.java` and from
                each benchmark's SQL, meanings from
                `jobs/src/main/java/org/stations/model/ColumnDocs.java`. Rates, shares and completions are
                fractions (0.70, not 70 %%); money is in 万元 (10,000 yuan); NULL means the report does not state the value.
                Lake tables are Parquet folders under the lake root (`data/lake/<table>/`), benchmark tables under
                `OUT/bench/<name>/` (views `bench_<name>` in `bin/stations sql` and `StationsLake`).

                """.formatted());
        md.append("## Lake tables 湖表\n\n");
        for (Table t : Table.values()) {
            s.createDataFrame(List.of(), t.schema).createOrReplaceTempView(t.tableName);
            table(md, t.tableName, t.schema);
        }
        md.append("## Benchmark tables 基准表\n\n");
        for (Benchmark b : BenchJob.benchmarks()) {
            StructType schema = b.compute(s).schema();
            s.createDataFrame(List.of(), schema).createOrReplaceTempView("bench_" + b.name());
            table(md, b.name(), schema);
        }
        codes(md);
        return md.toString();
    }

    private static void table(StringBuilder md, String name, StructType schema) {
        ColumnDocs.TableDoc t = ColumnDocs.table(name);
        md.append("### `").append(name).append("` — ").append(t.zh()).append("\n\n")
                .append("One row per ").append(t.rowEn()).append(" (每行: ").append(t.rowZh()).append("). ")
                .append(t.en()).append("\n\n")
                .append("| column | type | 中文 | meaning | unit / nulls |\n|---|---|---|---|---|\n");
        for (StructField f : schema.fields()) {
            ColumnDocs.Doc d = ColumnDocs.column(name, f.name());
            md.append("| `").append(f.name()).append("` | ").append(f.dataType().sql()).append(" | ").append(cell(d.zh()))
                    .append(" | ").append(cell(d.en())).append(" | ").append(cell(d.unit())).append(" |\n");
        }
        md.append('\n');
    }

    private static void codes(StringBuilder md) {
        md.append("## Codes 代码\n\n");
        Map<String, String> parties = new LinkedHashMap<>();
        for (Party p : Party.values()) parties.put(p.code, p.label + " (max " + (int) p.maxScore + " points 满分)");
        parties.put("area:<片区>", "finding only: a 片区 section, as its heading prints it (area:片区一)");
        codeTable(md, "Parties 评估方 (`party`)", parties);
        codeTable(md, "Report types 报告类型 (`report_type`)", Codes.REPORT_TYPE);
        Map<String, String> grades = new LinkedHashMap<>();
        for (Grade g : Grade.values()) grades.put(g.label, g.en + (g == Grade.FAIL ? "" : " (≥ " + (int) g.from + ")"));
        codeTable(md, "Grades 等级 (`grade`, as printed)", grades);
        Map<String, String> indicators = new LinkedHashMap<>();
        for (IndicatorVocabulary.Listed l : IndicatorVocabulary.LISTED) indicators.put(l.code(), l.meaning());
        codeTable(md, "Indicators 服务指标 (`indicator`; other rows of a report's table keep a code made the same way)",
                indicators);
        Map<String, String> statuses = new LinkedHashMap<>();
        for (Pace.Status st : Pace.Status.values()) statuses.put(st.code, st.meaning);
        codeTable(md, "Completion status 完成进度 (`status` of completion; pace = period_months / 12 for 中期, else 1)", statuses);
        codeTable(md, "Finding polarity 意见类别 (`polarity`)", Codes.POLARITY);
        Map<String, String> themes = new LinkedHashMap<>();
        for (Theme t : Theme.values()) themes.put(t.code, t.label);
        codeTable(md, "Finding themes 意见主题 (`themes`, `theme`; keywords in model/Theme.java)", themes);
        codeTable(md, "Staffing events 人员变动 (`event`, as the 备注 dates it; 调离 counts as 调出)", Codes.EVENT);
        Map<String, String> checks = new LinkedHashMap<>();
        for (Check c : Check.values()) checks.put(c.code, c.label + " — " + c.en);
        codeTable(md, "Quality checks 质量检查 (`check` of quality_flag)", checks);
        md.append("Threshold: 稳岗率 ≥ ").append((int) Math.round(Requirements.RETENTION * 100))
                .append(" % (评估指标体系), `below_threshold` and the ").append(Requirements.RETENTION_PERCENT)
                .append(" line of the charts.\n");
    }

    private static void codeTable(StringBuilder md, String title, Map<String, String> codes) {
        md.append("### ").append(title).append("\n\n| code | meaning |\n|---|---|\n");
        for (Map.Entry<String, String> e : codes.entrySet()) {
            md.append("| `").append(e.getKey()).append("` | ").append(cell(e.getValue())).append(" |\n");
        }
        md.append('\n');
    }

    /** A '|' inside a cell would end it. */
    private static String cell(String s) { return s.replace("|", "\\|"); }

    static Map<String, String> ordered(String... pairs) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) m.put(pairs[i], pairs[i + 1]);
        return m;
    }

    /** Every table the dictionary covers, lake then benchmark, for the test's list. */
    public static List<String> tableNames() {
        List<String> names = new ArrayList<>();
        for (Table t : Table.values()) names.add(t.tableName);
        for (Benchmark b : BenchJob.benchmarks()) names.add(b.name());
        return names;
    }
}
