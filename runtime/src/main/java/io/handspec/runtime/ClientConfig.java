package io.handspec.runtime;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Executor;

/**
 * Everything a client needs to talk to one API: base URL, transport, credentials, retry policy,
 * timeouts, default headers, listeners. Immutable; derive variants with {@link #toBuilder()}.
 */
public final class ClientConfig {
    private final URI baseUri;
    private final HttpTransport transport;
    private final List<Authentication> authentications;
    private final RetryPolicy retryPolicy;
    private final Duration connectTimeout;
    private final Duration requestTimeout;
    private final Map<String, String> headers;
    private final List<ExchangeListener> listeners;
    private final ObjectMapper mapper;
    private final String userAgent;
    private final Clock clock;
    private final RetryTimer retryTimer;
    private final Executor executor;
    private final long maxBodyBytes;

    private ClientConfig(Builder b) {
        this.baseUri = Objects.requireNonNull(b.baseUri, "baseUri == null");
        this.connectTimeout = b.connectTimeout;
        this.maxBodyBytes = b.maxBodyBytes;
        this.transport = b.transport != null ? b.transport : defaultTransport(b);
        this.authentications = List.copyOf(b.authentications);
        this.retryPolicy = b.retryPolicy;
        this.requestTimeout = b.requestTimeout;
        this.headers = Map.copyOf(b.headers);
        this.listeners = List.copyOf(b.listeners);
        this.mapper = b.mapper != null ? b.mapper : Json.newMapper();
        this.userAgent = b.userAgent;
        this.clock = b.clock;
        this.retryTimer = b.retryTimer;
        this.executor = b.executor;
    }

    private static HttpTransport defaultTransport(Builder b) {
        java.net.http.HttpClient.Builder http = java.net.http.HttpClient.newBuilder()
                .connectTimeout(b.connectTimeout)
                .followRedirects(java.net.http.HttpClient.Redirect.NEVER);
        if (b.executor != null) {
            http.executor(b.executor);
        }
        return new JdkHttpTransport(http.build(), b.maxBodyBytes);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this configuration, to derive a variant. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.baseUri = baseUri;
        b.transport = transport;
        b.authentications.addAll(authentications);
        b.retryPolicy = retryPolicy;
        b.connectTimeout = connectTimeout;
        b.requestTimeout = requestTimeout;
        b.headers.putAll(headers);
        b.listeners.addAll(listeners);
        b.mapper = mapper;
        b.userAgent = userAgent;
        b.clock = clock;
        b.retryTimer = retryTimer;
        b.executor = executor;
        b.maxBodyBytes = maxBodyBytes;
        return b;
    }

    public URI baseUri() {
        return baseUri;
    }

    public HttpTransport transport() {
        return transport;
    }

    public List<Authentication> authentications() {
        return authentications;
    }

    public RetryPolicy retryPolicy() {
        return retryPolicy;
    }

    public Duration requestTimeout() {
        return requestTimeout;
    }

    public Map<String, String> headers() {
        return headers;
    }

    public List<ExchangeListener> listeners() {
        return listeners;
    }

    public ObjectMapper mapper() {
        return mapper;
    }

    public String userAgent() {
        return userAgent;
    }

    public Clock clock() {
        return clock;
    }

    /** How the client waits between attempts. */
    public RetryTimer retryTimer() {
        return retryTimer;
    }

    /** The executor the default transport runs its callbacks on, or {@code null} for the JDK's. */
    public Executor executor() {
        return executor;
    }

    /** The largest response body read, in bytes; a larger one fails with {@link ResponseTooLargeException}. */
    public long maxBodyBytes() {
        return maxBodyBytes;
    }

    @Override
    public String toString() {
        return "ClientConfig[baseUri=" + baseUri + ", auth=" + authentications + ", retry=" + retryPolicy + "]";
    }

