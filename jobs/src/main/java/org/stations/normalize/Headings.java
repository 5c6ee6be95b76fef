package org.stations.normalize;

import java.util.regex.Pattern;

/**
 * How reports number their headings, at three levels: 一、 (a part), (一) (a section), 1. or (1) (an item or
 * sub-heading). A decimal (1.5) is not a number of a heading. Text is matched after NFKC, so （一） is (一).
 */
public final class Headings {
    private Headings() {}

    private static final String TOP_NUMBER = "[一二三四五六七八九十]+、";
    private static final String SUB_NUMBER = "[(（][一二三四五六七八九十]+[)）]";
    private static final String ITEM_NUMBER = "[(（]\\d+[)）]|\\d+[.、．](?!\\d)";

    /** 一、项目基本情况 */
    public static final Pattern TOP = Pattern.compile("^" + TOP_NUMBER);
    /** (一)监督方评估意见 */
    public static final Pattern SUB = Pattern.compile("^" + SUB_NUMBER);
    /** 2.服务指标完成情况, (7)市督导中心反馈 */
    public static final Pattern ITEM = Pattern.compile("^(?:" + ITEM_NUMBER + ")");
    /** A line that starts with a heading's number, at any level. */
    public static final Pattern ANY = Pattern.compile("^(?:" + TOP_NUMBER + "|" + SUB_NUMBER + "|" + ITEM_NUMBER + ")");
}
