package io.handspec.generator.model;

import java.math.BigDecimal;
import java.util.List;

/**
 * What a schema allows for a value, as far as a client can check it before sending.
 *
 * @param minimum          {@code minimum}, or {@code null}
 * @param exclusiveMinimum the minimum itself is not allowed
 * @param maximum          {@code maximum}, or {@code null}
 * @param exclusiveMaximum the maximum itself is not allowed
 * @param allowed          {@code enum} values as text, empty for any
 * @param minLength        {@code minLength}, or {@code null}
 * @param maxLength        {@code maxLength}, or {@code null}
 * @param pattern          {@code pattern}, or {@code null}
 * @param minItems         {@code minItems}, or {@code null}
 * @param maxItems         {@code maxItems}, or {@code null}
 * @param items            the constraints of each item of an array, or {@code null}
 */
public record Constraints(
        BigDecimal minimum,
        boolean exclusiveMinimum,
        BigDecimal maximum,
        boolean exclusiveMaximum,
        List<String> allowed,
        Integer minLength,
        Integer maxLength,
        String pattern,
        Integer minItems,
        Integer maxItems,
        Constraints items) {
    /** No constraint. */
    public static final Constraints NONE =
            new Constraints(null, false, null, false, List.of(), null, null, null, null, null, null);

    public Constraints {
        allowed = List.copyOf(allowed);
    }

    /** The same without the {@code enum}. */
    public Constraints withoutAllowed() {
        return new Constraints(
                minimum,
                exclusiveMinimum,
                maximum,
                exclusiveMaximum,
                List.of(),
                minLength,
                maxLength,
                pattern,
                minItems,
                maxItems,
                items);
    }

    /** Whether there is anything to check. */
    public boolean isEmpty() {
        return minimum == null
                && maximum == null
                && allowed.isEmpty()
                && minLength == null
                && maxLength == null
                && pattern == null
                && minItems == null
                && maxItems == null
                && (items == null || items.isEmpty());
    }
}
