package io.handspec.generator.model;

/** A reference to a type as the spec states it, before any Java naming. */
public sealed interface TypeRef {

    /** The scalar kinds the generator maps to Java types. */
    enum Scalar {
        STRING,
        INT32,
        INT64,
        NUMBER,
        FLOAT,
        DOUBLE,
        DECIMAL,
        BOOLEAN,
        DATE,
        DATE_TIME,
        UUID,
        URI,
        BYTE,
        BINARY,
        ANY
    }

    /** A scalar such as {@code string/date-time}. */
    record Primitive(Scalar scalar) implements TypeRef {}

    /** A component schema, by its key under {@code components/schemas}. */
    record Named(String name) implements TypeRef {}

    /** A schema written in place; {@code suggestedName} comes from where it stands (property, parameter, operation). */
    record Inline(String suggestedName, Schema schema) implements TypeRef {}

    /** {@code type: array}. */
    record ArrayOf(TypeRef items) implements TypeRef {}

    /** An object with only {@code additionalProperties}: a map from string keys. */
    record MapOf(TypeRef values) implements TypeRef {}
}
