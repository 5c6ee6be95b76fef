package org.stations;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.stations.util.SparkSessions;

import java.util.List;

/** One local SparkSession shared by every test class, created on first use and never stopped. */
public abstract class SparkTestBase {
    private static SparkSession spark;

    protected static synchronized SparkSession spark() {
        if (spark == null) {
            spark = SparkSessions.create("stations-test", "local[2]");
            spark.conf().set("spark.sql.shuffle.partitions", "2");
        }
        return spark;
    }

    protected static List<Row> sql(String q) {
        return spark().sql(q).collectAsList();
    }
}
