package org.stations.bench;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * One benchmark table. It reads the lake tables as views of their own names and the benchmarks
 * computed before it as views {@code bench_<name>}, all in Spark SQL.
 */
public interface Benchmark {
    /** The folder under OUT/bench/ and, prefixed with bench_, the view name. */
    String name();

    Dataset<Row> compute(SparkSession spark);
}
