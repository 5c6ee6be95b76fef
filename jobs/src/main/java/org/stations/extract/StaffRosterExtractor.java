package org.stations.extract;

import org.stations.model.Table;
import org.stations.model.Check;
import org.apache.spark.sql.Row;
import org.stations.util.PersonKey;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The staffing annex (附件2 of seed 000): one row per person — 序号, 姓名, 职位, 资质, 合同期限, then for
 * each month 人员到位 / 社保购买 / 工资发放 marks (√ or ——), two subtotals and a 备注 — under a header
 * naming the months. Normalized PDF text glues the cells together ("1黄凤鸣社工站副站长社会工作师2022/9/21-
 * 2026/9/20") and a 备注 runs into the next person, so a row is found by its shape, not by its line.
 * The name only feeds the keyed hash and is dropped: it never reaches a row, a flag or a message.
 */
public final class StaffRosterExtractor {
    private StaffRosterExtractor() {}

    public record StaffMonth(String personKey, Boolean certified, String role, String area, LocalDate month,
                             boolean onPost, boolean insured, boolean paid, String event) {
        public Row toRow(String reportId) {
            return Table.STAFF_MONTH.row().set("report_id", reportId).set("person_key", personKey).set("certified", certified)
                    .set("role", role).set("area", area).set("month", month).set("on_post", onPost).set("insured", insured)
                    .set("paid", paid).set("event", event).build();
        }
    }

    /** The annex read: its person-month rows, the number of persons, rows that could not be read. */
    public record Roster(List<StaffMonth> rows, int persons, int monthsCovered, List<String> problems) {
        public boolean isEmpty() { return persons == 0; }

        /** Persons on post in every month the annex covers (持续在岗). */
        public int onPostEveryMonth() {
            return (int) rows.stream().collect(java.util.stream.Collectors.groupingBy(StaffMonth::personKey,
                    java.util.stream.Collectors.summingInt(m -> m.onPost() ? 1 : 0)))
                    .values().stream().filter(n -> n == monthsCovered).count();
        }

        /** Persons whose 备注 records an event (入职, 离职, 调入, 调出) within the months covered. */
        public int persons(String event) {
            return (int) rows.stream().filter(m -> event.equals(m.event())).map(StaffMonth::personKey).distinct().count();
        }
    }

    /** A possessive repeat: a greedy group repeat recurses once per month in java.util.regex (a stack overflow on thousands). */
    private static final Pattern HEADER = Pattern.compile("合同期限\\s*((?:\\d{4}\\s*年\\s*\\d{1,2}\\s*月\\s*)++)");
    /**
     * The most months an annex header may name: an annex covers the months assessed (seed 000's five), within a contract
     * year or two. A row's marks are a repeat of three per month, which java.util.regex matches recursively.
     */
    static final int MAX_MONTHS = 36;
    private static final Pattern MONTH = Pattern.compile(Cn.MONTH);
    private static final String ROLE = "(?:社工站)?副?(?:站长|主任)|\\d+片区?(?:片长|社工|督导)";
    private static final String QUALIFICATION = "助理社会工作师|社会工作师|[\\u4e00-\\u9fff]{2,8}?专业|已接受[^\\d\\n]{0,40}?证书";
    private static final String DAY = "\\d{4}/\\d{1,2}/\\d{1,2}";
    private static final String MARK = "(?:√|——|×|/)";
    private static final Pattern AREA_IN_ROLE = Pattern.compile("^(\\d+)片区?");
    /** 持证社工 / 非持证社工: the 类型 cell heading each group of rows ("持证社工有效人次小计" is a subtotal). */
    private static final Pattern GROUP = Pattern.compile("(非)?持证社工(?!有效)");
    /** Where a 备注 ends when no next person follows: a subtotal, the next page's header or group. */
    private static final Pattern REMARK_END = Pattern.compile("小计|总计|附件|持证社工");
    private static final Pattern EVENT = Pattern.compile(Cn.DATE + "[^,;。\\d]{0,20}?(入职|离职|调入|调出|调离)");

    public static Roster extract(ReportText t, ReportHeader h, PersonKey key) {
        String text = t.text();
        Matcher head = HEADER.matcher(text);
        if (!head.find()) return new Roster(List.of(), 0, 0, List.of());
        List<YearMonth> months = new ArrayList<>();
        Matcher mm = MONTH.matcher(head.group(1));
        while (mm.find()) {
            YearMonth month = Cn.month(mm.group(1));
            if (month == null) {
                // a header month that is no month (2024年13月): no column can be placed, so no row is read
                return new Roster(List.of(), 0, 0, List.of(Check.TABLE_UNPARSED.code + ": 人员到岗情况附件表头的月份无效：" + mm.group(1)));
            }
            months.add(month);
        }
        if (months.size() > MAX_MONTHS) {
            return new Roster(List.of(), 0, 0, List.of(Check.TABLE_UNPARSED.code + ": 人员到岗情况附件表头的月份过多：" + months.size()
                    + " 个月 > " + MAX_MONTHS));
        }
        Pattern row = row(months.size());

        List<StaffMonth> out = new ArrayList<>();
        TreeSet<Integer> numbers = new TreeSet<>();
        Matcher m = row.matcher(text);
        m.region(head.end(), text.length());
        int start = m.find() ? m.start() : -1;
        Matcher group = GROUP.matcher(text);
        int groupsRead = head.end();
        Boolean certified = null;
        while (start >= 0) {
            int number = Integer.parseInt(m.group(1));
            String name = m.group(2), role = m.group(3), marks = m.group(5);
            // the 类型 of the group a row stands in: the last 持证社工 / 非持证社工 cell above it, read on from the row before
            group.region(groupsRead, start);
            while (group.find()) certified = group.group(1) == null;
            groupsRead = start;
            int remarkStart = m.end();
            int next = m.find() ? m.start() : -1;
            String remark = remark(text, remarkStart, next >= 0 ? next : text.length());
            numbers.add(number);
            String personKey = key.of(s(h.city), s(h.district), s(h.station), name);
            out.addAll(months(personKey, certified, role, marks, months, remark));
            start = next;
        }
        List<String> problems = new ArrayList<>();
        if (!numbers.isEmpty() && numbers.size() != numbers.last()) {
            List<Integer> missing = new ArrayList<>();
            for (int i = 1; i <= numbers.last(); i++) if (!numbers.contains(i)) missing.add(i);
            problems.add(Check.TABLE_UNPARSED.code + ": 人员到岗情况附件中序号 " + missing + " 的行无法读取");
        }
        return new Roster(out, numbers.size(), months.size(), problems);
    }

    /** A person's row: 序号, name, 职位, 资质, 合同期限, three marks a month, the two subtotals. */
    static Pattern row(int months) {
        return Pattern.compile("(?<!\\d)(\\d{1,3})\\s*([\\u4e00-\\u9fff·]{2,4}?\\d{0,2})\\s*(" + ROLE + ")\\s*("
                + QUALIFICATION + ")\\s*" + DAY + "\\s*-\\s*" + DAY + "\\s*((?:" + MARK + "\\s*){" + 3 * months
                + "})\\d+\\s+\\d+");
    }

    private static List<StaffMonth> months(String personKey, Boolean certified, String role, String marks,
                                           List<YearMonth> months, String remark) {
        String[] m = marks.strip().split("\\s+");
        // "1片社工" / "1片区片长": the title names its 片区 first
        Matcher area = AREA_IN_ROLE.matcher(role);
        String areaName = null, title = role;
        if (area.find()) {
            areaName = area.group(1) + "片区";
            title = role.substring(area.end());
        }
        List<StaffMonth> out = new ArrayList<>();
        for (int i = 0; i < months.size(); i++) {
            out.add(new StaffMonth(personKey, certified, title, areaName, months.get(i).atDay(1),
                    "√".equals(m[3 * i]), "√".equals(m[3 * i + 1]), "√".equals(m[3 * i + 2]), event(remark, months.get(i))));
        }
        return out;
    }

    /** The 备注 cell: up to the next person, or a subtotal or header; wrapped lines joined. */
    private static String remark(String text, int from, int to) {
        Matcher end = REMARK_END.matcher(text);
        end.region(from, to);
        return text.substring(from, end.find() ? end.start() : to).replaceAll("\\s+", "");
    }

    /** The event the 备注 dates in a month (调离 is 调出); the first one printed when it names two. */
    private static String event(String remark, YearMonth month) {
        Matcher e = EVENT.matcher(remark);
        while (e.find()) {
            LocalDate when = Cn.date(e.group(1));
            if (when != null && YearMonth.from(when).equals(month)) return e.group(2).equals("调离") ? "调出" : e.group(2);
        }
        return null;
    }

    private static String s(String v) { return v == null ? "" : v; }
}
