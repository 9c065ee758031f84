package io.handspec.runtime;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Reads a final answer as the {@link ResponseSpec} says: the typed body of a success, or the typed
 * {@link ApiException} of an error status. A success body of another shape than declared (an array or
 * a string where an object is, a missing envelope key) is a {@link ResponseMismatchException}.
 */
final class ResponseReader {
    private final ObjectMapper mapper;
    private final Redactor redactor;

    ResponseReader(ObjectMapper mapper, Redactor redactor) {
        this.mapper = mapper;
        this.redactor = redactor;
    }

    <T> ApiResponse<T> read(ApiRequest request, ResponseSpec<T> spec, HttpResult result) {
        int status = result.status();
        if (!((status >= 200 && status < 300) || status == 304)) {
            throw error(request, spec, result);
        }
        if (status == 304) {
            result.discard();
            if (!request.method().equals("GET") && !request.method().equals("HEAD")) {
                // RFC 9110 section 15.4.5: a 304 answers only a conditional GET or HEAD; to anything
                // else the result is lost, and "your copy is current" would not be true
                throw mismatch(request, result, "304 Not Modified answers only GET and HEAD", null);
            }
            // an operation without a body asked for nothing, so nothing is missing: its body() is null
            return new ApiResponse<>(
                    result,
                    spec.readsNothing()
                            ? null
                            : redactor.text(request.method() + " " + request.path() + " (" + request.operationId()
                                    + ") answered 304 Not Modified: the copy from the earlier answer is current, "
                                    + "there is no body"),
                    mapper,
                    redactor::text);
        }
        if (spec.readsNothing()) {
            result.discard();
            return new ApiResponse<>(result, null, null, mapper, redactor::text);
        }
        if (spec.readsStream()) {
            @SuppressWarnings("unchecked")
            T stream =
                    (T) (result.stream() != null ? result.stream() : new java.io.ByteArrayInputStream(result.body()));
            return new ApiResponse<>(result, stream, null, mapper, redactor::text);
        }
        if (spec.readsBytes()) {
            @SuppressWarnings("unchecked")
            T bytes = (T) result.body();
            return new ApiResponse<>(result, bytes, null, mapper, redactor::text);
        }
        if (isBlank(result.body())) {
            return new ApiResponse<>(result, null, null, mapper, redactor::text);
        }
        JsonNode document;
        try {
            document = mapper.readTree(result.body());
        } catch (IOException e) {
            throw mismatch(request, result, "a body that is not JSON: " + e.getMessage(), e);
        }
        JsonNode node = spec.pointer().isEmpty() ? document : document.at(spec.pointer());
        if (node.isMissingNode()) {
            throw mismatch(
                    request, result, "no value at '" + spec.pointer() + "' where the spec puts the result", null);
        }
        if (node.isNull()) {
            return new ApiResponse<>(result, null, document, mapper, redactor::text);
        }
        JavaType type = spec.javaType(mapper);
        String shape = shapeProblem(type, node);
        if (shape != null) {
            throw mismatch(request, result, shape, null);
        }
        try {
            return new ApiResponse<>(result, mapper.convertValue(node, type), document, mapper, redactor::text);
        } catch (IllegalArgumentException e) {
            throw mismatch(
                    request, result, "a value that does not fit " + type.toCanonical() + ": " + e.getMessage(), e);
        }
    }

    /** Why {@code node} cannot be a {@code type}, judged by JSON kind alone, or {@code null}. */
    private static String shapeProblem(JavaType type, JsonNode node) {
        Class<?> raw = type.getRawClass();
        boolean wantsArray = type.isCollectionLikeType() || type.isArrayType() && raw != byte[].class;
        boolean wantsObject = type.isMapLikeType() || isModel(raw);
        if (wantsArray && !node.isArray()) {
            return "a JSON " + node.getNodeType().name().toLowerCase(java.util.Locale.ROOT)
                    + " where the spec declares an array";
        }
        if (wantsObject && !node.isObject()) {
            return "a JSON " + node.getNodeType().name().toLowerCase(java.util.Locale.ROOT)
                    + " where the spec declares an object";
        }
        return null;
    }

    /** A generated model (a concrete class of its own), not a scalar, an open enum, a union or a JDK type. */
    private static boolean isModel(Class<?> raw) {
        return !raw.isInterface()
                && !raw.isEnum()
                && !raw.isPrimitive()
                && !raw.isArray()
                && !WireValue.class.isAssignableFrom(raw)
                && !JsonNode.class.isAssignableFrom(raw)
                && !raw.getName().startsWith("java.")
                && raw != Timestamp.class
                && !Map.class.isAssignableFrom(raw)
                && !readsItself(raw);
    }

    /** A type with its own reading rule (a union's deserializer, a single-value wrapper) may come from any JSON kind. */
    private static boolean readsItself(Class<?> raw) {
        if (raw.isAnnotationPresent(com.fasterxml.jackson.databind.annotation.JsonDeserialize.class)) {
            return true;
        }
        for (java.lang.reflect.Method m : raw.getDeclaredMethods()) {
            if (m.isAnnotationPresent(com.fasterxml.jackson.annotation.JsonValue.class)) {
                return true;
            }
        }
        return false;
    }

    private ResponseMismatchException mismatch(ApiRequest request, HttpResult result, String what, Throwable cause) {
        return new ResponseMismatchException(
                redactor.text(request.method() + " " + request.path() + " (" + request.operationId() + ") answered "
                        + result.status() + " with a response that did not match the spec: " + what),
                result,
                cause);
    }

    private ApiException error(ApiRequest request, ResponseSpec<?> spec, HttpResult result) {
        Object typed = null;
        String failure = null;
        java.lang.reflect.Type type = spec.errorType(result.status());
        if (type != null && !isBlank(result.body())) {
            try {
                typed = mapper.readValue(result.body(), mapper.constructType(type));
            } catch (IOException | IllegalArgumentException e) {
                failure = redactor.text(e.getMessage());
            }
        }
        // masked before it is cut, so a secret across the cut is never left half shown
        int read = Math.min(result.body().length, 2000);
        String snippet = redactor.preview(
                new String(result.body(), 0, read, StandardCharsets.UTF_8), read < result.body().length, 300);
        String message = redactor.text(request.method() + " " + request.path() + " (" + request.operationId()
                        + ") failed with " + result.status())
                + (snippet.isBlank() ? "" : ": " + snippet);
        return ApiException.of(new ApiException.Details(
                message, result.status(), result.headers(), result.body(), typed, failure, type));
    }

    private static boolean isBlank(byte[] body) {
        for (byte b : body) {
            if (!Character.isWhitespace(b)) {
                return false;
            }
        }
        return true;
    }
}
