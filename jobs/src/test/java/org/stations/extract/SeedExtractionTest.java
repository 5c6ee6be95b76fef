package org.stations.extract;

import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.stations.Seeds;
import org.stations.model.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Every value asserted here was read by a person in the seed report's text (the sentence or
 * table row is quoted beside it).
 */
class SeedExtractionTest {

    static ExtractedReport extract(String seed) throws NotAReportException {
        return ReportExtractor.extract(Seeds.text(seed),
                new ReportExtractor.Source(seed, "sha", Instant.EPOCH, Instant.EPOCH));
    }

    static Map<String, Object> fields(Table t, Row r) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < t.columns(); i++) m.put(t.schema.fields()[i].name(), r.get(i));
        return m;
    }

    static Map<String, Object> report(ExtractedReport r) { return fields(Table.REPORT, r.report()); }

    static Map<String, Double> partyScores(ExtractedReport r) {
        return r.rows(Table.PARTY_SCORE).stream().collect(Collectors.toMap(x -> x.getString(1), x -> x.getDouble(3)));
    }

    /** Station-level indicator of one period: {target, actual, reported_completion}. */
    static Map<String, Object> indicator(ExtractedReport r, String period, String area, String code) {
        List<Map<String, Object>> hits = r.rows(Table.INDICATOR).stream().map(x -> fields(Table.INDICATOR, x))
                .filter(m -> java.util.Objects.equals(m.get("period_label"), period)
                        && java.util.Objects.equals(m.get("area"), area) && code.equals(m.get("indicator")))
                .toList();
        assertEquals(1, hits.size(), "one row for " + code + " " + area + " " + period);
        return hits.get(0);
    }

    static void assertIndicator(ExtractedReport r, String code, Double target, double actual, Double reported, boolean derived) {
        assertIndicator(r, null, null, code, target, actual, reported, derived);
    }

    static void assertIndicator(ExtractedReport r, String period, String area, String code, Double target, double actual,
                                Double reported, boolean derived) {
        Map<String, Object> m = indicator(r, period, area, code);
        assertEquals(target, m.get("target"), code + " target");
        assertEquals(actual, m.get("actual"), code + " actual");
        assertEquals(reported, m.get("reported_completion"), code + " reported");
        assertEquals(derived, m.get("target_derived"), code + " target_derived");
        if (target != null) assertEquals(actual / target, (Double) m.get("completion"), 1e-5, code + " completion");
        assertNotNull(m.get("evidence"));
    }

    static List<String> flags(ExtractedReport r, String check) {
        return r.rows(Table.QUALITY_FLAG).stream().filter(x -> x.getString(2).equals(check)).map(x -> x.getString(4)).toList();
    }

    @Test
    void seed000_jinhua_midterm_hard_wrapped_pdf_text() throws Exception {
        ExtractedReport r = extract("000");
        Map<String, Object> rep = report(r);
        assertEquals("金花街", rep.get("station"));
        assertEquals("广州市金花街社工服务站", rep.get("station_full"));
        assertEquals("广州市", rep.get("city"));
        assertEquals("荔湾区", rep.get("district"));
        assertEquals("广州市广爱社会工作服务中心", rep.get("operator"));
        assertEquals("广州市荔湾区金花街道办事处", rep.get("purchaser"));
        assertEquals("荔湾区民政局", rep.get("supervisor"));
        assertEquals("广州市社会工作协会", rep.get("evaluator"));
        assertEquals("midterm", rep.get("report_type"));
        assertEquals(LocalDate.of(2025, 1, 20), rep.get("evaluation_date"));   // 于 2025 年 1 月 20 日到金花街社工站进行现场评估
        assertEquals(LocalDate.of(2024, 8, 1), rep.get("contract_start"));     // 服务协议期自2024年8月1日至2025年7月31日
        assertEquals(LocalDate.of(2025, 7, 31), rep.get("contract_end"));
        assertEquals(LocalDate.of(2024, 8, 1), rep.get("period_start"));       // 考核期为 2024 年 8 月 1 日至 2024 年 12月 31 日
        assertEquals(LocalDate.of(2024, 12, 31), rep.get("period_end"));
        assertEquals(5.0, rep.get("period_months"));                           // 共计考核 5 个月
        assertEquals(240.0, rep.get("budget_wan"));                            // 年度项目服务经费为 240 万元
        assertEquals(85.52, rep.get("total_score"));                           // 以上四项总得分：85.52 分 等级：良好
        assertEquals("良好", rep.get("grade"));
        assertEquals(22, rep.get("social_workers"));                           // 共配备 15名持证社工，7 名非持证社工，共计 22 名社工
        assertEquals(15, rep.get("certified_workers"));
        assertEquals(0.70, rep.get("retention_rate"));                         // 稳岗率为70.00%
        assertNull(rep.get("satisfaction_rate"));
        assertEquals(Map.of("purchaser", 20.0, "supervisor", 8.37, "supervision_center", 12.85, "third_party", 44.30),
                partyScores(r));

        Map<String, Object> st = fields(Table.STAFFING, r.rows(Table.STAFFING).get(0));
        assertEquals(100.0, st.get("workers_expected"));                       // 社工…应到岗 100 人次，实到岗 104 人次
        assertEquals(104.0, st.get("workers_actual"));
        assertEquals(50.0, st.get("certified_expected"));                      // 持证社工应到岗 50 人次，实到岗 66 人次
        assertEquals(66.0, st.get("certified_actual"));
        assertEquals(14, st.get("stable_workers"));                            // 共有 14 名社工持续稳定在岗
        assertEquals(0.6731, st.get("experienced_share"));                     // 占社工站社工实到人次的 67.31%
        assertEquals(7, st.get("resigned"));                                   // 7 名社工提前解除劳动合同，6 名社工新入职，3 名社工调入，1 名社工调出
        assertEquals(6, st.get("hired"));
        assertEquals(3, st.get("transferred_in"));
        assertEquals(1, st.get("transferred_out"));
        assertNull(st.get("required_workers"));

        // prose "建档 1788 个…分别完成协议指标量的 1788.00%" with the annex 合计 row giving the printed targets
        assertIndicator(r, "archive", 100.0, 1788, 17.88, false);
        assertIndicator(r, "phone_visits", 4002.0, 7626, 1.9055, false);
        assertIndicator(r, "home_visits", 900.0, 1033, 1.1478, false);
        assertIndicator(r, "case_intake", 100.0, 50, 0.50, false);
        assertIndicator(r, "case_sessions", 500.0, 215, 0.43, false);
        assertIndicator(r, "case_closed", 100.0, 22, 0.22, false);
        assertIndicator(r, "group_count", 35.0, 17, 0.4857, false);
        assertIndicator(r, "group_sessions", 175.0, 86, 0.4914, false);
        assertIndicator(r, "group_attendance", 315.0, 767, 2.4349, false);
        assertIndicator(r, "large_event_count", 2.0, 6, 3.0, false);
        assertIndicator(r, "large_event_attendance", 200.0, 1838, 9.19, false);
        assertIndicator(r, "small_event_count", 80.0, 54, 0.675, false);
        assertIndicator(r, "small_event_attendance", 1500.0, 1971, 1.314, false);
        // 附件1-1 其余: 新增志愿者 100 107 107.00% 社区组织培育 2 1 50% 新增志愿者骨干 30 15 50.00% 新增志愿队伍 2 2 100.00%
        assertIndicator(r, "volunteers_new", 100.0, 107, 1.07, false);
        assertIndicator(r, "community_orgs", 2.0, 1, 0.5, false);
        assertIndicator(r, "volunteer_leaders", 30.0, 15, 0.5, false);
        assertIndicator(r, "volunteer_teams", 2.0, 2, 1.0, false);
        assertIndicator(r, "community_research", 4.0, 13, 3.25, false);        // 社区调研 4 13 325.00%
        assertIndicator(r, "community_funds", 12.0, 13, 1.0833, false);        // 附件1-2 社区基金培育 12 13 108.33%
        assertIndicator(r, "resident_reception", 500.0, 267, 0.534, false);    // 居民来访接待… 500 267 53.40%
        // the annex by 片区, area as the annex prints it
        assertIndicator(r, null, "片区1", "archive", 35.0, 628, 17.9429, false);
        assertIndicator(r, null, "片区3", "large_event_attendance", 100.0, 1615, 16.15, false);
        assertTrue(r.rows(Table.INDICATOR).stream().noneMatch(x -> "片区1".equals(x.getString(2))
                && x.getString(3).startsWith("large_event")), "片区1 prints / for large events: no row");

        // the report contradicts itself: 1749 户 vs 1788, 106 vs 107 volunteers, 骨干 20 vs 15, 片区 targets 2400 vs 1500
        List<String> conflicts = flags(r, "conflicting_values");
        assertTrue(conflicts.stream().anyMatch(d -> d.startsWith("archive: 1788") && d.contains("1749")), conflicts::toString);
        assertTrue(conflicts.stream().anyMatch(d -> d.startsWith("volunteers_new: 107") && d.contains("106")), conflicts::toString);
        assertTrue(conflicts.stream().anyMatch(d -> d.startsWith("volunteer_leaders: 15") && d.contains("20")), conflicts::toString);
        assertEquals(List.of("small_event_attendance target: 3 片区 rows add up to 2400, the station row says 1500"),
                flags(r, "area_sum_mismatch"));
        assertEquals(List.of(), flags(r, "party_sum_mismatch"));
        assertEquals(List.of(), flags(r, "grade_mismatch"));
        assertEquals(List.of(), flags(r, "completion_mismatch"));
    }

    @Test
    void seed001_liuhua_final_long_paragraphs() throws Exception {
        ExtractedReport r = extract("001");
        Map<String, Object> rep = report(r);
        assertEquals("流花街", rep.get("station"));
        assertEquals("越秀区", rep.get("district"));
        assertEquals("广州市心悦社区发展中心", rep.get("operator"));               // 项目承办方：广州市心悦社区发展中心
        assertEquals("广州市越秀区流花街道办事处", rep.get("purchaser"));
        assertEquals("广州市越秀区民政局", rep.get("supervisor"));
        assertEquals("广州市社会工作协会", rep.get("evaluator"));
        assertEquals("final", rep.get("report_type"));
        assertEquals(LocalDate.of(2024, 3, 15), rep.get("evaluation_date"));    // 评估日期：2024年3月15日
        assertEquals(LocalDate.of(2023, 4, 23), rep.get("contract_start"));
        assertEquals(LocalDate.of(2024, 4, 22), rep.get("contract_end"));
        assertEquals(LocalDate.of(2024, 2, 29), rep.get("period_end"));         // 考核期为2023年4月23日至2024年2月29日
        assertEquals(10.5, rep.get("period_months"));                           // 共计10.5个考核月份
        assertEquals(240.0, rep.get("budget_wan"));
        assertEquals(83.62, rep.get("total_score"));
        assertEquals("良好", rep.get("grade"));
        assertEquals(21, rep.get("social_workers"));
        assertEquals(17, rep.get("certified_workers"));
        assertEquals(0.65, rep.get("retention_rate"));                          // 人员稳岗率为65.00%
        assertEquals(Map.of("purchaser", 18.0, "supervisor", 8.70, "supervision_center", 12.80, "third_party", 44.12),
                partyScores(r));
        Map<String, Object> st = fields(Table.STAFFING, r.rows(Table.STAFFING).get(0));
        assertEquals(210.0, st.get("workers_expected"));                        // 社工应到岗210人次，实到岗212人次
        assertEquals(212.0, st.get("workers_actual"));
        assertEquals(105.0, st.get("certified_expected"));                      // 持证社工应到岗105人次，实到岗159人次
        assertEquals(159.0, st.get("certified_actual"));
        assertEquals(13, st.get("stable_workers"));
        assertEquals(0.7618, st.get("experienced_share"));                      // 占社工总到岗人次的 76.18%
        assertNull(st.get("resigned"));
        // only actual and % printed: targets derived
        assertIndicator(r, "archive", 387.0, 412, 1.0646, true);                // 建档 412 份 … 106.46%
        assertIndicator(r, "phone_visits", 1500.0, 1547, 1.0313, true);
        assertIndicator(r, "home_visits", 1688.0, 1726, 1.0225, true);
        assertIndicator(r, "consult_cases", 300.0, 302, 1.0067, true);          // 完成咨询个案 302 个，完成协议指标量的 100.67%
        assertIndicator(r, "case_intake", 70.0, 74, 1.0571, true);              // 专业个案接案 74 个，完成 62 个，服务 447 节
        assertIndicator(r, "case_closed", 56.0, 62, 1.1071, true);
        assertIndicator(r, "case_sessions", 420.0, 447, 1.0643, true);
        assertIndicator(r, "group_count", 20.0, 22, 1.10, true);
        assertIndicator(r, "group_sessions", 120.0, 153, 1.275, true);
        assertIndicator(r, "group_attendance", 720.0, 1522, 2.1139, true);
        assertIndicator(r, "large_event_count", 25.0, 31, 1.24, true);
        assertIndicator(r, "large_event_attendance", 2000.0, 4600, 2.30, true);
        assertIndicator(r, "small_event_count", 60.0, 91, 1.5167, true);
        assertIndicator(r, "small_event_attendance", 2400.0, 3162, 1.3175, true);
        // 评估期内培育社区志愿者 276 人，志愿者骨干 20 人，新增志愿者团队 2 个，维系活跃志愿者团队 10 支 (the 10 are kept, not new)
        assertIndicator(r, "volunteers_new", null, 276, null, false);
        assertIndicator(r, "volunteer_leaders", null, 20, null, false);
        assertIndicator(r, "volunteer_teams", null, 2, null, false);
        assertEquals(17, r.rows(Table.INDICATOR).size());
        assertEquals(List.of(), flags(r, "party_sum_mismatch"));
    }

    @Test
    void seed002_zhongnan_performance_two_periods() throws Exception {
        ExtractedReport r = extract("002");
        Map<String, Object> rep = report(r);
        assertEquals("中南街", rep.get("station"));
        assertEquals("荔湾区", rep.get("district"));
        assertEquals("performance", rep.get("report_type"));
        assertEquals("广州市大同社会工作服务中心", rep.get("operator"));
        // the title names the 街道办事处 whose project is evaluated, not as 购买方 (the devset's gold for this seed: null)
        assertNull(rep.get("purchaser"));
        assertNull(rep.get("supervisor"));
        assertNull(rep.get("evaluator"));
        assertNull(rep.get("evaluation_date"));
        assertNull(rep.get("total_score"));
        assertNull(rep.get("grade"));
        assertEquals(244.8, rep.get("budget_wan"));                             // 项目年初预算数 244.8 万元
        // two 项目期 (2021 年 8 月-2021 年 12 月, 2022 年 1 月-2022 年 8 月): the report covers both (the devset's gold
        // leaves the period null; the summary files the report under the month its period ends)
        assertEquals(LocalDate.of(2021, 8, 1), rep.get("period_start"));
        assertEquals(LocalDate.of(2022, 8, 31), rep.get("period_end"));
        assertNull(rep.get("period_months"));                                   // not printed
        assertTrue(r.rows(Table.PARTY_SCORE).isEmpty());
        String p1 = "第一个项目期", p2 = "第二个项目期";
        assertIndicator(r, p1, null, "archive", 65.0, 65, 1.0, false);          // 建档 65 65 100%
        assertIndicator(r, p1, null, "home_visits", 200.0, 740, 3.70, false);   // 居家探访 200 740 370.00%
        assertIndicator(r, p1, null, "phone_visits", 1100.0, 1594, 1.4491, false);
        assertIndicator(r, p1, null, "consult_cases", 18.0, 23, 1.2778, false);
        assertIndicator(r, p1, null, "case_intake", 30.0, 30, 1.0, false);      // 专业个案 个数 30 30 100.00%
        assertIndicator(r, p1, null, "group_count", 9.0, 9, 1.0, false);        // 小组 个数 9 9 100.00%
        assertIndicator(r, p1, null, "group_sessions", 45.0, 46, 1.0222, false);
        assertIndicator(r, p1, null, "group_attendance", 360.0, 386, 1.07, false); // 人次 360 386 107%
        assertIndicator(r, p1, null, "large_event_attendance", 600.0, 4503, 7.505, false);
        assertIndicator(r, p1, null, "volunteers_new", 36.0, 44, 1.2222, false); // 发展志愿者 个数 36 44 122.22%
        assertIndicator(r, p2, null, "archive", 85.0, 88, 1.0353, false);
        assertIndicator(r, p2, null, "large_event_attendance", 1200.0, 22646, 18.8717, false);
        assertIndicator(r, p2, null, "small_event_attendance", 1490.0, 3652, 2.451, false);
        assertIndicator(r, p2, null, "volunteers_new", 66.0, 80, 1.21, false);  // 发展志愿者 个数 66 80 121%
        assertEquals(36, r.rows(Table.INDICATOR).size());                       // 18 rows in each period's table
        assertEquals(List.of(), flags(r, "completion_mismatch"));
    }

    @Test
    void seed003_shiqiao_midterm_tabbed_score_table() throws Exception {
        ExtractedReport r = extract("003");
        Map<String, Object> rep = report(r);
        assertEquals("市桥街东西片", rep.get("station"));
        assertEquals("番禺区", rep.get("district"));
        assertEquals("广州市番禺区普爱社会工作服务社", rep.get("operator"));
        assertEquals("市桥街道办事处", rep.get("purchaser"));                    // 购买方（市桥街道办事处）代表认为
        assertEquals("番禺区民政局", rep.get("supervisor"));
        assertEquals("番禺区社会组织联合会", rep.get("evaluator"));
        assertEquals(LocalDate.of(2025, 2, 20), rep.get("evaluation_date"));
        assertEquals(LocalDate.of(2024, 8, 26), rep.get("period_start"));       // 本次考核期为2024年8月26日——2025年1月31日，考核5个月
        assertEquals(LocalDate.of(2025, 1, 31), rep.get("period_end"));
        assertEquals(5.0, rep.get("period_months"));
        assertEquals(89.76, rep.get("total_score"));                            // 等级为“良好”（89.76分）
        assertEquals("良好", rep.get("grade"));
        // third party = the items used: 9.82 + 12.3 + 9.1 + 15.09 (服务质量, the mean of its three 片区)
        assertEquals(Map.of("purchaser", 20.0, "supervisor", 8.8, "supervision_center", 14.65, "third_party", 46.31),
                partyScores(r));
        List<Map<String, Object>> items = r.rows(Table.SCORE_ITEM).stream().map(x -> fields(Table.SCORE_ITEM, x)).toList();
        // the converted 15.09 is printed once in a cell merged over the three 片区 rows: it is the whole item's, a row of its own
        assertEquals(7, items.size());
        assertEquals(List.of("服务监测", "服务成效", "运营管理", "服务质量", "服务质量", "服务质量", "服务质量"),
                items.stream().map(m -> m.get("item")).toList());
        assertEquals(java.util.Arrays.asList(null, null, null, "东1片区", "东2片区", "西片区", null),
                items.stream().map(m -> m.get("area")).toList());
        assertEquals(java.util.Arrays.asList(9.82, 12.3, 9.1, 15.0, 15.26, 15.0, null), items.stream().map(m -> m.get("score")).toList());
        assertEquals(15.09, items.get(6).get("converted_score"));
        assertNull(items.get(3).get("converted_score"));
        assertEquals(20.0, items.get(6).get("max_score"));
        assertEquals(List.of(), flags(r, "items_do_not_add_up"));
        assertEquals(List.of(), flags(r, "party_sum_mismatch"));
        assertEquals(0.7222, fields(Table.STAFFING, r.rows(Table.STAFFING).get(0)).get("experienced_share"));
        assertNull(rep.get("retention_rate"));
        // 社工站共完成家访1035人次，电访2086人次；专业个案接案25个，320节，完成协议指标量的62.50%、47.19%
        assertIndicator(r, "home_visits", null, 1035, null, false);
        assertIndicator(r, "phone_visits", null, 2086, null, false);
        assertIndicator(r, "case_intake", 40.0, 25, 0.625, true);
        assertIndicator(r, "case_sessions", 678.0, 320, 0.4719, true);          // 320/678 = 47.197% printed truncated
        assertIndicator(r, "group_attendance", 540.0, 457, 0.8463, true);
        assertIndicator(r, "community_event_count", 59.0, 38, 0.6441, true);    // 完成社区活动38次 … 64.41%
        assertIndicator(r, "community_event_attendance", 3600.0, 4993, 1.3869, true);
        // 培育志愿者队伍、社区社会组织2支: one number for two indicators
        assertIndicator(r, "volunteers_new", 50.0, 25, 0.5, true);
        assertIndicator(r, "volunteer_leaders", 20.0, 10, 0.5, true);
        assertIndicator(r, "volunteer_teams", 2.0, 2, 1.0, true);
        assertIndicator(r, "community_orgs", 2.0, 2, 1.0, true);
        // 本周期内培育了2个社区社会组织，2支志愿者队伍，12名志愿者骨干，78名志愿者: 12 vs 10, 78 vs 25
        List<String> conflicts = flags(r, "conflicting_values");
        assertTrue(conflicts.stream().anyMatch(d -> d.startsWith("volunteers_new: 25") && d.contains("78")), conflicts::toString);
        assertTrue(conflicts.stream().anyMatch(d -> d.startsWith("volunteer_leaders: 10") && d.contains("12")), conflicts::toString);
        assertEquals(2, conflicts.size(), conflicts::toString);
    }

    @Test
    void seed004_yuncheng_final_grade_without_score() throws Exception {
        ExtractedReport r = extract("004");
        Map<String, Object> rep = report(r);
        assertEquals("云城街", rep.get("station"));
        assertEquals("广州市云城街社工服务站", rep.get("station_full"));
        assertEquals("白云区", rep.get("district"));
        assertEquals("广州市社会组织联合会", rep.get("evaluator"));
        assertEquals("final", rep.get("report_type"));
        assertEquals(LocalDate.of(2024, 6, 11), rep.get("evaluation_date"));
        assertEquals(LocalDate.of(2023, 7, 11), rep.get("contract_start"));     // 项目合同期为 2023 年 7 月 11 日至 2024 年 7 月 10 日
        assertEquals(LocalDate.of(2024, 7, 10), rep.get("contract_end"));
        assertNull(rep.get("period_end"));
        assertNull(rep.get("total_score"));
        assertEquals("良好", rep.get("grade"));                                  // 本次末期评估的等级为：良好
        assertEquals(22, rep.get("social_workers"));
        assertEquals(17, rep.get("certified_workers"));
        assertEquals(0.85, rep.get("retention_rate"));                          // 持续在岗 17 人，稳岗率达 85%
        assertEquals(0.894, rep.get("satisfaction_rate"));                      // 总体服务满意度为 89.4%
        assertTrue(r.rows(Table.PARTY_SCORE).isEmpty());
        Map<String, Object> st = fields(Table.STAFFING, r.rows(Table.STAFFING).get(0));
        assertEquals(20, st.get("required_workers"));                           // 社工站协议人数 20 人
        assertEquals(17, st.get("stable_workers"));
        assertEquals(220.0, st.get("workers_expected"));                        // 总人数应到 220 人次，实到 221 人次
        assertEquals(221.0, st.get("workers_actual"));
        assertEquals(110.0, st.get("certified_expected"));
        assertEquals(169.5, st.get("certified_actual"));
        assertEquals(0.85, st.get("experienced_share"));
        assertIndicator(r, "home_visits", 624.0, 778, 1.2468, true);            // 入户探访 778 个，完成协议指标量的 124.68%
        assertIndicator(r, "phone_visits", null, 1877, null, false);            // 完成电话访问 1877 个 (no %)
        assertIndicator(r, "case_intake", 90.0, 89, 0.9889, true);
        assertIndicator(r, "case_sessions", 540.0, 540, 1.0, true);
        assertIndicator(r, "case_closed", 73.0, 79, 1.0822, true);
        assertIndicator(r, "group_attendance", 1080.0, 2076, 1.9222, true);
        assertIndicator(r, "large_event_count", 10.0, 12, 1.2, true);
        assertIndicator(r, "large_event_attendance", 700.0, 3217, 4.5957, true); // "459.57" printed without %
        assertIndicator(r, "small_event_attendance", 600.0, 2475, 4.125, true);
        assertIndicator(r, "volunteers_new", 60.0, 152, 2.5333, true);
        assertIndicator(r, "volunteer_leaders", 30.0, 27, 0.9, true);
        assertIndicator(r, "volunteer_teams", 2.0, 2, 1.0, true);
        // 对辖区内 248 户困难群众及特殊群体实行全覆盖建档; 社工站共培育了 2 个社区社会组织
        assertIndicator(r, "archive", null, 248, null, false);
        assertIndicator(r, "community_orgs", null, 2, null, false);
        assertEquals(17, r.rows(Table.INDICATOR).size());
        assertEquals(List.of(), flags(r, "conflicting_values"));
    }

    @Test
    void planted_contradictions_are_flagged_not_corrected() throws Exception {
        String text = Seeds.text("000").replace("等级：良好", "等级：优秀").replace("（一）购买方评估 得分：20.00分", "（一）购买方评估 得分：19.00分");
        ExtractedReport r = ReportExtractor.extract(text, new ReportExtractor.Source("x", "x", Instant.EPOCH, Instant.EPOCH));
        assertEquals("优秀", report(r).get("grade"));
        assertEquals(19.0, partyScores(r).get("purchaser"));
        assertEquals(List.of("four party scores add up to 84.52, the report's total is 85.52"), flags(r, "party_sum_mismatch"));
        assertEquals(List.of("total 85.52 is 良好 by 90/80/60, the report says 优秀"), flags(r, "grade_mismatch"));
    }

    @Test
    void a_printed_percent_that_is_not_actual_over_target_is_flagged() throws Exception {
        String text = Seeds.text("002").replace("建档 65 65 100%", "建档 65 65 90%");
        ExtractedReport r = ReportExtractor.extract(text, new ReportExtractor.Source("x", "x", Instant.EPOCH, Instant.EPOCH));
        assertEquals(List.of("archive [第一个项目期]: 65 / 65 = 1.0000, printed 0.9000"), flags(r, "completion_mismatch"));
    }

    @Test
    void the_same_report_re_encoded_or_re_wrapped_has_one_report_id() throws Exception {
        String text = Seeds.text("001");
        String id = extract("001").reportId;
        String crlf = text.replace("\n", "\r\n");
        String fullWidthDigits = text.replace("2024年3月15日", "２０２４年３月１５日");
        for (String variant : List.of(crlf, fullWidthDigits, "\uFEFF" + text)) {
            assertEquals(id, ReportExtractor.extract(variant, new ReportExtractor.Source("v", "v", Instant.EPOCH, Instant.EPOCH)).reportId);
        }
    }

    @Test
    void text_that_is_not_a_report_is_refused_with_a_reason() {
        NotAReportException e = assertThrows(NotAReportException.class, () -> ReportExtractor.extract(
                "这是一份普通的会议纪要。".repeat(50), new ReportExtractor.Source("x", "x", Instant.EPOCH, Instant.EPOCH)));
        assertEquals("not an evaluation report: no station name (…社工服务站) found", e.getMessage());
    }
}
