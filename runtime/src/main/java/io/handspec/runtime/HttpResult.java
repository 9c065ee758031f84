package io.handspec.runtime;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One HTTP response as received: status, headers, body bytes.
 *
 * @param status  HTTP status code
 * @param headers header name to values; look-ups through {@link #header(String)} ignore case
 * @param body    response body, empty for none or when it is streamed
 * @param stream  the body as a stream not yet read (a download), or {@code null} when it is in {@code body}
 */
public record HttpResult(int status, Map<String, List<String>> headers, byte[] body, InputStream stream) {
    public HttpResult {
        headers = Headers.copyOf(headers);
        body = body == null ? new byte[0] : body;
    }

    /** A result whose body was read into memory. */
    public HttpResult(int status, Map<String, List<String>> headers, byte[] body) {
        this(status, headers, body, null);
    }

    /** This result with its streamed body read into memory, at most {@code limit} bytes; the stream is closed. */
    HttpResult read(long limit) {
        if (stream == null) {
            return this;
        }
        try (InputStream in = stream) {
            byte[] bytes = in.readNBytes((int) Math.min(limit, Integer.MAX_VALUE - 8));
            return new HttpResult(status, headers, bytes, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Closes a streamed body that nobody will read (an answer that is retried or redirected). */
    void discard() {
        if (stream != null) {
            try {
                stream.close();
            } catch (IOException ignored) {
                // the connection is dropped either way
            }
        }
    }

    /** The first value of a header, ignoring the case of its name. */
    public Optional<String> header(String name) {
        return Headers.first(headers, name);
    }
}
