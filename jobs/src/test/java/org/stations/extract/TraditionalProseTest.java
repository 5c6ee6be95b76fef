package org.stations.extract;

import org.junit.jupiter.api.Test;
import org.stations.document.Layout;
import org.stations.model.Party;
import org.stations.normalize.TraditionalChinese;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** A legacy export in traditional characters with half-width punctuation (blind6_b.txt): excerpts copied from it, values read by hand. */
class TraditionalProseTest {

    private static final String SCORES = """
            廣州市荔灣區茶滘街社工服務站
            2024—2025年度末期評估報告

            評估機構：廣州市致誠社會服務評估中心

            一､項目基本情況
            　　廣州市荔灣區茶滘街社工服務站（以下簡稱｢茶滘街社工站｣）由廣州市荔灣區滘韻社會工作服務中心承接，購買方為廣州市荔灣區人民政府茶滘街道辦事處，監督方為廣州市荔灣區民政局｡服務協議期為2024年10月1日至2025年9月30日，項目經費215萬元｡

            二､評估得分
            　　經四方評分，茶滘街社工站末期評估監督方評分9.05分，購買方評分18.45分，市社會工作服務督導中心評分13.15分，第三方評估得分47.60分，總分88.25分，評估等級為良好｡第三方評估各項得分如下：
            　　項目管理･･････････････9.20分（滿分10分）
            　　服務監測･･････････････8.70分（滿分10分）
            　　合計････････････････47.60分（滿分55分）
            """;

    @Test
    void traditionalCharactersAreReadAsSimplified() {
        ReportText t = ReportText.of(Layout.parse(SCORES));
        assertTrue(t.text().contains("广州市荔湾区茶滘街社工服务站"), t.text());
        // NFKC folds the half-width ｡ ､ ｢ ｣ to 。 、 「 」
        assertTrue(t.text().contains("监督方为广州市荔湾区民政局。"), t.text());
        ReportHeader h = HeaderExtractor.extract(t);
        assertEquals("茶滘街", h.station);
        assertEquals("荔湾区", h.district);
        assertEquals(215.0, h.budgetWan);
        ScoreExtractor.Scores s = ScoreExtractor.extract(t.proseOnly(), new TableExtractor.Result());
        assertEquals(9.05, s.parties.get(Party.SUPERVISOR).score());
        assertEquals(88.25, s.total());
        assertEquals("良好", s.grade);
        // the items as dotted-leader lines: "項目管理･･････9.20分（滿分10分）"
        assertEquals(List.of("项目管理", "服务监测"), s.items.stream().map(ScoreExtractor.ScoreItem::item).toList());
        assertEquals(9.20, s.items.get(0).score());
        assertEquals(10.0, s.items.get(0).maxScore());
    }

    @Test
    void aDottedLeaderBeforeAFigureIsALabelsColon() {
        assertEquals("项目管理:9.20分(满分10分)", org.stations.normalize.TextNormalizer.leaders("项目管理・・・・・・9.20分(满分10分)"));
        assertEquals("目录:3", org.stations.normalize.TextNormalizer.leaders("目录...... 3"));
        // an ellipsis in a sentence, a decimal point, a short run: as printed
        assertEquals("探访、电访......等", org.stations.normalize.TextNormalizer.leaders("探访、电访......等"));
        assertEquals("得分9.20分", org.stations.normalize.TextNormalizer.leaders("得分9.20分"));
        assertEquals("1...2", org.stations.normalize.TextNormalizer.leaders("1...2"));
        String dots = ".".repeat(1_000_000);
        assertEquals(dots, org.stations.normalize.TextNormalizer.leaders(dots));
    }

    @Test
    void foldingAMegabyteOfTraditionalTextStaysFast() {
        String big = SCORES.repeat(1_000_000 / SCORES.length() + 1);
        long t0 = System.nanoTime();
        String folded = TraditionalChinese.fold(big);
        long ms = (System.nanoTime() - t0) / 1_000_000;
        System.out.println("folded " + big.length() + " chars in " + ms + " ms");
        assertEquals(big.length(), folded.length());
        assertTrue(ms < 5_000, ms + " ms"); // the table is read once from ICU (its own transliterator took 5 s a megabyte)
    }

    @Test
    void namesKeptAsPrintedComeBackFromThePrintedText() {
        var printed = new TraditionalChinese.Printed(java.text.Normalizer.normalize(SCORES, java.text.Normalizer.Form.NFKC));
        assertEquals("項目管理", printed.of("项目管理"));
        assertEquals("服務監測", printed.of("服务监测"));
        assertEquals("不在文中", printed.of("不在文中"));
        // a simplified text is not folded at all
        assertEquals("项目管理", new TraditionalChinese.Printed("项目管理9.20分").of("项目管理"));
        assertFalse(TraditionalChinese.holdsTraditional("广州市荔湾区茶滘街社工服务站".repeat(100)));
    }
}
