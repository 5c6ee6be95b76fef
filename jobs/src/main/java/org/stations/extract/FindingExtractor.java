package org.stations.extract;

import org.stations.model.Table;
import org.stations.normalize.Headings;
import org.apache.spark.sql.Row;
import org.stations.model.Party;
import org.stations.normalize.TextNormalizer;
import scala.jdk.javaapi.CollectionConverters;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The 值得肯定 / 需要关注 items of each party and 片区, as printed. A section belongs to the party its
 * heading names (三、监督方评估, (六)购买方反馈情况, (八)督导中心 …); sections under no party heading are
 * the evaluator's own, i.e. the third party's. A 片区 line (1.片区一社工点服务情况, 西片片区:…,
 * (1)南片区,该片区范围包括…) makes the items below it that 片区's. Items are split at their numbers
 * (1. / (1) / ① / "- (1)"); a section printed as one unnumbered paragraph is one item. A report without
 * such sections (002, a 绩效评价报告) has no findings.
 */
public final class FindingExtractor {
    private FindingExtractor() {}

    public record Finding(String party, String polarity, int seq, String text, List<String> themes) {
        /** themes as a Scala Seq: the form Spark's row encoder takes for ARRAY<STRING> */
        public Row toRow(String reportId) {
            return Table.FINDING.row().set("report_id", reportId).set("party", party).set("polarity", polarity).set("seq", seq)
                    .set("text", text).set("themes", CollectionConverters.asScala(themes).toList()).build();
        }
    }

    private static final Pattern POLARITY = Pattern.compile(
            "^(?:[(][一二三四五六七八九十\\d]+[)]|\\d+[.、])?\\s*(值得肯定|需要关注)的地方[:]?$");
    /** A short numbered line without sentence punctuation is a heading ("2.服务指标完成情况", "(7)市督导中心反馈"). */
    private static final int HEADING_MAX = 25;
    /**
     * The longest finding item read, in characters: the longest of the 289 in the seeds, devset and blind sets has 613. A
     * longer run (a table or the rest of the report after a finding heading) is not read as findings.
     */
    private static final int ITEM_MAX = 3_000;
    private static final Pattern SENTENCE_PUNCTUATION = Pattern.compile("[,;:。!?、]");
    private static final Pattern AREA = Pattern.compile(
            "^(?:[(]?\\d+[).、]\\s*)?(片区[一二三四五六七八九十\\d]+|[\\u4e00-\\u9fff]{1,3}片区)(?=社工点服务|\\s*[:,(]|$)");
    private static final Pattern ITEM = Pattern.compile("^(?:-\\s*)?(?:[(]\\d{1,2}[)]|\\d{1,2}[.、](?!\\d)|[①-⑳])\\s*");
    /** What \\s+ → " " changes: runs of two or more, and single whitespace that is not a space (most matches of \\s+ are single spaces). */
    private static final Pattern SPACES = Pattern.compile("\\s{2,}|[\\t\\n\\x0B\\f\\r]");
    /** ① … after NFKC is a bare digit glued to the text ("1社工掌握…"): an item only in counting order. */
    private static final Pattern BARE_NUMBER = Pattern.compile("^(\\d)(?=[\\u4e00-\\u9fff“\"《])");

    public static List<Finding> extract(ReportText t) {
        return new Reader().read(t.lines());
    }

    /** Walks the lines once, keeping the party, 片区 and polarity the current line belongs to. */
    private static final class Reader {
        final List<Finding> out = new ArrayList<>();
        final Map<String, Integer> seqs = new HashMap<>();
        Party topParty = Party.THIRD_PARTY;
        Party party = Party.THIRD_PARTY;
        String area;
        String polarity;
        StringBuilder item;
        int bareNumber;
        // one matcher per pattern, reset for each line: a report of a million lines would otherwise make millions
        final Matcher polarityLine = POLARITY.matcher(""), areaLine = AREA.matcher(""), top = Headings.TOP.matcher(""),
                sub = Headings.SUB.matcher(""), numbered = Headings.ITEM.matcher(""),
                punctuation = SENTENCE_PUNCTUATION.matcher(""), itemNumber = ITEM.matcher(""), bare = BARE_NUMBER.matcher("");

        List<Finding> read(List<String> lines) {
            for (String line : lines) {
                if (line.charAt(0) == TextNormalizer.CELL) { close(); polarity = null; continue; }
                Matcher m = polarityLine.reset(line);
                if (m.find()) {
                    close();
                    polarity = m.group(1).equals("值得肯定") ? "positive" : "concern";
                    bareNumber = 0;
                    continue;
                }
                m = areaLine.reset(line);
                if (m.find()) {
                    close();
                    area = m.group(1);
                    bareNumber = 0;
                    continue;
                }
                if (top.reset(line).find()) {
                    close();
                    Party named = Party.named(line);
                    topParty = named != null ? named : Party.THIRD_PARTY;
                    startSection(topParty);
                    continue;
                }
                if (sub.reset(line).find() || isNumberedHeading(line)) {
                    close();
                    Party named = Party.named(line);
                    startSection(named != null ? named : topParty);
                    continue;
                }
                if (polarity == null) continue;
                item(line);
            }
            close();
            return out;
        }

        private void startSection(Party p) {
            party = p;
            area = null;
            polarity = null;
        }

        private void item(String line) {
            Matcher m = itemNumber.reset(line);
            if (m.find()) {
                close();
                item = new StringBuilder(line.substring(m.end()));
                return;
            }
            bare.reset(line);
            if (bare.find() && Integer.parseInt(bare.group(1)) == bareNumber + 1) {
                close();
                bareNumber++;
                item = new StringBuilder(line.substring(bare.end()));
                return;
            }
            if (item != null) {
                append(item, line);
                if (item.length() > ITEM_MAX) { // no finding runs this long: the section ran into something else
                    item = null;
                    polarity = null;
                }
            } else if (!line.endsWith(":")) {
                // an unnumbered paragraph is the item; a line ending in ":" introduces the items
                item = new StringBuilder(line);
            }
        }

        private void close() {
            if (item == null) return;
            String text = SPACES.matcher(item).replaceAll(" ").strip();
            item = null;
            if (text.isEmpty() || text.length() > ITEM_MAX) return;
            String who = area != null ? "area:" + area : party.code;
            int seq = seqs.merge(who + "|" + polarity, 1, Integer::sum);
            out.add(new Finding(who, polarity, seq, text, FindingThemes.of(text)));
        }

        private boolean isNumberedHeading(String line) {
            return line.length() <= HEADING_MAX && numbered.reset(line).find() && !punctuation.reset(line).find();
        }
    }

    /** Joins a hard-wrapped line to the item; two ASCII words keep the space between them. */
    private static void append(StringBuilder item, String line) {
        if (item.length() > 0 && isAscii(item.charAt(item.length() - 1)) && isAscii(line.charAt(0))) item.append(' ');
        item.append(line);
    }

    private static boolean isAscii(char c) { return c < 128 && Character.isLetterOrDigit(c); }
}
