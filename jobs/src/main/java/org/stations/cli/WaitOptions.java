package org.stations.cli;

import picocli.CommandLine.Option;

/** --wait of the commands that write the lake: how long to wait for another writer before stopping (exit 3). */
public final class WaitOptions {
    @Option(names = "--wait", paramLabel = "SECONDS", defaultValue = "0",
            description = "wait up to this many seconds for another writer of the lake to finish (default: ${DEFAULT-VALUE}: stop at once, exit 3)")
    public long seconds;
}
