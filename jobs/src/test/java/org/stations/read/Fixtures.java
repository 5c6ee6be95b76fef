package org.stations.read;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.function.Executable;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The real seed reports, the development set's reports and the committed .docx/.pdf made from them (see src/test/fixtures-src). */
public final class Fixtures {
    private Fixtures() {}

    static final Path SEEDS = Path.of(System.getProperty("stations.seeds", "/work/shared/seeds"));
    /** The development set's reports (../shared/devset beside the seeds): real layouts the seeds do not show. */
    static final Path DEVSET = SEEDS.resolveSibling("devset").resolve("reports");

    /** A seed's bytes by its number, e.g. "001". */
    static byte[] seed(String number) {
        try (DirectoryStream<Path> files = Files.newDirectoryStream(SEEDS, number + "_*.txt")) {
            for (Path file : files) return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        throw new IllegalStateException("no seed " + number + " in " + SEEDS);
    }

    static String seedText(String number) {
        return new String(seed(number), StandardCharsets.UTF_8);
    }

    /** A file under src/test/resources/fixtures. */
    public static byte[] fixture(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/fixtures/" + name)) {
            if (in == null) throw new IllegalStateException("no fixture " + name);
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The quarantine reason the call fails with, checked to be one line. */
    static String reason(Executable call) {
        String reason = assertThrows(UnreadableInputException.class, call).getMessage();
        assertFalse(reason.contains("\n") || reason.contains("\r"), "reason must be one line: " + reason);
        return reason;
    }
}
