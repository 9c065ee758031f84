package io.handspec.runtime;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What every generated model builder shares: each typed setter of a generated builder calls
 * {@link #set}, which marks its property as present even when set to {@code null}.
 *
 * <p>Not declared {@code abstract}, though only generated subclasses make sense (the constructor is
 * protected): javac checks the methods of an abstract generic superclass against each other again for
 * every subclass, thousands of times in a large client.
 *
 * @param <M> the model it builds
 * @param <B> the builder itself, returned by every setter
 * @param <A> the value type of additional properties
 */
public class ModelBuilder<M extends Model<B, A>, B extends ModelBuilder<M, B, A>, A> {
    final ModelType<M, B> type;
    final Object[] values;
    /** Which declared properties are present, as {@link Presence} holds them: the first 64 here, */
    long present;
    /** and the others here, {@code null} for a model of up to 64 properties. */
    final long[] presentBeyond;
    /** Properties the spec does not declare; one shared empty map until the first is set, as most models have none. */
    Map<String, A> additional = Collections.emptyMap();
    /**
     * Set by {@link ModelCodec}'s reader, whose every value in this builder was made for it alone, so
     * that the model built keeps them instead of copying them: the positions whose declared type may
     * hold a list, map, byte array or JSON tree, to be made unmodifiable or marked. {@code null} when
     * the values came from elsewhere.
     */
    int[] read;

    /**
     * A builder holding the model's preset values: the only value of a required single-value enum
     * and a discriminator value the model's class stands for.
     *
     * @param type the model's property table
     */
    protected ModelBuilder(ModelType<M, B> type) {
        this.type = type;
        this.values = type.newValues();
        this.present = type.presetPresent();
        this.presentBeyond = type.presetPresentBeyond();
    }

    /**
     * Sets the declared property at {@code index} and marks it present.
     *
     * @param index its position in the model's {@link ModelType}
     * @param value its value; {@code null} sends an explicit JSON null
     * @return this builder
     * @throws IllegalArgumentException when the property is a discriminator and the value is not the model's
     */
    protected final B set(int index, Object value) {
        type.checkValue(index, value);
        put(index, value);
        return self();
    }

    /** As {@link #set} without the check, for a reader that checks the properties that need it through their setters. */
    final void put(int index, Object value) {
        values[index] = value;
        if (index < Long.SIZE) {
            present |= 1L << index;
        } else {
            presentBeyond[index / Long.SIZE - 1] |= 1L << index;
        }
    }

    /**
     * Sets a property the spec does not declare.
     *
     * @param name  its JSON name
     * @param value its value
     * @return this builder
     * @throws IllegalArgumentException when the model declares a property of that name: its typed
     *     setter sets it, so that a value of another type can never stand in its place and be sent
     *     instead of the declared one
     */
    @JsonAnySetter
    public final B additionalProperty(String name, A value) {
        if (type.indexOf(name) >= 0) {
            throw new IllegalArgumentException("\"" + name + "\" is a declared property of " + type.typeName()
                    + ": set it with its own setter; additionalProperty is for properties the spec does not declare");
        }
        if (additional.isEmpty()) {
            additional = new LinkedHashMap<>();
        }
        additional.put(name, value);
        return self();
    }

    /**
     * Removes a property, declared or not, so it is not sent at all.
     *
     * @param jsonName its JSON name
     * @return this builder
     */
    @JsonIgnore
    public final B unset(String jsonName) {
        int index = type.indexOf(jsonName);
        if (index >= 0) {
            values[index] = null;
            if (index < Long.SIZE) {
                present &= ~(1L << index);
            } else {
                presentBeyond[index / Long.SIZE - 1] &= ~(1L << index);
            }
        }
        additional.remove(jsonName);
        return self();
    }

    /**
     * Builds the object.
     *
     * @return the new object
     * @throws IllegalStateException when a required property is not set
     */
    public final M build() {
        type.checkRequired(values);
        return type.create(self());
    }

    @SuppressWarnings("unchecked")
    private B self() {
        return (B) this;
    }
}
