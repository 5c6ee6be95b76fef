package org.stations.model;

/** What the evaluation rules (评估指标体系) require of a station, where a benchmark or a check measures it. */
public final class Requirements {
    private Requirements() {}

    /** 稳岗率不低于 80%: retention below this is flagged, drawn as a line and counted by district. */
    public static final double RETENTION = 0.80;

    /** The requirement as the pages print it: "80%". */
    public static final String RETENTION_PERCENT = Math.round(RETENTION * 100) + "%";
}
