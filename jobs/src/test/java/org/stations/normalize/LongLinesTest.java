package org.stations.normalize;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LongLinesTest {

    private static List<Integer> lengths(List<String> pieces) {
        return pieces.stream().map(String::length).toList();
    }

    @Test
    void aLineUpToTheLimitStaysWhole() {
        assertEquals(List.of(5000), lengths(LongLines.split("短".repeat(5000))));
    }

    @Test
    void aLongerLineIsSplitAfterTheLastSentenceEndWithinReach() {
        List<String> pieces = LongLines.split("评估报告正文。".repeat(1000)); // 7,000 characters, 。 every seventh
        assertEquals(List.of(4998, 2002), lengths(pieces));
        assertTrue(pieces.get(0).endsWith("。"));
        assertEquals("评估报告正文。".repeat(1000), String.join("", pieces), "nothing lost, nothing added");
    }

    @Test
    void withoutABreakItIsCutAtTheLimit() {
        assertEquals(List.of(5000, 5000, 1000), lengths(LongLines.split("1".repeat(11_000))));
    }

    /** A piece of a table row is a table row: each begins with the cell marker. */
    @Test
    void thePiecesOfATableRowAreTableRows() {
        List<String> pieces = LongLines.split("\t" + "12\t".repeat(3000));
        assertTrue(pieces.size() > 1);
        for (String p : pieces) {
            assertTrue(p.startsWith("\t") && p.length() <= 5000, p.length() + " characters");
        }
    }

    @Test
    void neverBetweenTheHalvesOfACharacter() {
        List<String> pieces = LongLines.split("a" + "𠀀".repeat(3000)); // 𠀀 is two chars; the 5,000th is a high half
        assertEquals(4999, pieces.get(0).length());
        assertEquals("a" + "𠀀".repeat(3000), String.join("", pieces));
    }
}
