package org.stations.accuracy;

import java.nio.file.Path;

/**
 * Scores a directory of reports against gold readings in the devset's format, in one JVM without a lake (faster than
 * ingest and sql when working on the extractor): {@code ScoreReports REPORTS GOLD}. Prints each field that is not right.
 */
public final class ScoreReports {
    private ScoreReports() {}

    public static void main(String[] args) {
        if (args.length != 2) {
            System.err.println("usage: ScoreReports REPORTS_DIR GOLD_DIR");
            System.exit(2);
        }
        ExtractionAccuracyTest.score(args[0], Path.of(args[0]), Path.of(args[1]));
    }
}
