package org.stations.extract;

import org.junit.jupiter.api.Test;
import org.stations.document.Document;
import org.stations.document.Layout;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** A report forwarded as an e-mail and saved as text (blind6_a.txt): excerpts copied from it, values read by hand. */
class MailProseTest {

    private static final String MAIL = """
            -----原始邮件-----
            发件人: 广州市澄明社会服务评估中心 评估部 <pgb@chengming.example.cn>
            发送时间: 2025年10月28日 星期二 下午 4:05
            主题: 官洲街社工服务站2024—2025服务年度末期评估报告

            > 一、项目概况
            > 广州市海珠区官洲街社工服务站（以下简称“官洲街社工站”）由广州市海珠区
            > 洲心社会工作服务中心承接运营，购买方为广州市海珠区人民政府官洲街道办
            > 事处，监督方为广州市海珠区民政局。服务协议期为2024年11月1日至2025年
            > 10月31日，项目经费2 360 000元。
            > 受海珠区民政局委托，广州市澄明社会服务评估中心组成评估组，于2025年10
            > 月15日到站开展末期实地评估。
            >
            > 评分主体\t满分\t得分
            > 监督方（海珠区民政局）\t10\t9.25
            > 总分\t100\t89.40
            >
            > 原文，评估组已按核实数据调整（上列数据为核实数）：
            >> 站点自评：电话访问3 950人次，入户探访1 402人次，
            >> 大型社区活动服务人次约13 100人次，新增志愿者138名。
            >
            > 四、人员配备
            """;

    @Test
    void aQuotedMailBodyReadsAsTheReportAndADeeperQuoteIsNoStatementOfIt() {
        Document doc = Layout.parse(MAIL);
        List<String> paragraphs = doc.paragraphs();
        // the body's "> " marks are gone and its hard wraps joined: the wrapped visit date reads whole
        assertTrue(paragraphs.stream().anyMatch(p -> p.startsWith("广州市海珠区官洲街社工服务站") && p.contains("项目经费2360000元")
                && p.contains("洲心社会工作服务中心承接运营")), String.join("\n", paragraphs));
        assertTrue(paragraphs.stream().anyMatch(p -> p.contains("于2025年10月15日到站")), String.join("\n", paragraphs));
        // the station's self-reported figures, quoted once more (">> "), are not this report's
        assertTrue(paragraphs.stream().noneMatch(p -> p.contains("3950") || p.contains("站点自评")), String.join("\n", paragraphs));
        // the TAB table pasted into the quoted body is a table again
        List<Document.Table> tables = doc.tables();
        assertEquals(1, tables.size());
        assertEquals(List.of("监督方(海珠区民政局)", "10", "9.25"), tables.get(0).rows().get(1));
        // the mail's own header lines stay as printed
        assertTrue(paragraphs.stream().anyMatch(p -> p.startsWith("发送时间:")));
    }

    @Test
    void aLineOpeningWithAThresholdIsNoQuote() {
        // thresholds printed with ">" (after NFKC, "＞90%") are text: no quoted body, nothing removed
        String thresholds = "满意度\n> 90%\n>=80%\n>85分\n>95\n>70\n";
        String read = String.join("\n", Layout.parse(thresholds).paragraphs());
        assertTrue(read.contains(">=80%") && read.contains(">85分") && read.contains("90%"), read);
    }

    @Test
    void spacesAsThousandsSeparatorsOnlyBeforeAUnitAndNeverBetweenCells() {
        // blind6_a: "全年完成3 912人次", "项目经费2 360 000元", "全年完成12 486人次"
        assertEquals("年度指标3600人次，全年完成3912人次", Cn.canonical("年度指标3 600人次，全年完成3 912人次"));
        assertEquals("项目经费2360000元。", Cn.canonical("项目经费2 360 000元。"));
        assertEquals("全年完成12486人次", Cn.canonical("全年完成12 486人次"));
        // cells of a table row side by side, groups not of three digits, no unit: as printed
        assertEquals("小组 17 86 100人", Cn.canonical("小组 17 86 100人"));
        assertEquals("完成 3 9120人次", Cn.canonical("完成 3 9120人次"));
        assertEquals("建档 450 468", Cn.canonical("建档 450 468"));
        assertEquals("得分 9.25 100人", Cn.canonical("得分 9.25 100人"));
    }

    @Test
    void tenThousandsAndThousandsInWords() {
        // blind6_a: "大型社区活动服务人次：年度指标1万2千人次"
        assertEquals("年度指标12000人次，", Cn.canonical("年度指标1万2千人次，"));
        // a budget (万元) and approximate figures stay as printed
        assertEquals("1万2千万元", Cn.canonical("1万2千万元"));
    }

    @Test
    void aNumberedItemStatesItsTargetAndTheYearsActual() {
        // blind6_a 三、服务指标完成情况: one numbered item per line, "全年完成" the actual
        List<IndicatorValue> v = IndicatorProseExtractor.paragraph("1. 困难群众和特殊群体建档：年度指标450户，全年完成468户，完成率104.00%。");
        assertEquals(1, v.size(), v.toString());
        assertEquals(450.0, v.get(0).target);
        assertEquals(468.0, v.get(0).actual);
        assertEquals(1.04, v.get(0).reportedCompletion, 1e-9);
        List<IndicatorValue> w = IndicatorProseExtractor.paragraph("12. 大型社区活动服务人次：年度指标12000人次，全年完成12486人次，完成率104.05%。");
        assertEquals(1, w.size(), w.toString());
        assertEquals(12000.0, w.get(0).target);
        assertEquals(12486.0, w.get(0).actual);
    }
}
