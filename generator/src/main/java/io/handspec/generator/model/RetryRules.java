package io.handspec.generator.model;

import java.util.List;
import java.util.Map;

/**
 * {@code x-handspec-retry}: the API's retry rules, checked when made.
 *
 * @param maxAttempts      attempts including the first, at least 1
 * @param initialDelayMs   first backoff, not negative
 * @param maxDelayMs       backoff cap, not less than {@code initialDelayMs}
 * @param statuses         statuses retried, each 100-599
 * @param serverErrors     whether every 5xx is retried
 * @param never            statuses never retried, each 100-599
 * @param retryAfter       whether {@code Retry-After} is honoured
 * @param minimumDelayMs   status to least wait, not negative
 * @param statusDelayMs    status to the wait in place of the backoff (a {@code Retry-After} still wins), not negative
 * @param networkErrors    whether I/O failures are retried
 * @param idempotentOnly   whether only idempotent requests are retried
 */
public record RetryRules(
        int maxAttempts,
        long initialDelayMs,
        long maxDelayMs,
        List<Integer> statuses,
        boolean serverErrors,
        List<Integer> never,
        boolean retryAfter,
        Map<Integer, Long> minimumDelayMs,
        Map<Integer, Long> statusDelayMs,
        boolean networkErrors,
        boolean idempotentOnly) {
    public RetryRules {
        statuses = List.copyOf(statuses);
        never = List.copyOf(never);
        minimumDelayMs = Map.copyOf(minimumDelayMs);
        statusDelayMs = Map.copyOf(statusDelayMs);
        if (maxAttempts < 1 || initialDelayMs < 0 || maxDelayMs < initialDelayMs) {
            throw new IllegalArgumentException("maxAttempts >= 1, 0 <= initialDelayMs <= maxDelayMs");
        }
        for (int status : statuses) {
            checkStatus(status);
        }
        for (int status : never) {
            checkStatus(status);
        }
        for (Map<Integer, Long> delays : List.of(minimumDelayMs, statusDelayMs)) {
            delays.forEach(RetryRules::checkDelay);
        }
    }

    private static void checkDelay(int status, long ms) {
        checkStatus(status);
        if (ms < 0) {
            throw new IllegalArgumentException("negative delay for " + status);
        }
    }

    private static void checkStatus(int status) {
        if (status < 100 || status > 599) {
            throw new IllegalArgumentException("status " + status + " is not 100-599");
        }
    }
}
