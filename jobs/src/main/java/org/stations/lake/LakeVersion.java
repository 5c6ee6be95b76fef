package org.stations.lake;

import org.stations.model.Table;

import java.time.Instant;
import java.util.Map;

/**
 * One point of the lake: a version of the report table and the version of every other table that
 * belongs to it (recorded in that report commit). A table absent from {@code tables} did not exist yet.
 * {@code runId} names the run that committed it (null when not written by stations).
 */
public record LakeVersion(long reportVersion, Instant at, String runId, Map<Table, Long> tables) {
    /** The version of {@code t} to read at this point; null when the lake had no such table then. */
    public Long tableVersion(Table t) {
        return t == Table.REPORT ? Long.valueOf(reportVersion) : tables.get(t); // boxed: a missing table is null, not an unboxing error
    }
}
