package org.stations.util;

import java.util.BitSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The characters every match of a pattern starts with, to find its matches in a long text: the text is scanned for
 * them (one table lookup per character) and the pattern tried only where one stands. java.util.regex tries a pattern
 * from every position, and a class of Chinese characters, even as a look-ahead, tests them one by one at each; over a
 * report of megabytes that is most of the cost of a pattern that matches a few times.
 */
public final class FirstChars {
    private final BitSet chars = new BitSet(1 << 16);

    private FirstChars() {}

    /** The first characters of plain words ("监督方|购买方|第三方"). */
    public static FirstChars ofWords(String words) {
        FirstChars f = new FirstChars();
        for (String w : words.split("\\|")) f.chars.set(w.charAt(0));
        return f;
    }

    /** These characters ("=＝"). */
    public static FirstChars of(String characters) {
        FirstChars f = new FirstChars();
        for (int i = 0; i < characters.length(); i++) f.chars.set(characters.charAt(i));
        return f;
    }

    private static final java.util.Map<Pattern, java.util.Optional<FirstChars>> OF_PATTERN = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * The first characters of a pattern that begins with a look-ahead for them ({@code (?=[…])}, as
     * Cn.startingWithOneOf writes it: characters, x-escapes and u-escapes, ranges) or with a
     * plain character; null for any other beginning, whose matches are then looked for from every position.
     */
    public static FirstChars of(Pattern p) {
        return OF_PATTERN.computeIfAbsent(p, x -> java.util.Optional.ofNullable(derived(x.pattern()))).orElse(null);
    }

    private static FirstChars derived(String regex) {
        if (regex.isEmpty() || hasTopLevelAlternative(regex)) return null;
        FirstChars f = new FirstChars();
        if (!regex.startsWith("(?=[")) {
            char c = regex.charAt(0);
            boolean quantified = regex.length() > 1 && "?*+{".indexOf(regex.charAt(1)) >= 0;
            if ("\\[](){}.*+?^$|".indexOf(c) >= 0 || quantified) return null;
            f.chars.set(c);
            return f;
        }
        int i = 4, previous = -1;
        while (i < regex.length() && regex.charAt(i) != ']') {
            int c;
            if (regex.startsWith("\\x{", i)) {
                int close = regex.indexOf('}', i);
                c = Integer.parseInt(regex.substring(i + 3, close), 16);
                i = close + 1;
            } else if (regex.startsWith("\\u", i)) {
                c = Integer.parseInt(regex.substring(i + 2, i + 6), 16);
                i += 6;
            } else if (regex.charAt(i) == '-' && previous >= 0 && i + 1 < regex.length() && regex.charAt(i + 1) != ']') {
                i++;
                int to;
                if (regex.startsWith("\\u", i)) { to = Integer.parseInt(regex.substring(i + 2, i + 6), 16); i += 6; }
                else if (regex.charAt(i) == '\\') return null;
                else to = regex.charAt(i++);
                f.chars.set(previous, to + 1);
                previous = -1;
                continue;
            } else if ("\\^[&".indexOf(regex.charAt(i)) >= 0) {
                return null; // an escape class (\\d), a negation, a nested class: not read here
            } else {
                c = regex.charAt(i++);
            }
            if (c > 0xFFFF) return null;
            f.chars.set(c);
            previous = c;
        }
        return i < regex.length() && regex.startsWith("])", i) && !f.chars.isEmpty() ? f : null;
    }

    /** Whether a | outside every group and class makes another beginning ("A…|B…"). */
    private static boolean hasTopLevelAlternative(String regex) {
        int depth = 0;
        boolean inClass = false;
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') { i++; continue; }
            if (inClass) { if (c == ']') inClass = false; continue; }
            if (c == '[') inClass = true;
            else if (c == '(') depth++;
            else if (c == ')') depth--;
            else if (c == '|' && depth == 0) return true;
        }
        return false;
    }

    public FirstChars and(FirstChars other) {
        FirstChars f = new FirstChars();
        f.chars.or(chars);
        f.chars.or(other.chars);
        return f;
    }

    /** The matches of {@code p}, whose every match starts with one of these characters, in {@code text}. */
    public Matches in(Pattern p, CharSequence text) {
        return new Matches(p.matcher(text), text, chars, 0, text.length());
    }

    /** The matches of {@code p} in {@code text}: from its first characters where {@link #of(Pattern)} knows them. */
    public static Matches matches(Pattern p, CharSequence text) {
        return matches(p, text, 0, text.length());
    }

    /** As {@link #matches(Pattern, CharSequence)}, for the matches within {@code from} and {@code to} (the text around them seen). */
    public static Matches matches(Pattern p, CharSequence text, int from, int to) {
        FirstChars f = of(p);
        return new Matches(p.matcher(text), text, f == null ? null : f.chars, from, to);
    }

    /** As {@link Matcher#find()}, from the positions that hold one of the characters only; the match is read from {@link #matcher()}. */
    public static final class Matches {
        private final Matcher m;
        private final CharSequence text;
        /** Null: every position (Matcher.find). */
        private final BitSet chars;
        private int from;
        private final int to;

        private Matches(Matcher m, CharSequence text, BitSet chars, int from, int to) {
            this.chars = chars;
            this.from = from;
            this.to = to;
            // look-behinds see the text before a position tried; ^ and $ keep meaning the text's ends
            this.m = m.useTransparentBounds(true).useAnchoringBounds(false);
            this.text = text;
            if (chars == null) m.region(from, to);
        }

        public boolean find() {
            if (chars == null) return m.find();
            int n = to;
            for (int i = from; i < n; i++) {
                if (!chars.get(text.charAt(i))) continue;
                m.region(i, n);
                if (m.lookingAt()) {
                    from = m.end() > i ? m.end() : i + 1;
                    return true;
                }
            }
            from = n;
            return false;
        }

        public Matcher matcher() { return m; }
    }
}
