package org.stations.ingest;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

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
            walk(fs, p, out);
        }
        out.sort(java.util.Comparator.comparing(InputFile::path));
        return out;
    }

    /** listStatus, not listFiles: on a local disk listFiles costs a shell call per file for block locations. */
    private static void walk(FileSystem fs, Path dir, List<InputFile> out) throws IOException {
        for (FileStatus st : fs.listStatus(dir)) {
            String n = st.getPath().getName();
            if (n.startsWith(".") || n.startsWith("_")) continue; // .git, .DS_Store, _SUCCESS
            if (st.isDirectory()) walk(fs, st.getPath(), out);
            else out.add(of(st));
        }
    }

    private static InputFile of(FileStatus st) {
        Path p = st.getPath();
        // local files are named as a person would type them; other file systems keep their URI
        String name = "file".equals(p.toUri().getScheme()) ? p.toUri().getPath() : p.toString();
        return new InputFile(name, st.getLen(), st.getModificationTime());
    }

}
