package org.stations;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** The five real seed reports: data/reports holds copies of ../shared/seeds. */
public final class Seeds {
    private Seeds() {}

    public static Path dir() {
        String p = System.getProperty("stations.reports", "../data/reports");
        return Path.of(p);
    }

    /** The seed whose file name starts with a prefix, e.g. "000". */
    public static Path file(String prefix) {
        try (Stream<Path> s = Files.list(dir())) {
            return s.filter(f -> f.getFileName().toString().startsWith(prefix)).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no seed " + prefix + " in " + dir()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String text(String prefix) {
        try {
            return Files.readString(file(prefix));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
