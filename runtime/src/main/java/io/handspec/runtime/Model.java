package io.handspec.runtime;

import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BinaryNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
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
 * <p>Not declared {@code abstract}, though only generated subclasses make sense (the constructor is
 * protected): javac checks the methods of an abstract generic superclass against each other again for
 * every subclass, thousands of times in a large client.
 *
 * @param <B> the model's builder
 * @param <A> the value type of additional properties
 */
public class Model<B extends ModelBuilder<?, B, A>, A> {
    final ModelType<?, B> type;
    final Object[] values;
    /** Which declared properties are present, as {@link Presence} holds them: the first 64 here, */
    final long present;
    /** and the others here, {@code null} for a model of up to 64 properties. */
    final long[] presentBeyond;

    final Map<String, A> additional;
    /**
     * The declared properties whose values hold something mutable (a byte array or a JSON object or
     * array, at any depth): handed out as copies. {@code null} when there is none, as for most models.
     */
    private final BitSet mutable;
    /** Whether an additional property holds something mutable. */
    private final boolean additionalMutable;

    /**
     * Copies the builder's state: lists and maps, at every depth, into unmodifiable copies, byte
     * arrays cloned and JSON trees copied, so that changing what was passed to the builder does not
     * change this object.
     *
     * @param builder the builder, already checked for required properties
     */
    protected Model(B builder) {
        ModelBuilder<?, B, A> b = builder;
        this.type = b.type;
        // values a reader made for this builder alone are kept, made unmodifiable where they are, not copied
        int[] read = b.read;
        b.read = null;
        boolean owned = read != null;
        this.values = owned ? b.values : new Object[b.values.length];
        BitSet holding = null;
        int count = owned ? read.length : values.length;
        for (int k = 0; k < count; k++) {
            int i = owned ? read[k] : k;
            Object value = b.values[i];
            if (!mayHoldMutable(value)) {
                this.values[i] = value;
                continue;
            }
            Object kept = owned ? freeze(value) : copy(value);
            this.values[i] = kept;
            if (holdsMutable(kept)) {
                holding = holding == null ? new BitSet() : holding;
                holding.set(i);
            }
        }
        this.mutable = holding;
        this.present = b.present;
        this.presentBeyond = owned || b.presentBeyond == null ? b.presentBeyond : b.presentBeyond.clone();
        boolean additionalMutable = false;
        Map<String, A> additional = Collections.emptyMap();
        // most models have none: one shared empty map rather than a copy each
        if (!b.additional.isEmpty()) {
            @SuppressWarnings("unchecked")
            Map<String, A> kept = (Map<String, A>) (owned ? freeze(b.additional) : copy(b.additional));
            additional = kept;
            additionalMutable = holdsMutable(kept);
        }
        this.additional = additional;
        this.additionalMutable = additionalMutable;
    }

    /**
     * For generated code that holds a value outside a model, such as a union variant: a deep,
     * unmodifiable copy (lists and maps at every depth), with byte arrays cloned and JSON trees
     * copied. Other values are returned as they are.
     *
     * @param <T>   the value's type
     * @param value the value, may be {@code null}
     * @return the copy
     */
    @SuppressWarnings("unchecked")
    public static <T> T frozen(T value) {
        return mayHoldMutable(value) ? (T) copy(value) : value;
    }

    /**
     * For generated code that hands out a value it holds outside a model, such as a union variant's:
     * the value itself when a caller cannot change anything in it, else a copy as {@link #frozen}
     * makes (byte arrays cloned and JSON trees copied, at any depth).
     *
     * @param <T>   the value's type
     * @param value the value, may be {@code null}
     * @return the value or a copy
     */
    public static <T> T readable(T value) {
        return holdsMutable(value) ? frozen(value) : value;
    }

    /**
     * Whether {@code value} holds a byte array or a JSON object, array or binary node, at any depth,
     * which a caller could change: a model hands such a value out as a copy.
     */
    private static boolean holdsMutable(Object value) {
        if (value instanceof List<?> list) {
            for (Object v : list) {
                if (holdsMutable(v)) {
                    return true;
                }
            }
            return false;
        }
        if (value instanceof Map<?, ?> map) {
            for (Object v : map.values()) {
                if (holdsMutable(v)) {
                    return true;
                }
            }
            return false;
        }
        return value instanceof byte[] || value instanceof JsonNode node && (node.isContainerNode() || node.isBinary());
    }

