package org.stations.ingest;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;

import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/** The files named by --input: files as given, folders walked recursively (hidden files skipped). */
public final class InputFiles {
    private InputFiles() {}

    /** A file to ingest: only its name, size and time travel to the executors, never its bytes. */
    public record InputFile(String path, long length, long modifiedMillis) implements Serializable {}

    public static List<InputFile> list(List<String> inputs, Configuration conf) throws IOException {
        List<InputFile> out = new ArrayList<>();
        for (String input : inputs) {
            Path p = new Path(input);
            FileSystem fs = p.getFileSystem(conf);
            if (!fs.exists(p)) throw new IllegalArgumentException("input not found: " + input);
            FileStatus st = fs.getFileStatus(p);
            if (st.isFile()) { out.add(of(st)); continue; }
            RemoteIterator<LocatedFileStatus> it = fs.listFiles(p, true);
            while (it.hasNext()) {
                LocatedFileStatus f = it.next();
                if (!hidden(p, f.getPath())) out.add(of(f));
            }
        }
        out.sort(java.util.Comparator.comparing(InputFile::path));
        return out;
    }

    private static InputFile of(FileStatus st) {
        Path p = st.getPath();
        // local files are named as a person would type them; other file systems keep their URI
        String name = "file".equals(p.toUri().getScheme()) ? p.toUri().getPath() : p.toString();
        return new InputFile(name, st.getLen(), st.getModificationTime());
    }

    /** A dot-file or anything inside a dot-folder below the input root (.git, .DS_Store). */
    private static boolean hidden(Path root, Path file) {
        for (Path p = file; p != null && !p.equals(root); p = p.getParent()) {
            String n = p.getName();
            if (n.startsWith(".") || n.startsWith("_")) return true;
        }
        return false;
    }
}
