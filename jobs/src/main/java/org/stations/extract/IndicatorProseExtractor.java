package org.stations.extract;

import org.stations.model.IndicatorVocabulary;

import org.stations.model.IndicatorVocabulary.Measure;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Indicators stated as prose: "完成小组 17 个，开展 86节，服务 767 人次，分别完成协议指标量的
 * 48.57%，49.14%，243.49%" is three rows. Items are read clause by clause (；。), the printed
 * percentages are paired with the items just before them; an item with no percentage keeps its
 * actual alone. A generic item ("开展 86节") belongs to the family named before it.
 */
public final class IndicatorProseExtractor {
    private IndicatorProseExtractor() {}

    static final Pattern MARKER = Pattern.compile("(?:分别)?(?:完成了?|占|达到)(?:协议|年度|全年|合同)?(?:指标|目标|任务)(?:量|数)?的?");
    private static final Pattern PARAGRAPH = Pattern.compile(
            "(?:" + MARKER.pattern() + "\\s*\\d|(?:协议|年度|全年)(?:指标|要求|目标|任务)[^。；;]{0,12}?\\d|完成率)");
    private static final String UNIT = "(人次|个|户|份|节|次|名|支|场|人|条|项)";
    /**
     * A target stated beside the actual, before or after it: "达到协议指标480户的106.04%", "协议要求330节",
     * "为协议指标45个的108.89%", "协议要求开展专业小组24个" (the label after the cue: a target waiting for its actual).
     */
    private static final Pattern TARGET_CUE = Pattern.compile(
            "^(?:达到|完成了?|为|是|占|比)?(?:协议|年度|全年|合同)(?:指标|要求|目标|任务)(?:量|数|值)?(?:为|是)?\\s*(.*?)(\\d+(?:\\.\\d+)?)\\s*" + UNIT
            + "(?:的\\s*(\\d+(?:\\.\\d+)?)\\s*%)?$");
    /**
     * A label and its target, the actual to follow in the next clause: "（1）建立服务对象档案：年度指标420户，完成431户，
     * 完成率102.62%" (an indicator read out as one item of a numbered list), "电话访问全年指标为1.2万人次，累计完成12516人次".
     */
    private static final Pattern LABEL_THEN_TARGET = Pattern.compile(
            "^([^:：\\d]{2,30}?)(?:[:：]|的)?\\s*(?:协议|年度|全年|合同)(?:指标|要求|目标|任务)(?:量|数|值)?(?:为|是)?\\s*(\\d+(?:\\.\\d+)?)\\s*" + UNIT + "$");
    /** A completion stated on its own: "完成117.39%", "完成率106.67%", "结案完成率为90.28%", "完成率245.10" (no % sign). */
    private static final Pattern PERCENT_CUE = Pattern.compile("^(.*?)完成(率|进度)?(均)?(?:为|是|达到?)?\\s*(\\d+(?:\\.\\d+)?)\\s*(%?)$");
    private static final Pattern TARGET_LIST = Pattern.compile(
            "(?:协议|年度|全年|合同)?(?:指标|要求)(?:具体)?(?:为|包括|如下|是|[:：])\\s*[^\\d,，。]{0,12}\\d+(?:\\.\\d+)?\\s*" + UNIT + "\\s*、[^\\d,，。]{0,12}\\d");
    /** "年度指标依次为60个、360节、48个": targets of the items just read, in order. */
    private static final Pattern TARGETS_IN_ORDER = Pattern.compile(
            "^(?:协议|年度|全年|合同)?(?:指标|要求|目标|任务)(?:量|数|值)?(?:依次|分别)(?:为|是)\\s*(\\d+(?:\\.\\d+)?)\\s*" + UNIT + "$");
    private static final Pattern NUMBER_WITH_UNIT = Pattern.compile("^(\\d+(?:\\.\\d+)?)\\s*" + UNIT + "$");
    /** "完成率依次为95.00%、93.89%": completions of the items just read, in order. */
    private static final Pattern PERCENTS_IN_ORDER = Pattern.compile("^完成(?:率|比例|进度)?(?:依次|分别)(?:为|是)\\s*(.*)$");
    /** An actual stated after its target, without a label: "实际完成26个", "累计完成12516人次", "全年完成468户". */
    private static final Pattern ACTUAL_CUE = Pattern.compile("^(?:实际|累计|全年|全期|本期|考核期内)?(?:完成|开展|服务)了?\\s*(\\d+(?:\\.\\d+)?)\\s*" + UNIT + "$");
    private static final Pattern TARGET_IN_BRACKETS = Pattern.compile("[(（]((?:(?:协议|年度|全年|合同)(?:指标|要求|目标|任务)|完成率)[^()（）]{0,40})[)）]");
    private static final Pattern ITEM = Pattern.compile(
            "^(.*?)(" + Cn.DIGITS + "(?:\\.\\d++)?)\\s*(人次|个|户|份|节|次|名|支|场|人|条|项)(.*)$");
    // repeats of groups are possessive: java.util.regex recurses once per greedy group repeat (a stack overflow on a long list)
    private static final Pattern PERCENT_LIST = Pattern.compile(
            "^\\s*\\d+(?:\\.\\d+)?%?(?:\\s*(?:和|及|与)\\s*\\d+(?:\\.\\d+)?%?)*+\\s*$");
    private static final Pattern NUMBER = Pattern.compile("\\d+(?:\\.\\d+)?%?");
    private static final Pattern GENERIC_PREFIX = Pattern.compile("^(?:本年度|评估期内|本周期内?|截至\\S*?|社工站|共|累计|已|其中)++");
    /** A clause's segments, each with the separator after it. */
    private static final Pattern SEGMENT = Pattern.compile("([^,，、]+)([,，、]?)");
    private static final Pattern SHARED_LABEL = Pattern.compile("[\\u4e00-\\u9fff]{2,20}");
    private static final Pattern DIFFERENCE = Pattern.compile("(?:少|多|差|缺|超出?|增加|减少|不足|相差)$");
    /** Words that say what a number counts is not done yet (正在培育中, 筹备中, 尚未): not an actual. */
    private static final Pattern IN_PROGRESS = Pattern.compile("正在|筹备中|培育中|申请中|尚未");
    /** A label that ends with a range's start ("…年度指标为1—" of "1—2个"): the number after it is the range's end. */
    private static final Pattern RANGE_BEFORE = Pattern.compile("\\d\\s*+(?:—++|-|~|～|－|–|至|到)\\s*+$");
    private static final Pattern VERB_PREFIX = Pattern.compile("^(?:完成了?|开展了?|服务|提供)");

