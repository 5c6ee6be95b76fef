package org.stations.extract;

import org.stations.util.FirstChars;
import org.stations.model.ReportType;
import org.stations.model.Party;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.stations.extract.Cn.DATE;
import static org.stations.extract.Cn.MONTH;
import static org.stations.extract.Cn.NUM;
import static org.stations.extract.Cn.RANGE_SEP;

/** Station, parties, report type, dates and budget: the facts a report states once near its start. */
public final class HeaderExtractor {
    private HeaderExtractor() {}

    private static final String CJK = "[\\u4e00-\\u9fff]";
    /** An organisation's name: Chinese characters and brackets, no punctuation that ends a clause. */
    private static final String ORG = "([\\u4e00-\\u9fff()（）]{4,40}?)";

    /** An organisation named inside a sentence: it must end as organisations' names end. */
    private static final String NAMED_ORG = "([\\u4e00-\\u9fff]{4,30}?(?:中心|服务社|协会|联合会|研究院|研究中心|事务所|公司))";

    private static final Pattern STATION = Pattern.compile("(" + CJK + "{2,30}?)社工服务站");
    private static final Pattern ORGANISATION_END = Pattern.compile("中心|协会|联合会|服务社|事务所|研究院|公司");
    private static final Pattern STATION_LEAD = Pattern.compile("^(?:[^号]{0,8}+号)?+(?:关于|对于|有关)?+");
    private static final Pattern YEAR_PREFIX = Pattern.compile("^.*?年度");
    private static final Pattern DISTRICT_PREFIX = Pattern.compile("^(?:广州市)?(" + CJK + "{2,3}?区)(?=" + CJK + "{2,}(?:街|镇|片))");
    static final List<String> GUANGZHOU_DISTRICTS = List.of(
            "荔湾区", "越秀区", "海珠区", "天河区", "白云区", "黄埔区", "番禺区", "花都区", "南沙区", "从化区", "增城区");

    // a district is named in Chinese: the look-ahead turns away a position of digits or punctuation with one test
    private static final Pattern SUPERVISOR_DISTRICT = Pattern.compile("(?=[\\u4e00-\\u9fff])(?<![受由向经])([^\\s市省,，。、:：()（）受由向经]{2,3}区)民政局");
    private static final java.util.Set<String> CITIES = java.util.Set.of(
            "广州", "深圳", "佛山", "东莞", "珠海", "中山", "江门", "肇庆", "惠州", "汕头", "湛江", "韶关", "清远", "北京", "上海", "天津", "重庆");

    /** An organisation named after a role word, up to the clause's end: "监督方为广州市花都区民政局，". */
    private static final String ROLE_ORG = "(?:为|是|[:：])\\s*((?:广州市)?[\\u4e00-\\u9fff]{2,28}?"
            + "(?:民政局|街道办事处|人民政府|镇政府|中心|协会|联合会|研究会|有限公司|公司|事务所|评估所|研究院|服务社|学院|大学))";
    /**
     * An organisation's full name standing on its own: starts after a delimiter, ends as organisations end. The look-ahead
     * for a Chinese character goes first: the look-behind alone, tried at every position, cost 25 times more on digits.
     */
    private static final String ORG_NAME = "(?=[\\u4e00-\\u9fff])(?<=^|[,，。；;、:：(（\\s由受经和与及是为])((?:广州市)?[\\u4e00-\\u9fff]{2,28}?"
            + "(?:民政局|街道办事处|人民政府|镇政府|中心|协会|联合会|研究会|有限公司|公司|事务所|研究院|服务社|学院|大学))";
    /**
     * An organisation named after one of a role's titles ("项目监督方为…"). A look-ahead for the titles' first characters
     * goes first: tried at every position of the text, the optional 项目 and the titles cost three times as much.
     */
    private static Pattern titled(String titles) {
        return Pattern.compile(Cn.startingWithOneOf("项目|" + titles) + "(?:项目)?(?:" + titles + ")" + ROLE_ORG);
    }

