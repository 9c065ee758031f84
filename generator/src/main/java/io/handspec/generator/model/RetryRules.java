package io.handspec.generator.model;

import java.util.List;
import java.util.Map;

/**
 * {@code x-handspec-retry}: the API's retry rules.
 *
 * @param maxAttempts      attempts including the first
 * @param initialDelayMs   first backoff
 * @param maxDelayMs       backoff cap
 * @param statuses         statuses retried
 * @param serverErrors     whether every 5xx is retried
 * @param never            statuses never retried
 * @param retryAfter       whether {@code Retry-After} is honoured
 * @param minimumDelayMs   status to least wait
 * @param networkErrors    whether I/O failures are retried
 * @param idempotentOnly   whether only idempotent requests are retried
 */
public record RetryRules(int maxAttempts, long initialDelayMs, long maxDelayMs, List<Integer> statuses, boolean serverErrors,
                         List<Integer> never, boolean retryAfter, Map<Integer, Long> minimumDelayMs, boolean networkErrors,
                         boolean idempotentOnly) {
    public RetryRules {
        statuses = List.copyOf(statuses);
        never = List.copyOf(never);
        minimumDelayMs = Map.copyOf(minimumDelayMs);
    }
}
