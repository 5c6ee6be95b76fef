package org.stations.extract;

import org.junit.jupiter.api.Test;
import org.stations.document.Layout;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The header of a report laid out as a form (blind5_c.docx: one 评估结果登记表, the station in its 项目名称 cell). */
class HeaderExtractorFormTest {

    @Test
    void aFormTitleNamingStationsInGeneralIsNoStation() {
        // blind5_c.docx: "广州市社工服务站中期评估结果登记表" names no station; the 项目名称 cell does
        ReportHeader h = HeaderExtractor.extract(ReportText.of(Layout.parse(
                "广州市社工服务站中期评估结果登记表（2025—2026服务年度）\n填表单位：广州市慧评社会工作发展研究中心\n\n"
                + "\t项目名称\t广州市黄埔区大沙街社工服务站\n\n\t承接机构\t广州市黄埔区沙埔社会工作服务中心\n\n")));
        assertEquals("大沙街", h.station);
        assertEquals("广州市大沙街社工服务站", h.stationFull);
    }
}
