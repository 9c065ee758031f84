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
 * @param stream  a body put together when sent (multipart with files or streams), or {@code null} when it is in
 *                {@code body}
 */
public record HttpCall(
        String method, URI uri, Map<String, List<String>> headers, byte[] body, Duration timeout, StreamedBody stream) {
    public HttpCall {
        Objects.requireNonNull(method, "method == null");
        Objects.requireNonNull(uri, "uri == null");
        headers = Headers.copyOf(headers);
        body = body == null ? new byte[0] : body;
    }

    /** A call whose body is in memory. */
    public HttpCall(String method, URI uri, Map<String, List<String>> headers, byte[] body, Duration timeout) {
        this(method, uri, headers, body, timeout, null);
    }

    /**
     * The body's bytes. A {@link #stream()} body is read into memory here, for transports that take
     * only bytes; a transport that can stream uses {@link #stream()} instead.
     */
    @Override
    public byte[] body() {
        return stream != null ? stream.readAll() : body;
    }

    /** Whether the call carries a body, without reading a streamed one. */
    public boolean hasBody() {
        return stream != null || body.length > 0;
    }

    /** Whether the call can be sent again as it is: false when a body part comes from a stream read once. */
    public boolean replayable() {
        return stream == null || stream.replayable();
    }

    /** The same call to another URI, with other headers. */
    HttpCall with(URI newUri, Map<String, List<String>> newHeaders) {
        return new HttpCall(method, newUri, newHeaders, body, timeout, stream);
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
        return "HttpCall[" + method + " " + where + query + ", headers=" + headers.keySet() + ", body="
                + (stream != null ? stream.toString() : body.length + " bytes") + ", timeout=" + timeout + "]";
    }
}
