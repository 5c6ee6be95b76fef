package org.stations.cli;

import org.stations.docs.DataDictionary;
import org.stations.util.SparkSessions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "dictionary", mixinStandardHelpOptions = true,
        description = "The data dictionary (every lake and benchmark table and column, the codes) as Markdown, from the code's schemas.")
public final class DictionaryCommand implements Callable<Integer> {
    @Option(names = "--write", paramLabel = "FILE", description = "write it to FILE (docs/data-dictionary.md) instead of stdout")
    Path file;

    @Override
    public Integer call() throws Exception {
        // the benchmarks' column types come from their SQL, which needs a session (over empty tables)
        String md = DataDictionary.markdown(SparkSessions.create("stations dictionary", "local[1]"));
        if (file == null) {
            new java.io.PrintStream(System.out, true, StandardCharsets.UTF_8).print(md);
        } else {
            Files.writeString(file, md, StandardCharsets.UTF_8);
            System.out.println("wrote " + file);
        }
        return 0;
    }
}
