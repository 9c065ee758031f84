package io.handspec.runtime;

/**
 * Which declared properties of a model are present, held without an object of its own for models of
 * up to 64 properties (most of them): bit {@code i} of a {@code long} for the first 64, and beyond
 * them bit {@code i % 64} of word {@code i / 64 - 1} of a {@code long[]}, which is {@code null} for a
 * model of 64 properties or fewer.
 */
final class Presence {
    private Presence() {}

    /** The words beyond the first for a model of {@code size} properties, or {@code null} when it needs none. */
    static long[] beyond(int size) {
        return size <= Long.SIZE ? null : new long[(size - 1) / Long.SIZE];
    }

    /** Whether property {@code index} is present. */
    static boolean has(long first, long[] beyond, int index) {
        long word = index < Long.SIZE ? first : beyond[index / Long.SIZE - 1];
        return (word & (1L << index)) != 0;
    }

    /** The first present property at or after {@code from}, or -1. */
    static int next(long first, long[] beyond, int from) {
        int at = from;
        if (at < Long.SIZE) {
            long word = first & (-1L << at);
            if (word != 0) {
                return Long.numberOfTrailingZeros(word);
            }
            at = Long.SIZE;
        }
        if (beyond == null) {
            return -1;
        }
        for (int k = at / Long.SIZE - 1; k < beyond.length; k++) {
            // only in the word {@code at} falls in are the bits below it left out
            long word = beyond[k] & (k == at / Long.SIZE - 1 ? -1L << at : -1L);
            if (word != 0) {
                return (k + 1) * Long.SIZE + Long.numberOfTrailingZeros(word);
            }
        }
        return -1;
    }

    /** Whether no property is present. */
    static boolean none(long first, long[] beyond) {
        if (first != 0) {
            return false;
        }
        if (beyond != null) {
            for (long word : beyond) {
                if (word != 0) {
                    return false;
                }
            }
        }
        return true;
    }
}
