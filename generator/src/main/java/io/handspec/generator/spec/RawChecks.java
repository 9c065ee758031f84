package io.handspec.generator.spec;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks the document as written, before the parser reads it, where the parser would drop or
 * coerce a bad value silently: status keys, schema {@code type}s, enum values against their type,
 * numeric keywords and {@code pattern}s. Schemas are found by walking the places OpenAPI puts them.
 */
final class RawChecks {
    /** JSON Schema's types; {@code null} also in 3.0 specs, where the normalizer turns {@code oneOf: [x, {type: null}]} into a nullable x. */
    private static final Set<String> TYPES =
            Set.of("string", "number", "integer", "boolean", "array", "object", "null");

    private static final Set<String> METHODS =
            Set.of("get", "put", "post", "delete", "options", "head", "patch", "trace");
    private static final Pattern STATUS = Pattern.compile("default|[1-5]XX|[1-5]\\d\\d");
    private static final Pattern EXTENSION_PLACES =
            Pattern.compile("/x-handspec-(retry|paginations|envelope|timestamps|headers|common-parameters|errors)"
                    + "|/paths/[^/]+/(get|put|post|delete|options|head|patch|trace)/x-handspec-(pagination|envelope)"
                    + "|/components/securitySchemes/[^/]+/x-handspec-auth"
                    + "|/servers/\\d+/variables/[^/]+/x-handspec-example"
                    + "|/info/x-handspec-sources");
    private static final Set<String> NUMBERS = Set.of("minimum", "maximum", "multipleOf");
    private static final String[] LISTS = {"allOf", "oneOf", "anyOf", "prefixItems"};
    private static final Set<String> COUNTS =
            Set.of("minLength", "maxLength", "minItems", "maxItems", "minProperties", "maxProperties");

    private final Problems problems;
    private final boolean v31;
    private final EnumChecks enums;

    private RawChecks(Problems problems, boolean v31) {
        this.problems = problems;
        this.v31 = v31;
        this.enums = new EnumChecks(problems);
    }

    /** Checks {@code root}, the tree of {@code index}, which found what concerns the whole document while it was read. */
    static void check(JsonNode root, SourceIndex index, Problems problems) {
        RawChecks checks = new RawChecks(problems, root.path("openapi").asText().startsWith("3.1"));
        for (SourceIndex.Extension misplaced : index.misplacedExtensions()) {
            problems.error(
                    misplaced.pointer(),
                    "'" + misplaced.key() + "' is not an x-handspec extension read here; the extensions are "
                            + "x-handspec-retry, -paginations, -envelope, -timestamps, -headers, -common-parameters, -errors (root), -pagination, -envelope "
                            + "(operation), -auth (security scheme), -example (server variable) and -sources (info): correct the name or move it");
        }
        numbersOf(index, problems);
        checks.components(root.path("components"), Pointer.ROOT.child("components"));
        Pointer paths = Pointer.ROOT.child("paths");
        root.path("paths").properties().forEach(path -> checks.pathItem(path.getValue(), paths.child(path.getKey())));
    }

    /**
     * A number beyond a double's range (such as {@code 1e400}) is read as infinity, which the parser
     * cannot turn into a decimal: it would fail the whole document with messages about other things.
     * Reported for the spec and every file it refers to, as {@code index} found them.
     */
    static void numbersOf(SourceIndex index, Problems problems) {
        for (String at : index.infiniteNumbers()) {
            problems.error(
                    at,
                    "this number is beyond the range of a double (about 1.8e308 either way), which the parser cannot"
                            + " read; write a smaller number, or a string if it is an example");
        }
    }

    /** Whether an {@code x-handspec-*} key at {@code pointer} stands where the generator reads it. */
    static boolean extensionPlace(String pointer) {
        return EXTENSION_PLACES.matcher(pointer).matches();
    }

    private void components(JsonNode c, Pointer pointer) {
        each(c.path("schemas"), pointer.child("schemas"), this::schema);
        each(c.path("parameters"), pointer.child("parameters"), this::parameter);
        each(c.path("headers"), pointer.child("headers"), this::parameter);
        each(c.path("responses"), pointer.child("responses"), this::response);
        each(
                c.path("requestBodies"),
                pointer.child("requestBodies"),
                (n, p) -> content(n.path("content"), p.child("content")));
    }

