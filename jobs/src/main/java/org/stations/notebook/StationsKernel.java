package org.stations.notebook;

import jdk.jshell.EvalException;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;
import jdk.jshell.execution.LocalExecutionControlProvider;
import org.dflib.jjava.jupyter.channels.JupyterConnection;
import org.dflib.jjava.jupyter.kernel.BaseKernel;
import org.dflib.jjava.jupyter.kernel.BaseKernelBuilder;
import org.dflib.jjava.jupyter.kernel.KernelConnectionProperties;
import org.dflib.jjava.jupyter.kernel.LanguageInfo;
import org.dflib.jjava.jupyter.kernel.ReplacementOptions;
import org.dflib.jjava.jupyter.kernel.display.DisplayData;
import org.dflib.jjava.jupyter.kernel.magic.MagicParser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The Java kernel the notebooks run on: JShell, executing in this JVM (so the Spark session a notebook
 * opens, and images it displays, stay in one process), behind the Jupyter protocol of DFLib JJava's
 * kernel library ({@code org.dflib.jjava:jjava-jupyter}, the part of JJava that Maven Central serves).
 * The stations jar is on the snippets' class path; {@code display(…)} of JJava's notebook statics shows
 * images and HTML. A cell that does not compile or throws is an error reply, so nbconvert fails on it.
 *
 * <p>Started by the kernel spec {@code bin/notebooks} installs: {@code java … -cp stations.jar
 * org.stations.notebook.StationsKernel {connection_file}}.
 */
public final class StationsKernel extends BaseKernel {
    /** Imports every cell may use without writing them, and show(…): a table as HTML, a chart as its image. */
    static final String STARTUP = """
            import static org.dflib.jjava.jupyter.kernel.BaseNotebookStatics.*;
            import org.stations.api.*;
            import org.stations.chart.TableChart;
            import tech.tablesaw.api.*;
            import java.nio.file.*;
            import java.util.*;
            void show(Object o) { display(o); }
            void show(Table t) { display(Html.of(t), "text/html"); }
            void show(TableChart c) { display(c.image()); }
            """;

    private final JShell shell;

    private StationsKernel(Builder b, LanguageInfo language, org.dflib.jjava.jupyter.kernel.JupyterIO io,
                           MagicParser magics) {
        super(b.kernelName(), b.kernelVersion(), language, List.of(), b.history(), io, b.comms(), b.renderer(), magics, b.magics(),
                false, b.errors());
        shell = JShell.builder().executionEngine(new LocalExecutionControlProvider(), new HashMap<>()).build();
        // the classes the kernel runs on, for the compiler; at run time they resolve through this JVM's loader
        shell.addToClasspath(System.getProperty("java.class.path"));
    }

    /** JJava's builder has the defaults (IO, renderer, comms); its methods are protected, so the kernel is built here. */
    static final class Builder extends BaseKernelBuilder<Builder, StationsKernel> {
        @Override
        public StationsKernel build() {
            name = buildName();
            version = buildVersion();
            LanguageInfo java = new LanguageInfo.Builder("java").version(Runtime.version().toString())
                    .mimetype("text/x-java-source").fileExtension(".jshell").pygments("java").codemirror("java").build();
            return new StationsKernel(this, java, buildJupyterIO(buildJupyterIOEncoding()),
                    new MagicParser("(?<=(?:^|=))\\s*%", "%%", buildMagicTranspiler()));
        }

        String kernelName() { return name; }

        String kernelVersion() { return version; }

        org.dflib.jjava.jupyter.kernel.history.HistoryManager history() { return buildHistoryManager(); }

        org.dflib.jjava.jupyter.kernel.comm.CommManager comms() { return buildCommManager(); }

        org.dflib.jjava.jupyter.kernel.display.Renderer renderer() { return buildRenderer(); }

        org.dflib.jjava.jupyter.kernel.magic.MagicsRegistry magics() { return buildMagicsRegistry(); }

        org.dflib.jjava.jupyter.kernel.util.StringStyler errors() { return buildErrorStyler(); }
    }

    public static void main(String[] args) throws Exception {
        KernelConnectionProperties props = KernelConnectionProperties.parse(Files.readString(Path.of(args[0])));
        JupyterConnection connection = new JupyterConnection(props);
        StationsKernel kernel = new Builder().name("stations-java").version("1").build();
        kernel.onStartup();
        kernel.evalRaw(STARTUP);
        kernel.becomeHandlerForConnection(connection);
        connection.connect();
        connection.waitUntilClose();
    }

    /** Runs a cell snippet by snippet; the value of its last expression is the cell's result. */
    @Override
    public Object evalRaw(String code) {
        SourceCodeAnalysis analysis = shell.sourceCodeAnalysis();
        String rest = code;
        String last = null;
        while (!rest.isBlank()) {
            SourceCodeAnalysis.CompletionInfo info = analysis.analyzeCompletion(rest);
            if (info.completeness() == SourceCodeAnalysis.Completeness.DEFINITELY_INCOMPLETE) {
                throw new IllegalArgumentException("incomplete Java at: " + rest.strip());
            }
            String source = info.completeness() == SourceCodeAnalysis.Completeness.EMPTY ? rest : info.source();
            rest = info.remaining();
            if (source == null || source.isBlank()) break;
            last = null;
            for (SnippetEvent e : shell.eval(source)) {
                if (e.status() == Snippet.Status.REJECTED) {
                    String why = shell.diagnostics(e.snippet()).map(d -> d.getMessage(null)).collect(Collectors.joining("; "));
                    throw new IllegalArgumentException("does not compile: " + why + "\n" + source.strip());
                }
                if (e.exception() != null) {
                    throw new RuntimeException(e.exception() instanceof EvalException ee
                            ? ee.getExceptionClassName() + ": " + ee.getMessage() : e.exception().getMessage(), e.exception());
                }
                if (e.snippet().kind() == Snippet.Kind.EXPRESSION || e.snippet().subKind() == Snippet.SubKind.TEMP_VAR_EXPRESSION_SUBKIND) {
                    last = e.value();
                }
            }
        }
        return last;
    }

    @Override
    public DisplayData inspect(String code, int at, boolean extraDetail) { return null; }

    @Override
    public ReplacementOptions complete(String code, int at) { return null; }

    @Override
    public String isComplete(String code) {
        return shell.sourceCodeAnalysis().analyzeCompletion(code).completeness().isComplete() ? IS_COMPLETE_YES : IS_COMPLETE_MAYBE;
    }

    @Override
    public void onShutdown(boolean restart) { shell.close(); }
}
