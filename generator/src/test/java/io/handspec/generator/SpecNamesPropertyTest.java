package io.handspec.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;

/**
 * Specs whose schemas, properties, tags, operationIds, parameters, enum values and inline schemas
 * carry names that a generator trips over (Java keywords, {@code java.lang}/{@code java.util} and
 * runtime type names, the templates' own members, package roots, case variants, digits, unicode)
 * must generate code that compiles with {@code -Xlint:all -Werror}. Each try puts many names into
 * one spec, so one compilation checks them all. The seed is fixed; {@code -Djqwik.tries.default=N}
 * runs longer (see README.md).
 */
class SpecNamesPropertyTest {
    private static final List<String> KEYWORDS = List.of(
            "class", "default", "enum", "record", "var", "yield", "_", "null", "true", "int", "void", "new", "this",
            "super", "package", "import", "static", "goto", "const", "sealed", "permits");
    private static final List<String> JDK_TYPES = List.of(
            "String",
            "Object",
            "Integer",
            "Long",
            "Boolean",
            "Override",
            "Deprecated",
            "Class",
            "Void",
            "System",
            "Record",
            "Enum",
            "Exception",
            "List",
            "Map",
            "Set",
            "Objects",
            "Arrays",
            "Collections",
            "Optional",
            "LinkedHashMap",
            "LinkedHashSet",
            "UUID",
            "URI",
            "Duration",
            "Generated",
            "CompletableFuture",
            "Supplier",
            "UnaryOperator",
            "IllegalStateException",
            "BigDecimal",
            "LocalDate",
            "OffsetDateTime");
    private static final List<String> RUNTIME_TYPES = List.of(
            "ApiClient",
            "ApiRequest",
            "ApiResponse",
            "RequestOptions",
            "ResponseSpec",
            "PagedIterable",
            "ClientConfig",
            "Auth",
            "Authentication",
            "SessionAuth",
            "RetryPolicy",
            "UnionDeserializer",
            "WireValue",
            "ParamStyle",
            "BodyKind",
            "ApiException",
            "ApiIoException",
            "PageStrategy",
            "Timestamp",
            "Json",
            "TypeReference",
            "JsonNode",
            "JsonCreator",
            "JsonValue",
            "JsonProperty",
            "JsonDeserialize",
            "JsonDeserializer",
            "JsonPOJOBuilder",
            "JsonAnySetter",
            "Variant",
            "None");
    private static final List<String> MEMBERS = List.of(
            "client",
            "builder",
            "toBuilder",
            "build",
            "present",
            "additional",
            "isSet",
            "toJson",
            "putIfPresent",
            "additionalProperty",
            "additionalProperties",
            "unset",
            "known",
            "value",
            "of",
            "wireValue",
            "isKnown",
            "KNOWN",
            "UNKNOWN",
            "Known",
            "Unknown",
            "Builder",
            "params",
            "options",
            "p",
            "b",
            "o",
            "other",
            "json",
            "name",
            "jsonName",
            "config",
            "withOptions",
            "defaultRetryPolicy",
            "DEFAULT_BASE_URI",
            "serverVariables",
            "baseUri",
            "baseUriSet",
            "authentication",
            "retryPolicy",
            "uri",
            "variable",
            "change",
            "policy",
            "serialVersionUID",
            "body",
            "key",
            "token",
            "user",
            "password",
            "tokens",
            "equals",
            "hashCode",
            "toString",
            "getClass",
            "wait",
            "execute",
            "executeAsync",
            "request",
            "spec",
            "Params",
            "ofString",
            "OfString",
            "Api");
    private static final List<String> ROOTS = List.of("java", "javax", "com", "io", "org", "example", "names");
    private static final List<String> ODD = List.of(
            "1", "2fa", "x2", "a-b", "a b", "$", "$ref", "--", "ünïcödé", "日本", "Ωmega", "π", "naïve", "ǅemal", "a.b",
            "A_B", "x_", "_x");
    /** What OpenAPI allows as a component name; other names go where any string is allowed. */
    private static final java.util.regex.Pattern COMPONENT = java.util.regex.Pattern.compile("[A-Za-z0-9._-]+");

    private static final ObjectMapper JSON = new ObjectMapper();

    @Property(seed = "20261123", shrinking = ShrinkingMode.BOUNDED)
    void specsWithAnyNamesGenerateCodeThatCompiles(@ForAll("names") List<String> names) throws Exception {
        Path dir = Files.createTempDirectory("handspec-names");
        try {
            Files.writeString(dir.resolve("spec.yaml"), JSON.writeValueAsString(spec(names)));
            Path out = dir.resolve("src");
            Generator.generate(new GenerateRequest(
                    dir.resolve("spec.yaml").toString(), out, "names.generated.pkg", null, Map.of()));
            TestCompiler.Result result = TestCompiler.compile(out, dir.resolve("classes"));
            assertEquals(List.of(), result.diagnostics(), "names " + names);
            assertEquals(true, result.success());
        } finally {
            GoldenFilesTest.deleteRecursively(dir);
        }
    }

