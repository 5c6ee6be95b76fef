package org.stations.chart;

import org.knowm.xchart.XYChart;

import java.awt.Color;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The monthly summary's charts of the staffing annexes and the findings of one district's reports: the
 * survival curves of the month's annexes against the 80 % requirement, and the month's concerns stacked by
 * who raised them. Drawn like the bench charts (StaffCharts, FindingCharts), for a handful of reports.
 */
public final class MonthCharts {
    /** One report's curve: months of the annex (1, 2, …) and the share of the first month's team on post. */
    public record Curve(String name, List<Integer> months, List<Double> survival) {}

    /** One row of the concerns chart: its label, and items per finding.party code. */
    public record ThemeRow(String label, Map<String, Long> itemsByParty) {}

    /** The concerns a chart shows at most, as the bench's chart. */
    public static final int MAX_THEMES = FindingCharts.MAX_THEMES;

    private MonthCharts() {}

    public static List<Path> survival(Path dir, String name, String title, List<Curve> curves, String note) throws IOException {
        XYChart chart = StaffCharts.lineChart(title, "考核期第几个月 (附件2 人员到岗表)", "首月在岗者仍在岗的比例 (%)");
        int maxMonth = 1;
        Set<String> used = new HashSet<>();
        for (int i = 0; i < curves.size(); i++) {
            Curve c = curves.get(i);
            List<Double> x = new ArrayList<>();
            List<Double> y = new ArrayList<>();
            for (int m = 0; m < c.months().size(); m++) {
                x.add((double) c.months().get(m));
                y.add(c.survival().get(m) == null ? null : c.survival().get(m) * 100);
                maxMonth = Math.max(maxMonth, c.months().get(m));
            }
            StaffCharts.curve(chart, i, StaffCharts.unique(used, c.name()), x, y);
        }
        StaffCharts.survivalAxes(chart, maxMonth);
        return ChartWriter.write(chart, dir, name, note, List.of());
    }

    /** Horizontal bars top to bottom in the order given, stacked by party as the bench's finding_concerns chart. */
    public static List<Path> concerns(Path dir, String name, String title, List<ThemeRow> rows, String note) throws IOException {
        List<String> labels = rows.stream().map(ThemeRow::label).toList();
        List<String> names = new ArrayList<>();
        List<Color> colours = new ArrayList<>();
        List<Double[]> values = new ArrayList<>();
        for (int g = 0; g < FindingCharts.PARTY_GROUPS.size(); g++) {
            String group = FindingCharts.PARTY_GROUPS.get(g);
            Double[] v = new Double[rows.size()];
            boolean any = false;
            for (int i = 0; i < rows.size(); i++) {
                long n = 0;
                for (Map.Entry<String, Long> e : rows.get(i).itemsByParty().entrySet()) {
                    if (group.equals(FindingCharts.group(e.getKey()))) n += e.getValue();
                }
                if (n > 0) {
                    v[i] = (double) n;
                    any = true;
                }
            }
            if (!any) continue; // a party that raised none of them stays out of the legend
            names.add(FindingCharts.groupName(group));
            colours.add(ChartStyle.series(g));
            values.add(v);
        }
        RowBarChart chart = new RowBarChart(title, "需要关注的条目数", "主题 (括号内: 提出该主题的报告数)", labels, names, colours,
                values, 1100);
        double longest = 0;
        for (int i = 0; i < rows.size(); i++) {
            double sum = 0;
            for (Double[] v : values) sum += v[i] == null ? 0 : v[i];
            longest = Math.max(longest, sum);
        }
        chart.getStyler().setXAxisMax(Math.ceil(longest * 1.1 + 0.5)); // the longest bar ends before the plot's edge
        chart.getStyler().setXAxisDecimalPattern("0");
        return ChartWriter.write(chart, dir, name, note, List.of());
    }
}
