package org.stations.generate;

/** The evaluators' report layouts of the seed reports, each written the way its seed is. */
public enum Layout {
    /** seed 000: hard-wrapped PDF text, page numbers, four party sections, flattened annex table. */
    WRAPPED_000("000"),
    /** seed 001: long paragraphs after a header block, scores in 七、评估结果. */
    PARAGRAPHS_001("001"),
    /** seed 003: one paragraph per line, [bookmark: …] debris, one-cell-per-line TAB score table. */
    CELLS_003("003"),
    /** seed 004: long paragraphs after a header block, the grade only. */
    GRADE_ONLY_004("004"),
    /** seed 002: a 街道's 绩效评价报告 with two 项目期 tables. */
    PERFORMANCE_002("002");

    public final String seed;

    Layout(String seed) { this.seed = seed; }

    /** The layout of a station's 中期/末期 reports: every evaluator layout appears among any four consecutive stations. */
    static Layout forStation(int stationIndex) {
        return switch (stationIndex % 4) {
            case 0 -> WRAPPED_000;
            case 1 -> PARAGRAPHS_001;
            case 2 -> CELLS_003;
            default -> GRADE_ONLY_004;
        };
    }
}
