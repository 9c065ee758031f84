package io.handspec.generator.spec;

import io.handspec.generator.model.RetryRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Reads the root's {@code x-handspec-retry} into checked {@link RetryRules}. */
final class RetryReader {
    static final String X_RETRY = "x-handspec-retry";
    private static final String POINTER = "/" + X_RETRY;
    private static final Set<String> KEYS = Set.of(
            "maxAttempts",
            "initialDelayMs",
            "maxDelayMs",
            "statuses",
            "never",
            "retryAfter",
            "minimumDelayMs",
            "statusDelayMs",
            "networkErrors",
            "idempotentOnly");
    private static final long MAX_DELAY_MS = 24L * 60 * 60 * 1000;

    private final Problems problems;
    private final ExtensionValues values;

    RetryReader(Problems problems) {
        this.problems = problems;
        this.values = new ExtensionValues(problems);
    }

    /** The rules, or {@code null} for the runtime's defaults (also when they are wrong: the problems stop generation). */
    RetryRules read(Object value) {
        if (value == null) {
            return null;
        }
        Map<String, Object> m = values.object(value, POINTER, "{maxAttempts: 3, statuses: [429, 503]}");
        if (m == null) {
            return null;
        }
        int before = problems.errors().size();
        values.onlyKeys(m, POINTER, KEYS);
        int maxAttempts = (int) values.integer(m, "maxAttempts", POINTER, 1, 100, 3);
        long initial = values.integer(m, "initialDelayMs", POINTER, 0, MAX_DELAY_MS, 500);
        long max = values.integer(m, "maxDelayMs", POINTER, 0, MAX_DELAY_MS, Math.max(8000, initial));
        if (max < initial) {
            problems.error(
                    POINTER + "/maxDelayMs",
                    "maxDelayMs (" + max + ") must not be less than initialDelayMs (" + initial + ")");
        }
        List<Integer> statuses = new ArrayList<>();
        boolean serverErrors = false;
        for (Object o : values.list(m, "statuses", POINTER)) {
            if ("5XX".equalsIgnoreCase(String.valueOf(o))) {
                serverErrors = true;
            } else {
                status(
                        o,
                        POINTER + "/statuses",
                        "a status is a number from 100 to 599 or '5XX', not '" + o + "'",
                        statuses);
            }
        }
        List<Integer> never = new ArrayList<>();
        for (Object o : values.list(m, "never", POINTER)) {
            status(o, POINTER + "/never", "a status is a number from 100 to 599, not '" + o + "'", never);
        }
        Map<Integer, Long> minimum = delays(m, "minimumDelayMs");
        Map<Integer, Long> statusDelay = delays(m, "statusDelayMs");
        boolean retryAfter = values.bool(m, "retryAfter", POINTER, true);
        boolean networkErrors = values.bool(m, "networkErrors", POINTER, true);
        boolean idempotentOnly = values.bool(m, "idempotentOnly", POINTER, true);
        if (problems.errors().size() > before) {
            return null;
        }
        return new RetryRules(
                maxAttempts,
                initial,
                max,
                statuses,
                serverErrors,
                never,
                retryAfter,
                minimum,
                statusDelay,
                networkErrors,
                idempotentOnly);
    }

    /** A map of status ("429") to milliseconds from 0 to a day, as {@code minimumDelayMs} and {@code statusDelayMs} are. */
    private Map<Integer, Long> delays(Map<String, Object> m, String key) {
        Map<Integer, Long> out = new TreeMap<>();
        String pointer = POINTER + "/" + key;
        Map<String, Object> delays =
                m.containsKey(key) ? values.object(m.get(key), pointer, "{\"429\": 1000}") : Map.of();
        (delays == null ? Map.<String, Object>of() : delays).forEach((k, v) -> {
            Long ms = ExtensionValues.wholeNumber(v);
            if (k.matches("[1-5]\\d\\d") && ms != null && ms >= 0 && ms <= MAX_DELAY_MS) {
                out.put(Integer.parseInt(k), ms);
            } else {
                problems.error(
                        pointer + "/" + SourceIndex.escape(k),
                        key + " maps a status such as \"429\" to milliseconds (0 to " + MAX_DELAY_MS + "); '" + k + ": "
                                + v + "' is not that");
            }
        });
        return out;
    }

    private void status(Object o, String pointer, String message, List<Integer> into) {
        Long n = ExtensionValues.wholeNumber(o);
        if (n != null && n >= 100 && n <= 599) {
            into.add(n.intValue());
        } else {
            problems.error(pointer, message);
        }
    }
}
