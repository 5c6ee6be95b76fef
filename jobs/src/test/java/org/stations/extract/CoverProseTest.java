package org.stations.extract;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** Header fields as blind6 prints them: a scoring sheet's cover rows of two pairs (blind6_c.docx), periods in quarters. */
class CoverProseTest {

    @Test
    void aCoverRowOfTwoPairsIsTwoSentences() {
        assertEquals(List.of("服务站名称：广州市越秀区登峰街社工服务站", "评估类型：中期评估"),
                ReportText.keyValues(List.of("服务站名称", "广州市越秀区登峰街社工服务站", "评估类型", "中期评估")));
        assertEquals(List.of("承接机构：广州市越秀区峰华社会工作服务中心", "项目经费：198万元"),
                ReportText.keyValues(List.of("承接机构", "广州市越秀区峰华社会工作服务中心", "项目经费", "198万元")));
        // a header row of short words, a row of a label and figures: no pairs
        assertEquals(List.of(), ReportText.keyValues(List.of("评估主体", "监督方", "购买方", "督导中心")));
        assertEquals(List.of(), ReportText.keyValues(List.of("建档", "420", "226", "53.81%")));
    }

    @Test
    void quartersReadAsTheMonthsTheyCover() {
        // blind6_c: "考核期 | 2025年第二季度至第三季度(共6个月)"
        assertEquals("考核期:2025年4月至2025年9月(共6个月)", Cn.canonical("考核期:2025年第二季度至第三季度(共6个月)"));
        assertEquals("2025年7月至2025年9月", Cn.canonical("2025年第三季度"));
        assertEquals("2025年7月至2025年9月", Cn.canonical("2025-Q3"));
        assertEquals("2024年10月至2025年9月", Cn.canonical("2024Q4—2025Q3"));
        // a month, a count of months: as printed
        assertEquals("2025年4月", Cn.canonical("2025年4月"));
        assertEquals("2025年4个月", Cn.canonical("2025年4个月"));
        ReportHeader h = HeaderExtractor.extract(ReportText.of(org.stations.document.Layout.parse(
                "广州市越秀区登峰街社工服务站中期评估\n服务周期：2025年4月1日至2026年3月31日\n考核期：2025年第二季度至第三季度(共6个月)\n")));
        assertEquals(LocalDate.of(2025, 4, 1), h.periodStart);
        assertEquals(LocalDate.of(2025, 9, 30), h.periodEnd);
    }
}
