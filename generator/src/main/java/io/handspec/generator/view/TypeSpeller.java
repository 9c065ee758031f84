package io.handspec.generator.view;

import io.handspec.generator.model.EnumSchema;
import io.handspec.generator.model.Schema;
import io.handspec.generator.model.TypeRef;

/** Writes a {@link TypeRef} as Java source for one file. */
final class TypeSpeller {
    private final TypeRegistry registry;
    private final boolean rfc3339Timestamps;

    TypeSpeller(TypeRegistry registry, boolean rfc3339Timestamps) {
        this.registry = registry;
        this.rfc3339Timestamps = rfc3339Timestamps;
    }

    String spell(TypeRef type, ImportCollector imports) {
        if (type instanceof TypeRef.Primitive p) {
            return switch (p.scalar()) {
                case STRING -> imports.spell("java.lang.String");
                case INT32 -> imports.spell("java.lang.Integer");
                case INT64 -> imports.spell("java.lang.Long");
                case NUMBER, DOUBLE -> imports.spell("java.lang.Double");
                case FLOAT -> imports.spell("java.lang.Float");
                case DECIMAL -> imports.spell("java.math.BigDecimal");
                case BOOLEAN -> imports.spell("java.lang.Boolean");
                case DATE -> imports.spell("java.time.LocalDate");
                case DATE_TIME -> rfc3339Timestamps
                        ? imports.spell("io.handspec.runtime.Timestamp")
                        : imports.spell("java.time.OffsetDateTime");
                case UUID -> imports.spell("java.util.UUID");
                case URI -> imports.spell("java.net.URI");
                case BYTE, BINARY -> "byte[]";
                case ANY -> imports.spell("com.fasterxml.jackson.databind.JsonNode");
            };
        }
        if (type instanceof TypeRef.ArrayOf a) {
            return imports.spell("java.util.List") + "<" + spell(a.items(), imports) + ">";
        }
        if (type instanceof TypeRef.MapOf m) {
            return imports.spell("java.util.Map") + "<" + imports.spell("java.lang.String") + ", "
                    + spell(m.values(), imports) + ">";
        }
        Schema s = registry.schemaOf(type);
        if (s == null) {
            return imports.spell("com.fasterxml.jackson.databind.JsonNode");
        }
        if (s instanceof EnumSchema e && TypeRegistry.tooLargeForClass(e)) {
            return spell(
                    new TypeRef.Primitive(
                            switch (e.valueType()) {
                                case STRING -> TypeRef.Scalar.STRING;
                                case INT32 -> TypeRef.Scalar.INT32;
                                case INT64 -> TypeRef.Scalar.INT64;
                            }),
                    imports);
        }
        return imports.spell(registry.name(s));
    }

    /** The JSON node kind a value of {@code type} is written as. */
    String jsonKind(TypeRef type) {
        if (type instanceof TypeRef.Primitive p) {
            return switch (p.scalar()) {
                case INT32, INT64, NUMBER, FLOAT, DOUBLE, DECIMAL -> "NUMBER";
                case BOOLEAN -> "BOOLEAN";
                case ANY -> "ANY";
                default -> "STRING";
            };
        }
        if (type instanceof TypeRef.ArrayOf) {
            return "ARRAY";
        }
        if (type instanceof TypeRef.MapOf) {
            return "OBJECT";
        }
        Schema s = registry.schemaOf(type);
        return s == null
                ? "OBJECT"
                : s.match(
                        o -> "OBJECT",
                        e -> switch (e.valueType()) {
                            case STRING -> "STRING";
                            case INT32, INT64 -> "NUMBER";
                        },
                        u -> "ANY");
    }
}