    public static List<IndicatorValue> extract(ReportText t) {
        List<IndicatorValue> out = new ArrayList<>();
        Matcher indicators = PARAGRAPH.matcher("");
        for (String line : t.lines()) {
            // a table drawn in ASCII ("+----+----+" rules, "|" cells) is no paragraph: its cells are not a sentence's clauses
            if (line.contains("+--") || line.contains("--+")) continue;
            if (indicators.reset(line).find()) out.addAll(paragraph(line));
        }
        out.addAll(records(t.lines()));
        return out;
    }

    /** A record's head: "【07】个案结案", "[3] 入户探访" — a numbered label alone on its line. */
    private static final Pattern RECORD_HEAD = Pattern.compile("^(?:【|\\[)\\s*\\d{1,3}+\\s*(?:】|\\])\\s*([\\u4e00-\\u9fff][^:：\\d]{1,30}+)$");
    /** A record's key/value line: "年度指标：3,800人次", "实际完成：42个" (a ":" after NFKC). */
    private static final Pattern RECORD_FIELD = Pattern.compile(
            "^(?=[年全协合实完指])(年度指标|全年指标|协议指标|合同指标|指标值|实际完成|完成值|完成数)\\s*[:：]\\s*(\\d{1,3}+(?:,\\d{3})++(?![\\d,])|\\d++(?:\\.\\d++)?)\\s*(" + UNIT.substring(1));

