package org.stations.cli;

import picocli.CommandLine.Option;

import java.util.List;

/** --input of the commands that read reports; the default is the contract's. */
public final class InputOptions {
    @Option(names = "--input", arity = "1..*", description = "report files or folders (default: ${DEFAULT-VALUE})",
            defaultValue = "data/reports")
    public List<String> inputs;
}
