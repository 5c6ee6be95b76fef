package org.stations.lake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.Path;
import org.stations.model.Table;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The lake's versions (the report table's Delta history) and what each run recorded in them. */
public final class LakeHistory {
    private LakeHistory() {}

    /** One lake version: the report table's commit and the run record it carries (null for a foreign commit). */
    public record Entry(long version, Instant at, String operation, LakeRun run) {}

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);

    /** Oldest first. */
    public static List<Entry> entries(Lake lake) {
        return entries(lake, Table.REPORT);
    }

    /**
     * Read from the commit files themselves (a commitInfo line each), not with DESCRIBE HISTORY: no Spark
     * job, so opening a lake costs a directory listing and a file read.
     */
    static List<Entry> entries(Lake lake, Table t) {
        List<Entry> out = new ArrayList<>();
        for (long v : commits(lake, t)) out.add(entry(lake, t, v));
        return out;
    }

    /** The table's commit versions, oldest first. */
    static List<Long> commits(Lake lake, Table t) {
        try {
            List<Long> out = new ArrayList<>();
            for (FileStatus st : lake.fs().listStatus(log(lake, t))) {
                String n = st.getPath().getName();
                if (n.matches("\\d{20}\\.json")) out.add(Long.parseLong(n.substring(0, 20)));
            }
            out.sort(null);
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the history of " + lake.path(t) + ": " + e.getMessage(), e);
        }
    }

    static Entry entry(Lake lake, Table t, long version) {
        Path file = new Path(log(lake, t), String.format("%020d.json", version));
        try (BufferedReader in = new BufferedReader(new InputStreamReader(lake.fs().open(file), StandardCharsets.UTF_8))) {
            for (String line; (line = in.readLine()) != null; ) {
                JsonNode info = JSON.readTree(line).get("commitInfo");
                if (info == null) continue;
                JsonNode meta = info.get("userMetadata");
                long at = info.has("inCommitTimestamp") ? info.get("inCommitTimestamp").asLong() : info.get("timestamp").asLong();
                return new Entry(version, Instant.ofEpochMilli(at), info.path("operation").asText("?"),
                        LakeRun.fromJson(meta == null || meta.isNull() ? null : meta.asText()));
            }
            throw new IllegalStateException("commit " + file + " has no commitInfo");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private static Path log(Lake lake, Table t) {
        return new Path(lake.path(t), "_delta_log");
    }

    /** One line per lake version, oldest first: when, what ran, inputs, reports added/revised/quarantined. */
    public static List<String> lines(Lake lake) {
        if (!lake.exists(Table.REPORT)) return List.of();
        List<String> out = new ArrayList<>();
        for (Entry e : entries(lake)) out.add(line(e));
        return out;
    }

    static String line(Entry e) {
        StringBuilder sb = new StringBuilder(String.format("%-4d %s UTC  ", e.version(), WHEN.format(e.at())));
        LakeRun r = e.run();
        if (r == null) return sb.append(e.operation()).append(" (not written by stations)").toString();
        sb.append(String.format("%-7s", r.command()));
        if (r.inputs() != null) {
            sb.append("  inputs ").append(String.join(" ", r.inputs())).append(" (").append(r.files())
                    .append(r.files() == 1 ? " file)" : " files)");
        }
        if (r.added() != null) {
            sb.append(String.format("  added %d, revised %d, unchanged %d, quarantined %d (%d of them duplicates)",
                    r.added(), r.revised(), r.unchanged(), r.duplicate() + r.quarantined(), r.duplicate()));
        }
        if (r.keepDays() != null) sb.append("  kept ").append(r.keepDays()).append(r.keepDays() == 1 ? " day" : " days").append(" of history");
        return sb.toString();
    }

    /** The lake version {@code asOf} names (a version number or a UTC timestamp), the latest for null. */
    static LakeVersion resolve(Lake lake, String asOf) {
        List<Entry> all = entries(lake);
        Entry chosen = all.get(all.size() - 1);
        if (asOf != null) {
            String s = asOf.strip();
            if (s.matches("\\d+")) {
                long v = Long.parseLong(s);
                chosen = all.stream().filter(e -> e.version() == v).findFirst().orElseThrow(() -> new IllegalArgumentException(
                        "lake " + lake.root() + " has versions " + all.get(0).version() + " to " + all.get(all.size() - 1).version()
                                + ", not " + v + " (see: bin/stations history)"));
            } else {
                Instant t = timestamp(s);
                chosen = all.stream().filter(e -> !e.at().isAfter(t)).reduce((a, b) -> b).orElseThrow(() -> new IllegalArgumentException(
                        "--as-of " + s + " is before the lake's first version (" + WHEN.format(all.get(0).at()) + " UTC)"));
            }
        }
        return new LakeVersion(chosen.version(), chosen.at(), chosen.run() == null ? null : chosen.run().id(),
                tableVersions(lake, chosen));
    }

    /** The versions the run recorded; for a commit without a record, each table's last version before it. */
    private static Map<Table, Long> tableVersions(Lake lake, Entry e) {
        Map<Table, Long> out = new EnumMap<>(Table.class);
        if (e.run() != null && e.run().tables() != null) {
            for (Map.Entry<String, Long> t : e.run().tables().entrySet()) out.put(byName(t.getKey()), t.getValue());
            return out;
        }
        for (Table t : Table.values()) {
            if (t == Table.REPORT || !lake.exists(t)) continue;
            entries(lake, t).stream().filter(c -> !c.at().isAfter(e.at())).reduce((a, b) -> b)
                    .ifPresent(c -> out.put(t, c.version()));
        }
        return out;
    }

    private static Table byName(String name) {
        for (Table t : Table.values()) if (t.tableName.equals(name)) return t;
        throw new IllegalStateException("run record names an unknown table " + name);
    }

    /** 2026-12-02, 2026-12-02 10:42, 2026-12-02T10:42:05, optionally with Z: UTC throughout. */
    static Instant timestamp(String s) {
        String t = s.endsWith("Z") ? s.substring(0, s.length() - 1) : s;
        t = t.replace(' ', 'T');
        try {
            if (t.matches("\\d{4}-\\d{2}-\\d{2}")) return LocalDate.parse(t).atStartOfDay().toInstant(ZoneOffset.UTC);
            return LocalDateTime.parse(t).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("--as-of takes a lake version (0, 1, …) or a UTC time such as 2026-12-02 or"
                    + " 2026-12-02T10:42 (got '" + s + "')");
        }
    }
}
