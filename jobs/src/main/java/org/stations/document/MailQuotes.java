package org.stations.document;

import java.util.ArrayList;
import java.util.List;

/**
 * A report sent as the body of an e-mail and saved as text: every line of the body quoted with "> " (a reply or a
 * forward quotes it line by line). The body's quote level is the one most of the quoted text stands at; its marks are
 * removed, so the body reads as the report it is. A line quoted deeper is a quotation inside the body (someone else's
 * figures the writer cites, e.g. a station's self-reported numbers): not this report's statement, so it becomes a blank
 * line. Lines quoted less (the mail headers, a forwarder's note) stay as they are. Per line, one pass.
 */
public final class MailQuotes {
    private MailQuotes() {}

    /** Fewer quoted lines than this is no quoted body (a stray "> 90%" line of a table of thresholds). */
    static final int MIN_QUOTED_LINES = 5;
    /** Deeper than this is no mail quoting. */
    private static final int MAX_DEPTH = 9;

    /** The lines with the body's quote marks removed and deeper quotations blanked; the list itself when there is no quoted body. */
    public static List<String> unquote(List<String> lines) {
        int[] textAtDepth = new int[MAX_DEPTH + 1];
        int quoted = 0;
        for (String l : lines) {
            int d = depth(l);
            if (d <= 0) continue;
            quoted++;
            if (markEnd(l) < l.length()) textAtDepth[d]++;
        }
        if (quoted < MIN_QUOTED_LINES) return lines;
        int body = 1;
        for (int d = 2; d <= MAX_DEPTH; d++) if (textAtDepth[d] > textAtDepth[body]) body = d;
        List<String> out = new ArrayList<>(lines.size());
        for (String l : lines) {
            int d = depth(l);
            if (d < body) out.add(l);
            else if (d == body) out.add(l.substring(markEnd(l)));
            else out.add("");
        }
        return out;
    }

    /**
     * How many quote marks open the line: "> text" 1, ">> text" and "> > text" 2; 0 for no quoting, and -1 where a '>'
     * is part of the text (">90%", a threshold): a mark is followed by a space, another mark or the line's end.
     */
    static int depth(String l) {
        int d = 0, i = 0, n = l.length();
        while (i < n && l.charAt(i) == ' ' && i < 4) i++;
        while (i < n && l.charAt(i) == '>') {
            if (i + 1 < n && l.charAt(i + 1) != ' ' && l.charAt(i + 1) != '>' && l.charAt(i + 1) != '\t') return -1;
            d++;
            i++;
            if (i < n && l.charAt(i) == ' ' && i + 1 < n && l.charAt(i + 1) == '>') i++;
        }
        return d > MAX_DEPTH ? -1 : d;
    }

    /** Where the text after the quote marks (and the one space after the last) starts. */
    private static int markEnd(String l) {
        int i = 0, n = l.length();
        while (i < n && (l.charAt(i) == ' ' || l.charAt(i) == '>')) {
            if (l.charAt(i) == '>' && i + 1 < n && l.charAt(i + 1) == ' ' && (i + 2 >= n || l.charAt(i + 2) != '>')) return i + 2;
            i++;
        }
        return i;
    }
}
