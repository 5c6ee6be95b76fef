package org.stations.extract;

import org.stations.model.IndicatorVocabulary;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Outputs a report states in passing, without target or %: "培育社区志愿者 276 人，志愿者骨干 20 人，新增志愿者团队 2 个",
 * "共培育了 2 个社区社会组织", "对辖区内 248 户困难群众及特殊群体实行全覆盖建档". Only the quantities that are new by
 * their nature and counted the same way everywhere: new volunteers, volunteer leaders and teams, community
 * organisations (in a clause that says they were cultivated), and households archived. They fill an indicator no
 * table or sentence with a target stated; they never override one.
 */
final class IndicatorMentions {
    private IndicatorMentions() {}

    private static final Pattern CULTIVATED = Pattern.compile("培育|新增|发展|招募|新登记|登记|组建|成立");
    /** A stock, not what was added: "维系活跃志愿者团队 10 支", "现有志愿者". */
    private static final Pattern STOCK = Pattern.compile("维系|现有|活跃|累计|共有|总数|在册");
    private static final Pattern COMMA = Pattern.compile("[,，]");
    private static final String NUM = "(" + Cn.DIGITS + ")\\s*";

    private record Kind(String code, Pattern labelFirst, Pattern numberFirst) {}

    private static final List<Kind> KINDS = List.of(
            kind("volunteer_leaders", "志愿者骨干|志愿骨干", "名|人|位"),
            kind("volunteer_teams", "志愿者(?:服务)?(?:队伍|团队|服务队)|志愿(?:服务)?队伍", "支|个"),
            kind("volunteers_new", "(?:社区)?志愿者(?!骨干|队伍|团队|服务队|服务|团建)", "名|人|位"),
            kind("community_orgs", "社区社会组织", "个|家"));
    private static final Pattern ARCHIVE = Pattern.compile(NUM + "户[^,，。；;]{0,20}?(?:困难群众|特殊群体)[^,，。；;]{0,20}?建档");

    private static Kind kind(String code, String label, String unit) {
        return new Kind(code,
                Pattern.compile("(?:" + label + ")\\s*" + NUM + "(?:" + unit + ")"),
                Pattern.compile(NUM + "(?:" + unit + ")(?:的)?(?:" + label + ")"));
    }

    static List<IndicatorValue> extract(ReportText prose) {
        List<IndicatorValue> out = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        // matchers reset for each clause, not made for each (a report may have a million clauses)
        Matcher a = ARCHIVE.matcher(""), cultivated = CULTIVATED.matcher(""), stock = STOCK.matcher("");
        for (String line : prose.lines()) {
            if (line.isEmpty()) continue;
            for (String clause : Cn.clauses(line)) {
                if (a.reset(clause).find()) add("archive", a.group(1), clause, seen, out);
                if (!cultivated.reset(clause).find()) continue;
                for (String segment : COMMA.split(clause)) {
                    if (stock.reset(segment).find()) continue;
                    for (Kind k : KINDS) {
                        Matcher m = k.labelFirst.matcher(segment);
                        Matcher n = k.numberFirst.matcher(segment);
                        if (m.find()) add(k.code, m.group(1), clause, seen, out);
                        else if (n.find()) add(k.code, n.group(1), clause, seen, out);
                        else continue;
                        break;
                    }
                }
            }
        }
        return out;
    }

    private static void add(String code, String actual, String evidence, java.util.Set<String> seen, List<IndicatorValue> out) {
        if (!seen.add(code)) return; // the first statement of each
        IndicatorValue v = new IndicatorValue();
        v.code = code;
        v.label = IndicatorVocabulary.label(code);
        v.actual = Double.valueOf(actual);
        v.evidence = evidence.strip();
        out.add(v);
    }
}
