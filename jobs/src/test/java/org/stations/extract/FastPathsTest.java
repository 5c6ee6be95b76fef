package org.stations.extract;

import org.junit.jupiter.api.Test;
import org.stations.model.ColumnRole;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

/** The shortcuts that keep extraction fast on long inputs give what the plain way gives. */
class FastPathsTest {

    @Test
    void numbersReadWithoutDoubleValueOfAreTheSameNumbers() {
        // forms printed in the reports' cells, and the edge forms Double.valueOf also reads
        for (String printed : List.of("12", "459.57", "56%", "1788.00%", " 7 ", "0.875", ".5", "12.", "3912", "100%", "0",
                "46.35", "123456789012345", "1234567890123456", "0.1", "99.99%%", "-3", "1e3", "+2")) {
            assertEquals(Double.valueOf(printed.replace("%", "").strip()), Cn.num(printed), printed);
        }
        for (String printed : List.of("12 9", "3,912", "约50", "", "%", ".", "1.2.3", "五")) assertNull(Cn.num(printed), printed);
    }

    @Test
    void canonicalFormsAreFoundLineByLineAndOtherLinesStayAsPrinted() {
        String text = "1234567890\n评估日期：二〇二五年十月十五日\n%%%%\n满意率百分之九十五\n";
        assertEquals("1234567890\n评估日期：2025年10月15日\n%%%%\n满意率95%\n", Cn.canonical(text));
        String none = "12 34 56%\n12 34 56%\n";
        assertSame(none, Cn.canonical(none));
    }

    @Test
    void aHeadersRoleIsTheFirstRoleWithAWordInIt() {
        assertEquals(ColumnRole.LABEL, ColumnRole.of("评分主体"));
        assertEquals(ColumnRole.COMPARISON, ColumnRole.of("全市平均完成率"));
        assertEquals(ColumnRole.COMPLETION, ColumnRole.of("完成率"));
        assertEquals(ColumnRole.RATE, ColumnRole.of("得分率"));
        assertEquals(ColumnRole.SCORE, ColumnRole.of("实际得分"));
        assertEquals(ColumnRole.CONVERTED, ColumnRole.of("折算得分"));
        assertEquals(ColumnRole.ACTUAL, ColumnRole.of("完成"));
        assertEquals(ColumnRole.TARGET, ColumnRole.of("协议 指标"));
        assertEquals(ColumnRole.UNIT, ColumnRole.of("计量单位"));
        assertEquals(ColumnRole.LABEL, ColumnRole.of("服务项目"));
        assertNull(ColumnRole.of("12"));
        assertNull(ColumnRole.of(" "));
        // every pair of vocabulary words: the role of the earlier constant wins, as when each role's words are searched in order
        for (ColumnRole a : ColumnRole.values()) {
            for (ColumnRole b : ColumnRole.values()) {
                for (String wa : a.words) {
                    for (String wb : b.words) {
                        String h = wa + wb;
                        ColumnRole expected = null;
                        for (ColumnRole r : ColumnRole.values()) {
                            if (r.words.stream().anyMatch(h::contains)) { expected = r; break; }
                        }
                        // a header ending in 说明 / 备注 is a note whatever words precede it (完成情况说明)
                        if (h.endsWith("说明") || h.endsWith("备注")) expected = ColumnRole.NOTE;
                        if (List.of("评分", "评估").stream().noneMatch(h::contains)) assertEquals(expected, ColumnRole.of(h), h);
                    }
                }
            }
        }
    }
}
