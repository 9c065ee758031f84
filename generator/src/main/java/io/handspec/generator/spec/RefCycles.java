package io.handspec.generator.spec;

import io.swagger.v3.oas.models.OpenAPI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.openapitools.codegen.utils.ModelUtils;

/**
 * Finds {@code $ref} cycles that no Java type can express: component schemas that reach themselves
 * only through {@code $ref}, {@code allOf}, a one-variant {@code oneOf}/{@code anyOf}, {@code items}
 * or {@code additionalProperties}, with no object, enum or union (a class of its own) in between.
 * Runs before the normalizer, which would otherwise recurse on them or quietly drop the reference.
 * A recursive object ({@code Node} with {@code children: [Node]}) is fine: {@code Node} is a class.
 */
@SuppressWarnings({"rawtypes", "unchecked"})
final class RefCycles {
    private final Map<String, io.swagger.v3.oas.models.media.Schema> components;
    private final Problems problems;
    private final Set<String> done = new HashSet<>();
    private final Set<String> reported = new HashSet<>();

    private RefCycles(Map<String, io.swagger.v3.oas.models.media.Schema> components, Problems problems) {
        this.components = components;
        this.problems = problems;
    }

    static void check(OpenAPI api, Problems problems) {
        if (api.getComponents() == null || api.getComponents().getSchemas() == null) {
            return;
        }
        RefCycles cycles = new RefCycles(api.getComponents().getSchemas(), problems);
        for (String name : new TreeMap<>(cycles.components).keySet()) {
            cycles.visit(name, new LinkedHashSet<>());
        }
    }

    private void visit(String name, LinkedHashSet<String> path) {
        io.swagger.v3.oas.models.media.Schema schema = components.get(name);
        if (schema == null || done.contains(name) || SchemaShapes.isClassWorthy(schema)) {
            return;
        }
        if (path.contains(name)) {
            report(name, path);
            return;
        }
        path.add(name);
        List<String> refs = new ArrayList<>();
        transparentRefs(schema, refs, true);
        for (String ref : refs) {
            visit(ref, path);
        }
        path.remove(name);
        done.add(name);
    }

    /** The components {@code s} stands for without becoming a class of its own. */
    private void transparentRefs(io.swagger.v3.oas.models.media.Schema s, List<String> out, boolean top) {
        if (s == null) {
            return;
        }
        if (s.get$ref() != null) {
            out.add(ModelUtils.getSimpleRef(s.get$ref()));
            return;
        }
        if (!top && SchemaShapes.isClassWorthy(s)) {
            return;
        }
        if (s.getAllOf() != null) {
            s.getAllOf().forEach(part -> transparentRefs((io.swagger.v3.oas.models.media.Schema) part, out, false));
        }
        SchemaShapes.variantsOf(s).forEach(v -> transparentRefs(v, out, false));
        transparentRefs(s.getItems(), out, false);
        if (s.getAdditionalProperties() instanceof io.swagger.v3.oas.models.media.Schema<?> values) {
            transparentRefs(values, out, false);
        }
    }

    private void report(String name, LinkedHashSet<String> path) {
        List<String> all = new ArrayList<>(path);
        List<String> loop = new ArrayList<>(all.subList(all.indexOf(name), all.size()));
        if (!reported.add(new java.util.TreeSet<>(loop).toString())) {
            return;
        }
        loop.add(name);
        problems.error(
                "/components/schemas/" + SourceIndex.escape(name),
                "schema '" + name + "' refers to itself through "
                        + String.join(" -> ", loop)
                        + " with no object schema in between (only $ref, allOf, oneOf, anyOf, items "
                        + "or additionalProperties), so it has no Java type; make one schema of the cycle an object with "
                        + "properties, or end the cycle with a schema that does not refer back");
    }
}
