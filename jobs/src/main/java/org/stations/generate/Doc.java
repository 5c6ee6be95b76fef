package org.stations.generate;

import java.util.ArrayList;
import java.util.List;

/**
 * A report before it becomes a file: paragraphs, preformatted lines and tables. Each renderer lays it out
 * the way its format and the report's layout do (hard-wrapped, one paragraph per line, one cell per line…).
 */
public final class Doc {

    /** The first line of every generated report: the extractor sets report.synthetic from it. */
    public static final String SYNTHETIC_MARKER = "【合成数据 SYNTHETIC】本报告由 stations generate 生成，非真实评估报告。";

    public sealed interface Block permits Para, Lines, Rows {}

    /** A paragraph; {@code bookmark} marks the ones a 003-style export prefixes with [bookmark: …] debris. */
    public record Para(String text, boolean bookmark) implements Block {}

    /** Lines kept as they are (annex headings, 项目期 table rows with a group label on its own line). */
    public record Lines(List<String> lines) implements Block {}

    /** A table: a real table in docx, cells per line (003) or cells joined by spaces (PDF text) in txt. */
    public record Rows(List<List<String>> rows) implements Block {}

    public final Layout layout;
    public final List<Block> blocks = new ArrayList<>();

    public Doc(Layout layout) { this.layout = layout; }

    public Doc p(String text) {
        blocks.add(new Para(text, false));
        return this;
    }

    public Doc bp(String text) {
        blocks.add(new Para(text, true));
        return this;
    }

    public Doc lines(String... lines) {
        blocks.add(new Lines(List.of(lines)));
        return this;
    }

    public Doc rows(List<List<String>> rows) {
        blocks.add(new Rows(rows));
        return this;
    }
}
