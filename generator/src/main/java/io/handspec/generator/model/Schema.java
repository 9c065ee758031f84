package io.handspec.generator.model;

import java.util.function.Function;

/**
 * A schema that becomes a Java type: an object with properties, an enum, or a union
 * ({@code oneOf}/{@code anyOf}); {@code allOf} is already merged into an {@link ObjectSchema}.
 * Consumers call {@link #match}, which takes one function per kind: adding a kind adds a parameter,
 * and the compiler lists every place that must handle it.
 */
public sealed interface Schema permits ObjectSchema, EnumSchema, UnionSchema {

    /** Component key, or the suggested name of an inline schema. */
    String name();

    /** Javadoc text, may be empty. */
    String description();

    /** {@code deprecated: true}. */
    boolean deprecated();

    /** Applies the function for this kind. */
    <R> R match(Function<ObjectSchema, R> object, Function<EnumSchema, R> enumeration, Function<UnionSchema, R> union);
}
