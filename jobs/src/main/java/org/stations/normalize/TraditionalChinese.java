package org.stations.normalize;

import com.ibm.icu.text.Transliterator;

/**
 * A report printed in traditional characters (a legacy export: 廣州市荔灣區, 評估, 萬元) read as simplified, so one
 * vocabulary of words serves both. Only for reading: the text is folded where {@link #holdsTraditional} finds it written
 * in traditional characters (many characters that only the traditional script has), otherwise returned as it is, so a
 * simplified report (and a megabyte of digits) costs one scan. ICU's Traditional-Simplified, read once into a table, maps character by character.
 */
public final class TraditionalChinese {
    private TraditionalChinese() {}

    /** Common characters that exist only in the traditional script (their simplified forms differ). */
    private static final String TRADITIONAL_ONLY =
            "國區務評報機構項會為這個們時說對與從來發開經濟變學習體員長門問間關點無當實據額費總計導證類網營處應產際條後將轉運達過還進質環節統級組織結綜續區購買穩崗滿購戶檔範圍協議數數續簽";
    /** How many traditional-only characters make a text traditional: a simplified report quoting a name or two has fewer. */
    static final int MIN_TRADITIONAL = 20;

    private static volatile Transliterator toSimplified;

    /** {@link #TRADITIONAL_ONLY} as a table over the ideographs: one look-up a character, not a search of the list. */
    private static final boolean[] IS_TRADITIONAL_ONLY = new boolean['\u9fff' - '\u3400' + 1];
    static {
        for (char c : TRADITIONAL_ONLY.toCharArray()) IS_TRADITIONAL_ONLY[c - '\u3400'] = true;
    }

    /** The text in simplified characters where it is written in traditional ones; else the text itself. */
    public static String fold(String text) {
        if (!holdsTraditional(text)) return text;
        return foldChars(text);
    }

    /** The CJK ideographs the table covers (the unified block and extension A): each maps to one character. */
    private static final char FIRST = '\u3400', LAST = '\u9fff';
    private static volatile char[] simplified;

    /**
     * Character by character through a table read once from ICU's Traditional-Simplified (each ideograph alone): a
     * megabyte folds in milliseconds, where the transliterator itself takes seconds, and lengths never change.
     */
    static String foldChars(String text) {
        char[] table = table();
        char[] out = text.toCharArray();
        for (int i = 0; i < out.length; i++) {
            char c = out[i];
            if (c >= FIRST && c <= LAST) out[i] = table[c - FIRST];
        }
        return new String(out);
    }

    private static char[] table() {
        char[] t = simplified;
        if (t != null) return t;
        synchronized (TraditionalChinese.class) {
            if (simplified != null) return simplified;
            Transliterator icu = transliterator();
            t = new char[LAST - FIRST + 1];
            for (char c = FIRST; c <= LAST; c++) {
                String s = icu.transliterate(String.valueOf(c));
                // a character ICU maps to more or other than one BMP character stays as printed
                t[c - FIRST] = s.length() == 1 ? s.charAt(0) : c;
                if (c == LAST) break;
            }
            simplified = t;
            return t;
        }
    }

    /** Whether the text holds at least {@link #MIN_TRADITIONAL} traditional-only characters; stops as soon as it does. */
    public static boolean holdsTraditional(String text) {
        int found = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= FIRST && c <= LAST && IS_TRADITIONAL_ONLY[c - FIRST] && ++found >= MIN_TRADITIONAL) return true;
        }
        return false;
    }

    /**
     * Names as the report prints them, for the fields kept as printed (a score item, an indicator's label): the
     * simplified name read from the folded text is found there and the same characters taken from the printed text.
     * The fold maps character by character, so positions agree; where they would not (or the name is not found) the
     * name read is kept.
     */
    public static final class Printed {
        private final String printed;
        private final String folded;

        /** @param text the text as printed, after the same compatibility folding (NFKC) the reading gave it */
        public Printed(String text) {
            this.printed = text;
            this.folded = holdsTraditional(text) ? foldChars(text) : text;
        }

        /** The name as printed, or the name itself where the text is not traditional or the name cannot be placed. */
        public String of(String name) {
            if (name == null || name.isEmpty() || folded == printed || folded.length() != printed.length()) return name;
            int at = folded.indexOf(name);
            return at < 0 ? name : printed.substring(at, at + name.length());
        }
    }

    private static Transliterator transliterator() {
        Transliterator t = toSimplified;
        if (t == null) toSimplified = t = Transliterator.getInstance("Traditional-Simplified");
        return t;
    }
}
