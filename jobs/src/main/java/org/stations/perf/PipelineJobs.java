package org.stations.perf;

import org.apache.spark.sql.SparkSession;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Optional;

/**
 * The ingest and bench jobs perf times. They are written on other branches; binding them by name keeps
 * this package compiling without them, and perf reports a step as not available until they are merged.
 * Once both are on main this can become plain calls to IngestJob.run and BenchJob.run.
 */
final class PipelineJobs {
    private PipelineJobs() {}

    static final String INGEST = "org.stations.ingest.IngestJob";
    static final String BENCH = "org.stations.bench.BenchJob";

    /** IngestJob.run(SparkSession spark, List&lt;String&gt; inputs, String lakeDir) */
    static Optional<Method> ingest() {
        return find(INGEST, SparkSession.class, List.class, String.class);
    }

    /** BenchJob.run(SparkSession spark, String lakeDir, String outDir) */
    static Optional<Method> bench() {
        return find(BENCH, SparkSession.class, String.class, String.class);
    }

    private static Optional<Method> find(String cls, Class<?>... params) {
        try {
            return Optional.of(Class.forName(cls).getMethod("run", params));
        } catch (ClassNotFoundException | NoSuchMethodException e) {
            return Optional.empty();
        }
    }

    static void call(Method m, Object... args) throws Exception {
        try {
            m.invoke(null, args);
        } catch (InvocationTargetException e) {
            Throwable c = e.getCause();
            if (c instanceof Exception ex) throw ex;
            throw e;
        }
    }
}
