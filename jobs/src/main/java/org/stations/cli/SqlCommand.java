package org.stations.cli;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.stations.bench.BenchJob;
import org.stations.lake.Lake;
import org.stations.util.SparkSessions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

@Command(name = "sql", mixinStandardHelpOptions = true,
        description = {"Runs Spark SQL over the lake tables (each a view of its own name) and the benchmark tables (views bench_<name>).",
                "Without a QUERY (or with --shell): a shell of one Spark session, statements ending with ';' "
                        + "(.tables, .schema NAME, .help); piped stdin runs each statement in it."})
public final class SqlCommand implements Callable<Integer> {
    @Mixin CommonOptions common;
    @Mixin OutOptions output;
    @Mixin AsOfOptions version;


    @Option(names = "--format", description = "table, csv or json (JSON Lines) (default: ${DEFAULT-VALUE})", defaultValue = "table")
    Format format;

    @Option(names = "--shell", description = "the interactive shell, even when a QUERY is given")
    boolean shell;

    @Parameters(arity = "0..1", paramLabel = "QUERY", description = "SELECT …")
    String query;

    enum Format { table, csv, json }

    /** The shell's history, across sessions. */
    static Path historyFile() { return Path.of(System.getProperty("user.home"), ".stations_sql_history"); }

    @Override
    public Integer call() throws Exception {
        SparkSession spark = SparkSessions.create("stations sql", common.master);
        Lake lake = new Lake(spark, common.lake, version.asOf);
        lake.version(); // a bad --as-of is refused before any query
        // only the tables a statement names are opened: each Delta table costs its log's reading and a plan
        Consumer<String> prepare = lake::registerViewsNamedIn;
        List<String> tables = new ArrayList<>();
        for (org.stations.model.Table t : org.stations.model.Table.values()) tables.add(t.tableName);
        for (String b : BenchJob.registerViews(spark, output.out)) tables.add("bench_" + b);
        PrintStream ps = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        if (query != null && !shell) {
            prepare.accept(query);
            Dataset<Row> result = spark.sql(query);
            ResultPrinter.print(result, format.name(), ps);
            ps.flush();
            return 0;
        }
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        if (System.console() == null) {
            // piped: every statement of stdin, one session
            SqlShell sh = new SqlShell(spark, tables, prepare, format.name(), ps, err);
            sh.runScript(new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)));
            return sh.failures() == 0 ? 0 : 2;
        }
        try (Terminal terminal = TerminalBuilder.builder().system(true).encoding(StandardCharsets.UTF_8).build()) {
            SqlShell interactive = new SqlShell(spark, tables, prepare, format.name(), SqlShell.utf8(terminal.output()), err);
            if (query != null) interactive.statement(query);
            interactive.runInteractive(terminal, historyFile());
        }
        return 0;
    }
}
