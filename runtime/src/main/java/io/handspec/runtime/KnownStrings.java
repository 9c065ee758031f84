package io.handspec.runtime;

import java.util.Arrays;
import java.util.Map;

/**
 * Values by string key, found from the characters of a JSON string without making a {@code String}
 * of them: the constants of an open enum by wire value, for a reader that would otherwise make a
 * string per value only to look it up. Open addressing by the key's {@link String#hashCode}.
 */
final class KnownStrings {
    /** The keys' characters, by slot. */
    private final char[][] keys;

    private final Object[] values;

    /**
     * A table of {@code entries}.
     *
     * @param entries the keys and their values, not {@code null}
     */
    KnownStrings(Map<String, ?> entries) {
        int size = Integer.highestOneBit(Math.max(1, entries.size()) * 2) * 2;
        keys = new char[size][];
        values = new Object[size];
        entries.forEach((key, value) -> {
            int slot = key.hashCode() & (size - 1);
            while (keys[slot] != null) {
                slot = (slot + 1) & (size - 1);
            }
            keys[slot] = key.toCharArray();
            values[slot] = value;
        });
    }

    /**
     * The value of the key made of {@code length} characters of {@code text} from {@code offset}.
     *
     * @return the value, or {@code null} when no key is that text
     */
    Object get(char[] text, int offset, int length) {
        int hash = 0;
        for (int i = 0; i < length; i++) {
            hash = 31 * hash + text[offset + i];
        }
        for (int slot = hash & (keys.length - 1); ; slot = (slot + 1) & (keys.length - 1)) {
            char[] key = keys[slot];
            if (key == null) {
                return null;
            }
            if (Arrays.equals(key, 0, key.length, text, offset, offset + length)) {
                return values[slot];
            }
        }
    }
}
