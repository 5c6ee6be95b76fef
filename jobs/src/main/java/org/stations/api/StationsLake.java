package org.stations.api;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.DecimalType;
import org.apache.spark.sql.types.StructField;
import org.stations.bench.BenchJob;
import org.stations.lake.Lake;
import org.stations.util.SparkSessions;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.InstantColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * The lake for notebooks and other JVM code: a lake table, a benchmark table or a Spark SQL query as
 * a Tablesaw {@link Table}. The query runs in Spark (local, all cores), so it may scan a large lake;
 * only its result comes to the caller, and a result above {@link #MAX_ROWS} rows is refused rather
 * than filling the heap (aggregate or LIMIT in SQL).
 *
 * <pre>{@code
 * StationsLake lake = StationsLake.open("data/lake");
 * Table reports = lake.table("report");
 * Table low = lake.sql("SELECT station, retention_rate FROM report WHERE retention_rate < 0.8");
 * }</pre>
 * Columns keep Spark's types: DATE as dates, TIMESTAMP as instants, numbers as numbers, text with its
 * Chinese intact; an ARRAY (finding.themes) becomes text such as {@code [staff_stability, training]}.
 */
public final class StationsLake implements AutoCloseable {
    /** A result this large is a scan, not an answer: a notebook's heap would hold it twice (rows, then columns). */
    public static final int MAX_ROWS = 1_000_000;

    private final SparkSession spark;
    private final String lakeDir;
    private final String outDir;
    private final List<String> tables = new ArrayList<>();

    private StationsLake(SparkSession spark, String lakeDir, String outDir) {
        this.spark = spark;
        this.lakeDir = lakeDir;
        this.outDir = outDir;
        Lake lake = new Lake(spark, lakeDir);
        for (org.stations.model.Table t : org.stations.model.Table.values()) {
            if (!lake.exists(t)) continue;
            tables.add(t.tableName);
        }
        if (!tables.contains(org.stations.model.Table.REPORT.tableName)) {
            throw new IllegalArgumentException("no report table in lake " + lakeDir + " (run: bin/stations all)");
        }
        lake.registerViews();
        CodeLabels.register(spark); // theme_label(…) and the like, so that charts of a query show Chinese
        try {
            for (String b : BenchJob.registerViews(spark, outDir)) tables.add("bench_" + b);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read benchmark tables under " + outDir, e);
        }
    }

    /**
     * Opens a lake and the benchmark tables beside it: for {@code data/lake}, those under {@code data/out/bench}
     * (what {@code bin/stations all} writes).
     */
    public static StationsLake open(String lakeDir) {
        Path parent = Path.of(lakeDir).toAbsolutePath().getParent();
        return open(lakeDir, parent == null ? "out" : parent.resolve("out").toString());
    }

    /** Opens a lake and the benchmark tables under {@code outDir/bench}, on a local Spark of all cores. */
    public static StationsLake open(String lakeDir, String outDir) {
        return new StationsLake(SparkSessions.create("stations notebook", "local[*]"), lakeDir, outDir);
    }

    /** As {@link #open(String, String)} on a session the caller made (a cluster, a test's session). */
    public static StationsLake open(SparkSession spark, String lakeDir, String outDir) {
        return new StationsLake(spark, lakeDir, outDir);
    }

    /** The lake tables and benchmark views ({@code bench_<name>}) this lake has, each queryable by name. */
    public List<String> tables() { return List.copyOf(tables); }

    /** A whole lake table ({@code report}) or benchmark table ({@code bench_staff_survival}, or {@code staff_survival}). */
    public Table table(String name) {
        String view = tables.contains(name) ? name : tables.contains("bench_" + name) ? "bench_" + name : null;
        if (view == null) throw new IllegalArgumentException("no table " + name + " in " + lakeDir + " (tables: " + tables + ")");
        return toTable(spark.table(view), view);
    }

    /** The result of a Spark SQL query over the tables of {@link #tables()}. */
    public Table sql(String query) {
        return toTable(spark.sql(query), "query");
    }

    /** The session underneath, for what a Table cannot do (writing, a Dataset pipeline). */
    public SparkSession spark() { return spark; }

    public String lakeDir() { return lakeDir; }

    public String outDir() { return outDir; }

    /** Stops the local Spark session; a notebook's kernel stops it when it exits anyway. */
    @Override public void close() { spark.stop(); }

    /** A Spark result as a Tablesaw table, column by column in Spark's types. */
    public static Table toTable(Dataset<Row> df, String name) {
        StructField[] fields = df.schema().fields();
        List<Column<?>> columns = new ArrayList<>();
        for (StructField f : fields) columns.add(column(f.name(), f.dataType()));
        Iterator<Row> it = df.toLocalIterator();
        long n = 0;
        while (it.hasNext()) {
            if (++n > MAX_ROWS) {
                throw new IllegalArgumentException("result has more than " + MAX_ROWS
                        + " rows: aggregate or LIMIT it in SQL, or use spark() for a Dataset");
            }
            Row r = it.next();
            for (int i = 0; i < fields.length; i++) append(columns.get(i), fields[i].dataType(), r.isNullAt(i) ? null : r.get(i));
        }
        return Table.create(name, columns);
    }

    private static Column<?> column(String name, DataType t) {
        if (t == DataTypes.StringType) return StringColumn.create(name);
        if (t == DataTypes.IntegerType || t == DataTypes.ShortType || t == DataTypes.ByteType) return IntColumn.create(name);
        if (t == DataTypes.LongType) return LongColumn.create(name);
        if (t == DataTypes.DoubleType || t == DataTypes.FloatType || t instanceof DecimalType) return DoubleColumn.create(name);
        if (t == DataTypes.BooleanType) return BooleanColumn.create(name);
        if (t == DataTypes.DateType) return DateColumn.create(name);
        if (t == DataTypes.TimestampType) return InstantColumn.create(name);
        return StringColumn.create(name); // arrays, structs, maps: as text
    }

    private static void append(Column<?> c, DataType t, Object v) {
        if (v == null) {
            c.appendMissing();
        } else if (c instanceof IntColumn ic) {
            ic.append(((Number) v).intValue());
        } else if (c instanceof LongColumn lc) {
            lc.append(((Number) v).longValue());
        } else if (c instanceof DoubleColumn dc) {
            dc.append(((Number) v).doubleValue());
        } else if (c instanceof BooleanColumn bc) {
            bc.append((Boolean) v);
        } else if (c instanceof DateColumn dc) {
            dc.append(v instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) v);
        } else if (c instanceof InstantColumn ic) {
            ic.append(v instanceof java.sql.Timestamp ts ? ts.toInstant() : (Instant) v);
        } else {
            ((StringColumn) c).append(t instanceof ArrayType ? text(v) : v.toString());
        }
    }

    /** An array as {@code [a, b]}, as `bin/stations sql` prints it. */
    private static String text(Object v) {
        if (v instanceof scala.collection.Seq<?> seq) return seq.mkString("[", ", ", "]");
        if (v instanceof List<?> list) return list.toString();
        return v.toString();
    }
}
