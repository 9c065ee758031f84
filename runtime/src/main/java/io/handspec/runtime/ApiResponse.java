package io.handspec.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A typed result together with the raw response: status, headers, body bytes, and the whole JSON
 * document (to reach envelope fields such as Kayako's {@code total_count} or {@code notifications}).
 *
 * @param <T> the typed body
 */
public final class ApiResponse<T> {
    private final int status;
    private final Map<String, List<String>> headers;
    private final byte[] rawBody;
    private final T body;
    private final JsonNode document;

    ApiResponse(int status, Map<String, List<String>> headers, byte[] rawBody, T body, JsonNode document) {
        this.status = status;
        this.headers = headers;
        this.rawBody = rawBody;
        this.body = body;
        this.document = document == null ? MissingNode.getInstance() : document;
    }

    public int status() {
        return status;
    }

    /** {@code true} for 304: the resource did not change since the {@code If-None-Match} tag; {@link #body()} is null. */
    public boolean notModified() {
        return status == 304;
    }

    public Map<String, List<String>> headers() {
        return headers;
    }

    /** The first value of a response header, ignoring case. */
    public Optional<String> header(String name) {
        return Headers.first(headers, name);
    }

    /** The entity tag of this response, for a later conditional request. */
    public Optional<String> etag() {
        return header("ETag");
    }

    /** The typed body; {@code null} for an empty body, a 304 or an operation without one. */
    public T body() {
        return body;
    }

    public byte[] rawBody() {
        return rawBody.clone();
    }

    public String rawBodyAsString() {
        return new String(rawBody, StandardCharsets.UTF_8);
    }

    /** The whole JSON document the body came from; a missing node when the body was not JSON. */
    public JsonNode document() {
        return document;
    }

    /** The same response with another typed body (used to unwrap pages). */
    public <U> ApiResponse<U> withBody(U newBody) {
        return new ApiResponse<>(status, headers, rawBody, newBody, document);
    }
}
