package org.stations.extract;

import org.stations.model.Table;
import org.apache.spark.sql.Row;

/** One indicator row: a target, an actual and a printed completion, each only where the report prints it. */
public final class IndicatorValue {
    public String periodLabel;
    public String area;
    public String code;
    public String label;
    public Double target;
    public Double actual;
    public Double reportedCompletion;
    /** How many decimals the printed % had: the rounding a completion check must allow. */
    public int reportedDecimals = 2;
    public boolean targetDerived;
    /** Target, actual and % all read from one table row or one sentence: only then may they be checked against each other. */
    public boolean fromOneRow;
    public String evidence;

    public String key() { return periodLabel + "|" + area + "|" + code; }

    public Double completion() {
        if (target == null || actual == null || target == 0) return null;
        return Cn.round(actual / target, 6);
    }

    /**
     * Where only actual and % are printed: target = actual / %, kept whole when a whole target
     * reproduces the printed % (rounded or truncated, as reports do), else to two decimals.
     */
    public void deriveTarget() {
        if (target != null || actual == null || reportedCompletion == null || reportedCompletion == 0) return;
        double raw = actual / reportedCompletion;
        long whole = Math.round(raw);
        boolean reproduces = false;
        for (long t : new long[]{whole, whole - 1, whole + 1}) {
            if (t < 1 || reproduces) continue;
            reproduces = Cn.printsAs(actual / t, reportedCompletion, reportedDecimals);
            if (reproduces) whole = t;
        }
        target = reproduces ? (double) whole : Cn.round(raw, 2);
        targetDerived = true;
    }

    public Row toRow(String reportId) {
        return Table.INDICATOR.row().set("report_id", reportId).set("period_label", periodLabel).set("area", area)
                .set("indicator", code).set("label", label).set("target", target).set("actual", actual)
                .set("completion", completion()).set("reported_completion", reportedCompletion)
                .set("target_derived", targetDerived).set("evidence", evidence).build();
    }
}
