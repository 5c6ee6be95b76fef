package org.stations.ingest;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.Path;
import org.stations.extract.ExtractedReport;
import org.stations.extract.NotAReportException;
import org.stations.extract.ReportExtractor;
import org.stations.read.ReaderRegistry;
import org.stations.read.UnreadableInputException;
import org.stations.util.Hashing;
import org.stations.util.PersonKey;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.stations.model.Table;

import scala.jdk.javaapi.CollectionConverters;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.time.Instant;

/** One input file after the per-file work done inside a Spark task: a report, or the reason it is not one. */
public final class ParsedFile implements Serializable {
    public final String sourceFile;
    public final String fileSha256;
    public final long modifiedMillis;
    public final ExtractedReport report;
    public final String reason;

    private ParsedFile(String sourceFile, String fileSha256, long modifiedMillis, ExtractedReport report, String reason) {
        this.sourceFile = sourceFile;
        this.fileSha256 = fileSha256;
        this.modifiedMillis = modifiedMillis;
        this.report = report;
        this.reason = reason;
    }

    public boolean ok() { return report != null; }

    /** A file as one row: who it is, what became of it, and every lake table's rows from it nested in a column of the table's name. */
    public static final StructType SCHEMA = schema();

    private static StructType schema() {
        StructType s = StructType.fromDDL("source_file STRING, file_sha256 STRING, modified_millis BIGINT,"
                + " report_id STRING, facts_sha256 STRING, reason STRING");
        for (Table t : Table.reportTables()) s = s.add(t.tableName, DataTypes.createArrayType(t.schema, false));
        return s;
    }

    public Row toRow() {
        List<Object> values = new ArrayList<>();
        values.add(sourceFile);
        values.add(fileSha256);
        values.add(modifiedMillis);
        values.add(ok() ? report.reportId : null);
        values.add(ok() ? report.factsSha256() : null);
        values.add(reason);
        // Spark's Row encoder takes arrays as Scala sequences
        for (Table t : Table.reportTables()) values.add(CollectionConverters.asScala(ok() ? report.rows(t) : List.<Row>of()));
        return RowFactory.create(values.toArray());
    }

    /** Reads, decodes and extracts one file; never throws: whatever goes wrong becomes a one-line reason. */
    public static ParsedFile parse(InputFiles.InputFile f, Configuration conf, Instant ingestedAt, PersonKey personKey) {
        String sha = null;
        try {
            ReaderRegistry.checkSize(f.length());
            byte[] bytes = read(f, conf);
            sha = Hashing.sha256Hex(bytes);
            String text = ReaderRegistry.toText(new Path(f.path()).getName(), bytes);
            ExtractedReport r = ReportExtractor.extract(text, new ReportExtractor.Source(
                    f.path(), sha, Instant.ofEpochMilli(f.modifiedMillis()), ingestedAt), personKey);
            return new ParsedFile(f.path(), sha, f.modifiedMillis(), r, null);
        } catch (UnreadableInputException | NotAReportException e) {
            return new ParsedFile(f.path(), sha, f.modifiedMillis(), null, oneLine(e.getMessage()));
        } catch (Exception | StackOverflowError e) {
            return new ParsedFile(f.path(), sha, f.modifiedMillis(), null,
                    oneLine("extraction failed: " + e.getClass().getSimpleName() + ": " + e.getMessage()));
        }
    }

    private static byte[] read(InputFiles.InputFile f, Configuration conf) throws UnreadableInputException {
        Path p = new Path(f.path());
        try (FSDataInputStream in = p.getFileSystem(conf).open(p)) {
            return in.readAllBytes();
        } catch (java.io.IOException e) {
            throw new UnreadableInputException("unreadable file: " + e.getMessage());
        }
    }

    static String oneLine(String s) {
        return s == null ? "unknown error" : s.replaceAll("\\s+", " ").strip();
    }
}
