package io.handspec.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
    private final JsonDocument document;
    private final ObjectMapper mapper;
    private final java.util.function.UnaryOperator<String> redact;
    /** For a 304 of an operation with a body, what {@link #body()} throws with; else {@code null}. */
    private final String notModified;

    ApiResponse(
            HttpResult result,
            T body,
            JsonNode document,
            ObjectMapper mapper,
            java.util.function.UnaryOperator<String> redact) {
        this(result, body, JsonDocument.of(document), mapper, redact);
    }

    ApiResponse(
            HttpResult result,
            T body,
            JsonDocument document,
            ObjectMapper mapper,
            java.util.function.UnaryOperator<String> redact) {
        this.redact = redact;
        this.status = result.status();
        this.headers = result.headers();
        this.rawBody = result.body();
        this.body = body;
        this.document = document;
        this.mapper = mapper;
        this.notModified = null;
    }

    /**
     * A 304 Not Modified: {@link #body()} throws a {@link NotModifiedException} with {@code message},
     * or returns {@code null} when {@code message} is {@code null} (an operation without a body).
     */
    ApiResponse(
            HttpResult result, String message, ObjectMapper mapper, java.util.function.UnaryOperator<String> redact) {
        this.redact = redact;
        this.status = result.status();
        this.headers = result.headers();
        this.rawBody = result.body();
        this.body = null;
        this.document = JsonDocument.of(null);
        this.mapper = mapper;
        this.notModified = message;
    }

    public int status() {
        return status;
    }

    /**
     * {@code true} for 304: the resource did not change since the {@code If-None-Match} tag or
     * {@code If-Modified-Since} date; there is no body, and {@link #body()} throws, except for an
     * operation that has no body anyway, whose {@code void} method returns as for any success.
     */
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

    /**
     * The typed body; {@code null} for an empty body or an operation without one.
     *
     * @return the body
     * @throws NotModifiedException on a 304 (see {@link #notModified()}) of an operation with a body:
     *     there is none, and a {@code null} would read as "no value" rather than "your copy is current"
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
        return document.whole();
    }

    /** The node at {@code pointer} in the document, without building the whole tree when the rest of it can answer. */
    JsonNode at(String pointer) {
        return document.at(pointer);
    }

    /** Where in {@link #rawBody} the typed body was read from, as {@code [start, end)}, or {@code null}. */
    int[] bodyRange() {
        return document.valueRange();
    }

    /** The raw body, not copied: for the runtime's own reading. */
    byte[] rawBodyBytes() {
        return rawBody;
    }

    /**
     * The whole document read as {@code type}: the typed way to reach an envelope around the body,
     * e.g. Kayako's {@code notifications}, {@code logs} and {@code total_count}.
     *
     * @throws ResponseMismatchException when the document does not fit {@code type}
     */
    public <E> E documentAs(Class<E> type) {
        try {
            JsonNode whole = document.whole();
            return mapper.treeToValue(whole.isMissingNode() ? mapper.createObjectNode() : whole, type);
        } catch (com.fasterxml.jackson.core.JsonProcessingException | IllegalArgumentException e) {
            throw new ResponseMismatchException(
                    redact.apply("the response document is not a " + type.getSimpleName() + ": " + e.getMessage()),
                    new HttpResult(status, headers, rawBody),
                    e);
        }
    }
}
