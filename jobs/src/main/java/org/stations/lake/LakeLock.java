package org.stations.lake;

import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Properties;
import java.util.function.Consumer;

/**
 * One writer at a time per lake: {@code LAKE/_lock} names the holder (command, pid, host, since).
 * On a local lake the file is held with an operating-system lock, which the kernel releases when the
 * holder dies however it dies, so a lock left by a killed run is taken over with a line saying so. On
 * HDFS the file is created exclusively and a holder whose process is gone (same host) is taken over.
 * Readers never take it.
 */
public final class LakeLock implements AutoCloseable {
    static final String FILE = "_lock";
    private static final DateTimeFormatter SINCE = DateTimeFormatter.ofPattern("HH:mm").withZone(ZoneId.systemDefault());

    private final FileChannel channel;   // local lakes
    private final FileLock osLock;
    private final FileSystem fs;         // other file systems
    private final Path file;

    private LakeLock(FileChannel channel, FileLock osLock, FileSystem fs, Path file) {
        this.channel = channel;
        this.osLock = osLock;
        this.fs = fs;
        this.file = file;
    }

    /**
     * Takes the lake's lock, waiting up to {@code waitSeconds} for another writer to finish.
     *
     * @param notice hears the line when a lock left by a dead process is taken over
     * @throws LakeBusyException when another writer still holds it
     */
    public static LakeLock acquire(Lake lake, String command, long waitSeconds, Consumer<String> notice) {
        long deadline = System.nanoTime() + waitSeconds * 1_000_000_000L;
        try {
            lake.fs().mkdirs(lake.root());
            Path file = new Path(lake.root(), FILE);
            boolean local = "file".equals(lake.fs().getScheme());
            while (true) {
                LakeLock l = local ? tryLocal(lake, file, command, notice) : tryShared(lake, file, command, notice);
                if (l != null) return l;
                if (System.nanoTime() >= deadline) throw new LakeBusyException(busyLine(lake, holder(lake.fs(), file)));
                Thread.sleep(1000);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot lock lake " + lake.name() + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LakeBusyException("interrupted while waiting for the lock on " + lake.name());
        }
    }

    private static LakeLock tryLocal(Lake lake, Path file, String command, Consumer<String> notice) throws IOException {
        java.nio.file.Path p = java.nio.file.Path.of(file.toUri());
        FileChannel ch = FileChannel.open(p, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
        FileLock l;
        try {
            l = ch.tryLock();
        } catch (OverlappingFileLockException sameProcess) {
            l = null;
        }
        if (l == null) {
            ch.close();
            return null;
        }
        // the holder clears the file when it ends; what is left belongs to a run that was killed.
        // Read through this channel: closing any other descriptor of the file would drop the lock (POSIX)
        ByteBuffer buf = ByteBuffer.allocate((int) Math.min(ch.size(), 4096));
        ch.read(buf, 0);
        Properties left = parse(new String(buf.array(), 0, buf.position(), StandardCharsets.UTF_8));
        if (!left.isEmpty()) notice.accept(takeoverLine(lake, left));
        byte[] me = describe(command).getBytes(StandardCharsets.UTF_8);
        ch.truncate(0);
        ch.write(ByteBuffer.wrap(me), 0);
        ch.force(true);
        return new LakeLock(ch, l, null, null);
    }

    private static LakeLock tryShared(Lake lake, Path file, String command, Consumer<String> notice) throws IOException {
        if (lake.fs().exists(file)) {
            Properties holder = holder(lake.fs(), file);
            if (!gone(holder)) return null;
            notice.accept(takeoverLine(lake, holder));
            lake.fs().delete(file, false);
        }
        try (FSDataOutputStream out = lake.fs().create(file, false)) {
            out.write(describe(command).getBytes(StandardCharsets.UTF_8));
        } catch (org.apache.hadoop.fs.FileAlreadyExistsException raced) {
            return null;
        }
        return new LakeLock(null, null, lake.fs(), file);
    }

    /** A holder on this host whose process no longer runs. */
    private static boolean gone(Properties holder) throws IOException {
        String pid = holder.getProperty("pid");
        if (pid == null || !pid.matches("\\d+")) return false;
        if (!hostName().equals(holder.getProperty("host"))) return false; // cannot tell: wait for it
        return ProcessHandle.of(Long.parseLong(pid)).map(ProcessHandle::isAlive).map(a -> !a).orElse(true);
    }

    private static String describe(String command) throws IOException {
        return "command=" + command + "\npid=" + ProcessHandle.current().pid() + "\nhost=" + hostName()
                + "\nsince=" + Instant.now() + "\n";
    }

    private static Properties holder(FileSystem fs, Path file) {
        try (var in = fs.open(file)) {
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException gone) {
            return new Properties();
        }
    }

    private static Properties parse(String s) {
        Properties p = new Properties();
        try {
            p.load(new java.io.StringReader(s));
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
        return p;
    }

    static String busyLine(Lake lake, Properties h) {
        return "another " + h.getProperty("command", "writer") + " holds " + lake.name() + since(h)
                + " (pid " + h.getProperty("pid", "?") + (hostName().equals(h.getProperty("host")) ? "" : " on " + h.getProperty("host"))
                + "); try again later";
    }

    private static String takeoverLine(Lake lake, Properties h) {
        return "stations: taking over the lock on " + lake.name() + " left by " + h.getProperty("command", "a writer")
                + since(h) + " (pid " + h.getProperty("pid", "?") + "), whose process is gone";
    }

    private static String since(Properties h) {
        try {
            return " since " + SINCE.format(Instant.parse(h.getProperty("since")));
        } catch (RuntimeException unreadable) {
            return "";
        }
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            return "localhost";
        }
    }

    /** Clears the holder and lets the next writer in. */
    @Override
    public void close() {
        try {
            if (channel != null) {
                channel.truncate(0);
                osLock.release();
                channel.close();
            } else {
                fs.delete(file, false);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot release the lock on the lake: " + e.getMessage(), e);
        }
    }
}
