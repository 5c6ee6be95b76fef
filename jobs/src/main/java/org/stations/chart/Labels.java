package org.stations.chart;

import org.stations.model.IndicatorVocabulary;
import org.stations.model.Pace;

/** Chinese labels for the codes the charts show, from the model's vocabularies. */
public final class Labels {
    private Labels() {}

    /** The label of an indicator code; a code outside the contract's list keeps the label as printed. */
    public static String indicator(String code, String printed) { return IndicatorVocabulary.chartLabel(code, printed); }

    /** The label of a completion status code (bench_completion.status), or the code for one not listed. */
    public static String status(String code) {
        for (Pace.Status s : Pace.Status.values()) if (s.code.equals(code)) return s.label;
        return code;
    }

    static String sourceNote(long reports, long synthetic) {
        String note = "数据来源: stations 评估报告湖, " + reports + " 份报告";
        return synthetic > 0 ? note + " (其中 " + synthetic + " 份为合成样例)" : note;
    }
}