    /**
     * Indicators printed one record block each: a numbered head line, then "年度指标：N单位" and "实际完成：N单位" lines.
     * A 偏差 line (a signed difference) is not a completion rate and is not read.
     */
    static List<IndicatorValue> records(List<String> lines) {
        List<IndicatorValue> out = new ArrayList<>();
        Matcher head = RECORD_HEAD.matcher(""), field = RECORD_FIELD.matcher("");
        for (int i = 0; i < lines.size(); i++) {
            if (!head.reset(lines.get(i).strip()).matches()) continue;
            String label = head.group(1).strip();
            Double target = null, actual = null;
            String unit = null;
            StringBuilder evidence = new StringBuilder(lines.get(i).strip());
            for (int j = i + 1; j < Math.min(lines.size(), i + 5); j++) {
                String l = lines.get(j).strip();
                if (head.reset(l).matches()) break;
                if (!field.reset(l).matches()) continue;
                evidence.append(' ').append(l);
                double n = Double.parseDouble(field.group(2).replace(",", ""));
                if (field.group(1).contains("指标")) target = n; else actual = n;
                if (unit == null) unit = field.group(3);
            }
            if (target == null && actual == null) continue;
            String family = IndicatorVocabulary.family(label);
            if (family == null || IndicatorVocabulary.isSubtotal(label)) continue;
            Measure measure = IndicatorVocabulary.measure(label);
            if (measure == null) measure = IndicatorVocabulary.measure(unit);
            IndicatorValue v = new IndicatorValue();
            v.code = IndicatorVocabulary.code(family, measure);
            v.label = label;
            v.target = target;
            v.actual = actual;
            v.fromOneRow = true;
            v.evidence = evidence.toString();
            out.add(v);
        }
        return out;
    }

    static List<IndicatorValue> paragraph(String line) {
        // "(年度指标100名,完成104.00%)" says the target and %: its words become clauses of their own; other brackets are asides
        // "1. 困难群众建档：年度指标450户，…": an item of a numbered list; its number is no part of the label
        Matcher number = org.stations.normalize.Headings.ITEM.matcher(line);
        String item = number.find() ? line.substring(number.end()) : line;
        String text = TARGET_IN_BRACKETS.matcher(item).replaceAll(",$1,");
        text = withoutAsides(text);
        List<IndicatorValue> out = new ArrayList<>();
        String[] family = new String[2]; // the family being talked about, and its word: carries from clause to clause
        for (String clause : Cn.clauses(text)) {
            if (!clause.isBlank()) new Clause(clause.strip(), out, family).read();
        }
        return out;
    }

    /** One clause's reading state: items waiting for percentages, and the family being talked about. */
    private static final class Clause {
        final String text;
        final List<IndicatorValue> out;
        final List<IndicatorValue> pending = new ArrayList<>();
        final List<String> percents = new ArrayList<>();
        final List<String> sharedLabels = new ArrayList<>();
        String family;
        String familyLabel;
        final String[] carried;
        boolean intakeSeen;

        Clause(String text, List<IndicatorValue> out, String[] carried) {
            this.text = text;
            this.out = out;
            this.carried = carried;
            this.family = carried[0];
            this.familyLabel = carried[1];
        }

        void read() {
            // "年度协议指标具体为建档65个、探访200个…": from there on a list of targets, not of what was done
            Matcher targets = TARGET_LIST.matcher(text);
            String read = targets.find() ? text.substring(0, targets.start()) : text;
            Matcher seg = SEGMENT.matcher(read);
            while (seg.find()) segment(seg.group(1).strip(), seg.group(2));
            closeTargets();
            closePercents();
            flushPending();
            carried[0] = family;
            carried[1] = familyLabel;
        }

