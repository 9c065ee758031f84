package io.handspec.generator.spec;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.parser.OpenAPIResolver;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import io.swagger.v3.parser.reference.DereferencerContext;
import io.swagger.v3.parser.reference.DereferencersFactory;
import io.swagger.v3.parser.reference.OpenAPIDereferencer;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * What {@link OpenAPIV3Parser#readContents} does once it has read the text into a tree (deserialize,
 * then resolve the references), for a tree already read: a large spec is not read twice. Only the
 * options {@link SpecLoader} sets are honoured (resolve, no full resolution, no flattening).
 */
final class ParsedTree {
    private ParsedTree() {}

    static SwaggerParseResult parse(JsonNode tree, ParseOptions options, String location) {
        try {
            SwaggerParseResult result = new OpenAPIV3Parser().parseJsonNode(location, tree, options);
            if (result.getOpenAPI() != null) {
                resolve(result, options, location.replace('\\', '/'));
            }
            return result;
        } catch (RuntimeException e) {
            return SwaggerParseResult.ofError(
                    e.getMessage() == null ? String.format("Unable to parse `%s`", location) : e.getMessage());
        }
    }

    private static void resolve(SwaggerParseResult result, ParseOptions options, String location) {
        OpenAPI openAPI = result.getOpenAPI();
        try {
            if (openAPI.getOpenapi() != null && openAPI.getOpenapi().startsWith("3.1")) {
                String disabled = System.getenv(OpenAPIV3Parser.DISABLE_OAS31_RESOLVE);
                if (disabled != null && !disabled.isBlank()) {
                    result.getMessages()
                            .add("Resolution of OAS 3.1 spec disabled by '" + OpenAPIV3Parser.DISABLE_OAS31_RESOLVE
                                    + "' env variable");
                    return;
                }
                DereferencerContext context =
                        new DereferencerContext(result, null, location, options, null, null, true);
                List<OpenAPIDereferencer> dereferencers =
                        DereferencersFactory.getInstance().getDereferencers();
                Iterator<OpenAPIDereferencer> first = dereferencers.iterator();
                if (first.hasNext()) {
                    first.next().dereference(context, dereferencers.iterator());
                }
            } else {
                new OpenAPIResolver(openAPI, new ArrayList<>(), location, null, options).resolve(result);
            }
        } catch (Exception e) {
            result.getMessages().add(e.getMessage());
        }
    }
}
