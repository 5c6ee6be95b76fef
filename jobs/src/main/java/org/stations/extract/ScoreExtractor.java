package org.stations.extract;

import org.stations.util.FirstChars;
import org.stations.model.Table;
import org.stations.model.Grade;
import org.stations.model.Party;
import org.apache.spark.sql.Row;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.MatchResult;
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
            return Table.PARTY_SCORE.row().set("report_id", reportId).set("party", party.code).set("party_label", party.label)
                    .set("score", score).set("max_score", party.maxScore).set("evidence", evidence).build();
        }
    }

    public record ScoreItem(String item, String area, Double maxScore, Double score, Double convertedScore, String evidence) {
        public Row toRow(String reportId) {
            return Table.SCORE_ITEM.row().set("report_id", reportId).set("party", Party.THIRD_PARTY.code).set("item", item)
                    .set("area", area).set("max_score", maxScore).set("score", score).set("converted_score", convertedScore)
                    .set("evidence", evidence).build();
        }
    }

    public static final class Scores {
        public final Map<Party, PartyScore> parties = new LinkedHashMap<>();
        public final List<ScoreItem> items = new ArrayList<>();
        /** Every total the report prints, in order: a second, different one is a contradiction. */
        public final List<Double> totals = new ArrayList<>();
        public String totalEvidence;
        public String grade;
        public String gradeEvidence;

        /** The sum an equation of the parties' scores ends with, once its terms add up to it. */
        Double equationTotal;
        String equationEvidence;

        public Double total() { return totals.isEmpty() ? null : totals.get(0); }
    }

    /**
     * One of {@code words} as group 1, behind a look-ahead for their first characters: these patterns run over the whole
     * text, and the look-ahead turns away most positions with one test instead of one per word.
     */
    private static String oneOf(String words) {
        return Cn.startingWithOneOf(words) + "(" + words + ")";
    }


    private static final Pattern PARTY_LINE = Pattern.compile(
            oneOf(Party.LABELS) + "(?:专业)?(?:评估)?[^:：\\d\\n]{0,12}?(?:得分|评分|分数)[:：]?\\s*" + NUM + "\\s*分?");
    /**
     * A party's score in a sentence, in any of the ways evaluators write it: "监督方（越秀区民政局）评估：8.85 分",
     * "市督导中心评分12.90分（满分15分）", "第三方评估机构评估得分为 40.17 分". Between the party and the number only a
     * few words that say "scored" (评估, 评分, 得分, 为, ：); never 满分, 权重 or 占, which state the maximum.
     */
    private static final Pattern PARTY_SENTENCE = Pattern.compile(
            oneOf(Party.WORDS) + "(?:[(（][^()（）]{1,30}[)）])?(?:评估机构)?(?:[(（][^()（）]{1,30}[)）])?"
            + "([^\\d。；;,，、\\n]{0,10}?)\\s*" + NUM + "\\s*分");
    /** The words that say a number is what a party gave, once the name 评估机构 is set aside. */
    private static final Pattern SCORED = Pattern.compile("评估|评分|得分|分数|给出|给予|打分|评定|为|是|[:：]");
    /** "各方评分依次为：监督方8.80分、购买方18.90分…": parties with their numbers right after a sentence's 评分/得分. */
    private static final Pattern SCORES_FOLLOW = Pattern.compile("(?:评分|得分)(?:情况)?(?:依次|分别)?(?:为|如下)[:：]?");
    private static final Pattern NOT_A_SCORE = Pattern.compile("满分|权重|占|最高|总分|分值|标准分|包括|其中|构成|由|(?<![得评])分为");
    /** A score as printed in a list or an equation: at most three digits and two decimals. */
    private static final String SCORE = "\\d{1,3}(?:\\.\\d{1,2})?";
    /**
     * "按购买方、监督方、市督导中心、第三方评估机构的顺序，四方评分依次为18.5、9.2、13.1、47.6分": numbers listed after
     * 依次为/分别为 belong to the parties named before them in the sentence, in that order.
     */
    private static final Pattern IN_ORDER = Pattern.compile(
            "(?:依次|分别)(?:为|是)[:：]?\\s*+(" + SCORE + "(?:\\s*+分?\\s*+[、,，]\\s*+" + SCORE + "){1,5})\\s*+分");
    private static final Pattern PARTY_WORD = Pattern.compile(Party.WORDS);
    private static final Pattern LISTED_SCORE = Pattern.compile(SCORE);
    /** "总分＝监督方9.30＋购买方18.80＋督导中心13.05＋第三方47.10＝88.25（分）": the parties' scores as the terms of a sum. */
    private static final String TERM = "(?:" + Party.WORDS + ")\\s*+" + SCORE + "\\s*+分?";
    private static final Pattern EQUATION = Pattern.compile(
            "[=＝]\\s*+(" + TERM + "(?:\\s*+[+＋]\\s*+" + TERM + "){1,5})\\s*+[=＝]\\s*+(" + SCORE + ")");
    private static final Pattern EQUATION_TERM = Pattern.compile("(" + Party.WORDS + ")\\s*+(" + SCORE + ")");
    /** "第三方评估百分制得分为83.60分，按55%折算为45.98分": the converted score is the one the party gives. */
    private static final Pattern CONVERTED = Pattern.compile(
            oneOf(Party.WORDS) + "[^。；;\\n]{0,30}?折算(?:后)?(?:为|得分为?|[:：])?\\s*+(" + SCORE + ")\\s*+分");
    /**
     * A party's score stated after its maximum: "监督方（越秀区民政局）评分：满分10分，得9.05分", or as the maximum less a
     * deduction, "购买方（东山街道办事处）评分：满分20分，扣1.5分" (18.5: what the sentence states, in two numbers).
     */
    private static final Pattern AFTER_MAXIMUM = Pattern.compile(
            oneOf(Party.WORDS) + "(?:[(（][^()（）]{1,30}[)）])?[^\\d。；;,，\\n]{0,10}?满分\\s*+(" + SCORE + ")\\s*+分\\s*+[,，]\\s*+"
            + "(得分?|扣分?|扣除)(?:为|[:：])?\\s*+(" + SCORE + ")\\s*+分");

    /**
     * A score someone gives, stated after the words that say so: "给予沙河街社工站9.20分", "评分为13.10分", "本次评分46.35分"
     * (between 给予 and the number only a few words naming who was scored). The party is the one the sentence names.
     */
    private static final Pattern GIVEN_SCORE = Pattern.compile(Cn.startingWithOneOf("给予|给出|评分|打分|评定")
            + "(?:(?:给予|给出)[^\\d。；;,，、\\n]{0,12}?|(?:评分|打分|评定)(?:结果)?(?:为|是|[:：])?\\s*+)(" + SCORE + ")\\s*+分");

    private static final String TOTAL_WORDS = "四项总得分|四方评估总分|四方评分合计|四方合计|四方总分|评估总分|评分合计|总得分|综合得分|总分|合计得分|绩效评价得分|最终得分";
    private static final Pattern TOTAL = Pattern.compile(
            Cn.startingWithOneOf(TOTAL_WORDS) + "(?:" + TOTAL_WORDS + ")(?:为|是|[:：])?\\s*" + NUM + "\\s*分");
    /** What follows a number that is a rule, not a result: "总分 100 分，由四方评分相加", "总分90分及以上为优秀". */
    private static final Pattern RULE_AFTER = Pattern.compile("^\\s*+[,，]?\\s*+(?:由|及以上|以上|以下|为(?:" + Grade.WORDS + ")|制|满分)");
    private static final Pattern GRADE_WITH_TOTAL = Pattern.compile(
            "等级为[:：]?\\s*[\"“”'「]?(" + Grade.WORDS + ")[\"“”'」]?\\s*[(（]\\s*" + NUM + "\\s*分\\s*[)）]");
    private static final Pattern GRADE = Pattern.compile(
            "(?:等级(?:为|是|评定为|评为)?|评定为|评为|结果为)[:：]?\\s*[\"“”'「]?(" + Grade.WORDS + ")(?![^。；;]{0,3}(?:及以上|以上))");

    /**
     * Scores: the tables' first (a row read by its header is the more certain reading), then what sentences state.
     * {@code prose} is the report's paragraphs only, so a table row is never read twice.
     */
    public static Scores extract(ReportText prose, TableExtractor.Result tables) {
        Scores s = new Scores();
        s.parties.putAll(tables.parties);
        s.items.addAll(tables.items);
        String text = prose.text();
        converted(prose, s);
        listedInOrder(prose, s);
        equation(prose, s);
        afterMaximum(prose, s);
        for (Pattern p : new Pattern[]{PARTY_LINE, PARTY_SENTENCE}) {
            FirstChars.Matches found = FirstChars.matches(p, text);
            Matcher m = found.matcher();
            while (found.find()) {
                if (p == PARTY_SENTENCE && (NOT_A_SCORE.matcher(m.group(2)).find()
                        || !(SCORED.matcher(m.group(2).replace("评估机构", "")).find() || (m.group(2).isBlank() && scoresFollow(text, m.start())))
                        || allAtTheirMaximum(text, m.start()))) continue;
                Party party = Party.named(m.group(1));
                if (party == null) continue;
                double v = Double.parseDouble(m.group(p == PARTY_LINE ? 2 : 3));
                if (v > party.maxScore) continue; // a number above the party's maximum is not its score
                s.parties.putIfAbsent(party, new PartyScore(party, v, prose.sentenceOf(m)));
            }
        }
        spokenScores(prose, s);
        FirstChars.Matches gradeWithTotal = FirstChars.matches(GRADE_WITH_TOTAL, text);
        Matcher gt = gradeWithTotal.matcher();
        if (gradeWithTotal.find()) {
            s.grade = gt.group(1);
            s.totals.add(Double.valueOf(gt.group(2)));
            s.totalEvidence = prose.sentenceOf(gt);
        }
        FirstChars.Matches totals = FirstChars.matches(TOTAL, text);
        Matcher tm = totals.matcher();
        while (totals.find()) {
            if (RULE_AFTER.matcher(text.substring(tm.end(), Math.min(text.length(), tm.end() + 8))).find()) continue;
            // "第三方评估总得分": one party's total, not the report's
            if (Party.named(text.substring(Math.max(0, tm.start() - 8), tm.start())) != null
                    && !text.substring(Math.max(0, tm.start() - 8), tm.start()).contains("四方")) continue;
            double v = Double.parseDouble(tm.group(1));
            if (v >= 100) continue; // "评估总分为100分，其中…": the scale, not a result
            s.totals.add(v);
            if (s.totalEvidence == null) s.totalEvidence = prose.sentenceOf(tm);
        }
        if (s.equationTotal != null) {
            s.totals.add(s.equationTotal);
            if (s.totalEvidence == null) s.totalEvidence = s.equationEvidence;
        }
        for (Double v : tables.totals) {
            s.totals.add(v);
            if (s.totalEvidence == null) s.totalEvidence = tables.totalEvidence;
        }
        if (s.grade == null) {
            FirstChars.Matches grades = FirstChars.matches(GRADE, text);
            Matcher g = grades.matcher();
            if (grades.find()) { s.grade = g.group(1); s.gradeEvidence = prose.sentenceOf(g); }
            else if (tables.grade != null) { s.grade = tables.grade; s.gradeEvidence = tables.gradeEvidence; }
        } else {
            s.gradeEvidence = s.totalEvidence;
        }
        if (s.items.isEmpty()) proseItems(prose, s);
        proseAreaScores(prose, s);
        thirdPartyFromItems(s);
        return s;
    }

    /**
     * A score in a sentence about one party only, as a speaker in minutes states it: "区民政局陈志海：民政局作为监督方，主要从…
     * 方面评分，给予沙河街社工站9.20分". Read only where the sentence names exactly one party and gives exactly one score
     * (at most the party's maximum), and says nothing of averages or other periods.
     */
    static void spokenScores(ReportText prose, Scores s) {
        Matcher given = GIVEN_SCORE.matcher(""), word = PARTY_WORD.matcher("");
        for (String line : prose.lines()) {
            if (line.indexOf('分') < 0) continue;
            for (String clause : Cn.clauses(line)) {
                if (!given.reset(clause).find()) continue;
                String value = given.group(1);
                int at = given.start();
                if (given.find() || Cn.anotherReports(clause, at, null) || clause.contains("平均")) continue;
                // "第三方评估中，服务质量评分为16.50分": an item's score, not the party's
                String before = clause.substring(0, at);
                if (TableExtractor.SCORE_ITEMS.stream().anyMatch(before::contains) || before.contains("片")) continue;
                Party party = null;
                boolean one = true;
                word.reset(clause);
                while (word.find()) {
                    Party p = Party.named(word.group());
                    if (party != null && p != party) one = false;
                    party = p;
                }
                if (party == null || !one) continue;
                double v = Double.parseDouble(value);
                if (v <= 0 || v > party.maxScore) continue;
                s.parties.putIfAbsent(party, new PartyScore(party, v, clause.strip()));
            }
        }
    }

    /** Scores stated after the party's maximum, or as the maximum less a deduction (only the contract's maximum). */
    static void afterMaximum(ReportText prose, Scores s) {
        FirstChars.Matches found = FirstChars.matches(AFTER_MAXIMUM, prose.text());
        Matcher m = found.matcher();
        while (found.find()) {
            Party party = Party.named(m.group(1));
            double max = Double.parseDouble(m.group(2)), v = Double.parseDouble(m.group(4));
            if (party == null || max != party.maxScore || v > max) continue;
            double score = m.group(3).startsWith("扣") ? Cn.round(max - v, 2) : v;
            s.parties.putIfAbsent(party, new PartyScore(party, score, prose.sentenceOf(m)));
        }
    }

    /** A party's converted (折算) score, stated after its raw one in the same clause. */
    static void converted(ReportText prose, Scores s) {
        FirstChars.Matches found = FirstChars.matches(CONVERTED, prose.text());
        Matcher m = found.matcher();
        while (found.find()) {
            Party party = Party.named(m.group(1));
            double v = Double.parseDouble(m.group(2));
            if (party != null && v <= party.maxScore) s.parties.putIfAbsent(party, new PartyScore(party, v, prose.sentenceOf(m)));
        }
    }

    /** Scores listed 依次 after the parties named in the sentence: only when names and numbers pair one to one. */
    static void listedInOrder(ReportText prose, Scores s) {
        String text = prose.text();
        FirstChars.Matches found = FirstChars.matches(IN_ORDER, text);
        Matcher m = found.matcher();
        while (found.find()) {
            List<Party> named = new ArrayList<>();
            Matcher w = PARTY_WORD.matcher(text.substring(sentenceStart(text, m.start()), m.start()));
            while (w.find()) {
                Party p = Party.named(w.group());
                if (p != null && !named.contains(p)) named.add(p);
            }
            List<Double> values = new ArrayList<>();
            Matcher n = LISTED_SCORE.matcher(m.group(1));
            while (n.find()) values.add(Double.valueOf(n.group()));
            if (named.size() < 2 || named.size() != values.size()) continue;
            boolean fits = true;
            for (int i = 0; i < named.size(); i++) fits &= values.get(i) <= named.get(i).maxScore;
            if (!fits) continue;
            for (int i = 0; i < named.size(); i++) {
                s.parties.putIfAbsent(named.get(i), new PartyScore(named.get(i), values.get(i), prose.sentenceOf(m)));
            }
        }
    }

    /** The parties' scores as the terms of a sum, read only when the terms add up to the sum printed after them. */
    static void equation(ReportText prose, Scores s) {
        FirstChars.Matches found = FirstChars.matches(EQUATION, prose.text());
        Matcher m = found.matcher();
        while (found.find()) {
            Map<Party, Double> terms = new LinkedHashMap<>();
            Matcher t = EQUATION_TERM.matcher(m.group(1));
            double sum = 0;
            while (t.find()) {
                Party p = Party.named(t.group(1));
                double v = Double.parseDouble(t.group(2));
                if (p == null || v > p.maxScore || terms.put(p, v) != null) { terms.clear(); break; }
                sum += v;
            }
            double total = Double.parseDouble(m.group(2));
            if (terms.size() < 2 || Math.abs(sum - total) > 0.011) continue;
            String evidence = prose.sentenceOf(m);
            terms.forEach((p, v) -> s.parties.putIfAbsent(p, new PartyScore(p, v, evidence)));
            if (s.equationTotal == null) { s.equationTotal = total; s.equationEvidence = evidence; }
        }
    }

    /**
     * "项目管理9.12分(满分10分)" in a sentence about the third party's score: its items. The maximum beside each score
     * is what tells a score from the rules' "项目管理 10 分、服务监测 10 分".
     */
    private static final Pattern ITEM_SENTENCE = Pattern.compile(
            "(" + String.join("|", TableExtractor.SCORE_ITEMS) + ")(?:得分|评分)?(?:为|是|[:：])?\\s*" + NUM
            + "\\s*分\\s*[(（]\\s*满分\\s*" + NUM + "\\s*分\\s*[)）]");

    /** "项目管理8.9/10，服务监测8.6/10": items as fractions of their maxima, in a sentence about the third party. */
    private static final Pattern ITEM_FRACTION = Pattern.compile(
            "(" + String.join("|", TableExtractor.SCORE_ITEMS) + ")(?:得分|评分)?(?:为|是|[:：])?\\s*+(" + SCORE + ")\\s*+/\\s*+(" + SCORE + ")");

    /** "项目管理得8.90分（扣1.10分）": an item's score with its deduction beside it; the maximum is their sum. */
    private static final Pattern ITEM_DEDUCTED = Pattern.compile(
            "(" + String.join("|", TableExtractor.SCORE_ITEMS) + ")(?:得分|评分)?(?:为|是|[:：])?\\s*+得?\\s*+(" + SCORE + ")\\s*+分\\s*+"
            + "[(（]\\s*+扣(?:分|除)?(?:为|[:：])?\\s*+(" + SCORE + ")\\s*+分\\s*+[)）]");

    private static void proseItems(ReportText prose, Scores s) {
        for (MatchResult m : prose.matchesInLinesWith("扣", ITEM_DEDUCTED)) {
            // the paragraph is about the third party's score (the sentence before may name it)
            String text = prose.text();
            int from = text.lastIndexOf('\n', m.start()) + 1, to = text.indexOf('\n', m.end());
            if (!text.substring(from, to < 0 ? text.length() : to).contains("第三方")) continue;
            double score = Double.parseDouble(m.group(2)), max = Cn.round(score + Double.parseDouble(m.group(3)), 2);
            if (max > Party.THIRD_PARTY.maxScore || s.items.stream().anyMatch(i -> i.item().equals(m.group(1)))) continue;
            s.items.add(new ScoreItem(m.group(1), null, max, score, score, prose.sentenceOf(m)));
        }
        for (MatchResult m : prose.matchesInLinesWith("/", ITEM_FRACTION)) {
            String sentence = prose.sentenceOf(m);
            if (!sentence.contains("第三方")) continue;
            Double score = Double.valueOf(m.group(2)), max = Double.valueOf(m.group(3));
            if (score > max || s.items.stream().anyMatch(i -> i.item().equals(m.group(1)))) continue;
            s.items.add(new ScoreItem(m.group(1), null, max, score, score, sentence));
        }
        for (MatchResult m : prose.matchesInLinesWith("分", ITEM_SENTENCE)) {
            String sentence = prose.sentenceOf(m);
            if (!sentence.contains("第三方") && !sentence.contains("满分")) continue;
            Double score = Double.valueOf(m.group(2)), max = Double.valueOf(m.group(3));
            if (score > max) continue;
            if (s.items.stream().anyMatch(i -> i.item().equals(m.group(1)))) continue;
            s.items.add(new ScoreItem(m.group(1), null, max, score, score, sentence));
        }
    }

    /** Where the sentence holding a position starts (after the last 。 or line break before it). */
    private static int sentenceStart(String text, int at) {
        return Math.max(Math.max(text.lastIndexOf('。', at), text.lastIndexOf('\n', at)), 0);
    }

    /** Whether the sentence before a party's name announced the scores that follow ("各方评分依次为："). */
    private static boolean scoresFollow(String text, int at) {
        int start = sentenceStart(text, at);
        return SCORES_FOLLOW.matcher(text.substring(start, at)).find();
    }

    private static final Pattern PARTY_NUMBER = Pattern.compile(oneOf(Party.WORDS) + "[^\\d。；;,，、\\n]{0,12}?" + NUM + "\\s*分");

    /**
     * A sentence that gives every party named in it exactly its maximum ("监督方 10 分、购买方 20 分、督导中心 15 分、第三方 55 分")
     * states the scoring rules, not what was scored.
     */
    private static boolean allAtTheirMaximum(String text, int at) {
        int start = sentenceStart(text, at);
        int end = text.indexOf('。', at);
        Matcher m = PARTY_NUMBER.matcher(text.substring(start, end < 0 ? text.length() : end));
        int parties = 0;
        while (m.find()) {
            Party p = Party.named(m.group(1));
            if (p == null) continue;
            if (Double.parseDouble(m.group(2)) != p.maxScore) return false;
            parties++;
        }
        return parties >= 2;
    }

    /** "东片(15.90)", "彩虹片得分16.00分": a 片区's score of an item, in a sentence about that item's mean. */
    private static final Pattern AREA_SCORE = Pattern.compile(
            "(片区[一二三四五六七八九十\\d]+|" + TableExtractor.AREA_NUMBER + "片区|[\\u4e00-\\u9fff]{1,3}片区?)(?:得分|评分)?(?:为)?\\s*+[(（]?\\s*+"
            + NUM + "\\s*分?\\s*[)）]?");

    /** An item scored per 片区 in a sentence ("服务质量15.70分为东片(15.90)、西片(15.30)…的平均值"): its 片区 rows. */
    private static void proseAreaScores(ReportText prose, Scores s) {
        for (String line : prose.lines()) {
            if (!line.contains("平均")) continue;
            for (String sentence : Cn.clauses(line)) {
                if (!sentence.contains("平均")) continue;
                String item = TableExtractor.SCORE_ITEMS.stream().filter(sentence::contains).findFirst().orElse(null);
                if (item == null || s.items.stream().anyMatch(i -> i.item().equals(item) && i.area() != null)) continue;
                Matcher m = AREA_SCORE.matcher(sentence);
                List<ScoreItem> found = new ArrayList<>();
                while (m.find()) {
                    String area = m.group(1).replaceFirst("^(?:其中|为|分为|由)", "");
                    double v = Double.parseDouble(m.group(2));
                    if (v <= 20 && !area.isEmpty() && !area.equals("片区")) found.add(new ScoreItem(item, area, null, v, null, sentence.strip()));
                }
                if (found.size() >= 2) s.items.addAll(found);
            }
        }
    }

    /** The third party's score where the report itemises it without stating the sum: the sum of the items used. */
    static void thirdPartyFromItems(Scores s) {
        if (s.items.isEmpty() || s.parties.containsKey(Party.THIRD_PARTY)) return;
        // items scored out of 100 (百分制) add up to a raw score, not to the party's converted one
        Map<String, Double> maxima = new LinkedHashMap<>();
        for (ScoreItem i : s.items) if (i.maxScore() != null) maxima.putIfAbsent(i.item(), i.maxScore());
        if (maxima.values().stream().mapToDouble(Double::doubleValue).sum() > Party.THIRD_PARTY.maxScore + 0.01) return;
        Map<String, Double> used = itemsUsed(s.items);
        double sum = used.values().stream().mapToDouble(Double::doubleValue).sum();
        String how = String.join(" + ", used.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).toList());
        s.parties.put(Party.THIRD_PARTY, new PartyScore(Party.THIRD_PARTY, Cn.round(sum, 2), "第三方 = 各评估内容折算分之和: " + how));
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

}
