package org.stations.accuracy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.spark.sql.Row;
import org.stations.extract.ExtractedReport;
import org.stations.extract.ReportExtractor;
import org.stations.model.Table;
import org.stations.read.ReaderRegistry;
import org.stations.util.Hashing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A port of {@code ../shared/devset/score.py}: scores reports extracted in-process against hand-checked gold
 * readings, field by field, with the script's rules (tolerances, normalisation of organisations, stations, dates
 * and 片区, indicators matched per period and area). It must give the script's counts on the same code, so its
 * rules follow the script's Python line by line, including what Python does with a value of an unexpected type.
 * Counts: per table correct/total; {@code wrong} a value stated that differs from the gold (worse than a null);
 * {@code extra} a value stated where the gold has none.
 */
public final class GoldScorer {

    static final Set<String> CONTRACT_CODES = Set.of(
            "archive", "phone_visits", "home_visits", "consult_cases", "case_intake", "case_sessions",
            "case_closed", "group_count", "group_sessions", "group_attendance", "large_event_count",
            "large_event_attendance", "small_event_count", "small_event_attendance",
            "community_event_count", "community_event_attendance", "volunteers_new", "volunteer_leaders",
            "volunteer_teams", "community_orgs");
    static final List<String> REPORT_FIELDS = List.of("station", "district", "report_type", "evaluation_date",
            "contract_start", "contract_end", "period_start", "period_end", "period_months", "budget_wan",
            "total_score", "grade", "social_workers", "certified_workers", "retention_rate",
            "satisfaction_rate", "operator", "purchaser", "supervisor", "evaluator");
    static final List<String> STAFF_FIELDS = List.of("workers_expected", "workers_actual", "certified_expected",
            "certified_actual", "required_workers", "stable_workers", "retention_rate", "experienced_share",
            "resigned", "hired", "transferred_in", "transferred_out");

    private static final ObjectMapper JSON = new ObjectMapper();

    private GoldScorer() {}

    /** What scoring found: per-table counts, wrong and extra values, and the script's --verbose lines. */
    public static final class Result {
        /** table → {correct, total}, sorted by table name as the script prints them. */
        public final Map<String, int[]> tables = new TreeMap<>();
        public int wrong;
        public int extra;
        /** "== report", "  MISS  table (…)", "  WRONG table (…)", "  EXTRA …" and reports that could not be read. */
        public final List<String> lines = new ArrayList<>();

        public int correct() { return tables.values().stream().mapToInt(t -> t[0]).sum(); }
        public int total() { return tables.values().stream().mapToInt(t -> t[1]).sum(); }
        public double accuracy() { return total() == 0 ? 0.0 : (double) correct() / total(); }

        /** The script's output without --verbose: a line per table and the summary line. */
        public String summary() {
            StringBuilder sb = new StringBuilder();
            tables.forEach((t, c) -> sb.append(String.format(Locale.ROOT, "%-12s %d/%d%n", t, c[0], c[1])));
            sb.append(String.format(Locale.ROOT, "accuracy %.3f (%d/%d) wrong %d extra %d",
                    accuracy(), correct(), total(), wrong, extra));
            return sb.toString();
        }

        void mark(String table, boolean ok, String what, boolean stated) {
            int[] c = tables.computeIfAbsent(table, k -> new int[2]);
            if (ok) c[0]++;
            c[1]++;
            if (!ok && stated) wrong++;
            if (!ok) lines.add((stated ? "  WRONG " : "  MISS  ") + table + " " + what);
        }
    }

