package org.stations.model;

/**
 * The quality checks of CONTRACT.md (quality_flag.check), with what each means in Chinese and English.
 * Extraction and ingest raise them; pages, the workbook and the data dictionary name them.
 */
public enum Check {
    PARTY_SUM_MISMATCH("party_sum_mismatch", "四方得分之和与总分不符", "the parties' points do not add up to the total"),
    GRADE_MISMATCH("grade_mismatch", "等级与总分不符", "the grade does not match the score"),
    COMPLETION_MISMATCH("completion_mismatch", "印出的完成率不等于实际/目标", "a printed % is not actual / target"),
    CONFLICTING_VALUES("conflicting_values", "同一数值前后不一", "one value stated twice differently (the first is kept)"),
    AREA_SUM_MISMATCH("area_sum_mismatch", "片区之和与全站不符", "the 片区 rows do not add up to the station's"),
    ITEMS_DO_NOT_ADD_UP("items_do_not_add_up", "分项之和与该方得分不符", "score items do not add up to the party's score"),
    TABLE_UNPARSED("table_unparsed", "表格未能读出", "a table whose columns or rows could not be read"),
    ROSTER_MISMATCH("roster_mismatch", "人员附件与正文不符",
            "the staffing annex disagrees with the prose (持续在岗, 离职/入职 counts)"),
    REVISION("revision", "同一评估的修订版", "a later file of the same evaluation replaced an earlier one"),
    EXTRACTOR_FAILED("extractor_failed", "某项抽取失败", "one extractor failed; the rest of the report is kept"),
    NOT_EXTRACTED("not_extracted", "正文提及但未读出", "the text speaks of scores, indicators or staffing but none was read"),
    LONG_LINE("long_line", "超长行已拆分读取", "a line too long to read whole was split into shorter ones; a value across a split may be missed");

    /** As quality_flag.check stores it. */
    public final String code;
    public final String label;
    public final String en;

    Check(String code, String label, String en) {
        this.code = code;
        this.label = label;
        this.en = en;
    }

    /** The check of a stored code, or null for a code this list does not know. */
    public static Check of(String code) {
        for (Check c : values()) if (c.code.equals(code)) return c;
        return null;
    }
}
