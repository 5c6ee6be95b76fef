package org.stations.util;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;

/** Pages written aside and swapped in whole, so a reader never opens half of a page being rewritten. */
public final class Folders {
    private Folders() {}

    /** An empty folder beside {@code target} to write the next version into. */
    public static Path aside(Path target) throws IOException {
        Path aside = target.resolveSibling("." + target.getFileName() + ".new");
        deleteTree(aside);
        return Files.createDirectories(aside);
    }

    /**
     * Puts {@code fresh} in the place of {@code target}: the old folder is renamed away, the new one renamed
     * in (two renames: for that instant the folder is absent, never half written), then the old deleted.
     * Sub-folders of the old that {@code kept} accepts and the new lacks (a month's district pages under
     * the city page) move over.
     */
    public static void swap(Path fresh, Path target, java.util.function.Predicate<Path> kept) throws IOException {
        Path old = target.resolveSibling("." + target.getFileName() + ".old");
        deleteTree(old);
        if (Files.isDirectory(target)) {
            try (Stream<Path> children = Files.list(target)) {
                for (Path c : children.toList()) {
                    Path there = fresh.resolve(c.getFileName().toString());
                    if (Files.isDirectory(c) && kept.test(c) && !Files.exists(there)) Files.move(c, there);
                }
            }
            Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
        }
        Files.createDirectories(target.getParent());
        Files.move(fresh, target, StandardCopyOption.ATOMIC_MOVE);
        deleteTree(old);
    }

    public static void deleteTree(Path p) throws IOException {
        if (!Files.exists(p)) return;
        try (Stream<Path> all = Files.walk(p)) {
            for (Path f : all.sorted(Comparator.reverseOrder()).toList()) Files.delete(f);
        }
    }
}
