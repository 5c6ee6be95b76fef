package org.stations;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.stations.util.SparkSessions;

import java.nio.file.Path;
import java.util.List;

/** One local SparkSession for every test class (created once, never stopped), and a sql() helper. */
public abstract class SparkTestBase {
    private static SparkSession spark;

    protected static synchronized SparkSession spark() {
        if (spark == null) {
            spark = SparkSessions.create("stations-test", "local[2]");
            spark.conf().set("spark.sql.shuffle.partitions", "2");
        }
        return spark;
    }

    protected static List<Row> sql(String query) {
        return spark().sql(query).collectAsList();
    }

    /** The five real seed reports (CONTRACT: ../shared/seeds), as copied into data/reports. */
    protected static Path seeds() {
        return Seeds.dir();
    }
}
