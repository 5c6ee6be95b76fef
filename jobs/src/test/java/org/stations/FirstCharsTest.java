package org.stations;

import org.junit.jupiter.api.Test;
import org.stations.util.FirstChars;
import org.stations.extract.ReportText;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Matches looked for only where their first characters stand are the matches Matcher.find gives. */
class FirstCharsTest {

    @Test
    void firstCharactersAreReadOnlyFromBeginningsThatStateThem() {
        FirstChars org = FirstChars.of(Pattern.compile("(?=[\\u4e00-\\u9fff])(?<=^|[,，])([\\u4e00-\\u9fff]{2,28}?中心)"));
        assertNotNull(org);
        assertEquals(List.of("广州市启衡中心"), all(org.in(Pattern.compile("(?=[\\u4e00-\\u9fff])(?<=^|[,，])([\\u4e00-\\u9fff]{2,28}?中心)"),
                "12,广州市启衡中心")));
        assertNotNull(FirstChars.of(Pattern.compile("(?=[\\x{76d1}\\x{8d2d}])(监督方|购买方)\\d+")));
        assertNotNull(FirstChars.of(Pattern.compile("项目承办方[:：]")));
        // alternatives, groups, classes and digits, past a look-behind
        assertEquals(List.of("满分20", "得分9"), all(FirstChars.of(Pattern.compile("((?:满分|得分)\\d+)")).in(Pattern.compile("((?:满分|得分)\\d+)"), "满分20，得分9")));
        assertNotNull(FirstChars.of(Pattern.compile("(?<!\\d)(\\d{4}年|[一二]〇)")));
        assertNotNull(FirstChars.of(Pattern.compile("(?=[\\d一二])(\\d+|[一二]+)名|(离职|调入)\\d+名")));
        // beginnings that do not name their first characters: every position is tried
        assertNull(FirstChars.of(Pattern.compile("(?:现场|实地)?评估")));
        assertNull(FirstChars.of(Pattern.compile("项?目")));
        assertNull(FirstChars.of(Pattern.compile("\\s*分")));
        assertNull(FirstChars.of(Pattern.compile("[^0-9]分")));
        assertNull(FirstChars.of(Pattern.compile(".*分")));
        assertNull(FirstChars.of(Pattern.compile("(?i)abc")));
        assertNull(FirstChars.of(Pattern.compile("满分|")));
    }

    @Test
    void everyStoredPatternFindsTheSameMatchesFromItsFirstCharacters() throws Exception {
        List<String> texts = new ArrayList<>();
        for (String seed : List.of("000", "001", "002", "003", "004")) texts.add(ReportText.of(Seeds.text(seed)).text());
        int derived = 0;
        for (Map.Entry<String, Pattern> e : PatternCostTest.patterns().entrySet()) {
            Pattern p = e.getValue();
            FirstChars f = FirstChars.of(p);
            if (f == null) continue;
            derived++;
            for (String text : texts) {
                List<String> expected = new ArrayList<>();
                Matcher m = p.matcher(text);
                while (m.find()) expected.add(m.start() + ":" + m.group());
                List<String> got = new ArrayList<>();
                FirstChars.Matches found = FirstChars.matches(p, text);
                while (found.find()) got.add(found.matcher().start() + ":" + found.matcher().group());
                assertEquals(expected, got, e.getKey());
            }
        }
        assertTrue(derived > 20, derived + " patterns with first characters");
    }

    private static List<String> all(FirstChars.Matches found) {
        List<String> out = new ArrayList<>();
        while (found.find()) out.add(found.matcher().group(1));
        return out;
    }
}
