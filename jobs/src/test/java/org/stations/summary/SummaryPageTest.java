package org.stations.summary;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Text from the lake (evidence, evaluator names) reaches the page as text, never as markup. */
class SummaryPageTest {
    @Test
    void html_and_markdown_escape_what_reports_print() {
        Page p = new Page("汇总 <2025>");
        p.table(List.of("说明"), List.of(List.of(Page.Cell.of("<script>alert('x')</script> a|b & \"c\""))));
        String html = p.html();
        assertTrue(html.contains("<title>汇总 &lt;2025&gt;</title>"));
        assertTrue(html.contains("<td>&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; a|b &amp; &quot;c&quot;</td>"), html);
        assertFalse(html.contains("<script>"));
        String md = p.markdown();
        // a | would end the cell, a line break the row
        assertTrue(md.contains("| \\<script\\>alert('x')\\</script\\> a\\|b & \"c\" |"), md);
        assertEquals("a b", Page.md("a\n  b"));
    }
}
