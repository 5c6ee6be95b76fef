package org.stations.read;

/** Magic-number checks on raw file bytes. */
final class Bytes {
    private Bytes() {}

    static boolean startsWith(byte[] content, byte[] prefix) {
        return content.length >= prefix.length && indexOf(content, prefix, 0, prefix.length) == 0;
    }

    static int indexOf(byte[] content, byte[] pattern) {
        return indexOf(content, pattern, 0, content.length);
    }

    /** First index in [from, to) where pattern starts (and fits before to), or -1. */
    static int indexOf(byte[] content, byte[] pattern, int from, int to) {
        int last = Math.min(to, content.length) - pattern.length;
        outer:
        for (int i = Math.max(0, from); i <= last; i++) {
            for (int j = 0; j < pattern.length; j++) if (content[i + j] != pattern[j]) continue outer;
            return i;
        }
        return -1;
    }
}
