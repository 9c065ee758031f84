package io.handspec.runtime;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Turns an {@link ApiRequest} into the {@link HttpCall} the layers send: absolute URI, default,
 * per-client and per-call headers (each checked), and the encoded body. Credentials are added later,
 * by the {@link AuthLayer}. A credential-named header the caller set is registered as a secret here.
 */
final class RequestEncoder {
    private final ClientConfig config;
    private final Redactor redactor;
    private final Secrets callSecrets;
    /** A writer per root key that wraps the body in an object under it ({@code {"data": ...}}). */
    private final Map<String, ObjectWriter> wrapping = new ConcurrentHashMap<>();

    /** The client's {@code User-Agent}, made once. */
    private final List<String> userAgent;

    private static final List<String> JSON = List.of("application/json");

    RequestEncoder(ClientConfig config, Redactor redactor, Secrets callSecrets) {
        this.config = config;
        this.redactor = redactor;
        this.callSecrets = callSecrets;
        this.userAgent = config.userAgent() == null ? null : List.of(config.userAgent());
    }

    HttpCall encode(ApiRequest request) {
        // one case-insensitive map, handed to the call as it is: a header given again replaces the earlier one
        java.util.TreeMap<String, List<String>> headers = Headers.newMap();
        headers.put("User-Agent", userAgent != null ? userAgent : List.of(config.userAgent()));
        headers.put("Accept", JSON);
        if (!config.headers().isEmpty()) {
            config.headers().forEach((k, v) -> put(headers, k, List.of(v)));
        }
        if (!request.headers().isEmpty()) {
            request.headers().forEach((k, v) -> put(headers, k, v));
        }
        if (!request.options().headers().isEmpty()) {
            request.options().headers().forEach((k, v) -> put(headers, k, List.of(v)));
        }
        // a Content-Type the caller set (per client or per call) is theirs: never replaced, only completed
        List<String> callerTypes = headers.get("Content-Type");
        String callerType = callerTypes == null || callerTypes.isEmpty() ? null : callerTypes.get(0);
        Duration timeout =
                request.options().timeout() != null ? request.options().timeout() : config.requestTimeout();
        if (request.bodyKind() == BodyKind.MULTIPART) {
            MultipartEncoder.Encoded multipart = multipart(request, callerType);
            put(headers, "Content-Type", List.of(multipart.contentType()));
            return new HttpCall(request.method(), uri(request), Headers.own(headers), null, timeout, multipart.body());
        }
        byte[] body = body(request);
        if (body.length > 0 && request.contentType() != null && callerType == null) {
            put(headers, "Content-Type", List.of(request.contentType()));
        }
        return new HttpCall(request.method(), uri(request), Headers.own(headers), body, timeout);
    }

    private MultipartEncoder.Encoded multipart(ApiRequest request, String callerType) {
        try {
            return MultipartEncoder.encode(
                    (MultipartBody) request.body(),
                    config.mapper(),
                    request.contentType(),
                    callerType,
                    request.operationId());
        } catch (IllegalArgumentException | ClassCastException e) {
            throw new HandspecException(
                    redactor.text("cannot encode the body of " + request.operationId() + ": " + e.getMessage()), e);
        }
    }

    /** Sets a header, checked, in place of any earlier one of the name in whatever case; {@code values} is immutable. */
    private void put(java.util.TreeMap<String, List<String>> headers, String name, List<String> values) {
        for (String value : values) {
            HeaderValues.check(name, value);
            if (redactor.isCredentialHeader(name)) {
                callSecrets.addHeaderValue(value);
            }
        }
        // removed first, so the name is spelled as given last
        headers.remove(name);
        headers.put(name, values);
    }

    private URI uri(ApiRequest request) {
        if (request.absoluteUri() != null) {
            return request.absoluteUri();
        }
        StringBuilder s = new StringBuilder(request.path());
        char sep = '?';
        for (ApiRequest.QueryPair pair : request.query()) {
            s.append(sep).append(pair.name()).append('=').append(pair.value());
            sep = '&';
        }
        try {
            return join(config.baseUri(), s.toString());
        } catch (IllegalArgumentException e) {
            throw new HandspecException(
                    redactor.text("the request URI of " + request.operationId() + " is not valid: " + e.getMessage()),
                    null);
        }
    }

    /**
     * The URI {@code base}'s text followed by {@code rest} (a path and query) spells. Where it can be
     * (a base without query or fragment, a path that begins with one '/') only the path and query are
     * parsed and put on the base's scheme and authority, instead of the whole text on every call.
     */
    static URI join(URI base, String rest) {
        String path = (base.getRawPath() == null ? "" : base.getRawPath()) + rest;
        if (base.isAbsolute()
                && base.getRawAuthority() != null
                // "h:" (an empty port): the resolved URI would spell it "h"
                && !base.getRawAuthority().endsWith(":")
                && base.getRawQuery() == null
                && base.getRawFragment() == null
                && path.startsWith("/")
                && !path.startsWith("//")) {
            return base.resolve(URI.create(path));
        }
        return URI.create(base + rest);
    }

    private byte[] body(ApiRequest request) {
        ObjectMapper mapper = config.mapper();
        try {
            return switch (request.bodyKind()) {
                case NONE, MULTIPART -> new byte[0];
                case BINARY -> (byte[]) request.body();
                case FORM -> FormEncoder.encode(toJsonObject(mapper, request.body()), request.formRules());
                    // written in one pass, wrapped by the writer: no tree of the body is built first
                case JSON -> request.rootKey() == null
                        ? mapper.writeValueAsBytes(request.body())
                        : wrapper(request.rootKey()).writeValueAsBytes(request.body());
            };
        } catch (IOException | IllegalArgumentException | ClassCastException e) {
            throw new HandspecException(
                    redactor.text("cannot encode the body of " + request.operationId() + ": " + e.getMessage()), e);
        }
    }

    /** The writer that wraps a body under {@code key}, made once per key. */
    private ObjectWriter wrapper(String key) {
        ObjectWriter writer = wrapping.get(key);
        return writer != null
                ? writer
                : wrapping.computeIfAbsent(key, k -> config.mapper().writer().withRootName(k));
    }

    static ObjectNode toJsonObject(ObjectMapper mapper, Object value) {
        return mapper.valueToTree(value) instanceof ObjectNode object ? object : mapper.createObjectNode();
    }
}