    /**
     * A copy of a JSON tree that shares nothing a caller could change: objects and arrays at every
     * depth, and the bytes of binary nodes, are new ({@link JsonNode#deepCopy} shares binary nodes,
     * whose {@code binaryValue()} hands out their array).
     */
    private static JsonNode copyTree(JsonNode node) {
        if (node instanceof ObjectNode object) {
            ObjectNode out = object.objectNode();
            object.properties().forEach(e -> out.set(e.getKey(), copyTree(e.getValue())));
            return out;
        }
        if (node instanceof ArrayNode array) {
            ArrayNode out = array.arrayNode(array.size());
            array.forEach(e -> out.add(copyTree(e)));
            return out;
        }
        if (node instanceof BinaryNode binary) {
            return BinaryNode.valueOf(binary.binaryValue().clone());
        }
        return node;
    }

    /**
     * A deep, unmodifiable copy: lists and maps at every depth, byte arrays cloned and JSON objects and
     * arrays copied ({@link #holdsMutable} tells whether the copy holds any, to be copied again when read).
     */
    private static Object copy(Object value) {
        if (value instanceof List<?> list) {
            List<Object> out = new ArrayList<>(list.size());
            for (Object v : list) {
                out.add(copy(v));
            }
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
        if (value instanceof JsonNode node && holdsMutable(node)) {
            return copyTree(node);
        }
        return value;
    }

    /** Whether {@link #copy} may have to do more than return {@code value}. */
    private static boolean mayHoldMutable(Object value) {
        return value instanceof List<?>
                || value instanceof Map<?, ?>
                || value instanceof byte[]
                || value instanceof JsonNode;
    }

    /**
     * As {@link #copy}, for a value no one else holds (made by a reader for one builder): lists and
     * maps made unmodifiable where they are, byte arrays and JSON trees kept; others are copied.
     */
    private static Object freeze(Object value) {
        if (value instanceof ArrayList<?> list && list.getClass() == ArrayList.class) {
            @SuppressWarnings("unchecked")
            ArrayList<Object> own = (ArrayList<Object>) list;
            for (int i = 0; i < own.size(); i++) {
                Object v = own.get(i);
                Object frozen = freeze(v);
                if (frozen != v) {
                    own.set(i, frozen);
                }
            }
            return Collections.unmodifiableList(own);
        }
        if (value instanceof LinkedHashMap<?, ?> map && map.getClass() == LinkedHashMap.class) {
            @SuppressWarnings("unchecked")
            LinkedHashMap<Object, Object> own = (LinkedHashMap<Object, Object>) map;
            own.replaceAll((k, v) -> freeze(v));
            return Collections.unmodifiableMap(own);
        }
        if (value instanceof byte[] || value instanceof JsonNode) {
            return value;
        }
        return copy(value);
    }

    /**
     * The value of the declared property at {@code index}, typed by the accessor that asks.
     *
     * @param <T>   the property's Java type
     * @param index its position in the model's {@link ModelType}
     * @return the value, {@code null} when absent or null; byte arrays and JSON trees, at any depth,
     *     are copies, so the caller cannot change this object through them
     */
    @SuppressWarnings("unchecked")
    protected final <T> T get(int index) {
        return (T) valueAt(index);
    }

    /**
     * The value of the declared property at {@code index}, for an accessor that casts it to its
     * type: cheaper for javac to compile than {@link #get}, whose type it must infer.
     *
     * @param index its position in the model's {@link ModelType}
     * @return the value, {@code null} when absent or null; byte arrays and JSON trees, at any depth,
     *     are copies, so the caller cannot change this object through them
     */
    protected final Object valueAt(int index) {
        Object value = values[index];
        return mutable != null && mutable.get(index) ? copy(value) : value;
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
        b.present = present;
        if (presentBeyond != null) {
            System.arraycopy(presentBeyond, 0, b.presentBeyond, 0, presentBeyond.length);
        }
        if (!additional.isEmpty()) {
            b.additional = new LinkedHashMap<>(additional);
        }
        return builder;
    }

    /** The first present declared property at or after {@code from}, or -1. */
    final int nextPresent(int from) {
        return Presence.next(present, presentBeyond, from);
    }

    /** Whether no declared property is present. */
    final boolean nonePresent() {
        return Presence.none(present, presentBeyond);
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
        return index >= 0 && Presence.has(present, presentBeyond, index);
    }

    /**
     * Properties the spec does not declare, as received or set.
     *
     * @return an unmodifiable map; JSON trees and byte arrays in it are copies
     */
    @SuppressWarnings("unchecked")
    public final Map<String, A> additionalProperties() {
        return additionalMutable ? (Map<String, A>) copy(additional) : additional;
    }

    /** The JSON object: present declared properties in declaration order, then the additional ones. */
    @JsonValue
    final Map<String, Object> toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        for (int i = nextPresent(0); i >= 0; i = nextPresent(i + 1)) {
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
        if (present != other.present
                || !Arrays.equals(presentBeyond, other.presentBeyond)
                || values.length != other.values.length) {
            return false;
        }
        for (int i = 0; i < values.length; i++) {
            if (!same(values[i], other.values[i])) {
                return false;
            }
        }
        return same(additional, other.additional);
    }

    /** Equality that compares byte arrays by content, also inside lists and maps. */
    private static boolean same(Object a, Object b) {
        if (a instanceof byte[] x) {
            return b instanceof byte[] y && Arrays.equals(x, y);
        }
        if (a instanceof List<?> x) {
            if (!(b instanceof List<?> y) || x.size() != y.size()) {
                return false;
            }
            for (int i = 0; i < x.size(); i++) {
                if (!same(x.get(i), y.get(i))) {
                    return false;
                }
            }
            return true;
        }
        if (a instanceof Map<?, ?> x) {
            if (!(b instanceof Map<?, ?> y) || x.size() != y.size()) {
                return false;
            }
            for (Map.Entry<?, ?> e : x.entrySet()) {
                if (!y.containsKey(e.getKey()) || !same(e.getValue(), y.get(e.getKey()))) {
                    return false;
                }
            }
            return true;
        }
        return Objects.equals(a, b);
    }

    /** The hash code agreeing with {@link #same}. */
    private static int hash(Object value) {
        if (value instanceof byte[] bytes) {
            return Arrays.hashCode(bytes);
        }
        if (value instanceof List<?> list) {
            int h = 1;
            for (Object v : list) {
                h = 31 * h + hash(v);
            }
            return h;
        }
        if (value instanceof Map<?, ?> map) {
            int h = 0;
            for (Map.Entry<?, ?> e : map.entrySet()) {
                h += Objects.hashCode(e.getKey()) ^ hash(e.getValue());
            }
            return h;
        }
        return Objects.hashCode(value);
    }

    @Override
    public final int hashCode() {
        int h = 31 * Long.hashCode(present) + Arrays.hashCode(presentBeyond);
        for (Object value : values) {
            h = 31 * h + hash(value);
        }
        return 31 * h + hash(additional);
    }

    /**
     * The present properties as in JSON (byte arrays in Base64), except that a secret one that is not
     * null prints as {@code ***}.
     */
    @Override
    public final String toString() {
        Map<String, Object> shown = toJson();
        for (int i = nextPresent(0); i >= 0; i = nextPresent(i + 1)) {
            if (type.isSecret(i) && values[i] != null) {
                shown.put(type.jsonName(i), Redactor.MASK);
            } else if (mutable != null && mutable.get(i)) {
                shown.put(type.jsonName(i), printable(values[i]));
            }
        }
        if (additionalMutable) {
            additional.forEach((k, v) -> shown.put(k, printable(v)));
        }
        return type.typeName() + "{" + shown + "}";
    }

    /** {@code value} with its byte arrays as Base64 text, as JSON has them. */
    private static Object printable(Object value) {
        if (value instanceof byte[] bytes) {
            return Base64.getEncoder().encodeToString(bytes);
        }
        if (value instanceof List<?> list) {
            return list.stream().map(Model::printable).toList();
        }
        if (value instanceof Map<?, ?> map) {
            Map<Object, Object> out = new LinkedHashMap<>();
            map.forEach((k, v) -> out.put(k, printable(v)));
            return out;
        }
        return value;
    }
}
