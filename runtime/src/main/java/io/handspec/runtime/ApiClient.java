package io.handspec.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/**
 * Sends {@link ApiRequest}s as the configuration says: applies credentials, encodes bodies, follows
 * redirects (credentials stay on the original origin), retries by the {@link RetryPolicy}, and reads
 * the result or the typed error. Thread-safe; generated API classes share one.
 */
public final class ApiClient {
    private static final System.Logger LOG = System.getLogger(ApiClient.class.getName());
    private static final int MAX_REDIRECTS = 5;

    private final ClientConfig config;

    public ApiClient(ClientConfig config) {
        this.config = config;
    }

    public ClientConfig config() {
        return config;
    }

    public ObjectMapper mapper() {
        return config.mapper();
    }

    /** Sends the request and reads the response as {@code spec} says; throws {@link ApiException} on an error status. */
    public <T> ApiResponse<T> execute(ApiRequest request, ResponseSpec<T> spec) {
        Redactor redactor = new Redactor(config.authentications());
        RetryPolicy policy = config.retryPolicy();
        int maxAttempts = request.options().maxAttempts() != null ? request.options().maxAttempts() : policy.maxAttempts();
        boolean mayRetry = policy.allows(request.idempotent());
        byte[] body = encodeBody(request);
        boolean recovered = false;
        for (int attempt = 1; ; attempt++) {
            HttpResult result;
            try {
                result = sendFollowingRedirects(request, body, attempt, redactor);
            } catch (IOException e) {
                String message = redactor.text("I/O error on " + request.method() + " " + request.path() + ": " + e);
                if (attempt < maxAttempts && mayRetry && policy.retriesNetworkErrors()) {
                    pause(policy.delay(attempt, 0, Optional.empty(), config.clock()), message);
                    continue;
                }
                throw new ApiIoException(message, e);
            }
            for (Authentication auth : config.authentications()) {
                auth.onResponse(result);
            }
            int status = result.status();
            if (!recovered && status >= 400 && recover(status)) {
                recovered = true;
                attempt--;
                continue;
            }
            if ((status >= 200 && status < 300) || status == 304) {
                return read(request, spec, result, redactor);
            }
            if (attempt < maxAttempts && mayRetry && policy.retriesStatus(status)) {
                pause(policy.delay(attempt, status, result.header("Retry-After"), config.clock()),
                        request.method() + " " + request.path() + " answered " + status);
                continue;
            }
            throw error(request, spec, result, redactor);
        }
    }

    /** {@link #execute} on the configured executor. */
    public <T> CompletableFuture<ApiResponse<T>> executeAsync(ApiRequest request, ResponseSpec<T> spec) {
        return CompletableFuture.supplyAsync(() -> execute(request, spec), config.executor());
    }

    /** Encodes a model or map as the JSON tree the wire will carry; used by pagers that edit a body. */
    public ObjectNode toJsonObject(Object value) {
        JsonNode node = config.mapper().valueToTree(value);
        return node instanceof ObjectNode object ? object : config.mapper().createObjectNode();
    }

    private boolean recover(int status) {
        boolean any = false;
        for (Authentication auth : config.authentications()) {
            any |= auth.recover(status);
        }
        return any;
    }

    private void pause(Duration delay, String why) {
        LOG.log(Level.INFO, () -> why + "; retrying in " + delay.toMillis() + " ms");
        try {
            config.sleeper().sleep(delay);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ApiIoException("interrupted while waiting to retry", e);
        }
    }

    private HttpResult sendFollowingRedirects(ApiRequest request, byte[] body, int attempt, Redactor redactor)
            throws IOException {
        URI uri = uri(request);
        String method = request.method();
        byte[] currentBody = body;
        URI origin = config.baseUri();
        for (int hop = 0; ; hop++) {
            boolean sameOrigin = sameOrigin(origin, uri);
            HttpCall call = call(request, method, sameOrigin ? uri : stripQueryCredentials(uri, redactor), currentBody, sameOrigin);
            HttpResult result = send(request, call, attempt, redactor);
            Optional<String> location = result.header("Location");
            if (!isRedirect(result.status()) || location.isEmpty() || hop >= MAX_REDIRECTS) {
                return result;
            }
            uri = uri.resolve(location.get());
            if (result.status() == 303) {
                method = "GET";
                currentBody = new byte[0];
            }
        }
    }

