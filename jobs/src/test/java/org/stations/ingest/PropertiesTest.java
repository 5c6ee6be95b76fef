package org.stations.ingest;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The property runner itself: a failure names its seed and case and is shrunk to what fails; a seed replays. */
class PropertiesTest {

    /** Lines of lower-case letters, one case in ten with an X somewhere. */
    private static Properties.Input lines(Random r) {
        StringBuilder sb = new StringBuilder();
        boolean x = r.nextInt(10) == 0;
        int lines = 20 + r.nextInt(20), xLine = r.nextInt(lines);
        for (int i = 0; i < lines; i++) {
            for (int j = 0; j < 30; j++) sb.append((char) ('a' + r.nextInt(26)));
            if (x && i == xLine) sb.append('X');
            sb.append('\n');
        }
        return new Properties.Input("letters.txt", sb.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static void noX(Properties.Input in) {
        assertTrue(new String(in.bytes(), StandardCharsets.UTF_8).indexOf('X') < 0, "an X");
    }

    @Test
    void aFailureIsShrunkToWhatFailsAndNamesItsSeedAndCase() {
        AssertionError e = assertThrows(AssertionError.class, () -> Properties.forAll("no X", 42, 100, PropertiesTest::lines, PropertiesTest::noX));
        String m = e.getMessage();
        assertTrue(m.startsWith("property 'no X' fails on case "), m);
        assertTrue(m.contains(" of seed 42 (replay: -Dproperties.seed=42); shrunk from "), m);
        assertTrue(m.contains(" to 1 bytes: letters.txt, 1 bytes: «X»"), m);
    }

    @Test
    void aSeedReplaysTheSameCases() {
        String first = assertThrows(AssertionError.class, () -> Properties.forAll("no X", 7, 100, PropertiesTest::lines, PropertiesTest::noX)).getMessage();
        String again = assertThrows(AssertionError.class, () -> Properties.forAll("no X", 7, 100, PropertiesTest::lines, PropertiesTest::noX)).getMessage();
        assertEquals(first, again);
    }

    @Test
    void aPropertyThatHoldsPasses() {
        Properties.forAll("letters", 1, 50, PropertiesTest::lines, in -> assertTrue(in.bytes().length > 0));
    }
}
