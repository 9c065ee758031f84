package io.handspec.generator.model;

import java.util.List;
import java.util.function.Function;

/**
 * An object with properties.
 *
 * @param name                 component key, or the suggested name of an inline schema
 * @param description          Javadoc text, may be empty
 * @param deprecated           {@code deprecated: true}
 * @param properties           properties in spec order
 * @param additionalProperties value type of extra properties, or {@code null} when the spec does not type them
 */
public record ObjectSchema(
        String name, String description, boolean deprecated, List<Property> properties, TypeRef additionalProperties)
        implements Schema {
    public ObjectSchema {
        properties = List.copyOf(properties);
        description = description == null ? "" : description;
    }

    @Override
    public <R> R match(
            Function<ObjectSchema, R> object, Function<EnumSchema, R> enumeration, Function<UnionSchema, R> union) {
        return object.apply(this);
    }
}
