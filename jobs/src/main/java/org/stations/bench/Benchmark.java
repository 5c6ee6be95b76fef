package org.stations.bench;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * One benchmark table: its name (the folder under OUT/bench/ and, prefixed with bench_, the view) and its
 * Spark SQL over the lake tables as views of their own names and the benchmarks computed before it.
 */
public record Benchmark(String name, String sql) {
    public Dataset<Row> compute(SparkSession spark) { return spark.sql(sql); }
}
