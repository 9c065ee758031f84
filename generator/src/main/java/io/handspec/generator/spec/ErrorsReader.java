package io.handspec.generator.spec;

import io.handspec.generator.model.ApiErrors;
import io.handspec.generator.model.TypeRef;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads the root's {@code x-handspec-errors}: the API's error body schema, declared once, and the
 * error statuses it covers ({@code [4XX, 5XX]} unless stated).
 */
final class ErrorsReader {
    static final String X_ERRORS = "x-handspec-errors";
    private static final String SCHEMAS = "#/components/schemas/";
    private static final Pattern STATUS = Pattern.compile("[45](XX|\\d\\d)");
    private static final String EXAMPLE = "{schema: {$ref: '#/components/schemas/Error'}, statuses: [4XX, 5XX]}";

    private ErrorsReader() {}

    /** The declaration, or {@code null} when there is none or it is wrong (then a problem says why). */
    static ApiErrors read(Object value, Problems problems, SchemaReader schemas) {
        if (value == null) {
            return null;
        }
        String pointer = "/" + X_ERRORS;
        ExtensionValues values = new ExtensionValues(problems);
        Map<String, Object> m = values.object(value, pointer, EXAMPLE);
        if (m == null) {
            return null;
        }
        values.onlyKeys(m, pointer, Set.of("schema", "statuses"));
        TypeRef type = schema(ExtensionValues.plain(m.get("schema")), pointer + "/schema", problems, schemas);
        List<String> statuses = statuses(ExtensionValues.plain(m.get("statuses")), pointer + "/statuses", problems);
        return type == null || statuses.isEmpty() ? null : new ApiErrors(type, statuses);
    }

    private static TypeRef schema(Object v, String pointer, Problems problems, SchemaReader schemas) {
        if (v == null) {
            problems.error(pointer, "missing: name the API's error body schema, e.g. " + EXAMPLE);
            return null;
        }
        Object ref = v instanceof Map<?, ?> m && m.size() == 1 ? m.get("$ref") : null;
        if (!(ref instanceof String target) || !target.startsWith(SCHEMAS) || target.length() == SCHEMAS.length()) {
            problems.error(
                    pointer,
                    "must be {$ref: '" + SCHEMAS + "<Name>'}, a schema under this file's components/schemas, not '" + v
                            + "'; move an inline or external schema there and refer to it");
            return null;
        }
        io.swagger.v3.oas.models.media.Schema<?> refSchema = new io.swagger.v3.oas.models.media.Schema<>();
        refSchema.set$ref(target);
        return schemas.type(refSchema, "Api Error", pointer);
    }

    private static List<String> statuses(Object v, String pointer, Problems problems) {
        if (v == null) {
            return List.of("4XX", "5XX");
        }
        List<Object> items = new ArrayList<>();
        if (v instanceof List<?> l) {
            items.addAll(l);
        } else if (v instanceof String s) {
            items.addAll(List.of(s.split("\\s*,\\s*", -1)));
        } else {
            problems.error(
                    pointer, "must be a list of error statuses such as [4XX, 5XX] or [400, 404, 500], not '" + v + "'");
            return List.of();
        }
        Set<String> out = new LinkedHashSet<>();
        boolean wrong = false;
        for (int i = 0; i < items.size(); i++) {
            String status = String.valueOf(items.get(i)).strip();
            if (STATUS.matcher(status).matches()) {
                out.add(status);
            } else {
                wrong = true;
                problems.error(
                        v instanceof List<?> ? pointer + "/" + i : pointer,
                        "'" + status + "' is not an error status; use 400-599, 4XX or 5XX (an error body "
                                + "schema covers error answers only)");
            }
        }
        if (items.isEmpty()) {
            problems.error(pointer, "is empty; list the statuses the error body covers, e.g. [4XX, 5XX]");
        }
        return wrong ? List.of() : List.copyOf(out);
    }
}
