package io.handspec.runtime;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
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

    RequestEncoder(ClientConfig config, Redactor redactor, Secrets callSecrets) {
        this.config = config;
        this.redactor = redactor;
        this.callSecrets = callSecrets;
    }

    HttpCall encode(ApiRequest request) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        headers.put("User-Agent", List.of(config.userAgent()));
        headers.put("Accept", List.of("application/json"));
        config.headers().forEach((k, v) -> put(headers, k, List.of(v)));
        request.headers().forEach((k, v) -> put(headers, k, v));
        request.options().headers().forEach((k, v) -> put(headers, k, List.of(v)));
        // a Content-Type the caller set (per client or per call) is theirs: never replaced, only completed
        String callerType = null;
        for (Map.Entry<String, List<String>> e : headers.entrySet()) {
            if (e.getKey().equalsIgnoreCase("Content-Type") && !e.getValue().isEmpty()) {
                callerType = e.getValue().get(0);
                break;
            }
        }
        Duration timeout =
                request.options().timeout() != null ? request.options().timeout() : config.requestTimeout();
        if (request.bodyKind() == BodyKind.MULTIPART) {
            MultipartEncoder.Encoded multipart = multipart(request, callerType);
            put(headers, "Content-Type", List.of(multipart.contentType()));
            return new HttpCall(request.method(), uri(request), headers, null, timeout, multipart.body());
        }
        byte[] body = body(request);
        if (body.length > 0 && request.contentType() != null && callerType == null) {
            put(headers, "Content-Type", List.of(request.contentType()));
        }
        return new HttpCall(request.method(), uri(request), headers, body, timeout);
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

    private void put(Map<String, List<String>> headers, String name, List<String> values) {
        for (String value : values) {
            HeaderValues.check(name, value);
            if (redactor.isCredentialHeader(name)) {
                callSecrets.addHeaderValue(value);
            }
        }
        headers.keySet().removeIf(k -> k.equalsIgnoreCase(name));
        headers.put(name, values);
    }

    private URI uri(ApiRequest request) {
        if (request.absoluteUri() != null) {
            return request.absoluteUri();
        }
        StringBuilder s = new StringBuilder(config.baseUri().toString()).append(request.path());
        char sep = '?';
        for (ApiRequest.QueryPair pair : request.query()) {
            s.append(sep).append(pair.name()).append('=').append(pair.value());
            sep = '&';
        }
        try {
            return URI.create(s.toString());
        } catch (IllegalArgumentException e) {
            throw new HandspecException(
                    redactor.text("the request URI of " + request.operationId() + " is not valid: " + e.getMessage()),
                    null);
        }
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
                        : wrapping.computeIfAbsent(request.rootKey(), key -> mapper.writer()
                                        .withRootName(key))
                                .writeValueAsBytes(request.body());
            };
        } catch (IOException | IllegalArgumentException | ClassCastException e) {
            throw new HandspecException(
                    redactor.text("cannot encode the body of " + request.operationId() + ": " + e.getMessage()), e);
        }
    }

    static ObjectNode toJsonObject(ObjectMapper mapper, Object value) {
        return mapper.valueToTree(value) instanceof ObjectNode object ? object : mapper.createObjectNode();
    }
}