    /** Builds a {@link ClientConfig}. */
    public static final class Builder {
        private URI baseUri;
        private HttpTransport transport;
        private final List<Authentication> authentications = new ArrayList<>();
        private RetryPolicy retryPolicy = RetryPolicy.defaults();
        private Duration connectTimeout = Duration.ofSeconds(10);
        private Duration requestTimeout = Duration.ofSeconds(60);
        private final Map<String, String> headers = new LinkedHashMap<>();
        private final List<ExchangeListener> listeners = new ArrayList<>();
        private ObjectMapper mapper;
        private String userAgent = "handspec-runtime";
        private Clock clock = Clock.systemUTC();
        private RetryTimer retryTimer = RetryTimer.SYSTEM;
        private Executor executor;
        private long maxBodyBytes = JdkHttpTransport.DEFAULT_MAX_BODY_BYTES;

        private Builder() {}

        /** The API's base URL; paths of operations are appended to it. */
        public Builder baseUri(URI value) {
            String text = value.toString();
            this.baseUri = URI.create(text.endsWith("/") ? text.substring(0, text.length() - 1) : text);
            return this;
        }

        public Builder transport(HttpTransport value) {
            this.transport = value;
            return this;
        }

        /** Adds a credential; several are all applied (e.g. a key and a session). */
        public Builder authentication(Authentication value) {
            this.authentications.add(Objects.requireNonNull(value, "authentication == null"));
            return this;
        }

        /** Removes every credential. */
        public Builder clearAuthentications() {
            this.authentications.clear();
            return this;
        }

        public Builder retryPolicy(RetryPolicy value) {
            this.retryPolicy = Objects.requireNonNull(value, "retryPolicy == null");
            return this;
        }

        /** Used when the default transport is created; ignored with {@link #transport}. */
        public Builder connectTimeout(Duration value) {
            this.connectTimeout = value;
            return this;
        }

        public Builder requestTimeout(Duration value) {
            this.requestTimeout = value;
            return this;
        }

        /** A header sent on every request; a value with a line break fails here, without showing it. */
        public Builder header(String name, String value) {
            this.headers.put(name, HeaderValues.check(name, value));
            return this;
        }

        public Builder listener(ExchangeListener value) {
            this.listeners.add(value);
            return this;
        }

        /**
         * The mapper for JSON bodies, instead of {@link Json#newMapper()}; register {@link
         * Json#modelModule()} on it to read and write generated models as fast as that one does.
         *
         * @param value the mapper
         * @return this builder
         */
        public Builder mapper(ObjectMapper value) {
            this.mapper = value;
            return this;
        }

        public Builder userAgent(String value) {
            this.userAgent = value;
            return this;
        }

        /** The clock used to read HTTP-date {@code Retry-After} values. */
        public Builder clock(Clock value) {
            this.clock = value;
            return this;
        }

        /** How the client waits between attempts without holding a thread; tests inject one that records. */
        public Builder retryTimer(RetryTimer value) {
            this.retryTimer = Objects.requireNonNull(value, "retryTimer == null");
            return this;
        }

        /**
         * A blocking wait between attempts, for tests that record delays: it runs on the thread that
         * saw the failed attempt. Prefer {@link #retryTimer}.
         */
        public Builder sleeper(Sleeper value) {
            Objects.requireNonNull(value, "sleeper == null");
            this.retryTimer = delay -> {
                try {
                    value.sleep(delay);
                    return java.util.concurrent.CompletableFuture.completedFuture(null);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return java.util.concurrent.CompletableFuture.failedFuture(
                            new ApiIoException("interrupted while waiting to retry", e));
                }
            };
            return this;
        }

        /** The executor the default transport runs its callbacks on; ignored with {@link #transport}. */
        public Builder executor(Executor value) {
            this.executor = value;
            return this;
        }

        /** The largest response body to read (default 64 MiB); a larger one fails with {@link ResponseTooLargeException}. */
        public Builder maxBodyBytes(long value) {
            if (value < 0) {
                throw new HandspecException("maxBodyBytes < 0", null);
            }
            this.maxBodyBytes = value;
            return this;
        }

        public ClientConfig build() {
            return new ClientConfig(this);
        }
    }
}
