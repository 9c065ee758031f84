package io.handspec.runtime;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Per-call settings that override the client's: extra headers, timeout, attempts, idempotency.
 *
 * <pre>{@code
 * api.getTask("42", RequestOptions.builder().timeout(Duration.ofSeconds(5)).header("X-Trace", "abc").build());
 * }</pre>
 */
public final class RequestOptions {
    private static final RequestOptions NONE = builder().build();

    private final Map<String, String> headers;
    private final Duration timeout;
    private final Integer maxAttempts;
    private final Boolean idempotent;

    private RequestOptions(Builder b) {
        this.headers = Map.copyOf(b.headers);
        this.timeout = b.timeout;
        this.maxAttempts = b.maxAttempts;
        this.idempotent = b.idempotent;
    }

    /** No overrides. */
    public static RequestOptions none() {
        return NONE;
    }

    public static Builder builder() {
        return new Builder();
    }

    public Map<String, String> headers() {
        return headers;
    }

    /** The timeout for this call, or {@code null} for the client's. */
    public Duration timeout() {
        return timeout;
    }

    /** Attempts for this call, or {@code null} for the retry policy's. */
    public Integer maxAttempts() {
        return maxAttempts;
    }

    /** Whether this call may be retried as idempotent, or {@code null} to decide by method. */
    public Boolean idempotent() {
        return idempotent;
    }

    /** These options without the headers {@code drop} accepts; this object when there is none. */
    RequestOptions without(java.util.function.Predicate<String> drop) {
        if (headers.keySet().stream().noneMatch(drop)) {
            return this;
        }
        Builder b = builder();
        headers.forEach((k, v) -> {
            if (!drop.test(k)) {
                b.headers.put(k, v);
            }
        });
        b.timeout = timeout;
        b.maxAttempts = maxAttempts;
        b.idempotent = idempotent;
        return b.build();
    }

    /** Builds {@link RequestOptions}. */
    public static final class Builder {
        private final Map<String, String> headers = new LinkedHashMap<>();
        private Duration timeout;
        private Integer maxAttempts;
        private Boolean idempotent;

        private Builder() {}

        /** A header for this call; a value with a line break fails here, without showing it. */
        public Builder header(String name, String value) {
            headers.put(name, HeaderValues.check(name, value));
            return this;
        }

        public Builder timeout(Duration value) {
            this.timeout = value;
            return this;
        }

        public Builder maxAttempts(int value) {
            if (value < 1) {
                throw new HandspecException("maxAttempts < 1", null);
            }
            this.maxAttempts = value;
            return this;
        }

        public Builder idempotent(boolean value) {
            this.idempotent = value;
            return this;
        }

        public RequestOptions build() {
            return new RequestOptions(this);
        }
    }
}
