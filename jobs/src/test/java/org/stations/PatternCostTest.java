package org.stations;

import org.junit.jupiter.api.Test;
import org.stations.extract.ReportExtractor;
import org.stations.perf.HostileText;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * No runaway regex, measured without a clock: every pattern the reading and extraction code keeps (static fields, the
 * arrays, lists and records they hold) is run with find() over long runs of what made patterns run away — digits, %, .,
 * ：, pipes, TABs, a long line, brackets — through a CharSequence that counts the characters the engine reads. A pattern
 * tried from every position that reads on to the end of a run reads about half the run per character (thousands here);
 * a linear one a bounded number, whatever the length. A stack overflow fails too.
 */
class PatternCostTest {

    /** Characters of each hostile run: a pattern quadratic in it reads some 5,000 per character. */
    private static final int RUN = 10_000;
    /**
     * Reads per character allowed. The costliest pattern reads 246 on Chinese text: an organisation's name of 4 to 30
     * characters, its endings tried after each (HeaderExtractor's NAMED_ORG), at every position.
     */
    private static final int READS_PER_CHAR = 400;
    private static final List<String> PACKAGES = List.of("normalize", "document", "extract", "model", "read");
    private static final List<String> UNITS = List.of("1", "1 ", "1.", "%", "12.5% ", ".", "：", ":", "|", "|---", "| 12 ", "\t",
            "\t1", " ", "\n", "社", "一", "一、", "—", "（", "(", "√ ", "1片区", "2024年8月", "完成情况", "共", "[bookmark:", "\u001B[");

    /** Counts the characters read: the engine reads only through charAt. */
    private static final class Counting implements CharSequence {
        final String s;
        final long limit;
        long reads;

        Counting(String s, long limit) { this.s = s; this.limit = limit; }

        @Override public int length() { return s.length(); }
        @Override public char charAt(int i) {
            if (++reads > limit) throw new IllegalStateException("read limit");
            return s.charAt(i);
        }
        @Override public CharSequence subSequence(int from, int to) { return s.substring(from, to); }
        @Override public String toString() { return s; }
    }

    @Test
    void everyPatternReadsABoundedNumberOfCharactersPerCharacter() throws Exception {
        Map<String, Pattern> patterns = patterns();
        assertTrue(patterns.size() > 150, patterns.size() + " patterns found");
        List<String> over = new ArrayList<>();
        for (Map.Entry<String, String> input : inputs().entrySet()) {
            for (Map.Entry<String, Pattern> p : patterns.entrySet()) {
                String cost = cost(p.getValue(), input.getValue());
                if (cost != null) over.add(p.getKey() + " on " + input.getKey() + ": " + cost);
            }
        }
        assertEquals(List.of(), over);
    }

    /** Null when the pattern stays within bounds; else what it did. */
    private static String cost(Pattern p, String text) {
        Counting c = new Counting(text, (long) READS_PER_CHAR * text.length());
        try {
            Matcher m = p.matcher(c);
            while (m.find()) if (m.end() == text.length()) break;
            return null;
        } catch (IllegalStateException e) {
            return "over " + READS_PER_CHAR + " reads per character";
        } catch (StackOverflowError e) {
            return "stack overflow";
        }
    }

    /** Runs of each unit, the fillers of each hostile kind, both as they are and inside a seed report. */
    private static Map<String, String> inputs() {
        Map<String, String> in = new LinkedHashMap<>();
        String seed = Seeds.text("000");
        for (String unit : UNITS) in.put("run of " + printable(unit), unit.repeat(RUN / unit.length()));
        for (HostileText kind : HostileText.values()) in.put(kind.code(), kind.filler(seed, RUN, 1));
        // a run after each clause of a real report: after its words, as a pattern meets it
        for (String unit : List.of("1", " ", "\t", "%", "：", "一")) {
            StringBuilder sb = new StringBuilder();
            for (String clause : seed.substring(0, 4000).split("(?<=[，。：；\\n])")) sb.append(clause).append(unit.repeat(200));
            in.put("seed 000 with runs of " + printable(unit), sb.toString());
        }
        return in;
    }

    private static String printable(String s) {
        return "'" + s.replace("\t", "\\t").replace("\n", "\\n").replace("\u001B", "\\e") + "'";
    }

    /** Every Pattern held, directly or through arrays, collections, maps and records, by the classes of PACKAGES. */
    static Map<String, Pattern> patterns() throws Exception {
        Map<String, Pattern> found = new LinkedHashMap<>();
        Set<Object> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Path root = classes();
        for (String pkg : PACKAGES) {
            try (var files = Files.list(root.resolve("org/stations/" + pkg))) {
                for (Path f : files.filter(x -> x.toString().endsWith(".class")).sorted().toList()) {
                    Class<?> c = Class.forName("org.stations." + pkg + "." + f.getFileName().toString().replace(".class", ""));
                    for (Field field : c.getDeclaredFields()) {
                        if (!Modifier.isStatic(field.getModifiers()) || field.isSynthetic()) continue;
                        field.setAccessible(true);
                        collect(c.getSimpleName() + "." + field.getName(), field.get(null), found, seen, 0);
                    }
                }
            }
        }
        // built per report from the months its staffing annex names
        found.put("StaffRosterExtractor.row(36)", rosterRow());
        return found;
    }

    private static Pattern rosterRow() throws Exception {
        var row = Class.forName("org.stations.extract.StaffRosterExtractor").getDeclaredMethod("row", int.class);
        row.setAccessible(true);
        return (Pattern) row.invoke(null, 36);
    }

    private static void collect(String name, Object o, Map<String, Pattern> found, Set<Object> seen, int depth) throws IllegalAccessException {
        if (o == null || depth > 4 || o instanceof String || o instanceof Number || !seen.add(o)) return;
        if (o instanceof Pattern p) { found.putIfAbsent(name, p); return; }
        if (o instanceof Object[] array) { for (int i = 0; i < array.length; i++) collect(name + "[" + i + "]", array[i], found, seen, depth + 1); return; }
        if (o instanceof Collection<?> c) { int i = 0; for (Object x : c) collect(name + "[" + i++ + "]", x, found, seen, depth + 1); return; }
        if (o instanceof Map<?, ?> m) { for (var e : m.entrySet()) collect(name + "[" + e.getKey() + "]", e.getValue(), found, seen, depth + 1); return; }
        if (!o.getClass().getName().startsWith("org.stations")) return;
        // records and the lambdas that hold a compiled pattern (FindingThemes)
        for (Field f : o.getClass().getDeclaredFields()) {
            if (Modifier.isStatic(f.getModifiers())) continue;
            f.setAccessible(true);
            collect(name + "." + f.getName(), f.get(o), found, seen, depth + 1);
        }
    }

    private static Path classes() throws URISyntaxException {
        return Path.of(ReportExtractor.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    }
}