    /**
     * An organisation's full name where nothing marks where it starts (a list whose separators the page lost): from 广州市
     * or 广东省, without the end of another organisation's name inside.
     */
    private static final String IN_A_LIST = "((?:广州市|广东省)[\\u4e00-\\u9fff&&[^心局处府]]{2,24}?"
            + "(?:中心|服务社|协会|事务所|研究院|有限公司|公司))";
    private static final String ALIAS = "(?:[(（][^()（）]{0,24}[)）])?";
    private static final Pattern[] OPERATOR = {
            Pattern.compile("项目承办方[:：]\\s*" + ORG + "(?:\\n|$)"),
            titled("承办方|承接方|承接运营方|运营方|承接机构|承办机构|服务机构|承接单位|承办单位|运营单位"),
            Pattern.compile("由" + NAMED_ORG + "(?:承接运营|负责运营)"),
            Pattern.compile(ORG_NAME + ALIAS + "(?:[(（](?:承办方|承接方|运营方)[)）]|为(?:项目)?(?:承办方|承接方|运营方)|(?:负责|承接)?运营|承接|承办)"),
            // a list of participants run together, each organisation with its role in brackets: "…梁颖广州市天河区乐群社会工作服务中心（承接机构）"
            Pattern.compile(IN_A_LIST + "[(（](?:承办方|承接方|运营方|承接机构|承办机构|承接单位)[)）]"),
    };
    private static final Pattern[] PURCHASER = {
            Pattern.compile("项目购买方[:：]\\s*" + ORG + "(?:\\n|$)"),
            titled(Party.PURCHASER_OWN_TITLES),
            titled(Party.PURCHASER.titles),
            Pattern.compile("经" + ORG + "采购"),
            Pattern.compile("购买方[(（]" + ORG + "[)）]"),
            Pattern.compile(ORG_NAME + ALIAS + "(?:[(（]购买方[)）]|为(?:项目)?购买方|出资购买|购买)"),
            // a letter's addressee ("广州市海珠区人民政府华洲街道办事处："), not a title that names the office ("…街道办事处重点项目绩效评价报告")
            Pattern.compile("^((?:广州市)?" + CJK + "{2,12}?(?:街道办事处|镇人民政府))[:：]", Pattern.MULTILINE),
    };
    private static final Pattern[] SUPERVISOR = {
            Pattern.compile("项目监督方[:：]\\s*" + ORG + "(?:\\n|$)"),
            titled(Party.SUPERVISOR.titles),
            Pattern.compile("监督方评估[(（]" + ORG + "[)）]"),
            Pattern.compile("监督方(" + CJK + "{2,8}?区民政局)"),
            Pattern.compile(ORG_NAME + ALIAS + "(?:[(（]监督方[)）]|为(?:项目)?监督方|(?:负责)?监督)"),
            // "…社工服务站由海珠区民政局负责业务监督": the name after 由, not from the sentence's start
            Pattern.compile("由((?:广州市)?[\\u4e00-\\u9fff]{2,6}?区民政局)负责(?:业务)?监督"),
            Pattern.compile("接受" + ORG_NAME + "的?(?:指导和|业务指导和)?监督"),
    };
    private static final Pattern[] EVALUATOR = {
            Pattern.compile("项目评估方[:：]\\s*" + ORG + "(?:\\n|$)"),
            titled(Party.THIRD_PARTY.titles),
            Pattern.compile("[,，。]" + ORG + "负责本年度\\S{0,20}?第三方"),
            Pattern.compile(NAMED_ORG + "(?:组织)?\\d+位(?:评委|评估专家|专家)"),
            Pattern.compile("受[\\u4e00-\\u9fff]{2,24}?委托[,，]?\\s*" + ORG_NAME),
            Pattern.compile(ORG_NAME + "(?:接受|受)[\\u4e00-\\u9fff]{0,24}?委托"),
            // the writer naming itself in a letter: "我中心（广州市启衡社会服务评估中心）对…进行了中期评估"
            Pattern.compile("(?=[我本])(?:我|本)(?:中心|单位|院|会)[(（]((?:广州市)?[\\u4e00-\\u9fff]{2,28}?(?:中心|研究院|协会|事务所|评估所))[)）][^。；;]{0,80}?评估"),
            // the sign-off: the evaluator's name alone on one of the last lines, maybe with the date
            // a blank line at most before the date: each whitespace character tried here costs the 600-character look-ahead
            Pattern.compile("^" + ORG_NAME + "\\s{0,2}(?:" + DATE + "|\\d{4}年\\d{1,2}月)?$(?![\\s\\S]{600})", Pattern.MULTILINE),
    };

