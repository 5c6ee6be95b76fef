package org.stations.accuracy;

import org.junit.jupiter.api.Test;
import org.stations.extract.ExtractedReport;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Accuracy against hand-checked gold readings (issue 8; the rules of ../shared/devset/score.py): the figures the
 * README may quote as accuracy. The development set's reports are in layouts the seeds do not show. Prints the
 * per-table figures and every miss, so a CI log says what a change broke.
 */
class ExtractionAccuracyTest {
    /** The bars: share of gold fields read right, and wrong values (worse than a null) as a share of fields. */
    static final double DEVSET_MIN_ACCURACY = 0.97;
    static final double DEVSET_MAX_WRONG_SHARE = 0.01;
    static final double SEEDS_MIN_ACCURACY = 0.99;
    static final int SEEDS_MAX_WRONG = 0;

    /** ../shared beside the checkout, found the way the reader tests find the seeds. */
    static Path shared() {
        return Path.of(System.getProperty("stations.seeds", "../../shared/seeds")).toAbsolutePath().normalize().getParent();
    }

    static GoldScorer.Result score(String name, Path reports, Path gold) {
        List<String> unread = new ArrayList<>();
        Map<String, ExtractedReport> extracted = GoldScorer.extractAll(reports, unread);
        GoldScorer.Result r = GoldScorer.score(gold, extracted);
        System.out.println("---- extraction accuracy: " + name + " (" + reports + " against " + gold + ")");
        for (String u : unread) System.out.println("  not read (ingest would quarantine it): " + u);
        r.lines.forEach(System.out::println);
        System.out.println(r.summary());
        return r;
    }

    @Test
    void development_set_meets_the_bar() {
        GoldScorer.Result r = score("development set", shared().resolve("devset/reports"), shared().resolve("devset/gold"));
        assertTrue(r.total() > 400, "the development set's gold has over 400 fields: " + r.total());
        assertMeets(r, DEVSET_MIN_ACCURACY, (int) Math.floor(DEVSET_MAX_WRONG_SHARE * r.total()));
    }

    @Test
    void seeds_meet_the_bar() {
        GoldScorer.Result r = score("seeds", shared().resolve("seeds"), shared().resolve("devset/seeds-gold"));
        assertTrue(r.total() > 200, "the seeds' gold has over 200 fields: " + r.total());
        assertMeets(r, SEEDS_MIN_ACCURACY, SEEDS_MAX_WRONG);
    }

    /** The five seeds saved as .docx and as .pdf by LibreOffice (soffice --convert-to): the issue asks ≥ 0.97 of each. */
    static final double CONVERTED_MIN_ACCURACY = 0.97;

    @Test
    void seeds_converted_by_libreoffice_meet_the_bar() throws java.io.IOException {
        Path converted = Path.of("src/test/resources/seeds-libreoffice");
        for (String format : List.of("docx", "pdf")) {
            Path dir = java.nio.file.Files.createTempDirectory("seeds-" + format);
            try (var files = java.nio.file.Files.list(converted)) {
                for (Path f : files.filter(p -> p.toString().endsWith("." + format)).toList()) {
                    java.nio.file.Files.copy(f, dir.resolve(f.getFileName()));
                }
            }
            GoldScorer.Result r = score("seeds as ." + format, dir, shared().resolve("devset/seeds-gold"));
            assertTrue(r.total() > 200, "the seeds' gold has over 200 fields: " + r.total());
            assertMeets(r, CONVERTED_MIN_ACCURACY, SEEDS_MAX_WRONG);
        }
    }

    /**
     * Six reports written blind (by a developer who did not read the extractor) in layouts neither the seeds nor the
     * development set show, with their hand-checked readings, under src/test/resources/blind. They were read at 0.559
     * with 29 wrong values before the rules were generalised against them, so they now guard those rules; the bar is
     * what was reached, no wrong value.
     */
    static final double BLIND_MIN_ACCURACY = 0.98; // 505/512 once a label's wrapped rest and unit below its figures, and 始终在岗, 各, 招聘, 从业满两年, 评估考核 and attendance by month were read

    @Test
    void blind_reports_in_other_layouts_meet_their_bar() {
        blindSetMeets("blind", 500, BLIND_MIN_ACCURACY);
    }

    /** A set of blind reports under src/test/resources/NAME (reports/, gold/): over minFields gold fields, no wrong value. */
    private static void blindSetMeets(String name, int minFields, double minAccuracy) {
        Path dir = Path.of("src/test/resources", name);
        GoldScorer.Result r = score(name + " reports", dir.resolve("reports"), dir.resolve("gold"));
        assertTrue(r.total() > minFields, "the " + name + " reports' gold has over " + minFields + " fields: " + r.total());
        assertMeets(r, minAccuracy, 0);
    }

