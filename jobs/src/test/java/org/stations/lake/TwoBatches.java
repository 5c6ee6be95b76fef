package org.stations.lake;

import org.stations.Seeds;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;

/**
 * Two ingest batches of real seeds: first 001 流花街 and 004 云城街 (稳岗率 85%); second 002 中南街, a
 * later revision of 004 (稳岗率 80%) and an empty file (quarantined).
 */
record TwoBatches(Path first, Path second) {
    static TwoBatches write(Path dir) throws IOException {
        Path first = Files.createDirectories(dir.resolve("first"));
        Path second = Files.createDirectories(dir.resolve("second"));
        Files.copy(Seeds.file("001"), first.resolve("001.txt"));
        Files.copy(Seeds.file("004"), first.resolve("004.txt"));
        Files.copy(Seeds.file("002"), second.resolve("002.txt"));
        Path revised = second.resolve("004-revised.txt");
        Files.writeString(revised, Seeds.text("004").replace("稳岗率达 85%", "稳岗率达 80%"));
        Files.setLastModifiedTime(revised, FileTime.fromMillis(System.currentTimeMillis() + 60_000));
        Files.write(second.resolve("empty.txt"), new byte[0]);
        return new TwoBatches(first, second);
    }
}
