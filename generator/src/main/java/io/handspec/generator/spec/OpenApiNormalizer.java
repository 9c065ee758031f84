package io.handspec.generator.spec;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import org.openapitools.codegen.OpenAPINormalizer;

/**
 * OpenAPI Generator's normalizer with the rules this generator relies on: {@code oneOf}/{@code anyOf}
 * of one type plus {@code null} become that type (nullable), boolean enums become booleans, and a
 * 3.1 {@code type: [x, "null"]} becomes a nullable {@code x}.
 *
 * <p>The visited schemas of each walk are kept by identity. The normalizer keeps them in the hash set
 * it passes along, and a parser schema's {@code hashCode} hashes its whole subtree, so every visit
 * cost a walk of everything below it (a large share of the time on GitHub's spec); a schema is
 * visited once either way.
 */
@SuppressWarnings("rawtypes")
final class OpenApiNormalizer extends OpenAPINormalizer {
    private static final Map<String, String> RULES = Map.of(
            "SIMPLIFY_ONEOF_ANYOF", "true",
            "SIMPLIFY_BOOLEAN_ENUM", "true",
            "SIMPLIFY_ANYOF_STRING_AND_ENUM_STRING", "true");

    /** The walk's own set (by identity) to the schemas it visited (by identity). */
    private final Map<Set<Schema>, Set<Schema>> visited = new IdentityHashMap<>();

    OpenApiNormalizer(OpenAPI openAPI) {
        super(openAPI, RULES);
    }

    void run() {
        normalize();
        visited.clear();
    }

    @Override
    protected boolean skipNormalization(Schema schema, Set<Schema> visitedSchemas) {
        // the parent's answer for a missing schema or a $ref, with no visited schema to hash
        return super.skipNormalization(schema, Set.of()) || seen(visitedSchemas).contains(schema);
    }

    @Override
    protected void markSchemaAsVisited(Schema schema, Set<Schema> visitedSchemas) {
        if (schema != null) {
            seen(visitedSchemas).add(schema);
        }
    }

    private Set<Schema> seen(Set<Schema> walk) {
        return visited.computeIfAbsent(walk, k -> Collections.newSetFromMap(new IdentityHashMap<>()));
    }
}
