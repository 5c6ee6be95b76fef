package org.stations.extract;

import org.stations.model.Party;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.stations.normalize.TextNormalizer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.stations.extract.Cn.NUM;

/**
 * The four parties' scores, the total and the grade — from "购买方评估 得分：20.00分" lines or from
 * a score table (评估内容 / 标准分 / 评分 / 折算分) whose third-party items are listed one by one.
 */
public final class ScoreExtractor {
    private ScoreExtractor() {}

    public record PartyScore(Party party, double score, String evidence) {
        public Row toRow(String reportId) {
            return RowFactory.create(reportId, party.code, party.label, score, party.maxScore, evidence);
        }
    }

    public record ScoreItem(String item, String area, Double maxScore, Double score, Double convertedScore, String evidence) {
        public Row toRow(String reportId) {
            return RowFactory.create(reportId, Party.THIRD_PARTY.code, item, area, maxScore, score, convertedScore, evidence);
        }
    }

    public static final class Scores {
        public final Map<Party, PartyScore> parties = new LinkedHashMap<>();
        public final List<ScoreItem> items = new ArrayList<>();
        /** Every total the report prints, in order: a second, different one is a contradiction. */
        public final List<Double> totals = new ArrayList<>();
        public String totalEvidence;
        public String grade;

        public Double total() { return totals.isEmpty() ? null : totals.get(0); }
    }

    private static final Pattern PARTY_LINE = Pattern.compile(
            "(购买方|监督方|督导中心|第三方)(?:专业)?(?:评估)?[^:：\\d\\n]{0,12}?(?:得分|评分|分数)[:：]?\\s*" + NUM + "\\s*分?");
    private static final Pattern TOTAL = Pattern.compile("(?:四项)?总得分[:：]?\\s*" + NUM + "\\s*分");
    private static final Pattern GRADE_WITH_TOTAL = Pattern.compile(
            "等级为[:：]?\\s*[\"“”']?(优秀|良好|合格|不合格)[\"“”']?\\s*[(（]\\s*" + NUM + "\\s*分\\s*[)）]");
    private static final Pattern GRADE = Pattern.compile("等级(?:为|是)?[:：]?\\s*[\"“”']?(优秀|良好|合格|不合格)");
    private static final Pattern AREA_IN_ITEM = Pattern.compile("^(.*?)[(（](.*?)[)）]$");

    public static Scores extract(ReportText t) {
        Scores s = new Scores();
        Matcher m = PARTY_LINE.matcher(t.text());
        while (m.find()) {
            Party p = Party.named(m.group(1));
            double v = Double.parseDouble(m.group(2));
            s.parties.putIfAbsent(p, new PartyScore(p, v, t.sentenceOf(m)));
        }
        scoreTable(t, s);
        Matcher tm = TOTAL.matcher(t.text());
        while (tm.find()) {
            s.totals.add(Double.valueOf(tm.group(1)));
            if (s.totalEvidence == null) s.totalEvidence = t.sentenceOf(tm);
        }
        Matcher gt = GRADE_WITH_TOTAL.matcher(t.text());
        if (gt.find()) {
            s.grade = gt.group(1);
            s.totals.add(0, Double.valueOf(gt.group(2)));
            s.totalEvidence = t.sentenceOf(gt);
        }
        if (s.grade == null) {
            Matcher g = GRADE.matcher(t.text());
            if (g.find()) s.grade = g.group(1);
        }
        return s;
    }

    /** A table whose header row names 标准分 and 评分: items, the parties' rows and 总分. */
    private static void scoreTable(ReportText t, Scores s) {
        boolean inTable = false;
        for (String line : t.lines()) {
            if (line.isEmpty() || line.charAt(0) != TextNormalizer.CELL) { inTable = false; continue; }
            String[] cells = line.substring(1).split(String.valueOf(TextNormalizer.CELL), -1);
            if (!inTable) {
                inTable = line.contains("标准分") && (line.contains("评分") || line.contains("得分"));
                continue;
            }
            String label = cells[0].strip();
            String evidence = String.join(" | ", cells).strip();
            if (label.startsWith("总分") || label.startsWith("合计")) {
                Double total = lastNumber(cells);
                if (total != null) { s.totals.add(total); if (s.totalEvidence == null) s.totalEvidence = evidence; }
                continue;
            }
            Party p = Party.named(label);
            Double max = cell(cells, 1), score = cell(cells, 2), converted = cell(cells, 3);
            if (p != null && p != Party.THIRD_PARTY) {
                Double v = converted != null ? converted : score;
                if (v != null) s.parties.putIfAbsent(p, new PartyScore(p, v, evidence));
                continue;
            }
            Matcher a = AREA_IN_ITEM.matcher(label);
            String item = a.matches() ? a.group(1) : label;
            String area = a.matches() ? Cn.areaName(a.group(2)) : null;
            if (score != null || converted != null) s.items.add(new ScoreItem(item, area, max, score, converted, evidence));
        }
        if (!s.items.isEmpty() && !s.parties.containsKey(Party.THIRD_PARTY)) {
            Map<String, Double> used = itemsUsed(s.items);
            double sum = used.values().stream().mapToDouble(Double::doubleValue).sum();
            String how = String.join(" + ", used.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).toList());
            s.parties.put(Party.THIRD_PARTY, new PartyScore(Party.THIRD_PARTY, Cn.round(sum, 2), "第三方 = 各评估内容折算分之和: " + how));
        }
    }

    /**
     * The items used for the third-party score: an item printed per 片区 counts once, by its
     * converted score (the mean of its areas); an item without a converted score by its score.
     */
    static Map<String, Double> itemsUsed(List<ScoreItem> items) {
        Map<String, Double> byItem = new LinkedHashMap<>();
        Map<String, Boolean> hasConverted = new LinkedHashMap<>();
        for (ScoreItem i : items) hasConverted.merge(i.item(), i.convertedScore() != null, Boolean::logicalOr);
        for (ScoreItem i : items) {
            Double v = hasConverted.get(i.item()) ? i.convertedScore() : i.score();
            if (v != null) byItem.merge(i.item(), v, Double::sum);
        }
        return byItem;
    }

    private static Double cell(String[] cells, int i) {
        return i < cells.length ? Cn.num(cells[i]) : null;
    }

    private static Double lastNumber(String[] cells) {
        for (int i = cells.length - 1; i >= 1; i--) {
            Double v = Cn.num(cells[i]);
            if (v != null) return v;
        }
        return null;
    }
}
