package org.stations.extract;

import org.apache.spark.sql.Row;
import org.stations.model.Table;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Everything read from one report, as rows of the lake tables. */
public final class ExtractedReport implements Serializable {
    public final String reportId;
    public final String textSha256;
    private final Map<Table, List<Row>> rows = new EnumMap<>(Table.class);
    /**
     * For the report row's fields (by column name: total_score, evaluation_date, operator …), the sentence or table
     * row each value was read from, as printed: what `explain` shows. Lake rows of other tables carry their own
     * evidence column.
     */
    public final Map<String, String> fieldEvidence = new java.util.LinkedHashMap<>();

    public ExtractedReport(String reportId, String textSha256) {
        this.reportId = reportId;
        this.textSha256 = textSha256;
    }

    public void add(Table t, Row row) {
        rows.computeIfAbsent(t, k -> new ArrayList<>()).add(t.check(row));
    }

    public List<Row> rows(Table t) {
        return rows.getOrDefault(t, List.of());
    }

    public String factsSha256() {
        Row r = report();
        return r.getString(Table.REPORT.schema.fieldIndex("facts_sha256"));
    }

    /** The single report row. */
    public Row report() {
        return rows(Table.REPORT).get(0);
    }
}
