package org.stations.cli;

import picocli.CommandLine.Option;

/** Options every Spark command shares; defaults are the contract's. */
public final class CommonOptions {
    @Option(names = "--master", description = "Spark master (default: ${DEFAULT-VALUE}); spark-submit's own wins",
            defaultValue = "local[*]")
    public String master;

    @Option(names = "--lake", description = "lake root (default: ${DEFAULT-VALUE})", defaultValue = "data/lake")
    public String lake;
}
