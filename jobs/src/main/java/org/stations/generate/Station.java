package org.stations.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * One synthetic 镇街社工站. Every name carries 模拟 so no generated station, operator or office can be
 * mistaken for a real one.
 */
public record Station(int index, String city, City.District district, String name, boolean town, String operator,
                      Layout layout, List<String> areas, List<List<String>> communities, int contractMonth,
                      int contractDay, double budgetWan, int requiredWorkers) {

    private static final String FIRST = "红绿金银东西南北中新青白云山海花石桥湖溪泉林松柏竹梅兰菊桂荷龙凤鹤鹿星月阳光明华安宁康乐福寿昌盛兴隆";
    private static final String SECOND = "星园岭湾塘田村坊岗洲沙涌头尾坑围冈埔口岸林峰";
    private static final String COMMUNITY = "甲乙丙丁戊己庚辛壬癸";
    private static final String[] DIRECTION_AREAS = {"东片区", "西片区", "南片区", "北片区", "中片区"};
    private static final String[] NUMBERED_AREAS = {"片区1", "片区2", "片区3", "片区4"};

    /**
     * The station's short name as reports print it, e.g. 模拟红星街 or 模拟金湾镇; past the first 1,196 names a third
     * character keeps them apart (模拟红星绿街). Chinese characters only, as real names are: a digit would end the name.
     */
    static String nameOf(int index, boolean town) {
        int a = FIRST.length();
        int b = SECOND.length();
        String base = "模拟" + FIRST.charAt(index % a) + SECOND.charAt((index / a) % b);
        int round = index / (a * b);
        if (round > a) throw new IllegalArgumentException("at most " + a * b * (a + 1) + " stations have names");
        return base + (round == 0 ? "" : String.valueOf(FIRST.charAt(round - 1))) + (town ? "镇" : "街");
    }

    static Station of(int index, City city, City.District district, long seed) {
        SplittableRandom r = new SplittableRandom(Mix.of(seed, 0x5747L, index));
        boolean town = district.towns() && r.nextInt(10) < 7;
        String name = nameOf(index, town);
        String operator = "广州市模拟" + FIRST.charAt(r.nextInt(FIRST.length())) + FIRST.charAt(r.nextInt(FIRST.length()))
                + (r.nextBoolean() ? "社会工作服务中心" : "社区发展中心");
        Layout layout = Layout.forStation(index);
        int areaCount = 2 + r.nextInt(2);
        List<String> areas = new ArrayList<>();
        if (layout == Layout.WRAPPED_000) {
            for (int i = 0; i < areaCount; i++) areas.add(NUMBERED_AREAS[i]);
        } else {
            for (int i = 0; i < areaCount; i++) areas.add(DIRECTION_AREAS[i]);
        }
        List<List<String>> communities = new ArrayList<>();
        int c = 0;
        for (int i = 0; i < areaCount; i++) {
            List<String> inArea = new ArrayList<>();
            int n = 2 + r.nextInt(3);
            for (int k = 0; k < n; k++, c++) inArea.add("模拟" + COMMUNITY.charAt(c % COMMUNITY.length()) + (c / COMMUNITY.length() + 1) + "社区");
            communities.add(List.copyOf(inArea));
        }
        int[] months = {1, 4, 7, 8, 9};
        int contractMonth = months[r.nextInt(months.length)];
        int contractDay = r.nextInt(3) == 0 ? 1 + r.nextInt(28) : 1;
        double budget = r.nextInt(4) == 0 ? 200 + 4 * r.nextInt(20) : 240;
        int required = 16 + 2 * r.nextInt(4);
        return new Station(index, city.name(), district, name, town, operator, layout, List.copyOf(areas),
                List.copyOf(communities), contractMonth, contractDay, budget, required);
    }

    /** 广州市模拟红星街社工服务站 */
    public String fullName() { return city + name + "社工服务站"; }

    /** The 购买方: 街道办事处 or 镇人民政府. */
    public String purchaser() {
        return city + district.name() + (town ? name + "人民政府" : name + "道办事处");
    }

    /** The purchaser as the party-section headings print it: 模拟红星街道办事处. */
    public String purchaserShort() {
        return town ? name + "人民政府" : name + "道办事处";
    }

    public String supervisor() { return city + district.name() + "民政局"; }

    /** The station's short name as 003-style reports print it in prose: 模拟红星街社工站. */
    public String shortStation() { return name + "社工站"; }
}
