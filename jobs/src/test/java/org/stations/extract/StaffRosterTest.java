package org.stations.extract;

import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.stations.Seeds;
import org.stations.model.Table;
import org.stations.util.PersonKey;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.*;
import static org.stations.extract.SeedExtractionTest.extract;
import static org.stations.extract.SeedExtractionTest.fields;

/** Seed 000's 附件2 (人员到岗情况), read by a person row by row; persons are named here only by their 序号. */
class StaffRosterTest {

    /** The rows of one person, by 序号 (the annex lists persons in order, so row position = 序号). */
    static List<Map<String, Object>> person(ExtractedReport r, int number) {
        Map<String, List<Map<String, Object>>> byKey = new LinkedHashMap<>();
        for (Row x : r.rows(Table.STAFF_MONTH)) {
            byKey.computeIfAbsent(x.getString(1), k -> new ArrayList<>()).add(fields(Table.STAFF_MONTH, x));
        }
        return new ArrayList<>(byKey.values()).get(number - 1);
    }

    static String marks(Map<String, Object> m) {
        return (Boolean) m.get("on_post") ? "√" : "—" ;
    }

    @Test
    void seed000_annex_28_persons_over_5_months() throws Exception {
        ExtractedReport r = extract("000");
        List<Row> rows = r.rows(Table.STAFF_MONTH);
        assertEquals(140, rows.size());                                       // 序号 1–28 × 2024年8月–12月
        assertEquals(28, rows.stream().map(x -> x.getString(1)).distinct().count());
        assertEquals(List.of(LocalDate.of(2024, 8, 1), LocalDate.of(2024, 9, 1), LocalDate.of(2024, 10, 1),
                LocalDate.of(2024, 11, 1), LocalDate.of(2024, 12, 1)), person(r, 1).stream().map(m -> m.get("month")).toList());
        // 持证社工 序号 1–18, 非持证社工 19–28
        assertEquals(18, rows.stream().filter(x -> x.getBoolean(2)).map(x -> x.getString(1)).distinct().count());
        assertEquals(false, person(r, 19).get(0).get("certified"));

        // 5 … 1片社工 社会工作师 —— —— —— √ √ √ … 4 4 2024年8月25日从琶洲街社工站调入
        List<Map<String, Object>> p5 = person(r, 5);
        assertEquals(Map.of("on_post", false, "insured", false, "paid", false), flags(p5.get(0)));
        assertEquals("调入", p5.get(0).get("event"));
        assertEquals(Map.of("on_post", true, "insured", true, "paid", true), flags(p5.get(1)));
        assertEquals("社工", p5.get(0).get("role"));
        assertEquals("1片区", p5.get(0).get("area"));
        // 8 … √ √ √ √ √ √ —— … 2 0 2024年9月23日离职
        assertEquals("√√———", person(r, 8).stream().map(StaffRosterTest::marks).reduce("", String::concat));
        assertEquals("离职", person(r, 8).get(1).get("event"));
        // 14 … —— —— —— —— —— —— √ √ √ √ √ √ —— —— —— 2 2 2024年12月4日离职
        assertEquals("——√√—", person(r, 14).stream().map(StaffRosterTest::marks).reduce("", String::concat));
        assertEquals("离职", person(r, 14).get(4).get("event"));
        // 27 … 2024年8月25日从琶洲街社工站调入,2024年12月31日离职: two events, each in its month
        assertEquals("调入", person(r, 27).get(0).get("event"));
        assertEquals("离职", person(r, 27).get(4).get("event"));
        // 26 … 2024年11月15日调离 → 调出
        assertEquals("调出", person(r, 26).get(3).get("event"));
        // 1 黄… 社工站副站长: no 片区
        assertEquals("社工站副站长", person(r, 1).get(0).get("role"));
        assertNull(person(r, 1).get(0).get("area"));
        assertEquals("片长", person(r, 4).get(0).get("role"));                // 4 … 1片区片长

        Map<String, Long> events = new LinkedHashMap<>();
        for (Row x : rows) if (!x.isNullAt(9)) events.merge(x.getString(9), 1L, Long::sum);
        assertEquals(Map.of("调入", 3L, "离职", 7L, "入职", 5L, "调出", 1L), events);
        // the 每月…总计 row: 19 20 21 22 22 persons on post
        for (int[] month : new int[][]{{8, 19}, {9, 20}, {10, 21}, {11, 22}, {12, 22}}) {
            LocalDate d = LocalDate.of(2024, month[0], 1);
            assertEquals(month[1], rows.stream().filter(x -> x.get(5).equals(d) && x.getBoolean(6)).count(), d.toString());
        }
        // prose "6 名社工新入职", the 备注 column records 入职 for 5: flagged, nothing corrected
        assertEquals(List.of("hired: the report states 6, the staffing annex has 5 persons with 入职 in 备注"),
                SeedExtractionTest.flags(r, "roster_mismatch"));
        for (String other : List.of("001", "002", "003", "004")) assertTrue(extract(other).rows(Table.STAFF_MONTH).isEmpty(), other);
    }