    /** The reports of a folder, extracted as ingest does, by base name (dev_c); what cannot be read is left out, as ingest quarantines it. */
    public static Map<String, ExtractedReport> extractAll(Path reportsDir, List<String> problems) {
        Map<String, ExtractedReport> out = new LinkedHashMap<>();
        try (Stream<Path> files = Files.list(reportsDir)) {
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                try {
                    byte[] bytes = Files.readAllBytes(f);
                    String text = ReaderRegistry.toText(f.getFileName().toString(), bytes);
                    ExtractedReport r = ReportExtractor.extract(text, new ReportExtractor.Source(f.toString(),
                            Hashing.sha256Hex(bytes), Files.getLastModifiedTime(f).toInstant(), Instant.now()));
                    out.put(base(f.toString()), r);
                } catch (Exception e) {
                    problems.add(f.getFileName() + ": " + e.getClass().getSimpleName() + ": " + e.getMessage());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** Scores every gold file of a folder (in name order) against the report of the same base name. */
    public static Result score(Path goldDir, Map<String, ExtractedReport> reports) {
        Result res = new Result();
        List<Path> golds;
        try (Stream<Path> files = Files.list(goldDir)) {
            golds = files.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (Path g : golds) {
            try {
                scoreOne(JSON.readTree(g.toFile()), reports, res);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return res;
    }

    private static void scoreOne(JsonNode gold, Map<String, ExtractedReport> reports, Result res) {
        String key = base(gold.get("source_file").asText());
        res.lines.add("== " + key);
        ExtractedReport r = reports.get(key);
        Map<String, Object> rep = r == null ? null : values(Table.REPORT, r.report());
        if (rep == null) res.lines.add("  report not found in lake");

        JsonNode greport = gold.path("report");
        for (String f : REPORT_FIELDS) {
            Object g = value(greport.get(f));
            Object x = rep == null ? null : rep.get(f);
            if (g == null) {
                if (rep != null && stated(x)) {
                    res.extra++;
                    res.lines.add("  EXTRA report " + f + " " + pyStr(x));
                }
                continue;
            }
            res.mark("report", rep != null && fieldEq(f, g, x), tuple(f, g, rep == null ? null : x),
                    rep != null && stated(x));
        }

        // as the script's dict of party → row: a later row of the same party wins
        Map<String, Map<String, Object>> ps = new LinkedHashMap<>();
        for (Map<String, Object> x : rows(r, Table.PARTY_SCORE)) ps.put((String) x.get("party"), x);
        for (JsonNode gn : list(gold.get("party_score"))) {
            Map<String, Object> x = ps.get(gn.path("party").asText());
            Object gs = value(gn.get("score"));
            Object xs = x == null ? null : x.get("score");
            res.mark("party_score", x != null && numEq(gs, xs), tuple(gn.path("party").asText(), gs, xs),
                    x != null && xs != null);
        }

        List<Map<String, Object>> items = rows(r, Table.SCORE_ITEM);
        for (JsonNode gn : list(gold.get("score_item"))) {
            String party = text(gn.get("party")), item = text(gn.get("item"));
            Object garea = value(gn.get("area"));
            List<Map<String, Object>> sameItem = new ArrayList<>();
            for (Map<String, Object> x : items) {
                Object xi = x.containsKey("item") ? x.get("item") : "";
                if (Objects.equals(x.get("party"), party) && pyStrip(pyStr(xi)).equals(item)) sameItem.add(x);
            }
            Object val;
            boolean ok = false;
            if (value(gn.get("score")) == null) {
                // a converted score printed once for the item (on whichever row the table puts it)
                val = value(gn.get("converted_score"));
                for (Map<String, Object> x : sameItem) {
                    Object area = x.get("area");
                    if (numEq(val, x.get("converted_score")) || ((area == null || "".equals(area)) && numEq(val, x.get("score")))) ok = true;
                }
            } else {
                val = value(gn.get("score"));
                for (Map<String, Object> x : sameItem) {
                    if (Objects.equals(normArea(x.get("area")), normArea(garea)) && numEq(val, x.get("score"))) ok = true;
                }
            }
            res.mark("score_item", ok, tuple(item, garea, val), !sameItem.isEmpty());
        }

        List<Map<String, Object>> inds = rows(r, Table.INDICATOR);
        List<JsonNode> ginds = list(gold.get("indicator"));
        // sub-periods are paired by sort order: the gold's labels and the extraction's need not be spelled alike
        TreeSet<String> gperiods = new TreeSet<>(), xperiods = new TreeSet<>();
        for (JsonNode g : ginds) if (truthy(value(g.get("period_label")))) gperiods.add(pyStr(value(g.get("period_label"))));
        for (Map<String, Object> x : inds) if (truthy(x.get("period_label"))) xperiods.add(pyStr(x.get("period_label")));
        Map<String, String> pmap = new LinkedHashMap<>();
        List<String> xp = new ArrayList<>(xperiods);
        int i = 0;
        for (String gp : gperiods) if (i < xp.size()) pmap.put(gp, xp.get(i++));
        for (JsonNode g : ginds) {
            String code = text(g.get("indicator"));
            if (!CONTRACT_CODES.contains(code)) continue;
            Object gpl = value(g.get("period_label"));
            String gp = truthy(gpl) ? pmap.get(pyStr(gpl)) : null;
            Object garea = value(g.get("area"));
            List<Map<String, Object>> cands = new ArrayList<>();
            for (Map<String, Object> x : inds) {
                Object xpl = x.get("period_label");
                if (Objects.equals(x.get("indicator"), code) && Objects.equals(normArea(x.get("area")), normArea(garea))
                        && Objects.equals(truthy(xpl) ? xpl : null, gp)) cands.add(x);
            }
            boolean ok = false;
            for (Map<String, Object> x : cands) ok |= okRow(g, x);
            List<String> found = new ArrayList<>();
            for (Map<String, Object> x : cands) found.add(tuple(x.get("target"), x.get("actual")));
            res.mark("indicator", ok, tuple(gpl, garea, code, value(g.get("target")), value(g.get("actual")),
                    new Raw("[" + String.join(", ", found) + "]")), !cands.isEmpty());
        }
        Set<List<Object>> goldKeys = new HashSet<>();
        for (JsonNode g : ginds) goldKeys.add(java.util.Arrays.asList(text(g.get("indicator")), normArea(value(g.get("area")))));
        for (Map<String, Object> x : inds) {
            Object code = x.get("indicator");
            if (CONTRACT_CODES.contains(code) && !goldKeys.contains(java.util.Arrays.asList(code, normArea(x.get("area"))))) {
                res.extra++;
                res.lines.add("  EXTRA indicator " + String.join(" ", pyStr(x.get("area")), pyStr(code),
                        pyStr(x.get("target")), pyStr(x.get("actual"))));
            }
        }

        List<Map<String, Object>> staff = rows(r, Table.STAFFING);
        Map<String, Object> st = staff.isEmpty() ? null : staff.get(0);
        JsonNode gstaff = gold.get("staffing");
        for (String f : STAFF_FIELDS) {
            Object g = gstaff == null || gstaff.isNull() ? null : value(gstaff.get(f));
            if (g == null) continue;
            Object x = st == null ? null : st.get(f);
            res.mark("staffing", st != null && numEq(g, x), tuple(f, g, x), st != null && x != null);
        }
    }

    private static boolean okRow(JsonNode g, Map<String, Object> x) {
        if (!numEq(value(g.get("actual")), x.get("actual"))) return false;
        Object target = value(g.get("target"));
        if (target != null) {
            double tol = truthy(value(g.get("target_derived"))) ? 0.01 : 0.0005;
            if (!numEq(target, x.get("target"), tol, 0.006)) return false;
        }
        Object rc = value(g.get("reported_completion"));
        if (rc != null && x.get("reported_completion") != null) {
            return numEq(rc, x.get("reported_completion"), 0.001, 0.0006);
        }
        return true;
    }

    // ---- the script's comparisons ----

    static boolean numEq(Object g, Object x) {
        return numEq(g, x, 0.0005, 0.006);
    }

    static boolean numEq(Object g, Object x, double rel, double abs) {
        Double a = pyFloat(g), b = pyFloat(x);
        if (a == null || b == null) return false;
        return Math.abs(a - b) <= Math.max(abs, rel * Math.abs(a));
    }

    static String normOrg(Object s) {
        String t = removeSpace(pyStr(s));
        if (t.startsWith("广州市")) t = t.substring("广州市".length());
        return DISTRICT_PREFIX.matcher(t).replaceFirst("");
    }

    private static final Pattern DISTRICT_PREFIX = Pattern.compile("^[\\u4e00-\\u9fff]{1,3}区(?=.)");
    private static final Pattern STATION_SUFFIX = Pattern.compile("(社工服务站|社工站|社会工作服务站)$");

    static boolean strEq(String field, Object g, Object x) {
        if (x == null) return false;
        String a = removeSpace(pyStr(g)), b = removeSpace(pyStr(x));
        if (field.equals("station")) {
            return STATION_SUFFIX.matcher(a).replaceFirst("").equals(STATION_SUFFIX.matcher(b).replaceFirst(""));
        }
        if (Set.of("operator", "purchaser", "supervisor", "evaluator").contains(field)) {
            String p = normOrg(a), q = normOrg(b);
            return p.equals(q) || (p.length() >= 4 && q.length() >= 4 && (p.contains(q) || q.contains(p)));
        }
        if (field.endsWith("_date") || field.endsWith("_start") || field.endsWith("_end")) {
            return prefix(a, 10).equals(prefix(b, 10));
        }
        return a.equals(b);
    }

    static boolean fieldEq(String field, Object g, Object x) {
        if (g instanceof Number) return numEq(g, x);
        return strEq(field, g, x);
    }

    private static final Pattern AREA_PREFIX = Pattern.compile("^area:");
    private static final Pattern AREA_SUFFIX = Pattern.compile("(片区|片|区)$");
    private static final Pattern AREA_LEAD = Pattern.compile("^片区?");

    static String normArea(Object a) {
        if (a == null) return null;
        StringBuilder sb = new StringBuilder();
        for (char c : removeSpace(pyStr(a)).toCharArray()) {
            int d = "一二三四五六七八九".indexOf(c);
            sb.append(d >= 0 ? (char) ('1' + d) : c);
        }
        String s = AREA_PREFIX.matcher(sb).replaceFirst("");
        s = AREA_SUFFIX.matcher(s).replaceFirst("");
        return AREA_LEAD.matcher(s).replaceFirst("");
    }

    static String base(String path) {
        String name = path.substring(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
        int dot = name.lastIndexOf('.');
        // os.path.splitext: a name's leading dots are not an extension
        return dot > 0 && !name.substring(0, dot).chars().allMatch(c -> c == '.') ? name.substring(0, dot) : name;
    }

    // ---- Python's view of values: the lake as JSON, as the script reads it ----

    /** A gold JSON value as Python's json module gives it: null, Boolean, Long/Double, String, or the node itself. */
    static Object value(JsonNode n) {
        if (n == null || n.isNull() || n.isMissingNode()) return null;
        if (n.isBoolean()) return n.booleanValue();
        if (n.isIntegralNumber()) return n.longValue();
        if (n.isNumber()) return n.doubleValue();
        if (n.isTextual()) return n.textValue();
        return n;
    }

    private static String text(JsonNode n) {
        Object v = value(n);
        return v == null ? null : pyStr(v);
    }

    private static List<JsonNode> list(JsonNode n) {
        List<JsonNode> out = new ArrayList<>();
        if (n != null && n.isArray()) n.forEach(out::add);
        return out;
    }

    /** A row's values by column name, with dates and times as `sql --format json` prints them. */
    static Map<String, Object> values(Table t, Row row) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (String c : t.schema.fieldNames()) {
            Object v = row.schema() != null ? row.getAs(c) : row.get(t.schema.fieldIndex(c));
            if (v instanceof java.time.LocalDate || v instanceof java.sql.Date) v = v.toString();
            else if (v instanceof Instant || v instanceof java.sql.Timestamp) v = v.toString();
            out.put(c, v);
        }
        return out;
    }

    private static List<Map<String, Object>> rows(ExtractedReport r, Table t) {
        List<Map<String, Object>> out = new ArrayList<>();
        if (r != null) for (Row row : r.rows(t)) out.add(values(t, row));
        return out;
    }

    /** Python's {@code x not in (None, "")}. */
    private static boolean stated(Object x) {
        return x != null && !"".equals(x);
    }

    /** Python's truth of a JSON value. */
    static boolean truthy(Object v) {
        if (v == null) return false;
        if (v instanceof Boolean b) return b;
        if (v instanceof Number n) return n.doubleValue() != 0;
        if (v instanceof String s) return !s.isEmpty();
        return true;
    }

    private static final Pattern PY_FLOAT = Pattern.compile(
            "[+-]?(\\d+(_\\d+)*\\.?(\\d+(_\\d+)*)?|\\.\\d+(_\\d+)*)([eE][+-]?\\d+(_\\d+)*)?");

    /** Python's float(x), or null where it raises. */
    static Double pyFloat(Object x) {
        if (x instanceof Boolean b) return b ? 1.0 : 0.0;
        if (x instanceof Number n) return n.doubleValue();
        if (x instanceof String s) {
            String t = pyStrip(s).toLowerCase(Locale.ROOT);
            String u = t.startsWith("+") || t.startsWith("-") ? t.substring(1) : t;
            if (u.equals("nan") || u.equals("inf") || u.equals("infinity")) {
                double v = u.equals("nan") ? Double.NaN : Double.POSITIVE_INFINITY;
                return t.startsWith("-") ? -v : v;
            }
            if (PY_FLOAT.matcher(t).matches()) return Double.parseDouble(t.replace("_", ""));
        }
        return null;
    }

    /** Python's str(x) for a JSON value. */
    static String pyStr(Object x) {
        if (x == null) return "None";
        if (x instanceof Boolean b) return b ? "True" : "False";
        if (x instanceof Double d) return pyFloatRepr(d);
        return x.toString();
    }

    static String repr(Object x) {
        if (x instanceof String s) return "'" + s + "'";
        if (x instanceof Raw r) return r.text;
        return pyStr(x);
    }

    /** A piece of a verbose line already written out. */
    private record Raw(String text) {}

    private static String tuple(Object... parts) {
        List<String> s = new ArrayList<>();
        for (Object p : parts) s.add(repr(p));
        return "(" + String.join(", ", s) + ")";
    }

    private static String pyFloatRepr(double d) {
        if (Double.isNaN(d)) return "nan";
        if (Double.isInfinite(d)) return d > 0 ? "inf" : "-inf";
        if (d == 0) return 1 / d < 0 ? "-0.0" : "0.0";
        double a = Math.abs(d);
        if (a >= 1e16 || a < 1e-4) return Double.toString(d);
        String s = new BigDecimal(Double.toString(d)).stripTrailingZeros().toPlainString();
        return s.contains(".") ? s : s + ".0";
    }

    /** Python's \s: str.isspace(). */
    static boolean pyIsSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u0085';
    }

    private static String removeSpace(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (char c : s.toCharArray()) if (!pyIsSpace(c)) sb.append(c);
        return sb.toString();
    }

    private static String pyStrip(String s) {
        int a = 0, b = s.length();
        while (a < b && pyIsSpace(s.charAt(a))) a++;
        while (b > a && pyIsSpace(s.charAt(b - 1))) b--;
        return s.substring(a, b);
    }

    private static String prefix(String s, int n) {
        return s.length() <= n ? s : s.substring(0, n);
    }
}
