package io.handspec.runtime;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.DoubleSupplier;

/**
 * When to send a request again and how long to wait first. Generated clients start from the
 * policy their spec declares ({@code x-handspec-retry}); users override it on the client builder.
 *
 * <p>The delay before retry {@code n} (1-based) is exponential with jitter: a random value in
 * {@code [d/2, d]} where {@code d = min(initialDelay * 2^(n-1), maxDelay)}. A {@code Retry-After}
 * header (seconds or HTTP date) replaces it when {@link #respectRetryAfter()} is set. A per-status
 * delay (Toggl's "back off for a few minutes" on 429) stands in for the backoff when no readable
 * {@code Retry-After} came, and the per-status minimum ({@code 429 -> 1s} for Toggl) is a floor
 * under all of them.
 */
public final class RetryPolicy {
    private final int maxAttempts;
    private final Duration initialDelay;
    private final Duration maxDelay;
    private final Duration maxRetryAfter;
    private final Set<Integer> retryStatuses;
    private final boolean retryServerErrors;
    private final Set<Integer> neverRetry;
    private final boolean respectRetryAfter;
    private final Map<Integer, Duration> minimumDelay;
    private final Map<Integer, Duration> statusDelay;
    private final boolean retryNetworkErrors;
    private final boolean idempotentOnly;
    private final DoubleSupplier random;

    private RetryPolicy(Builder b) {
        this.maxAttempts = b.maxAttempts;
        this.initialDelay = b.initialDelay;
        this.maxDelay = b.maxDelay;
        this.maxRetryAfter = b.maxRetryAfter;
        this.retryStatuses = Set.copyOf(b.retryStatuses);
        this.retryServerErrors = b.retryServerErrors;
        this.neverRetry = Set.copyOf(b.neverRetry);
        this.respectRetryAfter = b.respectRetryAfter;
        this.minimumDelay = Map.copyOf(b.minimumDelay);
        this.statusDelay = Map.copyOf(b.statusDelay);
        this.retryNetworkErrors = b.retryNetworkErrors;
        this.idempotentOnly = b.idempotentOnly;
        this.random = b.random;
    }

    /** Never retries. */
    public static RetryPolicy none() {
        return builder().maxAttempts(1).build();
    }