        void segment(String s, String separator) {
            if (s.isEmpty()) return;
            Matcher inOrder = TARGETS_IN_ORDER.matcher(s);
            if (inOrder.matches()) { closePercents(); targets.clear(); targets.add(inOrder.group(1)); targetsOpen = true; return; }
            Matcher next = NUMBER_WITH_UNIT.matcher(s);
            if (targetsOpen && next.matches()) { targets.add(next.group(1)); return; }
            closeTargets();
            Matcher pctInOrder = PERCENTS_IN_ORDER.matcher(s);
            if (pctInOrder.matches()) { closePercents(); addPercents(pctInOrder.group(1)); percentsOpen = true; return; }
            Matcher target = TARGET_CUE.matcher(s);
            if (target.matches()) { closePercents(); target(target); return; }
            Matcher labelled = LABEL_THEN_TARGET.matcher(s);
            if (labelled.matches() && IndicatorVocabulary.family(cleanLabel(labelled.group(1))) != null) {
                closePercents();
                labelledTarget(cleanLabel(labelled.group(1)), labelled.group(2), labelled.group(3));
                return;
            }
            Matcher marker = MARKER.matcher(s);
            if (marker.find()) {
                closePercents();
                String before = s.substring(0, marker.start());
                if (!before.isBlank() && ITEM.matcher(before).matches()) item(before, separator);
                addPercents(s.substring(marker.end()));
                percentsOpen = true;
                return;
            }
            if (percentsOpen && PERCENT_LIST.matcher(s).matches()) { addPercents(s); return; }
            closePercents();
            Matcher pct = PERCENT_CUE.matcher(s);
            if (pct.matches() && (!pct.group(5).isEmpty() || pct.group(2) != null) && !last().isEmpty()) {
                // "完成率均为100.00%": every item just read; otherwise the last one
                List<IndicatorValue> to = pct.group(3) != null ? pending : List.of(last().get());
                for (IndicatorValue v : to) {
                    if (v.reportedCompletion != null) continue;
                    v.reportedCompletion = Cn.percent(pct.group(4));
                    v.reportedDecimals = Cn.decimals(pct.group(4));
                }
                return;
            }
            Matcher actual = ACTUAL_CUE.matcher(s);
            if (actual.matches() && !last().isEmpty() && last().get().actual == null) {
                last().get().actual = Double.valueOf(actual.group(1));
                return;
            }
            Matcher m = ITEM.matcher(s);
            // "目前有1个“同和街坊文艺队”正在培育中": one under way is not one done
            // "服务学生约120人": an approximate figure is no actual
            // "年度指标为1—2个": the end of a range is no count
            if (m.matches()) {
                if (!IN_PROGRESS.matcher(s).find() && !Cn.approximate(m.group(1), m.group(4)) && !RANGE_BEFORE.matcher(m.group(1)).find()) item(s, separator);
                return;
            }
            // a family named without a number ("专业个案方面") is what the next items are about
            if (!Cn.WITH_DIGIT.matcher(s).matches() && IndicatorVocabulary.family(s) != null && !"、".equals(separator)) {
                family = IndicatorVocabulary.family(s);
                familyLabel = IndicatorVocabulary.familyWord(s);
                return;
            }
            // a label without a number shares the next item's number: "培育志愿者队伍、社区社会组织2支"
            if ("、".equals(separator) && SHARED_LABEL.matcher(s).matches()) sharedLabels.add(s);
        }

        boolean percentsOpen;
        boolean targetsOpen;
        final List<String> targets = new ArrayList<>();

        /** Pairs the targets listed in order with the items just before them. */
        void closeTargets() {
            if (!targetsOpen) return;
            targetsOpen = false;
            int n = targets.size(), k = pending.size();
            for (int i = Math.max(0, k - n), j = 0; i < k && j < n; i++, j++) {
                if (pending.get(i).target == null) pending.get(i).target = Double.valueOf(targets.get(j));
            }
            targets.clear();
        }

        /** The item just read, still open for its target or %. */
        java.util.Optional<IndicatorValue> last() {
            return pending.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(pending.get(pending.size() - 1));
        }

        /** A target cue: the open item's target (and %), or, where the cue names an indicator, a new item awaiting its actual. */
        void target(Matcher m) {
            String label = cleanLabel(m.group(1));
            Double value = Double.valueOf(m.group(2));
            String pct = m.group(4);
            IndicatorValue v;
            if (IndicatorVocabulary.family(label) != null) {
                item(label + m.group(2) + m.group(3), "");
                v = last().orElse(null);
                if (v == null) return;
                v.actual = null;
            } else {
                v = last().orElse(null);
                if (v == null || v.target != null) return;
            }
            v.target = value;
            if (pct != null) { v.reportedCompletion = Cn.percent(pct); v.reportedDecimals = Cn.decimals(pct); }
        }

