package org.stations.generate;

/** Seeds for independent random streams: one per (seed, purpose, station, year, report), whatever thread draws them. */
final class Mix {
    private Mix() {}

    static long of(long seed, long... parts) {
        long h = seed ^ 0x9E3779B97F4A7C15L;
        for (long p : parts) h = murmur(h ^ murmur(p + 0x632BE59BD9B4E019L));
        return h;
    }

    private static long murmur(long z) {
        z = (z ^ (z >>> 33)) * 0xFF51AFD7ED558CCDL;
        z = (z ^ (z >>> 33)) * 0xC4CEB9FE1A85EC53L;
        return z ^ (z >>> 33);
    }
}
