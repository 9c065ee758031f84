package io.handspec.runtime;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashMap;
import java.util.Map;

/**
 * How to read an operation's response: the success type, where in the document it sits (an
 * envelope's {@code /data}, a root key's {@code /app}), and the error type per status.
 *
 * @param <T> the success type
 */
public final class ResponseSpec<T> {
    private final TypeReference<T> type;
    private final Class<T> rawType;
    private final String pointer;
    private final Map<Integer, TypeReference<?>> errors;
    private final TypeReference<?> defaultError;

    private ResponseSpec(
            TypeReference<T> type,
            Class<T> rawType,
            String pointer,
            Map<Integer, TypeReference<?>> errors,
            TypeReference<?> defaultError) {
        this.type = type;
        this.rawType = rawType;
        this.pointer = pointer;
        this.errors = Map.copyOf(errors);
        this.defaultError = defaultError;
    }

    /** A JSON body of {@code type}, found at {@code pointer} ("" for the whole document). */
    public static <T> ResponseSpec<T> json(TypeReference<T> type, String pointer) {
        return new ResponseSpec<>(type, null, pointer, Map.of(), null);
    }

    /** A JSON body of {@code type}, found at {@code pointer} ("" for the whole document). */
    public static <T> ResponseSpec<T> json(Class<T> type, String pointer) {
        return new ResponseSpec<>(null, type, pointer, Map.of(), null);
    }

    /** No body is read (204, or a body the spec does not describe). */
    public static ResponseSpec<Void> none() {
        return new ResponseSpec<>(null, Void.class, "", Map.of(), null);
    }

    /** The body as raw bytes. */
    public static ResponseSpec<byte[]> bytes() {
        return new ResponseSpec<>(null, byte[].class, "", Map.of(), null);
    }

    /**
     * The body as a stream, for downloads that are large by nature: not read into memory, not bound
     * by the size limit. The caller reads and closes it.
     */
    public static ResponseSpec<java.io.InputStream> stream() {
        return new ResponseSpec<>(null, java.io.InputStream.class, "", Map.of(), null);
    }

    /** Adds the error type the spec declares for {@code status}. */
    public ResponseSpec<T> error(int status, TypeReference<?> errorType) {
        Map<Integer, TypeReference<?>> copy = new HashMap<>(errors);
        copy.put(status, errorType);
        return new ResponseSpec<>(type, rawType, pointer, copy, defaultError);
    }

    /** Sets the error type for statuses without one of their own. */
    public ResponseSpec<T> defaultError(TypeReference<?> errorType) {
        return new ResponseSpec<>(type, rawType, pointer, errors, errorType);
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
        return type != null
                ? mapper.getTypeFactory().constructType(type)
                : mapper.getTypeFactory().constructType(rawType);
    }

    TypeReference<?> errorType(int status) {
        TypeReference<?> specific = errors.get(status);
        return specific != null ? specific : defaultError;
    }
}
