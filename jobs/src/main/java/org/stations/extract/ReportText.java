package org.stations.extract;

import org.stations.normalize.TextNormalizer;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A report's normalized text: one logical line per paragraph or table row. */
public final class ReportText {
    private final List<String> lines;
    private final String text;

    public ReportText(List<String> lines) {
        this.lines = List.copyOf(lines);
        this.text = String.join("\n", lines);
    }

    public static ReportText of(String raw) { return new ReportText(TextNormalizer.lines(raw)); }

    public List<String> lines() { return lines; }

    public String text() { return text; }

    /** The first match of a pattern anywhere in the text. */
    public Optional<Matcher> find(Pattern p) {
        Matcher m = p.matcher(text);
        return m.find() ? Optional.of(m) : Optional.empty();
    }

    /** The first group 1 of the first pattern that matches, in order of preference. */
    public String first(Pattern... patterns) {
        for (Pattern p : patterns) {
            Matcher m = p.matcher(text);
            if (m.find()) return m.group(1);
        }
        return null;
    }

    /** The sentence (up to 。 or ；) around a position, for evidence. */
    public String sentenceAt(int start, int end) {
        int s = start, e = end;
        while (s > 0 && "。；;\n".indexOf(text.charAt(s - 1)) < 0) s--;
        while (e < text.length() && "。；;\n".indexOf(text.charAt(e)) < 0) e++;
        if (e < text.length() && text.charAt(e) != '\n') e++;
        return text.substring(s, e).replace(TextNormalizer.CELL, ' ').strip();
    }

    public String sentenceOf(MatchResult m) { return sentenceAt(m.start(), m.end()); }

    /**
     * The matches of {@code p}, in text order, for a pattern whose every match contains {@code word} and stays within
     * one line: the regex runs only on the lines holding the word, not from every position of the whole text.
     */
    public List<MatchResult> matchesInLinesWith(String word, Pattern p) {
        List<MatchResult> out = new ArrayList<>();
        int start = 0;
        for (String line : lines) {
            if (line.contains(word)) {
                Matcher m = p.matcher(text).region(start, start + line.length()).useTransparentBounds(true).useAnchoringBounds(false);
                while (m.find()) out.add(m.toMatchResult());
            }
            start += line.length() + 1;
        }
        return out;
    }
}
