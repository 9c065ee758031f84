package io.handspec.generator.view;

import io.handspec.generator.model.EnumSchema;
import java.util.ArrayList;
import java.util.List;

/** Names and literals of an open enum's constants. */
final class EnumConstants {

    private static final int CHUNK_CHARS = 10_000;

    private EnumConstants() {}

    /** One constant name per value, in order, then the name of the constant for values the spec does not list. */
    static List<Code> of(EnumSchema s) {
        NameAllocator constants = new NameAllocator(TemplateNames.ENUM_CONSTANTS);
        List<Code> out = new ArrayList<>();
        for (String v : s.values()) {
            // -1 and 1 would both read "_1": a negative number says so
            String text =
                    s.valueType() != EnumSchema.ValueType.STRING && v.startsWith("-") ? "minus " + v.substring(1) : v;
            out.add(Code.name(constants.allocate(JavaNames.constantName(text))));
        }
        out.add(Code.name(constants.allocate("UNKNOWN")));
        return out;
    }

    /** {@code value} as a Java expression of the enum's value type. */
    static Code literal(EnumSchema.ValueType type, String value, ImportCollector imports) {
        return switch (type) {
            case INT32 -> Code.number(Integer.parseInt(value));
            case INT64 -> Code.longNumber(Long.parseLong(value));
            case STRING -> string(value, imports);
        };
    }

    private static Code string(String value, ImportCollector imports) {
        if (Code.constantBytes(value) <= Code.MAX_CONSTANT_BYTES) {
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
