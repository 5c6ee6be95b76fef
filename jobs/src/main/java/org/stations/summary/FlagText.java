package org.stations.summary;

import org.stations.model.Check;
import org.stations.model.Grade;
import org.stations.model.IndicatorVocabulary;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A quality flag as a Chinese reader reads it. The lake keeps the check code and an English detail
 * written by extraction (extract/QualityChecks, ingest's revision flags); pages render Chinese from the
 * code and the numbers parsed out of the detail. A detail whose form is not known here (extraction may
 * change its wording) falls back to the check's Chinese description, with the evidence sentence when the
 * detail quotes one, so that no English ever reaches the page.
 */
public final class FlagText {
    private FlagText() {}

    /** What a report states as a count of each indicator is counted in: 户 for files, 支 for teams. */
    private static final Map<String, String> UNITS = Map.of("archive", "户", "volunteers_new", "人", "volunteer_leaders", "人",
            "volunteer_teams", "支", "community_orgs", "个");

    /** roster_mismatch fields: what the report states, and what the annex counts. */
    private static final Map<String, String[]> ROSTER = Map.of(
            "stable_workers", new String[]{"持续在岗人数", "每月均在岗的"},
            "resigned", new String[]{"离职人数", "备注写「离职」的"},
            "hired", new String[]{"入职人数", "备注写「入职」的"},
            "transferred_in", new String[]{"调入人数", "备注写「调入」的"},
            "transferred_out", new String[]{"调出人数", "备注写「调出/调离」的"});

    private static final String N = "(-?\\d+(?:\\.\\d+)?)";
    private static final Pattern PARTY_SUM = Pattern.compile("four party scores add up to " + N + ", the report's total is " + N);
    private static final Pattern GRADE = Pattern.compile("total " + N + " is (\\S+) by " + Pattern.quote(Grade.BANDS) + ", the report says (\\S+)");
    private static final Pattern STATED_AS = Pattern.compile("(total score|稳岗率) stated as \\[(.*)]");
    private static final Pattern ITEMS = Pattern.compile("(.+): mean of (\\d+) areas is " + N + ", converted score printed " + N);
    private static final Pattern COMPLETION = Pattern.compile("([a-z0-9_]+)(?: \\((.+?)\\))?(?: \\[(.+?)])?: " + N + " / " + N
            + " = " + N + ", printed " + N);
    private static final Pattern AREA_SUM = Pattern.compile("([a-z0-9_]+) (target|actual): (\\d+) 片区 rows add up to " + N
            + ", the station row says " + N);
    private static final Pattern TABLE_VS_PROSE = Pattern.compile("([a-z0-9_]+): " + N + " in the indicator table/section, " + N
            + " in「(.*)」", Pattern.DOTALL);
    private static final Pattern TWO_ACTUALS = Pattern.compile("([a-z0-9_]+): actual " + N + " in「(.*)」, " + N + " in「(.*)」",
            Pattern.DOTALL);
    private static final Pattern ROSTER_COUNT = Pattern.compile("([a-z_]+): the report states (\\d+), the staffing annex has (\\d+) .*");
    private static final Pattern REVISION = Pattern.compile("revision of (.+?): what it states differs, the later file wins");
    private static final Pattern QUOTED = Pattern.compile("「([^」]*)」");

    /** The check's Chinese name; a code no page knows yet is still named in Chinese, never shown as code. */
    public static String check(String code) {
        Check c = Check.of(code);
        return c == null ? "其他自相矛盾之处" : c.label;
    }

    public static String severity(String severity) {
        if ("error".equals(severity)) return "错误";
        if ("warning".equals(severity)) return "提示";
        return "未分级";
    }

    /**
     * The flag's detail in Chinese: from a known form of the detail, else the check's description and the
     * quoted sentence. {@code labels}: the report's indicator codes with the labels it printed.
     */
    public static String detail(String check, String detail, Map<String, String> labels) {
        if (detail == null || detail.isBlank()) return check(check) + "（报告未给出细节）";
        String d = detail.strip();
        // details extraction already writes in Chinese (table_unparsed) are shown as written
        if (!d.matches("(?s).*[A-Za-z]{2,}.*")) return d;
        String s = known(d, labels);
        return s != null ? s : fallback(check, d);
    }

    private static String known(String d, Map<String, String> labels) {
        Matcher m;
        if ((m = PARTY_SUM.matcher(d)).matches()) {
            return "四方得分相加为 " + m.group(1) + " 分，报告总分为 " + m.group(2) + " 分";
        }
        if ((m = GRADE.matcher(d)).matches()) {
            return "总分 " + m.group(1) + " 分按 " + Grade.BANDS + " 分界应为「" + m.group(2) + "」，报告写为「" + m.group(3) + "」";
        }
        if ((m = STATED_AS.matcher(d)).matches()) {
            boolean rate = m.group(1).equals("稳岗率");
            List<String> values = new ArrayList<>();
            for (String v : m.group(2).split(",\\s*")) values.add(rate ? percent(v) : v + " 分");
            return (rate ? "稳岗率" : "总分") + "前后写为 " + String.join("、", values);
        }
        if ((m = ITEMS.matcher(d)).matches()) {
            return "「" + m.group(1) + "」：" + m.group(2) + " 个片区得分的平均为 " + m.group(3) + "，印出的折算分为 " + m.group(4);
        }
        if ((m = COMPLETION.matcher(d)).matches()) {
            String where = (m.group(2) == null ? "" : "（" + m.group(2) + "）") + (m.group(3) == null ? "" : "〔" + m.group(3) + "〕");
            return indicator(m.group(1), labels) + where + "：实际 " + m.group(4) + " / 目标 " + m.group(5) + " = "
                    + percent(m.group(6)) + "，报告印为 " + percent(m.group(7));
        }
        if ((m = AREA_SUM.matcher(d)).matches()) {
            return indicator(m.group(1), labels) + (m.group(2).equals("target") ? "目标" : "实际") + "：" + m.group(3)
                    + " 个片区合计 " + m.group(4) + "，全站一行为 " + m.group(5);
        }
        if ((m = TABLE_VS_PROSE.matcher(d)).matches()) {
            String unit = UNITS.containsKey(m.group(1)) ? " " + UNITS.get(m.group(1)) : "";
            return indicator(m.group(1), labels) + "：指标表为 " + m.group(2) + unit + "，正文为 " + m.group(3) + unit
                    + "（「" + m.group(4) + "」）";
        }
        if ((m = TWO_ACTUALS.matcher(d)).matches()) {
            return indicator(m.group(1), labels) + "：实际完成一处为 " + m.group(2) + "（「" + m.group(3) + "」），另一处为 "
                    + m.group(4) + "（「" + m.group(5) + "」）";
        }
        if ((m = ROSTER_COUNT.matcher(d)).matches() && ROSTER.containsKey(m.group(1))) {
            String[] f = ROSTER.get(m.group(1));
            return f[0] + "：正文为 " + m.group(2) + " 人，人员到岗附件中" + f[1] + "有 " + m.group(3) + " 人";
        }
        if ((m = REVISION.matcher(d)).matches()) {
            return "修订了已入库的 " + m.group(1) + "：两份文件所述不同，以较晚的文件为准";
        }
        return null;
    }

    /** An unknown form: the check in Chinese, and the sentence the detail quotes, if any (the sentence is the report's own Chinese). */
    private static String fallback(String check, String d) {
        Matcher q = QUOTED.matcher(d);
        StringBuilder sb = new StringBuilder(check(check)).append("（细节格式未收录，请查阅原报告）");
        while (q.find()) sb.append("；原文：「").append(q.group(1)).append("」");
        return sb.toString();
    }

    /**
     * An indicator's Chinese name: the contract's label, else the label the report printed for that code
     * ({@code labels}: code → indicator.label of the report), else a neutral word rather than the code.
     */
    static String indicator(String code, Map<String, String> labels) {
        String label = IndicatorVocabulary.label(code);
        if (label == null) label = labels.get(code);
        return label != null ? label : "某项服务指标";
    }

    /** A fraction as printed in the lake (0.7, 0.7000) as a percentage with two decimals. */
    private static String percent(String fraction) {
        return String.format(Locale.ROOT, "%.2f%%", Double.parseDouble(fraction.strip()) * 100);
    }
}
