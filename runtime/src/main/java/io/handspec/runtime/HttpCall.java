package io.handspec.runtime;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One HTTP request, fully resolved: absolute URI, final headers, body bytes. Its {@link #toString()}
 * shows no header value and no query value, since either may be a credential.
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

    /** The same call to another URI, with other headers. */
    HttpCall with(URI newUri, Map<String, List<String>> newHeaders) {
        return new HttpCall(method, newUri, newHeaders, body, timeout);
    }

    @Override
    public String toString() {
        StringBuilder query = new StringBuilder();
        String raw = uri.getRawQuery();
        if (raw != null) {
            for (String pair : raw.split("&")) {
                int eq = pair.indexOf('=');
                query.append(query.length() == 0 ? "?" : "&")
                        .append(eq < 0 ? pair : pair.substring(0, eq) + "=" + Redactor.MASK);
            }
        }
        String where =
                uri.getScheme() + "://" + uri.getRawAuthority() + (uri.getRawPath() == null ? "" : uri.getRawPath());
        return "HttpCall[" + method + " " + where + query + ", headers=" + headers.keySet() + ", body=" + body.length
                + " bytes, timeout=" + timeout + "]";
    }
}
