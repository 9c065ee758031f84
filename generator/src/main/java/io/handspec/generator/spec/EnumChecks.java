package io.handspec.generator.spec;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.Set;

/**
 * Checks a schema's {@code enum} as written: integer values must be whole numbers that fit the
 * Java type the generator picks ({@code Integer}, or {@code Long} with {@code format: int64}), and
 * no value may appear twice (the generated constants and the value map would clash).
 */
final class EnumChecks {
    private final Problems problems;

    EnumChecks(Problems problems) {
        this.problems = problems;
    }

    void check(JsonNode schema, Pointer pointer) {
        JsonNode values = schema.get("enum");
        if (values == null || !values.isArray()) {
            return;
        }
        JsonNode type = schema.get("type");
        boolean integer = type != null
                && (type.asText().equals("integer")
                        || type.isArray()
                                && type.size() > 0
                                && type.get(0).asText().equals("integer"));
        boolean int64 = "int64".equals(schema.path("format").asText());
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < values.size(); i++) {
            JsonNode v = values.get(i);
            if (v.isNull() || (v.isDouble() || v.isFloat()) && !Double.isFinite(v.doubleValue())) {
                // a number beyond a double's range is reported where every number is checked
                continue;
            }
            String key = v.isNumber() ? v.decimalValue().stripTrailingZeros().toPlainString() : v.asText();
            if (!seen.add(key)) {
                problems.error(at(pointer, i), "the value " + v + " is listed twice; remove the second one");
            }
            if (integer) {
                integerValue(v, pointer, i, int64);
            }
        }
    }

    private static Pointer at(Pointer schema, int index) {
        return schema.child("enum").child(index);
    }

    private void integerValue(JsonNode v, Pointer schema, int index, boolean int64) {
        Pointer at = at(schema, index);
        if (!v.isIntegralNumber()
                && !(v.isNumber() && v.decimalValue().stripTrailingZeros().scale() <= 0)) {
            problems.error(
                    at, v + " is not a whole number, but the enum's type is integer; correct the value or the type");
            return;
        }
        java.math.BigInteger n = v.decimalValue().toBigIntegerExact();
        if (int64 ? n.bitLength() > 63 : n.bitLength() > 31) {
            problems.error(
                    at,
                    v + " does not fit "
                            + (int64
                                    ? "a 64-bit integer; use type: string"
                                    : "a 32-bit integer; add format: int64 (or use a smaller value)"));
        }
    }
}
