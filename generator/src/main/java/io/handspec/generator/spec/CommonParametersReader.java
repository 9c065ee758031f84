package io.handspec.generator.spec;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.parameters.Parameter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.openapitools.codegen.utils.ModelUtils;

/**
 * Reads the root's {@code x-handspec-common-parameters}, a list of {@code $ref}s to
 * {@code components/parameters}, and adds each to every operation that does not declare a parameter
 * of the same name and location itself (Kayako's {@code fields}, {@code _empty} and conditional
 * headers work on every request; repeating them in each operation is how they went missing).
 */
final class CommonParametersReader {
    static final String X_COMMON = "x-handspec-common-parameters";
    private static final String POINTER = "/" + X_COMMON;
    private static final String PREFIX = "#/components/parameters/";
    private static final String EXAMPLE = "[{$ref: '#/components/parameters/Fields'}]";

    private final OpenAPI api;
    private final Problems problems;

    CommonParametersReader(OpenAPI api, Problems problems) {
        this.api = api;
        this.problems = problems;
    }

    /** Adds the common parameters to every operation of {@code api}; problems are reported, not thrown. */
    void apply(Object value) {
        if (value == null) {
            return;
        }
        Map<String, Parameter> common = read(ExtensionValues.plain(value));
        if (common.isEmpty() || api.getPaths() == null) {
            return;
        }
        for (PathItem item : api.getPaths().values()) {
            for (io.swagger.v3.oas.models.Operation op : item.readOperations()) {
                Set<String> declared = new HashSet<>();
                declaredKeys(item.getParameters(), declared);
                declaredKeys(op.getParameters(), declared);
                List<Parameter> params =
                        op.getParameters() == null ? new ArrayList<>() : new ArrayList<>(op.getParameters());
                common.forEach((key, ref) -> {
                    if (!declared.contains(key)) {
                        params.add(new Parameter().$ref(ref.get$ref()));
                    }
                });
                op.setParameters(params);
            }
        }
    }

    /** The listed parameters by {@code in:name}, each checked; wrong entries are reported and left out. */
    private Map<String, Parameter> read(Object value) {
        Map<String, Parameter> out = new LinkedHashMap<>();
        if (!(value instanceof List<?> list)) {
            problems.error(POINTER, "must be a list of references such as " + EXAMPLE + ", not '" + value + "'");
            return out;
        }
        Map<String, Parameter> components =
                api.getComponents() == null || api.getComponents().getParameters() == null
                        ? Map.of()
                        : api.getComponents().getParameters();
        for (int i = 0; i < list.size(); i++) {
            String at = POINTER + "/" + i;
            Object entry = list.get(i);
            Object ref = entry instanceof Map<?, ?> m && m.size() == 1 ? m.get("$ref") : null;
            if (!(ref instanceof String s) || !s.startsWith(PREFIX)) {
                problems.error(
                        at,
                        "each entry must be a reference to a parameter in components/parameters such as "
                                + "{$ref: '#/components/parameters/Fields'}, not '" + entry + "'");
                continue;
            }
            String name = ModelUtils.getSimpleRef(s);
            Parameter target = components.get(name);
            if (target == null) {
                problems.error(
                        at + "/$ref",
                        "components/parameters has no '" + name + "'; declare it there or fix the reference");
            } else if ("path".equals(target.getIn())) {
                problems.error(
                        at + "/$ref",
                        "'" + name + "' is a path parameter, which only operations whose path names it can "
                                + "have; list it in those operations instead");
            } else if (target.getName() != null && target.getIn() != null) {
                String key = target.getIn() + ":" + target.getName();
                if (out.containsKey(key)) {
                    problems.error(
                            at, "the " + target.getIn() + " parameter '" + target.getName() + "' is listed twice");
                } else {
                    out.put(key, new Parameter().$ref(s));
                }
            }
        }
        return out;
    }

    private void declaredKeys(List<Parameter> params, Set<String> into) {
        if (params == null) {
            return;
        }
        for (Parameter p : params) {
            Parameter resolved = p;
            if (p.get$ref() != null
                    && p.get$ref().startsWith(PREFIX)
                    && api.getComponents() != null
                    && api.getComponents().getParameters() != null) {
                resolved = api.getComponents().getParameters().get(ModelUtils.getSimpleRef(p.get$ref()));
            }
            if (resolved != null && resolved.getName() != null && resolved.getIn() != null) {
                into.add(resolved.getIn() + ":" + resolved.getName());
            }
        }
    }
}
