package org.stations.model;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The evaluation grades (评估等级) and their bands: 90 and above 优秀, 80 to 90 良好, 60 to 80 合格, below 60
 * 不合格. Extraction checks a printed grade against them, the generator writes them, charts draw their lines,
 * the district benchmark counts reports by them.
 */
public enum Grade {
    EXCELLENT("优秀", "excellent", 90),
    GOOD("良好", "good", 80),
    PASS("合格", "pass", 60),
    FAIL("不合格", "fail", Double.NEGATIVE_INFINITY);

    /** As reports print it, and as report.grade stores it. */
    public final String label;
    public final String en;
    /** The lowest total of the band. */
    public final double from;

    Grade(String label, String en, double from) {
        this.label = label;
        this.en = en;
        this.from = from;
    }

    /** The grade a total earns. */
    public static Grade of(double total) {
        for (Grade g : values()) if (total >= g.from) return g;
        return FAIL;
    }

    /** The bands as a report states them: "90/80/60". */
    public static final String BANDS = Arrays.stream(values()).filter(g -> g != FAIL)
            .map(g -> Integer.toString((int) g.from)).collect(Collectors.joining("/"));

    /** A regex alternation of the printed grades, the longest first (不合格 before 合格). */
    public static final String WORDS = Arrays.stream(values()).map(g -> g.label)
            .sorted(java.util.Comparator.comparingInt(String::length).reversed()).collect(Collectors.joining("|"));
}
