package io.handspec.runtime;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;

/**
 * What every generated open enum shares: a wire value, the Java enum constant it stands for (the
 * last constant of {@code K} for values the spec does not list), and equality by value.
 *
 * <p>Not declared {@code abstract}, though only generated subclasses make sense (the constructor is
 * protected): javac checks the methods of an abstract generic superclass against each other again for
 * every subclass, thousands of times in a large client.
 *
 * @param <V> the wire type: {@code String}, {@code Integer} or {@code Long}
 * @param <K> the enum of the known values, whose last constant stands for unknown ones
 */
public class OpenEnum<V, K extends Enum<K>> implements WireValue {
    private final V value;
    private final K known;

    /**
     * A value.
     *
     * @param value the wire value
     * @param known its constant, or the last constant of {@code K} for a value the spec does not list
     */
    protected OpenEnum(V value, K known) {
        this.value = Objects.requireNonNull(value, "value == null");
        this.known = Objects.requireNonNull(known, "known == null");
    }

    /**
     * The value as sent on the wire.
     *
     * @return the wire value
     */
    @JsonValue
    public final V value() {
        return value;
    }

    @Override
    public final Object wireValue() {
        return value;
    }

    /**
     * Whether the spec lists this value.
     *
     * @return {@code true} for the constants of the enum class
     */
    public final boolean isKnown() {
        return known.ordinal() < known.getDeclaringClass().getEnumConstants().length - 1;
    }

    /**
     * This value as a Java enum, for {@code switch}; the last constant for values the spec does not list.
     *
     * @return the known constant
     */
    public final K known() {
        return known;
    }

    @Override
    public final boolean equals(Object o) {
        return o != null && o.getClass() == getClass() && value.equals(((OpenEnum<?, ?>) o).value);
    }

    @Override
    public final int hashCode() {
        return value.hashCode();
    }

    @Override
    public final String toString() {
        return String.valueOf(value);
    }
}
