package io.handspec.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

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
    private final ObjectMapper mapper;
    private final java.util.function.UnaryOperator<String> redact;
    /** For a 304, what {@link #body()} throws with; else {@code null}. */
    private final String notModified;

    ApiResponse(
            HttpResult result,
            T body,
            JsonNode document,
            ObjectMapper mapper,
            java.util.function.UnaryOperator<String> redact) {
        this.redact = redact;
        this.status = result.status();
        this.headers = result.headers();
        this.rawBody = result.body();
        this.body = body;
        this.document = document == null ? MissingNode.getInstance() : document;
        this.mapper = mapper;
        this.notModified = null;
    }

    /** A 304 Not Modified: {@link #body()} throws a {@link NotModifiedException} with {@code message}. */
    ApiResponse(
            HttpResult result, String message, ObjectMapper mapper, java.util.function.UnaryOperator<String> redact) {
        this.redact = redact;
        this.status = result.status();
        this.headers = result.headers();
        this.rawBody = result.body();
        this.body = null;
        this.document = MissingNode.getInstance();
        this.mapper = mapper;
        this.notModified = message;
    }

    public int status() {
        return status;
    }

    /**
     * {@code true} for 304: the resource did not change since the {@code If-None-Match} tag or
     * {@code If-Modified-Since} date; there is no body, and {@link #body()} throws.
     */
    public boolean notModified() {
        return notModified != null;
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

    /**
     * The typed body; {@code null} for an empty body or an operation without one.
     *
     * @return the body
     * @throws NotModifiedException on a 304 (see {@link #notModified()}): there is no body, and a
     *     {@code null} would read as "no value" rather than "your copy is current"
     */
    public T body() {
        if (notModified != null) {
            throw new NotModifiedException(notModified, headers);
        }
        return body;
    }

    /**
     * The bodies of a future response: what a generated {@code async()} view returns, from its
     * {@code withRawResponse()} view's future.
     *
     * @param <T>      the typed body
     * @param response the future response
     * @return a future completing with {@link #body()}, or exceptionally as {@code response} does or
     *     as {@link #body()} throws
     */
    public static <T> CompletableFuture<T> bodyOf(CompletableFuture<ApiResponse<T>> response) {
        return response.thenApply(ApiResponse::body);
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

    /**
     * The whole document read as {@code type}: the typed way to reach an envelope around the body,
     * e.g. Kayako's {@code notifications}, {@code logs} and {@code total_count}.
     *
     * @throws ResponseMismatchException when the document does not fit {@code type}
     */
    public <E> E documentAs(Class<E> type) {
        try {
            return mapper.treeToValue(document.isMissingNode() ? mapper.createObjectNode() : document, type);
        } catch (com.fasterxml.jackson.core.JsonProcessingException | IllegalArgumentException e) {
            throw new ResponseMismatchException(
                    redact.apply("the response document is not a " + type.getSimpleName() + ": " + e.getMessage()),
                    new HttpResult(status, headers, rawBody),
                    e);
        }
    }
}
