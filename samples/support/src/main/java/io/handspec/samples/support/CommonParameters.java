package io.handspec.samples.support;

import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The spec as the generator reads it: the root's {@code x-handspec-common-parameters} added to every
 * operation that does not declare a parameter of the same name and location, so the request
 * validator checks Kayako's {@code fields}, {@code _case} and conditional headers like any other;
 * and the root's {@code security} copied onto every operation that does not declare its own, as
 * OpenAPI says it applies (the request validator reads only an operation's own {@code security}, so
 * a request without its credential would otherwise pass).
 */
final class CommonParameters {
    private static final String PREFIX = "#/components/parameters/";

    private CommonParameters() {}

    /** The spec at {@code spec}, expanded, as JSON text. */
    static String expand(Path spec) {
        ParseOptions options = new ParseOptions();
        options.setResolve(false);
        OpenAPI api = new OpenAPIV3Parser().read(spec.toAbsolutePath().toUri().toString(), null, options);
        if (api == null) {
            throw new IllegalArgumentException("cannot read " + spec);
        }
        Object listed = api.getExtensions() == null ? null : api.getExtensions().get("x-handspec-common-parameters");
        List<String> refs = new ArrayList<>();
        if (listed instanceof List<?> list) {
            for (Object entry : list) {
                if (entry instanceof Map<?, ?> m && m.get("$ref") instanceof String ref) {
                    refs.add(ref);
                }
            }
        }
        for (PathItem item : api.getPaths().values()) {
            for (io.swagger.v3.oas.models.Operation op : item.readOperations()) {
                Set<String> declared = new HashSet<>();
                keys(api, item.getParameters(), declared);
                keys(api, op.getParameters(), declared);
                List<Parameter> params =
                        op.getParameters() == null ? new ArrayList<>() : new ArrayList<>(op.getParameters());
                for (String ref : refs) {
                    Parameter target = component(api, ref);
                    if (target != null && declared.add(target.getIn() + ":" + target.getName())) {
                        params.add(new Parameter().$ref(ref));
                    }
                }
                op.setParameters(params.isEmpty() ? null : params);
                if (op.getSecurity() == null) {
                    op.setSecurity(api.getSecurity());
                }
            }
        }
        return Json.pretty(api);
    }

    private static void keys(OpenAPI api, List<Parameter> params, Set<String> into) {
        for (Parameter p : params == null ? List.<Parameter>of() : params) {
            Parameter resolved = p.get$ref() == null ? p : component(api, p.get$ref());
            if (resolved != null) {
                into.add(resolved.getIn() + ":" + resolved.getName());
            }
        }
    }

    private static Parameter component(OpenAPI api, String ref) {
        if (!ref.startsWith(PREFIX)
                || api.getComponents() == null
                || api.getComponents().getParameters() == null) {
            return null;
        }
        return api.getComponents().getParameters().get(ref.substring(PREFIX.length()));
    }
}