    /** 3 attempts on 429, 5xx and network errors; idempotent requests only; honours {@code Retry-After}. */
    public static RetryPolicy defaults() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        Builder b = new Builder();
        b.maxAttempts = maxAttempts;
        b.initialDelay = initialDelay;
        b.maxDelay = maxDelay;
        b.maxRetryAfter = maxRetryAfter;
        b.retryStatuses = new java.util.HashSet<>(retryStatuses);
        b.retryServerErrors = retryServerErrors;
        b.neverRetry = new java.util.HashSet<>(neverRetry);
        b.respectRetryAfter = respectRetryAfter;
        b.minimumDelay = new TreeMap<>(minimumDelay);
        b.statusDelay = new TreeMap<>(statusDelay);
        b.retryNetworkErrors = retryNetworkErrors;
        b.idempotentOnly = idempotentOnly;
        b.random = random;
        return b;
    }

    public int maxAttempts() {
        return maxAttempts;
    }

    public boolean respectRetryAfter() {
        return respectRetryAfter;
    }

    /** Whether a response with {@code status} may be retried (ignoring attempts and idempotency). */
    public boolean retriesStatus(int status) {
        if (neverRetry.contains(status)) {
            return false;
        }
        return retryStatuses.contains(status) || (retryServerErrors && status >= 500 && status <= 599);
    }

    public boolean retriesNetworkErrors() {
        return retryNetworkErrors;
    }

    /** Whether a request of this idempotency may be retried at all. */
    public boolean allows(boolean idempotent) {
        return idempotent || !idempotentOnly;
    }

    /**
     * The wait before retry number {@code retry} (1-based) after a response with {@code status}
     * (0 for a network error) and the given {@code Retry-After} header value.
     */
    public Duration delay(int retry, int status, Optional<String> retryAfter, Clock clock) {
        Duration chosen = null;
        if (respectRetryAfter && retryAfter.isPresent()) {
            chosen = parseRetryAfter(retryAfter.get(), clock);
            if (chosen != null && chosen.compareTo(maxRetryAfter) > 0) {
                chosen = maxRetryAfter;
            }
        }
        if (chosen == null) {
            chosen = statusDelay.get(status);
        }
        if (chosen == null) {
            long base = initialDelay.toMillis() << Math.min(retry - 1, 30);
            long capped = Math.min(Math.max(base, 0), maxDelay.toMillis());
            long jittered = capped / 2 + Math.round(random.getAsDouble() * (capped - capped / 2));
            chosen = Duration.ofMillis(jittered);
        }
        Duration floor = minimumDelay.get(status);
        return floor != null && floor.compareTo(chosen) > 0 ? floor : chosen;
    }

    static Duration parseRetryAfter(String value, Clock clock) {
        String trimmed = value.trim();
        try {
            long seconds = Long.parseLong(trimmed);
            return Duration.ofSeconds(Math.max(seconds, 0));
        } catch (NumberFormatException notSeconds) {
            try {
                Instant at = ZonedDateTime.parse(trimmed, DateTimeFormatter.RFC_1123_DATE_TIME)
                        .toInstant();
                Duration until = Duration.between(clock.instant(), at);
                return until.isNegative() ? Duration.ZERO : until;
            } catch (DateTimeParseException notADate) {
                return null;
            }
        }
    }

    @Override
    public String toString() {
        return "RetryPolicy[maxAttempts=" + maxAttempts + ", statuses=" + new java.util.TreeSet<>(retryStatuses)
                + (retryServerErrors ? "+5xx" : "") + ", never=" + new java.util.TreeSet<>(neverRetry)
                + ", retryAfter=" + respectRetryAfter + ", idempotentOnly=" + idempotentOnly + "]";
    }

    /** Builds a {@link RetryPolicy}. */
    public static final class Builder {
        private int maxAttempts = 3;
        private Duration initialDelay = Duration.ofMillis(500);
        private Duration maxDelay = Duration.ofSeconds(8);
        private Duration maxRetryAfter = Duration.ofMinutes(5);
        private Set<Integer> retryStatuses = new java.util.HashSet<>(Set.of(408, 429));
        private boolean retryServerErrors = true;
        private Set<Integer> neverRetry = new java.util.HashSet<>();
        private boolean respectRetryAfter = true;
        private Map<Integer, Duration> minimumDelay = new TreeMap<>();
        private Map<Integer, Duration> statusDelay = new TreeMap<>();
        private boolean retryNetworkErrors = true;
        private boolean idempotentOnly = true;
        private DoubleSupplier random = Math::random;

        private Builder() {}

        /** Total attempts including the first; 1 means never retry. */
        public Builder maxAttempts(int value) {
            if (value < 1) {
                throw new HandspecException("maxAttempts < 1", null);
            }
            this.maxAttempts = value;
            return this;
        }

        public Builder initialDelay(Duration value) {
            this.initialDelay = value;
            return this;
        }

        public Builder maxDelay(Duration value) {
            this.maxDelay = value;
            return this;
        }

        /** The longest {@code Retry-After} that is honoured; longer ones are cut to this. */
        public Builder maxRetryAfter(Duration value) {
            this.maxRetryAfter = value;
            return this;
        }

        /** Statuses that are retried (replacing the defaults 408 and 429). */
        public Builder retryStatuses(Set<Integer> value) {
            this.retryStatuses = new java.util.HashSet<>(value);
            return this;
        }

        /** Whether every 5xx is retried. */
        public Builder retryServerErrors(boolean value) {
            this.retryServerErrors = value;
            return this;
        }

        /** Statuses that are never retried, whatever else says. */
        public Builder neverRetry(Set<Integer> value) {
            this.neverRetry = new java.util.HashSet<>(value);
            return this;
        }

        public Builder respectRetryAfter(boolean value) {
            this.respectRetryAfter = value;
            return this;
        }

        /** The least wait after a response with {@code status}. */
        public Builder minimumDelay(int status, Duration value) {
            this.minimumDelay.put(status, value);
            return this;
        }

        /**
         * The wait after a response with {@code status}, in place of the exponential backoff; an
         * honoured {@code Retry-After} still replaces it and the {@link #minimumDelay} still floors it.
         */
        public Builder statusDelay(int status, Duration value) {
            if (value == null || value.isNegative()) {
                throw new HandspecException(
                        "the delay after status " + status + " must be 0 or more, not " + value, null);
            }
            this.statusDelay.put(status, value);
            return this;
        }

        public Builder retryNetworkErrors(boolean value) {
            this.retryNetworkErrors = value;
            return this;
        }

        /** Whether only idempotent requests (GET, PUT, DELETE, ...) are retried. */
        public Builder idempotentOnly(boolean value) {
            this.idempotentOnly = value;
            return this;
        }

        /** The source of jitter, a value in [0, 1); inject a fixed one in tests. */
        public Builder random(DoubleSupplier value) {
            this.random = value;
            return this;
        }

        public RetryPolicy build() {
            return new RetryPolicy(this);
        }
    }
}