    private static final Pattern[] EVALUATION_DATE = {
            Pattern.compile("(?:现场|实地)?(?:评估|评价)(?:日期?|时间)[:：]\\s*" + DATE),
            Pattern.compile("(?:现场|实地)(?:评估|评价)(?:于|在)\\s*" + DATE),
            // a key/value line "实地评估：2025-10-9"
            Pattern.compile("(?:现场|实地)(?:评估|评价)[:：]\\s*" + DATE),
            // a visit of two days is dated by its first: "于2025年3月12日至13日赴…开展实地评估"
            Pattern.compile("于\\s*" + DATE + Cn.DATE_ASIDE + "\\s*(?:到|赴|对|前往|组织|在|开展|进行|实地)[^。；;]{0,40}?(?:评估|评价)"),
            Pattern.compile(DATE + Cn.DATE_ASIDE + "[,，]\\s*(?:评价组|评估组|评估小组|评估专家|评价小组)[^。；;]{0,10}?(?:赴|到|前往|对)"),
            // not across a sentence's end: "考核期为…至2025年5月31日。评估小组…于2025年6月10日到…评估" is dated by the second
            Pattern.compile("于\\s*" + DATE + "\\s*到[^\\s。；;]{0,30}?进行(?:现场|实地)?评估"),
            Pattern.compile(DATE + "[,，][^\\s。；;]{0,40}?(?:对|到)[^\\s。；;]{0,30}?(?:展开|开展|进行)了?(?:中期|末期|现场|实地)?评估"),
    };
    /**
     * A visit dated without its year, "评估专家组已于10月16日至17日到站完成实地评估": the year is the one of the last full date
     * printed before it (the minutes' or the report's header); the look-ahead keeps 2025年10月16日 to the full patterns.
     */
    private static final Pattern YEARLESS_VISIT = Pattern.compile(
            "于\\s*+(?=\\d{1,2}\\s*月)(\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日)" + Cn.DATE_ASIDE
            + "\\s*(?:到|赴|对|前往|组织|在|开展|进行|实地)[^。；;]{0,40}?(?:评估|评价)");
    private static final Pattern FULL_DATE = Pattern.compile(DATE);
    /** A range's ends as printed: full dates, months alone (2024年3月—2025年2月), an end without its year (—12月31日). */
    private static final String RANGE = "\\s*(?:自)?\\s*" + Cn.START + RANGE_SEP + Cn.END;
    private static final Pattern CONTRACT = Pattern.compile(
            "(?:服务协议期限?|协议期限?|合同期限?|服务期限?|服务周期|项目周期|服务年度(?=[为是:：(（]))(?:为|是|自|:|：|[(（])?" + RANGE);
    /** "考核期为整个服务年度", "考核期与合同期相同": the period is the contract's. */
    private static final Pattern PERIOD_IS_CONTRACT = Pattern.compile(
            "(?=[考以])(?:考核期(?:为|即)?(?:整个服务(?:年度|周期)|与(?:合同期|协议期|服务年度|服务周期)(?:相同|一致))|以整个服务(?:年度|周期)为考核期)");
    /** "服务年度（2025.4.1-2026.3.31）第一阶段 … 统计截至2025年9月30日": the first stage runs from the year's start to the cut-off. */
    private static final Pattern FIRST_STAGE = Pattern.compile("服务年度[(（]" + RANGE + "[)）]第一阶段");
    private static final Pattern CUT_OFF = Pattern.compile("(?:数据)?统计截至\\s*" + DATE);
    private static final Pattern FIRST_MONTHS = Pattern.compile("即服务年度的?前\\s*" + Cn.MONTHS + "\\s*个月");
    /** "本次末期评估考核2024年3月1日至2025年1月31日的服务情况": 评估考核 before the dates names the period too. */
    private static final String PERIOD_WORDS = "(?:考核期间?|评价期间?|评估期间|考核范围|考核时段|评估周期|评估考核(?=\\s*\\d))(?:为|是|:|：)?";
    private static final Pattern PERIOD = Pattern.compile(PERIOD_WORDS + RANGE);
    /** "考核期为2024年下半年": a half-year, January to June or July to December. */
    private static final Pattern PERIOD_HALF_YEAR = Pattern.compile(PERIOD_WORDS + "\\s*(\\d{4})\\s*年\\s*度?([上下])半年");
    /** "第一个项目期指标时间为 2021 年 8 月-2021 年 12 月": the period's name as printed, its first and last month. */
    public static final Pattern SUB_PERIOD = Pattern.compile(
            "((?:第[一二三四五六七八九十\\d]+个?)?项目期)指标时间为\\s*" + MONTH + RANGE_SEP + MONTH);
    private static final Pattern[] PERIOD_MONTHS = {
            Pattern.compile("共计考核\\s*" + Cn.MONTHS + "\\s*个月"),
            Pattern.compile("共计\\s*" + Cn.MONTHS + "\\s*个考核月份?"),
            // "考核期为整个服务周期，12个月": the service year's length, stated beside it
            Pattern.compile("考核期(?:为|即)?整个服务(?:年度|周期)\\s*[(（,，]\\s*(?:共|计|共计)?\\s*" + Cn.MONTHS + "\\s*个月"),
            Pattern.compile("考核期[^。]{0,40}?考核\\s*" + Cn.MONTHS + "\\s*个月"),
            Pattern.compile("(?:考核期间?|评价期间?|评估期间|考核范围)[^。]{0,60}?共(?:计)?\\s*" + Cn.MONTHS + "\\s*个月"),
            // "评估考核2024年3月1日至2025年1月31日的服务情况，计11个月"
            Pattern.compile("评估考核(?=\\s*\\d)[^。]{0,60}?[共计]\\s*" + Cn.MONTHS + "\\s*个月"),
            Pattern.compile("(?:考核期间?|评价期间?|评估期间|考核范围)[^。]{0,50}?[(（]\\s*(?:共|计|合计)?\\s*" + Cn.MONTHS + "\\s*个月\\s*[)）]"),
    };
    private static final String BUDGET_WORDS =
            "(?:项目总经费|项目服务经费|服务经费|项目经费|年度经费|年初预算数|项目预算|合同金额|项目金额|预算资金|购买服务经费|项目资金|经费总额|服务费用)"
            + "(?:总额|合计|共计)?(?:为|是|共|:|：)?\\s*(?:人民币)?\\s*";
    private static final Pattern BUDGET = Pattern.compile(BUDGET_WORDS + NUM + "\\s*万元");
    /** "年度服务经费2,160,000元", "项目经费 2,520,000.00元": in yuan, with or without thousands separators. */
    private static final Pattern BUDGET_YUAN = Pattern.compile(
            BUDGET_WORDS + "(\\d{1,3}(?:,\\d{3}){1,3}+(?:\\.\\d{1,2})?|\\d{5,10}(?:\\.\\d{1,2})?)\\s*元");
    // a look-behind comes after the words it guards: a pattern that starts with words is searched for them (Boyer-Moore),
    // one that starts with a look-behind is tried at every position of the text
    private static final Pattern[] SOCIAL_WORKERS = {
            // not "考核期初…在岗社工16名": the head count the period started with, not the one it ended with
            Pattern.compile("在岗社工(?<!(?:持续|稳定|要求|协议|约定)在岗社工)(?<!(?:期初|上期末)[^。；;,，]{0,24}在岗社工)(?:仍|仍然|依然)?(?:共|为|有)?\\s*" + Cn.COUNT + "\\s*名"),
            Pattern.compile("共计\\s*" + Cn.COUNT + "\\s*名社工"),
            // "站内社工共一十七名：站长一名、…": not what the contract asks ("应配备社工共…")
            Pattern.compile("社工共(?<!(?:持证|要求|约定|协议|应|配备)社工共)(?<!(?:要求|约定|协议|应)[^。；;,，]{0,12}社工共)(?:有|计)?\\s*" + Cn.COUNT + "\\s*名"),
            // "协议要求配备社工20名", "协议约定社工站配备社工16名", "应配备社工二十名": what the contract asks, not who is there
            Pattern.compile("配备社工(?<!(?:要求|约定|规定|协议|应)[\\u4e00-\\u9fff]{0,6}配备社工)\\s*" + Cn.COUNT + "\\s*名"),
            Pattern.compile("社工总人数\\s*" + Cn.COUNT + "\\s*人"),
            // a key/value line "期末在岗：17人": the head count the period ended with
            // "期末在岗仍为18名" in a sentence: the same count
            Pattern.compile("期末在岗(?:社工)?(?:人数)?(?:仍|仍然|依然)?(?:为|共|有|[:：])?\\s*" + Cn.COUNT + "\\s*[人名]"),
    };
    private static final Pattern[] CERTIFIED_WORKERS = {
            Pattern.compile("共配备\\s*" + Cn.COUNT + "\\s*名持证社工"),
            // not "协议要求配备社工16名，其中持证社工8名以上": what is asked
            Pattern.compile("其中持证社工(?<!要求[^。；;]{0,20}其中持证社工)\\s*" + Cn.COUNT + "\\s*[名人](?!\\s*(?:以上|及以上))"),
            Pattern.compile("实际持证社工(?:为|共|有)?\\s*" + Cn.COUNT + "\\s*[名人]"),
            Pattern.compile("期末持证社工[:：]\\s*" + Cn.COUNT + "\\s*[名人]"),
            // "持证社工合计13名" after the counts by level: the total the report prints, not a sum made here
            Pattern.compile("持证社工(?:合计|共计|总计)\\s*" + Cn.COUNT + "\\s*[名人]"),
            // "在岗社工15名，其中持证9名", "在岗社工中持有社会工作者职业资格证书的11名"
            Pattern.compile("其中持证(?!社工)(?<!要求[^。；;]{0,20}其中持证)\\s*" + Cn.COUNT + "\\s*[名人](?!\\s*(?:以上|及以上))"),
            // "在岗社工中持有社会工作者职业资格证书的11名", "一十七名社工中持有社会工作者职业资格证书的一十一名"
            Pattern.compile("社工中持有社会工作者?职业资格证书?的\\s*" + Cn.COUNT + "\\s*[名人]"),
            Pattern.compile("持证社工(?<!(?:要求|约定|规定|协议|不少于)[\\u4e00-\\u9fff]{0,6}持证社工)(?:为|共|有)\\s*" + Cn.COUNT + "\\s*[名人]"),
            Pattern.compile("持证社工(?<!(?:要求|约定|规定|协议)[^。；;]{0,20}持证社工)(?<!不少于持证社工)(?<!非持证社工)\\s*" + Cn.COUNT + "\\s*[名人](?!次|\\s*(?:以上|及以上))"),
    };
    /** "(总体|综合|整体)(服务)满意度为 95%": the optional prefixes are left out, trying them at every position cost more than the rest. */
    private static final Pattern SATISFACTION = Pattern.compile("满意(?:度|率)(?:为|达到|达|是|[:：])?\\s*" + NUM + "\\s*%(?!\\s*(?:及?以上|以下))");
    /** "综合满意度0.96": a rate printed as a fraction (never a mean on a 5-point scale: 4.6分). */
    private static final Pattern SATISFACTION_FRACTION = Pattern.compile("满意(?:度|率)(?:为|达到|达|是|[:：])?\\s*(0\\.\\d{1,4}+)(?![\\d%分])");
    private static final Pattern SYNTHETIC = Pattern.compile("【[^】]*SYNTHETIC[^】]*】");