    private HttpResult send(ApiRequest request, HttpCall call, int attempt, Redactor redactor) throws IOException {
        String shownUri = redactor.uri(call.uri().toString());
        Map<String, List<String>> shownHeaders = redactor.headers(call.headers());
        for (ExchangeListener l : config.listeners()) {
            l.onRequest(new ExchangeListener.Exchange(request.operationId(), attempt, call.method(), shownUri, shownHeaders, 0, 0, null));
        }
        LOG.log(Level.DEBUG, () -> call.method() + " " + shownUri + " (attempt " + attempt + ")");
        long start = System.nanoTime();
        try {
            HttpResult result = config.transport().send(call).get();
            long elapsed = System.nanoTime() - start;
            for (ExchangeListener l : config.listeners()) {
                l.onResponse(new ExchangeListener.Exchange(request.operationId(), attempt, call.method(), shownUri, shownHeaders,
                        result.status(), elapsed, null));
            }
            return result;
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            for (ExchangeListener l : config.listeners()) {
                l.onResponse(new ExchangeListener.Exchange(request.operationId(), attempt, call.method(), shownUri, shownHeaders,
                        0, System.nanoTime() - start, cause));
            }
            if (cause instanceof IOException io) {
                throw io;
            }
            throw new ApiIoException(redactor.text("transport failed: " + cause), cause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ApiIoException("interrupted", e);
        }
    }

    private HttpCall call(ApiRequest request, String method, URI uri, byte[] body, boolean withAuth) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        headers.put("User-Agent", List.of(config.userAgent()));
        headers.put("Accept", List.of("application/json"));
        config.headers().forEach((k, v) -> headers.put(k, List.of(v)));
        headers.putAll(request.headers());
        request.options().headers().forEach((k, v) -> headers.put(k, List.of(v)));
        if (body.length > 0 && request.contentType() != null) {
            headers.put("Content-Type", List.of(request.contentType()));
        }
        URI finalUri = uri;
        if (withAuth) {
            List<String[]> extraQuery = new ArrayList<>();
            Authentication.AuthTarget target = new Authentication.AuthTarget() {
                @Override
                public String method() {
                    return method;
                }

                @Override
                public void setHeader(String name, String value) {
                    headers.keySet().removeIf(k -> k.equalsIgnoreCase(name));
                    headers.put(name, List.of(value));
                }

                @Override
                public void addQuery(String name, String value) {
                    extraQuery.add(new String[] {UrlEncoding.encode(name), UrlEncoding.encode(value)});
                }
            };
            for (Authentication auth : config.authentications()) {
                auth.apply(target);
            }
            if (!extraQuery.isEmpty()) {
                StringBuilder s = new StringBuilder(uri.toString());
                char sep = uri.getRawQuery() == null ? '?' : '&';
                for (String[] pair : extraQuery) {
                    s.append(sep).append(pair[0]).append('=').append(pair[1]);
                    sep = '&';
                }
                finalUri = URI.create(s.toString());
            }
        }
        Duration timeout = request.options().timeout() != null ? request.options().timeout() : config.requestTimeout();
        return new HttpCall(method, finalUri, headers, body, timeout);
    }

    private URI uri(ApiRequest request) {
        if (request.absoluteUri() != null) {
            return request.absoluteUri();
        }
        StringBuilder s = new StringBuilder(config.baseUri().toString()).append(request.path());
        if (!request.query().isEmpty()) {
            char sep = '?';
            for (String[] pair : request.query()) {
                s.append(sep).append(pair[0]).append('=').append(pair[1]);
                sep = '&';
            }
        }
        return URI.create(s.toString());
    }

