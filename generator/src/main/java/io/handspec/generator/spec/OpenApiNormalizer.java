package io.handspec.generator.spec;

import io.swagger.v3.oas.models.OpenAPI;
import java.util.Map;
import org.openapitools.codegen.OpenAPINormalizer;

/**
 * OpenAPI Generator's normalizer with the rules this generator relies on: {@code oneOf}/{@code anyOf}
 * of one type plus {@code null} become that type (nullable), boolean enums become booleans, and a
 * 3.1 {@code type: [x, "null"]} becomes a nullable {@code x}.
 */
final class OpenApiNormalizer extends OpenAPINormalizer {
    private static final Map<String, String> RULES = Map.of(
            "SIMPLIFY_ONEOF_ANYOF", "true",
            "SIMPLIFY_BOOLEAN_ENUM", "true",
            "SIMPLIFY_ANYOF_STRING_AND_ENUM_STRING", "true");

    OpenApiNormalizer(OpenAPI openAPI) {
        super(openAPI, RULES);
    }

    void run() {
        normalize();
    }
}