    private void pathItem(JsonNode item, Pointer pointer) {
        array(item.path("parameters"), pointer.child("parameters"), this::parameter);
        item.properties().forEach(e -> {
            if (METHODS.contains(e.getKey())) {
                Pointer op = pointer.child(e.getKey());
                array(e.getValue().path("parameters"), op.child("parameters"), this::parameter);
                content(
                        e.getValue().path("requestBody").path("content"),
                        op.child("requestBody").child("content"));
                Pointer responses = op.child("responses");
                e.getValue().path("responses").properties().forEach(r -> {
                    Pointer at = responses.child(r.getKey());
                    if (!STATUS.matcher(r.getKey()).matches()) {
                        problems.error(
                                at,
                                "'" + r.getKey() + "' is not a response status; use a code from 100 to 599, "
                                        + "a range such as 4XX, or default");
                    }
                    response(r.getValue(), at);
                });
            }
        });
    }

    private void parameter(JsonNode p, Pointer pointer) {
        schema(p.path("schema"), pointer.child("schema"));
        content(p.path("content"), pointer.child("content"));
    }

    private void response(JsonNode r, Pointer pointer) {
        content(r.path("content"), pointer.child("content"));
        each(r.path("headers"), pointer.child("headers"), this::parameter);
    }

    private void content(JsonNode content, Pointer pointer) {
        each(content, pointer, (media, p) -> schema(media.path("schema"), p.child("schema")));
    }

    private void schema(JsonNode s, Pointer pointer) {
        if (!s.isObject() || s.has("$ref")) {
            return;
        }
        type(s.get("type"), pointer);
        enums.check(s, pointer);
        for (String key : NUMBERS) {
            if (s.has(key) && !s.get(key).isNumber()) {
                problems.error(pointer.child(key), key + " must be a number, not '" + s.get(key) + "'");
            }
        }
        for (String key : COUNTS) {
            if (s.has(key)
                    && !(s.get(key).canConvertToLong()
                            && s.get(key).isIntegralNumber()
                            && s.get(key).asLong() >= 0)) {
                problems.error(
                        pointer.child(key), key + " must be a whole number, 0 or more, not '" + s.get(key) + "'");
            }
        }
        if (s.has("pattern")) {
            try {
                Pattern.compile(s.get("pattern").asText());
            } catch (java.util.regex.PatternSyntaxException e) {
                problems.error(
                        pointer.child("pattern"),
                        "pattern is not a regular expression: " + e.getDescription() + " at index " + e.getIndex()
                                + "; correct it (remember to escape backslashes in YAML double quotes)");
            }
        }
        each(s.path("properties"), pointer.child("properties"), this::schema);
        schema(s.path("items"), pointer.child("items"));
        schema(s.path("additionalProperties"), pointer.child("additionalProperties"));
        schema(s.path("not"), pointer.child("not"));
        for (String list : LISTS) {
            JsonNode items = s.get(list);
            if (items != null) {
                array(items, pointer.child(list), this::schema);
            }
        }
    }

    /** Checks the {@code type} of the schema at {@code schema}. */
    private void type(JsonNode type, Pointer schema) {
        if (type == null) {
            return;
        }
        Pointer pointer = schema.child("type");
        if (type.isArray() && v31) {
            for (int i = 0; i < type.size(); i++) {
                JsonNode t = type.get(i);
                if (!t.isTextual() || !TYPES.contains(t.asText())) {
                    problems.error(pointer.child(i), unknownType(t));
                }
            }
        } else if (!type.isArray() && (!type.isTextual() || !TYPES.contains(type.asText()))) {
            problems.error(pointer, unknownType(type));
        }
    }

    private static String unknownType(JsonNode t) {
        return "type " + t + " is not a type; use one of string, number, integer, boolean, array, object (or null)";
    }

    private interface Visit {
        void at(JsonNode node, Pointer pointer);
    }

    private static void each(JsonNode map, Pointer pointer, Visit visit) {
        if (map.isObject()) {
            for (Map.Entry<String, JsonNode> e : map.properties()) {
                visit.at(e.getValue(), pointer.child(e.getKey()));
            }
        }
    }

    private static void array(JsonNode list, Pointer pointer, Visit visit) {
        if (list.isArray()) {
            for (int i = 0; i < list.size(); i++) {
                visit.at(list.get(i), pointer.child(i));
            }
        }
    }
}
