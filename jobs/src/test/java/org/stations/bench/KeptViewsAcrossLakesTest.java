package org.stations.bench;

import org.apache.commons.io.FileUtils;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stations.SparkTestBase;
import org.stations.lake.Lake;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * One session opening one lake after another, the first deleted in between (as test classes and a
 * long-lived notebook do): the views kept for the first must go without re-reading its deleted tables.
 */
class KeptViewsAcrossLakesTest extends SparkTestBase {

    @Test
    void a_second_lake_replaces_the_kept_views_of_a_deleted_first(@TempDir Path dir) throws Exception {
        Path first = dir.resolve("first");
        SeedLake.write(spark(), first.toString());
        new Lake(spark(), first.toString()).registerViews();
        assertEquals(12L, spark().sql("SELECT count(*) FROM party_score").first().getLong(0));
        FileUtils.deleteDirectory(first.toFile());

        Path second = dir.resolve("second");
        SeedLake.write(spark(), second.toString());
        new Lake(spark(), second.toString()).registerViews();
        // the four seed reports of SeedLake; 云城街's 稳岗率达 85%
        assertEquals(4L, spark().sql("SELECT count(*) FROM report").first().getLong(0));
        assertEquals(0.85, spark().sql("SELECT retention_rate FROM report WHERE station = '云城街'").first().getDouble(0), 1e-9);
        assertEquals(12L, spark().sql("SELECT count(*) FROM party_score").first().getLong(0));
    }
}
