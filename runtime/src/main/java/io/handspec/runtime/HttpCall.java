package io.handspec.runtime;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One HTTP request, fully resolved: absolute URI, final headers, body bytes.
 *
 * @param method  HTTP method, upper case
 * @param uri     absolute URI including the encoded query
 * @param headers header name to values, in the order they are sent
 * @param body    request body, empty for none
 * @param timeout how long to wait for the whole response, or {@code null} for the transport's default
 */
public record HttpCall(String method, URI uri, Map<String, List<String>> headers, byte[] body, Duration timeout) {
    public HttpCall {
        Objects.requireNonNull(method, "method == null");
        Objects.requireNonNull(uri, "uri == null");
        headers = Headers.copyOf(headers);
        body = body == null ? new byte[0] : body;
    }
}