        /** A new item named with its target only: its actual comes in the clause after ("完成431户"). */
        void labelledTarget(String label, String number, String unit) {
            int before = pending.size();
            item(label + number + unit, "");
            if (pending.size() != before + 1) return;
            IndicatorValue v = pending.get(pending.size() - 1);
            v.actual = null;
            v.target = Double.valueOf(number);
        }

        void addPercents(String s) {
            Matcher n = NUMBER.matcher(s);
            while (n.find()) percents.add(n.group());
        }

        void item(String s, String separator) {
            Matcher m = ITEM.matcher(s);
            if (!m.matches()) return;
            List<String> labels = new ArrayList<>(sharedLabels);
            sharedLabels.clear();
            labels.add(m.group(1));
            for (String raw : labels) {
                String label = cleanLabel(raw);
                String fam = IndicatorVocabulary.family(label);
                if (fam != null) { family = fam; familyLabel = IndicatorVocabulary.familyWord(label); }
                String useFamily = fam != null ? fam : family;
                if (useFamily == null) continue;
                // "个案结案少1个": a difference, not a count
                if (DIFFERENCE.matcher(label).find()) continue;
                // "原因是1名服务对象在2月住院": a number counting what the words after it name, not the family's item
                if (fam == null && m.group(4).matches("^[\\u4e00-\\u9fff]{2}.*")) continue;
                Measure measure = IndicatorVocabulary.measure(label);
                if (measure == null) measure = IndicatorVocabulary.measure(m.group(3));
                if ("case".equals(useFamily) && measure == Measure.COUNT && fam == null) {
                    measure = intakeSeen ? Measure.CLOSED : Measure.INTAKE; // "接案 74 个，完成 62 个"
                }
                if ("case".equals(useFamily) && measure == Measure.INTAKE) intakeSeen = true;
                IndicatorValue v = new IndicatorValue();
                v.code = IndicatorVocabulary.code(useFamily, measure);
                v.label = fam != null ? label : familyLabel + measureWord(measure, m.group(3));
                v.actual = Double.valueOf(m.group(2));
                v.evidence = text;
                pending.add(v);
            }
        }

        /** Pairs the percentages just read with the items just before them. */
        void closePercents() {
            if (!percentsOpen) return;
            percentsOpen = false;
            if (percents.isEmpty()) return; // "均完成年度指标": no figure yet, the items stay open for one
            int n = percents.size(), k = pending.size();
            int first = Math.max(0, k - n);
            for (int i = 0; i < first; i++) out.add(pending.get(i));
            for (int i = first, j = 0; i < k && j < n; i++, j++) {
                IndicatorValue v = pending.get(i);
                v.reportedCompletion = Cn.percent(percents.get(j));
                v.reportedDecimals = Cn.decimals(percents.get(j));
                out.add(v);
            }
            pending.clear();
            percents.clear();
        }

        void flushPending() {
            for (IndicatorValue v : pending) {
                if (v.actual == null) continue; // a target whose actual the clause never stated
                v.fromOneRow = v.target != null && v.reportedCompletion != null;
                out.add(v);
            }
            pending.clear();
        }
    }

    /**
     * The text without its brackets and what they hold, nested ones too (innermost first, as removing [(（][^()（）]*[)）]
     * until nothing changes does); one pass, where that loop passes once per level of nesting.
     */
    static String withoutAsides(String s) {
        StringBuilder out = new StringBuilder(s.length());
        java.util.ArrayDeque<Integer> open = new java.util.ArrayDeque<>();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ((c == ')' || c == '）') && !open.isEmpty()) { out.setLength(open.pop()); continue; }
            if (c == '(' || c == '（') open.push(out.length());
            out.append(c);
        }
        return out.toString();
    }

    static String cleanLabel(String raw) {
        String s = GENERIC_PREFIX.matcher(raw.strip()).replaceFirst("");
        s = VERB_PREFIX.matcher(s).replaceFirst("");
        return GENERIC_PREFIX.matcher(s).replaceFirst("").strip();
    }

    private static String measureWord(Measure m, String unit) {
        if (m == null) return unit;
        return switch (m) {
            case SESSIONS -> "节数";
            case ATTENDANCE -> "人次";
            case CLOSED -> "结案";
            case INTAKE -> "接案";
            case COUNT -> "个数";
        };
    }
}
