package org.stations.model;

import java.util.List;

/**
 * What a table column holds, known from the words of its header — never from its position. One vocabulary for
 * every table a report prints: indicators, scores, staffing. The order of the constants is the order of the
 * checks: a more specific word first (完成率 before 完成, 得分率 before 得分, 计入得分 before 得分).
 */
public enum ColumnRole {
    /**
     * Another body's or another period's figure printed beside the station's own for comparison (全市平均完成率, 上年度得分):
     * never the report's value. First, so that 全市平均完成率 is not read as a completion nor 上年度末期得分 as a score.
     */
    COMPARISON("全市平均", "全区平均", "市平均", "区平均", "平均水平", "上年度", "上一年度", "上年同期", "去年",
            // the count the period started with (期初 | 期末, 上期末 | 本期末): the report's figure is the end's
            "上期末", "期初"),
    /** A rate printed beside a score (得分率) or a share: derived, never read as a value. */
    RATE("得分率", "占比", "比例(%)"),
    COMPLETION("完成率", "完成进度", "完成比例", "完成百分比", "达成率", "完成度"),
    /** Difference columns (差额 +3): derived. */
    DIFFERENCE("差额", "差值", "超配", "增减", "差异"),
    CONVERTED("折算得分", "折算分", "折算", "计入得分", "计入总分", "计入"),
    MAX("满分", "标准分", "分值", "权重", "总分值", "应得分"),
    /**
     * A score before weighting, out of 100 (原始分 92.0, 维度得分 88.00 beside 权重 20% and 加权得分 17.60): not the
     * score that counts, never read as one. Before SCORE, whose 得分 it contains.
     */
    RAW("原始分", "维度得分"),
    SCORE("实际得分", "得分", "评分", "分数", "评估得分"),
    TARGET("全年指标", "协议指标", "年度指标", "合同指标", "片区指标", "站点指标", "协议数", "指标值", "年度目标", "协议要求",
            "指标要求", "指标量", "指标数", "指标任务", "任务量", "年度任务", "全年任务", "协议量", "目标值", "目标", "要求", "应配",
            "应到", "计划数", "计划", "协议配备", "合同配备", "要求配备"),
    ACTUAL("实际完成值", "实际完成", "完成数", "完成量", "中期完成", "累计完成", "完成值", "完成情况", "实际值", "实际", "实到",
            "合计", "小计", "总计", "全站", "本站", "完成",
            // a progress cell ("已完成 1,086", "未完成 43") holds the count done, not a rate (完成进度 is a rate, above)
            "进度", "本期末", "期末",
            // a head count beside a staffing row's label (项目 | 人数 | 说明: 期末在岗 | 17)
            "人数",
            // a key/value sheet's value column (项目 | 数值 | 说明)
            "数值"),
    AREA("所属片区", "片区"),
    CATEGORY("服务类别", "服务类型", "服务领域", "一级指标", "类别", "类型", "领域", "板块"),
    LABEL("服务指标", "指标名称", "指标项目", "评估内容", "评估项目", "评估主体", "评估方", "考核内容", "服务项目", "项目", "指标",
            "内容", "名称", "评估维度"),
    /** The unit of each row's numbers (户, 节, 人次), printed apart from the label: it names the measure. */
    UNIT("计量单位", "单位"),
    SEQUENCE("序号", "编号"),
    NOTE("备注", "说明");

    public final List<String> words;

    ColumnRole(String... words) {
        this.words = List.of(words);
    }

    /** values() copies its array on every call; of() runs once per line of a report. */
    private static final ColumnRole[] ROLES = values();
    private static final java.util.regex.Pattern WHITESPACE = java.util.regex.Pattern.compile("\\s+");

    /** Headers that name who or what a row is, though they contain a value word (评分主体 holds 评分). */
    private static final List<String> LABEL_FIRST = List.of("评分主体", "评估主体", "评分方", "评分单位", "评分机构", "评估单位", "评价主体",
            "评分项目", "评分内容", "评分指标",
            // the rule a row scores by (评分细则 | 分值 | 扣分 | 得分): its text, not a score
            "评分细则", "评分标准", "评分要点", "评分依据");

    /** The role a header cell's words give, or null when none of the vocabulary's words is in it. */
    public static ColumnRole of(String header) {
        if (header == null) return null;
        String h = header;
        for (int i = 0; i < h.length(); i++) {
            if (Character.isWhitespace(h.charAt(i))) { h = WHITESPACE.matcher(header).replaceAll(""); break; }
        }
        // a header ending in 说明 or 备注 names notes on what the columns before it hold (完成情况说明), whatever words precede
        if (h.endsWith("说明") || h.endsWith("备注")) return NOTE;
        // the first role in the order of the constants that has a word in the header (a LABEL_FIRST word before all):
        // the words starting at each character are looked up, not every word of the vocabulary searched for
        int best = Integer.MAX_VALUE;
        for (int i = 0; i < h.length(); i++) {
            List<Word> starting = WORDS_BY_FIRST_CHAR.get(h.charAt(i));
            if (starting == null) continue;
            for (Word w : starting) if (w.rank < best && h.startsWith(w.text, i)) best = w.rank;
        }
        return best == Integer.MAX_VALUE ? null : best < 0 ? LABEL : ROLES[best];
    }

    /** A vocabulary word and the rank of its role: the role's ordinal, -1 for a LABEL_FIRST word. */
    private record Word(String text, int rank) {}

    private static final java.util.Map<Character, List<Word>> WORDS_BY_FIRST_CHAR = wordsByFirstChar();

    private static java.util.Map<Character, List<Word>> wordsByFirstChar() {
        java.util.Map<Character, List<Word>> m = new java.util.HashMap<>();
        for (String w : LABEL_FIRST) m.computeIfAbsent(w.charAt(0), c -> new java.util.ArrayList<>()).add(new Word(w, -1));
        for (ColumnRole r : ROLES) {
            for (String w : r.words) m.computeIfAbsent(w.charAt(0), c -> new java.util.ArrayList<>()).add(new Word(w, r.ordinal()));
        }
        return m;
    }

    /**
     * The role of one part of a header that is known to name a figure (完成/指标 over cells such as 395/380): there 指标
     * or 目标 alone is the target, not the indicator's name.
     */
    public static ColumnRole ofFigure(String part) {
        ColumnRole r = of(part);
        if ((r == null || !r.isValue()) && part != null && (part.contains("指标") || part.contains("目标"))) return TARGET;
        return r;
    }

    /** Whether the column holds numbers a row is read for (not a label, a note or a derived figure). */
    public boolean isValue() {
        return this == COMPLETION || this == CONVERTED || this == MAX || this == SCORE || this == TARGET || this == ACTUAL;
    }
}
