package org.stations.model;

/** The four evaluating parties of CONTRACT.md, with their Chinese labels and the points each may give. */
public enum Party {
    SUPERVISOR("supervisor", "监督方", 10, "监督方|监管方|监管单位|监督单位|主管单位"),
    PURCHASER("purchaser", "购买方", 20, "购买方|采购方|委托方|购买单位|采购单位"),
    SUPERVISION_CENTER("supervision_center", "督导中心", 15, "督导中心"),
    THIRD_PARTY("third_party", "第三方", 55, "评估方|评估机构|评价机构|第三方评估机构|评估单位|评价单位");

    public final String code;
    public final String label;
    public final double maxScore;
    /**
     * A regex alternation of the titles a report gives the organisation in this role before naming it
     * ("购买单位：XX街道办事处", "评估机构为…").
     */
    public final String titles;

    Party(String code, String label, double maxScore, String titles) {
        this.code = code;
        this.label = label;
        this.maxScore = maxScore;
        this.titles = titles;
    }

    /**
     * The purchaser's titles without 委托方: who commissions the evaluation is the buyer in most reports but the
     * 区民政局 in some, so a report's own 购买方/购买单位 wins over it.
     */
    public static final String PURCHASER_OWN_TITLES = String.join("|",
            java.util.Arrays.stream(PURCHASER.titles.split("\\|")).filter(w -> !w.equals("委托方")).toList());

    /** A regex alternation of the four labels (监督方|购买方|督导中心|第三方). */
    public static final String LABELS = String.join("|", java.util.Arrays.stream(values()).map(p -> p.label).toList());

    public static Party of(String code) {
        for (Party p : values()) if (p.code.equals(code)) return p;
        throw new IllegalArgumentException("unknown party " + code);
    }

    /** SQL for the contract's maximum of the party in column {@code col}, for rows whose max_score is not stated. */
    public static String maxScoreSql(String col) {
        StringBuilder sb = new StringBuilder("CASE " + col);
        for (Party p : values()) sb.append(" WHEN '").append(p.code).append("' THEN ").append(p.maxScore).append('D');
        return sb.append(" END").toString();
    }

    /**
     * The words that name each party in reports, the role word first: the one vocabulary of parties and their
     * synonyms (区民政局 supervises, 街道办事处 or 镇人民政府 buys, the city's 督导中心, 第三方评估机构 evaluates).
     */
    private static final String[][] SYNONYMS = {
            {"督导中心"},
            {"监督方", "民政局"},
            // a letter to the purchaser calls it 贵街道 / 贵镇 (not 贵单位: any addressee is one)
            {"购买方", "街道办事处", "镇人民政府", "街道办", "镇政府", "贵街道", "贵镇"},
            // an evaluator is named by what it is: "…社会服务评估所", "…评估中心", "…评估研究中心" score as the third party
            {"第三方", "评估机构", "评估研究中心", "评估中心", "评估所"},
    };
    private static final Party[] SYNONYM_PARTY = {SUPERVISION_CENTER, SUPERVISOR, PURCHASER, THIRD_PARTY};

    /** A regex alternation of every word that names a party, for sentences that state a party's score. */
    public static final String WORDS = String.join("|", java.util.Arrays.stream(SYNONYMS).flatMap(java.util.Arrays::stream)
            .sorted(java.util.Comparator.comparingInt(String::length).reversed()).toList());

    /** The party a printed label names (监督方, 区民政局, 购买方, 街道办事处, 督导中心, 第三方 …), or null. */
    public static Party named(String label) {
        if (label == null) return null;
        for (int i = 0; i < SYNONYMS.length; i++) for (String w : SYNONYMS[i]) if (label.contains(w)) return SYNONYM_PARTY[i];
        return null;
    }
}
