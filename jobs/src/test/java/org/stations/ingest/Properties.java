package org.stations.ingest;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;

/**
 * A small seeded property runner: {@code cases} inputs drawn from one seed, each checked; the first that fails is shrunk
 * (halves, then smaller pieces, dropped while it still fails) and reported with the seed, its case number, the shrunk
 * input's size and an excerpt. {@code -Dproperties.seed=S} replays a run; {@code -Dproperties.cases=N} draws more.
 * Without a seed each run draws new inputs.
 */
final class Properties {
    private Properties() {}

    /** Checks of the shrunk candidates at most: each is an extraction, some of a megabyte. */
    private static final int MAX_SHRINK_CHECKS = 150;
    private static final int EXCERPT = 160;

    interface Generator<T> {
        T draw(Random random);
    }

    interface Property<T> {
        /** Throws (an AssertionError or anything else) when the input breaks the property. */
        void check(T input) throws Exception;
    }

    /** An input as bytes: a file of some type, its content shrunk piece by piece. */
    record Input(String fileName, byte[] bytes) {
        Input with(byte[] smaller) { return new Input(fileName, smaller); }

        @Override public String toString() {
            String text = new String(bytes, 0, Math.min(bytes.length, EXCERPT * 3), StandardCharsets.UTF_8);
            String excerpt = text.length() > EXCERPT ? text.substring(0, EXCERPT) + "…" : text;
            return fileName + ", " + bytes.length + " bytes: «" + excerpt.replace("\n", "⏎").replace("\r", "␍") + "»";
        }
    }

    static long seed() {
        return Long.getLong("properties.seed", new Random().nextLong());
    }

    static int cases(int byDefault) {
        return Integer.getInteger("properties.cases", byDefault);
    }

    /** Checks {@code property} on {@code cases} inputs drawn from {@code seed}; fails with the shrunk first failure. */
    static void forAll(String name, long seed, int cases, Generator<Input> generator, Property<Input> property) {
        Random random = new Random(seed);
        for (int i = 0; i < cases; i++) {
            Input input = generator.draw(random);
            Throwable failure = failure(property, input);
            if (failure == null) continue;
            Input shrunk = shrink(input, failure.getClass(), property);
            Throwable last = failure(property, shrunk);
            AssertionError e = new AssertionError(String.format("property '%s' fails on case %d of seed %d (replay: -Dproperties.seed=%d);"
                    + " shrunk from %d to %d bytes: %s%n%s", name, i + 1, seed, seed, input.bytes().length, shrunk.bytes().length,
                    shrunk, last == null ? failure : last));
            e.initCause(last == null ? failure : last);
            throw e;
        }
    }

    private static Throwable failure(Property<Input> property, Input input) {
        try {
            property.check(input);
            return null;
        } catch (Exception | AssertionError | StackOverflowError e) {
            return e;
        }
    }

    /**
     * Drops pieces while the property still fails the same way (same exception class): halves first, then quarters and
     * so on down to single lines of a text, single bytes of anything else.
     */
    static Input shrink(Input input, Class<?> failure, Property<Input> property) {
        int[] checks = {0};
        Function<Input, Boolean> stillFails = candidate -> {
            if (checks[0]++ >= MAX_SHRINK_CHECKS) return false;
            Throwable t = failure(property, candidate);
            return t != null && t.getClass() == failure;
        };
        Input current = input;
        for (int pieces = 2; checks[0] < MAX_SHRINK_CHECKS; ) {
            List<byte[]> candidates = withoutOnePiece(current.bytes(), pieces);
            Input smaller = null;
            for (byte[] c : candidates) {
                if (stillFails.apply(current.with(c))) { smaller = current.with(c); break; }
            }
            if (smaller != null) { current = smaller; pieces = Math.max(2, pieces - 1); continue; }
            if (pieces >= current.bytes().length) break;
            pieces = Math.min(current.bytes().length, pieces * 2);
        }
        return current;
    }

    /** The bytes with each one of {@code pieces} equal pieces left out, cut at line ends where the piece holds one. */
    static List<byte[]> withoutOnePiece(byte[] bytes, int pieces) {
        List<byte[]> out = new ArrayList<>();
        int size = Math.max(1, bytes.length / pieces);
        for (int start = 0; start < bytes.length; ) {
            int end = Math.min(bytes.length, start + size);
            int lineEnd = lastLineEnd(bytes, start, end);
            if (lineEnd > start) end = lineEnd;
            byte[] without = new byte[bytes.length - (end - start)];
            System.arraycopy(bytes, 0, without, 0, start);
            System.arraycopy(bytes, end, without, start, bytes.length - end);
            out.add(without);
            start = end;
        }
        return out;
    }

    private static int lastLineEnd(byte[] bytes, int from, int to) {
        for (int i = to - 1; i >= from; i--) if (bytes[i] == '\n') return i + 1;
        return -1;
    }
}
