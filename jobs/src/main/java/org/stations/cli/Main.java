package org.stations.cli;

import org.stations.lake.LakeBusyException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** bin/stations: parse options, call a job, print, exit code. */
@Command(name = "stations", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Guangzhou social-work station evaluation reports → Parquet lake and cross-station benchmarks.",
        subcommands = {IngestCommand.class, BenchCommand.class, SummaryCommand.class, AllCommand.class, ExportCommand.class,
                SqlCommand.class, ExplainCommand.class, DictionaryCommand.class, HistoryCommand.class, VacuumCommand.class,
                GenerateCommand.class, PerfCommand.class})
public final class Main implements Runnable {

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        if (!sparkPresent()) {
            // the cluster jar leaves Spark to the cluster: run as a plain jar, picocli would fail on a stack trace
            System.err.println("stations: Spark is not on the classpath: run stations-cluster.jar with spark-submit, "
                    + "or use bin/stations (its jar includes Spark)");
            System.exit(2);
        }
        System.exit(run(args));
    }

    static boolean sparkPresent() {
        try {
            Class.forName("org.apache.spark.sql.SparkSession", false, Main.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    /** Runs the CLI and returns the exit status; bad usage is one line on stderr, never a stack trace. */
    public static int run(String... args) {
        CommandLine cl = new CommandLine(new Main());
        // a missing or unknown option: one line and where help is, not the whole usage page
        cl.setParameterExceptionHandler((ex, argv) -> {
            CommandLine cmd = ex.getCommandLine();
            cmd.getErr().println("stations: " + oneLine(ex) + " (see: bin/stations " + commandPath(cmd) + "--help)");
            return 2;
        });
        cl.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            cmd.getErr().println("stations: " + oneLine(ex));
            return busy(ex) ? BUSY : 2;
        });
        return cl.execute(args);
    }

    /** Exit status when another writer holds the lake: a scheduler can tell "try later" from a failure. */
    static final int BUSY = 3;

    private static boolean busy(Throwable ex) {
        for (Throwable t = ex; t != null; t = t.getCause()) if (t instanceof LakeBusyException) return true;
        return false;
    }

    private static String commandPath(CommandLine cmd) {
        String path = cmd.getCommandSpec().qualifiedName(" ");
        return path.equals("stations") ? "" : path.substring("stations ".length()) + " ";
    }

    static String oneLine(Throwable ex) {
        Throwable root = ex;
        while (root.getCause() != null && root.getMessage() == null) root = root.getCause();
        String msg = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return msg.replaceAll("\\s+", " ").strip();
    }

    @Override public void run() { spec.commandLine().usage(System.out); }

    static final class Version implements CommandLine.IVersionProvider {
        @Override public String[] getVersion() {
            String v = Main.class.getPackage().getImplementationVersion();
            return new String[]{"stations " + (v == null ? "dev" : v) + " (parser " + org.stations.extract.ReportExtractor.PARSER_VERSION + ")"};
        }
    }
}
