package io.handspec.runtime;

import com.fasterxml.jackson.core.io.SerializedString;
import java.lang.invoke.LambdaConversionException;
import java.lang.invoke.LambdaMetafactory;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The property table of one generated model class, built once in a static field: the JSON names
 * of its declared properties in declaration order (a property's position is its index in
 * {@link Model#get} and {@link ModelBuilder#set}), which are required, the values a new builder
 * starts with, and the discriminator values the class stands for. Immutable: each method that adds
 * to the table returns a new one.
 *
 * @param <M> the model
 * @param <B> its builder
 */
public final class ModelType<M extends Model<B, ?>, B extends ModelBuilder<M, B, ?>> {
    private final Class<M> modelClass;
    private final Function<B, M> create;
    private final Supplier<B> newBuilder;
    private final String[] jsonNames;
    /**
     * The positions by JSON name, open addressing: names from the parser are interned like the
     * declared ones, so a lookup mostly ends at the first slot with an identity check.
     */
    private final String[] slots;

    private final int[] slotIndexes;
    /** The JSON names as a writer puts them out, encoded once. */
    private final SerializedString[] serializedNames;

    private final Map<String, Integer> indexes;
    private final BitSet required;
    /** The positions of the required properties, as {@link #checkRequired} goes through them. */
    private final int[] requiredIndexes;

    private final Object[] presets;
    /** The positions of the preset values: none in most models. */
    private final int[] presetIndexes;
    /** The preset positions as {@link Presence} holds them: the first 64 and the others. */
    private final long presetPresent;

    private final long[] presetPresentBeyond;

    private final List<?>[] allowed;
    private final BitSet secret;

    private ModelType(
            Class<M> modelClass,
            Function<B, M> create,
            Supplier<B> newBuilder,
            String[] jsonNames,
            Map<String, Integer> indexes,
            BitSet required,
            Object[] presets,
            List<?>[] allowed,
            BitSet secret) {
        this.modelClass = modelClass;
        this.create = create;
        this.newBuilder = newBuilder;
        this.jsonNames = jsonNames;
        this.slots = new String[Integer.highestOneBit(Math.max(1, jsonNames.length) * 2) * 2];
        this.slotIndexes = new int[slots.length];
        for (int i = 0; i < jsonNames.length; i++) {
            int slot = slot(jsonNames[i]);
            while (slots[slot] != null) {
                slot = (slot + 1) & (slots.length - 1);
            }
            slots[slot] = jsonNames[i];
            slotIndexes[slot] = i;
        }
        this.serializedNames = new SerializedString[jsonNames.length];
        for (int i = 0; i < jsonNames.length; i++) {
            serializedNames[i] = new SerializedString(jsonNames[i]);
        }
        this.indexes = indexes;
        this.required = required;
        this.requiredIndexes = required.stream().toArray();
        this.presets = presets;
        this.presetIndexes = java.util.stream.IntStream.range(0, presets.length)
                .filter(i -> presets[i] != null)
                .toArray();
        long first = 0;
        long[] beyond = Presence.beyond(jsonNames.length);
        for (int i : presetIndexes) {
            if (i < Long.SIZE) {
                first |= 1L << i;
            } else {
                beyond[i / Long.SIZE - 1] |= 1L << i;
            }
        }
        this.presetPresent = first;
        this.presetPresentBeyond = beyond;
        this.allowed = allowed;
        this.secret = secret;
    }

    /**
     * The table of a model class.
     *
     * @param <M>        the model
     * @param <B>        its builder
     * @param modelClass the model class
     * @param create     its constructor from a builder
     * @param newBuilder its builder's constructor
     * @param jsonNames  the JSON names of its declared properties, in declaration order
     * @return the table, with nothing required, preset or fixed
     */
    public static <M extends Model<B, ?>, B extends ModelBuilder<M, B, ?>> ModelType<M, B> of(
            Class<M> modelClass, Function<B, M> create, Supplier<B> newBuilder, String... jsonNames) {
        Map<String, Integer> indexes = new HashMap<>();
        for (int i = 0; i < jsonNames.length; i++) {
            if (indexes.put(Objects.requireNonNull(jsonNames[i]), i) != null) {
                throw new IllegalArgumentException(
                        modelClass.getSimpleName() + " declares property \"" + jsonNames[i] + "\" twice");
            }
        }
        return new ModelType<>(
                modelClass,
                create,
                newBuilder,
                jsonNames.clone(),
                Map.copyOf(indexes),
                new BitSet(),
                new Object[jsonNames.length],
                new List<?>[jsonNames.length],
                new BitSet());
    }

    /**
     * The table of the model class that {@code lookup} was made in: as {@link #of(Class, Function,
     * Supplier, String...)} with its constructor from a builder and its nested {@code Builder}'s
     * constructor, found through {@code lookup} (so they may stay private) instead of spelled as
     * method references, which javac would compile into every model.
     *
     * @param <M>       the model
     * @param <B>       its builder
     * @param lookup    {@code MethodHandles.lookup()} in the model class
     * @param jsonNames the JSON names of its declared properties, in declaration order
     * @return the table, with nothing required, preset or fixed
     * @throws IllegalArgumentException when the class has no {@code Builder} or either constructor is missing
     */
    @SuppressWarnings("unchecked")
    public static <M extends Model<B, ?>, B extends ModelBuilder<M, B, ?>> ModelType<M, B> of(
            MethodHandles.Lookup lookup, String... jsonNames) {
        Class<?> model = lookup.lookupClass();
        Function<B, M> create;
        Supplier<B> newBuilder;
        try {
            Class<?> builder = lookup.findClass(model.getName() + "$Builder");
            create = (Function<B, M>) implement(
                    lookup,
                    Function.class,
                    "apply",
                    lookup.findConstructor(model, MethodType.methodType(void.class, builder)));
            newBuilder = (Supplier<B>) implement(
                    lookup, Supplier.class, "get", lookup.findConstructor(builder, MethodType.methodType(void.class)));
        } catch (ReflectiveOperationException | LambdaConversionException e) {
            throw new IllegalArgumentException(
                    model.getName() + " is not a generated model: it needs a constructor from its nested Builder"
                            + " and that Builder a constructor without arguments",
                    e);
        }
        return of((Class<M>) model, create, newBuilder, jsonNames);
    }

    /** An instance of the one-method interface {@code type} calling {@code target}, as a method reference would be. */
    private static Object implement(MethodHandles.Lookup lookup, Class<?> type, String method, MethodHandle target)
            throws LambdaConversionException {
        MethodType erased = target.type().erase();
        try {
            return LambdaMetafactory.metafactory(
                            lookup,
                            method,
                            MethodType.methodType(type),
                            erased.changeReturnType(Object.class),
                            target,
                            target.type())
                    .getTarget()
                    .invoke();
        } catch (LambdaConversionException e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException("cannot make the " + type.getSimpleName() + " of " + target, e);
        }
    }

    /**
     * This table with properties that {@link ModelBuilder#build()} refuses to leave {@code null}.
     *
     * @param names their JSON names
     * @return a new table
     */
    public ModelType<M, B> required(String... names) {
        BitSet r = (BitSet) required.clone();
        for (String name : names) {
            r.set(declared(name));
        }
        return new ModelType<>(modelClass, create, newBuilder, jsonNames, indexes, r, presets, allowed, secret);
    }

    /**
     * This table with a value every new builder starts with (present, as if set).
     *
     * @param name  the property's JSON name
     * @param value its value, not {@code null}
     * @return a new table
     */
    public ModelType<M, B> preset(String name, Object value) {
        Object[] p = presets.clone();
        p[declared(name)] = Objects.requireNonNull(value, "value");
        return new ModelType<>(modelClass, create, newBuilder, jsonNames, indexes, required, p, allowed, secret);
    }

    /**
     * This table with a discriminator property: the values that select this class in the unions it
     * belongs to. A builder refuses any other value; when there is only one, a new builder starts
     * with it.
     *
     * @param name   the discriminator's JSON name
     * @param values the values standing for this class
     * @return a new table
     */
    public ModelType<M, B> discriminator(String name, Object... values) {
        int index = declared(name);
        List<?>[] a = allowed.clone();
        a[index] = List.of(values);
        ModelType<M, B> out =
                new ModelType<>(modelClass, create, newBuilder, jsonNames, indexes, required, presets, a, secret);
        return values.length == 1 ? out.preset(name, values[0]) : out;
    }

    /**
     * This table with secret properties ({@code format: password} or {@code writeOnly}): their values
     * are sent in JSON but {@link Model#toString()} prints them as {@code ***}, so logging a model
     * does not leak them.
     *
     * @param names their JSON names
     * @return a new table
     */
    public ModelType<M, B> secret(String... names) {
        BitSet s = (BitSet) secret.clone();
        for (String name : names) {
            s.set(declared(name));
        }
        return new ModelType<>(modelClass, create, newBuilder, jsonNames, indexes, required, presets, allowed, s);
    }

    /** Whether the property at {@code index} is printed masked. */
    boolean isSecret(int index) {
        return secret.get(index);
    }

    private int declared(String name) {
        Integer index = indexes.get(name);
        if (index == null) {
            throw new IllegalArgumentException(modelClass.getSimpleName() + " declares no property \"" + name
                    + "\"; it has " + Arrays.toString(jsonNames));
        }
        return index;
    }

    int size() {
        return jsonNames.length;
    }

    String typeName() {
        return modelClass.getSimpleName();
    }

    String jsonName(int index) {
        return jsonNames[index];
    }

    SerializedString serializedName(int index) {
        return serializedNames[index];
    }

    private int slot(String name) {
        int h = name.hashCode();
        return (h ^ (h >>> 16)) & (slots.length - 1);
    }

    /** The position of a declared property, or -1. */
    int indexOf(String jsonName) {
        for (int slot = slot(jsonName); ; slot = (slot + 1) & (slots.length - 1)) {
            String name = slots[slot];
            if (name == null) {
                return -1;
            }
            if (name == jsonName || name.equals(jsonName)) {
                return slotIndexes[slot];
            }
        }
    }

    B newBuilder() {
        return newBuilder.get();
    }

    M create(B builder) {
        return create.apply(builder);
    }

    /** The storage of a new builder: the preset values in place, {@code null} elsewhere. */
    Object[] newValues() {
        return presetIndexes.length == 0 ? new Object[jsonNames.length] : presets.clone();
    }

    /** Which properties of a new builder are present, the first 64 as {@link Presence} holds them: the preset ones. */
    long presetPresent() {
        return presetPresent;
    }

    /** Which properties of a new builder are present beyond the first 64, or {@code null} for a model of no more. */
    long[] presetPresentBeyond() {
        return presetPresentBeyond == null ? null : presetPresentBeyond.clone();
    }

    /** Whether a value set at {@code index} is checked (a discriminator), so a reader must go through the setter. */
    boolean checksValue(int index) {
        return allowed[index] != null;
    }

    void checkValue(int index, Object value) {
        List<?> values = allowed[index];
        if (values != null && (value == null || !values.contains(value))) {
            throw new IllegalArgumentException("property \"" + jsonNames[index] + "\" of " + typeName()
                    + " is the discriminator that selects " + typeName() + ": it must be "
                    + (values.size() == 1 ? "" : "one of ") + show(values) + ", not " + show(value)
                    + "; build the class that " + show(value) + " stands for instead");
        }
    }

    void checkRequired(Object[] values) {
        for (int i : requiredIndexes) {
            if (values[i] == null) {
                throw new IllegalStateException(
                        "required property " + jsonNames[i] + " of " + typeName() + " is not set");
            }
        }
    }

    private static String show(Object value) {
        if (value instanceof List<?> list) {
            List<String> shown = new ArrayList<>();
            list.forEach(v -> shown.add(show(v)));
            return String.join(", ", shown);
        }
        Object wire = value instanceof WireValue w ? w.wireValue() : value;
        return wire instanceof String s ? '"' + s + '"' : String.valueOf(wire);
    }
}
