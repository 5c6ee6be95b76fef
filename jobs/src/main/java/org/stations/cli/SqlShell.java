package org.stations.cli;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructField;
import org.jline.reader.EOFError;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.ParsedLine;
import org.jline.reader.UserInterruptException;
import org.jline.reader.impl.DefaultParser;
import org.jline.terminal.Terminal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * One Spark session for many queries: statements end with ';' and may span lines; dot-commands
 * (.tables, .schema NAME, .format, .help, .quit) stand on a line of their own. Interactive on a terminal
 * (JLine: editing, history, a continuation prompt until the ';'), or a script from piped stdin.
 */
final class SqlShell {
    static final String HELP = """
            Statements end with ';' and may span lines. Commands:
              .tables             the lake tables and benchmark views
              .schema NAME        a table's columns and types
              .format table|csv|json   how results print (now: %s)
              .help               this text
              .quit               leave (or Ctrl-D)""";

    private final SparkSession spark;
    private final List<String> tables;
    private final PrintStream out;
    private final PrintStream err;
    /** Called with each statement before it runs: registers the lake tables it names. */
    private final Consumer<String> prepare;
    private String format;
    private int failures;

    SqlShell(SparkSession spark, List<String> tables, String format, PrintStream out, PrintStream err) {
        this(spark, tables, s -> {}, format, out, err);
    }

    SqlShell(SparkSession spark, List<String> tables, Consumer<String> prepare, String format, PrintStream out, PrintStream err) {
        this.spark = spark;
        this.tables = tables;
        this.prepare = prepare;
        this.format = format;
        this.out = out;
        this.err = err;
    }

    /** Statements that failed: a script with any exits 2. */
    int failures() { return failures; }

    /** Runs every statement and command of a script; a failed statement is reported and the next one runs. */
    void runScript(BufferedReader in) throws IOException {
        StringBuilder pending = new StringBuilder();
        String line;
        while ((line = in.readLine()) != null) {
            if (pending.toString().isBlank() && line.strip().startsWith(".")) {
                if (!command(line.strip())) return;
                continue;
            }
            pending.append(line).append('\n');
            List<String> done = new ArrayList<>();
            String rest = Statements.split(pending.toString(), done);
            for (String s : done) statement(s);
            pending.setLength(0);
            pending.append(rest);
        }
        if (!pending.toString().isBlank()) statement(pending.toString()); // the last one may lack its ';'
    }

    /** The interactive loop: a continuation prompt until a statement's ';', history kept in {@code history}. */
    void runInteractive(Terminal terminal, Path history) {
        LineReader reader = LineReaderBuilder.builder().terminal(terminal).appName("stations sql")
                .parser(new StatementParser())
                .variable(LineReader.HISTORY_FILE, history)
                .variable(LineReader.SECONDARY_PROMPT_PATTERN, "     ...> ")
                .build();
        out.println("stations sql: " + tables.size() + " tables (.tables), statements end with ';', .help, .quit");
        while (true) {
            String text;
            try {
                text = reader.readLine("stations> ");
            } catch (UserInterruptException e) {
                continue; // Ctrl-C drops the statement being typed
            } catch (EndOfFileException e) {
                return;
            }
            String s = text.strip();
            if (s.isEmpty()) continue;
            if (s.startsWith(".")) {
                if (!command(s)) return;
                continue;
            }
            List<String> done = new ArrayList<>();
            String rest = Statements.split(text, done);
            for (String q : done) statement(q);
            if (!rest.isBlank()) statement(rest);
        }
    }

    /** Runs a dot-command; false for .quit. */
    boolean command(String line) {
        String[] words = line.split("\\s+");
        switch (words[0].toLowerCase(Locale.ROOT)) {
            case ".quit", ".exit", ".q" -> { return false; }
            case ".help" -> out.println(HELP.formatted(format));
            case ".tables" -> tables.forEach(out::println);
            case ".schema" -> {
                if (words.length > 1) prepare.accept(words[1]);
                if (words.length < 2) {
                    err.println("usage: .schema NAME (one of .tables)");
                    failures++;
                } else if (!spark.catalog().tableExists(words[1])) {
                    err.println("no table " + words[1] + " (see .tables)");
                    failures++;
                } else {
                    for (StructField f : spark.table(words[1]).schema().fields()) {
                        out.println(f.name() + "  " + f.dataType().sql());
                    }
                }
            }
            case ".format" -> {
                if (words.length == 2 && List.of("table", "csv", "json").contains(words[1])) {
                    format = words[1];
                } else {
                    err.println("usage: .format table|csv|json");
                    failures++;
                }
            }
            default -> {
                err.println("unknown command " + words[0] + " (.help lists them)");
                failures++;
            }
        }
        return true;
    }

    void statement(String sql) {
        String q = sql.strip();
        if (q.isEmpty()) return;
        try {
            prepare.accept(q);
            Dataset<Row> result = spark.sql(q);
            ResultPrinter.print(result, format, out);
        } catch (Exception e) {
            err.println("error: " + Main.oneLine(e));
            failures++;
        }
        out.flush();
    }

    static PrintStream utf8(java.io.OutputStream o) {
        return new PrintStream(o, true, StandardCharsets.UTF_8);
    }

    /** Asks JLine for another line until the buffer ends a statement with ';' (or is a dot-command). */
    static final class StatementParser extends DefaultParser {
        @Override
        public ParsedLine parse(String line, int cursor, ParseContext context) {
            if (context == ParseContext.ACCEPT_LINE) {
                String s = line.strip();
                if (!s.isEmpty() && !s.startsWith(".") && !Statements.ends(line)) {
                    throw new EOFError(-1, -1, "statement continues until ';'");
                }
            }
            return super.parse(line, cursor, context);
        }
    }

    /** Finds the ';' that end statements, outside quotes and comments. */
    static final class Statements {
        private Statements() {}

        /** Adds each complete statement of {@code text} to {@code done}; returns the unfinished rest. */
        static String split(String text, List<String> done) {
            int start = 0;
            char quote = 0;
            boolean lineComment = false;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (lineComment) {
                    if (c == '\n') lineComment = false;
                } else if (quote != 0) {
                    if (c == '\\' && quote != '`') i++;
                    else if (c == quote) quote = 0;
                } else if (c == '\'' || c == '"' || c == '`') {
                    quote = c;
                } else if (c == '-' && i + 1 < text.length() && text.charAt(i + 1) == '-') {
                    lineComment = true;
                } else if (c == ';') {
                    String s = text.substring(start, i).strip();
                    if (!s.isEmpty()) done.add(s);
                    start = i + 1;
                }
            }
            return text.substring(start);
        }

        /** True when the text ends with a finished statement (only blanks or comments after the last ';'). */
        static boolean ends(String text) {
            List<String> done = new ArrayList<>();
            String rest = split(text, done);
            return !done.isEmpty() && rest.replaceAll("(?m)--.*$", "").isBlank();
        }
    }
}
