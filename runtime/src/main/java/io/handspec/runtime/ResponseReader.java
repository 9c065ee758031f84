package io.handspec.runtime;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.base.ParserBase;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.core.json.UTF8StreamJsonParser;
import com.fasterxml.jackson.databind.DatabindException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
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
    /** Reads the parts of a document around the value as trees. */
    private final ObjectReader trees;

    ResponseReader(ObjectMapper mapper, Redactor redactor) {
        this.mapper = mapper;
        this.redactor = redactor;
        this.trees = mapper.readerFor(JsonNode.class).without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
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
            return new ApiResponse<>(result, null, (JsonNode) null, mapper, redactor::text);
        }
        if (spec.readsStream()) {
            @SuppressWarnings("unchecked")
            T stream =
                    (T) (result.stream() != null ? result.stream() : new java.io.ByteArrayInputStream(result.body()));
            return new ApiResponse<>(result, stream, (JsonNode) null, mapper, redactor::text);
        }
        if (spec.readsBytes()) {
            @SuppressWarnings("unchecked")
            T bytes = (T) result.body();
            return new ApiResponse<>(result, bytes, (JsonNode) null, mapper, redactor::text);
        }
        if (isBlank(result.body())) {
            return new ApiResponse<>(result, null, (JsonNode) null, mapper, redactor::text);
        }
        return readJson(request, spec, result);
    }

    /**
     * Reads the value at the spec's pointer straight from the bytes into its type, in one pass that
     * keeps the rest of the document as a tree: no tree of the value is built and converted.
     */
    private <T> ApiResponse<T> readJson(ApiRequest request, ResponseSpec<T> spec, HttpResult result) {
        ResponseSpec.Reading reading = spec.reading(mapper);
        Found<T> found = new Found<>();
        JsonNode outside;
        try (JsonParser p = mapper.createParser(result.body())) {
            if (p.nextToken() == null) {
                throw mismatch(
                        request, result, "no value at '" + spec.pointer() + "' where the spec puts the result", null);
            }
            outside = walk(p, reading.pointer(), 0, reading, found);
        } catch (StreamReadException e) {
            throw mismatch(request, result, "a body that is not JSON: " + e.getMessage(), e);
        } catch (DatabindException | IllegalArgumentException e) {
            throw mismatch(
                    request,
                    result,
                    "a value that does not fit " + reading.type().toCanonical() + ": " + e.getMessage(),
                    e);
        } catch (IOException e) {
            throw mismatch(request, result, "a body that is not JSON: " + e.getMessage(), e);
        }
        if (!found.present) {
            throw mismatch(
                    request, result, "no value at '" + spec.pointer() + "' where the spec puts the result", null);
        }
        if (found.shape != null) {
            throw mismatch(request, result, found.shape, null);
        }
        JsonDocument document = JsonDocument.read(
                result.body(),
                mapper,
                reading.pointer().matches() ? null : outside == ONLY_THE_PATH ? null : outside,
                reading.pointer().matches() || outside != ONLY_THE_PATH ? null : reading.pointer(),
                found.arrays,
                spec.pointer(),
                found.start,
                found.end);
        return new ApiResponse<>(result, found.value, document, mapper, redactor::text);
    }

    /** What the walk found at the pointer. */
    private static final class Found<T> {
        boolean present;
        T value;
        String shape;
        int start = -1;
        int end = -1;
        /** Which depths of the path to the value, when it is only that path, are arrays: by bit. */
        long arrays;
    }

    /**
     * What {@link #walk} returns for a part of the document that holds only the path to the value: each
     * container on it has one member, the next on the path. No tree is made for it; {@link
     * #pathTree} makes the same tree when one is needed.
     */
    private static final JsonNode ONLY_THE_PATH = new TextNode("only the path to the value");

    /**
     * Reads the JSON value the parser is on, at {@code depth} of the pointer: at {@code rest}'s end the
     * typed value (into {@code found}), elsewhere a tree. Returns the tree of what was read, a null
     * where the typed value was; or {@link #ONLY_THE_PATH} for a value that is the path to the typed
     * value and nothing else (most envelopes: {@code {"data": …}}), whose containers it marks in
     * {@code found.arrays}.
     */
    private <T> JsonNode walk(JsonParser p, JsonPointer rest, int depth, ResponseSpec.Reading reading, Found<T> found)
            throws IOException {
        if (rest.matches()) {
            readValue(p, reading, found);
            return ONLY_THE_PATH;
        }
        JsonToken token = p.currentToken();
        // marked by depth in one long: deeper than that, every tree is made as it is read
        boolean marked = depth < Long.SIZE;
        if (token == JsonToken.START_OBJECT) {
            ObjectNode node = null;
            // the first member while it is the only one, and the tree it stands for
            String first = null;
            JsonPointer firstTail = null;
            for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
                p.nextToken();
                if (node == null && first != null) {
                    // a second member: the first was only the path, made now, before a walk marks others
                    node = mapper.getNodeFactory().objectNode();
                    node.replace(first, pathTree(firstTail, found.arrays, depth + 1, mapper.getNodeFactory()));
                }
                JsonPointer tail = rest.matchProperty(name);
                JsonNode child = tail != null ? walk(p, tail, depth + 1, reading, found) : trees.readTree(p);
                if (node == null && child == ONLY_THE_PATH && marked) {
                    first = name;
                    firstTail = tail;
                    continue;
                }
                node = node != null ? node : mapper.getNodeFactory().objectNode();
                node.replace(
                        name,
                        child == ONLY_THE_PATH
                                ? pathTree(tail, found.arrays, depth + 1, mapper.getNodeFactory())
                                : child);
            }
            if (node == null && first != null) {
                found.arrays &= ~(1L << depth);
                return ONLY_THE_PATH;
            }
            return node != null ? node : mapper.getNodeFactory().objectNode();
        }
        if (token == JsonToken.START_ARRAY) {
            ArrayNode node = null;
            JsonPointer firstTail = null;
            for (int i = 0; p.nextToken() != JsonToken.END_ARRAY; i++) {
                if (node == null && firstTail != null) {
                    node = mapper.getNodeFactory().arrayNode();
                    node.add(pathTree(firstTail, found.arrays, depth + 1, mapper.getNodeFactory()));
                }
                JsonPointer tail = rest.matchElement(i);
                JsonNode child = tail != null ? walk(p, tail, depth + 1, reading, found) : trees.readTree(p);
                if (node == null && child == ONLY_THE_PATH && marked) {
                    firstTail = tail;
                    continue;
                }
                node = node != null ? node : mapper.getNodeFactory().arrayNode();
                node.add(
                        child == ONLY_THE_PATH
                                ? pathTree(tail, found.arrays, depth + 1, mapper.getNodeFactory())
                                : child);
            }
            if (node == null && firstTail != null) {
                found.arrays |= 1L << depth;
                return ONLY_THE_PATH;
            }
            return node != null ? node : mapper.getNodeFactory().arrayNode();
        }
        return trees.readTree(p);
    }

    /**
     * The tree {@link #walk} did not make for a value that is only the path to the typed value, from
     * {@code depth} of the pointer on, where {@code rest} is left of it: at each depth an object
     * (an array where {@code arrays} has its bit) holding the next, and a null at the end.
     */
    static JsonNode pathTree(JsonPointer rest, long arrays, int depth, JsonNodeFactory nodes) {
        if (rest.matches()) {
            return NullNode.getInstance();
        }
        JsonNode inner = pathTree(rest.tail(), arrays, depth + 1, nodes);
        if ((arrays & (1L << depth)) != 0) {
            return nodes.arrayNode().add(inner);
        }
        return nodes.objectNode().set(rest.getMatchingProperty(), inner);
    }

    @SuppressWarnings("unchecked")
    private static <T> void readValue(JsonParser p, ResponseSpec.Reading reading, Found<T> found) throws IOException {
        JsonToken token = p.currentToken();
        found.present = true;
        found.value = null;
        found.shape = null;
        found.start = tokenStart(p);
        if (token == JsonToken.VALUE_NULL) {
            found.end = (int) p.currentLocation().getByteOffset();
            return;
        }
        found.shape = shapeProblem(reading.type(), token);
        if (found.shape != null) {
            // the rest is still read, so a body that is not JSON is reported as such
            p.skipChildren();
        } else {
            found.value = (T) reading.reader().readValue(p);
        }
        found.end = valueEnd(p);
    }

    /**
     * Where the value the parser is on starts in the bytes, as {@code currentTokenLocation()} says;
     * for the parser of bytes, without making a location: one past the token's first byte is what it
     * keeps.
     */
    static int tokenStart(JsonParser p) {
        if (p.getClass() == UTF8StreamJsonParser.class && !p.hasToken(JsonToken.FIELD_NAME)) {
            return (int) (((ParserBase) p).getTokenCharacterOffset() - 1);
        }
        return (int) p.currentTokenLocation().getByteOffset();
    }

    /**
     * Where the value that ends at the parser's token ends in the bytes, as {@code currentLocation()}
     * says; for the parser of bytes at the end of an object or array, without making a location: the
     * closing byte is one byte, read last.
     */
    static int valueEnd(JsonParser p) {
        if (p.getClass() == UTF8StreamJsonParser.class
                && (p.hasToken(JsonToken.END_OBJECT) || p.hasToken(JsonToken.END_ARRAY))) {
            return (int) ((ParserBase) p).getTokenCharacterOffset();
        }
        return (int) p.currentLocation().getByteOffset();
    }

    /** Why a JSON value starting with {@code token} cannot be a {@code type}, judged by JSON kind alone, or {@code null}. */
    private static String shapeProblem(JavaType type, JsonToken token) {
        Class<?> raw = type.getRawClass();
        boolean wantsArray = type.isCollectionLikeType() || type.isArrayType() && raw != byte[].class;
        boolean wantsObject = type.isMapLikeType() || MODELS.get(raw);
        if (wantsArray && token != JsonToken.START_ARRAY) {
            return "a JSON " + kind(token) + " where the spec declares an array";
        }
        if (wantsObject && token != JsonToken.START_OBJECT) {
            return "a JSON " + kind(token) + " where the spec declares an object";
        }
        return null;
    }

    /** The JSON kind of a value starting with {@code token}, as a tree node names it. */
    private static String kind(JsonToken token) {
        return switch (token) {
            case START_OBJECT -> "object";
            case START_ARRAY -> "array";
            case VALUE_STRING -> "string";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "number";
            case VALUE_TRUE, VALUE_FALSE -> "boolean";
            case VALUE_NULL -> "null";
            default -> "pojo";
        };
    }

    /** {@link #isModel} by class, judged once: it looks through the class's methods. */
    private static final ClassValue<Boolean> MODELS = new ClassValue<>() {
        @Override
        protected Boolean computeValue(Class<?> raw) {
            return isModel(raw);
        }
    };

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
