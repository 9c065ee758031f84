package io.handspec.generator.model;

import java.util.List;
import java.util.Map;

/**
 * A schema that becomes a Java type: an object with properties, an enum, or a union
 * ({@code oneOf}/{@code anyOf}). {@code allOf} is already merged into {@link Kind#OBJECT}.
 *
 * @param name                 component key, or the suggested name of an inline schema
 * @param kind                 what Java type it becomes
 * @param description          Javadoc text, may be empty
 * @param properties           object properties in spec order
 * @param additionalProperties value type of extra properties, or {@code null} when the spec does not type them
 * @param enumType             scalar of the enum values
 * @param enumValues           enum values as the spec writes them
 * @param variants             union members
 * @param discriminator        union discriminator, or {@code null}
 * @param deprecated           {@code deprecated: true}
 * @param pointer              JSON pointer of the schema in its file, for messages
 */
public record Schema(String name, Kind kind, String description, List<Property> properties, TypeRef additionalProperties,
                     TypeRef.Scalar enumType, List<Object> enumValues, List<TypeRef> variants,
                     Discriminator discriminator, boolean deprecated, String pointer) {

    /** The Java shapes a schema can take. */
    public enum Kind { OBJECT, ENUM, ONE_OF, ANY_OF }

    public Schema {
        properties = List.copyOf(properties);
        enumValues = List.copyOf(enumValues);
        variants = List.copyOf(variants);
        description = description == null ? "" : description;
    }

    /**
     * A union's discriminator.
     *
     * @param property the JSON property naming the variant
     * @param mapping  property value to component schema name
     */
    public record Discriminator(String property, Map<String, String> mapping) {
        public Discriminator {
            mapping = Map.copyOf(mapping);
        }
    }
}
