package org.stations.normalize;

import java.util.ArrayList;
import java.util.List;

/**
 * No line longer than {@link #MAX_CHARS} reaches a pattern: a longer one (a megabyte without a line break, a table row
 * of thousands of cells) is split into lines of at most that many characters, after a sentence's end where one is near.
 * Every regex then runs on bounded lines whatever the file holds, and evidence is never a megabyte; extraction flags the
 * report ({@code long_line}), since a value across a split can be missed. The longest line of the seeds and the
 * development set, paragraphs joined, is 561 characters.
 */
public final class LongLines {
    private LongLines() {}

    public static final int MAX_CHARS = 5_000;
    /** How far back from the limit a split looks for the end of a sentence or a cell. */
    private static final int BREAK_REACH = 1_000;
    private static final String BREAKS = "。；;！!？?\t";

    /** The line itself, or its pieces of at most MAX_CHARS; a piece of a table row (leading TAB) stays a table row. */
    public static List<String> split(String line) {
        if (line.length() <= MAX_CHARS) return List.of(line);
        String cell = line.charAt(0) == TextNormalizer.CELL ? String.valueOf(TextNormalizer.CELL) : "";
        List<String> pieces = new ArrayList<>();
        int start = 0;
        while (start < line.length()) {
            int end = breakBefore(line, start, Math.min(line.length(), start + MAX_CHARS - cell.length()));
            String piece = line.substring(start, end);
            pieces.add(start == 0 || cell.isEmpty() ? piece : cell + piece);
            start = end;
        }
        return pieces;
    }

    /** Every line split as {@link #split} does; the list itself when no line is too long (the usual case). */
    public static List<String> split(List<String> lines) {
        if (lines.stream().allMatch(l -> l.length() <= MAX_CHARS)) return lines;
        List<String> out = new ArrayList<>(lines.size());
        for (String l : lines) out.addAll(split(l));
        return out;
    }

    /** Where a piece ending at or before {@code limit} ends: after the last break within reach, else at the limit. */
    private static int breakBefore(String line, int start, int limit) {
        if (limit == line.length()) return limit;
        for (int i = limit - 1; i > start && i >= limit - BREAK_REACH; i--) {
            if (BREAKS.indexOf(line.charAt(i)) >= 0) return i + 1;
        }
        // never between the two halves of a character outside the BMP
        return Character.isHighSurrogate(line.charAt(limit - 1)) ? limit - 1 : limit;
    }
}
