package io.handspec.generator.model;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A union: {@code oneOf} or {@code anyOf}.
 *
 * @param name          component key, or the suggested name of an inline schema
 * @param description   Javadoc text, may be empty
 * @param deprecated    {@code deprecated: true}
 * @param variants      the members
 * @param discriminator the discriminator, or {@code null}
 */
public record UnionSchema(
        String name, String description, boolean deprecated, List<TypeRef> variants, Discriminator discriminator)
        implements Schema {
    public UnionSchema {
        variants = List.copyOf(variants);
        description = description == null ? "" : description;
    }

    @Override
    public <R> R match(
            Function<ObjectSchema, R> object, Function<EnumSchema, R> enumeration, Function<UnionSchema, R> union) {
        return union.apply(this);
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
