package io.handspec.generator.spec;

import io.handspec.generator.model.Constraints;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.openapitools.codegen.utils.ModelUtils;

/**
 * Reads what a parameter's schema allows ({@code minimum}, {@code maximum} and their exclusive
 * forms in 3.0 and 3.1 spelling, {@code enum}, lengths, {@code pattern}, item counts, and the same
 * for array items) so the client can refuse a value before sending it.
 */
final class ConstraintsReader {
    /** Arrays of arrays are rare in parameters; deeper levels are left to the server. */
    private static final int MAX_DEPTH = 2;

    private final OpenAPI api;

    ConstraintsReader(OpenAPI api) {
        this.api = api;
    }

    Constraints read(Schema<?> schema) {
        return read(schema, 0);
    }

    private Constraints read(Schema<?> raw, int depth) {
        if (raw == null || depth > MAX_DEPTH) {
            return Constraints.NONE;
        }
        Schema<?> s = ModelUtils.getReferencedSchema(api, raw);
        // 3.1 may give both bounds of a side; a value must satisfy both, so the stricter one is checked
        BigDecimal minimum = s.getMinimum();
        boolean exclusiveMinimum = Boolean.TRUE.equals(s.getExclusiveMinimum());
        BigDecimal exclusiveMin = s.getExclusiveMinimumValue();
        if (exclusiveMin != null && (minimum == null || exclusiveMin.compareTo(minimum) >= 0)) {
            minimum = exclusiveMin;
            exclusiveMinimum = true;
        }
        BigDecimal maximum = s.getMaximum();
        boolean exclusiveMaximum = Boolean.TRUE.equals(s.getExclusiveMaximum());
        BigDecimal exclusiveMax = s.getExclusiveMaximumValue();
        if (exclusiveMax != null && (maximum == null || exclusiveMax.compareTo(maximum) <= 0)) {
            maximum = exclusiveMax;
            exclusiveMaximum = true;
        }
        List<String> allowed = new ArrayList<>();
        if (s.getEnum() != null) {
            for (Object value : s.getEnum()) {
                if (value != null) {
                    allowed.add(value instanceof BigDecimal d ? d.toPlainString() : String.valueOf(value));
                }
            }
        }
        Constraints items = s.getItems() == null ? null : read(s.getItems(), depth + 1);
        return new Constraints(
                minimum,
                exclusiveMinimum,
                maximum,
                exclusiveMaximum,
                allowed,
                s.getMinLength(),
                s.getMaxLength(),
                s.getPattern(),
                s.getMinItems(),
                s.getMaxItems(),
                items == null || items.isEmpty() ? null : items);
    }
}
