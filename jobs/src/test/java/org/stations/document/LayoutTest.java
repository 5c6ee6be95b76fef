package org.stations.document;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** Tables in the ways plain-text reports print them; each snippet is copied from a development-set report. */
class LayoutTest {

    private static Document.Table onlyTable(String text) {
        List<Document.Table> tables = Layout.parse(text).tables();
        assertEquals(1, tables.size(), "tables in " + text);
        return tables.get(0);
    }

    @Test
    void tabRowsWithoutLeadingTab() {
        // dev_b.txt: the four parties' scores as a TAB table
        Document.Table t = onlyTable("经四方评估，三元里街社工站本年度末期评估各方得分情况如下表：\n"
                + "评估主体\t满分\t得分\t得分率\n监督方（白云区民政局）\t10\t9.10\t91.00%\n合计\t100\t89.21\t89.21%\n其中，第三方评估得分由四部分构成。\n");
        assertEquals(List.of("评估主体", "满分", "得分", "得分率"), t.rows().get(0));
        assertEquals(List.of("监督方(白云区民政局)", "10", "9.10", "91.00%"), t.rows().get(1));
        assertEquals(3, t.rows().size());
    }

    @Test
    void oneCellPerLineWithMergedCategoryAndPageBreak() {
        // dev_a.txt 表 1: header cells one per line, a category printed once, the table split by "— 9 —" with its header repeated
        String text = "表 1 北京街社工站服务指标完成情况\n\n服务类别\n服务指标\n年度指标\n中期完成\n完成率\n"
                + "兜底民生服务\n困难群众和特殊群体建档（户）\n420\n436\n103.81%\n电话访问（人次）\n3600\n2154\n59.83%\n"
                + "志愿服务与社区培育\n新登记志愿者（名）\n80\n57\n71.25%\n\n— 9 —\n\n"
                + "服务类别\n服务指标\n年度指标\n中期完成\n完成率\n培育志愿者骨干（名）\n20\n9\n45.00%\n"
                + "（以上数据由社工站提供，评估小组已抽样核对。）\n";
        Document.Table t = onlyTable(text);
        assertEquals(List.of("服务类别", "服务指标", "年度指标", "中期完成", "完成率"), t.rows().get(0));
        assertEquals(List.of("兜底民生服务", "困难群众和特殊群体建档(户)", "420", "436", "103.81%"), t.rows().get(1));
        assertEquals(List.of("", "电话访问(人次)", "3600", "2154", "59.83%"), t.rows().get(2));
        assertEquals(List.of("", "培育志愿者骨干(名)", "20", "9", "45.00%"), t.rows().get(4));
        assertEquals(5, t.rows().size());
        assertTrue(Layout.parse(text).paragraphs().stream().noneMatch(p -> p.contains("9 —")), "page footer dropped");
    }

    @Test
    void pipeAndMarkdownTables() {
        Document.Table t = onlyTable("| 项目 | 协议要求 | 实际 |\n|---|---|---|\n| 社工人次 | 220 | 224 |\n| 持证社工人次 | 110 | 152 |\n");
        assertEquals(List.of("项目", "协议要求", "实际"), t.rows().get(0));
        assertEquals(List.of("持证社工人次", "110", "152"), t.rows().get(2));
        Document.Table fullWidth = onlyTable("项目｜协议要求｜实际\n社工人次｜220｜224\n");
        assertEquals(List.of("社工人次", "220", "224"), fullWidth.rows().get(1));
    }

    @Test
    void columnsSetWithRunsOfSpaces() {
        Document.Table t = onlyTable("指标名称    指标值    实际完成值    完成率\n入户探访（人次）    600    642    107.00%\n");
        assertEquals(List.of("入户探访(人次)", "600", "642", "107.00%"), t.rows().get(1));
    }

    @Test
    void wordTableSavedAsTextOneCellPerLine() {
        // seed 003: each cell behind a TAB on its own line, a blank line after each row
        Document.Table t = onlyTable("\t评估内容\n\t标准分\n\t评分\n\t折算分\n\n\t服务监测\n\t10\n\t9.82\n\t9.82\n\n");
        assertEquals(List.of("服务监测", "10", "9.82", "9.82"), t.rows().get(1));
    }

    @Test
    void proseIsNeverATable() {
        Document doc = Layout.parse("本服务年度协议期自 2024 年 7 月 1 日起至 2025 年 6 月 30\n日止，年度项目经费 216 万元。\n— 1 —\n");
        assertTrue(doc.tables().isEmpty());
        assertEquals(List.of("本服务年度协议期自2024年7月1日起至2025年6月30日止,年度项目经费216万元。"), doc.paragraphs());
    }

    @Test
    void chineseNumeralDatesReadAsArabic() {
        assertEquals(List.of("评估日期:2025年1月15日"), Layout.parse("评估日期：二〇二五年一月十五日\n").paragraphs());
        assertEquals(List.of("广州市社会工作协会", "2025年1月24日"), Layout.parse("广州市社会工作协会\n\n二〇二五年一月二十四日\n").paragraphs());
    }

