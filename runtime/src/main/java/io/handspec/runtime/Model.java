package io.handspec.runtime;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What every generated model class shares, so that each model declares only its typed accessors:
 * the values of its declared properties (by position in its {@link ModelType}), which of them are
 * present (set, possibly to {@code null}), the properties the spec does not declare, JSON output of
 * exactly the present ones, and value equality.
 *
 * @param <B> the model's builder
 * @param <A> the value type of additional properties
 */
public abstract class Model<B extends ModelBuilder<?, B, A>, A> {
    private final ModelType<?, B> type;
    private final Object[] values;
    private final BitSet present;
    private final Map<String, A> additional;

    /**
     * Copies the builder's state: lists and maps, at every depth, into unmodifiable copies, byte
     * arrays cloned, so that changing what was passed to the builder does not change this object.
     *
     * @param builder the builder, already checked for required properties
     */
    protected Model(B builder) {
        ModelBuilder<?, B, A> b = builder;
        this.type = b.type;
        this.values = new Object[b.values.length];
        for (int i = 0; i < values.length; i++) {
            this.values[i] = copy(b.values[i]);
        }
        this.present = (BitSet) b.present.clone();
        @SuppressWarnings("unchecked")
        Map<String, A> additional =
                // most models have none: one shared empty map rather than a copy each
                b.additional.isEmpty() ? Collections.emptyMap() : (Map<String, A>) copy(b.additional);
        this.additional = additional;
    }

    private static Object copy(Object value) {
        if (value instanceof List<?> list) {
            List<Object> out = new ArrayList<>(list.size());
            list.forEach(v -> out.add(copy(v)));
            return Collections.unmodifiableList(out);
        }
        if (value instanceof Map<?, ?> map) {
            Map<Object, Object> out = new LinkedHashMap<>();
            map.forEach((k, v) -> out.put(k, copy(v)));
            return Collections.unmodifiableMap(out);
        }
        if (value instanceof byte[] bytes) {
            return bytes.clone();
        }
        return value;
    }

    /**
     * The value of the declared property at {@code index}, typed by the accessor that asks.
     *
     * @param <T>   the property's Java type
     * @param index its position in the model's {@link ModelType}
     * @return the value, {@code null} when absent or null; a byte array is a copy, so the caller
     *     cannot change this object through it
     */
    @SuppressWarnings("unchecked")
    protected final <T> T get(int index) {
        Object value = values[index];
        return (T) (value instanceof byte[] bytes ? bytes.clone() : value);
    }

    /**
     * A builder holding this object's values, to derive a changed copy.
     *
     * @return a new builder
     */
    public final B toBuilder() {
        B builder = type.newBuilder();
        ModelBuilder<?, B, A> b = builder;
        System.arraycopy(values, 0, b.values, 0, values.length);
        b.present.clear();
        b.present.or(present);
        b.additional.putAll(additional);
        return builder;
    }

    /**
     * Whether the declared property with this JSON name was present (possibly as {@code null}). Only
     * present properties are written to JSON, so an update sends exactly the fields that were set.
     *
     * @param jsonName the property's name in JSON
     * @return whether it is present
     */
    public final boolean isSet(String jsonName) {
        int index = type.indexOf(jsonName);
        return index >= 0 && present.get(index);
    }

    /**
     * Properties the spec does not declare, as received or set.
     *
     * @return an unmodifiable map
     */
    public final Map<String, A> additionalProperties() {
        return additional;
    }

    /** The JSON object: present declared properties in declaration order, then the additional ones. */
    @JsonValue
    final Map<String, Object> toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        for (int i = present.nextSetBit(0); i >= 0; i = present.nextSetBit(i + 1)) {
            json.put(type.jsonName(i), values[i]);
        }
        json.putAll(additional);
        return json;
    }

    @Override
    public final boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (o == null || o.getClass() != getClass()) {
            return false;
        }
        Model<?, ?> other = (Model<?, ?>) o;
        return Arrays.deepEquals(values, other.values)
                && present.equals(other.present)
                && additional.equals(other.additional);
    }

    @Override
    public final int hashCode() {
        return Objects.hash(Arrays.deepHashCode(values), present, additional);
    }

    /** The present properties as in JSON, except that a secret one that is not null prints as {@code ***}. */
    @Override
    public final String toString() {
        Map<String, Object> shown = toJson();
        for (int i = present.nextSetBit(0); i >= 0; i = present.nextSetBit(i + 1)) {
            if (type.isSecret(i) && values[i] != null) {
                shown.put(type.jsonName(i), Redactor.MASK);
            }
        }
        return type.typeName() + "{" + shown + "}";
    }
}
