package org.stations.ingest;

import org.stations.Seeds;
import org.stations.normalize.Headings;
import org.stations.perf.HostileText;
import org.stations.read.Fixtures;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * The seed reports damaged at random: cut short, sections dropped or repeated, lines shuffled, bytes injected, long runs
 * and megabyte lines put in (the kinds of {@link HostileText}, at a random place and size), and the seeds' Word and PDF
 * files with bytes damaged. One to three text mutations stack on a case.
 */
final class Mutations {
    private Mutations() {}

    private static final String[] SEEDS = {"000", "001", "002", "003", "004"};
    private static final String[] BINARIES = {"seed001.docx", "seed003.docx", "seed001.pdf", "seed003.pdf"};
    private static final int MIB = 1024 * 1024;

    private interface TextMutation {
        String apply(String text, Random r);
    }

    private static final List<TextMutation> TEXT = List.of(
            Mutations::truncate, Mutations::dropSection, Mutations::repeatSection, Mutations::shuffleLines,
            Mutations::hostileRun, Mutations::hostileRun, Mutations::repeatedHeadings);

    /** A seed's text with one to three mutations, then perhaps bytes injected into its UTF-8. */
    static Properties.Input text(Random r) {
        String seed = SEEDS[r.nextInt(SEEDS.length)];
        String text = Seeds.text(seed);
        int n = 1 + r.nextInt(3);
        for (int i = 0; i < n; i++) text = TEXT.get(r.nextInt(TEXT.size())).apply(text, r);
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        if (r.nextInt(4) == 0) bytes = injectBytes(bytes, r);
        return new Properties.Input(seed + "-mutated.txt", bytes);
    }

    /** A seed's .docx or .pdf with bytes overwritten, cut out, repeated or the file cut short. */
    static Properties.Input binary(Random r) {
        String name = BINARIES[r.nextInt(BINARIES.length)];
        byte[] bytes = Fixtures.fixture(name);
        int n = 1 + r.nextInt(3);
        for (int i = 0; i < n; i++) {
            bytes = switch (r.nextInt(4)) {
                case 0 -> Arrays.copyOf(bytes, 1 + r.nextInt(bytes.length));
                case 1 -> injectBytes(bytes, r);
                case 2 -> cut(bytes, r);
                default -> repeatChunk(bytes, r);
            };
        }
        return new Properties.Input(name.replace("seed", "damaged-"), bytes);
    }

    static String truncate(String text, Random r) {
        return text.substring(0, r.nextInt(text.length() + 1));
    }

    /** The lines from a heading to the next heading left out. */
    static String dropSection(String text, Random r) {
        List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
        int[] s = section(lines, r);
        if (s == null) return text;
        lines.subList(s[0], s[1]).clear();
        return String.join("\n", lines);
    }

    /** A section printed again right after itself, two to five times. */
    static String repeatSection(String text, Random r) {
        List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
        int[] s = section(lines, r);
        if (s == null) return text;
        List<String> again = new ArrayList<>(lines.subList(s[0], s[1]));
        for (int i = 1 + r.nextInt(4); i > 0; i--) lines.addAll(s[1], again);
        return String.join("\n", lines);
    }

    /** A random section: {start, end} in lines, from a heading to the next one; null where the text has no heading. */
    private static int[] section(List<String> lines, Random r) {
        List<Integer> headings = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) if (Headings.ANY.matcher(lines.get(i).strip()).find()) headings.add(i);
        if (headings.isEmpty()) return null;
        int k = r.nextInt(headings.size());
        return new int[]{headings.get(k), k + 1 < headings.size() ? headings.get(k + 1) : lines.size()};
    }

    /** The lines of a random window (or of the whole text) in a random order. */
    static String shuffleLines(String text, Random r) {
        List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
        int from = r.nextInt(lines.size()), to = r.nextBoolean() ? lines.size() : from + r.nextInt(lines.size() - from + 1);
        Collections.shuffle(lines.subList(from, to), r);
        return String.join("\n", lines);
    }

    /** One of HostileText's kinds (runs of digits, %, ., ：, pipes, TABs, a long line …) at a random line, up to a megabyte. */
    static String hostileRun(String text, Random r) {
        HostileText kind = HostileText.values()[r.nextInt(HostileText.values().length)];
        int bytes = r.nextInt(4) == 0 ? MIB : 1 + r.nextInt(64 * 1024);
        int at = lineStart(text, r);
        return text.substring(0, at) + kind.filler(text, bytes, r.nextLong()) + "\n" + text.substring(at);
    }

    /** A heading line of the text, or a made-up one, repeated hundreds of times somewhere. */
    static String repeatedHeadings(String text, Random r) {
        String heading = "一、评估结果\n";
        for (String l : text.split("\n")) if (Headings.TOP.matcher(l.strip()).find() && r.nextBoolean()) { heading = l + "\n"; break; }
        int at = lineStart(text, r);
        return text.substring(0, at) + heading.repeat(100 + r.nextInt(2000)) + text.substring(at);
    }

    private static int lineStart(String text, Random r) {
        int at = text.indexOf('\n', r.nextInt(text.length() + 1));
        return at < 0 ? text.length() : at + 1;
    }

    /** Random bytes, control characters or bytes that are no UTF-8, written over or into a few places. */
    static byte[] injectBytes(byte[] bytes, Random r) {
        byte[] out = bytes.clone();
        for (int i = 1 + r.nextInt(20); i > 0 && out.length > 0; i--) {
            int at = r.nextInt(out.length);
            out[at] = switch (r.nextInt(3)) {
                case 0 -> (byte) r.nextInt(256);
                case 1 -> (byte) r.nextInt(32);                // a control character
                default -> (byte) (0x80 + r.nextInt(0x40));    // a continuation byte where none belongs
            };
        }
        return out;
    }

    private static byte[] cut(byte[] bytes, Random r) {
        int from = r.nextInt(bytes.length), to = Math.min(bytes.length, from + 1 + r.nextInt(4096));
        byte[] out = new byte[bytes.length - (to - from)];
        System.arraycopy(bytes, 0, out, 0, from);
        System.arraycopy(bytes, to, out, from, bytes.length - to);
        return out;
    }

    private static byte[] repeatChunk(byte[] bytes, Random r) {
        int from = r.nextInt(bytes.length), len = Math.min(bytes.length - from, 1 + r.nextInt(4096));
        byte[] out = new byte[bytes.length + len];
        System.arraycopy(bytes, 0, out, 0, from + len);
        System.arraycopy(bytes, from, out, from + len, bytes.length - from);
        return out;
    }
}
