package org.stations.util;

import org.apache.spark.sql.SparkSession;

/** One place for how every job gets its session: no master in job code, local[*] only as the CLI default. */
public final class SparkSessions {
    private SparkSessions() {}

    /**
     * @param master from --master; ignored when spark-submit already set spark.master
     */
    public static SparkSession create(String appName, String master) {
        SparkSession.Builder b = SparkSession.builder().appName(appName)
                .config("spark.ui.enabled", "false")
                .config("spark.sql.datetime.java8API.enabled", "true")
                .config("spark.sql.session.timeZone", "UTC")
                .config("spark.sql.shuffle.partitions", "8")
                .config("spark.sql.adaptive.enabled", "true")
                .config("spark.sql.parquet.compression.codec", "zstd");
        if (System.getProperty("spark.master") == null && master != null) {
            b.master(master);
            if (master.startsWith("local")) {
                b.config("spark.driver.bindAddress", "127.0.0.1").config("spark.driver.host", "127.0.0.1");
            }
        }
        SparkSession spark = b.getOrCreate();
        spark.sparkContext().setLogLevel("ERROR");
        return spark;
    }
}
