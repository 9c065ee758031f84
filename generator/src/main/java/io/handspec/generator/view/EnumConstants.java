package io.handspec.generator.view;

import io.handspec.generator.model.Schema;
import io.handspec.generator.model.TypeRef;
import java.util.ArrayList;
import java.util.List;

/** Names and literals of an open enum's constants. */
final class EnumConstants {
    /** A class file holds a string constant of at most 65,535 bytes; longer values are built at class load. */
    private static final int MAX_CONSTANT_BYTES = 60_000;
    private static final int CHUNK_CHARS = 10_000;

    private EnumConstants() {
    }

    /** One constant name per value, in order, then the name of the constant for values the spec does not list. */
    static List<Code> of(Schema s) {
        NameAllocator constants = new NameAllocator(TemplateNames.ENUM_CONSTANTS);
        List<Code> out = new ArrayList<>();
        for (Object v : s.enumValues()) {
            // -1 and 1 would both read "_1": a negative number says so
            String text = v instanceof Number n && n.toString().startsWith("-") ? "minus " + n.toString().substring(1) : String.valueOf(v);
            out.add(Code.name(constants.allocate(JavaNames.constantName(text))));
        }
        out.add(Code.name(constants.allocate("UNKNOWN")));
        return out;
    }

    /** {@code value} as a Java expression of the enum's value type. */
    static Code literal(TypeRef.Scalar type, Object value, ImportCollector imports) {
        return switch (type) {
            case INT32 -> Code.number(((Number) value).intValue());
            case INT64 -> Code.longNumber(((Number) value).longValue());
            default -> string(String.valueOf(value), imports);
        };
    }

    private static Code string(String value, ImportCollector imports) {
        if (Code.constantBytes(value) <= MAX_CONSTANT_BYTES) {
            return Code.literal(value);
        }
        List<Code> chunks = new ArrayList<>();
        int start = 0;
        while (start < value.length()) {
            int end = Math.min(value.length(), start + CHUNK_CHARS);
            if (end < value.length() && Character.isHighSurrogate(value.charAt(end - 1))) {
                end--;
            }
            chunks.add(Code.literal(value.substring(start, end)));
            start = end;
        }
        return Code.of("$T.join($S, $L)", imports.spell("java.lang.String"), "", Code.join(",\n            ", chunks));
    }
}
