package org.stations.model;

/** The four evaluating parties of CONTRACT.md, with their Chinese labels and the points each may give. */
public enum Party {
    SUPERVISOR("supervisor", "监督方", 10),
    PURCHASER("purchaser", "购买方", 20),
    SUPERVISION_CENTER("supervision_center", "督导中心", 15),
    THIRD_PARTY("third_party", "第三方", 55);

    public final String code;
    public final String label;
    public final double maxScore;

    Party(String code, String label, double maxScore) {
        this.code = code;
        this.label = label;
        this.maxScore = maxScore;
    }

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

    /** The party a printed label names (监督方, 区民政局, 购买方, 街道办事处, 督导中心, 第三方 …), or null. */
    public static Party named(String label) {
        if (label == null) return null;
        if (label.contains("督导中心")) return SUPERVISION_CENTER;
        if (label.contains("监督方") || label.contains("民政局")) return SUPERVISOR;
        if (label.contains("购买方") || label.contains("街道办事处") || label.contains("镇人民政府")) return PURCHASER;
        if (label.contains("第三方")) return THIRD_PARTY;
        return null;
    }
}