    public static ReportHeader extract(ReportText t) {
        ReportHeader h = new ReportHeader();
        String text = t.text();
        h.synthetic = SYNTHETIC.matcher(text).find();
        h.city = city(text);
        station(t, h);
        h.district = district(t);
        h.operator = organisation(t, h, "operator", OPERATOR);
        h.purchaser = organisation(t, h, "purchaser", PURCHASER);
        h.supervisor = organisation(t, h, "supervisor", SUPERVISOR);
        h.evaluator = organisation(t, h, "evaluator", EVALUATOR);
        if (h.supervisor == null) h.supervisor = onlyOneOfItsKind(t, h, "supervisor", "民政局", BUREAU_OF_DISTRICT, null);
        if (h.purchaser == null && h.station != null) {
            String root = h.station.replaceFirst("[街镇]$", "");
            h.purchaser = onlyOneOfItsKind(t, h, "purchaser", "街道办事处", STREET_OFFICE, root);
            if (h.purchaser == null) h.purchaser = onlyOneOfItsKind(t, h, "purchaser", "镇人民政府", STREET_OFFICE, root);
        }
        if (h.evaluator == null) h.evaluator = onlyOneOfItsKind(t, h, "evaluator", "评估", EVALUATION_BODY, null);
        h.reportType = reportType(t);
        h.evaluationDate = Cn.date(t.first(h.evidence, "evaluation_date", EVALUATION_DATE));
        if (h.evaluationDate == null) yearlessVisit(t, h);
        t.find(CONTRACT).ifPresent(m -> {
            h.contractStart = Cn.startOf(m.group(1));
            h.contractEnd = Cn.endOf(h.contractStart, m.group(2));
            h.evidence.put("contract_start", t.sentenceOf(m));
            h.evidence.put("contract_end", t.sentenceOf(m));
        });
        periods(t, h);
        h.budgetWan = Cn.num(t.first(h.evidence, "budget_wan", BUDGET));
        if (h.budgetWan == null) {
            String printed = t.first(h.evidence, "budget_wan", BUDGET_YUAN);
            Double yuan = printed == null ? null : Cn.num(printed.replace(",", ""));
            if (yuan != null) h.budgetWan = Cn.round(yuan / 10000.0, 4);
        }
        String sw = t.first(h.evidence, "social_workers", SOCIAL_WORKERS);
        h.socialWorkers = Cn.count(sw);
        String cw = t.first(h.evidence, "certified_workers", CERTIFIED_WORKERS);
        h.certifiedWorkers = Cn.count(cw);
        h.satisfactionRate = Cn.percent(t.first(h.evidence, "satisfaction_rate", SATISFACTION));
        if (h.satisfactionRate == null) h.satisfactionRate = Cn.num(t.first(h.evidence, "satisfaction_rate", SATISFACTION_FRACTION));
        return h;
    }

