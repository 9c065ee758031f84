package io.handspec.generator.spec;

import io.handspec.generator.model.TypeRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.openapitools.codegen.utils.ModelUtils;

/** What a parser schema looks like: whether it becomes a class, its variants, its scalar, its enum values. */
@SuppressWarnings({"rawtypes", "unchecked"})
final class SchemaShapes {
    private SchemaShapes() {}

    /** Whether the schema becomes a Java type of its own (an object with properties, an enum or a union). */
    static boolean isClassWorthy(io.swagger.v3.oas.models.media.Schema s) {
        if (!enumValues(s).isEmpty() || types(s).size() > 1) {
            return true;
        }
        if (s.getAllOf() != null && !s.getAllOf().isEmpty()) {
            return !(s.getAllOf().size() == 1 && s.getProperties() == null);
        }
        if (variantsOf(s).size() > 1) {
            return true;
        }
        return s.getProperties() != null && !s.getProperties().isEmpty();
    }

    static List<io.swagger.v3.oas.models.media.Schema> variantsOf(io.swagger.v3.oas.models.media.Schema s) {
        List<io.swagger.v3.oas.models.media.Schema> v = s.getOneOf() != null ? s.getOneOf() : s.getAnyOf();
        return v == null ? List.of() : v;
    }

    /** The enum's values without {@code null}; a 3.1 {@code const} is an enum of one value. */
    static List<Object> enumValues(io.swagger.v3.oas.models.media.Schema s) {
        List<Object> values = new ArrayList<>();
        if (s.getEnum() != null) {
            s.getEnum().stream().filter(Objects::nonNull).forEach(values::add);
        } else if (s.getConst() != null) {
            values.add(s.getConst());
        }
        return values;
    }

    /** The JSON type of an enum's values: the schema's type, or for a bare {@code const} number, {@code integer}. */
    static String enumType(io.swagger.v3.oas.models.media.Schema s, List<?> values) {
        String type = ModelUtils.getType(s);
        if (type == null
                && s.getEnum() == null
                && values.size() == 1
                && ExtensionValues.wholeNumber(values.get(0)) != null) {
            return "integer";
        }
        return type;
    }

    /** A 3.1 schema's types other than {@code null}, when it lists them ({@code type: [integer, string]}). */
    static List<String> types(io.swagger.v3.oas.models.media.Schema s) {
        if (s.getTypes() == null || s.getTypes().size() < 2) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (Object t : s.getTypes()) {
            if (t != null && !"null".equals(t)) {
                out.add(String.valueOf(t));
            }
        }
        out.sort(null);
        return out;
    }

    static TypeRef.Scalar scalar(String type, String format) {
        String f = format == null ? "" : format.toLowerCase(Locale.ROOT);
        if (type == null) {
            return TypeRef.Scalar.ANY;
        }
        return switch (type) {
            case "string" -> switch (f) {
                case "date" -> TypeRef.Scalar.DATE;
                case "date-time" -> TypeRef.Scalar.DATE_TIME;
                case "uuid" -> TypeRef.Scalar.UUID;
                case "uri", "url" -> TypeRef.Scalar.URI;
                case "byte" -> TypeRef.Scalar.BYTE;
                case "binary" -> TypeRef.Scalar.BINARY;
                default -> TypeRef.Scalar.STRING;
            };
            case "integer" -> "int64".equals(f) ? TypeRef.Scalar.INT64 : TypeRef.Scalar.INT32;
            case "number" -> switch (f) {
                case "float" -> TypeRef.Scalar.FLOAT;
                case "double" -> TypeRef.Scalar.DOUBLE;
                case "decimal" -> TypeRef.Scalar.DECIMAL;
                default -> TypeRef.Scalar.NUMBER;
            };
            case "boolean" -> TypeRef.Scalar.BOOLEAN;
            default -> TypeRef.Scalar.ANY;
        };
    }
}
