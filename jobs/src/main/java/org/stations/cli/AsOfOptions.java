package org.stations.cli;

import picocli.CommandLine.Option;

/** --as-of of the commands that read the lake: a past lake version, as bin/stations history lists them. */
public final class AsOfOptions {
    @Option(names = "--as-of", paramLabel = "VERSION|TIMESTAMP",
            description = "read the lake as it was at this version (see history) or UTC time (2026-12-02T10:42); default: the latest")
    public String asOf;
}