    /** A visit dated by month and day only, in the year of the last full date before it; never before the period it assesses. */
    private static void yearlessVisit(ReportText t, ReportHeader h) {
        for (MatchResult m : t.matchesInLinesWith("月", YEARLESS_VISIT)) {
            Matcher full = FULL_DATE.matcher(t.text()).region(Math.max(0, m.start() - 2000), m.start());
            LocalDate before = null;
            while (full.find()) before = Cn.date(full.group(1));
            if (before == null) return;
            LocalDate visit = Cn.endOf(before.withDayOfYear(1), m.group(1));
            if (visit == null || visit.getYear() != before.getYear()) return;
            if (h.periodStart != null && visit.isBefore(h.periodStart)) return;
            h.evaluationDate = visit;
            h.evidence.put("evaluation_date", t.sentenceOf(m));
            return;
        }
    }

    /**
     * Organisations named in full by what they are, where no sentence says their role (minutes that list who attended):
     * a district's 民政局 supervises (named in full with 广州市: "向荔湾区民政局汇报" in passing names no supervisor), the station's 街道办事处 or 镇人民政府 buys, an 评估中心 evaluates.
     */
    private static final Pattern BUREAU_OF_DISTRICT = Pattern.compile(
            "(?=广州市)(广州市(?:" + String.join("|", GUANGZHOU_DISTRICTS) + ")民政局)");
    private static final Pattern STREET_OFFICE = Pattern.compile(
            "(?=[\\u4e00-\\u9fff])(?:(?=广州市)|(?<![\\u4e00-\\u9fff&&[^:：]]))((?:广州市)?(?:" + String.join("|", GUANGZHOU_DISTRICTS) + ")?(?:人民政府)?"
            + "[\\u4e00-\\u9fff&&[^局处府市区]]{2,4}?(?:街道办事处|镇人民政府))");
    private static final Pattern EVALUATION_BODY = Pattern.compile(
            "(?=[广])((?:广州市|广东省)[\\u4e00-\\u9fff&&[^心局处府]]{2,20}?(?:评估中心|评估研究中心|评估研究院|评估所|评估事务所|评估有限公司))");

