package org.stations.chart;

import org.stations.model.Party;
import org.junit.jupiter.api.Test;

import java.awt.Font;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ChartFontTest {
    @Test
    void theChartFontDrawsEveryChineseLabelTheChartsUse() {
        Font font = ChartFont.base();
        List<String> labels = new java.util.ArrayList<>(List.of(
                "各社工站稳岗率 (按区分组, 各站最新一份报告)", "稳岗率 (%)", "社工站 · 所在区", "要求 ≥ 80%",
                "四方评估得分构成 (按总分排序, 各站最新一份报告)", "得分 (分, 满分 100)", "合格 60", "良好 80", "优秀 90",
                "服务指标完成进度 (各站最新一份报告; 中期按考核月数/12 折算进度)", "服务指标",
                "各项服务指标完成率 ÷ 时间进度 (跨站分布, 对数刻度)", "完成率 ÷ 时间进度 (倍, 1 = 正好达到进度)",
                "评估方宽严: 各方得分率分布 (得分 ÷ 该方满分)", "得分率 (%)", "评估方 (括号内: 给满分的报告占比, 得分率比同一报告其他三方平均高出的百分点)",
                "各区对比: 总分中位数、稳岗率中位数、未达进度指标占比", "区 (括号内为报告数)", "分 (满分 100) / %",
                "数据来源: stations 评估报告湖, 4 份报告 (其中 1 份为合成样例)", "空白 = 报告未给出",
                "金花街 · 荔湾区", "市桥街东西片 · 番禺区", "流花街 · 越秀区", "云城街 · 白云区"));
        for (var l : org.stations.model.IndicatorVocabulary.LISTED) labels.add(l.chartLabel());
        for (var st : org.stations.model.Pace.Status.values()) labels.add(st.label);
        for (var t : org.stations.model.Theme.values()) labels.add(t.label);
        for (org.stations.model.Party p : org.stations.model.Party.values()) labels.add(p.label);
        for (String label : labels) assertEquals(-1, font.canDisplayUpTo(label), label);
        assertTrue(font.getFamily().contains("Source Han Sans"));
    }

    @Test
    void theJvmDefaultFontIsNotEnoughHence() {
        // why the project ships a font: a logical font may lack the glyphs on a bare machine; ours never does
        assertTrue(ChartFont.canDisplay("稳岗率"));
        assertEquals(0, ChartFont.canDisplay("\uE000") ? 1 : 0); // a private-use code point has no glyph
    }
}
