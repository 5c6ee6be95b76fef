package org.stations.model;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Chinese labels of the lake's codes that have no enum of their own (finding polarities, report types,
 * staffing events), and the themes' labels as a map. Charts, the data dictionary and notebooks show these beside the codes.
 */
public final class Codes {
    private Codes() {}

    /** finding.themes: each code's label, in the order of model/Theme. */
    public static final Map<String, String> THEME;
    static {
        Map<String, String> m = new LinkedHashMap<>();
        for (Theme t : Theme.values()) m.put(t.code, t.label);
        THEME = java.util.Collections.unmodifiableMap(m);
    }

    public static final Map<String, String> POLARITY = ordered("positive", "值得肯定", "concern", "需要关注");

    public static final Map<String, String> REPORT_TYPE;
    static {
        Map<String, String> m = new LinkedHashMap<>();
        for (ReportType t : ReportType.values()) m.put(t.code, t.label);
        REPORT_TYPE = java.util.Collections.unmodifiableMap(m);
    }

    public static final Map<String, String> EVENT = ordered("入职", "joined", "离职", "left", "调入", "transferred in",
            "调出", "transferred out");

    /** A theme's label, or the code itself for a code this list does not know. */
    public static String theme(String code) { return THEME.getOrDefault(code, code); }

    /** finding.party: a party's label, or the 片区 of an {@code area:<片区>} section. */
    public static String findingParty(String party) {
        if (party == null) return "未注明";
        if (party.startsWith("area:")) return party.substring("area:".length());
        try {
            return Party.of(party).label;
        } catch (IllegalArgumentException e) {
            return party;
        }
    }

    private static Map<String, String> ordered(String... pairs) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) m.put(pairs[i], pairs[i + 1]);
        return java.util.Collections.unmodifiableMap(m);
    }
}
