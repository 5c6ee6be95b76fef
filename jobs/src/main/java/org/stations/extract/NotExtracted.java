package org.stations.extract;

import org.stations.model.Check;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A report whose text talks about scores, indicators or staffing but yields none of them: a warning that names what
 * is missing, so an operator sees an unfamiliar layout instead of silent nulls.
 */
final class NotExtracted {
    private NotExtracted() {}

    private static final Pattern SCORE_TALK = Pattern.compile("(?:得分|评分|总分)[^。；;\\n]{0,20}?(\\d+(?:\\.\\d+)?)\\s*分");
    /**
     * Words that make a number of points a rule, not a result: "评估总分为100分，其中…占比55%", "评分90分以上为优秀",
     * "满分20分". A report that states only how it is scored has no score to miss.
     */
    private static final Pattern SCORING_RULE = Pattern.compile("满分|占比|分值|标准分|权重|以上|以下|不含|至\\d|为(?:优秀|良好|合格|不合格)");
    private static final Pattern INDICATOR_TALK = Pattern.compile("(?:协议指标|年度指标|服务指标|完成率)[^。；;\\n]{0,40}?\\d+(?:\\.\\d+)?%");
    private static final Pattern STAFFING_TALK = Pattern.compile("(?:稳岗率|到岗|在岗)[^。；;\\n]{0,30}?\\d");

    static List<QualityChecks.Flag> check(ReportText t, ScoreExtractor.Scores scores, StaffingExtractor.Staffing staffing,
                                          List<IndicatorValue> indicators) {
        List<QualityChecks.Flag> out = new ArrayList<>();
        String text = t.text();
        if (scores.parties.isEmpty() && scores.total() == null && talksOfAScore(text)) {
            out.add(new QualityChecks.Flag("party_score", Check.NOT_EXTRACTED, "warning", "正文提到评分，但未读取到任何一方的得分或总分"));
        }
        if (indicators.isEmpty() && INDICATOR_TALK.matcher(text).find()) {
            out.add(new QualityChecks.Flag("indicator", Check.NOT_EXTRACTED, "warning", "正文提到服务指标完成情况，但未读取到任何指标"));
        }
        if (staffing.isEmpty() && STAFFING_TALK.matcher(text).find()) {
            out.add(new QualityChecks.Flag("staffing", Check.NOT_EXTRACTED, "warning", "正文提到人员配备或稳岗，但未读取到任何人员数据"));
        }
        return out;
    }

    /** Whether the text states a number of points that is a result: not the scale (100) and not in a clause of rules. */
    static boolean talksOfAScore(String text) {
        var found = org.stations.util.FirstChars.matches(SCORE_TALK, text);
        while (found.find()) {
            var m = found.matcher();
            if (Double.parseDouble(m.group(1)) >= 100) continue;
            int end = m.end();
            while (end < text.length() && "。；;\n".indexOf(text.charAt(end)) < 0 && end - m.end() < 12) end++;
            if (SCORING_RULE.matcher(text.substring(m.start(), end)).find()) continue;
            return true;
        }
        return false;
    }
}
