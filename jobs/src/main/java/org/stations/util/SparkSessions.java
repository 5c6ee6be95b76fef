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
                .config("spark.sql.parquet.compression.codec", "zstd")
                // every lake table is a Delta table; the jar sets Delta up itself, also under spark-submit
                .config("spark.sql.extensions", "io.delta.sql.DeltaSparkSessionExtension")
                .config("spark.sql.catalog.spark_catalog", "org.apache.spark.sql.delta.catalog.DeltaCatalog")
                // a MERGE marks replaced rows deleted instead of rewriting their files: its cost follows the batch
                .config("spark.databricks.delta.properties.defaults.enableDeletionVectors", "true")
                // the log of a small lake is read by a few tasks, not 50
                .config("spark.databricks.delta.snapshotPartitions", "2")
                // min/max from Delta's file statistics hand back java.sql.Date where this session uses LocalDate
                .config("spark.databricks.delta.optimizeMetadataQuery.enabled", "false")
                // Delta's SQL parser does not take part in Spark 4.1's parse-time parameter substitution:
                // :name parameters (the summary's month and district) are bound by the analyzer as before
                .config("spark.sql.legacy.parameterSubstitution.constantsOnly", "true");
        if (System.getProperty("spark.master") == null && master != null) {
            b.master(master);
            if (master.startsWith("local")) {
                b.config("spark.driver.bindAddress", "127.0.0.1").config("spark.driver.host", "127.0.0.1");
            } else if (ownJar() != null) {
                // executors load the job's classes from this jar: spark-submit ships it itself, a plain
                // `--master spark://…` must name it (else ClassNotFoundException in every task)
                b.config("spark.jars", ownJar());
            }
        }
        SparkSession spark = b.getOrCreate();
        spark.sparkContext().setLogLevel("ERROR");
        return spark;
    }

    /** The jar these classes were loaded from; null when they come from a classes folder (tests, mvn exec). */
    static String ownJar() {
        java.security.CodeSource source = SparkSessions.class.getProtectionDomain().getCodeSource();
        if (source == null) return null;
        try {
            java.nio.file.Path p = java.nio.file.Path.of(source.getLocation().toURI());
            return p.toString().endsWith(".jar") ? p.toString() : null;
        } catch (java.net.URISyntaxException | IllegalArgumentException e) {
            return null;
        }
    }
}
