package org.stations.lake;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.List;
import java.util.Map;

/**
 * What one run did to the lake, stored as the user metadata of its report commit: read back by
 * {@code history}, and {@code tables} pins every other table's version to this lake version.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record LakeRun(String command, String id, List<String> inputs, Long files, Long added, Long revised, Long unchanged,
                      Long duplicate, Long quarantined, Integer keepDays, Map<String, Long> tables) {
    private static final ObjectMapper JSON = new ObjectMapper();

    public static LakeRun ingest(List<String> inputs, long files, long added, long revised, long unchanged,
                                 long duplicate, long quarantined) {
        return new LakeRun("ingest", newId(), inputs, files, added, revised, unchanged, duplicate, quarantined, null, null);
    }

    public static LakeRun of(String command) {
        return new LakeRun(command, newId(), null, null, null, null, null, null, null, null, null);
    }

    LakeRun keptDays(int days) {
        return new LakeRun(command, id, inputs, files, added, revised, unchanged, duplicate, quarantined, days, tables);
    }

    LakeRun withTables(Map<String, Long> t) {
        return new LakeRun(command, id, inputs, files, added, revised, unchanged, duplicate, quarantined, keepDays, t);
    }

    /** What the run's commits to the other tables carry: which run wrote them. */
    LakeRun tag() {
        return new LakeRun(command, id, null, null, null, null, null, null, null, null, null);
    }

    private static String newId() {
        return java.util.UUID.randomUUID().toString().substring(0, 8);
    }

    String toJson() {
        try {
            return JSON.writeValueAsString(this);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("run record: " + e.getMessage(), e);
        }
    }

    /** Null for a commit this project did not write (no or foreign user metadata). */
    static LakeRun fromJson(String s) {
        if (s == null || s.isBlank()) return null;
        try {
            LakeRun r = JSON.readValue(s, LakeRun.class);
            return r.command() == null ? null : r;
        } catch (JsonProcessingException e) {
            return null;
        }
    }
}
