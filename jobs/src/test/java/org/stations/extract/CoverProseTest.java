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

    @Test
    void aSentenceWrittenIntoATableCellIsReadAsProse() {
        // blind6_c 评分表, row 1-2 人员管理: the 扣分理由及核查情况 cell states the staffing in sentences
        String cell = "协议要求配备社工16名,考核期末在岗社工15名(其中持证社工9名),缺岗1名;考核期内离职2人、新入职1人;"
                + "期初16名社工中14名持续在岗,稳岗率87.50%;社工应到岗96人次,实到岗93人次";
        org.stations.document.Document doc = new org.stations.document.Document(List.of(new org.stations.document.Document.Table(1,
                List.of(List.of("评估项目", "序号", "评分细则", "分值", "扣分", "得分", "扣分理由及核查情况"),
                        List.of("项目管理 (10分)", "1-2", "人员管理:按协议配备社工,人员稳定", "2.5", "0.30", "2.20", cell)))), 0);
        StaffingExtractor.Staffing s = StaffingExtractor.extract(ReportText.of(doc).proseOnly(), "midterm");
        assertEquals(16, s.requiredWorkers);
        assertEquals(14, s.stableWorkers);
        assertEquals(0.875, s.retentionRate, 1e-9);
        assertEquals(96.0, s.workersExpected);
        assertEquals(93.0, s.workersActual);
        assertEquals(2, s.resigned);
        assertEquals(1, s.hired);
        // a short cell, a cell of one clause, a cell without figures: values, not sentences
        assertFalse(ReportText.isSentence("人员管理:按协议配备社工,人员稳定"));
        assertFalse(ReportText.isSentence("2笔活动物资采购比价记录不全"));
        assertTrue(ReportText.isSentence(cell));
    }
}
