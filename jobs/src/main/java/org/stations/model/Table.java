package org.stations.model;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

import java.util.ArrayList;
import java.util.List;

/** The lake tables of CONTRACT.md: name and column order in one place. */
public enum Table {
    REPORT("report",
            "report_id STRING, source_file STRING, station STRING, station_full STRING, city STRING, district STRING,"
            + " operator STRING, purchaser STRING, supervisor STRING, evaluator STRING, report_type STRING,"
            + " report_type_label STRING, evaluation_date DATE, contract_start DATE, contract_end DATE,"
            + " period_start DATE, period_end DATE, period_months DOUBLE, budget_wan DOUBLE, total_score DOUBLE,"
            + " grade STRING, social_workers INT, certified_workers INT, retention_rate DOUBLE,"
            + " satisfaction_rate DOUBLE, text_sha256 STRING, parser_version STRING, ingested_at TIMESTAMP,"
            + " file_sha256 STRING, source_modified TIMESTAMP, synthetic BOOLEAN, facts_sha256 STRING"),
    PARTY_SCORE("party_score",
            "report_id STRING, party STRING, party_label STRING, score DOUBLE, max_score DOUBLE, evidence STRING"),
    SCORE_ITEM("score_item",
            "report_id STRING, party STRING, item STRING, area STRING, max_score DOUBLE, score DOUBLE,"
            + " converted_score DOUBLE, evidence STRING"),
    INDICATOR("indicator",
            "report_id STRING, period_label STRING, area STRING, indicator STRING, label STRING, target DOUBLE,"
            + " actual DOUBLE, completion DOUBLE, reported_completion DOUBLE, target_derived BOOLEAN, evidence STRING"),
    STAFFING("staffing",
            "report_id STRING, workers_expected DOUBLE, workers_actual DOUBLE, certified_expected DOUBLE,"
            + " certified_actual DOUBLE, required_workers INT, stable_workers INT, retention_rate DOUBLE,"
            + " experienced_share DOUBLE, resigned INT, hired INT, transferred_in INT, transferred_out INT,"
            + " evidence STRING"),
    STAFF_MONTH("staff_month",
            "report_id STRING, person_key STRING, certified BOOLEAN, role STRING, area STRING, month DATE,"
            + " on_post BOOLEAN, insured BOOLEAN, paid BOOLEAN, event STRING"),
    FINDING("finding",
            "report_id STRING, party STRING, polarity STRING, seq INT, text STRING, themes ARRAY<STRING>"),
    QUALITY_FLAG("quality_flag",
            "report_id STRING, table_name STRING, check STRING, severity STRING, detail STRING"),
    QUARANTINE("quarantine",
            "source_file STRING, sha256 STRING, reason STRING, at TIMESTAMP");

    public final String tableName;
    public final StructType schema;
    private final java.util.Map<String, Integer> index = new java.util.HashMap<>();

    Table(String tableName, String ddl) {
        this.tableName = tableName;
        this.schema = StructType.fromDDL(ddl);
        for (int i = 0; i < schema.fields().length; i++) index.put(schema.fields()[i].name(), i);
    }

    /** A row of this table built column by column, by name: {@code Table.REPORT.row().set("station", s) … .build()}. */
    public RowBuilder row() { return new RowBuilder(this); }

    /**
     * Values set by column name and checked against the schema as they are set; {@link #build} insists that
     * every column was set (to null where there is nothing), so a column added to the schema cannot be forgotten.
     */
    public static final class RowBuilder {
        private final Table table;
        private final Object[] values;
        private final boolean[] set;

        private RowBuilder(Table table) {
            this.table = table;
            this.values = new Object[table.columns()];
            this.set = new boolean[values.length];
        }

        public RowBuilder set(String column, Object value) {
            Integer i = table.index.get(column);
            if (i == null) throw new IllegalArgumentException(table.tableName + " has no column " + column);
            if (set[i]) throw new IllegalStateException(table.tableName + "." + column + " set twice");
            StructField f = table.schema.fields()[i];
            if (value != null && !accepts(f.dataType(), value)) {
                throw new IllegalArgumentException(table.tableName + "." + column + " (" + f.dataType().simpleString()
                        + ") given a " + value.getClass().getSimpleName());
            }
            values[i] = value;
            set[i] = true;
            return this;
        }

        public Row build() {
            for (int i = 0; i < set.length; i++) {
                if (!set[i]) throw new IllegalStateException(table.tableName + "." + table.schema.fields()[i].name() + " not set");
            }
            return org.apache.spark.sql.RowFactory.create(values);
        }
    }

    /** The tables whose rows belong to one report (everything but quarantine). */
    public static List<Table> reportTables() {
        List<Table> out = new ArrayList<>();
        for (Table t : values()) if (t != QUARANTINE) out.add(t);
        return out;
    }

    public int columns() { return schema.fields().length; }

    /** Checks a row's arity and value types against the schema, so a mistake fails in the extractor's test, not in Parquet. */
    public Row check(Row row) {
        StructField[] fields = schema.fields();
        if (row.length() != fields.length)
            throw new IllegalStateException(tableName + ": row has " + row.length() + " values, schema " + fields.length);
        for (int i = 0; i < fields.length; i++) {
            Object v = row.get(i);
            if (v != null && !accepts(fields[i].dataType(), v))
                throw new IllegalStateException(tableName + "." + fields[i].name() + ": " + v.getClass().getSimpleName());
        }
        return row;
    }

    private static boolean accepts(DataType t, Object v) {
        if (t == DataTypes.StringType) return v instanceof String;
        if (t == DataTypes.DoubleType) return v instanceof Double;
        if (t == DataTypes.IntegerType) return v instanceof Integer;
        if (t == DataTypes.BooleanType) return v instanceof Boolean;
        if (t == DataTypes.DateType) return v instanceof java.time.LocalDate;
        if (t == DataTypes.TimestampType) return v instanceof java.time.Instant;
        if (t instanceof org.apache.spark.sql.types.ArrayType) return v instanceof scala.collection.Seq<?>;
        return true;
    }
}
