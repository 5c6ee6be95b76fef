package org.stations.summary;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The detail forms extraction writes (extract/QualityChecks, ingest's revision flag) told in Chinese; no Spark. */
class FlagTextTest {
    @Test
    void every_known_detail_form_in_chinese() {
        assertEquals("四方得分相加为 84.52 分，报告总分为 85.52 分",
                FlagText.detail("party_sum_mismatch", "four party scores add up to 84.52, the report's total is 85.52", Map.of()));
        assertEquals("总分 85.52 分按 90/80/60 分界应为「良好」，报告写为「优秀」",
                FlagText.detail("grade_mismatch", "total 85.52 is 良好 by 90/80/60, the report says 优秀", Map.of()));
        assertEquals("总分前后写为 85.52 分、86.0 分",
                FlagText.detail("conflicting_values", "total score stated as [85.52, 86.0]", Map.of()));
        assertEquals("稳岗率前后写为 70.00%、75.00%",
                FlagText.detail("conflicting_values", "稳岗率 stated as [0.7, 0.75]", Map.of()));
        assertEquals("「服务成效」：3 个片区得分的平均为 8.1667，印出的折算分为 8.20", FlagText.detail("items_do_not_add_up",
                "服务成效: mean of 3 areas is 8.1667, converted score printed 8.20", Map.of()));
        assertEquals("专业个案结案（片区1）〔第一个项目期〕：实际 22 / 目标 100 = 22.00%，报告印为 25.00%", FlagText.detail(
                "completion_mismatch", "case_closed (片区1) [第一个项目期]: 22 / 100 = 0.2200, printed 0.2500", Map.of()));
        assertEquals("持续在岗人数：正文为 9 人，人员到岗附件中每月均在岗的有 8 人", FlagText.detail("roster_mismatch",
                "stable_workers: the report states 9, the staffing annex has 8 persons on post in every month", Map.of()));
        assertEquals("修订了已入库的 a/004.txt：两份文件所述不同，以较晚的文件为准", FlagText.detail("revision",
                "revision of a/004.txt: what it states differs, the later file wins", Map.of()));
    }

    @Test
    void a_code_outside_the_contract_is_named_by_the_label_the_report_printed() {
        assertEquals("长者饭堂：实际完成一处为 12（「甲」），另一处为 15（「乙」）", FlagText.detail("conflicting_values",
                "zhang_zhe_fan_tang: actual 12 in「甲」, 15 in「乙」", Map.of("zhang_zhe_fan_tang", "长者饭堂")));
        assertEquals("某项服务指标目标：2 个片区合计 30，全站一行为 20",
                FlagText.detail("area_sum_mismatch", "xyz target: 2 片区 rows add up to 30, the station row says 20", Map.of()));
    }

    @Test
    void an_unknown_form_falls_back_to_the_check_and_the_quoted_sentence() {
        assertEquals("同一数值前后不一（细节格式未收录，请查阅原报告）；原文：「新登记志愿者106名」",
                FlagText.detail("conflicting_values", "volunteers_new differs: see「新登记志愿者106名」", Map.of()));
        assertEquals("其他自相矛盾之处（细节格式未收录，请查阅原报告）", FlagText.detail("new_check", "something else", Map.of()));
        // a detail extraction already wrote in Chinese stays as written
        assertEquals("人员到岗情况附件中序号 7 的行无法读取", FlagText.detail("table_unparsed", "人员到岗情况附件中序号 7 的行无法读取", Map.of()));
        // every check of the contract has its own name (this list once lacked extractor_failed and not_extracted)
        assertEquals("某项抽取失败", FlagText.check("extractor_failed"));
        assertEquals("正文提及但未读出", FlagText.check("not_extracted"));
        assertEquals("错误", FlagText.severity("error"));
        assertEquals("提示", FlagText.severity("warning"));
    }
}
