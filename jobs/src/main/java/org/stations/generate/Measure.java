package org.stations.generate;

/**
 * One indicator value as a report states it: the agreed target, the actual count and the completion
 * the report prints (a fraction; normally actual/target rounded to 0.01%, planted wrong for a contradiction).
 *
 * @param printedCompletion null when the report prints no completion for it
 * @param targetStated whether the report prints the target (else an extractor derives it as actual / %)
 */
public record Measure(String code, String label, long target, long actual, Double printedCompletion, boolean targetStated) {

    /** The completion rounded as reports print it: two decimals of a percent. */
    public static double roundedCompletion(long actual, long target) {
        return Math.round(actual * 10000.0 / target) / 10000.0;
    }

    public Measure withPrinted(Double printed) {
        return new Measure(code, label, target, actual, printed, targetStated);
    }

    public Measure withActual(long newActual) {
        return new Measure(code, label, target, newActual, printedCompletion, targetStated);
    }
}
