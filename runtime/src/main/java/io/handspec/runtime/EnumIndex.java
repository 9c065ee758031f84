package io.handspec.runtime;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * The constants of one generated open enum class by wire value, filled while the class initialises
 * (a top-level class: a member type of {@link OpenEnum} would hide a generated type of the same name).
 *
 * @param <V> the wire type
 * @param <E> the open enum class
 */
public final class EnumIndex<V, E extends OpenEnum<V, ?>> {
    private final Map<V, E> byValue = new HashMap<>();

    /** An empty index. */
    public EnumIndex() {}

    /**
     * Adds a constant.
     *
     * @param constant the constant
     * @return the constant
     */
    public E add(E constant) {
        byValue.put(constant.value(), constant);
        return constant;
    }

    /**
     * The constant for {@code value}, or a new value the spec does not list.
     *
     * @param value   the wire value
     * @param unknown makes the value for one the spec does not list
     * @return the enum value
     */
    public E of(V value, Function<V, E> unknown) {
        E constant = get(value);
        return constant != null ? constant : unknown.apply(value);
    }

    /**
     * The constant for {@code value}: what a generated {@code of} returns unless the spec does not list
     * the value (then it makes a new one itself, without a lambda for javac to compile).
     *
     * @param value the wire value
     * @return the constant, or {@code null} when the spec does not list {@code value}
     */
    public E get(V value) {
        return byValue.get(Objects.requireNonNull(value, "value == null"));
    }
}