    /**
     * Six more reports written blind in layouts no other set shows (UTF-16, sideways indicator tables, per-片区 column
     * pairs, 中期/末期 side by side, scores in an equation or in headings, 百分制 converted scores), with their
     * hand-checked readings, under src/test/resources/blind2. First read at 0.596 with 7 wrong values; the rules
     * generalised against them read 0.904 (349/386) with none; units printed in cells (16名, 96人次), dates,
     * Chinese-numeral head counts and 稳岗率's other names read in prose brought them to 0.961 (371/386); phrase cells
     * naming several indicators, wrapped table rows, a number wrapped inside its digits and start/end columns of the
     * team to 1.000 (386/386), so they now guard those rules: no wrong value, at most the odd miss.
     */
    static final double BLIND2_MIN_ACCURACY = 0.99;

    @Test
    void second_blind_reports_meet_their_bar() {
        blindSetMeets("blind2", 380, BLIND2_MIN_ACCURACY);
    }

    /**
     * Six more written blind (Markdown and box-drawn tables, an OCR-like PDF, transposed score tables under two-row
     * headers, indicators grouped by 服务领域 with totals on top, ratio cells, comparison columns of city averages and
     * last year, Chinese-numeral dates and head counts, capital-numeral budgets), under src/test/resources/blind3.
     * First read at 0.469 (159/339) with 27 wrong values; the rules generalised against them read 0.991 (336/339)
     * with none, so they now guard those rules (the figure measures nothing new any more): the bar is what was reached.
     */
    static final double BLIND3_MIN_ACCURACY = 0.99; // 339/339 once 期初 | 期末 columns of the team were read

    @Test
    void third_blind_reports_meet_their_bar() {
        blindSetMeets("blind3", 330, BLIND3_MIN_ACCURACY);
    }

    /**
     * Six more written blind (a 评估意见书 letter, weighted 评估维度, 【NN】 indicator blocks, per-片区 tables under
     * captions, 进度 cells, a score grid of key/value pairs, a two-column PDF, an image-only table), under
     * src/test/resources/blind4. First read at 0.483 (174/360) with 27 wrong values; generalised against: 0.878
     * (316/360) with none; then pages in two text columns, cells naming their figure, tables of posts and 说明 cells
     * read by the staffing rules, a grid's grade: 1.000 (360/360) with none, now guarded.
     */
    static final double BLIND4_MIN_ACCURACY = 1.0;

    @Test
    void fourth_blind_reports_meet_their_bar() {
        blindSetMeets("blind4", 350, BLIND4_MIN_ACCURACY);
    }

    /**
     * Six more written blind (review-meeting minutes with each party's score spoken by its representative, ASCII grid
     * tables, a registration form of nested Word tables, tracked changes, landscape PDF pages, expert-averaged items),
     * under src/test/resources/blind5. First read at 0.543 (182/335) with 19 wrong values; the prose rules generalised
     * against them (numbered indicator lists, spoken scores, two-digit dotted ranges, yearless visits, organisations by
     * kind, retention's other names, 1.2万) and the table mechanisms (grid tables, nested Word tables, stage columns,
     * target/actual row pairs, numbered records over a page break, head counts by position) read 1.000 (335/335) with none.
     */
    static final double BLIND5_MIN_ACCURACY = 0.99;

    @Test
    void fifth_blind_reports_meet_their_bar() {
        blindSetMeets("blind5", 330, BLIND5_MIN_ACCURACY);
    }

    /**
     * Six more written blind (a forwarded e-mail with the report quoted "> " and hard-wrapped, traditional characters,
     * a scoring sheet, merged party cells, a spreadsheet printout, month-by-month tables), under src/test/resources/blind6.
     * First read at 0.343 (114/332) with 15 wrong values (targets read as actuals, "3 600" read as 600); the quoted body
     * unquoted (a deeper quote no statement of the report), spaces as thousands separators, 1万2千 and numbered indicator
     * items read them without a wrong value (0.416); traditional characters folded to simplified for reading (names kept
     * as printed) and dotted leaders read blind6_b whole: 0.587 (195/332); a cover row of two pairs, quarters as months and
     * sentences written into table cells read as prose bring blind6_c's header and staffing: 0.663 (220/332). With the
     * table mechanisms (a sheet's column letters and row numbers, 中期 stage columns, scoring sheets read from their 小计
     * rows, records in cells, key/value sheets, month-by-month tables read from their closing rows, parties merged over
     * their rows): 1.000 (332/332).
     */
    static final double BLIND6_MIN_ACCURACY = 0.99;

    @Test
    void sixth_blind_reports_meet_their_bar() {
        blindSetMeets("blind6", 320, BLIND6_MIN_ACCURACY);
    }

    private static void assertMeets(GoldScorer.Result r, double minAccuracy, int maxWrong) {
        assertAll(
                () -> assertTrue(r.accuracy() >= minAccuracy, String.format(
                        "accuracy %.3f (%d/%d) < %.2f", r.accuracy(), r.correct(), r.total(), minAccuracy)),
                () -> assertTrue(r.wrong <= maxWrong, r.wrong + " wrong values > " + maxWrong + " allowed (of " + r.total() + " fields)"));
    }
}
