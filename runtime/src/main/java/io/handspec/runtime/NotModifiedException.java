package io.handspec.runtime;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The server answered 304 Not Modified to a conditional request ({@code If-None-Match},
 * {@code If-Modified-Since}): the copy the caller holds is current, and there is no body to return.
 * Thrown where a body was asked for (the plain method, {@link ApiResponse#body()}) so a 304 is never
 * mistaken for a {@code null} result; {@link ApiResponse#notModified()} tests for it without a throw.
 * An operation without a body asks for none, so its {@code void} method returns on a 304 as on any
 * success. A paged listing ends after a 304 to its first page (the items throw this); conditional
 * headers are sent with the first page only, and a 304 to a later page is a {@link PagingException}.
 * Not an {@link ApiException}: it is not an error status, and error handlers should not see it.
 */
public final class NotModifiedException extends HandspecException {
    private static final long serialVersionUID = 1L;

    private final transient Map<String, List<String>> headers;

    NotModifiedException(String message, Map<String, List<String>> headers) {
        super(message, null);
        this.headers = headers;
    }

    /** Always 304. */
    public int status() {
        return 304;
    }

    public Map<String, List<String>> headers() {
        return headers;
    }

    /** The first value of a response header, ignoring case. */
    public Optional<String> header(String name) {
        return Headers.first(headers, name);
    }

    /** The entity tag the server still has, to send again in the next {@code If-None-Match}. */
    public Optional<String> etag() {
        return header("ETag");
    }
}