    /**
     * The one organisation of a kind the report names (names that only add a prefix to another, 沙河街道办事处 and
     * 广州市天河区人民政府沙河街道办事处, are one: the longest is kept); null where it names two or none. {@code mustHold}: a
     * word the name must hold (the station's own 街道).
     */
    private static String onlyOneOfItsKind(ReportText t, ReportHeader h, String field, String word, Pattern kind, String mustHold) {
        String longest = null, evidence = null;
        List<String> names = new ArrayList<>();
        for (MatchResult m : t.matchesInLinesWith(word, kind)) {
            String name = m.group(1);
            if (GENERIC.contains(name) || (mustHold != null && !name.contains(mustHold))) continue;
            // "上一服务年度由广州市…评估中心评估": another year's organisation
            if (Cn.anotherReports(t.text(), m.start(), null)) continue;
            // a title names whose project is evaluated ("…街道办事处重点项目绩效评价报告"), not in which role
            if (inTitle(t.text(), m.start())) continue;
            names.add(name);
            if (longest == null || name.length() > longest.length()) { longest = name; evidence = t.sentenceOf(m); }
        }
        if (longest == null) return null;
        for (String n : names) if (!longest.endsWith(n) && !longest.replaceFirst("^广州市", "").equals(n.replaceFirst("^广州市", ""))) return null;
        // a district's 民政局 of another district than the station's is not its supervisor
        if (h.district != null && word.equals("民政局") && !longest.contains(h.district)) return null;
        h.evidence.putIfAbsent(field, evidence);
        return longest;
    }

