package io.handspec.generator.spec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Typed access to the value of an {@code x-handspec-*} extension, as the parser hands it over
 * (maps, lists and scalars, or Jackson nodes): each accessor reports a value of the wrong kind as a
 * placed problem and returns a fallback, so one bad value never hides the next.
 */
final class ExtensionValues {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final Problems problems;

    ExtensionValues(Problems problems) {
        this.problems = problems;
    }

    /** The value as plain Java maps, lists and scalars. */
    static Object plain(Object value) {
        return value instanceof JsonNode node ? MAPPER.convertValue(node, Object.class) : value;
    }

    /** The value as an object, or {@code null} (and a problem) when it is something else. */
    Map<String, Object> object(Object value, String pointer, String expected) {
        Object v = plain(value);
        if (v instanceof Map<?, ?> m) {
            Map<String, Object> out = new LinkedHashMap<>();
            m.forEach((k, x) -> out.put(String.valueOf(k), x));
            return out;
        }
        problems.error(pointer, "must be an object such as " + expected + ", not '" + v + "'");
        return null;
    }

    /** Reports every key of {@code m} that is not one of {@code known}: a misspelt key would otherwise be ignored. */
    void onlyKeys(Map<String, Object> m, String pointer, Set<String> known) {
        for (String key : m.keySet()) {
            if (!known.contains(key)) {
                problems.error(
                        pointer + "/" + SourceIndex.escape(key),
                        "unknown field '" + key + "'; the fields here are "
                                + String.join(", ", new java.util.TreeSet<>(known)));
            }
        }
    }

    /** A text value, or {@code fallback} when absent. */
    String string(Map<String, Object> m, String key, String pointer, String fallback) {
        Object v = m.get(key);
        if (v == null) {
            return fallback;
        }
        if (v instanceof String s) {
            return s;
        }
        problems.error(pointer + "/" + key, key + " must be a text, not '" + v + "'");
        return fallback;
    }

    /** A JSON pointer ({@code ""} or starting with {@code /}), or {@code fallback} when absent. */
    String jsonPointer(Map<String, Object> m, String key, String pointer, String fallback) {
        String s = string(m, key, pointer, fallback);
        if (s != null && !s.isEmpty() && !s.startsWith("/")) {
            problems.error(
                    pointer + "/" + key,
                    key + " must be a JSON pointer such as /data (or \"\" for the whole body), not '" + s + "'");
        }
        return s;
    }

    /** A whole number in {@code [min, max]}, or {@code fallback} when absent or wrong. */
    long integer(Map<String, Object> m, String key, String pointer, long min, long max, long fallback) {
        Object v = m.get(key);
        if (v == null) {
            return fallback;
        }
        Long n = wholeNumber(v);
        if (n == null || n < min || n > max) {
            problems.error(
                    pointer + "/" + key,
                    key + " must be a whole number from " + min + (max == Long.MAX_VALUE ? " up" : " to " + max)
                            + ", not '" + v + "'");
            return fallback;
        }
        return n;
    }

    /** A boolean, or {@code fallback} when absent or wrong. */
    boolean bool(Map<String, Object> m, String key, String pointer, boolean fallback) {
        Object v = m.get(key);
        if (v == null) {
            return fallback;
        }
        if (v instanceof Boolean b) {
            return b;
        }
        problems.error(pointer + "/" + key, key + " must be true or false, not '" + v + "'");
        return fallback;
    }

    /** A list, or an empty one (and a problem) when it is something else. */
    List<Object> list(Map<String, Object> m, String key, String pointer) {
        Object v = plain(m.get(key));
        if (v == null) {
            return List.of();
        }
        if (v instanceof List<?> l) {
            return List.copyOf(
                    l.stream().map(x -> x == null ? "null" : (Object) x).toList());
        }
        problems.error(pointer + "/" + key, key + " must be a list such as [429, 503], not '" + v + "'");
        return List.of();
    }

    /** The value as a {@code long} when it is a whole number that fits, else {@code null}. */
    static Long wholeNumber(Object v) {
        if (!(v instanceof Number n)) {
            return null;
        }
        try {
            return new BigDecimal(n.toString()).longValueExact();
        } catch (ArithmeticException | NumberFormatException e) {
            return null;
        }
    }
}
