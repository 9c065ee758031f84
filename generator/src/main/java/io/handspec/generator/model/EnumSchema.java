package io.handspec.generator.model;

import java.util.List;
import java.util.function.Function;

/**
 * An enum.
 *
 * @param name        component key, or the suggested name of an inline schema
 * @param description Javadoc text, may be empty
 * @param deprecated  {@code deprecated: true}
 * @param valueType   the type of the values
 * @param values      the values, distinct, as text: integers in decimal and within the range of {@code valueType}
 */
public record EnumSchema(String name, String description, boolean deprecated, ValueType valueType, List<String> values)
        implements Schema {

    /** The wire type of an enum's values. */
    public enum ValueType {
        STRING,
        INT32,
        INT64
    }

    public EnumSchema {
        values = List.copyOf(values);
        description = description == null ? "" : description;
        if (values.isEmpty() || values.size() != new java.util.HashSet<>(values).size()) {
            throw new IllegalArgumentException("enum values must be distinct and not empty: " + values);
        }
    }

    @Override
    public <R> R match(
            Function<ObjectSchema, R> object, Function<EnumSchema, R> enumeration, Function<UnionSchema, R> union) {
        return enumeration.apply(this);
    }
}