    /** Whether the position is in a document's title: a line of at most 60 characters that ends as titles end. */
    private static boolean inTitle(String text, int at) {
        int start = text.lastIndexOf('\n', at) + 1, end = text.indexOf('\n', at);
        String line = text.substring(start, end < 0 ? text.length() : end).strip();
        return line.length() <= 60 && (line.endsWith("报告") || line.endsWith("报告书") || line.endsWith("意见书"));
    }

    /** A role's generic name, not an organisation's: "购买方（街道办事处）满分20分" names no one. */
    private static final java.util.Set<String> GENERIC = java.util.Set.of(
            "街道办事处", "街道", "镇人民政府", "镇政府", "区民政局", "民政局", "民政部门", "评估机构", "第三方评估机构", "承接机构", "社工机构");

    /** The first organisation the patterns name for a role, in order of preference, passing over generic names. */
    private static String organisation(ReportText t, ReportHeader h, String field, Pattern... patterns) {
        for (Pattern p : patterns) {
            FirstChars.Matches found = FirstChars.matches(p, t.text());
            Matcher m = found.matcher();
            while (found.find()) {
                String name = m.group(1);
                if (name == null || GENERIC.contains(name.replaceAll("[()（）]", ""))) continue;
                h.evidence.putIfAbsent(field, t.sentenceOf(m));
                return name;
            }
        }
        return null;
    }

    /** The first "<known city>市" in the text; found from each 市, since a regex of alternatives tries every position. */
    static String city(String text) {
        for (int i = text.indexOf('市'); i >= 0; i = text.indexOf('市', i + 1)) {
            if (i >= 2 && CITIES.contains(text.substring(i - 2, i))) return text.substring(i - 2, i + 1);
        }
        return null;
    }

    private static void station(ReportText t, ReportHeader h) {
        Matcher m = STATION.matcher(t.text());
        while (m.find()) {
            // a form's title "广州市社工服务站中期评估结果登记表" names stations in general, no station: the next mention
            if (station(m.group(1), h)) return;
        }
    }

    /** The station a name before 社工服务站 gives; false where it is only a city or district (no street or town). */
    private static boolean station(String printed, ReportHeader h) {
        String name = YEAR_PREFIX.matcher(printed).replaceFirst("");
        // a letter's title "〔2025〕第047号关于华洲街社工服务站…": no name starts with a file number's tail or a preposition
        name = STATION_LEAD.matcher(name).replaceFirst("");
        // a running header "广州市公信社会服务评估中心员村街社工服务站…": a station's name holds no organisation's name
        Matcher org = ORGANISATION_END.matcher(name);
        int after = -1;
        while (org.find()) after = org.end();
        if (after > 0 && after < name.length() - 1) name = name.substring(after);
        String full = name + "社工服务站";
        Matcher d = DISTRICT_PREFIX.matcher(name);
        String shortName = d.find() ? name.substring(d.end()) : name.replaceFirst("^广州市", "");
        // one full name per station, whichever prefix a title printed: 广州市 + short name + 社工服务站
        if (shortName.isBlank() || shortName.equals(h.city)) return false;
        h.stationFull = h.city != null ? h.city + shortName + "社工服务站" : full;
        h.station = shortName;
        return true;
    }

    private static String district(ReportText t) {
        int best = Integer.MAX_VALUE;
        String named = null;
        for (String d : GUANGZHOU_DISTRICTS) {
            int i = t.text().indexOf(d + "民政局");
            if (i >= 0 && i < best) { best = i; named = d; }
        }
        if (named != null) return named;
        String fromSupervisor = t.first(SUPERVISOR_DISTRICT);
        if (fromSupervisor != null) return fromSupervisor;
        for (String line : t.lines().subList(0, Math.min(8, t.lines().size()))) {
            for (String d : GUANGZHOU_DISTRICTS) if (line.contains(d)) return d;
        }
        for (String d : GUANGZHOU_DISTRICTS) if (t.text().contains(d)) return d;
        return null;
    }

    private static String reportType(ReportText t) {
        List<String> head = t.lines().subList(0, Math.min(6, t.lines().size()));
        // the type whose label (中期评估, 末期评估, 绩效评价) stands first, in the title lines, else in the whole text
        for (String scope : List.of(String.join("\n", head), t.text())) {
            ReportType first = null;
            int at = Integer.MAX_VALUE;
            for (ReportType type : ReportType.values()) {
                int i = indexOrMax(scope, type.label);
                if (i < at) { at = i; first = type; }
            }
            if (first != null) return first.code;
        }
        return null;
    }

