package org.stations.util;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
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

    private static final java.util.Map<Pattern, java.util.Optional<FirstChars>> OF_PATTERN = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * The characters every match of a pattern can start with, read from the pattern's beginning: a look-ahead for a
     * class ({@code (?=[…])}, as Cn.startingWithOneOf writes it), a class, {@code \\d}, a plain character, a group of
     * such beginnings, alternatives of them; look-behinds are passed over. Null for any other beginning (an optional
     * first element, {@code .}, a negated class, flags), whose matches are then looked for from every position.
     */
    public static FirstChars of(Pattern p) {
        return OF_PATTERN.computeIfAbsent(p, x -> {
            if ((x.flags() & (Pattern.CASE_INSENSITIVE | Pattern.COMMENTS | Pattern.LITERAL)) != 0) return java.util.Optional.empty();
            BitSet b = alternatives(x.pattern());
            if (b == null || b.isEmpty()) return java.util.Optional.empty();
            FirstChars f = new FirstChars();
            f.chars.or(b);
            return java.util.Optional.of(f);
        }).orElse(null);
    }

    /** The first characters of "A|B|…": the union of each alternative's, or null where one is not known. */
    private static BitSet alternatives(String regex) {
        BitSet all = new BitSet();
        for (String alternative : topLevel(regex)) {
            BitSet b = sequence(alternative);
            if (b == null) return null;
            all.or(b);
        }
        return all;
    }

    /** The first characters of a sequence of elements: its first element's, which must not be optional. */
    private static BitSet sequence(String s) {
        if (s.isEmpty()) return null;
        char c = s.charAt(0);
        if (s.startsWith("(?<=") || s.startsWith("(?<!")) {
            int close = closing(s, 0);
            return close < 0 ? null : sequence(s.substring(close + 1)); // a look-behind reads nothing of the match
        }
        if (s.startsWith("(?=[")) {
            int end = classEnd(s, 3);
            return end < 0 || !s.startsWith(")", end + 1) ? null : charClass(s.substring(4, end));
        }
        if (c == '(') {
            int close = closing(s, 0);
            if (close < 0 || optional(s, close + 1)) return null;
            String inner = s.substring(1, close);
            if (inner.startsWith("?:")) inner = inner.substring(2);
            else if (inner.startsWith("?<") && !inner.startsWith("?<=") && !inner.startsWith("?<!")) inner = inner.substring(inner.indexOf('>') + 1);
            else if (inner.startsWith("?")) return null; // flags, look-aheads of other forms, atomic groups
            return alternatives(inner);
        }
        if (c == '[') {
            int end = classEnd(s, 0);
            return end < 0 || optional(s, end + 1) ? null : charClass(s.substring(1, end));
        }
        if (s.startsWith("\\d")) return optional(s, 2) ? null : digits();
        if ("\\.^$|)*+?{}]".indexOf(c) >= 0) return null;
        if (optional(s, 1)) return null;
        BitSet b = new BitSet();
        b.set(c);
        return b;
    }

    private static BitSet digits() {
        BitSet b = new BitSet();
        b.set('0', '9' + 1);
        return b;
    }

    /** Whether the element ending before {@code at} may be left out: ?, * or a count from zero after it. */
    private static boolean optional(String s, int at) {
        return at < s.length() && (s.charAt(at) == '?' || s.charAt(at) == '*' || s.startsWith("{0", at) || s.startsWith("{,", at));
    }

    /** The characters of a class's content ("a-z\\d监"), or null for negations, nested classes and other escapes. */
    private static BitSet charClass(String content) {
        BitSet b = new BitSet();
        int i = 0, previous = -1;
        while (i < content.length()) {
            int c;
            if (content.startsWith("\\x{", i)) {
                int close = content.indexOf('}', i);
                if (close < 0) return null;
                c = Integer.parseInt(content.substring(i + 3, close), 16);
                i = close + 1;
            } else if (content.startsWith("\\u", i) && i + 6 <= content.length()) {
                c = Integer.parseInt(content.substring(i + 2, i + 6), 16);
                i += 6;
            } else if (content.startsWith("\\d", i)) {
                b.or(digits());
                i += 2;
                previous = -1;
                continue;
            } else if (content.charAt(i) == '\\' && i + 1 < content.length() && !Character.isLetterOrDigit(content.charAt(i + 1))) {
                c = content.charAt(i + 1);
                i += 2;
            } else if (content.charAt(i) == '-' && previous >= 0 && i + 1 < content.length()) {
                i++;
                int to;
                if (content.startsWith("\\u", i) && i + 6 <= content.length()) { to = Integer.parseInt(content.substring(i + 2, i + 6), 16); i += 6; }
                else if (content.charAt(i) == '\\' || content.charAt(i) == '[') return null;
                else to = content.charAt(i++);
                if (to < previous) return null;
                b.set(previous, to + 1);
                previous = -1;
                continue;
            } else if ("\\^[&".indexOf(content.charAt(i)) >= 0) {
                return null; // an escape class (\\s, \\w), a negation, a nested class or an intersection
            } else {
                c = content.charAt(i++);
            }
            if (c > 0xFFFF) return null;
            b.set(c);
            previous = c;
        }
        return b;
    }

    /** The index of the ] that closes the class opened at {@code open}, or -1. */
    private static int classEnd(String s, int open) {
        for (int i = open + 1; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\') { i++; continue; }
            if (c == '[') return -1;
            if (c == ']' && i > open + 1) return i;
        }
        return -1;
    }

    /** The index of the ) that closes the group opened at {@code open}, or -1. */
    private static int closing(String s, int open) {
        int depth = 0;
        for (int i = open; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\') { i++; continue; }
            if (c == '[') {
                int end = classEnd(s, i);
                if (end < 0) return -1;
                i = end;
                continue;
            }
            if (c == '(') depth++;
            else if (c == ')' && --depth == 0) return i;
        }
        return -1;
    }

    /** The alternatives of a regex split at its top-level |. */
    private static List<String> topLevel(String regex) {
        List<String> out = new ArrayList<>();
        int depth = 0, from = 0;
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') { i++; continue; }
            if (c == '[') {
                int end = classEnd(regex, i);
                if (end < 0) { out.add(""); return out; } // not read: an empty alternative makes the whole unknown
                i = end;
                continue;
            }
            if (c == '(') depth++;
            else if (c == ')') depth--;
            else if (c == '|' && depth == 0) { out.add(regex.substring(from, i)); from = i + 1; }
        }
        out.add(regex.substring(from));
        return out;
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
