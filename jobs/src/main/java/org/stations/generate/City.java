package org.stations.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A city whose districts the generator spreads its stations over, in the real proportions. */
public record City(String name, String code, List<District> districts) {

    /** @param stations the real number of 镇街社工站 in the district; {@code towns} whether its stations are mostly 镇 */
    public record District(String name, int stations, boolean towns) {}

    /** Guangzhou's 176 镇街社工站 by district. */
    public static final City GUANGZHOU = new City("广州市", "guangzhou", List.of(
            new District("荔湾区", 22, false), new District("越秀区", 18, false), new District("海珠区", 18, false),
            new District("天河区", 21, false), new District("白云区", 24, false), new District("黄埔区", 17, false),
            new District("番禺区", 16, false), new District("花都区", 10, true), new District("南沙区", 9, true),
            new District("从化区", 8, true), new District("增城区", 13, true)));

    public static City byCode(String code) {
        if (GUANGZHOU.code.equals(code.toLowerCase(Locale.ROOT))) return GUANGZHOU;
        throw new IllegalArgumentException("unknown city '" + code + "' (known: guangzhou)");
    }

    public int realStations() {
        return districts.stream().mapToInt(District::stations).sum();
    }

    /** The district of each of {@code n} stations, in district order, by largest remainder over the real counts. */
    public List<District> allocate(int n) {
        int total = realStations();
        int[] counts = new int[districts.size()];
        double[] remainders = new double[districts.size()];
        int given = 0;
        for (int i = 0; i < counts.length; i++) {
            double exact = (double) n * districts.get(i).stations() / total;
            counts[i] = (int) Math.floor(exact);
            remainders[i] = exact - counts[i];
            given += counts[i];
        }
        while (given < n) {
            int best = 0;
            for (int i = 1; i < counts.length; i++) if (remainders[i] > remainders[best]) best = i;
            counts[best]++;
            remainders[best] = -1;
            given++;
        }
        List<District> out = new ArrayList<>(n);
        for (int i = 0; i < counts.length; i++) for (int k = 0; k < counts[i]; k++) out.add(districts.get(i));
        return out;
    }
}