    private static URI stripQueryCredentials(URI uri, Redactor redactor) {
        String redacted = redactor.uri(uri.toString());
        return redacted.equals(uri.toString()) ? uri : URI.create(redacted.replace("=" + Redactor.MASK, "="));
    }

    private static boolean sameOrigin(URI a, URI b) {
        return a.getScheme().equalsIgnoreCase(b.getScheme()) && a.getHost().equalsIgnoreCase(b.getHost())
                && port(a) == port(b);
    }

    private static int port(URI u) {
        return u.getPort() != -1 ? u.getPort() : ("https".equalsIgnoreCase(u.getScheme()) ? 443 : 80);
    }

    private static boolean isRedirect(int status) {
        return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
    }

    private byte[] encodeBody(ApiRequest request) {
        try {
            return switch (request.bodyKind()) {
                case NONE -> new byte[0];
                case BINARY -> (byte[]) request.body();
                case FORM -> FormEncoder.encode(toJsonObject(request.body()));
                case JSON -> {
                    Object value = request.body();
                    if (request.rootKey() != null) {
                        ObjectNode wrapper = config.mapper().createObjectNode();
                        wrapper.set(request.rootKey(), config.mapper().valueToTree(value));
                        value = wrapper;
                    }
                    yield config.mapper().writeValueAsBytes(value);
                }
            };
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot encode the body of " + request.operationId() + ": " + e.getMessage(), e);
        }
    }

    private <T> ApiResponse<T> read(ApiRequest request, ResponseSpec<T> spec, HttpResult result, Redactor redactor) {
        if (result.status() == 304 || spec.readsNothing()) {
            return new ApiResponse<>(result.status(), result.headers(), result.body(), null, null, config.mapper());
        }
        if (spec.readsBytes()) {
            @SuppressWarnings("unchecked")
            T bytes = (T) result.body();
            return new ApiResponse<>(result.status(), result.headers(), result.body(), bytes, null, config.mapper());
        }
        if (isBlank(result.body())) {
            return new ApiResponse<>(result.status(), result.headers(), result.body(), null, null, config.mapper());
        }
        try {
            JsonNode document = config.mapper().readTree(result.body());
            JsonNode node = spec.pointer().isEmpty() ? document : document.at(spec.pointer());
            T value = node.isMissingNode() || node.isNull() ? null
                    : config.mapper().convertValue(node, spec.javaType(config.mapper()));
            return new ApiResponse<>(result.status(), result.headers(), result.body(), value, document, config.mapper());
        } catch (IOException | IllegalArgumentException e) {
            throw new ResponseMismatchException(redactor.text(request.method() + " " + request.path() + " answered "
                    + result.status() + " with a body that does not match the spec: " + e.getMessage()), result, e);
        }
    }

    private ApiException error(ApiRequest request, ResponseSpec<?> spec, HttpResult result, Redactor redactor) {
        Object typed = null;
        String failure = null;
        var type = spec.errorType(result.status());
        if (type != null && !isBlank(result.body())) {
            try {
                typed = config.mapper().readValue(result.body(), type);
            } catch (IOException | IllegalArgumentException e) {
                failure = e.getMessage();
            }
        }
        String snippet = new String(result.body(), 0, Math.min(result.body().length, 300), java.nio.charset.StandardCharsets.UTF_8);
        String message = redactor.text(request.method() + " " + request.path() + " (" + request.operationId() + ") failed with "
                + result.status() + (snippet.isBlank() ? "" : ": " + snippet));
        return ApiException.of(new ApiException.Details(message, result.status(), result.headers(), result.body(), typed, failure));
    }

    private static boolean isBlank(byte[] body) {
        for (byte b : body) {
            if (!Character.isWhitespace(b)) {
                return false;
            }
        }
        return true;
    }
}