    private static int indexOrMax(String s, String word) {
        int i = s.indexOf(word);
        return i < 0 ? Integer.MAX_VALUE : i;
    }

    private static void periods(ReportText t, ReportHeader h) {
        t.find(PERIOD).ifPresent(m -> {
            h.periodStart = Cn.startOf(m.group(1));
            h.periodEnd = Cn.endOf(h.periodStart, m.group(2));
            h.evidence.put("period_start", t.sentenceOf(m));
            h.evidence.put("period_end", t.sentenceOf(m));
        });
        Double halfYear = null;
        if (h.periodStart == null) {
            Matcher m = PERIOD_HALF_YEAR.matcher(t.text());
            if (m.find()) {
                YearMonth first = YearMonth.of(Integer.parseInt(m.group(1)), m.group(2).equals("上") ? 1 : 7);
                h.periodStart = first.atDay(1);
                h.periodEnd = first.plusMonths(5).atEndOfMonth();
                halfYear = 6.0; // what 半年 says, not a count of the dates
                h.evidence.put("period_start", t.sentenceOf(m));
                h.evidence.put("period_end", t.sentenceOf(m));
            }
        }
        if (h.periodStart == null) {
            // a report split into sub-periods (项目期) covers them all: the months a summary files it under
            List<YearMonth[]> subs = subPeriods(t);
            if (!subs.isEmpty()) {
                h.periodStart = subs.get(0)[0].atDay(1);
                h.periodEnd = subs.get(subs.size() - 1)[1].atEndOfMonth();
            }
        }
        if (h.periodStart == null && h.contractStart != null && h.contractEnd != null) {
            Matcher same = PERIOD_IS_CONTRACT.matcher(t.text());
            if (same.find()) {
                h.periodStart = h.contractStart;
                h.periodEnd = h.contractEnd;
                h.evidence.put("period_start", t.sentenceOf(same));
                h.evidence.put("period_end", t.sentenceOf(same));
            }
        }
        if (h.periodStart == null) {
            Matcher stage = FIRST_STAGE.matcher(t.text());
            Matcher cut = CUT_OFF.matcher(t.text());
            if (stage.find() && cut.find()) {
                LocalDate start = Cn.startOf(stage.group(1)), end = Cn.date(cut.group(1));
                if (start != null && end != null && end.isAfter(start)) {
                    h.periodStart = start;
                    h.periodEnd = end;
                    h.evidence.put("period_start", t.sentenceOf(stage));
                    h.evidence.put("period_end", t.sentenceOf(cut));
                }
            }
        }
        h.periodMonths = Cn.months(t.first(h.evidence, "period_months", PERIOD_MONTHS));
        if (h.periodMonths == null && h.periodStart != null) h.periodMonths = Cn.months(t.first(h.evidence, "period_months", FIRST_MONTHS));
        if (h.periodMonths == null && halfYear != null) { h.periodMonths = halfYear; h.evidence.put("period_months", h.evidence.get("period_start")); }
        if (h.periodMonths == null && h.periodStart != null) h.periodMonths = monthsBesideThePeriod(t, h);
    }

    private static final Pattern RANGE_WITH_MONTHS = Pattern.compile(
            DATE + RANGE_SEP + DATE + "\\s*+止?[^。；;\\d]{0,8}?[(（,，]?\\s*+(?:共|计|共计|合计)?\\s*+" + NUM + "\\s*个月");

    /** "2024年10月1日—2025年3月31日（6个月）" wherever the report states the period it assessed with its length. */
    private static Double monthsBesideThePeriod(ReportText t, ReportHeader h) {
        Matcher m = RANGE_WITH_MONTHS.matcher(t.text());
        while (m.find()) {
            if (h.periodStart.equals(Cn.date(m.group(1))) && java.util.Objects.equals(h.periodEnd, Cn.date(m.group(2)))) {
                return Cn.num(m.group(3));
            }
        }
        return null;
    }

    /** The sub-periods a performance report splits into, as printed ("2021年8月-2021年12月"). */
    public static List<YearMonth[]> subPeriods(ReportText t) {
        List<YearMonth[]> out = new ArrayList<>();
        Matcher m = SUB_PERIOD.matcher(t.text());
        while (m.find()) {
            YearMonth a = Cn.month(m.group(2)), b = Cn.month(m.group(3));
            if (a != null && b != null) out.add(new YearMonth[]{a, b});
        }
        return out;
    }

}
