package org.stations.extract;

import org.stations.model.Theme;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/** The themes a finding item names, by the words of each theme in model/Theme. */
public final class FindingThemes {
    private FindingThemes() {}

    private static final Map<String, Predicate<String>> THEMES = new LinkedHashMap<>();
    static {
        for (Theme t : Theme.values()) THEMES.put(t.code, matcher(t.words));
    }

    /**
     * Plain words are looked up with indexOf: one regex per theme and item cost a fifth of all extraction.
     * Words with regex syntax (a lookahead) are compiled.
     */
    private static Predicate<String> matcher(String words) {
        if (words.matches(".*[()?\\[\\]*+\\\\].*")) return Pattern.compile(words).asPredicate();
        String[] plain = words.split("\\|");
        return text -> {
            for (String w : plain) if (text.contains(w)) return true;
            return false;
        };
    }

    /** The theme codes an item's text names, in vocabulary order; empty when it names none. */
    public static List<String> of(String text) {
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, Predicate<String>> e : THEMES.entrySet()) if (e.getValue().test(text)) out.add(e.getKey());
        return out;
    }
}
