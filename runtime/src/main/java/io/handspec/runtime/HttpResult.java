package io.handspec.runtime;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One HTTP response as received: status, headers, body bytes.
 *
 * @param status  HTTP status code
 * @param headers header name to values; look-ups through {@link #header(String)} ignore case
 * @param body    response body, empty for none
 */
public record HttpResult(int status, Map<String, List<String>> headers, byte[] body) {
    public HttpResult {
        headers = Headers.copyOf(headers);
        body = body == null ? new byte[0] : body;
    }

    /** The first value of a header, ignoring the case of its name. */
    public Optional<String> header(String name) {
        return Headers.first(headers, name);
    }
}