    @Test
    void boxDrawnTableWithMergedHeaderIsLaidOutByDisplayColumns() {
        // blind3_b.txt 表2: 第三方评估 merged over the five items, a partial rule under it, Chinese characters two columns wide
        Document.Table t = onlyTable("表2  第三方评估分项得分\n"
                + "┌────────┬────────────────────────────────────────────────────┐\n"
                + "│        │               第三方评估（满分55分）               │\n"
                + "│  项目  ├──────────┬──────────┬──────────┬──────────┬────────┤\n"
                + "│        │ 项目管理 │ 服务监测 │ 服务成效 │ 服务质量 │  小计  │\n"
                + "├────────┼──────────┼──────────┼──────────┼──────────┼────────┤\n"
                + "│  分值  │    10    │    10    │    15    │    20    │   55   │\n"
                + "│  得分  │   8.85   │   8.70   │  12.90   │  16.90   │ 47.35  │\n"
                + "└────────┴──────────┴──────────┴──────────┴──────────┴────────┘\n");
        assertEquals(5, t.rows().size());
        assertEquals(List.of("", "第三方评估(满分55分)", "第三方评估(满分55分)", "第三方评估(满分55分)", "第三方评估(满分55分)",
                "第三方评估(满分55分)"), t.rows().get(0));
        assertEquals(List.of("项目", "", "", "", "", ""), t.rows().get(1));
        assertEquals(List.of("", "项目管理", "服务监测", "服务成效", "服务质量", "小计"), t.rows().get(2));
        assertEquals(List.of("得分", "8.85", "8.70", "12.90", "16.90", "47.35"), t.rows().get(4));
    }

    @Test
    void aRunOfBoxCharactersWiderThanAnyTableIsLeftAlone() {
        // hostile input: 20,000 verticals on two lines would make a grid of 20,000 columns; it is not a table
        String run = "│ 1 ".repeat(20_000);
        assertTrue(Layout.parse(run + "\n" + run + "\n").tables().stream().allMatch(t -> t.width() <= 100));
    }

    @Test
    void markdownEmphasisIsNotPartOfTheCell() {
        // blind3_a.txt: the third-party total set in bold, first under the header
        Document.Table t = onlyTable("| 评估部分 | 分值 | 得分 |\n|---|---:|---:|\n| **第三方合计** | **55** | **47.80** |\n| 项目管理 | 10 | 8.90 |\n");
        assertEquals(List.of("第三方合计", "55", "47.80"), t.rows().get(1));
    }

    @Test
    void gridTableRowsJoinWrappedLinesAndRepeatAMergedCell() {
        // blind5_b.txt 表4 (two columns of it): a cell wrapped over lines is one cell; 备注 merged over two rows (no rule
        // under it) is repeated in both, as a Word reader expands a vertical merge
        Document.Table t = onlyTable("+------------------------------+----------+----------------------+\n"
                + "| 服务指标                     | 年度指标 | 备注                 |\n"
                + "+==============================+==========+======================+\n"
                + "| 个案接案（个）               | 60       | 累计接案含上年度     |\n"
                + "|                              |          | 延续个案6个；结案    |\n"
                + "+------------------------------+----------+                      +\n"
                + "| 个案服务（节）               | 360      | 3个未达标            |\n"
                + "+------------------------------+----------+----------------------+\n"
                + "| 购买方（石门街道办事处）     | 20       |                      |\n"
                + "+------------------------------+----------+----------------------+\n");
        assertEquals(List.of("服务指标", "年度指标", "备注"), t.rows().get(0));
        assertEquals(List.of("个案接案(个)", "60", "累计接案含上年度延续个案6个;结案3个未达标"), t.rows().get(1));
        assertEquals(List.of("个案服务(节)", "360", "累计接案含上年度延续个案6个;结案3个未达标"), t.rows().get(2));
        assertEquals(List.of("购买方(石门街道办事处)", "20", ""), t.rows().get(3));
    }

    @Test
    void aNumberSplitByALineEndInChineseProseIsOneNumber() {
        // blind5_e.pdf: the contract's end year wrapped after its third digit; a decimal and two ASCII words keep their rules
        assertEquals(List.of("服务协议期为2025年4月1日至2026年3月31日,年度经费168万元。"),
                Layout.parse("服务协议期为 2025 年 4 月 1 日至 202\n6 年 3 月 31 日，年度经费 168 万元。\n").paragraphs());
        assertEquals(List.of("评估组于2025年10月14日到站Word 2016版本。"), Layout.parse("评估组于2025年10月14日到站 Word\n2016 版本。\n").paragraphs());
    }

    @Test
    void hostileGridRunsStayLinear() {
        // a megabyte of rule and cell lines, a rule line of 200,000 columns, a cell merged over 20,000 rows: read in one pass
        String rule = "+--+--+\n", cells = "| 1 | 2 |\n", open = "+--+  +\n";
        String text = rule + (cells + open).repeat(20_000) + cells + rule + "+-".repeat(200_000) + "+\n" + "| x ".repeat(50_000) + "|\n";
        assertTimeoutPreemptively(java.time.Duration.ofSeconds(10), () -> Layout.parse(text));
    }
}
