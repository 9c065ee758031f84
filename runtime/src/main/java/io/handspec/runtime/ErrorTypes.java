package io.handspec.runtime;

import java.lang.reflect.Type;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Which type the body of an error status is read as. Keys are an exact status ({@code "404"}), a
 * range ({@code "4XX"}) or {@code "default"}; the most specific key that matches wins, as in
 * OpenAPI. Immutable.
 */
public final class ErrorTypes {
    private static final Pattern KEY = Pattern.compile("[1-5](XX|[0-9]{2})|default");
    private static final ErrorTypes NONE = new ErrorTypes(Map.of());

    private final Map<String, Type> byKey;

    private ErrorTypes(Map<String, Type> byKey) {
        this.byKey = Map.copyOf(byKey);
    }

    /** No typed error bodies. */
    public static ErrorTypes none() {
        return NONE;
    }

    /**
     * One type for every listed status, e.g. an API's error document for {@code "4XX", "5XX"}.
     *
     * @param type     the body type ({@code Error.class}, or a {@code TypeReference}'s {@code getType()})
     * @param statuses exact statuses ({@code "404"}), ranges ({@code "5XX"}) or {@code "default"}
     * @return the error types
     */
    public static ErrorTypes of(Type type, String... statuses) {
        ErrorTypes out = NONE;
        for (String status : statuses) {
            out = out.with(status, type);
        }
        return out;
    }

    /**
     * These types, with {@code status} read as {@code type}.
     *
     * @param status an exact status ({@code "404"}), a range ({@code "5XX"}) or {@code "default"}
     * @param type   the body type
     * @return the error types
     * @throws IllegalArgumentException when {@code status} is none of these
     */
    public ErrorTypes with(String status, Type type) {
        if (status == null || !KEY.matcher(status).matches()) {
            throw new IllegalArgumentException(
                    "error status '" + status + "' is not a status (100-599), a range such as 5XX, or default");
        }
        if (type == null) {
            throw new IllegalArgumentException("the error type for " + status + " is null");
        }
        Map<String, Type> copy = new HashMap<>(byKey);
        copy.put(status, type);
        return new ErrorTypes(copy);
    }

    /** The type of {@code status}'s body: its exact key, else its range, else {@code default}; or {@code null}. */
    Type typeFor(int status) {
        Type exact = byKey.get(Integer.toString(status));
        if (exact != null) {
            return exact;
        }
        Type range = byKey.get(status / 100 + "XX");
        return range != null ? range : byKey.get("default");
    }
}
