package org.stations.cli;

import picocli.CommandLine.Option;

/** --out of the commands that write or read the benchmark outputs; the default is the contract's. */
public final class OutOptions {
    @Option(names = "--out", description = "output root: bench/ tables (views bench_<name> in sql) and charts/ (default: ${DEFAULT-VALUE})",
            defaultValue = "data/out")
    public String out;
}
