package org.stations.model;

import com.ibm.icu.text.Transliterator;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The contract's indicator codes: a printed label names a family (小组, 大型社区活动 …) and a
 * measure (个数, 节数, 人次 …); together they make the code. Rows the contract does not list keep
 * a code of their own, made the same way (snake_case ASCII).
 */
public final class IndicatorVocabulary {
    private IndicatorVocabulary() {}

    public enum Measure { COUNT, SESSIONS, ATTENDANCE, INTAKE, CLOSED }

    /** Families, longest spelling first so that 大型社区活动 wins over 社区活动 and 入户探访 over 探访. */
    private static final Map<String, String> FAMILIES = new LinkedHashMap<>();
    static {
        FAMILIES.put("困难群众和特殊群体建档", "archive");
        FAMILIES.put("建档", "archive");
        FAMILIES.put("服务对象档案", "archive"); // 建立服务对象档案（户）
        FAMILIES.put("电话访问", "phone_visits");
        FAMILIES.put("电访", "phone_visits");
        FAMILIES.put("入户探访", "home_visits");
        FAMILIES.put("居家探访", "home_visits");
        FAMILIES.put("家访", "home_visits");
        FAMILIES.put("探访", "home_visits");
        FAMILIES.put("咨询个案", "consult_cases");
        FAMILIES.put("个案咨询", "consult_cases"); // 个案咨询（个）: consultations, before 个案
        FAMILIES.put("专业个案", "case");
        FAMILIES.put("个案", "case");
        FAMILIES.put("专业小组", "group");
        FAMILIES.put("小组", "group");
        FAMILIES.put("中小型社区活动", "small_event");
        FAMILIES.put("中小型活动", "small_event");
        FAMILIES.put("大型社区活动", "large_event");
        FAMILIES.put("大型活动", "large_event");
        FAMILIES.put("社区活动", "community_event");
        FAMILIES.put("志愿者骨干", "volunteer_leaders");
        FAMILIES.put("志愿者队伍", "volunteer_teams");
        FAMILIES.put("志愿队伍", "volunteer_teams");
        FAMILIES.put("志愿者团队", "volunteer_teams");
        FAMILIES.put("志愿者服务队伍", "volunteer_teams"); // before 志愿者服务: a team, not the hours served
        FAMILIES.put("志愿服务队伍", "volunteer_teams");
        FAMILIES.put("志愿者服务队", "volunteer_teams"); // 【17】志愿者服务队 …2支: a team too
        FAMILIES.put("志愿服务队", "volunteer_teams");
        FAMILIES.put("志愿者服务", "volunteer_service");
        FAMILIES.put("志愿者团建", "volunteer_team_building");
        FAMILIES.put("志愿者平台管理", "volunteer_platforms");
        FAMILIES.put("志愿者", "volunteers_new");
        FAMILIES.put("社区社会组织", "community_orgs");
        FAMILIES.put("社区组织培育", "community_orgs");
        FAMILIES.put("社区自组织", "community_orgs"); // 社区自组织孵化
        FAMILIES.put("常规服务", "routine_service");
        FAMILIES.put("对外沟通", "outreach");
        FAMILIES.put("社区调研", "community_research");
        FAMILIES.put("社区基金培育", "community_funds");
        FAMILIES.put("社区慈善工作站", "charity_stations");
        FAMILIES.put("党组织建立合作关系", "party_partnerships");
        FAMILIES.put("公共服务", "public_services");
        FAMILIES.put("居民来访接待", "resident_reception");
    }

    /**
     * An indicator the contract lists: its label in full printed form, the short label charts print, and
     * its meaning (Chinese — English) for the data dictionary.
     */
    public record Listed(String code, String label, String chartLabel, String meaning) {}

    /** The contract's indicators, in its order. */
    public static final java.util.List<Listed> LISTED = java.util.List.of(
            new Listed("archive", "困难群众和特殊群体建档", "建档", "困难群众和特殊群体建档 (户/个/份) — records of vulnerable residents"),
            new Listed("phone_visits", "电访", "电访", "电访 — phone visits"),
            new Listed("home_visits", "探访", "探访", "入户探访 — home visits"),
            new Listed("consult_cases", "咨询个案", "咨询个案", "咨询个案 — consultation cases"),
            new Listed("case_intake", "专业个案接案", "个案接案", "专业个案接案 — cases taken on"),
            new Listed("case_sessions", "专业个案节数", "个案节数", "专业个案节数 — case sessions"),
            new Listed("case_closed", "专业个案结案", "个案结案", "专业个案结案 — cases closed"),
            new Listed("group_count", "专业小组个数", "小组个数", "专业小组个数 — groups"),
            new Listed("group_sessions", "专业小组节数", "小组节数", "小组节数 — group sessions"),
            new Listed("group_attendance", "专业小组人次", "小组人次", "小组人次 — group attendance"),
            new Listed("large_event_count", "大型社区活动次数", "大型活动次数", "大型社区活动次数 — large events"),
            new Listed("large_event_attendance", "大型社区活动人次", "大型活动人次", "大型社区活动人次 — large-event attendance"),
            new Listed("small_event_count", "中小型社区活动次数", "中小型活动次数", "中小型社区活动次数 — small events"),
            new Listed("small_event_attendance", "中小型社区活动人次", "中小型活动人次", "中小型社区活动人次 — small-event attendance"),
            new Listed("community_event_count", "社区活动次数", "社区活动次数", "社区活动次数 (not split by size) — community events"),
            new Listed("community_event_attendance", "社区活动人次", "社区活动人次", "社区活动人次 — community-event attendance"),
            new Listed("volunteers_new", "新增志愿者", "新增志愿者", "新增志愿者 — new volunteers"),
            new Listed("volunteer_leaders", "志愿者骨干", "志愿者骨干", "志愿者骨干 — volunteer leaders"),
            new Listed("volunteer_teams", "志愿者队伍", "志愿者队伍", "志愿者队伍 — volunteer teams"),
            new Listed("community_orgs", "社区社会组织培育", "社区社会组织", "社区社会组织培育 — community organisations fostered"));

