package io.handspec.runtime;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * How to read an operation's response: the success type, where in the document it sits (an
 * envelope's {@code /data}, a root key's {@code /app}), and the error type per status: the
 * operation's own declarations ({@link #error(String, Type)}: exact status, then range, then
 * {@code default}) and below them the API-wide ones ({@link #errors(ErrorTypes)}).
 *
 * @param <T> the success type
 */
public final class ResponseSpec<T> {
    /** The success type as Jackson reads it, or {@code null} for {@link #rawType}. */
    private final Type type;

    private final Class<?> rawType;
    private final String pointer;
    private final ErrorTypes declared;
    private final ErrorTypes apiWide;
    /** How to read the success type, for the mapper last used: specs are constants that clients share. */
    private volatile Reading reading;

    private ResponseSpec(Type type, Class<?> rawType, String pointer, ErrorTypes declared, ErrorTypes apiWide) {
        this.type = type;
        this.rawType = rawType;
        this.pointer = pointer;
        this.declared = declared;
        this.apiWide = apiWide;
    }

    /** A JSON body of {@code type}, found at {@code pointer} ("" for the whole document). */
    public static <T> ResponseSpec<T> json(TypeReference<T> type, String pointer) {
        return new ResponseSpec<>(type.getType(), null, pointer, ErrorTypes.none(), ErrorTypes.none());
    }

    /**
     * A JSON array of {@code item}s, found at {@code pointer} ("" for the whole document): as
     * {@link #json(TypeReference, String)} with a {@code TypeReference<List<E>>}, without a class of its own.
     *
     * @param <E>     the item type
     * @param item    the item class
     * @param pointer where the array sits
     * @return the spec
     */
    public static <E> ResponseSpec<List<E>> jsonList(Class<E> item, String pointer) {
        return new ResponseSpec<>(
                new Parameterized(List.class, item), null, pointer, ErrorTypes.none(), ErrorTypes.none());
    }

    /**
     * A JSON object of {@code value}s by name, found at {@code pointer} ("" for the whole document):
     * as {@link #json(TypeReference, String)} with a {@code TypeReference<Map<String, V>>}.
     *
     * @param <V>     the value type
     * @param value   the value class
     * @param pointer where the object sits
     * @return the spec
     */
    public static <V> ResponseSpec<Map<String, V>> jsonMap(Class<V> value, String pointer) {
        return new ResponseSpec<>(
                new Parameterized(Map.class, String.class, value), null, pointer, ErrorTypes.none(), ErrorTypes.none());
    }

    /** A JSON body of {@code type}, found at {@code pointer} ("" for the whole document). */
    public static <T> ResponseSpec<T> json(Class<T> type, String pointer) {
        return new ResponseSpec<>(null, type, pointer, ErrorTypes.none(), ErrorTypes.none());
    }

    /** No body is read (204, or a body the spec does not describe). */
    public static ResponseSpec<Void> none() {
        return new ResponseSpec<>(null, Void.class, "", ErrorTypes.none(), ErrorTypes.none());
    }

    /** The body as raw bytes. */
    public static ResponseSpec<byte[]> bytes() {
        return new ResponseSpec<>(null, byte[].class, "", ErrorTypes.none(), ErrorTypes.none());
    }

    /**
     * The body as a stream, for downloads that are large by nature: not read into memory, not bound
     * by the size limit. The caller reads and closes it.
     */
    public static ResponseSpec<java.io.InputStream> stream() {
        return new ResponseSpec<>(null, java.io.InputStream.class, "", ErrorTypes.none(), ErrorTypes.none());
    }

    /** Adds the error type the spec declares for {@code status}. */
    public ResponseSpec<T> error(int status, TypeReference<?> errorType) {
        return error(Integer.toString(status), errorType.getType());
    }

    /** Sets the error type for statuses without one of their own. */
    public ResponseSpec<T> defaultError(TypeReference<?> errorType) {
        return error("default", errorType.getType());
    }

    /**
     * Adds the operation's error type for {@code status}.
     *
     * @param status    an exact status ({@code "404"}), a range ({@code "5XX"}) or {@code "default"}
     * @param errorType the body type, e.g. {@code Error.class}
     * @return the spec
     */
    public ResponseSpec<T> error(String status, Type errorType) {
        return new ResponseSpec<>(type, rawType, pointer, declared.with(status, errorType), apiWide);
    }

    /**
     * As {@link #error(String, Type)}, for a generic type such as {@code List<Problem>}.
     *
     * @param status    an exact status, a range or {@code "default"}
     * @param errorType the body type
     * @return the spec
     */
    public ResponseSpec<T> error(String status, TypeReference<?> errorType) {
        return error(status, errorType.getType());
    }

    /**
     * Sets the API-wide error types, used for a status the operation types no body for (not even by
     * {@code default}).
     *
     * @param apiWide the API's declaration
     * @return the spec
     */
    public ResponseSpec<T> errors(ErrorTypes apiWide) {
        return new ResponseSpec<>(type, rawType, pointer, declared, apiWide);
    }

    /**
     * {@link ApiClient#execute} of {@code request} read as this spec says. Generated operations call
     * this (and the three below) rather than the client's generic methods: a method of the spec's
     * own type needs no type inference, so javac compiles each call faster.
     *
     * @param client  the client that sends
     * @param request the request
     * @return the response
     */
    public ApiResponse<T> send(ApiClient client, ApiRequest request) {
        return client.execute(request, this);
    }

    /**
     * The body of {@link #send}.
     *
     * @param client  the client that sends
     * @param request the request
     * @return the body
     */
    public T body(ApiClient client, ApiRequest request) {
        return client.execute(request, this).body();
    }

    /**
     * {@link ApiClient#executeAsync} of {@code request} read as this spec says.
     *
     * @param client  the client that sends
     * @param request the request
     * @return the response when it is read
     */
    public CompletableFuture<ApiResponse<T>> sendAsync(ApiClient client, ApiRequest request) {
        return client.executeAsync(request, this);
    }

    /**
     * The body of {@link #sendAsync}, as {@link ApiResponse#bodyOf} gives it.
     *
     * @param client  the client that sends
     * @param request the request
     * @return the body when it is read
     */
    public CompletableFuture<T> bodyAsync(ApiClient client, ApiRequest request) {
        return ApiResponse.bodyOf(client.executeAsync(request, this));
    }

    String pointer() {
        return pointer;
    }

    boolean readsNothing() {
        return rawType == Void.class;
    }

    boolean readsStream() {
        return rawType == java.io.InputStream.class;
    }

    boolean readsBytes() {
        return rawType == byte[].class;
    }

    JavaType javaType(ObjectMapper mapper) {
        return mapper.getTypeFactory().constructType(type != null ? type : rawType);
    }

    /** {@code List<E>} or {@code Map<String, V>} as a reflective type, for Jackson. */
    private static final class Parameterized implements ParameterizedType {
        private final Class<?> raw;
        private final Type[] arguments;

        Parameterized(Class<?> raw, Type... arguments) {
            this.raw = raw;
            this.arguments = arguments;
        }

        @Override
        public Type[] getActualTypeArguments() {
            return arguments.clone();
        }

        @Override
        public Type getRawType() {
            return raw;
        }

        @Override
        public Type getOwnerType() {
            return null;
        }

        @Override
        public String toString() {
            return raw.getName() + Arrays.toString(arguments).replace('[', '<').replace(']', '>');
        }
    }

    /**
     * How {@code mapper} reads this spec's success type from a parser placed on it, and where the
     * value sits; made once per mapper, not per call.
     */
    Reading reading(ObjectMapper mapper) {
        Reading r = reading;
        if (r == null || r.mapper() != mapper) {
            JavaType javaType = javaType(mapper);
            r = new Reading(
                    mapper,
                    javaType,
                    mapper.readerFor(javaType).without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS),
                    JsonPointer.compile(pointer));
            reading = r;
        }
        return r;
    }

    /**
     * What reading a success takes with one mapper.
     *
     * @param mapper  the mapper
     * @param type    the success type
     * @param reader  reads it from a parser on its first token, leaving the parser on its last
     * @param pointer where it sits in the document
     */
    record Reading(ObjectMapper mapper, JavaType type, ObjectReader reader, JsonPointer pointer) {}

    /** The type of {@code status}'s error body, or {@code null} when none is declared. */
    Type errorType(int status) {
        Type own = declared.typeFor(status);
        return own != null ? own : apiWide.typeFor(status);
    }
}
