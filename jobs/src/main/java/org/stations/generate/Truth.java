package org.stations.generate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Reads {@code truth.jsonl}, what a correct extractor must find in each generated report, so a test can
 * compare lake rows to it field by field: join {@link Report#file()} to report.source_file's file name.
 * A null value means the report does not state it.
 */
public final class Truth {
    private Truth() {}

    private static final ObjectMapper JSON = new ObjectMapper();

    public record Indicator(String periodLabel, String area, String indicator, String label, double target, double actual,
                           Double reportedCompletion, boolean targetStated) {
        /** actual / target, the completion the lake computes. */
        public double completion() { return actual / target; }
    }

    public record ScoreItem(String party, String item, String area, double maxScore, double score, Double convertedScore) {}

    /** A party's 值得肯定 (positive) or 需要关注 (concern) items, as printed. */
    public record Finding(String party, String polarity, List<String> items) {}

    /** One person of a staffing annex, in annex order: per month on post (also insured and paid) and the 备注's event. */
    public record StaffPerson(boolean certified, String role, String area, List<Boolean> onPost, List<String> events) {}

    /** @param type area_sum | stated_twice | percent_mismatch | grade_mismatch */
    public record Contradiction(String type, String field, String area, String stated, String other) {}

    public record Report(String file, boolean synthetic, String layout, String city, String district, String station,
                         String stationFull, String operator, String purchaser, String supervisor, String evaluator,
                         String reportType, LocalDate evaluationDate, LocalDate contractStart, LocalDate contractEnd,
                         LocalDate periodStart, LocalDate periodEnd, Double periodMonths, Double budgetWan,
                         Double totalScore, String grade, Map<String, Double> partyScores, List<ScoreItem> scoreItems,
                         Integer socialWorkers, Integer certifiedWorkers, Double retentionRate,
                         Map<String, Double> staffing, List<Indicator> indicators, List<Contradiction> contradictions,
                         List<Finding> findings, List<StaffPerson> staffMonth) {

        /** The whole-station indicators (no 片区), of every 项目期. */
        public List<Indicator> stationIndicators() {
            return indicators.stream().filter(i -> i.area() == null).toList();
        }

        public boolean contradicts(String type) {
            return contradictions.stream().anyMatch(c -> c.type().equals(type));
        }
    }

    /** Streams the truth file line by line (it may describe 100,000 reports); close the stream. */
    public static Stream<Report> stream(Path truthFile) throws IOException {
        BufferedReader in = Files.newBufferedReader(truthFile, StandardCharsets.UTF_8);
        return in.lines().filter(l -> !l.isBlank()).map(Truth::parse).onClose(() -> {
            try {
                in.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** The whole truth file keyed by report file name, for a small corpus. */
    public static Map<String, Report> byFile(Path truthFile) throws IOException {
        Map<String, Report> out = new LinkedHashMap<>();
        try (Stream<Report> s = stream(truthFile)) {
            s.forEach(r -> out.put(r.file(), r));
        }
        return out;
    }

    public static Report parse(String line) {
        try {
            JsonNode n = JSON.readTree(line);
            Map<String, Double> parties = new LinkedHashMap<>();
            n.path("party_scores").fields().forEachRemaining(e -> parties.put(e.getKey(), e.getValue().asDouble()));
            Map<String, Double> staffing = new LinkedHashMap<>();
            n.path("staffing").fields().forEachRemaining(e -> staffing.put(e.getKey(), e.getValue().isNull() ? null : e.getValue().asDouble()));
            List<ScoreItem> items = new ArrayList<>();
            for (JsonNode i : n.path("score_items")) {
                items.add(new ScoreItem(text(i, "party"), text(i, "item"), text(i, "area"), i.path("max_score").asDouble(),
                        i.path("score").asDouble(), dbl(i, "converted_score")));
            }
            List<Indicator> indicators = new ArrayList<>();
            for (JsonNode i : n.path("indicators")) {
                indicators.add(new Indicator(text(i, "period_label"), text(i, "area"), text(i, "indicator"), text(i, "label"),
                        i.path("target").asDouble(), i.path("actual").asDouble(), dbl(i, "reported_completion"),
                        i.path("target_stated").asBoolean()));
            }
            List<Contradiction> contradictions = new ArrayList<>();
            for (JsonNode c : n.path("contradictions")) {
                contradictions.add(new Contradiction(text(c, "type"), text(c, "field"), text(c, "area"), text(c, "stated"), text(c, "other")));
            }
            List<Finding> findings = new ArrayList<>();
            for (JsonNode x : n.path("findings")) {
                List<String> texts = new ArrayList<>();
                x.path("items").forEach(i -> texts.add(i.asText()));
                findings.add(new Finding(text(x, "party"), text(x, "polarity"), texts));
            }
            List<StaffPerson> staff = new ArrayList<>();
            for (JsonNode p : n.path("staff_month")) {
                List<Boolean> onPost = new ArrayList<>();
                p.path("on_post").forEach(b -> onPost.add(b.asBoolean()));
                List<String> events = new ArrayList<>();
                p.path("events").forEach(e -> events.add(e.isNull() ? null : e.asText()));
                staff.add(new StaffPerson(p.path("certified").asBoolean(), text(p, "role"), text(p, "area"), onPost, events));
            }
            return new Report(text(n, "file"), n.path("synthetic").asBoolean(), text(n, "layout"), text(n, "city"),
                    text(n, "district"), text(n, "station"), text(n, "station_full"), text(n, "operator"), text(n, "purchaser"),
                    text(n, "supervisor"), text(n, "evaluator"), text(n, "report_type"), date(n, "evaluation_date"),
                    date(n, "contract_start"), date(n, "contract_end"), date(n, "period_start"), date(n, "period_end"),
                    dbl(n, "period_months"), dbl(n, "budget_wan"), dbl(n, "total_score"), text(n, "grade"), parties, items,
                    integer(n, "social_workers"), integer(n, "certified_workers"), dbl(n, "retention_rate"), staffing,
                    indicators, contradictions, findings, staff);
        } catch (IOException e) {
            throw new IllegalArgumentException("not a truth line: " + e.getMessage(), e);
        }
    }

    private static String text(JsonNode n, String f) {
        JsonNode v = n.get(f);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static Double dbl(JsonNode n, String f) {
        JsonNode v = n.get(f);
        return v == null || v.isNull() ? null : v.asDouble();
    }

    private static Integer integer(JsonNode n, String f) {
        JsonNode v = n.get(f);
        return v == null || v.isNull() ? null : v.asInt();
    }

    private static LocalDate date(JsonNode n, String f) {
        String s = text(n, f);
        return s == null ? null : LocalDate.parse(s);
    }
}