    private static final Map<String, Listed> BY_CODE = new LinkedHashMap<>();
    static {
        for (Listed l : LISTED) BY_CODE.put(l.code(), l);
    }

    /** The codes the contract lists, in its order. */
    public static final java.util.List<String> CONTRACT_CODES = java.util.List.copyOf(BY_CODE.keySet());

    /** The contract's label of a code, or null for a code the contract does not list. */
    public static String label(String code) {
        Listed l = BY_CODE.get(code);
        return l == null ? null : l.label();
    }

    /** The short label a chart prints for a code; a code the contract does not list keeps its printed label. */
    public static String chartLabel(String code, String printed) {
        Listed l = BY_CODE.get(code);
        if (l != null) return l.chartLabel();
        return printed != null && !printed.isBlank() ? printed : code;
    }

    private static final Pattern FAMILY_PATTERN;
    static {
        StringBuilder alt = new StringBuilder();
        for (String k : FAMILIES.keySet()) alt.append(alt.length() == 0 ? "" : "|").append(Pattern.quote(k));
        FAMILY_PATTERN = Pattern.compile(alt.toString());
    }

    /** Families whose rows split into measures (个数/节数/人次); the others are one number each. */
    private static final java.util.Set<String> MEASURED = java.util.Set.of(
            "case", "group", "small_event", "large_event", "community_event", "routine_service");

    private static final Pattern SUBTOTAL = Pattern.compile("小计|合计|总计");

    /**
     * A row that adds indicators up ("社区活动小计（场）", "小计（人次）"): a sum for reference, never an indicator of its
     * own, even when it names a family.
     */
    public static boolean isSubtotal(String label) {
        return label != null && SUBTOTAL.matcher(label).find();
    }

    /** The family named in a label, or null; the first spelling that occurs wins. */
    public static String family(String label) {
        if (label == null || label.isEmpty()) return null;
        Matcher m = FAMILY_PATTERN.matcher(label);
        return m.find() ? FAMILIES.get(m.group()) : null;
    }

    /** The spelling of the family a label names ("专业个案" in "专业个案接案"), or null. */
    public static String familyWord(String label) {
        if (label == null) return null;
        Matcher m = FAMILY_PATTERN.matcher(label);
        return m.find() ? m.group() : null;
    }

    /** Every family named in a text, in order (a flattened table header names them left to right). */
    public static java.util.List<String> families(String text) {
        java.util.List<String> out = new java.util.ArrayList<>();
        Matcher m = FAMILY_PATTERN.matcher(text);
        while (m.find()) out.add(FAMILIES.get(m.group()));
        return out;
    }

    /** Set.of's contains throws on null: a label that names no family is simply not measured. */
    public static boolean isMeasured(String family) { return family != null && MEASURED.contains(family); }

    /** The measure a label or unit names, or null when it names none. */
    public static Measure measure(String labelOrUnit) {
        if (labelOrUnit == null) return null;
        if (labelOrUnit.contains("接案") || labelOrUnit.contains("开案")) return Measure.INTAKE;
        if (labelOrUnit.contains("结案")) return Measure.CLOSED;
        if (labelOrUnit.contains("节")) return Measure.SESSIONS;
        if (labelOrUnit.contains("人次")) return Measure.ATTENDANCE;
        // the 个 of 个案 is not a unit
        if (labelOrUnit.replace("个案", "").matches(".*(个数|次数|个|次|场|支|名|户|份).*")) return Measure.COUNT;
        return null;
    }

    /** The code of a family and measure: case + SESSIONS → case_sessions, archive + anything → archive. */
    public static String code(String family, Measure measure) {
        if (family == null) return null;
        if (!isMeasured(family)) return family;
        Measure m = measure == null ? Measure.COUNT : measure;
        if (family.equals("case")) {
            return switch (m) {
                case SESSIONS -> "case_sessions";
                case CLOSED -> "case_closed";
                default -> "case_intake";
            };
        }
        return switch (m) {
            case SESSIONS -> family + "_sessions";
            case ATTENDANCE -> family + "_attendance";
            default -> family + "_count";
        };
    }

    private static final Transliterator TO_ASCII = Transliterator.getInstance("Han-Latin; Latin-ASCII");

    /** A code for a row no vocabulary names: its label in pinyin, snake_case, at most 40 characters. */
    public static String codeOfUnknown(String label) {
        String ascii = TO_ASCII.transliterate(label).toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "_").replaceAll("^_+|_+$", "");
        if (ascii.isEmpty()) ascii = "indicator";
        return ascii.length() > 40 ? ascii.substring(0, 40).replaceAll("_+$", "") : ascii;
    }
}