    @Provide
    Arbitrary<List<String>> names() {
        List<String> pool = new ArrayList<>();
        for (List<String> group : List.of(KEYWORDS, JDK_TYPES, RUNTIME_TYPES, MEMBERS, ROOTS, ODD)) {
            pool.addAll(group);
        }
        Arbitrary<String> base = Arbitraries.of(pool);
        Arbitrary<String> variant = base.flatMap(n -> Arbitraries.of(
                n,
                n.toUpperCase(Locale.ROOT),
                n.toLowerCase(Locale.ROOT),
                capitalize(n),
                n + "2",
                n + "_" + n,
                n + " list"));
        return variant.list().ofMinSize(12).ofMaxSize(30).uniqueElements();
    }

    /** A spec that uses each name as many kinds of thing as it can. */
    static Map<String, Object> spec(List<String> names) {
        List<String> components = new ArrayList<>(new LinkedHashSet<>(
                names.stream().filter(n -> COMPONENT.matcher(n).matches()).toList()));
        if (components.isEmpty()) {
            components.add("Fallback");
        }
        Map<String, Object> schemas = new LinkedHashMap<>();
        String object = components.get(0);
        for (int i = 0; i < components.size(); i++) {
            String name = components.get(i);
            schemas.put(
                    name,
                    switch (i % 4) {
                        case 0 -> object(names, i, components);
                        case 1 -> Map.of("type", "string", "enum", distinct(names, i, 1 + i % 3));
                        case 2 -> Map.of(
                                "oneOf",
                                List.of(
                                        ref(object),
                                        Map.of("type", "string"),
                                        Map.of("type", "array", "items", Map.of("type", "integer"))));
                        default -> Map.of(
                                "type",
                                "object",
                                "additionalProperties",
                                ref(object),
                                "properties",
                                Map.of(names.get(i % names.size()), Map.of("type", "integer", "enum", List.of(1, 2))));
                    });
        }
        Map<String, Object> paths = new LinkedHashMap<>();
        for (int i = 0; i < names.size(); i++) {
            String n = names.get(i);
            List<Object> parameters = new ArrayList<>();
            parameters.add(Map.of("name", n, "in", "path", "required", true, "schema", Map.of("type", "string")));
            String query = names.get((i + 1) % names.size());
            parameters.add(Map.of(
                    "name",
                    query,
                    "in",
                    "query",
                    "required",
                    i % 2 == 0,
                    "schema",
                    ref(components.get(i % components.size()))));
            parameters.add(Map.of(
                    "name", names.get((i + 2) % names.size()), "in", "header", "schema", Map.of("type", "string")));
            Map<String, Object> op = new LinkedHashMap<>();
            op.put("operationId", n);
            op.put("tags", List.of(names.get((i * 3) % names.size())));
            op.put("parameters", parameters);
            op.put("requestBody", Map.of("content", Map.of("application/json", Map.of("schema", ref(object)))));
            op.put(
                    "responses",
                    Map.of(
                            "200",
                            Map.of(
                                    "description",
                                    "ok",
                                    "content",
                                    Map.of(
                                            "application/json",
                                            Map.of("schema", ref(components.get((i + 2) % components.size())))))));
            paths.put("/p" + i + "/{" + n + "}", Map.of("post", op));
        }
        return Map.of(
                "openapi",
                "3.0.3",
                "info",
                Map.of("title", names.get(0), "version", "1"),
                "paths",
                paths,
                "components",
                Map.of("schemas", schemas));
    }

    private static Map<String, Object> object(List<String> names, int at, List<String> components) {
        Map<String, Object> properties = new LinkedHashMap<>();
        List<String> own = distinct(names, at, 8);
        for (int k = 0; k < own.size(); k++) {
            properties.put(
                    own.get(k),
                    switch (k % 6) {
                        case 0 -> Map.of("type", "string", "enum", List.of(own.get(k)));
                        case 1 -> Map.of("type", "string", "enum", distinct(names, at + k, 3));
                        case 2 -> Map.of("type", "object", "properties", Map.of(own.get(k), Map.of("type", "string")));
                        case 3 -> Map.of("oneOf", List.of(Map.of("type", "string"), Map.of("type", "integer")));
                        case 4 -> ref(components.get((at + k) % components.size()));
                        default -> Map.of("type", "array", "items", ref(components.get(k % components.size())));
                    });
        }
        return Map.of("type", "object", "required", own.subList(0, Math.min(2, own.size())), "properties", properties);
    }

    private static List<String> distinct(List<String> names, int from, int count) {
        Set<String> out = new LinkedHashSet<>();
        for (int i = 0; i < count; i++) {
            out.add(names.get((from + i) % names.size()));
        }
        return new ArrayList<>(out);
    }

    private static Map<String, Object> ref(String schema) {
        return Map.of("$ref", "#/components/schemas/" + schema);
    }

    private static String capitalize(String n) {
        return n.isEmpty() ? n : n.substring(0, 1).toUpperCase(Locale.ROOT) + n.substring(1);
    }
}