    private static Map<String, Object> flags(Map<String, Object> m) {
        return Map.of("on_post", m.get("on_post"), "insured", m.get("insured"), "paid", m.get("paid"));
    }

    /** The names, read straight from the seed's annex lines ("1 黄… 社工站副站长 …"), only to look for them. */
    static Set<String> rosterNames() {
        Set<String> names = new LinkedHashSet<>();
        Matcher m = Pattern.compile("(?m)^(\\d{1,2}) ([\\u4e00-\\u9fff]{2,4}) \\S*(?:片|站|主任)").matcher(Seeds.text("000"));
        while (m.find()) names.add(m.group(2));
        return names;
    }

    @Test
    void no_roster_name_reaches_any_lake_row() throws Exception {
        Set<String> names = rosterNames();
        assertEquals(28, names.size());
        ExtractedReport r = extract("000");
        int strings = 0;
        for (Table t : Table.reportTables()) {
            for (Row row : r.rows(t)) {
                for (int i = 0; i < row.length(); i++) {
                    boolean array = t.schema.fields()[i].dataType() instanceof org.apache.spark.sql.types.ArrayType;
                    List<?> values = array ? row.getList(i) : java.util.Arrays.asList(row.get(i));
                    for (Object s : values) {
                        if (!(s instanceof String text)) continue;
                        strings++;
                        for (String name : names) assertFalse(text.contains(name), t.tableName + "." + t.schema.fields()[i].name());
                    }
                }
            }
        }
        assertTrue(strings > 500, "scanned " + strings + " strings");
    }

    @Test
    void person_key_is_keyed_and_stable_per_station() throws Exception {
        String text = Seeds.text("000");
        ReportExtractor.Source src = new ReportExtractor.Source("x", "x", Instant.EPOCH, Instant.EPOCH);
        String k1 = ReportExtractor.extract(text, src, new PersonKey("lake-a")).rows(Table.STAFF_MONTH).get(0).getString(1);
        // the same station's final report: the same person, the same key
        String fin = text.replace("中期评估报告", "末期评估报告");
        ExtractedReport finalReport = ReportExtractor.extract(fin, src, new PersonKey("lake-a"));
        assertNotEquals(extract("000").reportId, finalReport.reportId);
        assertEquals(k1, finalReport.rows(Table.STAFF_MONTH).get(0).getString(1));
        // another key, another hash: without the key the names cannot be tried one by one
        assertNotEquals(k1, ReportExtractor.extract(text, src, new PersonKey("lake-b")).rows(Table.STAFF_MONTH).get(0).getString(1));
        assertTrue(k1.matches("[0-9a-f]{32}"), k1);
        assertEquals("PersonKey[hidden]", new PersonKey("lake-a").toString());
    }
}
